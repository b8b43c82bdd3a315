"""Local service accounts: name, argon2id hash and credential generation.

Hashing itself lives in glanceapp.service. The generation is what an apiKey is
issued under: adding an account or changing its password takes a new value from
one counter that never goes back, so after a password change, or a removal and
re-creation under the same name, no key issued before can match again.
"""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite

from glanceapp.storage.db import Database


@dataclass(frozen=True, slots=True)
class AccountRow:
    name: str
    password_hash: str
    created_at: float
    password_changed_at: float
    generation: int


class AccountTable:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def get(self, name: str) -> AccountRow | None:
        row = await self._db.fetchone("SELECT * FROM accounts WHERE name = ?", (name,))
        return None if row is None else AccountRow(**dict(row))

    async def all(self) -> list[AccountRow]:
        rows = await self._db.fetchall("SELECT * FROM accounts ORDER BY name")
        return [AccountRow(**dict(row)) for row in rows]

    async def holds_generation(self, name: str, generation: int) -> bool:
        row = await self._db.fetchone(
            "SELECT 1 FROM accounts WHERE name = ? AND generation = ?", (name, generation)
        )
        return row is not None

    @staticmethod
    async def holds_generation_in(
        connection: aiosqlite.Connection, name: str, generation: int
    ) -> bool:
        """Within a transaction: whether the account exists with this very generation."""
        async with connection.execute(
            "SELECT 1 FROM accounts WHERE name = ? AND generation = ?", (name, generation)
        ) as cursor:
            return await cursor.fetchone() is not None

    @staticmethod
    async def next_generation_in(connection: aiosqlite.Connection) -> int:
        """Within a transaction: a generation no account has ever had."""
        async with connection.execute(
            "UPDATE credential_generation SET last = last + 1 WHERE id = 1 RETURNING last"
        ) as cursor:
            row = await cursor.fetchone()
        assert row is not None
        return int(row[0])

    @staticmethod
    async def add_in(
        connection: aiosqlite.Connection, name: str, password_hash: str, *, now: float
    ) -> bool:
        """Within a transaction: create an account at a new generation; False if the name is taken."""
        async with connection.execute("SELECT 1 FROM accounts WHERE name = ?", (name,)) as cursor:
            if await cursor.fetchone() is not None:
                return False
        generation = await AccountTable.next_generation_in(connection)
        await connection.execute(
            """INSERT INTO accounts
                   (name, password_hash, created_at, password_changed_at, generation)
               VALUES (?, ?, ?, ?, ?)""",
            (name, password_hash, now, now, generation),
        )
        return True

    @staticmethod
    async def set_password_in(
        connection: aiosqlite.Connection, name: str, password_hash: str, *, now: float
    ) -> bool:
        """Within a transaction: a new hash at a new generation; False if there is no such account."""
        generation = await AccountTable.next_generation_in(connection)
        cursor = await connection.execute(
            """UPDATE accounts SET password_hash = ?, password_changed_at = ?, generation = ?
               WHERE name = ?""",
            (password_hash, now, generation, name),
        )
        return cursor.rowcount > 0

    @staticmethod
    async def remove_in(connection: aiosqlite.Connection, name: str) -> bool:
        """Within a transaction: delete an account; False if there is no such account."""
        cursor = await connection.execute("DELETE FROM accounts WHERE name = ?", (name,))
        return cursor.rowcount > 0
