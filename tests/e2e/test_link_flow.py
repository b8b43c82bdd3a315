"""The product's job end to end: glance, link, renew, unlink, against a fake Jira over HTTP.

Run for both ways the app writes user properties (`GLANCEAPP_JIRA_AUTH=user`
through OAuth bearer tokens, `app` with its own JWT); the fake verifies either.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from .conftest import (
    E2E,
    ISO_Z,
    PASSWORD,
    SEALED_API_KEY,
    Launch,
    by_id,
    root,
)

ACCOUNT_ID = "557058:aaaaaaaa-0000-4000-8000-000000000001"
DAY = 86400.0
TTL = 30 * DAY
GLANCE = "/glance?issueKey=TEST-1&projectKey=TEST"


def iso(epoch: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))


def check_property(env: E2E, value: Any, *, expires_at: float, linked_at: float) -> None:
    """The stored value is exactly the contract's shape."""
    assert isinstance(value, dict)
    assert set(value) == {"v", "account", "apiKey", "expiresAt", "linkedAt"}
    assert value["v"] == 1
    assert value["account"] == "alice"
    assert SEALED_API_KEY.fullmatch(value["apiKey"]), value["apiKey"]
    assert ISO_Z.fullmatch(value["expiresAt"])
    assert ISO_Z.fullmatch(value["linkedAt"])
    assert value["expiresAt"] == iso(expires_at)
    assert value["linkedAt"] == iso(linked_at)


def check_whoami(env: E2E, api_key: str, *, expires_at: float) -> None:
    answer = env.whoami(api_key)
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"account": "alice", "expiresAt": iso(expires_at)}


def check_refused_key(env: E2E, api_key: str) -> None:
    answer = env.whoami(api_key)
    assert answer.status_code == 401
    assert answer.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize("jira_auth", ["user", "app"])
def test_link_renew_unlink_and_again(launch: Launch, jira_auth: str) -> None:
    env = launch(jira_auth=jira_auth)
    site, client, clock = env.site, env.client, env.clock

    page = client.get(site.iframe_url(GLANCE, ACCOUNT_ID))
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert page.text.lstrip().lower().startswith("<!doctype html>")
    assert by_id(page.text, "link-status")["data-link-state"] == "unlinked"

    form = client.get("/link/form", headers=site.headers(ACCOUNT_ID))
    assert form.status_code == 200
    assert root(form.text)["id"] == "login-form"
    assert 'name="username"' in form.text
    assert 'name="password"' in form.text

    # Link.
    linked_at = clock.now
    answer = site.link(client, ACCOUNT_ID, "alice", PASSWORD)
    assert answer.status_code == 200, answer.text
    assert answer.headers["hx-trigger"] == "glanceapp:linked"
    result = root(answer.text)
    assert result["data-link-state"] == "linked"
    assert "role" not in result
    assert result["data-expires-at"] == iso(linked_at + TTL)
    first = site.property(ACCOUNT_ID)
    check_property(env, first, expires_at=linked_at + TTL, linked_at=linked_at)
    first_key = site.api_key(ACCOUNT_ID)
    check_whoami(env, first_key, expires_at=linked_at + TTL)
    assert [r["state"] for r in env.keys(site, ACCOUNT_ID)] == ["active"]

    status = site.status(client, ACCOUNT_ID)
    assert status.status_code == 200
    assert root(status.text)["id"] == "link-status"
    assert root(status.text)["data-link-state"] == "linked"
    assert root(status.text)["data-expires-at"] == iso(linked_at + TTL)
    page = client.get(site.iframe_url(GLANCE, ACCOUNT_ID))
    assert by_id(page.text, "link-status")["data-link-state"] == "linked"
    assert first_key not in page.text
    assert first["apiKey"] not in page.text

    # Renew an hour later: a new key, expiry moves, linkedAt stays.
    clock.advance(3600)
    renewed_at = clock.now
    answer = site.renew(client, ACCOUNT_ID)
    assert answer.status_code == 200, answer.text
    status_root = root(answer.text)
    assert status_root["id"] == "link-status"
    assert status_root["data-link-state"] == "linked"
    assert status_root["data-expires-at"] == iso(renewed_at + TTL)
    second = site.property(ACCOUNT_ID)
    check_property(env, second, expires_at=renewed_at + TTL, linked_at=linked_at)
    second_key = site.api_key(ACCOUNT_ID)
    assert second_key != first_key
    check_refused_key(env, first_key)
    check_whoami(env, second_key, expires_at=renewed_at + TTL)
    states = [r["state"] for r in env.keys(site, ACCOUNT_ID)]
    assert states == ["revoked", "active"]

    # Unlink: unlinked at once, key refused, property gone.
    answer = site.unlink(client, ACCOUNT_ID)
    assert answer.status_code == 200
    assert root(answer.text)["data-link-state"] == "unlinked"
    assert "data-expires-at" not in root(answer.text)
    assert site.property(ACCOUNT_ID) is None
    check_refused_key(env, second_key)
    assert [r["state"] for r in env.keys(site, ACCOUNT_ID)] == ["revoked", "revoked"]
    assert env.rows("SELECT * FROM property_deletes") == []

    # Unlink and renew again with no link: the current status, nothing sent to Jira.
    writes = site.property_writes()
    for again in (site.unlink, site.renew):
        answer = again(client, ACCOUNT_ID)
        assert answer.status_code == 200
        assert root(answer.text)["data-link-state"] == "unlinked"
        assert "role" not in root(answer.text)
    assert site.property_writes() == writes
    assert site.fake.server_errors == []


def test_reconnect_issues_a_new_key_and_revokes_the_old(launch: Launch) -> None:
    env = launch()
    site, client = env.site, env.client
    assert site.link(client, ACCOUNT_ID, "alice", PASSWORD).status_code == 200
    old_key = site.api_key(ACCOUNT_ID)
    linked_at = env.clock.now

    env.clock.advance(60)
    answer = site.link(client, ACCOUNT_ID, "alice", PASSWORD)
    assert answer.status_code == 200
    assert answer.headers["hx-trigger"] == "glanceapp:linked"
    assert root(answer.text)["data-link-state"] == "linked"
    new_key = site.api_key(ACCOUNT_ID)
    assert new_key != old_key
    check_refused_key(env, old_key)
    check_whoami(env, new_key, expires_at=env.clock.now + TTL)
    # Linking again is a fresh link: linkedAt is now.
    assert site.property(ACCOUNT_ID)["linkedAt"] == iso(linked_at + 60)
    assert [r["state"] for r in env.keys(site, ACCOUNT_ID)] == ["revoked", "active"]


def test_renew_of_an_expired_key_answers_expired_and_writes_nothing(launch: Launch) -> None:
    env = launch()
    site, client = env.site, env.client
    assert site.link(client, ACCOUNT_ID, "alice", PASSWORD).status_code == 200
    api_key = site.api_key(ACCOUNT_ID)

    env.clock.advance(TTL - 2 * DAY)
    assert root(site.status(client, ACCOUNT_ID).text)["data-link-state"] == "expiring"
    env.clock.advance(3 * DAY)
    assert root(site.status(client, ACCOUNT_ID).text)["data-link-state"] == "expired"
    check_refused_key(env, api_key)
    writes = site.property_writes()
    answer = site.renew(client, ACCOUNT_ID)
    assert answer.status_code == 200
    assert root(answer.text)["data-link-state"] == "expired"
    assert site.property_writes() == writes


def test_the_whole_flow_under_a_base_path(launch: Launch) -> None:
    """GLANCEAPP_BASE_URL with a path: routes live under it, qsh is computed without it."""
    env = launch(base_path="/tools/glance")
    site, client = env.site, env.client
    assert env.settings.base_path == "/tools/glance"

    page = client.get(site.iframe_url(GLANCE, ACCOUNT_ID))
    assert page.status_code == 200
    assert page.url.path == "/tools/glance/glance"
    assert by_id(page.text, "link-status")["data-link-state"] == "unlinked"
    assert client.get(f"{env.base_url}/static/app.js").status_code == 200

    answer = site.link(client, ACCOUNT_ID, "alice", PASSWORD)
    assert answer.request.url.path == "/tools/glance/link"
    assert root(answer.text)["data-link-state"] == "linked"
    status = site.status(client, ACCOUNT_ID)
    assert 'hx-post="/tools/glance/link/renew"' in status.text
    assert 'hx-delete="/tools/glance/link"' in status.text
    api_key = site.api_key(ACCOUNT_ID)
    check_whoami(env, api_key, expires_at=env.clock.now + TTL)
    assert root(site.unlink(client, ACCOUNT_ID).text)["data-link-state"] == "unlinked"
    check_refused_key(env, api_key)
    # Outside the base path there is nothing.
    outside = client.get(f"{env.base_url.removesuffix('/tools/glance')}/glance/status")
    assert outside.status_code == 404


def test_pages_may_be_framed_by_the_site_and_the_popup_by_nobody(launch: Launch) -> None:
    env = launch()
    site, client = env.site, env.client
    page = client.get(site.iframe_url(GLANCE, ACCOUNT_ID))
    policy = page.headers["content-security-policy"]
    assert f"frame-ancestors {site.fake.base_url}" in policy
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "x-frame-options" not in page.headers
    popup = client.get("/link")
    assert popup.status_code == 200
    assert "frame-ancestors 'none'" in popup.headers["content-security-policy"]
    assert "eyJ" not in popup.text  # the popup gets its token by postMessage, never inline
