"""Tenants (installed Jira sites) and their append-only lifecycle log.

The sharedSecret is sealed at rest under its own derived key with the clientKey
as associated data; the log keeps only a fingerprint of it. Every change to a
tenant bumps `tenant_generation`, which lets each worker's cache notice installs,
rotations and uninstalls made by any process.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import aiosqlite

from glanceapp.connect.install import InstallPayload
from glanceapp.connect.tokens import forget_prepared_secrets
from glanceapp.domain import Tenant, TenantState
from glanceapp.keyring import TENANT_SECRET, Keyring, SealError
from glanceapp.storage.api_keys import ApiKeyTable
from glanceapp.storage.db import Database, Row, connect_sync

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


def normalised_site(url: str | None) -> str | None:
    """A site URL as compared across hosts: scheme and host lower-cased, no default port or slash."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    if not parts.hostname or parts.scheme not in ("http", "https"):
        return None
    default = {"http": 80, "https": 443}[parts.scheme]
    netloc = parts.hostname if port in (None, default) else f"{parts.hostname}:{port}"
    return f"{parts.scheme}://{netloc}{parts.path.rstrip('/')}".lower()


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
                self._drop_cache()
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

    def _drop_cache(self) -> None:
        """Forget every site record, and every secret verification prepared from one."""
        self._cache.clear()
        forget_prepared_secrets()

    def invalidate(self) -> None:
        self._drop_cache()
        self._cache_version = None

    async def all(self) -> list[Tenant]:
        rows = await self._db.fetchall("SELECT * FROM tenants ORDER BY client_key")
        return [self._row_to_tenant(row) for row in rows]

    @staticmethod
    async def log_in(
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
    async def bump_in(connection: aiosqlite.Connection) -> None:
        """Within a transaction: tell every worker's cache that tenants changed."""
        await connection.execute("UPDATE tenant_generation SET generation = generation + 1")

    @staticmethod
    async def with_cloud_id_in(connection: aiosqlite.Connection, cloud_id: str) -> str | None:
        """Within a transaction: the site id of a tenant known by this cloudId, if any."""
        async with connection.execute(
            "SELECT client_key FROM tenants WHERE cloud_id = ? LIMIT 1", (cloud_id,)
        ) as cursor:
            known = await cursor.fetchone()
        return None if known is None else str(known["client_key"])

    @staticmethod
    async def connect_site_at_in(
        connection: aiosqlite.Connection, site_url: str | None
    ) -> str | None:
        """Within a transaction: the Connect tenant at this site URL (a live one first), if any."""
        wanted = normalised_site(site_url)
        if wanted is None:
            return None
        async with connection.execute(
            """SELECT client_key, base_url FROM tenants
               WHERE shared_secret IS NOT NULL OR state = 'uninstalled'
               ORDER BY shared_secret IS NULL, updated_at DESC"""
        ) as cursor:
            rows = await cursor.fetchall()
        for row in rows:
            if normalised_site(row["base_url"]) == wanted:
                return str(row["client_key"])
        return None

    @staticmethod
    async def claim_for_forge_in(
        connection: aiosqlite.Connection,
        site_id: str,
        *,
        base_url: str,
        cloud_id: str | None,
        now: float,
    ) -> None:
        """Within a transaction: a Forge installation serves this site (its record made if new)."""
        await connection.execute(
            """INSERT INTO tenants (client_key, shared_secret, base_url, state, installed_at,
                   updated_at, forge_served, cloud_id)
               VALUES (?, NULL, ?, 'installed', ?, ?, 1, ?)
               ON CONFLICT (client_key) DO UPDATE SET forge_served = 1,
                   cloud_id = coalesce(tenants.cloud_id, excluded.cloud_id),
                   updated_at = excluded.updated_at""",
            (site_id, base_url, now, now, cloud_id),
        )

    @staticmethod
    async def set_forge_served_in(
        connection: aiosqlite.Connection, site_id: str, forge_served: bool
    ) -> bool:
        """Within a transaction: record whether Forge serves the site; return whether any
        host (Forge, or a live Connect install) still does."""
        await connection.execute(
            "UPDATE tenants SET forge_served = ? WHERE client_key = ?",
            (int(forge_served), site_id),
        )
        async with connection.execute(
            """SELECT forge_served OR (shared_secret IS NOT NULL AND state IN ('installed', 'enabled'))
               FROM tenants WHERE client_key = ?""",
            (site_id,),
        ) as cursor:
            row = await cursor.fetchone()
        return bool(row is not None and row[0])

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
            await self.log_in(
                connection,
                "installed",
                payload.client_key,
                kid=kid,
                base_url=payload.base_url,
                fingerprint=secret_fingerprint(payload.shared_secret),
                account_id=account_id,
                now=now,
            )
            await self.bump_in(connection)
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
            await self.log_in(
                connection,
                "uninstalled",
                payload.client_key,
                kid=kid,
                base_url=payload.base_url,
                fingerprint=None,
                account_id=account_id,
                now=now,
            )
            await self.bump_in(connection)
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
                await self.log_in(
                    connection,
                    state,
                    client_key,
                    kid=None,
                    base_url=None,
                    fingerprint=None,
                    account_id=account_id,
                    now=now,
                )
                await self.bump_in(connection)
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


def connect_listing(path: Path, forge_sites: Collection[str]) -> list[Row]:
    """Sites as the operator lists them: every tenant but those a Forge installation
    (its site id in `forge_sites`) alone accounts for, plainly installed and without a secret."""
    connection = connect_sync(path)
    try:
        rows = connection.execute(
            """SELECT client_key, base_url, display_url, state, installed_at, updated_at,
                   shared_secret IS NOT NULL AS has_secret
               FROM tenants ORDER BY client_key"""
        ).fetchall()
    finally:
        connection.close()
    return [
        row
        for row in rows
        if row["client_key"] not in forge_sites or row["has_secret"] or row["state"] != "installed"
    ]
