"""Per-person leases, so link operations for one (tenant, accountId) never interleave.

The property write to Jira happens while the lease is held; a lease kept in
SQLite serializes across every worker process, and it expires by itself if
its holder dies.
"""

from __future__ import annotations

from glanceapp.storage.db import Database


class PersonLeases:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def try_acquire(
        self, client_key: str, account_id: str, holder: str, *, now: float, ttl: float
    ) -> bool:
        changed = await self._db.execute(
            """INSERT INTO person_leases (client_key, account_id, holder, expires_at)
               VALUES (?, ?, ?, ?)
               ON CONFLICT (client_key, account_id) DO UPDATE
                   SET holder = excluded.holder, expires_at = excluded.expires_at
                   WHERE person_leases.expires_at < ?""",
            (client_key, account_id, holder, now + ttl, now),
        )
        return changed > 0

    async def release(self, client_key: str, account_id: str, holder: str) -> None:
        await self._db.execute(
            "DELETE FROM person_leases WHERE client_key = ? AND account_id = ? AND holder = ?",
            (client_key, account_id, holder),
        )
