"""Login protection: guesses are refused early, counted in SQLite so every worker agrees.

Three limits, each checked before the password is:
- per (service account, site, Jira accountId): after 5 failures in 15 minutes
  that combination waits until the oldest of them leaves the window;
- per (site, Jira accountId), whatever usernames it types (unknown ones too):
  after 10 failures in 15 minutes it waits the same way;
- per service account, from everyone: after 5 failures in 15 minutes, one
  attempt every 20 seconds (3 a minute) however many Jira identities send them.
  A person who has held a key for this account skips this one, so guessing at
  an account never locks its owner out; only first-time links wait.

A refusal is an answer at once, never a sleep, so parallel guesses gain nothing.
`CheckGate` bounds the password checks one worker runs, per caller and overall.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import AsyncIterator, Hashable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Literal

from glanceapp.storage.db import Database
from glanceapp.storage.login_failures import LoginFailures, RecentFailures

WINDOW_SECONDS = 15 * 60
MAX_FAILURES = 5
MAX_PERSON_FAILURES = 10
ACCOUNT_FREE_FAILURES = 5
ACCOUNT_SPACING_SECONDS = 20.0

CHECK_SLOTS = 2
CHECK_QUEUE = 64
CHECKS_PER_CALLER = 3


@dataclass(frozen=True, slots=True)
class Refusal:
    """An attempt refused before its password was checked, and for how long."""

    seconds: float
    reason: Literal["locked", "account"]


class LoginThrottle:
    def __init__(self, db: Database) -> None:
        self._failures = LoginFailures(db)

    async def wait_seconds(
        self, service_account: str, client_key: str, account_id: str, *, now: float
    ) -> float:
        """How long this combination must wait before trying again (0 when it may try)."""
        recent = await self._failures.recent(
            service_account,
            client_key,
            account_id,
            since=now - WINDOW_SECONDS,
            combination_limit=MAX_FAILURES,
            person_limit=MAX_PERSON_FAILURES,
        )
        return _locked_for(recent, now)

    async def begin_attempt(
        self,
        service_account: str,
        client_key: str,
        account_id: str,
        *,
        now: float,
        owner: bool,
    ) -> Refusal | None:
        """Atomically: the refusal if this attempt may not be made, else None with it counted.

        The attempt is recorded as a failure before the password is checked (`clear`
        on success removes it), so guesses sent at once cannot all pass the check
        before any of them has been counted. `owner` says this person has held a key
        for the account, which exempts them from the account's own backoff.
        """

        def refuse(recent: RecentFailures) -> Refusal | None:
            wait = _locked_for(recent, now)
            if wait > 0:
                return Refusal(wait, "locked")
            if not owner and recent.account_count >= ACCOUNT_FREE_FAILURES:
                assert recent.account_last is not None
                next_at = recent.account_last + ACCOUNT_SPACING_SECONDS
                if now < next_at:
                    return Refusal(next_at - now, "account")
            return None

        return await self._failures.record_unless(
            service_account,
            client_key,
            account_id,
            now=now,
            since=now - WINDOW_SECONDS,
            combination_limit=MAX_FAILURES,
            person_limit=MAX_PERSON_FAILURES,
            with_account=not owner,
            refuse=refuse,
        )

    async def record_failure(
        self, service_account: str, client_key: str, account_id: str, *, now: float
    ) -> None:
        await self._failures.record(service_account, client_key, account_id, now=now)

    async def clear(self, service_account: str, client_key: str, account_id: str) -> None:
        await self._failures.clear(service_account, client_key, account_id)

    async def unlock(self, service_account: str) -> int:
        return await self._failures.forget_account(service_account)

    async def prune(self, *, now: float) -> int:
        return await self._failures.prune(before=now - WINDOW_SECONDS)


def _locked_for(recent: RecentFailures, now: float) -> float:
    return max(
        _wait(recent.combination, MAX_FAILURES, now),
        _wait(recent.person, MAX_PERSON_FAILURES, now),
    )


def _wait(recent: Sequence[float], limit: int, now: float) -> float:
    if len(recent) < limit:
        return 0.0
    return float(max(0.0, min(recent) + WINDOW_SECONDS - now))


def minutes_to_wait(seconds: float) -> int:
    return max(1, math.ceil(seconds / 60))


class CheckBusy(Exception):
    """Raised when a password check is refused because this worker's short queue is full."""


@dataclass(slots=True)
class _Caller:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    admitted: int = 0


class CheckGate:
    """This worker's password checks: `slots` at once, one per caller, a short queue behind.

    A caller has at most `per_caller` checks admitted (one running, the rest
    waiting), and the worker at most `slots + queue`; past either, `admit` raises
    `CheckBusy` at once. So one Jira identity sending logins as fast as it can
    holds one hashing slot and two places in the queue, and everyone else's
    check waits behind at most one of its hashes. The queue is long enough for
    fifty people linking at once (a few seconds of hashing), and no longer.
    """

    def __init__(
        self,
        *,
        slots: int = CHECK_SLOTS,
        queue: int = CHECK_QUEUE,
        per_caller: int = CHECKS_PER_CALLER,
    ) -> None:
        self._slots = asyncio.Semaphore(slots)
        self._capacity = slots + queue
        self._per_caller = per_caller
        self._admitted = 0
        self._callers: dict[Hashable, _Caller] = {}

    @property
    def admitted(self) -> int:
        return self._admitted

    @asynccontextmanager
    async def admit(self, caller: Hashable) -> AsyncIterator[None]:
        entry = self._callers.get(caller)
        if self._admitted >= self._capacity or (
            entry is not None and entry.admitted >= self._per_caller
        ):
            raise CheckBusy
        if entry is None:
            entry = self._callers[caller] = _Caller()
        entry.admitted += 1
        self._admitted += 1
        try:
            async with entry.lock, self._slots:
                yield
        finally:
            entry.admitted -= 1
            self._admitted -= 1
            if entry.admitted == 0:
                self._callers.pop(caller, None)
