"""Logging in from the popup: wrong passwords, unknown accounts, lockout and unlock, escaping."""

from __future__ import annotations

import io
import re
from html import unescape
from pathlib import Path
from urllib.parse import quote

import pytest

from glanceapp import cli

from .conftest import E2E, MASTER_SECRET, PASSWORD, Launch, by_id, root

ALICE_ID = "557058:cccccccc-0000-4000-8000-000000000003"
BOB_ID = "557058:cccccccc-0000-4000-8000-000000000004"
WRONG = "not the right password"
ALERT = re.compile(r'<p class="alert"[^>]*>(.*?)</p>', re.S)


def alert_text(html: str) -> str:
    found = ALERT.search(html)
    assert found, f"no alert in {html!r}"
    return unescape(found.group(1)).strip()


def check_failed(env: E2E, html: str) -> str:
    """A failure the person can act on: 200 partial, role=alert, never a false `linked`."""
    attrs = root(html)
    assert attrs["role"] == "alert"
    assert attrs["data-link-state"] in ("error", "unlinked")
    return alert_text(html)


def no_property_writes(env: E2E) -> bool:
    return env.site.property_writes() == []


def test_wrong_password_and_unknown_account_get_the_same_answer(launch: Launch) -> None:
    env = launch()
    site, client = env.site, env.client

    wrong = site.link(client, ALICE_ID, "alice", WRONG)
    unknown = site.link(client, ALICE_ID, "nobody-here", WRONG)
    for answer in (wrong, unknown):
        assert answer.status_code == 200
        assert "hx-trigger" not in answer.headers
    assert check_failed(env, wrong.text) == check_failed(env, unknown.text)
    assert alert_text(wrong.text) == "Wrong username or password."
    assert root(wrong.text)["id"] == root(unknown.text)["id"]

    assert no_property_writes(env)
    assert site.property(ALICE_ID) is None
    assert env.counts()["api_keys"] == 0
    assert root(site.status(client, ALICE_ID).text)["data-link-state"] == "unlinked"


def test_wrong_password_leaves_an_existing_link_alone(launch: Launch) -> None:
    env = launch()
    site, client = env.site, env.client
    assert root(site.link(client, ALICE_ID, "alice", PASSWORD).text)["data-link-state"] == "linked"
    api_key = site.api_key(ALICE_ID)
    value = site.property(ALICE_ID)
    writes = site.property_writes()

    answer = site.link(client, ALICE_ID, "alice", WRONG)
    assert answer.status_code == 200
    check_failed(env, answer.text)
    assert site.property_writes() == writes
    assert site.property(ALICE_ID) == value
    assert env.whoami(api_key).status_code == 200
    assert root(site.status(client, ALICE_ID).text)["data-link-state"] == "linked"


def test_missing_fields_are_an_alert_not_a_failed_login(launch: Launch) -> None:
    env = launch()
    for form in ({"username": "alice"}, {"password": PASSWORD}, {}):
        answer = env.client.post("/link", headers=env.site.headers(ALICE_ID), data=form)
        assert answer.status_code == 200
        check_failed(env, answer.text)
    assert env.counts() == {"api_keys": 0, "login_failures": 0, "property_deletes": 0}
    assert no_property_writes(env)


def run_cli(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, env: E2E, *argv: str) -> int:
    """The operator's console script, against the same database and master secret."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GLANCEAPP_DATABASE", str(env.database))
    monkeypatch.setenv("GLANCEAPP_SECRET_KEY", MASTER_SECRET)
    return cli.main(list(argv))


def test_lockout_after_five_failures_and_unlock(
    launch: Launch,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    env = launch()
    site, client = env.site, env.client

    messages = []
    for _ in range(5):
        answer = site.link(client, ALICE_ID, "alice", WRONG)
        messages.append(check_failed(env, answer.text))
    assert messages[:4] == ["Wrong username or password."] * 4
    assert messages[4] == "Too many attempts. Try again in 15 minutes."

    # Locked: even the right password waits, and nothing reaches Jira.
    answer = site.link(client, ALICE_ID, "alice", PASSWORD)
    assert check_failed(env, answer.text) == "Too many attempts. Try again in 15 minutes."
    env.clock.advance(5 * 60)
    answer = site.link(client, ALICE_ID, "alice", PASSWORD)
    assert check_failed(env, answer.text) == "Too many attempts. Try again in 10 minutes."
    assert no_property_writes(env)
    assert env.counts()["api_keys"] == 0

    # Another Jira person may still use the same service account.
    answer = site.link(client, BOB_ID, "alice", PASSWORD)
    assert root(answer.text)["data-link-state"] == "linked"
    assert answer.headers["hx-trigger"] == "glanceapp:linked"

    # The operator unlocks; the right password works at once.
    assert run_cli(monkeypatch, tmp_path, env, "users", "unlock", "alice") == 0
    assert "unlocked alice" in capsys.readouterr().out
    assert env.counts()["login_failures"] == 0
    answer = site.link(client, ALICE_ID, "alice", PASSWORD)
    assert root(answer.text)["data-link-state"] == "linked"
    assert env.whoami(site.api_key(ALICE_ID)).status_code == 200


def test_lockout_ends_when_the_window_passes(launch: Launch) -> None:
    env = launch()
    site, client = env.site, env.client
    for _ in range(5):
        site.link(client, ALICE_ID, "alice", WRONG)
    env.clock.advance(15 * 60 + 1)
    answer = site.link(client, ALICE_ID, "alice", PASSWORD)
    assert root(answer.text)["data-link-state"] == "linked"


SCRIPT = "<script>alert(1)</script>"
ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;"


def test_script_payloads_are_rendered_escaped(launch: Launch) -> None:
    env = launch(accounts=(SCRIPT,))
    site, client = env.site, env.client

    failed = site.link(client, ALICE_ID, SCRIPT, WRONG)
    assert SCRIPT not in failed.text

    answer = site.link(client, ALICE_ID, SCRIPT, PASSWORD)
    assert root(answer.text)["data-link-state"] == "linked"
    assert SCRIPT not in answer.text
    assert ESCAPED_SCRIPT in answer.text

    status = site.status(client, ALICE_ID)
    assert SCRIPT not in status.text
    assert ESCAPED_SCRIPT in status.text

    issue_key = "<img src=x onerror=alert(1)>"
    url = site.iframe_url(f"/glance?issueKey={quote(issue_key, safe='')}&projectKey=TEST", ALICE_ID)
    page = client.get(url)
    assert page.status_code == 200
    assert issue_key not in page.text
    assert SCRIPT not in page.text
    assert "&lt;img src=x onerror=alert(1)&gt;" in page.text
    assert ESCAPED_SCRIPT in page.text
    assert by_id(page.text, "link-status")["data-link-state"] == "linked"

    # The name is data everywhere else: whoami answers it as JSON, the property stores it as is.
    assert env.whoami(site.api_key(ALICE_ID)).json()["account"] == SCRIPT
    assert site.property(ALICE_ID)["account"] == SCRIPT


def test_operator_commands_revoke_keys(
    launch: Launch,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`users passwd`, `keys revoke` and `users remove` end links at once, for whoami and glance."""
    env = launch(accounts=("alice", "bob"))
    site, client = env.site, env.client

    def linked_as(account_id: str, name: str) -> str:
        assert (
            root(site.link(client, account_id, name, PASSWORD).text)["data-link-state"] == "linked"
        )
        return site.api_key(account_id)

    def ended(account_id: str, api_key: str) -> None:
        assert env.whoami(api_key).status_code == 401
        assert root(site.status(client, account_id).text)["data-link-state"] == "unlinked"

    key = linked_as(ALICE_ID, "alice")
    monkeypatch.setattr("sys.stdin", io.StringIO("a brand new password 42\n"))
    assert run_cli(monkeypatch, tmp_path, env, "users", "passwd", "alice") == 0
    ended(ALICE_ID, key)
    answer = site.link(client, ALICE_ID, "alice", PASSWORD)
    assert alert_text(answer.text) == "Wrong username or password."
    assert (
        root(site.link(client, ALICE_ID, "alice", "a brand new password 42").text)[
            "data-link-state"
        ]
        == "linked"
    )

    key = linked_as(BOB_ID, "bob")
    (row,) = env.keys(site, BOB_ID, "active")
    assert run_cli(monkeypatch, tmp_path, env, "keys", "revoke", str(row["id"])) == 0
    ended(BOB_ID, key)

    key = linked_as(BOB_ID, "bob")
    assert run_cli(monkeypatch, tmp_path, env, "users", "remove", "bob") == 0
    ended(BOB_ID, key)
    assert alert_text(site.link(client, BOB_ID, "bob", PASSWORD).text) == (
        "Wrong username or password."
    )
    out = capsys.readouterr().out
    assert key not in out
    assert PASSWORD not in out
