"""Login protection, counted in SQLite so every worker agrees.

Per (service account, tenant, Jira accountId): after 5 failures in 15 minutes
that combination waits until the oldest of them leaves the window. Per service
account alone, failures only slow logins down (never lock), so nobody can lock
a colleague out by guessing at their account from elsewhere.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from glanceapp.storage.db import Database, Row

WINDOW_SECONDS = 15 * 60
MAX_FAILURES = 5
SLOWDOWN_AFTER = 10
MAX_SLOWDOWN_SECONDS = 3.0


class LoginThrottle:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def wait_seconds(
        self, service_account: str, client_key: str, account_id: str, *, now: float
    ) -> float:
        """How long this combination must wait before trying again (0 when it may try)."""
        rows = await self._db.fetchall(
            _RECENT_FAILURES,
            (service_account, client_key, account_id, now - WINDOW_SECONDS, MAX_FAILURES),
        )
        return _wait(rows, now)

    async def begin_attempt(
        self, service_account: str, client_key: str, account_id: str, *, now: float
    ) -> float:
        """Atomically: the wait if this combination is locked, else 0 with this attempt counted.

        The attempt is recorded as a failure before the password is checked (`clear`
        on success removes it), so guesses sent at once cannot all pass the check
        before any of them has been counted.
        """
        async with self._db.transaction() as connection:
            async with connection.execute(
                _RECENT_FAILURES,
                (service_account, client_key, account_id, now - WINDOW_SECONDS, MAX_FAILURES),
            ) as cursor:
                rows = list(await cursor.fetchall())
            wait = _wait(rows, now)
            if wait == 0:
                await connection.execute(
                    """INSERT INTO login_failures (service_account, client_key, account_id, at)
                       VALUES (?, ?, ?, ?)""",
                    (service_account, client_key, account_id, now),
                )
        return wait

    async def slowdown_seconds(self, service_account: str, *, now: float) -> float:
        """A delay that grows with recent failures on this account from anyone."""
        row = await self._db.fetchone(
            "SELECT count(*) FROM login_failures WHERE service_account = ? AND at > ?",
            (service_account, now - WINDOW_SECONDS),
        )
        failures = int(row[0]) if row else 0
        if failures < SLOWDOWN_AFTER:
            return 0.0
        return float(min(MAX_SLOWDOWN_SECONDS, 0.1 * 2.0 ** (failures - SLOWDOWN_AFTER)))

    async def record_failure(
        self, service_account: str, client_key: str, account_id: str, *, now: float
    ) -> None:
        await self._db.execute(
            """INSERT INTO login_failures (service_account, client_key, account_id, at)
               VALUES (?, ?, ?, ?)""",
            (service_account, client_key, account_id, now),
        )

    async def clear(self, service_account: str, client_key: str, account_id: str) -> None:
        await self._db.execute(
            """DELETE FROM login_failures
               WHERE service_account = ? AND client_key = ? AND account_id = ?""",
            (service_account, client_key, account_id),
        )

    async def unlock(self, service_account: str) -> int:
        return await self._db.execute(
            "DELETE FROM login_failures WHERE service_account = ?", (service_account,)
        )

    async def prune(self, *, now: float) -> int:
        return await self._db.execute(
            "DELETE FROM login_failures WHERE at < ?", (now - WINDOW_SECONDS,)
        )


_RECENT_FAILURES = """SELECT at FROM login_failures
    WHERE service_account = ? AND client_key = ? AND account_id = ? AND at > ?
    ORDER BY at DESC LIMIT ?"""


def _wait(recent: Sequence[Row], now: float) -> float:
    if len(recent) < MAX_FAILURES:
        return 0.0
    oldest = min(float(row["at"]) for row in recent)
    return float(max(0.0, oldest + WINDOW_SECONDS - now))


def minutes_to_wait(seconds: float) -> int:
    return max(1, math.ceil(seconds / 60))
