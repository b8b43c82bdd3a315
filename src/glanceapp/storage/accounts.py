"""Local service accounts: name and argon2id hash. Hashing itself lives in glanceapp.service."""

from __future__ import annotations

from dataclasses import dataclass

from glanceapp.storage.db import Database


@dataclass(frozen=True, slots=True)
class AccountRow:
    name: str
    password_hash: str
    created_at: float
    password_changed_at: float


class AccountTable:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def get(self, name: str) -> AccountRow | None:
        row = await self._db.fetchone("SELECT * FROM accounts WHERE name = ?", (name,))
        return None if row is None else AccountRow(**dict(row))

    async def all(self) -> list[AccountRow]:
        rows = await self._db.fetchall("SELECT * FROM accounts ORDER BY name")
        return [AccountRow(**dict(row)) for row in rows]
