"""Named regression tests for the link routes over HTTP: the real app on loopback, a fake Jira.

Time moves only when a test moves it.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from e2e.conftest import E2E, PASSWORD, Launch, by_id, elements, root
from glanceapp.service.accounts import LocalAccounts
from glanceapp.service.links import RENEW_INTERVAL_SECONDS
from glanceapp.service.passwords import PasswordHasher
from glanceapp.settings import Settings, SettingsError
from glanceapp.storage.db import Database

ACCOUNT_ID = "557058:aaaaaaaa-0000-4000-8000-000000000001"
NEW_PASSWORD = "a different and long enough password"
RENEWED = re.compile(r"Renewed — expires <time datetime=\"[^\"]+Z\">\d{1,2} \w+ \d{4}</time>\.")


def linked(env: E2E) -> str:
    answer = env.site.link(env.client, ACCOUNT_ID, "alice", PASSWORD)
    assert answer.status_code == 200, answer.text
    assert root(answer.text)["data-link-state"] == "linked"
    return env.site.api_key(ACCOUNT_ID)


def puts(env: E2E) -> int:
    return sum(1 for write in env.site.property_writes() if write.startswith("PUT "))


def test_renew_flood_over_http_gets_the_unchanged_status_with_an_alert_and_no_jira_write(
    launch: Launch,
) -> None:
    env = launch(jira_auth="app")
    linked(env)
    env.site.fake.clear_requests()
    for _ in range(3):
        answer = env.site.renew(env.client, ACCOUNT_ID)
        assert answer.status_code == 200
        assert "role" not in root(answer.text)
        assert RENEWED.search(answer.text), answer.text
        assert by_id(answer.text, "link-status")["data-link-state"] == "linked"
    assert puts(env) == 3
    before = env.site.status(env.client, ACCOUNT_ID)
    keys_before = env.keys(env.site, ACCOUNT_ID)

    for _ in range(20):
        answer = env.site.renew(env.client, ACCOUNT_ID)
        assert answer.status_code == 200
        status = root(answer.text)
        assert status["id"] == "link-status"
        assert status["role"] == "alert"
        assert status["data-link-state"] == "linked"
        assert status["data-expires-at"] == root(before.text)["data-expires-at"]
        assert f"Renewed recently — try again in {int(RENEW_INTERVAL_SECONDS)} s." in answer.text
        assert "Renewed —" not in answer.text
    assert puts(env) == 3
    assert [dict(r) for r in env.keys(env.site, ACCOUNT_ID)] == [dict(r) for r in keys_before]

    env.clock.advance(RENEW_INTERVAL_SECONDS)
    answer = env.site.renew(env.client, ACCOUNT_ID)
    assert RENEWED.search(answer.text), answer.text
    assert puts(env) == 4


def test_renew_is_acknowledged_in_a_polite_live_region(launch: Launch) -> None:
    env = launch(jira_auth="app")
    linked(env)
    env.clock.advance(3600)
    answer = env.site.renew(env.client, ACCOUNT_ID)
    notes = [attrs for tag, attrs in elements(answer.text) if attrs.get("role") == "status"]
    assert len(notes) == 1
    assert notes[0]["class"] == "link-status__renewed"
    assert root(answer.text)["aria-live"] == "polite"
    # The plain status afterwards carries no acknowledgment: it belongs to the renew only.
    assert "Renewed" not in env.site.status(env.client, ACCOUNT_ID).text


@pytest.mark.parametrize("change", ["passwd", "remove"])
def test_whoami_answers_401_once_the_account_password_changes_or_it_is_removed(
    launch: Launch, change: str
) -> None:
    env = launch(jira_auth="app")
    api_key = linked(env)
    assert env.whoami(api_key).status_code == 200

    async def run() -> None:
        db = await Database.open(env.database)
        try:
            accounts = LocalAccounts(db, PasswordHasher())
            if change == "passwd":
                await accounts.set_password("alice", NEW_PASSWORD)
            else:
                await accounts.remove("alice")
                await accounts.add("alice", PASSWORD)  # re-created under the same name
        finally:
            await db.close()

    asyncio.run(run())
    answer = env.whoami(api_key)
    assert answer.status_code == 401
    assert answer.headers["www-authenticate"] == "Bearer"


def test_key_retention_setting(make_settings: Callable[..., Settings], tmp_path: Path) -> None:
    assert make_settings().key_retention == 90 * 86_400
    assert make_settings(KEY_RETENTION="400d").key_retention == 400 * 86_400
    for bad, problem in [
        ("12h", "must be at least 1d"),
        ("0", "must be greater than 0"),
        ("soon", "is not a duration"),
        ("4000d", "must be at most 3650d"),
    ]:
        with pytest.raises(SettingsError) as caught:
            make_settings(KEY_RETENTION=bad)
        assert caught.value.variable == "GLANCEAPP_KEY_RETENTION"
        assert problem in caught.value.problem
