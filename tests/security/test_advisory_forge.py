"""Advisories on Forge Invocation Tokens over HTTP: whatever arrives, a Forge route answers 401.

The property test of `test_advisory_tokens` run against the Forge routes (found the same
way, from the app's own routes, with Forge switched on), plus the named attacks on RS256
that matter for a JWKS-keyed token, each sent over HTTP to a real app and a real fake
Forge on loopback.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable, Iterator

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from jwt.algorithms import RSAAlgorithm
from litestar import Litestar
from litestar.testing import TestClient

from glanceapp.app import create_app
from glanceapp.sandbox.fakeforge import FakeForge
from glanceapp.settings import Settings
from support.keys import rsa_key

from .test_advisory_tokens import AuthRoute, as_bytes, authenticated_routes, b64

ALICE = "557058:alice"
FORGE_PATHS = {
    ("POST", "/forge/lifecycle"),
    ("POST", "/forge/pre-uninstall"),
    ("GET", "/forge/glance/status"),
    ("POST", "/forge/link/start"),
    ("POST", "/forge/link/renew"),
    ("POST", "/forge/link/unlink"),
}


@pytest.fixture(scope="module")
def forge_key() -> rsa.RSAPrivateKey:
    return rsa_key("forge")


@pytest.fixture
def forge(forge_key: rsa.RSAPrivateKey) -> Iterator[FakeForge]:
    with FakeForge(app_base_url="https://glance.example.com", signing_key=forge_key) as fake:
        yield fake


@pytest.fixture
def client(
    forge: FakeForge, make_settings: Callable[..., Settings]
) -> Iterator[TestClient[Litestar]]:
    settings = make_settings(
        forge_app_id=forge.app_id,
        forge_jwks_url=forge.jwks_url,
        forge_api_hosts="127.0.0.1",
    )
    app = create_app(settings, clock=time.time, sweep_interval=None)
    with TestClient(app=app, raise_server_exceptions=False) as test_client:
        yield test_client


def _nothing_written(client: TestClient[Litestar]) -> None:
    db = client.app.state.services.db
    for table in ("forge_installations", "forge_tickets", "api_keys"):
        rows = client.blocking_portal.call(db.fetchall, f"SELECT * FROM {table}")  # noqa: S608
        assert rows == [], table


def test_every_forge_route_is_found(client: TestClient[Litestar]) -> None:
    routes = {(r.method, r.path) for r in authenticated_routes(client.app)}
    assert routes >= FORGE_PATHS


def test_arbitrary_tokens_on_every_forge_route_get_401_never_5xx(
    client: TestClient[Litestar], forge: FakeForge
) -> None:
    routes = [r for r in authenticated_routes(client.app) if r.path.startswith("/forge/")]
    real_head = b64(json.dumps({"alg": "RS256", "typ": "JWT", "kid": forge.kid}).encode())
    claims = b64(json.dumps(forge.fit_claims(principal=ALICE)).encode())
    forged = st.text(max_size=200).map(lambda s: f"{real_head}.{claims}.{s}".encode())

    @hypothesis_settings(max_examples=200, deadline=None)
    @given(
        route=st.sampled_from(routes),
        raw=st.one_of(as_bytes, forged),
        placement=st.sampled_from(["Bearer", "JWT", "bare"]),
    )
    def answer_is_401(route: AuthRoute, raw: bytes, placement: str) -> None:
        headers = {"content-type": b"application/json"}
        headers["authorization"] = raw if placement == "bare" else placement.encode() + b" " + raw
        response = client.request(route.method, route.path, headers=headers, content=b"{}")
        assert response.status_code == 401, (route, raw, placement, response.text)
        assert response.headers["www-authenticate"] == "Bearer"

    answer_is_401()
    _nothing_written(client)


def _send(client: TestClient[Litestar], token: str) -> int:
    response = client.get("/forge/glance/status", headers={"Authorization": f"Bearer {token}"})
    return response.status_code


def test_hs256_fit_signed_with_the_jwks_public_key_is_401(
    client: TestClient[Litestar], forge: FakeForge, forge_key: rsa.RSAPrivateKey
) -> None:
    pem = forge_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    head = b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": forge.kid}).encode())
    body = b64(json.dumps(forge.fit_claims(principal=ALICE)).encode())
    mac = hmac.new(pem, f"{head}.{body}".encode(), hashlib.sha256).digest()
    assert _send(client, f"{head}.{body}.{b64(mac)}") == 401
    _nothing_written(client)


def test_alg_none_fit_is_401(client: TestClient[Litestar], forge: FakeForge) -> None:
    head = b64(json.dumps({"alg": "none", "kid": forge.kid}).encode())
    body = b64(json.dumps(forge.fit_claims(principal=ALICE)).encode())
    assert _send(client, f"{head}.{body}.") == 401
    assert _send(client, f"{head}.{body}.c2ln") == 401
    _nothing_written(client)


def test_fit_with_an_embedded_jwk_header_is_not_trusted(
    client: TestClient[Litestar], forge: FakeForge
) -> None:
    attacker = rsa_key("attacker")
    jwk = RSAAlgorithm.to_jwk(attacker.public_key(), as_dict=True)
    token = forge.mint_fit(principal=ALICE, key=attacker, header_override={"jwk": jwk})
    assert _send(client, token) == 401
    _nothing_written(client)


def test_fit_with_a_non_ascii_signature_is_401_not_500(
    client: TestClient[Litestar], forge: FakeForge
) -> None:
    head, body, _ = forge.mint_fit(principal=ALICE).split(".")
    response = client.get(
        "/forge/glance/status",
        headers={"Authorization": f"Bearer {head}.{body}.sig\u00e9".encode("latin-1")},
    )
    assert response.status_code == 401


def test_genuine_fit_is_accepted_as_the_control(
    client: TestClient[Litestar], forge: FakeForge
) -> None:
    assert _send(client, forge.mint_fit(principal=ALICE)) == 200
