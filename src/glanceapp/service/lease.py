"""The per-person lease: one person's link operations never interleave, in any worker.

Two layers: an `asyncio.Lock` per person inside this worker (so its own
callers queue without polling SQLite), then the lease row in SQLite shared by
every worker. The property write to Jira happens while the lease is held; the
lease expires by itself after `LEASE_SECONDS` if its holder dies. A caller
that waits polls with a doubling delay for at most `LEASE_WAIT_SECONDS`.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from glanceapp.storage.db import Database
from glanceapp.storage.leases import PersonLeases

LEASE_SECONDS = 60.0
LEASE_WAIT_SECONDS = 20.0

Person = tuple[str, str]
"""(site id, Jira accountId)."""


@dataclass(slots=True)
class _PersonLock:
    """This worker's lock for one person, kept while anyone holds or awaits it."""

    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    users: int = 0


class PersonLease:
    def __init__(
        self,
        db: Database,
        *,
        clock: Callable[[], float],
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._leases = PersonLeases(db)
        self._clock = clock
        self._sleep = sleep
        self._local: dict[Person, _PersonLock] = {}

    @asynccontextmanager
    async def hold(self, person: Person, *, wait: bool = True) -> AsyncIterator[bool]:
        """Hold the person's lease; yields False if it could not be had (wait=False or timeout)."""
        entry = self._local.setdefault(person, _PersonLock())
        if not wait and entry.lock.locked():
            yield False
            return
        entry.users += 1
        try:
            async with entry.lock, self._leased(person, wait=wait) as acquired:
                yield acquired
        finally:
            entry.users -= 1
            if entry.users == 0:
                self._local.pop(person, None)

    @asynccontextmanager
    async def _leased(self, person: Person, *, wait: bool) -> AsyncIterator[bool]:
        """The SQLite lease that serializes one person's operations across workers."""
        holder = secrets.token_hex(8)
        acquired = False
        delay = 0.05
        waited = 0.0
        while True:
            acquired = await self._leases.try_acquire(
                *person, holder, now=self._clock(), ttl=LEASE_SECONDS
            )
            if acquired or not wait or waited >= LEASE_WAIT_SECONDS:
                break
            await self._sleep(delay)
            waited += delay
            delay = min(delay * 2, 1.0)
        try:
            yield acquired
        finally:
            if acquired:
                await self._leases.release(*person, holder)
