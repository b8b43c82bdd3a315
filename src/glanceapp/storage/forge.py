"""Forge installations and sign-in tickets.

A Forge installation (keyed by `installationId`) belongs to a *site*: a row of
`tenants` whose `client_key` is the site's sealing id. A site that Connect
already serves keeps its `clientKey`; a site known only through Forge gets its
`cloudId`. The sealing id is chosen when the installation is first recorded and
never changes once the site has keys, so sealed properties keep decrypting.

`tenants.forge_served` says whether any installed Forge installation serves the
site; it is kept here, in the same transaction as every installation change.
A site's apiKeys are revoked only when the last host leaves it.

Tickets are stored as a keyed MAC, never as issued; the user token each carries
is sealed with the ticket's MAC as associated data, and erased when the ticket
is spent or expires.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import aiosqlite

from glanceapp.storage.api_keys import ApiKeyTable
from glanceapp.storage.db import Database, Row, connect_sync
from glanceapp.storage.tenants import TenantStore

InstallationState = Literal["installed", "uninstalled"]


@dataclass(frozen=True, slots=True)
class InstallationFacts:
    """What a verified FIT says about its installation."""

    installation_id: str
    api_base_url: str
    cloud_id: str | None
    site_url: str | None
    environment_id: str | None
    app_version: str | None


@dataclass(frozen=True, slots=True)
class ForgeInstallation:
    installation_id: str
    site_id: str
    api_base_url: str
    state: InstallationState
    cloud_id: str | None = None
    site_url: str | None = None
    environment_id: str | None = None
    app_version: str | None = None
    installed_at: float = 0.0
    updated_at: float = 0.0

    @property
    def installed(self) -> bool:
        return self.state == "installed"


@dataclass(frozen=True, slots=True)
class TicketRecord:
    installation_id: str
    account_id: str
    sealed_user_token: str = field(repr=False)
    expires_at: float


def _installation(row: Row) -> ForgeInstallation:
    return ForgeInstallation(
        installation_id=row["installation_id"],
        site_id=row["site_id"],
        api_base_url=row["api_base_url"],
        state=row["state"],
        cloud_id=row["cloud_id"],
        site_url=row["site_url"],
        environment_id=row["environment_id"],
        app_version=row["app_version"],
        installed_at=row["installed_at"],
        updated_at=row["updated_at"],
    )


class ForgeStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def get(self, installation_id: str) -> ForgeInstallation | None:
        row = await self._db.fetchone(
            "SELECT * FROM forge_installations WHERE installation_id = ?", (installation_id,)
        )
        return None if row is None else _installation(row)

    async def all(self) -> list[ForgeInstallation]:
        rows = await self._db.fetchall(
            "SELECT * FROM forge_installations ORDER BY site_id, installation_id"
        )
        return [_installation(row) for row in rows]

    async def record(
        self, facts: InstallationFacts, *, event: str, now: float
    ) -> ForgeInstallation | None:
        """Record a verified installation (trigger or first FIT); None if it was uninstalled.

        An uninstalled installation is never revived: Forge gives a reinstall a new id.
        """
        async with self._db.transaction() as connection:
            async with connection.execute(
                "SELECT * FROM forge_installations WHERE installation_id = ?",
                (facts.installation_id,),
            ) as cursor:
                row = await cursor.fetchone()
            if row is not None and row["state"] != "installed":
                return None
            if row is None:
                site_id = await self._site_for(connection, facts)
                await self._claim_site(connection, site_id, facts, now)
                await connection.execute(
                    """INSERT INTO forge_installations (installation_id, site_id, cloud_id,
                           site_url, api_base_url, environment_id, app_version, state,
                           installed_at, updated_at)
                       VALUES (?, ?, ?, ?, ?, ?, ?, 'installed', ?, ?)""",
                    (
                        facts.installation_id,
                        site_id,
                        facts.cloud_id,
                        facts.site_url,
                        facts.api_base_url,
                        facts.environment_id,
                        facts.app_version,
                        now,
                        now,
                    ),
                )
                await _log(connection, f"forge-{event}", site_id, facts, now)
                await _bump(connection)
            else:
                site_id = row["site_id"]
                if row["site_url"] is None and facts.site_url is not None:
                    site_id = await self._repoint(connection, row, facts, now)
                await connection.execute(
                    """UPDATE forge_installations SET api_base_url = ?,
                           site_url = coalesce(?, site_url), cloud_id = coalesce(?, cloud_id),
                           app_version = coalesce(?, app_version),
                           environment_id = coalesce(?, environment_id), updated_at = ?,
                           site_id = ?
                       WHERE installation_id = ?""",
                    (
                        facts.api_base_url,
                        facts.site_url,
                        facts.cloud_id,
                        facts.app_version,
                        facts.environment_id,
                        now,
                        site_id,
                        facts.installation_id,
                    ),
                )
                if event != "seen":
                    await _log(connection, f"forge-{event}", site_id, facts, now)
        return await self.get(facts.installation_id)

    async def _site_for(self, connection: aiosqlite.Connection, facts: InstallationFacts) -> str:
        """The sealing id of the site this new installation belongs to."""
        if facts.cloud_id is not None:
            async with connection.execute(
                """SELECT site_id FROM forge_installations WHERE cloud_id = ?
                   ORDER BY installed_at DESC LIMIT 1""",
                (facts.cloud_id,),
            ) as cursor:
                earlier = await cursor.fetchone()
            if earlier is not None:
                return str(earlier["site_id"])
            known = await TenantStore.with_cloud_id_in(connection, facts.cloud_id)
            if known is not None:
                return known
        connect = await TenantStore.connect_site_at_in(connection, facts.site_url)
        if connect is not None:
            return connect
        return facts.cloud_id or facts.installation_id

    async def _claim_site(
        self, connection: aiosqlite.Connection, site_id: str, facts: InstallationFacts, now: float
    ) -> None:
        await TenantStore.claim_for_forge_in(
            connection,
            site_id,
            base_url=facts.site_url or facts.api_base_url,
            cloud_id=facts.cloud_id,
            now=now,
        )

    async def _repoint(
        self, connection: aiosqlite.Connection, row: Row, facts: InstallationFacts, now: float
    ) -> str:
        """Learning the site URL late (triggers carry none): join a Connect site if no keys yet."""
        site_id = str(row["site_id"])
        connect = await TenantStore.connect_site_at_in(connection, facts.site_url)
        if connect is None or connect == site_id:
            return site_id
        if await ApiKeyTable.site_has_keys_in(connection, site_id):
            return site_id  # the sealing id never changes once the site has keys
        await connection.execute(
            "UPDATE forge_installations SET site_id = ? WHERE installation_id = ?",
            (connect, row["installation_id"]),
        )
        await self._claim_site(connection, connect, facts, now)
        await _refresh_served(connection, site_id)
        await _bump(connection)
        return connect

    async def uninstall(self, installation_id: str, *, now: float) -> bool:
        """Mark an installation uninstalled; revoke the site's keys if no host serves it now."""
        async with self._db.transaction() as connection:
            cursor = await connection.execute(
                """UPDATE forge_installations SET state = 'uninstalled', updated_at = ?,
                       uninstalled_at = ?
                   WHERE installation_id = ? AND state = 'installed' RETURNING site_id""",
                (now, now, installation_id),
            )
            row = await cursor.fetchone()
            await cursor.close()
            if row is None:
                return False
            site_id = str(row["site_id"])
            await connection.execute(
                "DELETE FROM forge_tickets WHERE installation_id = ?", (installation_id,)
            )
            served = await _refresh_served(connection, site_id)
            if not served:
                await ApiKeyTable.retire_site_in(
                    connection, site_id, now=now, reason="site uninstalled"
                )
            await TenantStore.log_in(
                connection,
                "forge-uninstalled",
                site_id,
                kid=None,
                base_url=None,
                fingerprint=None,
                account_id=None,
                now=now,
            )
            await _bump(connection)
        return True

    # -- tickets ---------------------------------------------------------------

    async def add_ticket(
        self,
        *,
        ticket_mac: str,
        installation_id: str,
        account_id: str,
        sealed_user_token: str,
        now: float,
        expires_at: float,
    ) -> None:
        async with self._db.transaction() as connection:
            await connection.execute("DELETE FROM forge_tickets WHERE expires_at <= ?", (now,))
            await connection.execute(
                """INSERT INTO forge_tickets (ticket_mac, installation_id, account_id,
                       user_token, created_at, expires_at)
                   VALUES (?, ?, ?, ?, ?, ?)""",
                (ticket_mac, installation_id, account_id, sealed_user_token, now, expires_at),
            )

    async def ticket(self, ticket_mac: str, *, now: float) -> TicketRecord | None:
        """A live ticket, or None when unknown, spent or expired."""
        row = await self._db.fetchone(
            "SELECT * FROM forge_tickets WHERE ticket_mac = ? AND expires_at > ?",
            (ticket_mac, now),
        )
        if row is None:
            return None
        return TicketRecord(
            installation_id=row["installation_id"],
            account_id=row["account_id"],
            sealed_user_token=row["user_token"],
            expires_at=row["expires_at"],
        )

    async def spend_ticket(self, ticket_mac: str, *, now: float) -> bool:
        """Erase a live ticket (and the user token it holds); False if it was not live."""
        async with self._db.transaction() as connection:
            cursor = await connection.execute(
                "DELETE FROM forge_tickets WHERE ticket_mac = ? RETURNING expires_at",
                (ticket_mac,),
            )
            row = await cursor.fetchone()
            await cursor.close()
        return row is not None and row["expires_at"] > now

    async def prune_tickets(self, *, now: float) -> int:
        return await self._db.execute("DELETE FROM forge_tickets WHERE expires_at <= ?", (now,))


async def _refresh_served(connection: aiosqlite.Connection, site_id: str) -> bool:
    """Tell the site's record whether an installed Forge installation serves it now;
    return whether any host still serves the site."""
    async with connection.execute(
        "SELECT 1 FROM forge_installations WHERE site_id = ? AND state = 'installed' LIMIT 1",
        (site_id,),
    ) as cursor:
        forge_served = await cursor.fetchone() is not None
    return await TenantStore.set_forge_served_in(connection, site_id, forge_served)


async def _log(
    connection: aiosqlite.Connection,
    event: str,
    site_id: str,
    facts: InstallationFacts,
    now: float,
) -> None:
    await TenantStore.log_in(
        connection,
        event,
        site_id,
        kid=None,
        base_url=facts.site_url or facts.api_base_url,
        fingerprint=None,
        account_id=None,
        now=now,
    )


_bump = TenantStore.bump_in


def installation_listing(path: Path) -> list[Row]:
    """Every Forge installation, for the operator's listing (synchronous, for the CLI)."""
    connection = connect_sync(path)
    try:
        return connection.execute(
            """SELECT installation_id, site_id, cloud_id, site_url, api_base_url, state,
                   app_version, updated_at
               FROM forge_installations ORDER BY site_id, installation_id"""
        ).fetchall()
    finally:
        connection.close()
