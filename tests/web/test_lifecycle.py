"""Lifecycle callbacks through the whole app: signed install, enabled/disabled, uninstall.

Jira's side (tokens, qsh) is made in conftest with PyJWT and atlassian_jwt. The
install-keys server is an in-test async key source, so each refusal can also
prove that no key was fetched when none should have been.
"""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from atlassian_jwt.url_utils import hash_url
from litestar import Litestar, Request, get
from litestar.datastructures import State
from litestar.testing import TestClient

from glanceapp.app import create_app
from glanceapp.connect.errors import KeyRejected, KeyServerUnavailable
from glanceapp.connect.tokens import VerifiedToken
from glanceapp.domain import Tenant
from glanceapp.jira.install_keys import InstallKeyFetcher
from glanceapp.settings import Settings
from glanceapp.web.auth import route_auth

CLIENT_KEY = "jira:7b1c5e2a-0000-4000-8000-00000000c0de"
SECRET = "first-shared-secret-of-the-acme-site-0123456789"
NEW_SECRET = "second-shared-secret-of-the-acme-site-9876543210"
KID = "kid-1"
APP_BASE_URL = "https://app.example.com"  # the base URL of conftest's settings
NOW = 1_750_000_000  # the time on conftest's `jira`, and the app's clock here
RsaKey = Any  # conftest's key pair: `.private` and `.public_pem`


@dataclass
class KeySource:
    """The install-keys server as the app sees it: kid -> PEM, or a failure."""

    keys: dict[str, str]
    failure: Exception | None = None
    calls: list[str] = field(default_factory=list)

    async def __call__(self, kid: str) -> str:
        self.calls.append(kid)
        if self.failure is not None:
            raise self.failure
        try:
            return self.keys[kid]
        except KeyError:
            raise KeyRejected(f"unknown kid {kid}") from None


@get("/probe", **route_auth("request"))
async def probe(request: Request[Tenant, VerifiedToken, State]) -> dict[str, str]:
    """A route that is not a lifecycle callback, to show who the app serves."""
    return {"clientKey": request.user.client_key}


class Site:
    """One running app and Jira's view of it."""

    def __init__(self, client: TestClient[Litestar], keys: KeySource, jira: Any) -> None:
        self.client = client
        self.keys = keys
        self.jira = jira

    @property
    def services(self) -> Any:
        return self.client.app.state.services

    def call(self, function: Callable[..., Any], *args: Any) -> Any:
        """Run a coroutine function in the app's event loop."""
        return self.client.blocking_portal.call(function, *args)

    def tenant(self, client_key: str = CLIENT_KEY) -> Tenant | None:
        tenant: Tenant | None = self.call(self.services.tenants.load, client_key)
        return tenant

    def count(self, table: str) -> int:
        query = {
            "tenants": "SELECT count(*) FROM tenants",
            "log": "SELECT count(*) FROM lifecycle_log",
        }
        row = self.call(self.services.db.fetchone, query[table])
        return int(row[0])

    def assert_nothing_stored(self) -> None:
        assert self.count("tenants") == 0
        assert self.count("log") == 0

    def post(self, path: str, token: str | None, body: Any, *, prefix: str = "") -> httpx.Response:
        headers = {"Content-Type": "application/json"}
        if token is not None:
            headers["Authorization"] = f"JWT {token}"
        content = body if isinstance(body, bytes) else json.dumps(body).encode()
        return self.client.post(prefix + path, content=content, headers=headers)

    def install(
        self,
        key: RsaKey,
        *,
        secret: str | None = SECRET,
        event: str = "installed",
        body: Any = None,
        prefix: str = "",
        **token: Any,
    ) -> httpx.Response:
        path = f"/{event}"
        token.setdefault("client_key", CLIENT_KEY)
        token.setdefault("kid", KID)
        token.setdefault("path", path)
        if body is None:
            body = self.jira.lifecycle_body(event, client_key=CLIENT_KEY, shared_secret=secret)
        return self.post(path, self.jira.install_token(key, **token), body, prefix=prefix)

    def flip(
        self, event: str, secret: str = SECRET, *, prefix: str = "", **token: Any
    ) -> httpx.Response:
        token.setdefault("client_key", CLIENT_KEY)
        token.setdefault("path", f"/{event}")
        body = self.jira.lifecycle_body(event, client_key=CLIENT_KEY)
        return self.post(f"/{event}", self.jira.tenant_token(secret, **token), body, prefix=prefix)

    def probe(self, secret: str = SECRET) -> httpx.Response:
        token = self.jira.tenant_token(secret, client_key=CLIENT_KEY, method="GET", path="/probe")
        return self.client.get("/probe", headers={"Authorization": f"JWT {token}"})


def assert_refused(response: httpx.Response) -> None:
    assert response.status_code == 401, response.text
    assert response.headers["WWW-Authenticate"] == "JWT"


@contextmanager
def running(settings: Settings, keys: KeySource, jira: Any) -> Iterator[Site]:
    assert jira.now == NOW
    assert settings.base_url.startswith(APP_BASE_URL)
    app = create_app(settings, clock=lambda: float(NOW), key_source=keys)
    app.register(probe)
    with TestClient(app) as client:
        yield Site(client, keys, jira)


@pytest.fixture
def keys(install_key: RsaKey) -> KeySource:
    return KeySource({KID: install_key.public_pem})


@pytest.fixture
def site(settings: Settings, keys: KeySource, jira: Any) -> Iterator[Site]:
    with running(settings, keys, jira) as site:
        yield site


@pytest.fixture
def installed(site: Site, install_key: RsaKey) -> Site:
    assert site.install(install_key).status_code == 204
    site.keys.calls.clear()
    return site


# Signed install ---------------------------------------------------------------------------


def test_good_install(site: Site, install_key: RsaKey) -> None:
    response = site.install(install_key)
    assert response.status_code == 204
    assert response.content == b""
    assert site.keys.calls == [KID]

    tenant = site.tenant()
    assert tenant is not None
    assert (tenant.state, tenant.shared_secret, tenant.served) == ("installed", SECRET, True)
    assert tenant.base_url == "https://acme.atlassian.net"
    assert tenant.installed_at == NOW
    [event] = site.call(site.services.tenants.events, CLIENT_KEY)
    assert (event.event, event.kid, event.account_id) == ("installed", KID, "557058:admin")


@pytest.mark.parametrize(
    "aud", [APP_BASE_URL + "/", [APP_BASE_URL], ["https://elsewhere.example", APP_BASE_URL]]
)
def test_install_audience_forms_accepted(site: Site, install_key: RsaKey, aud: Any) -> None:
    assert site.install(install_key, aud=aud).status_code == 204


def test_install_signed_by_another_key(site: Site, stranger_key: RsaKey) -> None:
    assert_refused(site.install(stranger_key))
    assert site.keys.calls == [KID]
    site.assert_nothing_stored()


@pytest.mark.parametrize(
    "kid", ["..", "../x", "%2e%2e", "a/b", ".", "a..b", "kid?x=1", "kid#x", "", "k" * 129]
)
def test_install_with_a_bad_kid(site: Site, install_key: RsaKey, kid: str) -> None:
    assert_refused(site.install(install_key, kid=kid))
    assert site.keys.calls == []
    site.assert_nothing_stored()


@pytest.mark.parametrize("aud", ["https://other.example.com", "https://app.example.com/x", [], 7])
def test_install_with_the_wrong_audience(site: Site, install_key: RsaKey, aud: Any) -> None:
    assert_refused(site.install(install_key, aud=aud))
    site.assert_nothing_stored()


def test_install_without_an_audience(site: Site, install_key: RsaKey) -> None:
    assert_refused(site.install(install_key, drop=("aud",)))
    site.assert_nothing_stored()


def test_install_whose_issuer_is_not_the_client_key(site: Site, install_key: RsaKey) -> None:
    assert_refused(site.install(install_key, client_key="jira:someone-else"))
    site.assert_nothing_stored()


@pytest.mark.parametrize("claim", ["iss", "iat", "exp", "qsh"])
def test_install_missing_a_claim(site: Site, install_key: RsaKey, claim: str) -> None:
    assert_refused(site.install(install_key, drop=(claim,)))
    site.assert_nothing_stored()


@pytest.mark.parametrize(
    "qsh",
    [
        hash_url("POST", "/uninstalled"),
        hash_url("GET", "/installed"),
        hash_url("POST", "/installed?x=1"),
        "context-qsh",
    ],
    ids=["uninstalled", "get", "with-query", "context-qsh"],
)
def test_install_with_the_wrong_qsh(site: Site, install_key: RsaKey, qsh: str) -> None:
    assert_refused(site.install(install_key, qsh=qsh))
    site.assert_nothing_stored()


def test_expired_install(site: Site, install_key: RsaKey) -> None:
    site.jira.now = NOW - 3600
    assert_refused(site.install(install_key))
    site.assert_nothing_stored()


def test_install_issued_in_the_future(site: Site, install_key: RsaKey) -> None:
    site.jira.now = NOW + 3600
    assert_refused(site.install(install_key))
    site.assert_nothing_stored()


def test_install_within_the_leeway(site: Site, install_key: RsaKey) -> None:
    site.jira.now = NOW - 180 - 20
    assert site.install(install_key).status_code == 204


@pytest.mark.parametrize(
    "base_url",
    [
        "https://evil.example.org",
        "http://acme.atlassian.net",
        "https://atlassian.net",
        "https://acme.atlassian.net.evil.org",
    ],
)
def test_install_for_a_host_not_allowed(site: Site, install_key: RsaKey, base_url: str) -> None:
    body = site.jira.lifecycle_body(
        "installed", client_key=CLIENT_KEY, shared_secret=SECRET, base_url=base_url
    )
    assert_refused(site.install(install_key, body=body))
    assert site.keys.calls == []
    site.assert_nothing_stored()


def test_install_for_a_listed_http_host(site: Site, install_key: RsaKey) -> None:
    body = site.jira.lifecycle_body(
        "installed", client_key=CLIENT_KEY, shared_secret=SECRET, base_url="http://site.test"
    )
    assert site.install(install_key, body=body).status_code == 204


def test_install_when_the_key_server_refuses_the_kid(site: Site, install_key: RsaKey) -> None:
    site.keys.failure = KeyRejected("404 from the key server")
    assert_refused(site.install(install_key))
    site.assert_nothing_stored()


def test_install_when_the_key_server_fails(site: Site, install_key: RsaKey) -> None:
    site.keys.failure = KeyServerUnavailable("the key server answered 500")
    response = site.install(install_key)
    assert response.status_code == 503
    assert int(response.headers["Retry-After"]) > 0
    assert "WWW-Authenticate" not in response.headers
    site.assert_nothing_stored()

    site.keys.failure = None
    assert site.install(install_key).status_code == 204


def test_install_when_the_key_server_times_out(
    make_settings: Callable[..., Settings], install_key: RsaKey, jira: Any
) -> None:
    async def hang(request: httpx.Request) -> httpx.Response:
        await asyncio.Event().wait()
        raise AssertionError("unreachable")

    http = httpx.AsyncClient(transport=httpx.MockTransport(hang))
    fetcher = InstallKeyFetcher(http, "https://keys.invalid", timeout=0.05)
    app = create_app(make_settings(), clock=lambda: float(NOW), key_source=fetcher)
    with TestClient(app) as client:
        try:
            site = Site(client, KeySource({}), jira)
            response = site.install(install_key)
            assert response.status_code == 503
            assert "Retry-After" in response.headers
            site.assert_nothing_stored()
        finally:
            client.blocking_portal.call(http.aclose)


def test_hs256_token_on_installed(site: Site) -> None:
    token = site.jira.tenant_token(SECRET, client_key=CLIENT_KEY, path="/installed")
    body = site.jira.lifecycle_body("installed", client_key=CLIENT_KEY, shared_secret=SECRET)
    assert_refused(site.post("/installed", token, body))
    assert site.keys.calls == []
    site.assert_nothing_stored()


def test_unsigned_install_token(site: Site) -> None:
    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    claims = {
        "iss": CLIENT_KEY,
        "aud": APP_BASE_URL,
        "iat": NOW,
        "exp": NOW + 180,
        "qsh": hash_url("POST", "/installed"),
    }
    for alg in ("none", "None", "HS256", "RS512", "ES256"):
        token = f"{part({'alg': alg, 'kid': KID, 'typ': 'JWT'})}.{part(claims)}."
        body = site.jira.lifecycle_body("installed", client_key=CLIENT_KEY, shared_secret=SECRET)
        assert_refused(site.post("/installed", token, body))
    assert site.keys.calls == []
    site.assert_nothing_stored()


@pytest.mark.parametrize(
    "authorization", [None, "", "JWT", "Bearer abc.def.ghi", "JWT not-a-token", "Basic dXNlcg=="]
)
def test_install_without_a_usable_token(site: Site, authorization: str | None) -> None:
    headers = {"Content-Type": "application/json"}
    if authorization is not None:
        headers["Authorization"] = authorization
    body = site.jira.lifecycle_body("installed", client_key=CLIENT_KEY, shared_secret=SECRET)
    response = site.client.post("/installed", content=json.dumps(body), headers=headers)
    assert_refused(response)
    site.assert_nothing_stored()


def test_hijack_attempt_does_not_replace_the_secret(installed: Site, stranger_key: RsaKey) -> None:
    """A second install for a known clientKey, signed with a key the key server does not know."""
    response = installed.install(stranger_key, secret=NEW_SECRET, kid="kid-of-the-attacker")
    assert_refused(response)
    assert installed.keys.calls == ["kid-of-the-attacker"]
    tenant = installed.tenant()
    assert tenant is not None
    assert (tenant.shared_secret, tenant.state) == (SECRET, "installed")
    assert installed.count("log") == 1

    # Nor with a known kid and a forged signature, nor by uninstalling.
    assert_refused(installed.install(stranger_key, secret=NEW_SECRET))
    assert_refused(installed.install(stranger_key, event="uninstalled", secret=None))
    tenant = installed.tenant()
    assert tenant is not None
    assert (tenant.shared_secret, tenant.state) == (SECRET, "installed")
    assert installed.flip("enabled", SECRET).status_code == 204


def test_genuine_reinstall_rotates_the_secret(installed: Site, install_key: RsaKey) -> None:
    assert installed.flip("disabled", SECRET).status_code == 204

    assert installed.install(install_key, secret=NEW_SECRET).status_code == 204
    tenant = installed.tenant()
    assert tenant is not None
    assert (tenant.shared_secret, tenant.state) == (NEW_SECRET, "disabled")

    assert_refused(installed.flip("enabled", SECRET))
    assert installed.flip("enabled", NEW_SECRET).status_code == 204
    tenant = installed.tenant()
    assert tenant is not None
    assert tenant.state == "enabled"


def test_oversized_body(site: Site, install_key: RsaKey) -> None:
    body = site.jira.lifecycle_body(
        "installed", client_key=CLIENT_KEY, shared_secret=SECRET, padding="x" * 70_000
    )
    response = site.install(install_key, body=body)
    assert response.status_code == 413
    assert site.keys.calls == []
    site.assert_nothing_stored()


def test_oversized_body_without_a_content_length(site: Site, install_key: RsaKey) -> None:
    body = json.dumps(
        site.jira.lifecycle_body(
            "installed", client_key=CLIENT_KEY, shared_secret=SECRET, padding="x" * 70_000
        )
    ).encode()
    token = site.jira.install_token(install_key, client_key=CLIENT_KEY, kid=KID)

    def chunks() -> Iterator[bytes]:
        for start in range(0, len(body), 8192):
            yield body[start : start + 8192]

    response = site.client.post(
        "/installed",
        content=chunks(),
        headers={"Authorization": f"JWT {token}", "Content-Type": "application/json"},
    )
    assert response.status_code == 413
    site.assert_nothing_stored()


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"\xff\xfe",
        b"",
        b"[]",
        b'"installed"',
        {"baseUrl": "https://acme.atlassian.net", "sharedSecret": SECRET},
        {"clientKey": CLIENT_KEY, "sharedSecret": SECRET},
        {"clientKey": CLIENT_KEY, "baseUrl": "https://acme.atlassian.net"},
        {"clientKey": CLIENT_KEY, "baseUrl": "https://acme.atlassian.net", "sharedSecret": ""},
        {"clientKey": 7, "baseUrl": "https://acme.atlassian.net", "sharedSecret": SECRET},
        {"clientKey": CLIENT_KEY, "baseUrl": "not a url", "sharedSecret": SECRET},
        {
            "clientKey": CLIENT_KEY,
            "baseUrl": "https://acme.atlassian.net",
            "sharedSecret": SECRET,
            "eventType": "uninstalled",
        },
    ],
    ids=[
        "not-json",
        "not-utf8",
        "empty",
        "array",
        "string",
        "no-clientKey",
        "no-baseUrl",
        "no-sharedSecret",
        "empty-sharedSecret",
        "clientKey-not-string",
        "baseUrl-not-url",
        "wrong-eventType",
    ],
)
def test_malformed_install_body(site: Site, install_key: RsaKey, body: Any) -> None:
    response = site.install(install_key, body=body)
    assert response.status_code == 400, response.text
    site.assert_nothing_stored()


# Uninstall ----------------------------------------------------------------------------------


def test_uninstall(installed: Site, install_key: RsaKey) -> None:
    response = installed.install(install_key, event="uninstalled", secret=None)
    assert response.status_code == 204
    tenant = installed.tenant()
    assert tenant is not None
    assert (tenant.state, tenant.shared_secret, tenant.served) == ("uninstalled", None, False)
    assert_refused(installed.flip("enabled", SECRET))
    assert_refused(installed.probe())


def test_uninstall_with_an_install_qsh(installed: Site, install_key: RsaKey) -> None:
    response = installed.install(
        install_key, event="uninstalled", secret=None, qsh=hash_url("POST", "/installed")
    )
    assert_refused(response)
    tenant = installed.tenant()
    assert tenant is not None
    assert tenant.state == "installed"


# Enabled and disabled -------------------------------------------------------------------------


def test_enabled_and_disabled_with_a_tenant_request_token(installed: Site) -> None:
    assert installed.flip("enabled").status_code == 204
    tenant = installed.tenant()
    assert tenant is not None
    assert tenant.state == "enabled"
    assert installed.probe().status_code == 200

    assert installed.flip("disabled").status_code == 204
    tenant = installed.tenant()
    assert tenant is not None
    assert tenant.state == "disabled"

    events = installed.call(installed.services.tenants.events, CLIENT_KEY)
    assert [e.event for e in events] == ["installed", "enabled", "disabled"]


def test_disabled_tenant_is_refused_outside_lifecycle(installed: Site) -> None:
    response = installed.probe()
    assert response.status_code == 200
    assert response.json() == {"clientKey": CLIENT_KEY}

    assert installed.flip("disabled").status_code == 204
    assert_refused(installed.probe())

    assert installed.flip("enabled").status_code == 204
    assert installed.probe().status_code == 200


def test_context_token_on_enabled(installed: Site) -> None:
    assert_refused(installed.flip("enabled", qsh="context-qsh"))
    tenant = installed.tenant()
    assert tenant is not None
    assert tenant.state == "installed"


@pytest.mark.parametrize(
    "token",
    [
        {"path": "/disabled"},
        {"method": "GET"},
        {"path": "/enabled?extra=1"},
    ],
)
def test_enabled_with_the_wrong_qsh(installed: Site, token: dict[str, str]) -> None:
    assert_refused(installed.flip("enabled", **token))
    tenant = installed.tenant()
    assert tenant is not None
    assert tenant.state == "installed"


def test_enabled_with_an_expired_token(installed: Site) -> None:
    installed.jira.now = NOW - 3600
    assert_refused(installed.flip("disabled"))


def test_enabled_signed_with_the_wrong_secret(installed: Site) -> None:
    assert_refused(installed.flip("disabled", "not-the-shared-secret-0123456789abcdef"))
    tenant = installed.tenant()
    assert tenant is not None
    assert tenant.state == "installed"


def test_enabled_from_an_unknown_issuer(installed: Site) -> None:
    assert_refused(installed.flip("disabled", client_key="jira:unknown"))
    tenant = installed.tenant()
    assert tenant is not None
    assert tenant.state == "installed"


def test_enabled_with_an_install_token(installed: Site, install_key: RsaKey) -> None:
    token = installed.jira.install_token(
        install_key, client_key=CLIENT_KEY, kid=KID, path="/enabled"
    )
    body = installed.jira.lifecycle_body("enabled", client_key=CLIENT_KEY)
    assert_refused(installed.post("/enabled", token, body))


def test_enabled_whose_body_names_another_tenant(installed: Site) -> None:
    token = installed.jira.tenant_token(SECRET, client_key=CLIENT_KEY, path="/disabled")
    body = installed.jira.lifecycle_body("disabled", client_key="jira:someone-else")
    assert_refused(installed.post("/disabled", token, body))
    tenant = installed.tenant()
    assert tenant is not None
    assert tenant.state == "installed"


@pytest.mark.parametrize("body", [b"{not json", b"[]", {"baseUrl": "https://acme.atlassian.net"}])
def test_enabled_with_a_malformed_body(installed: Site, body: Any) -> None:
    token = installed.jira.tenant_token(SECRET, client_key=CLIENT_KEY, path="/disabled")
    assert installed.post("/disabled", token, body).status_code == 400
    tenant = installed.tenant()
    assert tenant is not None
    assert tenant.state == "installed"


def test_enabled_for_an_uninstalled_tenant(installed: Site, install_key: RsaKey) -> None:
    assert installed.install(install_key, event="uninstalled", secret=None).status_code == 204
    assert_refused(installed.flip("enabled"))


# A base URL with a path ----------------------------------------------------------------------


@pytest.fixture
def based(make_settings: Callable[..., Settings], keys: KeySource, jira: Any) -> Iterator[Site]:
    settings = make_settings(base_url=APP_BASE_URL + "/base")
    with running(settings, keys, jira) as site:
        yield site


def test_base_path_routes_and_qsh(based: Site, install_key: RsaKey) -> None:
    aud = APP_BASE_URL + "/base"
    assert based.install(install_key, aud=aud).status_code == 404  # not under /base
    assert based.count("tenants") == 0

    # qsh covers the path minus /base: a qsh of the full path is wrong.
    assert_refused(
        based.install(install_key, aud=aud, prefix="/base", qsh=hash_url("POST", "/base/installed"))
    )
    assert_refused(based.install(install_key, prefix="/base"))  # aud without the path
    based.assert_nothing_stored()

    assert based.install(install_key, aud=aud, prefix="/base").status_code == 204
    assert based.flip("disabled", prefix="/base").status_code == 204
    assert_refused(based.flip("enabled", prefix="/base", path="/base/enabled"))
    tenant = based.tenant()
    assert tenant is not None
    assert tenant.state == "disabled"

    descriptor = based.client.get("/base/atlassian-connect.json").json()
    assert descriptor["baseUrl"] == aud


# Review regressions ----------------------------------------------------------------------------


def test_enabled_with_a_deeply_nested_json_body_is_400_not_500(installed: Site) -> None:
    """json.loads raises RecursionError (not a ValueError) on deep nesting: still a bad body."""
    token = installed.jira.tenant_token(SECRET, client_key=CLIENT_KEY, path="/enabled")
    body = b"[" * 20_000 + b"]" * 20_000
    response = installed.post("/enabled", token, body)
    assert response.status_code == 400, response.text
    tenant = installed.tenant()
    assert tenant is not None
    assert tenant.state == "installed"


def signed_glance_url(site: Site, query: str) -> tuple[str, str]:
    """A /glance URL as Jira signs it for the iframe (qsh over path and query, jwt appended)."""
    token = site.jira.tenant_token(
        SECRET,
        client_key=CLIENT_KEY,
        method="GET",
        path=f"/glance?{query}",
        account_id="557058:ffffffff-0000-4000-8000-000000000007",
    )
    return f"/glance?{query}&jwt={token}", token


def test_signed_glance_request_with_a_query_verifies_under_the_test_client(
    installed: Site,
) -> None:
    """The test client's raw_path carries the query too; qsh must hash the path without it."""
    url, _ = signed_glance_url(installed, "issueKey=TEST-1&projectKey=TEST")
    response = installed.client.get(url)
    assert response.status_code == 200, response.text
    assert "TEST-1" in response.text


@pytest.mark.parametrize("htmx", [False, True], ids=["json", "htmx"])
def test_validation_error_never_echoes_the_url_or_its_jwt(installed: Site, htmx: bool) -> None:
    issue_key = "K" * 300  # longer than the route's max_length of 255
    url, token = signed_glance_url(installed, f"issueKey={issue_key}&projectKey=TEST")
    response = installed.client.get(url, headers={"HX-Request": "true"} if htmx else {})
    assert response.status_code == 400, response.text
    for leaked in (token, token.split(".")[2], issue_key, "jwt=", "/glance?", "testserver"):
        assert leaked not in response.text
