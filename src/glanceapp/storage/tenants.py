"""Tenants (installed Jira sites) and their append-only lifecycle log.

The sharedSecret is sealed at rest under its own derived key with the clientKey
as associated data; the log keeps only a fingerprint of it. Every change to a
tenant bumps `tenant_generation`, which lets each worker's cache notice installs,
rotations and uninstalls made by any process.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import aiosqlite

from glanceapp.connect.install import InstallPayload
from glanceapp.keyring import TENANT_SECRET, Keyring, SealError
from glanceapp.storage.api_keys import ApiKeyTable
from glanceapp.storage.db import Database, Row, connect_sync

TenantState = Literal["installed", "enabled", "disabled", "uninstalled"]
SERVED_STATES = ("installed", "enabled")
MAX_CACHED_TENANTS = 10_000


@dataclass(frozen=True, slots=True)
class Tenant:
    client_key: str
    base_url: str
    state: TenantState
    display_url: str | None = None
    oauth_client_id: str | None = None
    product_type: str | None = None
    shared_secret: str | None = field(default=None, repr=False)
    installed_at: float = 0.0
    updated_at: float = 0.0
    forge_served: bool = False
    """Whether an installed Forge installation serves this site (see storage.forge)."""
    cloud_id: str | None = None

    @property
    def connect_served(self) -> bool:
        return self.state in SERVED_STATES and bool(self.shared_secret)

    @property
    def served(self) -> bool:
        """Whether any host still serves the site: its people's links stay valid."""
        return self.connect_served or self.forge_served


@dataclass(frozen=True, slots=True)
class LifecycleEvent:
    event: str
    client_key: str
    kid: str | None
    base_url: str | None
    secret_fingerprint: str | None
    account_id: str | None
    at: float


def secret_fingerprint(secret: str) -> str:
    """A short, non-reversible tag that tells two secrets apart in the log."""
    return hashlib.sha256(b"glanceapp secret fingerprint\x00" + secret.encode()).hexdigest()[:16]


class TenantStore:
    def __init__(self, db: Database, keyring: Keyring) -> None:
        self._db = db
        self._keyring = keyring
        self._cache: dict[str, Tenant] = {}
        self._cache_version: tuple[int, int] | None = None

    def _row_to_tenant(self, row: Row) -> Tenant:
        sealed = row["shared_secret"]
        secret = (
            self._keyring.open(TENANT_SECRET, sealed, row["client_key"].encode()).decode()
            if sealed
            else None
        )
        return Tenant(
            client_key=row["client_key"],
            base_url=row["base_url"],
            state=row["state"],
            display_url=row["display_url"],
            oauth_client_id=row["oauth_client_id"],
            product_type=row["product_type"],
            shared_secret=secret,
            installed_at=row["installed_at"],
            updated_at=row["updated_at"],
            forge_served=bool(row["forge_served"]),
            cloud_id=row["cloud_id"],
        )

    async def load(self, client_key: str) -> Tenant | None:
        """Read a tenant from the database (no cache)."""
        row = await self._db.fetchone("SELECT * FROM tenants WHERE client_key = ?", (client_key,))
        return None if row is None else self._row_to_tenant(row)

    async def get(self, client_key: str) -> Tenant | None:
        """A tenant through the per-worker cache, refreshed whenever any process changed tenants.

        `PRAGMA data_version` costs no table read; only when it moved is the
        generation counter read, and only when that moved is the cache dropped.
        The reads here do not yield to the event loop, so no lock is needed.
        """
        version = await self._db.data_version()
        if self._cache_version is None or self._cache_version[0] != version:
            row = await self._db.fetchone("SELECT generation FROM tenant_generation WHERE id = 1")
            generation = int(row[0]) if row else 0
            if self._cache_version is None or self._cache_version[1] != generation:
                self._cache.clear()
            self._cache_version = (version, generation)
        cached = self._cache.get(client_key)
        if cached is not None:
            return cached
        cached_version = self._cache_version
        tenant = await self.load(client_key)
        # Only tenants that exist are cached: those come from verified installs, while
        # an unknown `iss` is whatever an unauthenticated request made up. Its miss
        # costs one primary-key read and never grows memory.
        if (
            tenant is not None
            and self._cache_version == cached_version
            and len(self._cache) < MAX_CACHED_TENANTS
        ):
            self._cache[client_key] = tenant
        return tenant

    @property
    def cached(self) -> int:
        """How many tenants this worker holds in memory (never more than MAX_CACHED_TENANTS)."""
        return len(self._cache)

    def invalidate(self) -> None:
        self._cache.clear()
        self._cache_version = None

    async def all(self) -> list[Tenant]:
        rows = await self._db.fetchall("SELECT * FROM tenants ORDER BY client_key")
        return [self._row_to_tenant(row) for row in rows]

    @staticmethod
    async def _log(
        connection: aiosqlite.Connection,
        event: str,
        client_key: str,
        *,
        kid: str | None,
        base_url: str | None,
        fingerprint: str | None,
        account_id: str | None,
        now: float,
    ) -> None:
        await connection.execute(
            """INSERT INTO lifecycle_log
               (event, client_key, kid, base_url, secret_fingerprint, account_id, at)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            (event, client_key, kid, base_url, fingerprint, account_id, now),
        )

    @staticmethod
    async def _bump(connection: aiosqlite.Connection) -> None:
        await connection.execute("UPDATE tenant_generation SET generation = generation + 1")

    async def install(
        self, payload: InstallPayload, *, kid: str, account_id: str | None, now: float | None = None
    ) -> Tenant:
        """Upsert a verified install: replace secret and URLs, keep the enabled/disabled flag."""
        if not payload.shared_secret:
            raise ValueError("an install needs a sharedSecret")
        now = time.time() if now is None else now
        sealed = self._keyring.seal(
            TENANT_SECRET, payload.shared_secret.encode(), payload.client_key.encode()
        )
        async with self._db.transaction() as connection:
            async with connection.execute(
                "SELECT state FROM tenants WHERE client_key = ?", (payload.client_key,)
            ) as cursor:
                row = await cursor.fetchone()
            # A reinstall keeps the enabled/disabled flag; anything else starts installed.
            kept = row["state"] if row is not None else None
            state: TenantState = kept if kept in ("enabled", "disabled") else "installed"
            await connection.execute(
                """INSERT INTO tenants (client_key, shared_secret, base_url, display_url,
                       oauth_client_id, product_type, state, installed_at, updated_at, uninstalled_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)
                   ON CONFLICT (client_key) DO UPDATE SET
                       shared_secret = excluded.shared_secret, base_url = excluded.base_url,
                       display_url = excluded.display_url, oauth_client_id = excluded.oauth_client_id,
                       product_type = excluded.product_type, state = excluded.state,
                       updated_at = excluded.updated_at, uninstalled_at = NULL""",
                (
                    payload.client_key,
                    sealed,
                    payload.base_url,
                    payload.display_url,
                    payload.oauth_client_id,
                    payload.product_type,
                    state,
                    now,
                    now,
                ),
            )
            await self._log(
                connection,
                "installed",
                payload.client_key,
                kid=kid,
                base_url=payload.base_url,
                fingerprint=secret_fingerprint(payload.shared_secret),
                account_id=account_id,
                now=now,
            )
            await self._bump(connection)
        self.invalidate()
        tenant = await self.load(payload.client_key)
        assert tenant is not None
        return tenant

    async def uninstall(
        self, payload: InstallPayload, *, kid: str, account_id: str | None, now: float | None = None
    ) -> bool:
        """Erase the secret, mark the tenant uninstalled and revoke its apiKeys. False if unknown.

        The apiKeys stay valid while the same site is still served through Forge.
        """
        now = time.time() if now is None else now
        async with self._db.transaction() as connection:
            cursor = await connection.execute(
                """UPDATE tenants SET shared_secret = NULL, state = 'uninstalled',
                       updated_at = ?, uninstalled_at = ? WHERE client_key = ?
                   RETURNING forge_served""",
                (now, now, payload.client_key),
            )
            row = await cursor.fetchone()
            await cursor.close()
            known = row is not None
            if row is not None and not row["forge_served"]:
                await ApiKeyTable.retire_site_in(
                    connection, payload.client_key, now=now, reason="tenant uninstalled"
                )
            await self._log(
                connection,
                "uninstalled",
                payload.client_key,
                kid=kid,
                base_url=payload.base_url,
                fingerprint=None,
                account_id=account_id,
                now=now,
            )
            await self._bump(connection)
        self.invalidate()
        return known

    async def set_enabled(
        self,
        client_key: str,
        enabled: bool,
        *,
        account_id: str | None = None,
        now: float | None = None,
    ) -> bool:
        """Flip a served tenant between enabled and disabled; False if it is not installed."""
        now = time.time() if now is None else now
        state = "enabled" if enabled else "disabled"
        async with self._db.transaction() as connection:
            cursor = await connection.execute(
                """UPDATE tenants SET state = ?, updated_at = ?
                   WHERE client_key = ? AND state != 'uninstalled'""",
                (state, now, client_key),
            )
            changed = cursor.rowcount > 0
            if changed:
                await self._log(
                    connection,
                    state,
                    client_key,
                    kid=None,
                    base_url=None,
                    fingerprint=None,
                    account_id=account_id,
                    now=now,
                )
                await self._bump(connection)
        self.invalidate()
        return changed

    async def events(self, client_key: str) -> list[LifecycleEvent]:
        rows = await self._db.fetchall(
            "SELECT * FROM lifecycle_log WHERE client_key = ? ORDER BY id", (client_key,)
        )
        return [
            LifecycleEvent(
                event=row["event"],
                client_key=row["client_key"],
                kid=row["kid"],
                base_url=row["base_url"],
                secret_fingerprint=row["secret_fingerprint"],
                account_id=row["account_id"],
                at=row["at"],
            )
            for row in rows
        ]


# -- operator commands (synchronous: the CLI runs without an event loop) ----------


def unreadable_secrets(path: Path, keyring: Keyring) -> int:
    """How many stored sharedSecrets no master secret of `keyring` opens.

    Checked before serving: every request of such a tenant would fail otherwise.
    """
    connection = connect_sync(path)
    try:
        rows = connection.execute(
            "SELECT client_key, shared_secret FROM tenants WHERE shared_secret IS NOT NULL"
        ).fetchall()
    finally:
        connection.close()
    unreadable = 0
    for row in rows:
        try:
            keyring.open(TENANT_SECRET, row["shared_secret"], row["client_key"].encode())
        except SealError:
            unreadable += 1
    return unreadable


def reseal_secrets(path: Path, keyring: Keyring) -> tuple[int, int]:
    """Re-seal every sharedSecret not under the current master secret, in one transaction.

    Returns (re-sealed, unreadable). Values already current are left alone, so a
    second run changes nothing; every worker's cache is told to reload.
    """
    connection = connect_sync(path)
    resealed = unreadable = 0
    try:
        connection.execute("BEGIN IMMEDIATE")
        try:
            rows = connection.execute(
                "SELECT client_key, shared_secret FROM tenants WHERE shared_secret IS NOT NULL"
            ).fetchall()
            for row in rows:
                sealed = row["shared_secret"]
                if keyring.is_current(sealed):
                    continue
                aad = row["client_key"].encode()
                try:
                    secret = keyring.open(TENANT_SECRET, sealed, aad)
                except SealError:
                    unreadable += 1
                    continue
                connection.execute(
                    "UPDATE tenants SET shared_secret = ? WHERE client_key = ?",
                    (keyring.seal(TENANT_SECRET, secret, aad), row["client_key"]),
                )
                resealed += 1
            connection.execute("UPDATE tenant_generation SET generation = generation + 1")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
    finally:
        connection.close()
    return resealed, unreadable


def connect_listing(path: Path) -> list[Row]:
    """Sites as the operator lists them: every Connect tenant, and any site a Forge
    installation alone does not account for (a secret, or not plainly installed)."""
    connection = connect_sync(path)
    try:
        return connection.execute(
            """SELECT client_key, base_url, display_url, state, installed_at, updated_at
               FROM tenants
               WHERE client_key NOT IN (SELECT site_id FROM forge_installations)
                   OR shared_secret IS NOT NULL OR state != 'installed'
               ORDER BY client_key"""
        ).fetchall()
    finally:
        connection.close()
