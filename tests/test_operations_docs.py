"""docs/operations.md works as written: its files are real, its units verify, its restore restores.

The unit files, the admin wrapper and the proxy configurations live in
docs/examples/ and appear verbatim on the page, so what a reader copies is what
these tests check.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
EXAMPLES = DOCS / "examples"
OPERATIONS = DOCS / "operations.md"
UNITS = ["glanceapp.service", "glanceapp-backup.service", "glanceapp-backup.timer"]
INSTALLED_COMMAND = "/opt/glanceapp/bin/glanceapp"
MASTER = "operations-docs-test-master-secret-0123456789"
PASSWORD = "a long enough password, 1"


def example(name: str) -> str:
    return (EXAMPLES / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.iterdir()))
def test_every_example_file_appears_verbatim_on_the_page(name: str) -> None:
    page = OPERATIONS.read_text(encoding="utf-8")
    assert re.search(r"```[a-z]*\n" + re.escape(example(name)) + "```", page), name


def test_the_page_ends_with_the_security_model() -> None:
    sections = OPERATIONS.read_text(encoding="utf-8").split("\n## ")
    assert sections[-1].startswith("Security model\n")
    assert "What the reverse proxy must add" in sections[-1]


def test_the_service_unit_has_what_a_first_install_needs() -> None:
    unit = example("glanceapp.service")
    for line in (
        "Wants=network-online.target",
        "After=network-online.target",
        "User=glanceapp",
        "StateDirectory=glanceapp",
        "WorkingDirectory=/var/lib/glanceapp",
        "EnvironmentFile=/etc/glanceapp/env",
        "RestartPreventExitStatus=2",
    ):
        assert line in unit.splitlines(), line


def test_the_admin_wrapper_runs_commands_as_the_service() -> None:
    wrapper = example("glanceapp-admin")
    assert os.stat(EXAMPLES / "glanceapp-admin").st_mode & stat.S_IXUSR
    for text in (
        "--property=User=glanceapp",
        "--property=EnvironmentFile=/etc/glanceapp/env",
        "--property=WorkingDirectory=/var/lib/glanceapp",
        INSTALLED_COMMAND,
    ):
        assert text in wrapper, text
    result = subprocess.run(["sh", "-n", str(EXAMPLES / "glanceapp-admin")], check=False)
    assert result.returncode == 0


def test_the_nginx_example_redirects_forwards_and_uses_current_http2_syntax() -> None:
    conf = example("nginx.conf")
    assert "return 301 https://$host$request_uri;" in conf
    assert "http2 on;" in conf
    assert not re.search(r"listen[^;]*\bhttp2\b", conf), "the deprecated `listen … http2` form"
    assert "proxy_set_header X-Forwarded-For $remote_addr;" in conf
    assert "proxy_set_header X-Forwarded-Proto $scheme;" in conf
    assert "proxy_pass http://127.0.0.1:8000;" in conf


def test_systemd_units_pass_systemd_analyze_verify(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed on this machine")
    command = Path(sys.executable).with_name("glanceapp")
    if not command.is_file():
        pytest.skip(f"no glanceapp console script beside {sys.executable}")
    # The units name the documented install path; point it at this machine's install.
    for name in UNITS:
        text = example(name)
        assert INSTALLED_COMMAND in text or name.endswith(".timer"), name
        (tmp_path / name).write_text(text.replace(INSTALLED_COMMAND, str(command)))
    result = subprocess.run(
        [analyze, "verify", *(f"./{name}" for name in UNITS)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "", result.stderr


def test_a_broken_unit_fails_systemd_analyze_verify(tmp_path: Path) -> None:
    """The check above can fail: an unknown key and a missing command are reported."""
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed on this machine")
    broken = example("glanceapp.service").replace("Restart=on-failure", "Restrat=on-failure")
    (tmp_path / "glanceapp.service").write_text(broken)
    result = subprocess.run(
        [analyze, "verify", "./glanceapp.service"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "Restrat" in result.stderr


# --------------------------------------------------------------------------- restore


def glanceapp(
    state: Path, *args: str, stdin: str = "", database: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """An operator command the way the wrapper runs it: the service's settings, its directory."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GLANCEAPP_")}
    env.update(
        GLANCEAPP_DATABASE=str(database or state / "glanceapp.db"),
        GLANCEAPP_SECRET_KEY=MASTER,
    )
    return subprocess.run(
        [sys.executable, "-m", "glanceapp", *args],
        input=stdin,
        cwd=state,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def users(state: Path) -> list[str]:
    result = glanceapp(state, "users", "list")
    assert result.returncode == 0, result.stderr
    return [line.split("\t")[0] for line in result.stdout.splitlines()]


def test_the_documented_restore_brings_back_the_backup(tmp_path: Path) -> None:
    state = tmp_path / "var-lib-glanceapp"
    backups = tmp_path / "var-lib-glanceapp-backups"
    state.mkdir(mode=0o700)
    backups.mkdir(mode=0o700)
    assert glanceapp(state, "users", "add", "ada", stdin=f"{PASSWORD}\n").returncode == 0
    copy = backups / "glanceapp-20261129T030000Z.db"
    backup = glanceapp(state, "backup", str(copy))
    assert backup.returncode == 0, backup.stderr
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert glanceapp(state, "users", "add", "bob", stdin=f"{PASSWORD}\n").returncode == 0
    assert users(state) == ["ada", "bob"]

    # Step 2: the current database aside, with its -wal and -shm files.
    aside = state / "before-restore"
    aside.mkdir(mode=0o700)
    for suffix in ("", "-wal", "-shm"):
        current = state / f"glanceapp.db{suffix}"
        if current.exists():
            current.rename(aside / current.name)
    assert not list(state.glob("glanceapp.db*"))
    # Step 3: the backup in place, mode 0600.
    shutil.copyfile(copy, state / "glanceapp.db")
    os.chmod(state / "glanceapp.db", 0o600)

    assert users(state) == ["ada"]
    assert glanceapp(state, "tenants", "list").stdout == "no tenants installed\n"
    # The set-aside database is intact, should the restore need undoing.
    assert users_of(aside / "glanceapp.db", state) == ["ada", "bob"]


def users_of(database: Path, cwd: Path) -> list[str]:
    result = glanceapp(cwd, "users", "list", database=database)
    assert result.returncode == 0, result.stderr
    return [line.split("\t")[0] for line in result.stdout.splitlines()]


# --------------------------------------------------------------------------- the README


def test_the_readme_opens_with_the_commands_then_the_platform_notice_then_installing() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    headings = [line for line in readme.splitlines() if line.startswith("## ")]
    assert headings[:3] == [
        "## Read this first: Atlassian is retiring Connect",
        "## Installing on Jira Cloud (Forge)",
        "## Installing on Jira Cloud (Connect)",
    ]
    assert readme.index("make run") < readme.index(headings[0])
    assert "docs/settings.md" in readme
    assert "docs/service-integration.md" in readme


def test_settings_reference_names_every_setting() -> None:
    from glanceapp.settings import known_variables

    reference = (DOCS / "settings.md").read_text(encoding="utf-8")
    for name in sorted(known_variables()):
        assert f"`{name}`" in reference, name
