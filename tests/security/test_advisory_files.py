"""Advisories on files: the database is private to its owner, and an unopenable one is one line.

The database holds argon2 hashes and sealed tenant secrets; it and its `-wal`
and `-shm` files were created 0644. They are now 0600 whatever the umask.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from glanceapp.storage.db import Database, DatabaseUnavailable, connect_sync
from glanceapp.storage.migrations import apply_migrations

MASTER_SECRET = "test-master-secret-0123456789-abcdefghij"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o022, 0o000, 0o002])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    previous = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(previous)


def test_migrations_create_the_database_and_its_wal_files_owner_only(
    tmp_path: Path, umask: int
) -> None:
    database = tmp_path / "glanceapp.db"
    apply_migrations(database)
    connection = connect_sync(database)  # holds the -wal and -shm files open
    try:
        connection.execute(
            "INSERT INTO accounts (name, password_hash, created_at, password_changed_at)"
            " VALUES ('a', 'h', 0, 0)"
        )
        for name in ("glanceapp.db", "glanceapp.db-wal", "glanceapp.db-shm"):
            assert mode(tmp_path / name) == 0o600, name
    finally:
        connection.close()


async def test_the_servers_connections_create_owner_only_files(tmp_path: Path, umask: int) -> None:
    database = tmp_path / "served.db"
    db = await Database.open(database)
    try:
        await db.execute("CREATE TABLE t (x)")
        for name in ("served.db", "served.db-wal", "served.db-shm"):
            assert mode(tmp_path / name) == 0o600, name
    finally:
        await db.close()


def test_a_database_left_world_readable_is_made_owner_only_on_open(tmp_path: Path) -> None:
    database = tmp_path / "old.db"
    apply_migrations(database)
    for name in ("old.db", "old.db-wal", "old.db-shm"):
        if (tmp_path / name).exists():
            (tmp_path / name).chmod(0o644)
    connect_sync(database).close()
    assert mode(database) == 0o600
    for name in ("old.db-wal", "old.db-shm"):
        if (tmp_path / name).exists():
            assert mode(tmp_path / name) == 0o600


def test_a_database_in_a_missing_folder_is_database_unavailable(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailable, match="No such file or directory"):
        connect_sync(tmp_path / "nowhere" / "x.db")
    assert not (tmp_path / "nowhere").exists()


def test_a_file_that_is_not_a_database_is_database_unavailable(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not an SQLite database at all" * 100)
    with pytest.raises(DatabaseUnavailable, match="not a database"):
        connect_sync(junk)


def glanceapp(env_extra: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GLANCEAPP_")}
    env.update(env_extra)
    return subprocess.run(
        [sys.executable, "-m", "glanceapp", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        check=False,
    )


@pytest.mark.parametrize("secret", [MASTER_SECRET, None])
@pytest.mark.parametrize("command", [("serve",), ("users", "list"), ("tenants", "list")])
def test_an_unopenable_database_is_one_line_naming_glanceapp_database_exit_2(
    tmp_path: Path, command: tuple[str, ...], secret: str | None
) -> None:
    database = tmp_path / "nonexistent" / "dir" / "x.db"
    env = {"GLANCEAPP_DATABASE": str(database)}
    if secret is not None:
        env["GLANCEAPP_SECRET_KEY"] = secret
    result = glanceapp(env, *command)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("glanceapp: GLANCEAPP_DATABASE: ")
    assert "Traceback" not in result.stderr
    assert not database.parent.exists()


def test_a_folder_given_as_the_database_is_one_line_exit_2(tmp_path: Path) -> None:
    result = glanceapp(
        {"GLANCEAPP_DATABASE": str(tmp_path), "GLANCEAPP_SECRET_KEY": MASTER_SECRET},
        "users",
        "list",
    )
    assert result.returncode == 2
    assert result.stderr.startswith("glanceapp: GLANCEAPP_DATABASE: ")


def test_users_add_creates_an_owner_only_database(tmp_path: Path) -> None:
    database = tmp_path / "accounts.db"
    env = {k: v for k, v in os.environ.items() if not k.startswith("GLANCEAPP_")}
    env.update({"GLANCEAPP_DATABASE": str(database), "GLANCEAPP_SECRET_KEY": MASTER_SECRET})
    result = subprocess.run(
        ["/bin/sh", "-c", f"umask 022; exec {sys.executable} -m glanceapp users add alice"],
        env=env,
        input="a long enough password\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert mode(database) == 0o600
    for suffix in ("-wal", "-shm"):
        side = Path(f"{database}{suffix}")
        if side.exists():
            assert mode(side) == 0o600
