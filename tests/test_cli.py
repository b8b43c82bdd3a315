"""The console script: descriptor, tenants list, and how bad settings end it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from glanceapp import cli
from glanceapp.connect.install import InstallPayload
from glanceapp.keyring import Keyring
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
