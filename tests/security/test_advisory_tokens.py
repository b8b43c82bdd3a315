"""Advisories on tokens: whatever arrives as a token or an Authorization header, the answer is 401.

A non-ASCII character in a JWT's signature once gave 500 with a traceback
(`base64` raises a plain ValueError for non-ASCII text, not binascii.Error).
The property test below sends arbitrary text and bytes as tokens and headers to
every authenticated route, read from the app's own routes, so a new route (a
Forge one, say) is covered as soon as it declares how it authenticates.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import quote_from_bytes

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from litestar import Litestar
from litestar.testing import TestClient

from glanceapp.app import create_app
from glanceapp.connect.errors import MalformedToken
from glanceapp.connect.install import InstallPayload
from glanceapp.connect.tokens import parse_tenant_token
from glanceapp.settings import Settings
from glanceapp.web import lifecycle

NOW = 1_750_000_000
CLIENT_KEY = "jira:property-test-site"
SECRET = "a-shared-secret-for-the-property-test-0123"


@dataclass(frozen=True)
class AuthRoute:
    method: str
    path: str
    scheme: str  # the WWW-Authenticate scheme its 401 names
    query_token: bool  # whether it also takes `?jwt=`
    success: frozenset[int]


SIGNED_INSTALL = {h.handler_name for h in lifecycle.HANDLERS if "auth" not in h.opt}


def authenticated_routes(app: Litestar) -> list[AuthRoute]:
    """Every route that authenticates, as the app declares it (tenant JWT, signed install, Bearer)."""
    found: list[AuthRoute] = []
    for route in app.routes:
        for handler in getattr(route, "route_handlers", []):
            methods = sorted(set(handler.http_methods) - {"OPTIONS", "HEAD"})
            opt = handler.opt
            if "auth" in opt:
                scheme, query = "JWT", opt["auth"] == "request"
            elif "www_authenticate" in opt:
                scheme, query = str(opt["www_authenticate"]), False
            elif handler.handler_name in SIGNED_INSTALL:
                scheme, query = "JWT", False
            else:
                continue
            success = frozenset({handler.status_code or 200, 200, 204})
            found.extend(AuthRoute(m, route.path, scheme, query, success) for m in methods)
    return found


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


HS256_HEADER = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
RS256_HEADER = b64(json.dumps({"alg": "RS256", "typ": "JWT", "kid": "kid-1"}).encode())
CLAIMS = b64(
    json.dumps(
        {"iss": CLIENT_KEY, "iat": NOW, "exp": NOW + 60, "qsh": "context-qsh", "sub": "a"}
    ).encode()
)

any_text = st.text(max_size=200)
segment = st.one_of(st.text(max_size=40), st.from_regex(r"[A-Za-z0-9_-]{0,40}", fullmatch=True))
tokens = st.one_of(
    any_text,
    st.lists(segment, min_size=1, max_size=4).map(".".join),
    # A well-formed head and claims for a known tenant, then anything as the signature.
    st.tuples(st.sampled_from([HS256_HEADER, RS256_HEADER]), any_text).map(
        lambda parts: f"{parts[0]}.{CLAIMS}.{parts[1]}"
    ),
)
as_bytes = st.one_of(tokens.map(lambda t: t.encode("utf-8")), st.binary(max_size=200))
placements = st.sampled_from(["JWT", "Bearer", "bare", "query"])


@contextmanager
def app_with_a_tenant(settings: Settings) -> Iterator[TestClient[Litestar]]:
    app = create_app(settings, clock=lambda: NOW, sweep_interval=None)
    with TestClient(app=app, raise_server_exceptions=False) as client:
        payload = InstallPayload(
            client_key=CLIENT_KEY, base_url="https://acme.atlassian.net", shared_secret=SECRET
        )
        tenants = app.state.services.tenants
        client.blocking_portal.call(
            lambda: tenants.install(payload, kid="kid-1", account_id=None, now=NOW)
        )
        yield client


def test_every_authenticated_route_is_found(settings: Settings) -> None:
    routes = {(r.method, r.path) for r in authenticated_routes(create_app(settings))}
    assert {
        ("POST", "/installed"),
        ("POST", "/uninstalled"),
        ("POST", "/enabled"),
        ("POST", "/disabled"),
        ("GET", "/glance"),
        ("GET", "/glance/status"),
        ("GET", "/link/form"),
        ("POST", "/link"),
        ("DELETE", "/link"),
        ("POST", "/link/renew"),
        ("GET", "/api/whoami"),
    } <= routes


def test_arbitrary_tokens_and_headers_on_every_authenticated_route_get_401_never_5xx(
    settings: Settings,
) -> None:
    """Refusals write nothing, so one app and database serve every example."""
    with app_with_a_tenant(settings) as client:
        routes = authenticated_routes(client.app)

        @hypothesis_settings(max_examples=300, deadline=None)
        @given(route=st.sampled_from(routes), raw=as_bytes, placement=placements)
        def answer_is_401(route: AuthRoute, raw: bytes, placement: str) -> None:
            headers: dict[str, bytes] = {"content-type": b"application/json"}
            url = route.path
            if placement == "query":
                url = f"{route.path}?jwt={quote_from_bytes(raw)}"
            elif placement == "bare":
                headers["authorization"] = raw
            else:
                headers["authorization"] = placement.encode() + b" " + raw
            response = client.request(route.method, url, headers=headers, content=b"{}")
            assert response.status_code < 500, (route, raw, placement, response.text)
            assert response.status_code == 401 or response.status_code in route.success
            if response.status_code == 401:
                assert response.headers["www-authenticate"] == route.scheme

        answer_is_401()


@pytest.mark.parametrize("signature", ["é", "abc\u00ff", "\u2603", "a" * 10 + "\U0001f600"])
def test_a_non_ascii_signature_is_a_malformed_token_not_a_crash(signature: str) -> None:
    with pytest.raises(MalformedToken):
        parse_tenant_token(f"{HS256_HEADER}.{CLAIMS}.{signature}")


@pytest.mark.parametrize("part", [0, 1])
def test_a_non_ascii_header_or_claims_segment_is_a_malformed_token(part: int) -> None:
    parts = [HS256_HEADER, CLAIMS, "c2ln"]
    parts[part] = parts[part][:-1] + "é"
    with pytest.raises(MalformedToken):
        parse_tenant_token(".".join(parts))


@pytest.mark.parametrize(
    ("method", "url", "header"),
    [
        ("GET", "/glance/status", "authorization"),
        ("POST", "/enabled", "authorization"),
        ("GET", "/glance?jwt={token}", None),
        ("POST", "/installed", "authorization"),
    ],
)
def test_a_non_ascii_byte_in_a_jwt_gives_401_not_500(
    settings: Settings, method: str, url: str, header: str | None
) -> None:
    token = f"{HS256_HEADER}.{CLAIMS}.sig\u00e9"
    with app_with_a_tenant(settings) as client:
        headers = {"authorization": f"JWT {token}".encode("latin-1")} if header else {}
        target = url.format(token=quote_from_bytes(token.encode("latin-1")))
        response = client.request(method, target, headers=headers, content=b"{}")
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "JWT"


def test_unauthenticated_requests_with_made_up_issuers_never_grow_the_tenant_cache(
    settings: Settings,
) -> None:
    """12,000 random `iss` values once grew a worker by tens of MiB and filled the cache."""
    with app_with_a_tenant(settings) as client:
        tenants = client.app.state.services.tenants
        for n in range(500):
            claims = b64(json.dumps({"iss": f"made-up-{n}", "qsh": "context-qsh"}).encode())
            response = client.get(
                "/glance/status", headers={"authorization": f"JWT {HS256_HEADER}.{claims}.c2ln"}
            )
            assert response.status_code == 401
        assert tenants.cached == 0
        genuine = b64(json.dumps({"iss": CLIENT_KEY, "qsh": "context-qsh"}).encode())
        client.get(
            "/glance/status", headers={"authorization": f"JWT {HS256_HEADER}.{genuine}.c2ln"}
        )
        assert tenants.cached == 1  # a tenant that exists is still cached
