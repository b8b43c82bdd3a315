"""The database: one write connection behind an asyncio lock, one read connection.

aiosqlite serializes single calls, not transactions, so a transaction holds the
lock from `BEGIN IMMEDIATE` to `COMMIT`; outside transactions the write
connection is in autocommit mode. Nothing that waits on the network may run
while the write lock is held.

Reads go through their own connection and, thanks to WAL, are never blocked by
a writer. That connection is a plain sqlite3 connection used on the event
loop's thread: the hot-path reads are single-row lookups by primary or unique
key that take microseconds, while a hop to aiosqlite's thread and back costs
far more (measured: the status route ran at about a third of its current rate
with thread-hopped reads; see docs/benchmarks.md). Its busy timeout is short,
so a read can never stall the loop for long.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sqlite3
import stat
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiosqlite

BUSY_TIMEOUT_MS = 10_000
READ_BUSY_TIMEOUT_MS = 200
Row = sqlite3.Row


# Switching a fresh file to WAL needs an exclusive lock, and SQLite answers "database
# is locked" at once instead of waiting in the busy handler; processes opening a new
# database together (workers, migrations) retry until one of them has switched it.
WAL_ATTEMPTS = 200
WAL_RETRY_SECONDS = 0.01


PRIVATE_MODE = 0o600
SIDE_FILES = ("-wal", "-shm", "-journal")


class DatabaseUnavailable(Exception):
    """Raised when the database file cannot be created or opened (missing folder, no access)."""

    def __init__(self, path: Path, cause: str) -> None:
        super().__init__(f"cannot open the database {path}: {cause}")
        self.path = path
        self.cause = cause


def make_private(path: Path) -> None:
    """Create the database file owner-only (0600) whatever the umask; tighten one that is looser.

    The file holds password hashes and sealed tenant secrets. SQLite gives the
    `-wal` and `-shm` files it creates the database file's mode, and any left by
    an older release are tightened here as well.
    """
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), PRIVATE_MODE)
    except OSError as exc:
        raise DatabaseUnavailable(path, exc.strerror or type(exc).__name__) from None
    try:
        if stat.S_IMODE(os.fstat(fd).st_mode) != PRIVATE_MODE:
            os.fchmod(fd, PRIVATE_MODE)
        for suffix in SIDE_FILES:
            side = Path(f"{path}{suffix}")
            with contextlib.suppress(FileNotFoundError):
                if stat.S_IMODE(side.stat().st_mode) != PRIVATE_MODE:
                    side.chmod(PRIVATE_MODE)
    except OSError as exc:
        raise DatabaseUnavailable(path, exc.strerror or type(exc).__name__) from None
    finally:
        os.close(fd)


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def _pragmas(readonly: bool) -> list[str]:
    pragmas = [
        f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
        "PRAGMA foreign_keys = ON",
        "PRAGMA synchronous = FULL",
    ]
    if readonly:
        pragmas.append("PRAGMA query_only = ON")
    return pragmas


async def _connect_writer(path: Path) -> aiosqlite.Connection:
    make_private(path)
    try:
        connection = await aiosqlite.connect(path, isolation_level=None)
    except sqlite3.Error as exc:
        raise DatabaseUnavailable(path, str(exc)) from None
    try:
        connection.row_factory = sqlite3.Row
        for attempt in range(WAL_ATTEMPTS):
            try:
                await connection.execute("PRAGMA journal_mode = WAL")
                break
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc):  # unreadable, read-only, a folder that vanished
                    raise DatabaseUnavailable(path, str(exc)) from None
                if attempt == WAL_ATTEMPTS - 1:
                    raise
                await asyncio.sleep(WAL_RETRY_SECONDS)
            except sqlite3.DatabaseError as exc:  # e.g. a file that is not a database
                raise DatabaseUnavailable(path, str(exc)) from None
        for pragma in _pragmas(readonly=False):
            await connection.execute(pragma)
    except BaseException:
        await connection.close()
        raise
    return connection


def _connect_reader(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        connection.row_factory = sqlite3.Row
        for pragma in _pragmas(readonly=True):
            connection.execute(pragma)
        connection.execute(f"PRAGMA busy_timeout = {READ_BUSY_TIMEOUT_MS}")
    except BaseException:
        connection.close()
        raise
    return connection


class Database:
    """An open SQLite database; create with `await Database.open(path)`, end with `close()`."""

    def __init__(self, path: Path, writer: aiosqlite.Connection, reader: sqlite3.Connection):
        self.path = path
        self._writer = writer
        self._reader = reader
        self._lock = asyncio.Lock()
        self._closed = False

    @classmethod
    async def open(cls, path: Path) -> Database:
        writer = await _connect_writer(path)
        try:
            reader = _connect_reader(path)
        except BaseException:
            await writer.close()
            raise
        return cls(path, writer, reader)

    async def close(self) -> None:
        """Close both connections; calling it again does nothing."""
        if self._closed:
            return
        self._closed = True
        async with self._lock:
            try:
                self._reader.close()
            finally:
                await self._writer.close()

    @property
    def closed(self) -> bool:
        return self._closed

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """A write transaction: `BEGIN IMMEDIATE` under the lock, committed on success."""
        async with self._lock:
            try:
                await self._writer.execute("BEGIN IMMEDIATE")
                yield self._writer
                await self._writer.execute("COMMIT")
            except BaseException:
                await asyncio.shield(self._rollback())
                raise

    async def _rollback(self) -> None:
        """Undo whatever is open, even after a failed COMMIT or a cancelled BEGIN.

        aiosqlite runs calls in order, so this follows a BEGIN still queued when
        its caller was cancelled; with nothing open, SQLite's complaint is ignored.
        """
        try:
            await self._writer.execute("ROLLBACK")
        except sqlite3.OperationalError as exc:
            if "no transaction is active" not in str(exc):
                raise

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """One write statement in its own transaction; returns the number of rows changed."""
        async with self.transaction() as connection:
            cursor = await connection.execute(sql, params)
            return cursor.rowcount

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        if self._closed:
            raise ValueError("the database is closed")
        row: Row | None = self._reader.execute(sql, params).fetchone()
        return row

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        if self._closed:
            raise ValueError("the database is closed")
        return list(self._reader.execute(sql, params).fetchall())

    async def data_version(self) -> int:
        """Changes whenever another connection (any process, or our writer) commits."""
        row = await self.fetchone("PRAGMA data_version")
        assert row is not None
        return int(row[0])

    async def ping(self) -> bool:
        try:
            await self.fetchone("SELECT 1")
        except (sqlite3.Error, ValueError):
            return False
        return True


def connect_sync(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection for CLI commands and migrations (autocommit mode)."""
    make_private(path)
    try:
        connection = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise DatabaseUnavailable(path, str(exc)) from None
    connection.row_factory = sqlite3.Row
    try:
        for attempt in range(WAL_ATTEMPTS):
            try:
                connection.execute("PRAGMA journal_mode = WAL")
                break
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc):  # unreadable, read-only, a folder that vanished
                    raise DatabaseUnavailable(path, str(exc)) from None
                if attempt == WAL_ATTEMPTS - 1:
                    raise
                time.sleep(WAL_RETRY_SECONDS)
            except sqlite3.DatabaseError as exc:  # e.g. a file that is not a database
                raise DatabaseUnavailable(path, str(exc)) from None
    except BaseException:
        connection.close()
        raise
    for pragma in _pragmas(readonly=False):
        connection.execute(pragma)
    return connection


def backup_into(path: Path, target: Path) -> str:
    """Copy the database at `path` into the new file `target` through SQLite's backup API,
    consistent while the server writes; returns the copy's integrity check ("ok" when sound)."""
    source = connect_sync(path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
            check: str = destination.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            destination.close()
    finally:
        source.close()
    return check
