"""Helpers for the service tests: clocks, a counting hasher, crashes, and views of both stores.

Time never passes by itself here. `Clock` (the support package's) is the service's
wall clock and moves only when a test says so; `JiraTime` is the Jira client's monotonic clock, which
its (recorded, instant) `sleep` pushes forward, so retries and backoff cost no
real time. Only a hang costs real time: the client's per-request timeout.

A "crash" is an exception (`Crash`) raised between two steps by a JiraClient
subclass; recovery is then run by a fresh `LinkService` on a fresh connection to
the same database file, as a restarted process would.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, Literal

import argon2

from glanceapp.domain import Tenant
from glanceapp.jira.client import JiraClient
from glanceapp.keyring import Keyring
from glanceapp.sandbox.fakejira import FakeJira
from glanceapp.service.apikeys import (
    api_key_from_property,
    key_mac,
    key_macs,
    new_api_key,
    property_value,
)
from glanceapp.service.links import LinkService
from glanceapp.storage.accounts import AccountTable
from glanceapp.storage.api_keys import ApiKeyRecord, ApiKeyTable
from glanceapp.storage.db import Database
from support.clock import Clock as Clock

MASTER = "service-test-master-secret-0123456789-abcdefgh"
PROPERTY_KEY = "glanceapp.link"
PROPERTY_PATH = f"/rest/api/3/user/properties/{PROPERTY_KEY}"
DAY = 86_400.0
TTL = 30 * DAY
WARNING = 3 * DAY
PENDING_GRACE = 30.0
START = 1_750_000_000.0
ACCOUNT = "ada"
PASSWORD = "correct horse battery staple"
ALICE = "557058:aaaaaaaa-0000-4000-8000-000000000001"
BOB = "557058:bbbbbbbb-0000-4000-8000-000000000002"


MakeJira = Callable[..., JiraClient]
MakeService = Callable[..., Awaitable[LinkService]]


class Crash(BaseException):
    """The process dies here: nothing after this point runs (a BaseException, like SystemExit)."""


class Sleeper:
    """An injected `sleep` that records each delay and returns at once (after yielding)."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)
        await asyncio.sleep(0)


class JiraTime:
    """The Jira client's monotonic clock; its `sleep` records and moves the clock at once."""

    def __init__(self) -> None:
        self.offset = 0.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return time.monotonic() + self.offset

    async def sleep(self, delay: float) -> None:
        self.sleeps.append(delay)
        self.offset += delay
        await asyncio.sleep(0)


class CountingArgon2(argon2.PasswordHasher):
    """A cheap argon2id hasher that counts its calls and how many run at once."""

    def __init__(self, on_verify: Callable[[], None] | None = None) -> None:
        super().__init__(time_cost=1, memory_cost=1024, parallelism=1, type=argon2.Type.ID)
        self._lock = threading.Lock()
        self.hash_calls = 0
        self.verify_calls = 0
        self.active = 0
        self.max_active = 0
        self.on_verify = on_verify

    def _enter(self) -> None:
        with self._lock:
            self.active += 1
            self.max_active = max(self.max_active, self.active)

    def _leave(self) -> None:
        with self._lock:
            self.active -= 1

    def hash(self, password: str | bytes, *, salt: bytes | None = None) -> str:
        with self._lock:
            self.hash_calls += 1
        self._enter()
        try:
            return super().hash(password, salt=salt)
        finally:
            self._leave()

    def verify(self, hash: str | bytes, password: str | bytes) -> Literal[True]:
        with self._lock:
            self.verify_calls += 1
        self._enter()
        try:
            if self.on_verify is not None:
                self.on_verify()
            return super().verify(hash, password)
        finally:
            self._leave()

    def reset(self) -> None:
        with self._lock:
            self.hash_calls = self.verify_calls = self.max_active = 0


# --------------------------------------------------------------------------- looking at both stores


async def person_keys(db: Database, client_key: str, account_id: str) -> list[ApiKeyRecord]:
    return [r for r in await ApiKeyTable(db).listing(client_key) if r.account_id == account_id]


def stored_value(fake: FakeJira, account_id: str) -> dict[str, Any]:
    """The person's property as Jira stores it; it must exist and be an object."""
    value = fake.property(account_id, PROPERTY_KEY)
    assert isinstance(value, dict), value
    return value


def held_api_key(fake: FakeJira, keyring: Keyring, tenant: Tenant, account_id: str) -> str | None:
    """The apiKey the person's property holds in Jira, decrypted, or None."""
    return api_key_from_property(
        keyring,
        fake.property(account_id, PROPERTY_KEY),
        client_key=tenant.client_key,
        account_id=account_id,
        property_key=PROPERTY_KEY,
    )


async def property_holder(
    db: Database, fake: FakeJira, keyring: Keyring, tenant: Tenant, account_id: str
) -> ApiKeyRecord | None:
    """The key row whose apiKey the property holds, or None."""
    held = held_api_key(fake, keyring, tenant, account_id)
    return None if held is None else await ApiKeyTable(db).find_by_mac(key_macs(keyring, held))


async def assert_converged(
    db: Database,
    fake: FakeJira,
    keyring: Keyring,
    tenant: Tenant,
    account_id: str,
    *,
    revoked_before: set[int] | frozenset[int] = frozenset(),
) -> ApiKeyRecord | None:
    """Both stores agree: no pending key left, at most one active, active iff held.

    Returns the active key, if any.
    """
    rows = await person_keys(db, tenant.client_key, account_id)
    assert [r.id for r in rows if r.state == "pending"] == []
    active = [r for r in rows if r.state == "active"]
    assert len(active) <= 1
    holder = await property_holder(db, fake, keyring, tenant, account_id)
    if active:
        assert holder is not None, "an active key whose property Jira does not hold"
        assert holder.id == active[0].id
    if holder is not None and holder.state != "revoked":
        assert active, "the property holds a key that is not active"
        assert holder.id == active[0].id
    states = {r.id: r.state for r in rows}
    for key_id in revoked_before:
        assert states.get(key_id, "revoked") == "revoked", f"revoked key {key_id} came back"
    return active[0] if active else None


async def pending_deletes(db: Database) -> list[dict[str, Any]]:
    return [dict(row) for row in await db.fetchall("SELECT * FROM property_deletes")]


def jira_calls(fake: FakeJira, method: str | None = None) -> list[str]:
    """The property calls Jira received, as 'METHOD status' (OAuth grants left out)."""
    return [
        f"{r.method} {r.status}"
        for r in fake.requests
        if r.path.startswith("/rest/") and (method is None or r.method == method)
    ]


async def crash_now() -> None:
    raise Crash


class ScriptedJira(JiraClient):
    """A JiraClient that runs a test's hook just before and after each property write.

    Hooks are named `before_put`, `after_put`, `before_delete`, `after_delete`; a
    hook that raises `Crash` ends the operation there, as if the process died.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.hooks: dict[str, Callable[[], Awaitable[None]]] = {}

    async def _hook(self, name: str) -> None:
        hook = self.hooks.get(name)
        if hook is not None:
            await hook()

    async def put_property(self, tenant: Tenant, account_id: str, key: str, value: Any) -> None:
        await self._hook("before_put")
        await super().put_property(tenant, account_id, key, value)
        await self._hook("after_put")

    async def delete_property(self, tenant: Tenant, account_id: str, key: str) -> None:
        await self._hook("before_delete")
        await super().delete_property(tenant, account_id, key)
        await self._hook("after_delete")


async def leave_stale_lease(
    db: Database, tenant: Tenant, account_id: str, expires_at: float
) -> None:
    """The person's lease as a process that died holding it would leave it."""
    await db.execute(
        """INSERT INTO person_leases (client_key, account_id, holder, expires_at)
           VALUES (?, ?, 'a-dead-process', ?)
           ON CONFLICT (client_key, account_id) DO UPDATE SET
               holder = excluded.holder, expires_at = excluded.expires_at""",
        (tenant.client_key, account_id, expires_at),
    )


def database_bytes(directory: Path) -> bytes:
    """Everything SQLite has written for the database: the file, its WAL and shared memory."""
    return b"".join(path.read_bytes() for path in sorted(directory.glob("glanceapp.db*")))


# --------------------------------------------------------------------------- unfinished business


async def pending_key(
    db: Database,
    keyring: Keyring,
    fake: FakeJira,
    tenant: Tenant,
    account_id: str,
    *,
    created_at: float = START,
    landed: bool = True,
) -> int:
    """A pending key as a write whose answer was lost leaves it; Jira holds it if `landed`."""
    account = await AccountTable(db).get(ACCOUNT)
    assert account is not None
    api_key = new_api_key()
    key_id = await ApiKeyTable(db).create_pending(
        key_mac=key_mac(keyring, api_key),
        client_key=tenant.client_key,
        account_id=account_id,
        service_account=ACCOUNT,
        now=created_at,
        expires_at=created_at + TTL,
        linked_at=created_at,
        credential_generation=account.generation,
    )
    assert key_id is not None
    if landed:
        value = property_value(
            keyring,
            api_key=api_key,
            account=ACCOUNT,
            expires_at=created_at + TTL,
            linked_at=created_at,
            client_key=tenant.client_key,
            account_id=account_id,
            property_key=PROPERTY_KEY,
        )
        fake.set_property(account_id, PROPERTY_KEY, value)
    return key_id


async def queue_delete(db: Database, tenant: Tenant, account_id: str, *, due: float) -> None:
    """A property delete owed to Jira, due at `due` (as unlink leaves one when Jira is down)."""
    await db.execute(
        """INSERT INTO property_deletes
               (client_key, account_id, property_key, created_at, attempts, next_attempt_at)
           VALUES (?, ?, ?, ?, 0, ?)""",
        (tenant.client_key, account_id, PROPERTY_KEY, due, due),
    )
