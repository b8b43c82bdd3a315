"""Every refused request is exactly 401 (or 413) and writes nothing, in either store.

Before the bad requests the person is linked and holds a valid key, so a route
that let one through would visibly write: a renew or relink PUTs the property,
an unlink DELETEs it, a failed login is counted.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx
import jwt
import pytest
from atlassian_jwt.url_utils import hash_url

from .conftest import E2E, PASSWORD, Launch, Site, by_id, root

ACCOUNT_ID = "557058:bbbbbbbb-0000-4000-8000-000000000002"
GLANCE = "/glance?issueKey=TEST-1&projectKey=TEST"
WRONG_SECRET = "not-the-shared-secret-0123456789-abcdefghijklmnop"


@dataclass(frozen=True)
class Route:
    method: str
    path: str
    form: dict[str, str] | None = None

    def send(
        self, client: httpx.Client, headers: dict[str, str], query: str = ""
    ) -> httpx.Response:
        url = self.path + (f"?{query}" if query else "")
        if self.form is not None:
            return client.request(self.method, url, headers=headers, data=self.form)
        return client.request(self.method, url, headers=headers)


CONTEXT_ROUTES = [
    Route("GET", "/glance/status"),
    Route("GET", "/link/form"),
    Route("POST", "/link", {"username": "alice", "password": "a wrong password!"}),
    Route("POST", "/link/renew"),
    Route("DELETE", "/link"),
]


def context_claims(site: Site, **changes: Any) -> dict[str, Any]:
    now = site.now()
    claims: dict[str, Any] = {
        "iss": site.client_key,
        "sub": ACCOUNT_ID,
        "qsh": "context-qsh",
        "iat": now,
        "exp": now + 180,
    }
    claims.update(changes)
    return claims


def unsigned(claims: dict[str, Any]) -> str:
    return jwt.encode(claims, None, algorithm="none")  # type: ignore[arg-type]


def bad_context_credentials(site: Site, route: Route) -> dict[str, dict[str, str]]:
    """Authorization headers a context route must refuse, by what is wrong with them."""
    good = site.context_token(ACCOUNT_ID)
    now = site.now()
    return {
        "no token": {},
        "scheme only": {"Authorization": "JWT"},
        "garbage": {"Authorization": "JWT not.a.token"},
        "request token (qsh of this request)": {
            "Authorization": f"JWT {site.request_token(route.method, route.path, ACCOUNT_ID)}"
        },
        "context token as Bearer": {"Authorization": f"Bearer {good}"},
        "expired": {
            "Authorization": f"JWT {site.context_token(ACCOUNT_ID, now=now - 3600, ttl=60)}"
        },
        "issued in the future": {
            "Authorization": f"JWT {site.context_token(ACCOUNT_ID, now=now + 3600)}"
        },
        "alg none": {"Authorization": f"JWT {unsigned(context_claims(site))}"},
        "wrong secret": {
            "Authorization": "JWT "
            + jwt.encode(context_claims(site), WRONG_SECRET, algorithm="HS256")
        },
        "HS512": {
            "Authorization": "JWT "
            + jwt.encode(context_claims(site), site.fake.shared_secret, algorithm="HS512")
        },
        "unknown issuer": {
            "Authorization": "JWT "
            + jwt.encode(
                context_claims(site, iss="jira:unknown-site"),
                site.fake.shared_secret,
                algorithm="HS256",
            )
        },
        "wrong qsh": {
            "Authorization": "JWT "
            + jwt.encode(
                context_claims(site, qsh=hash_url("GET", "/glance")),
                site.fake.shared_secret,
                algorithm="HS256",
            )
        },
        "no exp": {
            "Authorization": "JWT "
            + jwt.encode(
                {k: v for k, v in context_claims(site).items() if k != "exp"},
                site.fake.shared_secret,
                algorithm="HS256",
            )
        },
    }


def snapshot(env: E2E) -> tuple[dict[str, int], list[str], Any, int]:
    return (
        env.counts(),
        env.site.property_writes(),
        env.site.property(ACCOUNT_ID),
        env.site.fake.grant_count,
    )


def linked(env: E2E) -> str:
    answer = env.site.link(env.client, ACCOUNT_ID, "alice", PASSWORD)
    assert root(answer.text)["data-link-state"] == "linked"
    return env.site.api_key(ACCOUNT_ID)


def check_refused(answer: httpx.Response, scheme: str, why: str, *, htmx: bool) -> None:
    assert answer.status_code == 401, f"{why}: {answer.status_code} {answer.text[:200]}"
    assert answer.headers.get("www-authenticate") == scheme, why
    if htmx:
        assert answer.headers["content-type"].startswith("text/html"), why
        assert root(answer.text)["id"] == "problem", why
        assert root(answer.text)["role"] == "alert", why


def test_context_routes_refuse_bad_tokens_and_write_nothing(launch: Launch) -> None:
    env = launch()
    api_key = linked(env)
    before = snapshot(env)
    site = env.site

    for route in CONTEXT_ROUTES:
        for why, headers in bad_context_credentials(site, route).items():
            for htmx in (True, False):
                sent = dict(headers, **({"HX-Request": "true"} if htmx else {}))
                answer = route.send(env.client, sent)
                check_refused(answer, "JWT", f"{route.method} {route.path}: {why}", htmx=htmx)
        # A context token in the query is not where a context route reads it.
        check_refused(
            route.send(env.client, {}, query=f"jwt={site.context_token(ACCOUNT_ID)}"),
            "JWT",
            f"{route.method} {route.path}: token in the query",
            htmx=False,
        )

    assert snapshot(env) == before
    assert env.whoami(api_key).status_code == 200
    # Each route with a good token goes through (so the refusals above mean something).
    for route in CONTEXT_ROUTES:
        answer = route.send(env.client, site.headers(ACCOUNT_ID))
        assert answer.status_code == 200, (route, answer.text)


def test_whoami_refuses_everything_but_a_valid_bearer_apikey(launch: Launch) -> None:
    env = launch()
    api_key = linked(env)
    before = snapshot(env)
    context = env.site.context_token(ACCOUNT_ID)
    bad = {
        "no token": {},
        "scheme only": {"Authorization": "Bearer"},
        "apiKey under the JWT scheme": {"Authorization": f"JWT {api_key}"},
        "context JWT as Bearer": {"Authorization": f"Bearer {context}"},
        "context JWT as JWT": {"Authorization": f"JWT {context}"},
        "a made-up apiKey": {"Authorization": "Bearer glk_" + "A" * 43},
        "the apiKey with a character changed": {
            "Authorization": "Bearer " + api_key[:-1] + ("A" if api_key[-1] != "A" else "B")
        },
        "the sealed property value": {
            "Authorization": f"Bearer {env.site.property(ACCOUNT_ID)['apiKey']}"
        },
    }
    for why, headers in bad.items():
        for htmx in (True, False):
            sent = dict(headers, **({"HX-Request": "true"} if htmx else {}))
            answer = env.client.get("/api/whoami", headers=sent)
            check_refused(answer, "Bearer", why, htmx=htmx)
    assert snapshot(env) == before
    assert env.whoami(api_key).status_code == 200


def test_glance_page_refuses_bad_iframe_urls(launch: Launch) -> None:
    env = launch()
    site = env.site
    good = site.iframe_url(GLANCE, ACCOUNT_ID)
    assert env.client.get(good).status_code == 200
    before = snapshot(env)

    signed, token = good.split("&jwt=")
    now = site.now()
    context = site.context_token(ACCOUNT_ID)
    relative = signed.removeprefix(env.base_url)
    request_claims = {"iss": site.client_key, "sub": ACCOUNT_ID, "iat": now, "exp": now + 180}
    request_claims["qsh"] = hash_url("GET", relative)
    bad = {
        "no token": signed,
        "tampered issueKey": good.replace("issueKey=TEST-1", "issueKey=TEST-2"),
        "extra parameter": good.replace("projectKey=TEST", "projectKey=TEST&admin=1"),
        "context token in the query": f"{signed}&jwt={context}",
        "expired": site.iframe_url(GLANCE, ACCOUNT_ID, now=now - 3600, ttl=60),
        "alg none": f"{signed}&jwt={unsigned(request_claims)}",
        "wrong secret": f"{signed}&jwt={jwt.encode(request_claims, WRONG_SECRET, algorithm='HS256')}",
        "two tokens": f"{good}&jwt={token}",
        "garbage": f"{signed}&jwt=garbage",
    }
    for why, url in bad.items():
        answer = env.client.get(url)
        check_refused(answer, "JWT", why, htmx=False)
        answer = env.client.get(url, headers={"HX-Request": "true"})
        check_refused(answer, "JWT", why, htmx=True)
    assert snapshot(env) == before


def test_anonymous_viewer_sees_why_and_cannot_link(launch: Launch) -> None:
    env = launch()
    site = env.site
    page = env.client.get(site.iframe_url(GLANCE, None))
    assert page.status_code == 200
    assert "Linking needs a signed-in Jira user" in page.text
    assert by_id(page.text, "link-status")["data-link-state"] == "unlinked"
    status = env.client.get("/glance/status", headers=site.headers(None))
    assert status.status_code == 200
    assert "Linking needs a signed-in Jira user" in status.text
    assert 'data-action="connect"' not in status.text

    before = snapshot(env)
    for route in CONTEXT_ROUTES[1:]:
        answer = route.send(env.client, site.headers(None))
        check_refused(answer, "JWT", f"anonymous {route.method} {route.path}", htmx=True)
    assert snapshot(env) == before


def test_disabled_and_uninstalled_sites_are_refused(launch: Launch) -> None:
    env = launch()
    site = env.site
    api_key = linked(env)
    assert site.fake.lifecycle("disabled") == 204
    before = snapshot(env)
    for route in CONTEXT_ROUTES:
        check_refused(
            route.send(env.client, site.headers(ACCOUNT_ID)), "JWT", "disabled", htmx=True
        )
    check_refused(
        env.client.get(site.iframe_url(GLANCE, ACCOUNT_ID)), "JWT", "disabled", htmx=False
    )
    check_refused(env.whoami(api_key), "Bearer", "disabled site's key", htmx=False)
    assert snapshot(env) == before

    assert site.fake.lifecycle("enabled") == 204
    assert env.whoami(api_key).status_code == 200
    status, _ = site.fake.install(event="uninstalled")
    assert status == 204
    check_refused(env.whoami(api_key), "Bearer", "uninstalled site's key", htmx=False)
    check_refused(env.site.status(env.client, ACCOUNT_ID), "JWT", "uninstalled", htmx=True)
    assert {r["state"] for r in env.keys(site, ACCOUNT_ID)} == {"revoked"}


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_oversized_link_request_is_refused_with_413(launch: Launch, chunked: bool) -> None:
    env = launch()
    site = env.site
    before = snapshot(env)
    body = ("username=alice&password=" + quote(PASSWORD) + "&pad=" + "x" * 70_000).encode()
    headers = {**site.headers(ACCOUNT_ID), "Content-Type": "application/x-www-form-urlencoded"}

    def pieces() -> Iterator[bytes]:
        for start in range(0, len(body), 8192):
            yield body[start : start + 8192]

    content: bytes | Iterator[bytes] = pieces() if chunked else body
    answer = env.client.post("/link", headers=headers, content=content)
    assert answer.status_code == 413
    assert snapshot(env) == before
    assert site.property(ACCOUNT_ID) is None
    # Still serving, and a normal-sized link works.
    assert (
        root(site.link(env.client, ACCOUNT_ID, "alice", PASSWORD).text)["data-link-state"]
        == "linked"
    )


def test_context_token_expires_by_the_apps_clock(launch: Launch) -> None:
    """A token valid now is refused once the app's clock has moved a day on."""
    env = launch()
    token = env.site.context_token(ACCOUNT_ID)
    ok = env.client.get("/glance/status", headers={"Authorization": f"JWT {token}"})
    assert ok.status_code == 200
    env.clock.advance(86400)
    late = env.client.get("/glance/status", headers={"Authorization": f"JWT {token}"})
    assert late.status_code == 401
    assert late.headers["www-authenticate"] == "JWT"


def test_a_token_is_good_until_exp_plus_leeway_and_an_aud_is_tolerated(launch: Launch) -> None:
    env = launch()
    site = env.site
    now = site.now()
    leeway = env.settings.jwt_leeway
    assert leeway == 30

    def status_with(token: str) -> int:
        return env.client.get(
            "/glance/status", headers={"Authorization": f"JWT {token}"}
        ).status_code

    assert status_with(site.context_token(ACCOUNT_ID, now=now - 200, ttl=200 - leeway + 2)) == 200
    assert status_with(site.context_token(ACCOUNT_ID, now=now - 200, ttl=200 - leeway - 2)) == 401
    with_aud = context_claims(site, aud=[site.client_key])
    assert status_with(jwt.encode(with_aud, site.fake.shared_secret, algorithm="HS256")) == 200
