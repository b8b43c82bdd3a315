"""apiKeys: only an HMAC of each key is kept, with its tenant, person, account, state and expiry.

States: pending (issued, its property write not yet confirmed), active (valid
until expiry), revoked (never valid again). At most one active key per
(tenant, accountId), enforced by a unique partial index.

A key issued for a local account records the account's credential generation.
Creating and activating it re-check that generation in the same transaction, so
a password change or removal committed meanwhile leaves nothing to activate.
Revoked and expired rows are kept for a retention period (when, for whom, for
which account, why revoked), then purged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

import aiosqlite

from glanceapp.storage.accounts import AccountTable
from glanceapp.storage.db import Database, Row
from glanceapp.storage.property_deletes import PropertyDeletes

KeyState = Literal["pending", "active", "revoked"]
CREDENTIAL_CHANGED_REASON = "credential changed"
PASSWORD_CHANGED_REASON = "password changed"  # noqa: S105 (a reason, not a password)
ACCOUNT_REMOVED_REASON = "account removed"
CREDENTIAL_REASONS = frozenset(
    {CREDENTIAL_CHANGED_REASON, PASSWORD_CHANGED_REASON, ACCOUNT_REMOVED_REASON}
)
"""Why a key was revoked when the credential it rests on no longer holds."""


@dataclass(frozen=True, slots=True)
class ApiKeyRecord:
    id: int
    client_key: str
    account_id: str
    service_account: str
    state: KeyState
    created_at: float
    expires_at: float
    linked_at: float
    activated_at: float | None
    revoked_at: float | None
    revoked_reason: str | None
    credential_generation: int | None = None


def _record(row: Row) -> ApiKeyRecord:
    return ApiKeyRecord(
        id=row["id"],
        client_key=row["client_key"],
        account_id=row["account_id"],
        service_account=row["service_account"],
        state=row["state"],
        created_at=row["created_at"],
        expires_at=row["expires_at"],
        linked_at=row["linked_at"],
        activated_at=row["activated_at"],
        revoked_at=row["revoked_at"],
        revoked_reason=row["revoked_reason"],
        credential_generation=row["credential_generation"],
    )


async def _credential_holds(
    connection: aiosqlite.Connection, service_account: str, generation: int | None
) -> bool:
    """A local account's key needs its account at the same generation; others have no row here."""
    if generation is None:
        return True
    return await AccountTable.holds_generation_in(connection, service_account, generation)


RevokeScope = Literal[
    "id = ?",
    "service_account = ?",
    "client_key = ?",
    "client_key = ? AND account_id = ?",
    "client_key = ? AND account_id = ? AND id != ?",
]


async def _revoke_in(
    connection: aiosqlite.Connection,
    where: RevokeScope,
    params: tuple[object, ...],
    *,
    now: float,
    reason: str,
) -> int:
    """Within a transaction: revoke the live keys matching `where`; how many were.

    The one statement that revokes keys. `where` is one of a fixed set of
    conditions (never text from outside), with its parameters.
    """
    cursor = await connection.execute(
        f"""UPDATE api_keys SET state = 'revoked', revoked_at = ?, revoked_reason = ?
            WHERE state IN ('pending', 'active') AND {where}""",  # noqa: S608 - a fixed scope
        (now, reason, *params),
    )
    return cursor.rowcount


def _storable_id(key_id: int) -> bool:
    """Whether SQLite can hold this id at all (an operator may type any number)."""
    return -(2**63) <= key_id < 2**63


class ApiKeyTable:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def create_pending(
        self,
        *,
        key_mac: bytes,
        client_key: str,
        account_id: str,
        service_account: str,
        now: float,
        expires_at: float,
        linked_at: float,
        credential_generation: int | None,
    ) -> int | None:
        """The new pending key's id; None (nothing stored) if the credential no longer holds."""
        async with self._db.transaction() as connection:
            if not await _credential_holds(connection, service_account, credential_generation):
                return None
            cursor = await connection.execute(
                """INSERT INTO api_keys (key_mac, client_key, account_id, service_account, state,
                       created_at, expires_at, linked_at, credential_generation)
                   VALUES (?, ?, ?, ?, 'pending', ?, ?, ?, ?)""",
                (
                    key_mac,
                    client_key,
                    account_id,
                    service_account,
                    now,
                    expires_at,
                    linked_at,
                    credential_generation,
                ),
            )
            key_id = cursor.lastrowid
        assert key_id is not None
        return key_id

    @staticmethod
    async def activate_in(connection: aiosqlite.Connection, key_id: int, now: float) -> bool:
        """Within a transaction: make a pending key the person's one active key, revoking others.

        Returns False if the key is no longer pending (a revoked key never becomes
        valid again), changing nothing; or if its account's credential changed
        since it was issued, revoking it so recovery never tries it again.
        """
        async with connection.execute(
            """SELECT client_key, account_id, service_account, credential_generation
               FROM api_keys WHERE id = ? AND state = 'pending'""",
            (key_id,),
        ) as cursor:
            row = await cursor.fetchone()
        if row is None:
            return False
        if not await _credential_holds(
            connection, row["service_account"], row["credential_generation"]
        ):
            await _revoke_in(
                connection, "id = ?", (key_id,), now=now, reason=CREDENTIAL_CHANGED_REASON
            )
            return False
        await _revoke_in(
            connection,
            "client_key = ? AND account_id = ? AND id != ?",
            (row["client_key"], row["account_id"], key_id),
            now=now,
            reason="replaced",
        )
        await connection.execute(
            "UPDATE api_keys SET state = 'active', activated_at = ? WHERE id = ?", (now, key_id)
        )
        await PropertyDeletes.drop_person_in(connection, row["client_key"], row["account_id"])
        return True

    async def activate(self, key_id: int, now: float) -> bool:
        async with self._db.transaction() as connection:
            return await self.activate_in(connection, key_id, now)

    async def discard_pending(self, key_id: int) -> None:
        """Delete a pending key whose property write never landed (it was never valid)."""
        await self._db.execute("DELETE FROM api_keys WHERE id = ? AND state = 'pending'", (key_id,))

    async def revoke(self, key_id: int, *, now: float, reason: str) -> bool:
        if not _storable_id(key_id):
            return False
        async with self._db.transaction() as connection:
            return await _revoke_in(connection, "id = ?", (key_id,), now=now, reason=reason) > 0

    @staticmethod
    async def revoke_for_account_in(
        connection: aiosqlite.Connection, service_account: str, *, now: float, reason: str
    ) -> int:
        """Within a transaction: revoke every live key of a service account."""
        return await _revoke_in(
            connection, "service_account = ?", (service_account,), now=now, reason=reason
        )

    @staticmethod
    async def retire_site_in(
        connection: aiosqlite.Connection, client_key: str, *, now: float, reason: str
    ) -> int:
        """Within a transaction: no host serves the site any more, so its keys end
        and no property delete can be made there."""
        revoked = await _revoke_in(
            connection, "client_key = ?", (client_key,), now=now, reason=reason
        )
        await PropertyDeletes.drop_site_in(connection, client_key)
        return revoked

    @staticmethod
    async def site_has_keys_in(connection: aiosqlite.Connection, client_key: str) -> bool:
        """Within a transaction: whether any key, in any state, was ever issued for the site."""
        async with connection.execute(
            "SELECT 1 FROM api_keys WHERE client_key = ? LIMIT 1", (client_key,)
        ) as cursor:
            return await cursor.fetchone() is not None

    async def unlink(
        self, client_key: str, account_id: str, property_key: str, *, now: float
    ) -> bool:
        """Revoke the person's keys and owe Jira their property's delete, in one transaction.

        False (nothing owed) when the person had no live key.
        """
        async with self._db.transaction() as connection:
            revoked = await _revoke_in(
                connection,
                "client_key = ? AND account_id = ?",
                (client_key, account_id),
                now=now,
                reason="unlinked",
            )
            if revoked == 0:
                return False
            await PropertyDeletes.schedule_in(
                connection, client_key, account_id, property_key, now=now
            )
        return True

    async def live_states(self, client_key: str, account_id: str) -> set[KeyState]:
        """Which of pending and active the person's keys are in now."""
        rows = await self._db.fetchall(
            """SELECT DISTINCT state FROM api_keys WHERE client_key = ? AND account_id = ?
               AND state IN ('pending', 'active')""",
            (client_key, account_id),
        )
        return {row["state"] for row in rows}

    async def revoke_for_account(self, service_account: str, *, now: float, reason: str) -> int:
        async with self._db.transaction() as connection:
            return await self.revoke_for_account_in(
                connection, service_account, now=now, reason=reason
            )

    async def get(self, key_id: int) -> ApiKeyRecord | None:
        if not _storable_id(key_id):
            return None
        row = await self._db.fetchone("SELECT * FROM api_keys WHERE id = ?", (key_id,))
        return None if row is None else _record(row)

    async def active_for(self, client_key: str, account_id: str) -> ApiKeyRecord | None:
        row = await self._db.fetchone(
            """SELECT * FROM api_keys WHERE client_key = ? AND account_id = ? AND state = 'active'""",
            (client_key, account_id),
        )
        return None if row is None else _record(row)

    async def find_by_mac(self, macs: Iterable[bytes]) -> ApiKeyRecord | None:
        for mac in macs:
            row = await self._db.fetchone("SELECT * FROM api_keys WHERE key_mac = ?", (mac,))
            if row is not None:
                return _record(row)
        return None

    async def has_held(self, client_key: str, account_id: str, service_account: str) -> bool:
        """Whether this person has had a key for this service account that became valid."""
        row = await self._db.fetchone(
            """SELECT 1 FROM api_keys WHERE client_key = ? AND account_id = ?
                   AND service_account = ? AND activated_at IS NOT NULL LIMIT 1""",
            (client_key, account_id, service_account),
        )
        return row is not None

    async def purge_retired(self, *, before: float) -> int:
        """Delete revoked keys revoked, and keys expired, before `before`; never pending ones."""
        return await self._db.execute(
            """DELETE FROM api_keys
               WHERE (state = 'revoked' AND revoked_at < ?)
                  OR (state = 'active' AND expires_at < ?)""",
            (before, before),
        )

    async def pending_before(self, cutoff: float, limit: int = 100) -> list[ApiKeyRecord]:
        rows = await self._db.fetchall(
            """SELECT * FROM api_keys WHERE state = 'pending' AND created_at < ?
               ORDER BY created_at LIMIT ?""",
            (cutoff, limit),
        )
        return [_record(row) for row in rows]

    async def pending_for(
        self, client_key: str, account_id: str, *, before: float
    ) -> list[ApiKeyRecord]:
        """One person's pending keys created before `before` (their recovery is due)."""
        rows = await self._db.fetchall(
            """SELECT * FROM api_keys WHERE client_key = ? AND account_id = ?
                   AND state = 'pending' AND created_at < ? ORDER BY created_at""",
            (client_key, account_id, before),
        )
        return [_record(row) for row in rows]

    async def listing(self, client_key: str | None = None) -> list[ApiKeyRecord]:
        if client_key is None:
            rows = await self._db.fetchall("SELECT * FROM api_keys ORDER BY id")
        else:
            rows = await self._db.fetchall(
                "SELECT * FROM api_keys WHERE client_key = ? ORDER BY id", (client_key,)
            )
        return [_record(row) for row in rows]
