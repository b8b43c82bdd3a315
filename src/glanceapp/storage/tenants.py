"""Tenants (installed Jira sites) and their append-only lifecycle log.

The sharedSecret is sealed at rest under its own derived key with the clientKey
as associated data; the log keeps only a fingerprint of it. Every change to a
tenant bumps `tenant_generation`, which lets each worker's cache notice installs,
rotations and uninstalls made by any process.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass

import aiosqlite

from glanceapp.connect.install import InstallPayload
from glanceapp.domain import Tenant, TenantState
from glanceapp.keyring import TENANT_SECRET, Keyring
from glanceapp.storage.db import Database, Row

MAX_CACHED_TENANTS = 10_000


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
                await connection.execute(
                    """UPDATE api_keys SET state = 'revoked', revoked_at = ?,
                           revoked_reason = 'tenant uninstalled'
                       WHERE client_key = ? AND state IN ('pending', 'active')""",
                    (now, payload.client_key),
                )
                await connection.execute(
                    "DELETE FROM property_deletes WHERE client_key = ?", (payload.client_key,)
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
