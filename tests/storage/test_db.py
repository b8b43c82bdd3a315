"""The database pair: pragmas, write transactions under a lock, unblocked reads, clean closing."""

from __future__ import annotations

import asyncio
import os
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from glanceapp.storage.db import (
    BUSY_TIMEOUT_MS,
    READ_BUSY_TIMEOUT_MS,
    Database,
    connect_sync,
)


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(tmp_path / "app.db")
    try:
        await database.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
        yield database
    finally:
        await database.close()


async def pragma(db: Database, name: str) -> object:
    row = await db.fetchone(f"PRAGMA {name}")
    assert row is not None
    return row[0]


async def writer_pragma(db: Database, name: str) -> object:
    async with db.transaction() as connection, connection.execute(f"PRAGMA {name}") as cursor:
        row = await cursor.fetchone()
    assert row is not None
    return row[0]


async def test_pragmas_on_both_connections(db: Database) -> None:
    assert await pragma(db, "journal_mode") == "wal"
    for read in (pragma, writer_pragma):
        assert await read(db, "foreign_keys") == 1
        assert await read(db, "synchronous") == 2
    assert await writer_pragma(db, "busy_timeout") == BUSY_TIMEOUT_MS > 0
    assert await pragma(db, "busy_timeout") == READ_BUSY_TIMEOUT_MS > 0
    assert await pragma(db, "query_only") == 1
    assert await writer_pragma(db, "query_only") == 0


async def test_read_connection_cannot_write(db: Database) -> None:
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        await db.fetchone("INSERT INTO items (name) VALUES ('x') RETURNING id")


def test_sync_connection_pragmas(tmp_path: Path) -> None:
    connection = connect_sync(tmp_path / "app.db")
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert connection.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS
    finally:
        connection.close()


async def test_transaction_commits(db: Database) -> None:
    async with db.transaction() as connection:
        await connection.execute("INSERT INTO items (name) VALUES ('a')")
        await connection.execute("INSERT INTO items (name) VALUES ('b')")
    rows = await db.fetchall("SELECT name FROM items ORDER BY id")
    assert [row["name"] for row in rows] == ["a", "b"]
    assert await db.execute("UPDATE items SET name = 'c'") == 2


class Boom(Exception):
    pass


async def insert_then_fail(db: Database, second: str) -> None:
    async with db.transaction() as connection:
        await connection.execute("INSERT INTO items (name) VALUES ('lost')")
        await connection.execute(second)
        raise Boom


async def test_transaction_rolls_back_on_exception(db: Database) -> None:
    with pytest.raises(Boom):
        await insert_then_fail(db, "SELECT 1")
    assert await db.fetchone("SELECT * FROM items") is None

    # The lock was released and the connection is usable again.
    await db.execute("INSERT INTO items (name) VALUES ('kept')")
    assert [row["name"] for row in await db.fetchall("SELECT name FROM items")] == ["kept"]


async def test_failing_statement_rolls_back_the_whole_transaction(db: Database) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        await insert_then_fail(db, "INSERT INTO items (name) VALUES (NULL)")
    assert await db.fetchone("SELECT * FROM items") is None


async def test_transactions_are_serialized(db: Database) -> None:
    inside = asyncio.Event()
    trying = asyncio.Event()
    release = asyncio.Event()
    order: list[str] = []

    async def first() -> None:
        async with db.transaction() as connection:
            order.append("first begins")
            inside.set()
            await release.wait()
            await connection.execute("INSERT INTO items (name) VALUES ('first')")
            order.append("first commits")

    async def second() -> None:
        await inside.wait()
        trying.set()  # runs on into the lock without yielding before it
        async with db.transaction() as connection:
            order.append("second begins")
            await connection.execute("INSERT INTO items (name) VALUES ('second')")

    async with asyncio.timeout(10):
        tasks = [asyncio.create_task(first()), asyncio.create_task(second())]
        await trying.wait()
        release.set()
        await asyncio.gather(*tasks)
    assert order == ["first begins", "first commits", "second begins"]


async def test_reads_are_not_blocked_during_a_write_transaction(db: Database) -> None:
    await db.execute("INSERT INTO items (name) VALUES ('committed')")
    inside = asyncio.Event()
    release = asyncio.Event()

    async def writer() -> None:
        async with db.transaction() as connection:
            await connection.execute("INSERT INTO items (name) VALUES ('uncommitted')")
            inside.set()
            await release.wait()

    async with asyncio.timeout(10):
        task = asyncio.create_task(writer())
        await inside.wait()
        try:
            during = await db.fetchall("SELECT name FROM items ORDER BY id")
        finally:
            release.set()
            await task
    assert [row["name"] for row in during] == ["committed"]
    after = await db.fetchall("SELECT name FROM items ORDER BY id")
    assert [row["name"] for row in after] == ["committed", "uncommitted"]


async def test_data_version_moves_when_another_connection_commits(
    db: Database, tmp_path: Path
) -> None:
    before = await db.data_version()
    assert await db.data_version() == before
    other = await Database.open(tmp_path / "app.db")
    try:
        await other.execute("INSERT INTO items (name) VALUES ('elsewhere')")
    finally:
        await other.close()
    assert await db.data_version() != before


async def test_close_is_idempotent(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "app.db")
    assert not db.closed
    assert await db.ping()
    await db.close()
    assert db.closed
    await db.close()
    assert db.closed
    assert not await db.ping()


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


async def test_opening_and_closing_leaks_no_file_descriptors(tmp_path: Path) -> None:
    path = tmp_path / "app.db"
    warm = await Database.open(path)
    await warm.close()
    before = open_fds()
    for _ in range(50):
        db = await Database.open(path)
        await db.fetchone("SELECT 1")
        await db.close()
    assert open_fds() <= before


# Review regressions: a transaction that fails at its edges must not wedge the writer.


async def test_failed_commit_is_rolled_back_and_the_writer_stays_usable(db: Database) -> None:
    """A deferred foreign key fails at COMMIT, which leaves SQLite's transaction open."""
    await db.execute("CREATE TABLE parents (id INTEGER PRIMARY KEY)")
    await db.execute(
        """CREATE TABLE children (id INTEGER PRIMARY KEY, parent INTEGER
               REFERENCES parents (id) DEFERRABLE INITIALLY DEFERRED)"""
    )

    async def orphan() -> None:
        async with db.transaction() as connection:
            await connection.execute("INSERT INTO children (parent) VALUES (42)")
            await connection.execute("INSERT INTO items (name) VALUES ('lost')")

    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        await orphan()  # fails at COMMIT, not at the INSERT
    assert not db._writer.in_transaction

    assert await db.execute("INSERT INTO items (name) VALUES ('kept')") == 1
    assert [row["name"] for row in await db.fetchall("SELECT name FROM items")] == ["kept"]
    assert await db.fetchone("SELECT * FROM children") is None


async def test_cancelled_begin_while_another_connection_writes_leaves_no_lock(
    db: Database, tmp_path: Path
) -> None:
    """Cancelled while BEGIN IMMEDIATE waits for another writer: once that one ends,
    the BEGIN that still runs in aiosqlite's thread must be undone, not left holding the lock."""
    other = sqlite3.connect(tmp_path / "app.db", isolation_level=None, timeout=0.5)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO items (name) VALUES ('other')")
        task = asyncio.create_task(db.execute("INSERT INTO items (name) VALUES ('cancelled')"))
        async with asyncio.timeout(10):
            # The task holds our lock and aiosqlite's thread has taken its BEGIN off the queue
            # (it blocks there on the other connection's lock).
            while not (db._lock.locked() and db._writer._tx.empty()):  # noqa: ASYNC110 - state of another thread
                await asyncio.sleep(0)
            task.cancel()
            await asyncio.sleep(0)
            other.execute("COMMIT")
            with pytest.raises(asyncio.CancelledError):
                await task

            assert not db._writer.in_transaction
            assert await db.execute("INSERT INTO items (name) VALUES ('after')") == 1
        other.execute("INSERT INTO items (name) VALUES ('other again')")  # not locked out
    finally:
        other.close()
    rows = await db.fetchall("SELECT name FROM items ORDER BY id")
    assert [row["name"] for row in rows] == ["other", "after", "other again"]
