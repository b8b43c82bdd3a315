"""Failed logins: who tried which service account, from which site and Jira identity, when.

The policy (how many, how long to wait) is `glanceapp.service.throttle`; this
module only keeps the rows. `record_unless` reads what the policy needs and
records the attempt in one `BEGIN IMMEDIATE` transaction, so attempts sent at
once through several workers never all see the same count.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import aiosqlite

from glanceapp.storage.db import Database

T = TypeVar("T")

_RECENT_FAILURES = """SELECT at FROM login_failures
    WHERE service_account = ? AND client_key = ? AND account_id = ? AND at > ?
    ORDER BY at DESC LIMIT ?"""

_RECENT_PERSON_FAILURES = """SELECT at FROM login_failures
    WHERE client_key = ? AND account_id = ? AND at > ?
    ORDER BY at DESC LIMIT ?"""

_INSERT = """INSERT INTO login_failures (service_account, client_key, account_id, at)
    VALUES (?, ?, ?, ?)"""


@dataclass(frozen=True, slots=True)
class RecentFailures:
    """Failures since a moment: the newest of one combination and of one person, newest first,
    and every failure on the service account (how many, and the latest)."""

    combination: list[float]
    person: list[float]
    account_count: int
    account_last: float | None


async def _times(
    connection: aiosqlite.Connection, sql: str, params: tuple[object, ...]
) -> list[float]:
    async with connection.execute(sql, params) as cursor:
        return [float(row["at"]) for row in await cursor.fetchall()]


class LoginFailures:
    def __init__(self, db: Database) -> None:
        self._db = db

    @staticmethod
    async def _recent_in(
        connection: aiosqlite.Connection,
        service_account: str,
        client_key: str,
        account_id: str,
        *,
        since: float,
        combination_limit: int,
        person_limit: int,
        with_account: bool,
    ) -> RecentFailures:
        combination = await _times(
            connection,
            _RECENT_FAILURES,
            (service_account, client_key, account_id, since, combination_limit),
        )
        person = await _times(
            connection, _RECENT_PERSON_FAILURES, (client_key, account_id, since, person_limit)
        )
        count, last = 0, None
        if with_account:
            async with connection.execute(
                """SELECT count(*), max(at) FROM login_failures
                   WHERE service_account = ? AND at > ?""",
                (service_account, since),
            ) as cursor:
                row = await cursor.fetchone()
            assert row is not None
            count, last = int(row[0]), None if row[1] is None else float(row[1])
        return RecentFailures(combination, person, count, last)

    async def recent(
        self,
        service_account: str,
        client_key: str,
        account_id: str,
        *,
        since: float,
        combination_limit: int,
        person_limit: int,
    ) -> RecentFailures:
        """The combination's and the person's newest failures after `since` (no account count).

        Read without the write lock: a refusal decided here is advisory, `record_unless` counts.
        """
        combination = await self._db.fetchall(
            _RECENT_FAILURES, (service_account, client_key, account_id, since, combination_limit)
        )
        person = await self._db.fetchall(
            _RECENT_PERSON_FAILURES, (client_key, account_id, since, person_limit)
        )
        return RecentFailures(
            [float(row["at"]) for row in combination],
            [float(row["at"]) for row in person],
            0,
            None,
        )

    async def record_unless(
        self,
        service_account: str,
        client_key: str,
        account_id: str,
        *,
        now: float,
        since: float,
        combination_limit: int,
        person_limit: int,
        with_account: bool,
        refuse: Callable[[RecentFailures], T | None],
    ) -> T | None:
        """Atomically: `refuse`'s answer for the recent failures, or None with a failure recorded."""
        async with self._db.transaction() as connection:
            recent = await self._recent_in(
                connection,
                service_account,
                client_key,
                account_id,
                since=since,
                combination_limit=combination_limit,
                person_limit=person_limit,
                with_account=with_account,
            )
            refusal = refuse(recent)
            if refusal is not None:
                return refusal
            await connection.execute(_INSERT, (service_account, client_key, account_id, now))
        return None

    async def record(
        self, service_account: str, client_key: str, account_id: str, *, now: float
    ) -> None:
        await self._db.execute(_INSERT, (service_account, client_key, account_id, now))

    async def clear(self, service_account: str, client_key: str, account_id: str) -> None:
        await self._db.execute(
            """DELETE FROM login_failures
               WHERE service_account = ? AND client_key = ? AND account_id = ?""",
            (service_account, client_key, account_id),
        )

    async def forget_account(self, service_account: str) -> int:
        return await self._db.execute(
            "DELETE FROM login_failures WHERE service_account = ?", (service_account,)
        )

    @staticmethod
    async def forget_account_in(connection: aiosqlite.Connection, service_account: str) -> None:
        """Within a transaction: drop every failure on a service account (it is being removed)."""
        await connection.execute(
            "DELETE FROM login_failures WHERE service_account = ?", (service_account,)
        )

    async def prune(self, *, before: float) -> int:
        return await self._db.execute("DELETE FROM login_failures WHERE at < ?", (before,))
