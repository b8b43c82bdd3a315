"""The `http` sign-in end to end: the app asks the team's endpoint (a real loopback server
that checks the signature and its age), through the Connect popup and the Forge sign-in page."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from html import unescape

import pytest

from glanceapp.sandbox.fakesignin import Check, FakeSignIn
from glanceapp.text import CHECK_NO_ANSWER, CHECK_UNREACHABLE, REAUTH_NEEDED, WRONG_CREDENTIALS

from . import test_forge
from .conftest import E2E, Clock, Launch, elements, root
from .test_forge import ALICE, LaunchForge, _browser
from .test_login import alert_text

# The Forge fixtures, shared with the Forge end-to-end tests.
forge_signing_key = test_forge.forge_signing_key
launch_forge = test_forge.launch_forge

ANN_ID = "557058:dddddddd-0000-4000-8000-000000000001"
SECRET = "team-sign-in-secret-0123456789-abcdefgh"
ANN_PASSWORD = "ann's own password at the team"


@pytest.fixture
def endpoint(clock: Clock) -> Iterator[FakeSignIn]:
    fake = FakeSignIn(secret=SECRET).start()
    clock.follow(fake)  # type: ignore[arg-type]
    fake.add_person("ann", ANN_PASSWORD, account="ann.lee")
    try:
        yield fake
    finally:
        fake.close()


def _environ(endpoint: FakeSignIn, **extra: str) -> dict[str, str]:
    return {
        "GLANCEAPP_SIGN_IN": "http",
        "GLANCEAPP_SIGN_IN_URL": endpoint.url,
        "GLANCEAPP_SIGN_IN_SECRET": SECRET,
        **extra,
    }


def _launch(launch: Launch, endpoint: FakeSignIn, **options: object) -> E2E:
    environ = _environ(endpoint, **options.pop("environ", {}))  # type: ignore[arg-type]
    return launch(accounts=(), environ=environ, **options)


def _refused_and_nothing_written(env: E2E, html: str) -> str:
    attrs = root(html)
    assert attrs["role"] == "alert"
    assert attrs["data-link-state"] in ("error", "unlinked")
    assert env.site.property_writes() == []
    assert env.site.property(ANN_ID) is None
    assert env.rows("SELECT count(*) FROM api_keys")[0][0] == 0
    return alert_text(html)


def test_http_sign_in_links_under_the_account_the_endpoint_names(
    launch: Launch, endpoint: FakeSignIn
) -> None:
    env = _launch(launch, endpoint)
    answer = env.site.link(env.client, ANN_ID, "ann", ANN_PASSWORD)
    assert answer.status_code == 200
    assert root(answer.text)["data-link-state"] == "linked"
    assert answer.headers["hx-trigger"] == "glanceapp:linked"

    assert endpoint.checks == [Check("ann", True, 200)]
    value = env.site.property(ANN_ID)
    assert value["account"] == "ann.lee"
    whoami = env.whoami(env.site.api_key(ANN_ID))
    assert whoami.status_code == 200
    assert whoami.json()["account"] == "ann.lee"
    [key] = env.keys(env.site, ANN_ID, "active")
    assert key["credential_generation"] is None


def test_http_answer_without_an_account_links_the_typed_username(
    launch: Launch, endpoint: FakeSignIn
) -> None:
    endpoint.add_person("bo", "bo's password, long enough")
    env = _launch(launch, endpoint)
    answer = env.site.link(env.client, ANN_ID, "bo", "bo's password, long enough")
    assert root(answer.text)["data-link-state"] == "linked"
    assert env.site.property(ANN_ID)["account"] == "bo"


def test_http_wrong_password_is_refused_and_writes_nothing(
    launch: Launch, endpoint: FakeSignIn
) -> None:
    env = _launch(launch, endpoint)
    answer = env.site.link(env.client, ANN_ID, "ann", "not ann's password")
    assert _refused_and_nothing_written(env, answer.text) == WRONG_CREDENTIALS
    assert endpoint.checks == [Check("ann", True, 401)]


def test_http_wrong_signature_at_the_endpoint_alerts_and_writes_nothing(
    launch: Launch, endpoint: FakeSignIn
) -> None:
    env = _launch(launch, endpoint)
    endpoint.set_secret("a different secret the app does not hold, 0123")
    answer = env.site.link(env.client, ANN_ID, "ann", ANN_PASSWORD)
    assert _refused_and_nothing_written(env, answer.text) == CHECK_NO_ANSWER
    assert endpoint.checks == [Check(None, False, 400)]


def test_http_stale_timestamp_is_refused_by_the_endpoint_and_writes_nothing(
    launch: Launch, endpoint: FakeSignIn, clock: Clock
) -> None:
    env = _launch(launch, endpoint)
    endpoint.set_clock(int(clock.moved) + 301)  # the request reaches it six minutes late
    answer = env.site.link(env.client, ANN_ID, "ann", ANN_PASSWORD)
    assert _refused_and_nothing_written(env, answer.text) == CHECK_NO_ANSWER
    assert endpoint.checks == [Check(None, False, 400)]


def test_http_endpoint_500_alerts_and_writes_nothing(launch: Launch, endpoint: FakeSignIn) -> None:
    env = _launch(launch, endpoint)
    endpoint.inject("POST", "/check", status=500)
    answer = env.site.link(env.client, ANN_ID, "ann", ANN_PASSWORD)
    assert _refused_and_nothing_written(env, answer.text) == CHECK_NO_ANSWER


def test_http_endpoint_timeout_alerts_and_writes_nothing(
    launch: Launch, endpoint: FakeSignIn
) -> None:
    env = _launch(launch, endpoint, sign_in_timeout=0.2)
    endpoint.inject("POST", "/check", hang=True)
    try:
        answer = env.site.link(env.client, ANN_ID, "ann", ANN_PASSWORD)
    finally:
        endpoint.release_hangs()
    assert _refused_and_nothing_written(env, answer.text) == CHECK_UNREACHABLE


def test_http_endpoint_down_alerts_and_writes_nothing(launch: Launch, endpoint: FakeSignIn) -> None:
    env = _launch(launch, endpoint)
    endpoint.close()
    answer = env.site.link(env.client, ANN_ID, "ann", ANN_PASSWORD)
    assert _refused_and_nothing_written(env, answer.text) == CHECK_UNREACHABLE


def test_http_redirect_is_not_followed_with_the_password(
    launch: Launch, endpoint: FakeSignIn
) -> None:
    env = _launch(launch, endpoint)
    endpoint.inject("POST", "/check", status=307)
    answer = env.site.link(env.client, ANN_ID, "ann", ANN_PASSWORD)
    assert _refused_and_nothing_written(env, answer.text) == CHECK_NO_ANSWER
    assert [r.path for r in endpoint.requests] == ["/check"]


def test_http_guessing_is_throttled_before_the_endpoint_is_asked(
    launch: Launch, endpoint: FakeSignIn
) -> None:
    env = _launch(launch, endpoint)
    for _ in range(5):
        env.site.link(env.client, ANN_ID, "ann", "a guess at ann's password")
    assert len(endpoint.checks) == 5
    answer = env.site.link(env.client, ANN_ID, "ann", ANN_PASSWORD)
    assert alert_text(answer.text).startswith("Too many attempts.")
    assert len(endpoint.checks) == 5
    assert env.site.property(ANN_ID) is None


def test_http_renew_needs_a_recent_sign_in_then_offers_reconnect(
    launch: Launch, endpoint: FakeSignIn, clock: Clock
) -> None:
    env = _launch(launch, endpoint, environ={"GLANCEAPP_REAUTH_AFTER": "1h"})
    site, client = env.site, env.client
    site.link(client, ANN_ID, "ann", ANN_PASSWORD)
    assert root(site.renew(client, ANN_ID).text)["data-link-state"] == "linked"
    api_key = site.api_key(ANN_ID)
    writes = site.property_writes()

    clock.advance(3600)
    status = site.status(client, ANN_ID).text
    actions = [attrs for tag, attrs in elements(status) if tag == "button"]
    assert {"data-action": "connect"} in [
        {k: v for k, v in a.items() if k == "data-action"} for a in actions
    ]
    assert not any("hx-post" in a for a in actions)

    refused = site.renew(client, ANN_ID)
    assert root(refused.text)["role"] == "alert"
    assert alert_text(refused.text) == REAUTH_NEEDED
    assert site.property_writes() == writes
    assert site.api_key(ANN_ID) == api_key
    # The key itself stays good until it expires or is revoked.
    assert env.whoami(api_key).status_code == 200

    again = site.link(client, ANN_ID, "ann", ANN_PASSWORD)
    assert root(again.text)["data-link-state"] == "linked"
    assert root(site.renew(client, ANN_ID).text)["data-link-state"] == "linked"
    assert env.whoami(api_key).status_code == 401


def test_http_password_and_secret_never_reach_a_log(
    launch: Launch, endpoint: FakeSignIn, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    env = _launch(launch, endpoint)
    env.site.link(env.client, ANN_ID, "ann", "not ann's password")
    endpoint.inject("POST", "/check", status=500)
    env.site.link(env.client, ANN_ID, "ann", ANN_PASSWORD)
    env.site.link(env.client, ANN_ID, "ann", ANN_PASSWORD)
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "sign-in check refused" in text
    for secret in (ANN_PASSWORD, "not ann's password", SECRET):
        assert secret not in text


# --------------------------------------------------------------------------- Forge


def test_http_sign_in_through_the_forge_sign_in_page(
    launch_forge: LaunchForge, endpoint: FakeSignIn
) -> None:
    env = launch_forge(environ=_environ(endpoint))
    url = env.start(ALICE)
    with _browser(env) as browser:
        fields = env.open_page(browser, url)
        endpoint.inject("POST", "/check", status=500)
        failed = env.sign_in(browser, fields, "ann", ANN_PASSWORD)
        assert failed.status_code == 200
        assert unescape(CHECK_NO_ANSWER) in unescape(failed.text)
        assert env.forge.property_of(ALICE, "glanceapp.link") is None
        assert env.active_keys(env.forge.cloud_id, ALICE) == []

        linked = env.sign_in(browser, fields, "ann", ANN_PASSWORD)
    assert 'data-link-state="linked"' in linked.text
    api_key = env.api_key(env.forge.cloud_id, ALICE)
    whoami = env.client.get("/api/whoami", headers={"Authorization": f"Bearer {api_key}"})
    assert whoami.json()["account"] == "ann.lee"
