"""The operator commands for accounts, apiKeys and tenants, run as `python -m glanceapp`.

Each command runs in a child process on a database in tmp_path, as an operator
would run it. Keys are seeded through the real link service against a fake
Jira, so `keys list` is checked against a key that really exists.
"""

from __future__ import annotations

import asyncio
import base64
import os
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import argon2
import httpx
import pytest

from glanceapp.connect.install import InstallPayload
from glanceapp.jira.client import JiraClient
from glanceapp.keyring import Keyring
from glanceapp.logs import iso_utc
from glanceapp.sandbox.fakejira import FakeJira
from glanceapp.service.accounts import LocalAccounts
from glanceapp.service.apikeys import api_key_from_property, key_mac, new_api_key
from glanceapp.service.links import LinkService
from glanceapp.service.passwords import PasswordHasher
from glanceapp.service.throttle import LoginThrottle
from glanceapp.storage.accounts import AccountTable
from glanceapp.storage.api_keys import ApiKeyRecord, ApiKeyTable
from glanceapp.storage.db import Database
from glanceapp.storage.migrations import apply_migrations
from glanceapp.storage.tenants import TenantStore

MASTER = "cli-accounts-test-master-secret-0123456789-abc"
PASSWORD = "a long enough password, 1"
NEW_PASSWORD = "a different long password, 2"
PROPERTY_KEY = "glanceapp.link"
ALICE = "557058:aaaaaaaa-0000-4000-8000-000000000001"
BOB = "557058:bbbbbbbb-0000-4000-8000-000000000002"
OTHER_CLIENT_KEY = "jira:22222222-0000-4000-8000-000000000002"
OTHER_SECRET = "the-other-sites-shared-secret-0123456789-abcdef"

T = TypeVar("T")


@pytest.fixture
def database(tmp_path: Path) -> Path:
    return tmp_path / "app.db"


@pytest.fixture
def run(tmp_path: Path, database: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """`glanceapp ARGS` in a child process; stdin is always a pipe (never the terminal)."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("GLANCEAPP_")}
    env.update(GLANCEAPP_DATABASE=str(database), GLANCEAPP_SECRET_KEY=MASTER)

    def run_(*args: str, stdin: str | bytes = "") -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [sys.executable, "-m", "glanceapp", *args],
            input=stdin.encode() if isinstance(stdin, str) else stdin,
            env=env,
            cwd=tmp_path,
            capture_output=True,
            timeout=60,
            check=False,
        )
        return subprocess.CompletedProcess(
            result.args,
            result.returncode,
            result.stdout.decode("utf-8", "replace"),
            result.stderr.decode("utf-8", "replace"),
        )

    return run_


Run = Callable[..., subprocess.CompletedProcess[str]]


def with_db(path: Path, action: Callable[[Database], Awaitable[T]]) -> T:
    """Run `action` on the database file in this process, then close it."""

    async def main() -> T:
        db = await Database.open(path)
        try:
            return await action(db)
        finally:
            await db.close()

    apply_migrations(path)
    return asyncio.run(main())


def check_password(path: Path, name: str, password: str) -> str | None:
    return with_db(path, lambda db: LocalAccounts(db, PasswordHasher()).check(name, password))


def cheap_hasher() -> PasswordHasher:
    """argon2id with tiny costs, for accounts a test needs but does not test."""
    return PasswordHasher(argon2.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


def add_account(path: Path, name: str = "ada", password: str = PASSWORD) -> None:
    """Create an account in this process, cheaply (the CLI's own `add` is tested on its own)."""
    with_db(path, lambda db: LocalAccounts(db, cheap_hasher()).add(name, password))


def stored_hash(path: Path, name: str) -> str:
    row = with_db(path, lambda db: AccountTable(db).get(name))
    assert row is not None
    return row.password_hash


def account_names(path: Path) -> list[str]:
    rows = with_db(path, lambda db: LocalAccounts(db, cheap_hasher()).all())
    return [row.name for row in rows]


def keys_of(path: Path) -> list[ApiKeyRecord]:
    return with_db(path, lambda db: ApiKeyTable(db).listing())


def assert_usage_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    """Exit code 2, nothing on stdout, one line on stderr, no traceback."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("glanceapp: ")
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in result.stderr


@pytest.fixture
def fake(install_key: Any) -> Iterator[FakeJira]:
    with FakeJira(app_base_url="https://app.example.com", install_key=install_key.private) as site:
        yield site
        assert site.server_errors == []


def seed_link(path: Path, fake: FakeJira, account_id: str = ALICE) -> str:
    """Install the fake's site and link `account_id` as ada; returns the apiKey Jira now holds."""

    async def action(db: Database) -> str:
        keyring = Keyring(MASTER)
        tenants = TenantStore(db, keyring)
        tenant = await tenants.install(
            InstallPayload(
                client_key=fake.client_key,
                base_url=fake.base_url,
                shared_secret=fake.shared_secret,
                oauth_client_id=fake.oauth_client_id,
            ),
            kid="k",
            account_id=None,
        )
        async with httpx.AsyncClient(trust_env=False) as http:
            jira = JiraClient(
                http,
                app_key=fake.app_key,
                jira_auth="app",
                oauth_url=fake.oauth_url,
                deadline=2.0,
                request_timeout=0.5,
            )
            service = LinkService(
                db=db,
                keyring=keyring,
                tenants=tenants,
                credentials=LocalAccounts(db, PasswordHasher(argon2.PasswordHasher())),
                jira=jira,
                property_key=PROPERTY_KEY,
                api_key_ttl=30 * 86_400,
                expiry_warning=3 * 86_400,
                clock=time.time,
            )
            outcome = await service.link(tenant, account_id, "ada", PASSWORD)
            await jira.aclose()
        assert outcome.ok, outcome.error
        key = api_key_from_property(
            keyring,
            fake.property(account_id, PROPERTY_KEY),
            client_key=tenant.client_key,
            account_id=account_id,
            property_key=PROPERTY_KEY,
        )
        assert key is not None
        return key

    return with_db(path, action)


def seed_other_tenant_key(path: Path) -> str:
    """A second site with an active key for BOB, written straight to the tables."""

    async def action(db: Database) -> str:
        keyring = Keyring(MASTER)
        await TenantStore(db, keyring).install(
            InstallPayload(
                client_key=OTHER_CLIENT_KEY,
                base_url="https://other.atlassian.net",
                shared_secret=OTHER_SECRET,
            ),
            kid="k",
            account_id=None,
        )
        key = new_api_key()
        table = ApiKeyTable(db)
        now = time.time()
        key_id = await table.create_pending(
            key_mac=key_mac(keyring, key),
            client_key=OTHER_CLIENT_KEY,
            account_id=BOB,
            service_account="ada",
            now=now,
            expires_at=now + 86_400,
            linked_at=now,
            credential_generation=await generation_of(db, "ada"),
        )
        assert key_id is not None
        assert await table.activate(key_id, now)
        return key

    return with_db(path, action)


async def generation_of(db: Database, name: str) -> int:
    """The credential generation a key for this local account is issued under."""
    row = await AccountTable(db).get(name)
    assert row is not None
    return row.generation


# --------------------------------------------------------------------------- users


def test_users_add_takes_the_one_line_of_stdin_as_the_password(run: Run, database: Path) -> None:
    result = run("users", "add", "ada", stdin=f"{PASSWORD}\n")
    assert (result.returncode, result.stdout, result.stderr) == (0, "added account ada\n", "")
    assert PASSWORD not in result.stdout + result.stderr

    assert check_password(database, "ada", PASSWORD) == "ada"


@pytest.mark.parametrize(
    "stdin",
    [
        f"{PASSWORD}\nnot part of it\n",
        f"{PASSWORD}\nnot part of it",
        f"{PASSWORD}\n\n",
        f"{PASSWORD}\r\nsecond\r\n",
        f"{PASSWORD}\rsecond",
        "\n" + PASSWORD,
    ],
    ids=[
        "two-lines",
        "second-unterminated",
        "blank-second",
        "crlf-two-lines",
        "bare-cr",
        "first-blank",
    ],
)
def test_users_add_refuses_stdin_with_more_than_one_line(
    run: Run, database: Path, stdin: str
) -> None:
    result = run("users", "add", "ada", stdin=stdin)
    assert_usage_error(result, "more than one line")
    assert PASSWORD not in result.stderr
    assert account_names(database) == []


def test_users_passwd_refuses_stdin_with_more_than_one_line(run: Run, database: Path) -> None:
    add_account(database)
    before = stored_hash(database, "ada")
    assert_usage_error(
        run("users", "passwd", "ada", stdin=f"{NEW_PASSWORD}\n{NEW_PASSWORD}\n"),
        "more than one line",
    )
    assert stored_hash(database, "ada") == before


def test_users_add_refuses_a_huge_stdin(run: Run, database: Path) -> None:
    assert_usage_error(run("users", "add", "ada", stdin="x" * 10_000), "more than 8192 bytes")
    assert account_names(database) == []


def test_users_add_without_a_final_newline(run: Run, database: Path) -> None:
    assert run("users", "add", "ada", stdin=PASSWORD).returncode == 0
    assert check_password(database, "ada", PASSWORD) == "ada"


@pytest.mark.parametrize(
    ("stdin", "words"),
    [
        ("short pass\n", ["at least 12"]),
        ("x" * 11 + "\n", ["at least 12"]),
        ("x" * 1025 + "\n", ["at most 1024"]),
        ("\n", ["at least 12"]),
        ("", ["no password"]),
    ],
    ids=["short", "eleven", "too-long", "empty-line", "no-stdin"],
)
def test_users_add_refuses_a_bad_password_and_creates_nothing(
    run: Run, database: Path, stdin: str, words: list[str]
) -> None:
    assert_usage_error(run("users", "add", "ada", stdin=stdin), *words)
    assert account_names(database) == []


def test_users_add_refuses_a_password_that_is_not_utf8(run: Run, database: Path) -> None:
    result = run("users", "add", "ada", stdin=b"\xff\xfe a long enough password\n")
    assert_usage_error(result, "UTF-8")
    assert account_names(database) == []


def test_users_add_takes_a_crlf_line_end_as_the_end_of_the_line(run: Run, database: Path) -> None:
    assert run("users", "add", "ada", stdin=f"{PASSWORD}\r\n").returncode == 0
    assert stored_hash(database, "ada")
    assert check_password(database, "ada", PASSWORD) == "ada"


@pytest.mark.parametrize(
    "name",
    [
        "a\tb",
        "bell\x07",
        "",
        "x" * 129,
        "x" * 65,
        "Bad Name!",
        "_leading-underscore",
        "@example.com",
        ".hidden",
        "quote'd",
        "semi;colon",
        "slash/name",
        "ünïcode",
        "name\u200b",
    ],
)
def test_users_add_refuses_a_bad_name(run: Run, database: Path, name: str) -> None:
    result = run("users", "add", name, stdin=f"{PASSWORD}\n")
    assert_usage_error(result, "not a valid account name", "letters, digits")
    assert account_names(database) == []


@pytest.mark.parametrize(
    "name", ["ada", "Ada.Lovelace", "svc_build-01", "ada@example.com", "7", "x" * 64]
)
def test_users_add_accepts_the_documented_name_form(run: Run, database: Path, name: str) -> None:
    assert run("users", "add", name, stdin=f"{PASSWORD}\n").returncode == 0
    assert account_names(database) == [name]


def test_accounts_named_before_the_name_form_keep_working(run: Run, database: Path) -> None:
    """A name the form now refuses, created earlier, still logs in and is managed by the CLI."""
    old = "Old Name!"
    add_account(database, old)
    assert check_password(database, old, PASSWORD) == old
    assert run("users", "unlock", old).returncode == 0
    assert run("users", "passwd", old, stdin=f"{NEW_PASSWORD}\n").returncode == 0
    assert check_password(database, old, NEW_PASSWORD) == old
    assert old in run("users", "list").stdout
    assert run("users", "remove", old).returncode == 0
    assert account_names(database) == []


def test_users_add_refuses_a_duplicate(run: Run, database: Path) -> None:
    add_account(database)
    assert_usage_error(run("users", "add", "ada", stdin=f"{NEW_PASSWORD}\n"), "already exists")
    assert check_password(database, "ada", PASSWORD) == "ada"


def test_users_list(run: Run, database: Path) -> None:
    assert run("users", "list").stdout == "no accounts\n"
    for name in ("bob", "ada"):
        add_account(database, name)
    result = run("users", "list")
    assert result.returncode == 0
    rows = with_db(database, lambda db: LocalAccounts(db, PasswordHasher()).all())
    assert result.stdout == "".join(f"{r.name}\tcreated {iso_utc(r.created_at)}\n" for r in rows)
    assert [line.split("\t")[0] for line in result.stdout.splitlines()] == ["ada", "bob"]
    assert "$argon2" not in result.stdout


def test_users_passwd(run: Run, database: Path) -> None:
    add_account(database)
    result = run("users", "passwd", "ada", stdin=f"{NEW_PASSWORD}\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "changed the password of ada; revoked 0 apiKey(s)\n"
    assert check_password(database, "ada", PASSWORD) is None
    assert check_password(database, "ada", NEW_PASSWORD) == "ada"

    stored = stored_hash(database, "ada")
    assert_usage_error(run("users", "passwd", "ada", stdin="too short\n"), "at least 12")
    assert stored_hash(database, "ada") == stored
    assert_usage_error(run("users", "passwd", "nobody", stdin=f"{PASSWORD}\n"), "no account")


def test_users_passwd_revokes_the_accounts_keys(run: Run, database: Path, fake: FakeJira) -> None:
    add_account(database)
    seed_link(database, fake)
    result = run("users", "passwd", "ada", stdin=f"{NEW_PASSWORD}\n")
    assert result.stdout == "changed the password of ada; revoked 1 apiKey(s)\n"
    [record] = keys_of(database)
    assert (record.state, record.revoked_reason) == ("revoked", "password changed")


def test_users_remove_revokes_the_accounts_keys(run: Run, database: Path, fake: FakeJira) -> None:
    add_account(database)
    add_account(database, "bob")
    seed_link(database, fake)
    assert [r.state for r in keys_of(database)] == ["active"]

    result = run("users", "remove", "ada")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == "removed account ada; revoked 1 apiKey(s)\n"
    [record] = keys_of(database)
    assert (record.state, record.revoked_reason) == ("revoked", "account removed")
    assert [line.split("\t")[0] for line in run("users", "list").stdout.splitlines()] == ["bob"]
    assert_usage_error(run("users", "remove", "ada"), "no account")


def test_users_unlock(run: Run, database: Path, fake: FakeJira) -> None:
    add_account(database)
    now = time.time()

    async def fail_five_times(db: Database) -> float:
        throttle = LoginThrottle(db)
        for i in range(5):
            await throttle.record_failure("ada", "jira:site", ALICE, now=now + i)
        return await throttle.wait_seconds("ada", "jira:site", ALICE, now=now + 5)

    assert with_db(database, fail_five_times) > 0
    result = run("users", "unlock", "ada")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == "unlocked ada (5 failed attempt(s) cleared)\n"

    async def wait(db: Database) -> float:
        return await LoginThrottle(db).wait_seconds("ada", "jira:site", ALICE, now=now + 5)

    assert with_db(database, wait) == 0


# --------------------------------------------------------------------------- keys


def test_keys_list_shows_ids_accounts_tenants_states_and_expiry_never_a_key(
    run: Run, database: Path, fake: FakeJira
) -> None:
    assert run("keys", "list").stdout == "no apiKeys\n"
    add_account(database)
    key = seed_link(database, fake)
    other_key = seed_other_tenant_key(database)

    result = run("keys", "list")

    assert (result.returncode, result.stderr) == (0, "")
    lines = result.stdout.splitlines()
    assert lines[0].split("\t") == ["ID", "ACCOUNT", "TENANT", "JIRA ACCOUNT", "STATE", "EXPIRES"]
    records = keys_of(database)
    assert lines[1:] == [
        f"{r.id}\tada\t{r.client_key}\t{r.account_id}\tactive\t{iso_utc(r.expires_at)}"
        for r in records
    ]
    assert {r.client_key for r in records} == {fake.client_key, OTHER_CLIENT_KEY}
    keyring = Keyring(MASTER)
    for secret in (key, other_key):
        mac = key_mac(keyring, secret)
        for form in (
            secret,
            secret[4:],
            secret[4:20],
            mac.hex(),
            mac.hex()[:16],
            base64.b64encode(mac).decode(),
            base64.urlsafe_b64encode(mac).decode().rstrip("="),
        ):
            assert form not in result.stdout
    stored = fake.property(ALICE, PROPERTY_KEY)
    assert isinstance(stored, dict)
    assert stored["apiKey"] not in result.stdout
    assert "v1." not in result.stdout


def test_keys_list_for_one_tenant(run: Run, database: Path, fake: FakeJira) -> None:
    add_account(database)
    seed_link(database, fake)
    seed_other_tenant_key(database)

    only_other = run("keys", "list", "--tenant", OTHER_CLIENT_KEY).stdout.splitlines()[1:]
    only_fake = run("keys", "list", "--tenant", fake.client_key).stdout.splitlines()[1:]

    assert [line.split("\t")[2:4] for line in only_other] == [[OTHER_CLIENT_KEY, BOB]]
    assert [line.split("\t")[2:4] for line in only_fake] == [[fake.client_key, ALICE]]
    assert run("keys", "list", "--tenant", "jira:nobody").stdout == "no apiKeys\n"


def test_keys_revoke(run: Run, database: Path, fake: FakeJira) -> None:
    add_account(database)
    seed_link(database, fake)
    seed_other_tenant_key(database)
    first, second = keys_of(database)

    result = run("keys", "revoke", str(first.id))
    assert (result.returncode, result.stdout, result.stderr) == (
        0,
        f"revoked apiKey {first.id}\n",
        "",
    )
    states = {r.id: (r.state, r.revoked_reason) for r in keys_of(database)}
    assert states == {
        first.id: ("revoked", "revoked by operator"),
        second.id: ("active", None),
    }
    listed = run("keys", "list").stdout.splitlines()[1:]
    assert [line.split("\t")[4] for line in listed] == ["revoked", "active"]

    again = run("keys", "revoke", str(first.id))
    assert (again.returncode, again.stdout) == (0, f"apiKey {first.id} was already revoked\n")


@pytest.mark.parametrize("key_id", ["999", "0", "-1", "9" * 30])
def test_keys_revoke_of_an_unknown_id_is_a_usage_error(run: Run, key_id: str) -> None:
    result = run("keys", "revoke", "--", key_id)
    assert_usage_error(result, key_id)


def test_keys_revoke_needs_a_number(run: Run) -> None:
    result = run("keys", "revoke", "abc")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


# --------------------------------------------------------------------------- tenants


def test_tenants_list_never_prints_a_secret(run: Run, database: Path, fake: FakeJira) -> None:
    add_account(database)
    seed_link(database, fake)
    seed_other_tenant_key(database)

    result = run("tenants", "list")

    assert (result.returncode, result.stderr) == (0, "")
    assert fake.client_key in result.stdout
    assert OTHER_CLIENT_KEY in result.stdout
    assert fake.base_url in result.stdout
    for secret in (fake.shared_secret, OTHER_SECRET):
        assert secret not in result.stdout
        assert secret[:12] not in result.stdout
    assert "v1." not in result.stdout


def test_a_replaced_text_stdin_is_read_by_the_same_one_line_rule(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], database: Path
) -> None:
    """In-process callers may swap sys.stdin for a text stream; the rule holds for it too."""
    import io

    from glanceapp import cli

    monkeypatch.setenv("GLANCEAPP_DATABASE", str(database))
    monkeypatch.setenv("GLANCEAPP_SECRET_KEY", MASTER)
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\nsecond line\n"))
    assert cli.main(["users", "add", "ada"]) == 2
    assert "more than one line" in capsys.readouterr().err
    assert account_names(database) == []
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\n"))
    assert cli.main(["users", "add", "ada"]) == 0
    assert check_password(database, "ada", PASSWORD) == "ada"
