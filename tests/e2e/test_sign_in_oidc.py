"""The `oidc` sign-in end to end against a real, certified OpenID Connect provider on loopback
(panva's oidc-provider under node), through the Connect popup and the Forge sign-in tab.

Every refusal leaves nothing written: no key, no property, and the flow is spent.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from html import unescape
from typing import Any

import httpx
import pytest

from glanceapp.sandbox.oidc_provider import (
    CLIENT_ID,
    CLIENT_SECRET,
    USERS,
    Provider,
    provider_missing,
    sign_in_at_provider,
)
from glanceapp.text import (
    PROVIDER_CANCELLED,
    PROVIDER_FLOW_GONE,
    PROVIDER_NO_ACCOUNT,
    PROVIDER_NOT_ALLOWED,
    PROVIDER_REFUSED,
    PROVIDER_UNAVAILABLE,
    USE_PROVIDER,
)

from . import test_forge
from .conftest import E2E, Clock, Launch, plain_http_client, root
from .test_forge import ALICE, LaunchForge, _browser
from .test_login import alert_text

forge_signing_key = test_forge.forge_signing_key
launch_forge = test_forge.launch_forge

ANN = USERS["ann"]
ALICE_ID = "557058:eeeeeeee-0000-4000-8000-000000000001"
BOB_ID = "557058:eeeeeeee-0000-4000-8000-000000000002"
_ALERT = re.compile(r'<p class="alert"[^>]*>(.*?)</p>', re.S)


@pytest.fixture(scope="session")
def real_provider() -> Iterator[Provider]:
    missing = provider_missing()
    if missing is not None:
        pytest.fail(f"the OpenID Connect provider for these tests is missing: {missing}")
    provider = Provider()
    try:
        yield provider
    finally:
        provider.close()


@pytest.fixture
def provider(real_provider: Provider) -> Iterator[Provider]:
    real_provider.proxy.rewrite = None
    real_provider.proxy.down = False
    try:
        yield real_provider
    finally:
        real_provider.proxy.rewrite = None
        real_provider.proxy.down = False


def _environ(provider: Provider, **extra: str) -> dict[str, str]:
    return {
        "GLANCEAPP_SIGN_IN": "oidc",
        "GLANCEAPP_OIDC_ISSUER": provider.issuer,
        "GLANCEAPP_OIDC_CLIENT_ID": CLIENT_ID,
        "GLANCEAPP_OIDC_CLIENT_SECRET": CLIENT_SECRET,
        "GLANCEAPP_OIDC_SCOPES": "openid profile groups",
        **{f"GLANCEAPP_{k.upper()}": v for k, v in extra.items()},
    }


def _launch(launch: Launch, provider: Provider, **extra: str) -> E2E:
    return launch(environ=_environ(provider, **extra), oidc_retry=0.0)


def _start(env: E2E, account_id: str) -> str:
    """Press Continue in the popup: the provider URL htmx is told to go to."""
    answer = env.client.post("/link/oidc", headers=env.site.headers(account_id))
    assert answer.status_code == 200, answer.text
    assert "hx-redirect" in answer.headers, answer.text
    return answer.headers["hx-redirect"]


def _callback_path(env: E2E, url: str) -> str:
    assert url.startswith(f"{env.base_url}/link/callback?"), url
    return url[len(env.base_url) :]


def _sign_in(env: E2E, account_id: str, login: str = "ann") -> str:
    """The whole flow up to the callback URL, which the test then presents."""
    authorize = _start(env, account_id)
    assert authorize.startswith(env.settings.oidc_issuer or "")
    url = sign_in_at_provider(
        authorize, login, USERS[login]["password"], stop_at=f"{env.base_url}/link/callback"
    )
    return _callback_path(env, url)


def _page_alert(html: str) -> str:
    found = _ALERT.search(html)
    assert found, html
    return unescape(found.group(1)).strip()


def _nothing_written(env: E2E, *account_ids: str) -> None:
    assert env.site.property_writes() == []
    for account_id in account_ids or (ALICE_ID,):
        assert env.site.property(account_id) is None
    assert env.rows("SELECT count(*) FROM api_keys")[0][0] == 0
    assert env.rows("SELECT count(*) FROM sign_in_flows")[0][0] == 0


# --------------------------------------------------------------------------- the flow


def test_oidc_link_through_the_connect_popup(launch: Launch, provider: Provider) -> None:
    env = _launch(launch, provider)
    form = env.client.get("/link/form", headers=env.site.headers(ALICE_ID))
    assert root(form.text)["id"] == "oidc-start"
    assert 'name="password"' not in form.text

    authorize = _start(env, ALICE_ID)
    query = httpx.URL(authorize).params
    assert query["code_challenge_method"] == "S256"
    assert len(query["code_challenge"]) == 43
    assert query["redirect_uri"] == f"{env.base_url}/link/callback"
    assert query["state"]
    assert query["nonce"]
    assert query["scope"] == "openid profile groups"
    # The state is stored only as a MAC; nothing about the flow is in a cookie.
    [flow] = env.rows("SELECT * FROM sign_in_flows")
    assert query["state"] not in set(map(str, tuple(flow)))

    callback = _callback_path(
        env,
        sign_in_at_provider(
            authorize, "ann", ANN["password"], stop_at=f"{env.base_url}/link/callback"
        ),
    )
    page = env.client.get(callback)
    assert page.status_code == 200, page.text
    assert "set-cookie" not in page.headers
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert page.headers["referrer-policy"] == "no-referrer"
    assert 'data-page="link-callback"' in page.text
    assert 'data-link-state="linked"' in page.text

    assert env.site.property(ALICE_ID)["account"] == "ann"
    whoami = env.whoami(env.site.api_key(ALICE_ID))
    assert whoami.json()["account"] == "ann"
    [key] = env.keys(env.site, ALICE_ID, "active")
    assert key["credential_generation"] is None
    assert env.rows("SELECT count(*) FROM sign_in_flows")[0][0] == 0
    assert root(env.site.status(env.client, ALICE_ID).text)["data-link-state"] == "linked"


def test_oidc_username_claim_sub_is_used_when_configured(
    launch: Launch, provider: Provider
) -> None:
    env = _launch(launch, provider, oidc_username_claim="sub")
    assert env.client.get(_sign_in(env, ALICE_ID)).status_code == 200
    assert env.site.property(ALICE_ID)["account"] == ANN["sub"]


def test_oidc_required_claim_present_in_a_list_links(launch: Launch, provider: Provider) -> None:
    env = _launch(launch, provider, oidc_required_claim="groups=jira-users")
    page = env.client.get(_sign_in(env, ALICE_ID))
    assert 'data-link-state="linked"' in page.text


def test_oidc_required_claim_absent_links_nobody(launch: Launch, provider: Provider) -> None:
    env = _launch(launch, provider, oidc_required_claim="groups=admins")
    page = env.client.get(_sign_in(env, ALICE_ID))
    assert page.status_code == 200
    assert _page_alert(page.text) == PROVIDER_NOT_ALLOWED
    _nothing_written(env)


def test_oidc_missing_username_claim_falls_back_to_sub(launch: Launch, provider: Provider) -> None:
    env = _launch(launch, provider)
    env.client.get(_sign_in(env, ALICE_ID, login="nameless"))
    assert env.site.property(ALICE_ID)["account"] == USERS["nameless"]["sub"]


def test_oidc_missing_configured_username_claim_links_nobody(
    launch: Launch, provider: Provider
) -> None:
    env = _launch(launch, provider, oidc_username_claim="preferred_username")
    page = env.client.get(_sign_in(env, ALICE_ID, login="nameless"))
    assert _page_alert(page.text) == PROVIDER_NO_ACCOUNT
    _nothing_written(env)


def test_oidc_callback_links_the_person_who_started_it_not_the_one_presenting_it(
    launch: Launch, provider: Provider
) -> None:
    env = _launch(launch, provider)
    callback = _sign_in(env, ALICE_ID)
    # Bob's browser presents Alice's callback, with Bob's own token even: Alice is linked.
    page = env.client.get(callback, headers=env.site.headers(BOB_ID, htmx=False))
    assert 'data-link-state="linked"' in page.text
    assert env.site.property(ALICE_ID)["account"] == "ann"
    assert env.site.property(BOB_ID) is None
    assert env.keys(env.site, BOB_ID) == []


# --------------------------------------------------------------------------- refusals


def test_oidc_wrong_state_links_nobody(launch: Launch, provider: Provider) -> None:
    env = _launch(launch, provider)
    callback = _sign_in(env, ALICE_ID)
    forged = re.sub(r"state=[^&]+", "state=not-the-state-that-was-issued", callback)
    page = env.client.get(forged)
    assert page.status_code == 400
    assert _page_alert(page.text) == PROVIDER_FLOW_GONE
    assert env.site.property_writes() == []
    assert env.rows("SELECT count(*) FROM api_keys")[0][0] == 0


@pytest.mark.parametrize("query", ["", "?code=abc", "?state=a&state=b&code=c", "?state=&code=c"])
def test_oidc_callback_without_one_state_links_nobody(
    launch: Launch, provider: Provider, query: str
) -> None:
    env = _launch(launch, provider)
    page = env.client.get(f"/link/callback{query}")
    assert page.status_code == 400
    assert _page_alert(page.text) == PROVIDER_FLOW_GONE
    _nothing_written(env)


def test_oidc_replayed_callback_links_nobody(launch: Launch, provider: Provider) -> None:
    env = _launch(launch, provider)
    callback = _sign_in(env, ALICE_ID)
    assert 'data-link-state="linked"' in env.client.get(callback).text
    writes, keys = env.site.property_writes(), env.keys(env.site, ALICE_ID)

    again = env.client.get(callback)
    assert again.status_code == 400
    assert _page_alert(again.text) == PROVIDER_FLOW_GONE
    assert env.site.property_writes() == writes
    assert env.keys(env.site, ALICE_ID) == keys


def test_oidc_replayed_code_under_a_new_state_is_refused(
    launch: Launch, provider: Provider
) -> None:
    env = _launch(launch, provider)
    first = _sign_in(env, ALICE_ID)
    assert 'data-link-state="linked"' in env.client.get(first).text
    writes = env.site.property_writes()
    code = httpx.URL(env.base_url + first).params["code"]
    # A fresh flow for Bob, completed with Alice's spent code: the provider refuses it.
    state = httpx.URL(_start(env, BOB_ID)).params["state"]
    page = env.client.get("/link/callback", params={"state": state, "code": code})
    assert _page_alert(page.text) == PROVIDER_CANCELLED
    assert env.site.property_writes() == writes
    assert env.site.property(BOB_ID) is None
    assert env.keys(env.site, BOB_ID) == []


def test_oidc_expired_flow_links_nobody(launch: Launch, provider: Provider, clock: Clock) -> None:
    env = _launch(launch, provider)
    callback = _sign_in(env, ALICE_ID)
    clock.advance(601)
    page = env.client.get(callback)
    assert _page_alert(page.text) == PROVIDER_FLOW_GONE
    _nothing_written(env)


def test_oidc_cancelled_at_the_provider_links_nobody(launch: Launch, provider: Provider) -> None:
    env = _launch(launch, provider)
    state = httpx.URL(_start(env, ALICE_ID)).params["state"]
    page = env.client.get("/link/callback", params={"state": state, "error": "access_denied"})
    assert _page_alert(page.text) == PROVIDER_CANCELLED
    _nothing_written(env)


FORGERIES: dict[str, Any] = {
    "wrong-nonce": lambda p, t: p.resign(t, nonce="a-nonce-from-another-sign-in"),
    "other-audience": lambda p, t: p.resign(t, aud="another-client", azp=None),
    "extra-audience-without-azp": lambda p, t: p.resign(t, aud=[CLIENT_ID, "another"], azp=None),
    "wrong-azp": lambda p, t: p.resign(t, azp="another-client"),
    "other-issuer": lambda p, t: p.resign(t, iss="https://evil.example"),
    "expired": lambda p, t: p.resign(t, exp=1_000_000_000, iat=999_999_000),
    "issued-in-the-future": lambda p, t: p.resign(t, iat=4_000_000_000, exp=4_000_003_600),
    "no-nonce": lambda p, t: p.resign(t, nonce=None),
    "alg-none": lambda p, t: Provider.unsigned(t),
    "hs256-with-the-public-key": lambda p, t: p.hs256_with_public_key(t),
    "bad-signature": lambda p, t: t[:-4] + ("AAAA" if not t.endswith("AAAA") else "BBBB"),
}


@pytest.mark.parametrize("forgery", list(FORGERIES))
def test_oidc_forged_id_token_links_nobody(
    launch: Launch, provider: Provider, forgery: str
) -> None:
    env = _launch(launch, provider)
    provider.proxy.rewrite = lambda token: FORGERIES[forgery](provider, token)
    page = env.client.get(_sign_in(env, ALICE_ID))
    assert page.status_code == 200
    assert _page_alert(page.text) == PROVIDER_REFUSED
    _nothing_written(env)


def test_oidc_correctly_resigned_token_still_links(launch: Launch, provider: Provider) -> None:
    """The forgery tests' control: a token re-signed by the proxy, unchanged, is accepted."""
    env = _launch(launch, provider)
    provider.proxy.rewrite = lambda token: provider.resign(token)
    page = env.client.get(_sign_in(env, ALICE_ID))
    assert 'data-link-state="linked"' in page.text


def test_oidc_provider_down_shows_an_alert_and_writes_nothing_then_recovers(
    launch: Launch, provider: Provider, caplog: pytest.LogCaptureFixture
) -> None:
    provider.proxy.down = True
    env = _launch(launch, provider)
    # Unreachable at start: a warning, never a crash.
    assert "OpenID Connect discovery failed" in caplog.text
    form = env.client.get("/link/form", headers=env.site.headers(ALICE_ID))
    assert root(form.text)["id"] == "oidc-start"
    started = env.client.post("/link/oidc", headers=env.site.headers(ALICE_ID))
    assert started.status_code == 200
    assert "hx-redirect" not in started.headers
    assert alert_text(started.text) == PROVIDER_UNAVAILABLE
    _nothing_written(env)

    provider.proxy.down = False  # discovery is retried on the next request
    env.client.get(_sign_in(env, ALICE_ID))
    assert env.site.property(ALICE_ID)["account"] == "ann"


def test_oidc_password_posts_are_refused(launch: Launch, provider: Provider) -> None:
    env = _launch(launch, provider)
    answer = env.site.link(env.client, ALICE_ID, "alice", "correct horse battery staple")
    assert alert_text(answer.text) == USE_PROVIDER
    assert env.site.property_writes() == []
    assert env.site.property(ALICE_ID) is None


# --------------------------------------------------------------------------- Forge


def test_oidc_link_through_the_forge_sign_in_tab(
    launch_forge: LaunchForge, provider: Provider
) -> None:
    env = launch_forge(environ=_environ(provider))
    url = env.start(ALICE)
    with _browser(env) as browser:
        page = browser.get(url)
        assert 'id="oidc-start"' in page.text
        assert 'name="password"' not in page.text
        fields = dict(
            re.findall(r'<input type="hidden" name="(ticket|csrf)" value="([^"]+)">', page.text)
        )
        moving = browser.post("/forge/link/oidc", data=fields, headers={"Origin": "null"})
        assert moving.status_code == 200, moving.text
        authorize = unescape(re.search(r'id="provider-link"[^>]*href="([^"]+)"', moving.text)[1])  # type: ignore[index]
        assert f'content="0; url={authorize}"' in unescape(moving.text)
        # The ticket was spent for this flow: the page cannot start another.
        assert browser.post("/forge/link/oidc", data=fields).status_code == 400

        base = env.settings.base_url
        callback = sign_in_at_provider(
            authorize, "ann", ANN["password"], stop_at=f"{base}/link/callback"
        )
        done = browser.get(callback[len(base) :])
    assert done.status_code == 200, done.text
    assert 'data-link-state="linked"' in done.text
    site_id = env.forge.cloud_id
    api_key = env.api_key(site_id, ALICE)
    whoami = env.client.get("/api/whoami", headers={"Authorization": f"Bearer {api_key}"})
    assert whoami.json()["account"] == "ann"


def test_oidc_forge_start_without_the_csrf_token_starts_nothing(
    launch_forge: LaunchForge, provider: Provider
) -> None:
    env = launch_forge(environ=_environ(provider))
    url = env.start(ALICE)
    ticket = httpx.URL(url).params["ticket"]
    with plain_http_client(base_url=env.settings.base_url, timeout=30.0) as stranger:
        refused = stranger.post("/forge/link/oidc", data={"ticket": ticket, "csrf": "guess"})
    assert refused.status_code == 403
    assert env.rows("SELECT count(*) FROM sign_in_flows")[0][0] == 0
    # The ticket is still good for its owner.
    with _browser(env) as browser:
        assert browser.get(url).status_code == 200


def test_oidc_codes_states_tokens_and_the_client_secret_never_reach_a_log(
    launch: Launch,
    provider: Provider,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    caplog.set_level(logging.DEBUG)
    # Records name their thread only while logging looks it up (`serve` turns that off).
    monkeypatch.setattr(logging, "logThreads", True)
    env = _launch(launch, provider)
    seen: list[str] = []

    def keep(token: str) -> str:
        seen.append(token)
        return token

    provider.proxy.rewrite = keep
    callback = _sign_in(env, ALICE_ID)
    env.client.get(callback)
    env.client.get(callback)  # replayed: refused, and logged as such
    provider.proxy.rewrite = lambda token: provider.resign(token, nonce="another")
    refused = _sign_in(env, ALICE_ID)
    env.client.get(refused)
    # The app's records (its server thread); the test's own browser and proxy log too.
    text = "\n".join(
        record.getMessage() for record in caplog.records if record.threadName == "e2e-uvicorn"
    )
    assert "sign-in refused" in text
    secrets = [CLIENT_SECRET, ANN["password"], *seen]
    for url in (callback, refused):
        query = httpx.URL(env.base_url + url).params
        secrets += [query["code"], query["state"]]
    for secret in secrets:
        assert secret not in text
    assert env.site.api_key(ALICE_ID) not in text
