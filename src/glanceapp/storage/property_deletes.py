"""Property deletes still owed to Jira: after an unlink, the person's user property must go.

A row is written in the same transaction that revokes the person's keys, so a
crash between the revoke and Jira's answer leaves the delete to recovery. A
failed delete is retried with a doubling delay (at most an hour). A newer key
for the same person drops the row: its property replaced the old one.
"""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite

from glanceapp.storage.db import Database

DELETE_RETRY_SECONDS = 60.0
MAX_DELETE_RETRY_SECONDS = 3600.0


@dataclass(frozen=True, slots=True)
class PropertyDelete:
    client_key: str
    account_id: str
    property_key: str


class PropertyDeletes:
    def __init__(self, db: Database) -> None:
        self._db = db

    @staticmethod
    async def schedule_in(
        connection: aiosqlite.Connection,
        client_key: str,
        account_id: str,
        property_key: str,
        *,
        now: float,
    ) -> None:
        """Within a transaction: owe Jira this delete, due at once."""
        await connection.execute(
            """INSERT INTO property_deletes
                   (client_key, account_id, property_key, created_at, attempts, next_attempt_at)
               VALUES (?, ?, ?, ?, 0, ?)
               ON CONFLICT DO UPDATE SET next_attempt_at = excluded.next_attempt_at""",
            (client_key, account_id, property_key, now, now),
        )

    @staticmethod
    async def drop_person_in(
        connection: aiosqlite.Connection, client_key: str, account_id: str
    ) -> None:
        """Within a transaction: nothing is owed for this person any more."""
        await connection.execute(
            "DELETE FROM property_deletes WHERE client_key = ? AND account_id = ?",
            (client_key, account_id),
        )

    @staticmethod
    async def drop_site_in(connection: aiosqlite.Connection, client_key: str) -> None:
        """Within a transaction: the site is gone, so no delete can be made there."""
        await connection.execute("DELETE FROM property_deletes WHERE client_key = ?", (client_key,))

    async def drop_person(self, client_key: str, account_id: str) -> None:
        async with self._db.transaction() as connection:
            await self.drop_person_in(connection, client_key, account_id)

    async def done(self, client_key: str, account_id: str, property_key: str) -> None:
        await self._db.execute(
            "DELETE FROM property_deletes WHERE client_key = ? AND account_id = ? AND property_key = ?",
            (client_key, account_id, property_key),
        )

    async def deferred(
        self, client_key: str, account_id: str, property_key: str, *, now: float
    ) -> None:
        """A delete Jira did not make: try again after a delay that doubles with each attempt."""
        await self._db.execute(
            """UPDATE property_deletes SET attempts = attempts + 1,
                   next_attempt_at = ? + min(?, ? * (1 << min(attempts, 6)))
               WHERE client_key = ? AND account_id = ? AND property_key = ?""",
            (
                now,
                MAX_DELETE_RETRY_SECONDS,
                DELETE_RETRY_SECONDS,
                client_key,
                account_id,
                property_key,
            ),
        )

    async def due(self, *, now: float, limit: int = 100) -> list[PropertyDelete]:
        rows = await self._db.fetchall(
            """SELECT client_key, account_id, property_key FROM property_deletes
               WHERE next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?""",
            (now, limit),
        )
        return [PropertyDelete(row[0], row[1], row[2]) for row in rows]

    async def due_for(self, client_key: str, account_id: str, *, now: float) -> list[str]:
        """The property keys owed for one person whose retry is due."""
        rows = await self._db.fetchall(
            """SELECT property_key FROM property_deletes
               WHERE client_key = ? AND account_id = ? AND next_attempt_at <= ?""",
            (client_key, account_id, now),
        )
        return [row[0] for row in rows]
