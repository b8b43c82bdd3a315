"""argon2id hashing: the stored format, bounds checked before hashing, two at a time, off the loop."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from glanceapp.service.accounts import LocalAccounts
from glanceapp.service.passwords import (
    MAX_CONCURRENT_HASHES,
    PasswordHasher,
    PasswordRejected,
)
from glanceapp.storage.accounts import AccountTable
from glanceapp.storage.db import Database

from .support import PASSWORD, CountingArgon2, database_bytes


async def test_stored_hash_is_argon2id_and_the_password_is_nowhere_in_the_file(
    db: Database, db_path: Path
) -> None:
    """The production default (no injected hasher) stores an argon2id PHC string."""
    accounts = LocalAccounts(db, PasswordHasher())
    await accounts.add("ada", PASSWORD)
    row = await AccountTable(db).get("ada")
    assert row is not None
    assert row.password_hash.startswith("$argon2id$v=19$")
    assert PASSWORD not in row.password_hash
    assert await accounts.check("ada", PASSWORD) == "ada"
    await db.close()
    assert PASSWORD.encode() not in database_bytes(db_path.parent)


async def test_hashes_are_salted(hasher: PasswordHasher) -> None:
    first, second = await hasher.hash(PASSWORD), await hasher.hash(PASSWORD)
    assert first != second
    assert first.startswith("$argon2id$")
    assert await hasher.verify(first, PASSWORD)
    assert await hasher.verify(second, PASSWORD)


@pytest.mark.parametrize("password", ["", "x" * 11, "x" * 1025])
async def test_hash_refuses_bad_lengths_without_hashing(
    hasher: PasswordHasher, argon: CountingArgon2, password: str
) -> None:
    with pytest.raises(PasswordRejected):
        await hasher.hash(password)
    with pytest.raises(PasswordRejected):
        hasher.hash_sync(password)
    assert argon.hash_calls == 0


async def test_a_password_that_is_not_text_is_refused_not_crashed_on(
    hasher: PasswordHasher, argon: CountingArgon2
) -> None:
    """Undecodable bytes on stdin arrive as lone surrogates, which no hash can take."""
    broken = "\udcff\udcfe" + "x" * 12
    with pytest.raises(PasswordRejected, match="UTF-8"):
        await hasher.hash(broken)
    stored = await hasher.hash(PASSWORD)
    assert await hasher.verify(stored, broken) is False
    assert await hasher.verify(None, broken) is False
    assert argon.hash_calls == 1


@pytest.mark.parametrize("stored", ["", "not a hash", "$argon2id$v=19$m=1024,t=1,p=1$broken"])
async def test_verify_against_a_broken_hash_is_false(hasher: PasswordHasher, stored: str) -> None:
    assert await hasher.verify(stored, PASSWORD) is False


async def test_verify_for_an_unknown_account_does_the_work_and_fails(
    hasher: PasswordHasher, argon: CountingArgon2
) -> None:
    for _ in range(3):
        assert await hasher.verify(None, PASSWORD) is False
    assert argon.verify_calls == 3
    # The stand-in hash is made once, not on every miss.
    assert argon.hash_calls == 1


class CountingExecutor(ThreadPoolExecutor):
    """The loop's default executor, counting jobs submitted and not yet finished."""

    def __init__(self) -> None:
        super().__init__(max_workers=8)
        self._count_lock = threading.Lock()
        self.in_flight = 0
        self.max_in_flight = 0

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        with self._count_lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        future = super().submit(fn, *args, **kwargs)
        future.add_done_callback(self._done)
        return future

    def _done(self, _: Future[Any]) -> None:
        with self._count_lock:
            self.in_flight -= 1


async def test_at_most_two_hash_computations_at_once() -> None:
    """Six checks at once: two go to threads, four wait their turn on the event loop.

    Each computation is held at a gate until the test has let every check take
    its first step, so the count does not depend on how fast threads run.
    """
    gate = threading.Event()

    def hold() -> None:
        if not gate.wait(timeout=10):
            raise AssertionError("the gate never opened")

    argon = CountingArgon2(on_verify=hold)
    hasher = PasswordHasher(argon)
    stored = await hasher.hash(PASSWORD)
    executor = CountingExecutor()
    asyncio.get_running_loop().set_default_executor(executor)

    checks = asyncio.gather(
        *(
            hasher.verify(h, p)
            for h, p in [(stored, PASSWORD), (stored, "wrong"), (None, PASSWORD)] * 2
        )
    )
    for _ in range(10):
        await asyncio.sleep(0)  # not a wait: lets every check run up to its first real wait
    started = executor.in_flight
    gate.set()
    results = await checks

    assert started == MAX_CONCURRENT_HASHES
    assert executor.max_in_flight == MAX_CONCURRENT_HASHES
    assert argon.max_active <= MAX_CONCURRENT_HASHES
    assert results == [True, False, False] * 2


async def test_the_event_loop_runs_while_a_hash_is_computed(db: Database) -> None:
    """A verify blocked in its thread does not block the loop: a second task still runs."""
    started, release = threading.Event(), threading.Event()

    def hold() -> None:
        started.set()
        assert release.wait(timeout=10)

    argon = CountingArgon2(on_verify=hold)
    hasher = PasswordHasher(argon)
    stored = await hasher.hash(PASSWORD)
    check = asyncio.create_task(hasher.verify(stored, PASSWORD))
    assert await asyncio.to_thread(started.wait, 10)
    assert not check.done()
    release.set()
    assert await check is True
