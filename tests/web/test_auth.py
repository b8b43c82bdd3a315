"""The authentication middleware on its own: which token a route takes, from where, checked how.

The app is the real one (`create_app(settings)` and a real client), with a few
probe routes that declare each `route_auth` option (and the `signed_in_user` guard). Tenants are stored directly;
Jira's tokens are made with PyJWT and atlassian_jwt (conftest's `JiraSide`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import jwt
import pytest
from atlassian_jwt.url_utils import hash_url
from litestar import Litestar, Request, get
from litestar.datastructures import State
from litestar.testing import TestClient

from glanceapp.app import create_app
from glanceapp.connect.errors import MissingToken, WrongIssuer, WrongScheme
from glanceapp.connect.install import InstallPayload
from glanceapp.connect.qsh import CanonicalRequest
from glanceapp.connect.tokens import CONTEXT_QSH, VerifiedToken
from glanceapp.domain import Tenant
from glanceapp.settings import Settings
from glanceapp.web.auth import TenantAuthMiddleware, _query_token, canonical_request_of, route_auth
from glanceapp.web.guards import signed_in_user, site_in_service

CLIENT_KEY = "jira:5a1d0c0e-0000-4000-8000-0000000a0711"
SECRET = "shared-secret-of-the-auth-site-0123456789abcdef"
OTHER_SECRET = "shared-secret-of-somebody-else-0123456789abcdef"
ACCOUNT_ID = "5b10a2844c20165700ede21g"
NOW = 1_750_000_000
TTL = 180
GLANCE_QUERY = "issueKey=TEST-1&projectKey=TEST"


@get("/probe/request", **route_auth("request"))
async def probe_request(request: Request[Tenant, VerifiedToken, State]) -> dict[str, Any]:
    return {"clientKey": request.user.client_key, "sub": request.auth.account_id}


@get("/probe/context", **route_auth("context"))
async def probe_context(request: Request[Tenant, VerifiedToken, State]) -> dict[str, Any]:
    return {"clientKey": request.user.client_key, "kind": request.auth.kind.value}


@get("/probe/user", **route_auth("context", person=True))
async def probe_user(request: Request[Tenant, VerifiedToken, State]) -> dict[str, Any]:
    return {"sub": request.auth.account_id}


@get("/probe/disabled-ok", **route_auth("request", allow_disabled=True))
async def probe_disabled_ok(request: Request[Tenant, VerifiedToken, State]) -> dict[str, Any]:
    return {"state": request.user.state}


@get("/probe/open")
async def probe_open() -> dict[str, Any]:
    return {"open": True}


PROBES = [probe_request, probe_context, probe_user, probe_disabled_ok, probe_open]


def request_token(
    method: str,
    path_and_query: str,
    *,
    secret: str = SECRET,
    account_id: str | None = ACCOUNT_ID,
    iat: int = NOW,
) -> str:
    claims: dict[str, Any] = {
        "iss": CLIENT_KEY,
        "iat": iat,
        "exp": iat + TTL,
        "qsh": hash_url(method, path_and_query),
    }
    if account_id is not None:
        claims["sub"] = account_id
    return jwt.encode(claims, secret.encode(), algorithm="HS256")


def context_token(
    *, secret: str = SECRET, account_id: str | None = ACCOUNT_ID, iat: int = NOW
) -> str:
    claims: dict[str, Any] = {"iss": CLIENT_KEY, "iat": iat, "exp": iat + TTL, "qsh": CONTEXT_QSH}
    if account_id is not None:
        claims["sub"] = account_id
    return jwt.encode(claims, secret.encode(), algorithm="HS256")


def jwt_header(token: str) -> dict[str, str]:
    return {"Authorization": f"JWT {token}"}


class Site:
    """The running app, its clock, and the tenant store behind it."""

    def __init__(self, client: TestClient[Litestar], now: list[float]) -> None:
        self.client = client
        self._now = now

    def set_time(self, now: float) -> None:
        self._now[0] = now

    def call(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        async def run() -> Any:
            return await function(*args, **kwargs)

        return self.client.blocking_portal.call(run)

    @property
    def tenants(self) -> Any:
        return self.client.app.state.services.tenants

    def install(self, secret: str | None = SECRET) -> None:
        payload = InstallPayload(
            client_key=CLIENT_KEY,
            base_url="https://acme.atlassian.net",
            event_type="installed",
            shared_secret=secret,
        )
        self.call(self.tenants.install, payload, kid="kid-1", account_id=None, now=NOW)

    def set_enabled(self, enabled: bool) -> None:
        assert self.call(self.tenants.set_enabled, CLIENT_KEY, enabled, now=NOW)

    def uninstall(self) -> None:
        payload = InstallPayload(client_key=CLIENT_KEY, base_url="https://acme.atlassian.net")
        assert self.call(self.tenants.uninstall, payload, kid="kid-1", account_id=None, now=NOW)

    def get(self, url: str, headers: dict[str, str] | None = None) -> httpx.Response:
        return self.client.get(url, headers=headers or {})


@contextmanager
def running(settings: Settings) -> Iterator[Site]:
    now = [float(NOW)]
    app = create_app(settings, clock=lambda: now[0], sweep_interval=None)
    for handler in PROBES:
        app.register(handler)
    with TestClient(app) as client:
        yield Site(client, now)


@pytest.fixture
def site(settings: Settings) -> Iterator[Site]:
    with running(settings) as site:
        site.install()
        yield site


def assert_refused(response: httpx.Response) -> None:
    assert response.status_code == 401, response.text
    assert response.headers["WWW-Authenticate"] == "JWT"


def glance_url(token: str, path: str = "/glance") -> str:
    return f"{path}?{GLANCE_QUERY}&jwt={token}"


# Accepted ------------------------------------------------------------------------------------


def test_request_token_in_the_query_is_accepted(site: Site) -> None:
    token = request_token("GET", f"/glance?{GLANCE_QUERY}")
    response = site.get(glance_url(token))
    assert response.status_code == 200, response.text
    assert 'data-link-state="unlinked"' in response.text


def test_request_token_in_the_header_is_accepted(site: Site) -> None:
    response = site.get(
        "/probe/request?a=1", jwt_header(request_token("GET", "/probe/request?a=1"))
    )
    assert response.status_code == 200, response.text
    assert response.json() == {"clientKey": CLIENT_KEY, "sub": ACCOUNT_ID}


def test_context_token_is_accepted_and_becomes_request_auth(site: Site) -> None:
    response = site.get("/probe/context", {**jwt_header(context_token()), "X-Other": "1"})
    assert response.status_code == 200, response.text
    assert response.json() == {"clientKey": CLIENT_KEY, "kind": "context"}


def test_route_without_auth_option_takes_no_token(site: Site) -> None:
    assert site.get("/probe/open").json() == {"open": True}


def test_route_auth_declares_the_token_the_middleware_and_the_guards() -> None:
    assert route_auth("request") == {
        "opt": {"auth": "request"},
        "middleware": [TenantAuthMiddleware],
        "guards": [site_in_service],
    }
    assert route_auth("context", allow_disabled=True, person=True) == {
        "opt": {"auth": "context", "allow_disabled": True},
        "middleware": [TenantAuthMiddleware],
        "guards": [site_in_service, signed_in_user],
    }


# Where the token comes from ---------------------------------------------------------------


def test_header_wins_over_the_query_on_request_routes(site: Site) -> None:
    """With an Authorization header, a `jwt` query parameter is not even read."""
    token = request_token("GET", "/probe/request")
    response = site.get("/probe/request?jwt=not-a-token", jwt_header(token))
    assert response.status_code == 200, response.text


def test_context_route_never_reads_the_query(site: Site) -> None:
    assert_refused(site.get(f"/probe/context?jwt={context_token()}"))


def test_context_route_ignores_junk_in_the_query(site: Site) -> None:
    response = site.get("/probe/context?jwt=junk", jwt_header(context_token()))
    assert response.status_code == 200, response.text


def test_request_route_without_any_token_is_refused(site: Site) -> None:
    assert_refused(site.get(f"/glance?{GLANCE_QUERY}"))


def test_rejects_blank_jwt_parameter_before_a_valid_one(site: Site) -> None:
    """`jwt=&jwt=<valid>`: a parser that drops blank values would see one token and accept."""
    token = request_token("GET", f"/glance?{GLANCE_QUERY}")
    assert_refused(site.get(f"/glance?{GLANCE_QUERY}&jwt=&jwt={token}"))
    assert_refused(site.get(f"/glance?{GLANCE_QUERY}&jwt={token}&jwt="))


def test_rejects_the_jwt_parameter_given_twice(site: Site) -> None:
    token = request_token("GET", f"/glance?{GLANCE_QUERY}")
    assert_refused(site.get(f"/glance?{GLANCE_QUERY}&jwt={token}&jwt={token}"))


def test_rejects_an_empty_jwt_parameter(site: Site) -> None:
    assert_refused(site.get(f"/glance?{GLANCE_QUERY}&jwt="))


# qsh over what was really sent -----------------------------------------------------------


def test_rejects_percent_encoded_path_with_token_for_decoded_path(site: Site) -> None:
    """`/gl%61nce` routes like `/glance`, but Jira hashed the path it sent, not its decoding."""
    token = request_token("GET", f"/glance?{GLANCE_QUERY}")
    assert site.get(glance_url(token)).status_code == 200
    assert_refused(site.get(glance_url(token, "/gl%61nce")))


def test_rejects_token_for_another_query(site: Site) -> None:
    token = request_token("GET", "/glance?issueKey=TEST-2&projectKey=TEST")
    assert_refused(site.get(glance_url(token)))


def test_rejects_token_for_another_method(site: Site) -> None:
    token = request_token("POST", "/probe/request")
    assert_refused(site.get("/probe/request", jwt_header(token)))


def test_qsh_is_relative_to_the_base_url_path(make_settings: Callable[..., Settings]) -> None:
    with running(make_settings(base_url="https://app.example.com/apps/glance")) as site:
        site.install()
        token = request_token("GET", f"/glance?{GLANCE_QUERY}")
        assert site.get(glance_url(token, "/apps/glance/glance")).status_code == 200
        full = request_token("GET", f"/apps/glance/glance?{GLANCE_QUERY}")
        assert_refused(site.get(glance_url(full, "/apps/glance/glance")))


def test_canonical_request_of_uses_raw_path_and_query() -> None:
    scope: Any = {
        "method": "POST",
        "path": "/base/glance",
        "raw_path": b"/base/gl%61nce",
        "query_string": b"b=2&a=1",
    }
    assert canonical_request_of(scope, "/base") == CanonicalRequest(
        "POST", "/base/gl%61nce", "b=2&a=1", "/base"
    )


def test_canonical_request_of_drops_a_query_left_in_raw_path() -> None:
    scope: Any = {
        "method": "GET",
        "path": "/glance",
        "raw_path": b"/glance?x=1",
        "query_string": b"x=1",
    }
    assert canonical_request_of(scope, "") == CanonicalRequest("GET", "/glance", "x=1", "")


def test_canonical_request_of_falls_back_to_path_and_get() -> None:
    scope: Any = {"path": "/caf\u00e9"}
    assert canonical_request_of(scope, "") == CanonicalRequest("GET", "/caf\u00e9", "", "")
    scope = {"path": "/glance", "raw_path": None, "query_string": b"a=1"}
    assert canonical_request_of(scope, "") == CanonicalRequest("GET", "/glance", "a=1", "")


# Tokens and tenants that do not pass -----------------------------------------------------


def test_rejects_token_of_another_secret(site: Site) -> None:
    assert_refused(site.get("/probe/context", jwt_header(context_token(secret=OTHER_SECRET))))


def test_rejects_request_token_on_context_route(site: Site) -> None:
    assert_refused(site.get("/probe/context", jwt_header(request_token("GET", "/probe/context"))))


def test_rejects_context_token_on_request_route(site: Site) -> None:
    assert_refused(site.get("/probe/request", jwt_header(context_token())))


def test_rejects_unknown_tenant(settings: Settings) -> None:
    with running(settings) as site:
        assert_refused(site.get("/probe/context", jwt_header(context_token())))


def test_rejects_disabled_tenant_unless_the_route_allows_it(site: Site) -> None:
    site.set_enabled(False)
    assert_refused(site.get("/probe/context", jwt_header(context_token())))
    token = request_token("GET", "/probe/disabled-ok")
    response = site.get("/probe/disabled-ok", jwt_header(token))
    assert response.status_code == 200, response.text
    assert response.json() == {"state": "disabled"}


def test_enabled_tenant_is_served_everywhere(site: Site) -> None:
    site.set_enabled(True)
    assert site.get("/probe/context", jwt_header(context_token())).status_code == 200
    token = request_token("GET", "/probe/disabled-ok")
    assert site.get("/probe/disabled-ok", jwt_header(token)).json() == {"state": "enabled"}


def test_rejects_uninstalled_tenant_even_where_disabled_is_allowed(site: Site) -> None:
    site.uninstall()
    assert_refused(site.get("/probe/context", jwt_header(context_token())))
    assert_refused(
        site.get("/probe/disabled-ok", jwt_header(request_token("GET", "/probe/disabled-ok")))
    )


def test_anonymous_token_is_refused_where_a_user_is_required(site: Site) -> None:
    assert_refused(site.get("/probe/user", jwt_header(context_token(account_id=None))))
    response = site.get("/probe/user", jwt_header(context_token()))
    assert response.json() == {"sub": ACCOUNT_ID}


def test_anonymous_token_is_accepted_where_no_user_is_required(site: Site) -> None:
    response = site.get("/probe/context", jwt_header(context_token(account_id=None)))
    assert response.status_code == 200, response.text


# Time: the app's clock and GLANCEAPP_JWT_LEEWAY -------------------------------------------


def test_time_claims_are_checked_on_the_apps_clock(site: Site) -> None:
    """The token is from the app's (injected) clock; on the wall clock it is long expired."""
    assert site.get("/probe/context", jwt_header(context_token())).status_code == 200
    site.set_time(NOW + TTL + 31)
    assert_refused(site.get("/probe/context", jwt_header(context_token())))


def test_default_leeway_is_30_seconds(site: Site) -> None:
    token = context_token()
    site.set_time(NOW + TTL + 30)
    assert site.get("/probe/context", jwt_header(token)).status_code == 200
    site.set_time(NOW + TTL + 31)
    assert_refused(site.get("/probe/context", jwt_header(token)))


@pytest.mark.parametrize("leeway", [0, 5, 120])
def test_jwt_leeway_setting_is_honoured(
    make_settings: Callable[..., Settings], leeway: int
) -> None:
    with running(make_settings(jwt_leeway=str(leeway))) as site:
        site.install()
        token = context_token()
        site.set_time(NOW + TTL + leeway)
        assert site.get("/probe/context", jwt_header(token)).status_code == 200
        site.set_time(NOW + TTL + leeway + 1)
        assert_refused(site.get("/probe/context", jwt_header(token)))
        site.set_time(NOW)
        assert site.get("/probe/context", jwt_header(context_token(iat=NOW + leeway))).is_success
        assert_refused(site.get("/probe/context", jwt_header(context_token(iat=NOW + leeway + 1))))


@pytest.mark.parametrize("query", ["jwt=&jwt=abc", "jwt=a&jwt=b", "a=1&jwt=x&jwt=x"])
def test_query_token_names_what_is_wrong(query: str) -> None:
    with pytest.raises(MissingToken) as raised:
        _query_token(query)
    assert str(raised.value) == "expected exactly one jwt query parameter"


def test_query_token_reads_the_one_jwt_parameter() -> None:
    assert _query_token("issueKey=T-1&jwt=abc.def.ghi") == "abc.def.ghi"
    assert _query_token("issueKey=T-1") is None


@pytest.mark.parametrize(
    "query",
    [
        "jwt=a%2Eb.c",
        "%6Awt=abc",
        "%6awt=abc&x=1",
        "j%77t=a+b",
        "jwt",
        "jwt=&x=jwt=",
        "x=1&&jwt=a%zz",
        "jwt=%C3%A9",
        "jw+t=a&jwt=b",
        "jwt=a;jwt=b",
        "jwt%3Dx=y&jwt=z",
        "a=jwt=b",
        "%6Awt=abc&b=jwt=",
        "%6Awt=abc&jwt=x",
        "jw%74=a+b%2B&c=jwt=",
    ],
)
def test_query_token_decodes_as_parse_qsl_does(query: str) -> None:
    """The split is a shortcut, never a second reading of the query."""
    from urllib.parse import parse_qsl

    values = [v for k, v in parse_qsl(query, keep_blank_values=True) if k == "jwt"]
    if "jwt=" not in query:
        expected: str | None = None
    elif len(values) != 1:
        with pytest.raises(MissingToken):
            _query_token(query)
        return
    else:
        expected = values[0]
    assert _query_token(query) == expected


def test_no_scope_passes_the_middleware_without_a_token(site: Site) -> None:
    """The middleware has no pass-through: even a scope that is not plain HTTP is refused."""
    reached: list[Any] = []

    async def inner(scope: Any, receive: Any, send: Any) -> None:
        reached.append(scope)

    scope = {
        "type": "websocket",
        "path": "/probe/context",
        "query_string": b"",
        "headers": [],
        "route_handler": probe_context,
        "app": site.client.app,
    }
    with pytest.raises(MissingToken):
        site.call(TenantAuthMiddleware(inner), scope, None, None)
    assert reached == []


def test_a_scope_without_a_query_string_is_read_as_an_empty_query(site: Site) -> None:
    """ASGI makes `query_string` optional: its absence is an empty query, not a crash."""
    seen: list[Any] = []

    async def inner(scope: Any, receive: Any, send: Any) -> None:
        seen.append((scope["user"].client_key, scope["auth"].account_id))

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b""}

    async def send(message: Any) -> None:
        return None

    scope = {
        "type": "http",
        "method": "GET",
        "path": "/probe/context",
        "headers": [(b"authorization", f"JWT {context_token()}".encode())],
        "route_handler": probe_context,
        "app": site.client.app,
    }
    site.call(TenantAuthMiddleware(inner), scope, receive, send)
    assert seen == [(CLIENT_KEY, ACCOUNT_ID)]


@pytest.mark.parametrize(
    ("authorization", "refusal", "reason"),
    [
        ("Bearer abc", WrongScheme, "expected the JWT scheme"),
        (f"JWT {context_token(secret='x' * 32)}", None, None),
    ],
    ids=["scheme", "issuer"],
)
def test_a_refusal_names_its_reason_for_the_log(
    settings: Settings, authorization: str, refusal: Any, reason: str | None
) -> None:
    """The 401 says nothing more; the log line must say which check failed."""
    with running(settings) as unknown_site:  # nothing installed: every issuer is unknown
        scope = {
            "type": "http",
            "method": "GET",
            "path": "/probe/context",
            "query_string": b"",
            "headers": [(b"authorization", authorization.encode())],
            "route_handler": probe_context,
            "app": unknown_site.client.app,
        }

        async def inner(scope: Any, receive: Any, send: Any) -> None:
            raise AssertionError("a refused request never reaches the route")

        with pytest.raises(refusal or WrongIssuer) as refused:
            unknown_site.call(TenantAuthMiddleware(inner), scope, None, None)
    assert str(refused.value) == (reason or "unknown or uninstalled tenant")
