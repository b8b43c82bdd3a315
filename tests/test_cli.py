"""The console script: descriptor, tenants list, and how bad settings end it."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from glanceapp import cli
from glanceapp.connect.install import InstallPayload
from glanceapp.keyring import Keyring
from glanceapp.storage import db as storage_db
from glanceapp.storage.db import Database
from glanceapp.storage.migrations import apply_migrations
from glanceapp.storage.tenants import TenantStore

MASTER = "cli-test-master-secret-0123456789-abcdefgh"
SHARED_SECRET = "the-tenant-shared-secret-that-must-never-print-0123"
CLIENT_KEY = "jira:c11c11c1-0000-4000-8000-000000000001"


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A clean GLANCEAPP_ environment and an empty working directory."""
    for name in list(os.environ):
        if name.startswith("GLANCEAPP_"):
            monkeypatch.delenv(name)
    values = {
        "GLANCEAPP_SECRET_KEY": MASTER,
        "GLANCEAPP_DATABASE": str(tmp_path / "app.db"),
        "GLANCEAPP_BASE_URL": "https://glance.example.com",
        "GLANCEAPP_APP_KEY": "com.example.cli",
    }
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)
    return values


def test_descriptor_prints_the_served_descriptor(
    env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["descriptor"]) == 0
    out, err = capsys.readouterr()
    descriptor = json.loads(out)
    assert descriptor["baseUrl"] == "https://glance.example.com"
    assert descriptor["key"] == "com.example.cli"
    assert err == ""


def test_console_script_descriptor(env: dict[str, str], tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("glanceapp")
    result = subprocess.run(
        [str(script), "descriptor"],
        cwd=tmp_path,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["baseUrl"] == "https://glance.example.com"


async def install_tenant(database: Path) -> None:
    apply_migrations(database)
    db = await Database.open(database)
    try:
        store = TenantStore(db, Keyring(MASTER))
        await store.install(
            InstallPayload(
                client_key=CLIENT_KEY,
                base_url="https://acme.atlassian.net",
                shared_secret=SHARED_SECRET,
            ),
            kid="kid-1",
            account_id=None,
        )
        await store.set_enabled(CLIENT_KEY, False)
    finally:
        await db.close()


async def test_tenants_list_prints_no_secret(
    env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    await install_tenant(Path(env["GLANCEAPP_DATABASE"]))
    assert cli.main(["tenants", "list"]) == 0
    out, err = capsys.readouterr()
    assert CLIENT_KEY in out
    assert "https://acme.atlassian.net" in out
    assert "disabled" in out
    assert SHARED_SECRET not in out + err
    assert SHARED_SECRET[:16] not in out + err
    assert "v1." not in out  # nor its sealed form


def test_tenants_list_when_empty(env: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["tenants", "list"]) == 0
    assert "no tenants" in capsys.readouterr().out


def test_bad_setting_exits_2_with_one_line(
    env: dict[str, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("GLANCEAPP_JWT_LEEWAY", "lots")
    assert cli.main(["tenants", "list"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert "GLANCEAPP_JWT_LEEWAY" in err


def test_unknown_command_is_a_usage_error(env: dict[str, str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["no-such-command"])
    assert exited.value.code == 2


# `glanceapp backup`: the copy holds sealed secrets, so it is private from its first byte.


class BackupSource:
    """The source connection `backup` opens, with a hook that runs just before the copy."""

    def __init__(self, connection: sqlite3.Connection, before: Callable[[], None]) -> None:
        self._connection = connection
        self._before = before

    def backup(self, target: sqlite3.Connection) -> None:
        self._before()
        self._connection.backup(target)

    def close(self) -> None:
        self._connection.close()


def hook_backup(monkeypatch: pytest.MonkeyPatch, before: Callable[[], None]) -> None:
    real = storage_db.connect_sync
    monkeypatch.setattr(storage_db, "connect_sync", lambda path: BackupSource(real(path), before))


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """A umask that lets SQLite create files readable by others (0644), as is common."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.mark.usefixtures("usual_umask")
def test_backup_is_never_readable_by_others_even_while_being_written(
    env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "copy.db"
    partial = tmp_path / "copy.db.partial"
    modes: list[int] = []
    hook_backup(monkeypatch, lambda: modes.append(stat.S_IMODE(partial.stat().st_mode)))
    assert cli.main(["backup", str(target)]) == 0
    assert modes == [0o600]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not partial.exists()


def test_a_backup_that_fails_leaves_no_partial_file(
    env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full() -> None:
        raise sqlite3.OperationalError("database or disk is full")

    hook_backup(monkeypatch, disk_full)
    with pytest.raises(sqlite3.OperationalError, match="disk is full"):
        cli.main(["backup", str(tmp_path / "copy.db")])
    assert not (tmp_path / "copy.db.partial").exists()
    assert not (tmp_path / "copy.db").exists()


def test_backup_refuses_an_existing_partial_file_and_leaves_it_alone(
    env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Another backup may be writing it: neither overwrite it nor delete it."""
    partial = tmp_path / "copy.db.partial"
    partial.write_bytes(b"another backup is being written here")
    assert cli.main(["backup", str(tmp_path / "copy.db")]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1, err
    assert err.startswith("glanceapp: ")
    assert str(partial) in err
    assert partial.read_bytes() == b"another backup is being written here"
    assert not (tmp_path / "copy.db").exists()


async def test_tenants_list_never_writes_a_stored_terminal_escape_raw(
    env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """A clientKey stored before installs refused control characters cannot drive the terminal."""
    database = Path(env["GLANCEAPP_DATABASE"])
    await install_tenant(database)
    forged = "evil\x1b]0;owned\x07\nfake-tenant  installed"
    connection = sqlite3.connect(database)
    try:
        with connection:
            connection.execute(
                "UPDATE tenants SET client_key = ?, base_url = ? WHERE client_key = ?",
                (forged, "https://acme.atlassian.net/\x1b[2J", CLIENT_KEY),
            )
    finally:
        connection.close()
    assert cli.main(["tenants", "list"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "\x07" not in out
    assert "evil\\x1b]0;owned\\x07\\x0afake-tenant" in out
    assert len(out.strip().splitlines()) == 2  # the heading and one tenant, no forged line
