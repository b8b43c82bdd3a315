"""Per-person renew allowance: a token bucket in SQLite, so every worker spends the same one.

A person starts with a full bucket of `burst` renews; it refills at one renew
per `interval` seconds, never beyond `burst`. Taking a renew and reading the
bucket happen in one `BEGIN IMMEDIATE` transaction, so renews sent at once
through several workers cannot all see the same full bucket.
"""

from __future__ import annotations

from glanceapp.storage.db import Database


class RenewBuckets:
    def __init__(self, db: Database, *, burst: int, interval: float) -> None:
        self._db = db
        self._burst = float(burst)
        self._interval = interval

    async def take(self, client_key: str, account_id: str, *, now: float) -> float:
        """Spend one renew: 0 if it was there (and is now spent), else the seconds until one is."""
        async with self._db.transaction() as connection:
            async with connection.execute(
                "SELECT tokens, updated_at FROM renew_buckets WHERE client_key = ? AND account_id = ?",
                (client_key, account_id),
            ) as cursor:
                row = await cursor.fetchone()
            if row is None:
                tokens = self._burst
            else:
                elapsed = max(0.0, now - float(row["updated_at"]))
                tokens = min(self._burst, float(row["tokens"]) + elapsed / self._interval)
            if tokens < 1.0:
                return (1.0 - tokens) * self._interval
            await connection.execute(
                """INSERT INTO renew_buckets (client_key, account_id, tokens, updated_at)
                   VALUES (?, ?, ?, ?)
                   ON CONFLICT (client_key, account_id) DO UPDATE
                       SET tokens = excluded.tokens, updated_at = excluded.updated_at""",
                (client_key, account_id, tokens - 1.0, now),
            )
        return 0.0

    async def prune(self, *, now: float) -> int:
        """Forget buckets that have refilled completely: a missing row is a full bucket."""
        return await self._db.execute(
            "DELETE FROM renew_buckets WHERE updated_at <= ?",
            (now - self._burst * self._interval,),
        )
