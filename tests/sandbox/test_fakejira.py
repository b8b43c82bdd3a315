"""The fake Jira, exercised over real HTTP on loopback.

Every token here is built with Atlassian's `atlassian_jwt` and PyJWT, never with
glanceapp's own protocol code, so the fake is checked independently of the app.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import jwt
import pytest
from atlassian_jwt.url_utils import hash_url
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from glanceapp.sandbox.fakejira import (
    ASSERTION_LIFETIME_ERROR,
    JWT_BEARER_GRANT,
    OMIT,
    FakeJira,
)
from support.keys import rsa_key

ALICE = "557058:aaaaaaaa-0000-0000-0000-000000000001"
BOB = "557058:bbbbbbbb-0000-0000-0000-000000000002"
PROPERTY = "glanceapp.link"
PROPERTY_PATH = f"/rest/api/3/user/properties/{PROPERTY}"
OTHER_SECRET = "another-tenant-secret-that-is-long-enough-0123456789"
INSTALLED_QSH = "4a2e1de8ca74e6cafe8862d332fa3ac7a8e51e692bc6d798ea4dfedc14948bf4"


# --------------------------------------------------------------------------- helpers


def app_jwt(
    fake: FakeJira,
    method: str,
    target: str,
    *,
    secret: str | None = None,
    iss: str | None = None,
    qsh: str | None = None,
    iat: int | None = None,
    ttl: int = 180,
    algorithm: str = "HS256",
) -> str:
    """A token as the app would sign it to call Jira as itself."""
    issued = int(time.time()) if iat is None else iat
    claims = {
        "iss": fake.app_key if iss is None else iss,
        "iat": issued,
        "exp": issued + ttl,
        "qsh": hash_url(method, target) if qsh is None else qsh,
    }
    return jwt.encode(claims, secret or fake.shared_secret, algorithm=algorithm)


def jwt_header(fake: FakeJira, method: str, target: str, **kwargs: Any) -> dict[str, str]:
    return {"Authorization": f"JWT {app_jwt(fake, method, target, **kwargs)}"}


def assertion(
    fake: FakeJira,
    account_id: str,
    *,
    lifetime: int = 60,
    secret: str | None = None,
    **overrides: Any,
) -> str:
    now = int(time.time())
    claims: dict[str, Any] = {
        "iss": f"urn:atlassian:connect:clientid:{fake.oauth_client_id}",
        "sub": f"urn:atlassian:connect:useraccountid:{account_id}",
        "tnt": fake.base_url,
        "aud": fake.oauth_url,
        "iat": now,
        "exp": now + lifetime,
    }
    claims.update(overrides)
    return jwt.encode(claims, secret or fake.shared_secret, algorithm="HS256")


def grant(
    client: httpx.Client, fake: FakeJira, token: str, scope: str | None = "READ WRITE DELETE"
) -> httpx.Response:
    form = {"grant_type": JWT_BEARER_GRANT, "assertion": token}
    if scope is not None:
        form["scope"] = scope
    return client.post(
        f"{fake.oauth_url}/oauth2/token", data=form, headers={"Accept": "application/json"}
    )


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def put_as_app(client: httpx.Client, fake: FakeJira, account_id: str, value: Any) -> int:
    target = f"{PROPERTY_PATH}?accountId={account_id}"
    return client.put(target, json=value, headers=jwt_header(fake, "PUT", target)).status_code


@dataclass
class Captured:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class StubApp:
    """A tiny app server that records what the fake posts to it."""

    url: str
    calls: list[Captured] = field(default_factory=list)


class _StubHandler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        stub: StubApp = self.server.stub  # type: ignore[attr-defined]
        stub.calls.append(Captured("POST", self.path, dict(self.headers.items()), body))
        self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture
def stub_app() -> Iterator[StubApp]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _StubHandler)
    stub = StubApp(url=f"http://127.0.0.1:{server.server_address[1]}")
    server.stub = stub  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield stub
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture(scope="module")
def install_key() -> rsa.RSAPrivateKey:
    return rsa_key("install")


@pytest.fixture
def fake(install_key: rsa.RSAPrivateKey) -> Iterator[FakeJira]:
    with FakeJira(app_base_url="http://127.0.0.1:9/app", install_key=install_key) as site:
        yield site
        assert site.server_errors == []


@pytest.fixture
def client(fake: FakeJira) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=fake.base_url, timeout=5, trust_env=False) as c:
        yield c


@pytest.fixture
def wired(stub_app: StubApp, install_key: rsa.RSAPrivateKey) -> Iterator[tuple[FakeJira, StubApp]]:
    with FakeJira(app_base_url=f"{stub_app.url}/app", install_key=install_key) as site:
        yield site, stub_app


# --------------------------------------------------------------------------- basics


def test_identity_before_and_after_start() -> None:
    site = FakeJira(app_base_url="http://127.0.0.1:9")
    with pytest.raises(RuntimeError, match="not started"):
        _ = site.base_url
    assert site.start() is site
    assert site.start() is site  # idempotent
    try:
        assert site.base_url.startswith("http://127.0.0.1:")
        assert site.install_keys_url == f"{site.base_url}/install-keys"
        assert site.oauth_url == f"{site.base_url}/oauth"
        assert site.client_key.startswith("fake-jira:")
        assert len(site.shared_secret) >= 48
        assert site.oauth_client_id
    finally:
        site.close()
    site.close()  # idempotent
    with pytest.raises(RuntimeError, match="closed"):
        site.start()


def test_short_secret_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 32"):
        FakeJira(app_base_url="http://127.0.0.1:9", shared_secret="too-short")


def test_unknown_path_and_method(fake: FakeJira, client: httpx.Client) -> None:
    assert client.get("/rest/api/3/myself").status_code == 404
    assert client.post(PROPERTY_PATH).status_code == 405


# --------------------------------------------------------------------------- install keys


def test_install_key_endpoint_serves_the_signing_key(fake: FakeJira, client: httpx.Client) -> None:
    assert re.fullmatch(r"[A-Za-z0-9_-]+", fake.kid)
    answer = client.get(f"{fake.install_keys_url}/{fake.kid}")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/plain")
    public = serialization.load_pem_public_key(answer.content)
    assert isinstance(public, rsa.RSAPublicKey)
    assert public.public_numbers() == fake.private_key.public_key().public_numbers()
    assert client.get(f"{fake.install_keys_url}/no-such-kid").status_code == 404


def test_extra_install_keys(fake: FakeJira, client: httpx.Client) -> None:
    other = rsa_key("stranger")
    pem = other.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    fake.add_install_key("rotated-key_2", pem)
    assert client.get(f"{fake.install_keys_url}/rotated-key_2").content == pem
    with pytest.raises(ValueError, match="kid"):
        fake.add_install_key("bad/kid", pem)


def test_install_key_endpoint_faults(fake: FakeJira, client: httpx.Client) -> None:
    fake.inject("GET", "/install-keys/", status=500)
    assert client.get(f"{fake.install_keys_url}/{fake.kid}").status_code == 500
    assert client.get(f"{fake.install_keys_url}/{fake.kid}").status_code == 200

    fake.inject("GET", "/install-keys/", hang=True)
    with (
        httpx.Client(timeout=0.5, trust_env=False) as impatient,
        pytest.raises(httpx.ReadTimeout),
    ):
        impatient.get(f"{fake.install_keys_url}/{fake.kid}")
    fake.release_hangs()


# --------------------------------------------------------------------------- properties as the app


def test_properties_crud_with_app_jwt(fake: FakeJira, client: httpx.Client) -> None:
    target = f"{PROPERTY_PATH}?accountId={ALICE}"
    value = {"v": 1, "account": "alice"}

    assert client.get(target, headers=jwt_header(fake, "GET", target)).status_code == 404
    first = client.put(target, json=value, headers=jwt_header(fake, "PUT", target))
    assert first.status_code == 201
    second = client.put(target, json={"v": 2}, headers=jwt_header(fake, "PUT", target))
    assert second.status_code == 200

    got = client.get(target, headers=jwt_header(fake, "GET", target))
    assert got.status_code == 200
    assert got.json() == {"key": PROPERTY, "value": {"v": 2}}
    assert fake.property(ALICE, PROPERTY) == {"v": 2}
    assert fake.all_properties() == {(ALICE, PROPERTY): {"v": 2}}

    listed = client.get(
        f"/rest/api/3/user/properties?accountId={ALICE}",
        headers=jwt_header(fake, "GET", f"/rest/api/3/user/properties?accountId={ALICE}"),
    )
    assert [item["key"] for item in listed.json()["keys"]] == [PROPERTY]

    assert client.delete(target, headers=jwt_header(fake, "DELETE", target)).status_code == 204
    assert client.delete(target, headers=jwt_header(fake, "DELETE", target)).status_code == 404
    assert fake.property(ALICE, PROPERTY) is None


def test_missing_account_id_is_400(fake: FakeJira, client: httpx.Client) -> None:
    answer = client.get(PROPERTY_PATH, headers=jwt_header(fake, "GET", PROPERTY_PATH))
    assert answer.status_code == 400
    assert answer.json()["errorMessages"]


def test_property_value_size_limit(fake: FakeJira, client: httpx.Client) -> None:
    target = f"{PROPERTY_PATH}?accountId={ALICE}"
    exactly = json.dumps("x" * (32768 - 2)).encode()
    too_big = json.dumps("x" * (32768 - 1)).encode()
    assert len(exactly) == 32768
    headers = {**jwt_header(fake, "PUT", target), "Content-Type": "application/json"}
    assert client.put(target, content=too_big, headers=headers).status_code == 400
    assert fake.property(ALICE, PROPERTY) is None
    assert client.put(target, content=exactly, headers=headers).status_code == 201


def test_property_body_must_be_json(fake: FakeJira, client: httpx.Client) -> None:
    target = f"{PROPERTY_PATH}?accountId={ALICE}"
    as_text = {**jwt_header(fake, "PUT", target), "Content-Type": "text/plain"}
    assert client.put(target, content=b"{}", headers=as_text).status_code == 415
    as_json = {**jwt_header(fake, "PUT", target), "Content-Type": "application/json"}
    assert client.put(target, content=b"{not json", headers=as_json).status_code == 400
    assert fake.all_properties() == {}


def test_set_and_delete_property_for_setup(fake: FakeJira, client: httpx.Client) -> None:
    fake.set_property(BOB, PROPERTY, {"v": 1})
    target = f"{PROPERTY_PATH}?accountId={BOB}"
    assert client.get(target, headers=jwt_header(fake, "GET", target)).json()["value"] == {"v": 1}
    assert fake.delete_property(BOB, PROPERTY) is True
    assert fake.delete_property(BOB, PROPERTY) is False


# --------------------------------------------------------------------------- refusals


def test_wrong_qsh_is_401(fake: FakeJira, client: httpx.Client) -> None:
    target = f"{PROPERTY_PATH}?accountId={ALICE}"
    signed_for_bob = f"{PROPERTY_PATH}?accountId={BOB}"
    answer = client.put(target, json={"v": 1}, headers=jwt_header(fake, "PUT", signed_for_bob))
    assert answer.status_code == 401
    assert "qsh" in answer.json()["errorMessages"][0]
    wrong_method = client.put(target, json={"v": 1}, headers=jwt_header(fake, "GET", target))
    assert wrong_method.status_code == 401
    context = client.get(target, headers=jwt_header(fake, "GET", target, qsh="context-qsh"))
    assert context.status_code == 401
    assert fake.all_properties() == {}


def test_wrong_secret_is_401(fake: FakeJira, client: httpx.Client) -> None:
    target = f"{PROPERTY_PATH}?accountId={ALICE}"
    answer = client.put(
        target, json={"v": 1}, headers=jwt_header(fake, "PUT", target, secret=OTHER_SECRET)
    )
    assert answer.status_code == 401
    assert answer.headers["www-authenticate"].startswith("JWT")
    assert fake.all_properties() == {}


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"iss": "some-other-app"}, "iss"),
        ({"iss": "fake-jira:a-client-key"}, "iss"),
        ({"iat": -400}, "expired"),
        ({"iat": +400}, "not yet valid"),
        ({"algorithm": "HS512"}, "HS256"),
    ],
)
def test_bad_app_tokens_are_401(
    fake: FakeJira, client: httpx.Client, kwargs: dict[str, Any], expected: str
) -> None:
    if "iat" in kwargs:  # an offset from now, taken when the test runs, not when it is collected
        kwargs = {**kwargs, "iat": int(time.time()) + kwargs["iat"]}
    target = f"{PROPERTY_PATH}?accountId={ALICE}"
    answer = client.get(target, headers=jwt_header(fake, "GET", target, **kwargs))
    assert answer.status_code == 401
    assert expected in answer.json()["errorMessages"][0]


@pytest.mark.parametrize(
    "authorization",
    [None, "Basic YWxpY2U6cGFzc3dvcmQ=", "JWT", "JWT not-a-token", "Bearer unknown"],
)
def test_missing_or_foreign_credentials_are_401(
    fake: FakeJira, client: httpx.Client, authorization: str | None
) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}
    answer = client.get(f"{PROPERTY_PATH}?accountId={ALICE}", headers=headers)
    assert answer.status_code == 401
    assert answer.json()["errorMessages"]


def test_jwt_in_query_is_not_accepted_and_not_recorded(
    fake: FakeJira, client: httpx.Client
) -> None:
    target = f"{PROPERTY_PATH}?accountId={ALICE}"
    token = app_jwt(fake, "GET", target)
    assert client.get(f"{target}&jwt={token}").status_code == 401
    (recorded,) = fake.requests
    assert recorded.query == (("accountId", ALICE),)
    assert token not in repr(fake.requests)


def test_rotated_secret_invalidates_old_tokens(wired: tuple[FakeJira, StubApp]) -> None:
    fake, _ = wired
    old = fake.shared_secret
    new = "rotated-secret-" + "n" * 40
    assert fake.install(shared_secret=new) == (204, "")
    assert fake.shared_secret == new
    target = f"{PROPERTY_PATH}?accountId={ALICE}"
    with httpx.Client(base_url=fake.base_url, timeout=5, trust_env=False) as client:
        stale = jwt_header(fake, "GET", target, secret=old)
        assert client.get(target, headers=stale).status_code == 401
        assert client.get(target, headers=jwt_header(fake, "GET", target)).status_code == 404


def test_app_without_admin_reaches_only_its_own_account(
    fake: FakeJira, client: httpx.Client
) -> None:
    fake.app_admin = False
    assert put_as_app(client, fake, ALICE, {"v": 1}) == 403
    assert put_as_app(client, fake, fake.app_account_id, {"v": 1}) == 201
    assert fake.all_properties() == {(fake.app_account_id, PROPERTY): {"v": 1}}


# --------------------------------------------------------------------------- OAuth 2.0


def test_bearer_from_grant_acts_only_for_its_own_user(fake: FakeJira, client: httpx.Client) -> None:
    answer = grant(client, fake, assertion(fake, ALICE))
    assert answer.status_code == 200
    body = answer.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 900
    assert body["scope"] == "READ WRITE DELETE"
    token = body["access_token"]

    own = f"{PROPERTY_PATH}?accountId={ALICE}"
    assert client.put(own, json={"v": 1}, headers=bearer(token)).status_code == 201
    assert client.get(own, headers=bearer(token)).json()["value"] == {"v": 1}

    other = f"{PROPERTY_PATH}?accountId={BOB}"
    assert client.put(other, json={"v": 1}, headers=bearer(token)).status_code == 403
    assert client.get(other, headers=bearer(token)).status_code == 403
    assert fake.property(BOB, PROPERTY) is None
    assert client.delete(own, headers=bearer(token)).status_code == 204

    assert fake.grant_count == 1
    (issued,) = fake.access_tokens
    assert issued.account_id == ALICE
    assert issued.scopes == frozenset({"READ", "WRITE", "DELETE"})
    assert issued.expires_at >= int(time.time()) + 899
    assert [r.auth_scheme for r in fake.requests[1:]] == ["Bearer"] * 5
    assert token not in repr(fake.requests)


def test_bearer_scopes_are_enforced(fake: FakeJira, client: httpx.Client) -> None:
    token = grant(client, fake, assertion(fake, ALICE), scope="read").json()["access_token"]
    own = f"{PROPERTY_PATH}?accountId={ALICE}"
    assert client.get(own, headers=bearer(token)).status_code == 404
    assert client.put(own, json={"v": 1}, headers=bearer(token)).status_code == 403
    admin = grant(client, fake, assertion(fake, ALICE), scope="ADMIN").json()["access_token"]
    assert client.put(own, json={"v": 1}, headers=bearer(admin)).status_code == 201


def test_bearer_expires_with_the_fake_clock(fake: FakeJira, client: httpx.Client) -> None:
    token = grant(client, fake, assertion(fake, ALICE)).json()["access_token"]
    own = f"{PROPERTY_PATH}?accountId={ALICE}"
    assert client.get(own, headers=bearer(token)).status_code == 404
    fake.set_clock(901)
    assert client.get(own, headers=bearer(token)).status_code == 401
    fake.set_clock(0)
    assert client.get(own, headers=bearer(token)).status_code == 404


def test_assertion_lifetime_over_60_seconds_is_400(fake: FakeJira, client: httpx.Client) -> None:
    answer = grant(client, fake, assertion(fake, ALICE, lifetime=61))
    assert answer.status_code == 400
    assert answer.json()["error_description"] == ASSERTION_LIFETIME_ERROR
    assert "no more than 60 seconds" in answer.text
    assert fake.grant_count == 0


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"iss": "urn:atlassian:connect:clientid:someone-else"}, "iss"),
        ({"sub": ALICE}, "sub"),
        ({"sub": "urn:atlassian:connect:useraccountid:"}, "sub"),
        ({"tnt": "https://other.atlassian.net"}, "tnt"),
        ({"aud": "https://oauth-2-authorization-server.services.atlassian.com"}, "aud"),
        ({"iat": int(time.time()) - 120, "exp": int(time.time()) - 60}, "expired"),
        ({"secret": OTHER_SECRET}, "signature"),
    ],
)
def test_bad_assertions_are_400(
    fake: FakeJira, client: httpx.Client, overrides: dict[str, Any], expected: str
) -> None:
    answer = grant(client, fake, assertion(fake, ALICE, **overrides))
    assert answer.status_code == 400
    assert answer.json()["error"] == "invalid_grant"
    assert expected in answer.json()["error_description"]
    assert fake.grant_count == 0


def test_token_endpoint_request_shape(fake: FakeJira, client: httpx.Client) -> None:
    url = f"{fake.oauth_url}/oauth2/token"
    wrong_grant = client.post(url, data={"grant_type": "client_credentials", "assertion": "x"})
    assert wrong_grant.json()["error"] == "unsupported_grant_type"
    as_json = client.post(url, json={"grant_type": JWT_BEARER_GRANT, "assertion": "x"})
    assert as_json.json()["error"] == "invalid_request"
    bad_scope = grant(client, fake, assertion(fake, ALICE), scope="READ FLY")
    assert bad_scope.json()["error"] == "invalid_scope"
    assert grant(client, fake, assertion(fake, ALICE), scope=None).status_code == 200


# --------------------------------------------------------------------------- faults


def test_status_fault_with_retry_after_and_times(fake: FakeJira, client: httpx.Client) -> None:
    fault = fake.inject("PUT", "/rest/api/3/user/properties/", status=429, retry_after=7, times=2)
    for _ in range(2):
        answer = client.put(
            f"{PROPERTY_PATH}?accountId={ALICE}",
            json={"v": 1},
            headers=jwt_header(fake, "PUT", f"{PROPERTY_PATH}?accountId={ALICE}"),
        )
        assert answer.status_code == 429
        assert answer.headers["retry-after"] == "7"
        assert fake.property(ALICE, PROPERTY) is None
    assert fault.fired == 2
    assert fault.remaining == 0
    assert put_as_app(client, fake, ALICE, {"v": 1}) == 201
    assert [(r.status, r.fault) for r in fake.requests] == [(429, True), (429, True), (201, False)]


def test_fault_matches_method_and_prefix(fake: FakeJira, client: httpx.Client) -> None:
    fake.inject("DELETE", "/rest/api/3/user/properties/", status=503)
    assert put_as_app(client, fake, ALICE, {"v": 1}) == 201
    fake.inject("*", "/rest/api/2/", status=500)
    assert put_as_app(client, fake, ALICE, {"v": 2}) == 200
    target = f"{PROPERTY_PATH}?accountId={ALICE}"
    assert client.delete(target, headers=jwt_header(fake, "DELETE", target)).status_code == 503
    assert fake.property(ALICE, PROPERTY) == {"v": 2}


def test_apply_then_fail_lands_the_write(fake: FakeJira, client: httpx.Client) -> None:
    fake.inject("PUT", "/rest/api/3/user/properties/", apply_then_fail=True)
    assert put_as_app(client, fake, ALICE, {"v": 1}) == 500
    assert fake.property(ALICE, PROPERTY) == {"v": 1}

    fake.inject("DELETE", "/rest/api/3/user/properties/", apply_then_fail=True, status=502)
    target = f"{PROPERTY_PATH}?accountId={ALICE}"
    assert client.delete(target, headers=jwt_header(fake, "DELETE", target)).status_code == 502
    assert fake.property(ALICE, PROPERTY) is None


def test_hang_is_released_by_release_hangs(fake: FakeJira) -> None:
    arrived = threading.Event()
    fake.inject("PUT", "/rest/api/3/user/properties/", hang=True, after=arrived.set)
    with httpx.Client(base_url=fake.base_url, timeout=0.5, trust_env=False) as impatient:
        with pytest.raises(httpx.ReadTimeout):
            put_as_app(impatient, fake, ALICE, {"v": 1})
        assert arrived.is_set()
        assert fake.hanging == 1
        assert fake.property(ALICE, PROPERTY) is None
        fake.release_hangs()
        assert put_as_app(impatient, fake, ALICE, {"v": 1}) == 201


def test_released_hang_answers_a_waiting_client(fake: FakeJira) -> None:
    arrived = threading.Event()
    fake.inject("GET", "/install-keys/", hang=True, after=arrived.set)
    with (
        httpx.Client(timeout=10, trust_env=False) as patient,
        ThreadPoolExecutor(max_workers=1) as pool,
    ):
        pending = pool.submit(patient.get, f"{fake.install_keys_url}/{fake.kid}")
        assert arrived.wait(5)
        assert not pending.done()
        fake.release_hangs()
        assert pending.result(timeout=5).status_code == 504


def test_apply_then_hang_lands_the_write(fake: FakeJira) -> None:
    fake.inject("PUT", "/rest/api/3/user/properties/", apply_then_fail=True, hang=True)
    with (
        httpx.Client(base_url=fake.base_url, timeout=0.5, trust_env=False) as impatient,
        pytest.raises(httpx.ReadTimeout),
    ):
        put_as_app(impatient, fake, ALICE, {"v": 1})
    assert fake.property(ALICE, PROPERTY) == {"v": 1}
    fake.release_hangs()


def test_close_releases_hung_handlers() -> None:
    site = FakeJira(app_base_url="http://127.0.0.1:9").start()
    arrived = threading.Event()
    site.inject("GET", "/install-keys/", hang=True, after=arrived.set)
    with (
        httpx.Client(timeout=10, trust_env=False) as patient,
        ThreadPoolExecutor(max_workers=1) as pool,
    ):
        pending = pool.submit(patient.get, f"{site.install_keys_url}/{site.kid}")
        assert arrived.wait(5)
        site.close()
        assert pending.result(timeout=5).status_code == 504


def test_inject_validates_its_arguments(fake: FakeJira) -> None:
    with pytest.raises(ValueError, match="needs a status"):
        fake.inject("GET", "/install-keys/")
    with pytest.raises(ValueError, match="times"):
        fake.inject("GET", "/install-keys/", status=500, times=0)
    with pytest.raises(ValueError, match="start with"):
        fake.inject("GET", "install-keys/", status=500)


# --------------------------------------------------------------------------- driving the app


def _decode_install(fake: FakeJira, captured: Captured) -> dict[str, Any]:
    scheme, token = captured.headers["Authorization"].split(" ", 1)
    assert scheme == "JWT"
    header = jwt.get_unverified_header(token)
    assert header["alg"] == "RS256"
    with httpx.Client(timeout=5, trust_env=False) as client:
        pem = client.get(f"{fake.install_keys_url}/{header['kid']}")
    assert pem.status_code == 200
    claims: dict[str, Any] = jwt.decode(
        token,
        serialization.load_pem_public_key(pem.content),  # type: ignore[arg-type]
        algorithms=["RS256"],
        audience=fake.app_base_url,
    )
    return claims


def test_install_posts_a_signed_installed_callback(wired: tuple[FakeJira, StubApp]) -> None:
    fake, stub = wired
    assert fake.install() == (204, "")
    (call,) = stub.calls
    assert call.path == "/app/installed"
    assert call.headers["Content-Type"] == "application/json"

    claims = _decode_install(fake, call)
    assert claims["iss"] == fake.client_key
    assert claims["aud"] == fake.app_base_url
    assert claims["sub"] == fake.installer_account_id
    assert claims["exp"] - claims["iat"] == 180
    # The qsh is of the path relative to the app's base URL, not of /app/installed.
    assert claims["qsh"] == hash_url("POST", "/installed") == INSTALLED_QSH

    body = json.loads(call.body)
    assert body == {
        "key": "glanceapp",
        "clientKey": fake.client_key,
        "sharedSecret": fake.shared_secret,
        "baseUrl": fake.base_url,
        "displayUrl": fake.base_url,
        "productType": "jira",
        "description": body["description"],
        "eventType": "installed",
        "oauthClientId": fake.oauth_client_id,
        "serverVersion": body["serverVersion"],
        "pluginsVersion": body["pluginsVersion"],
    }


def test_uninstall_carries_no_secret(wired: tuple[FakeJira, StubApp]) -> None:
    fake, stub = wired
    assert fake.install(event="uninstalled")[0] == 204
    (call,) = stub.calls
    assert call.path == "/app/uninstalled"
    assert _decode_install(fake, call)["qsh"] == hash_url("POST", "/uninstalled")
    body = json.loads(call.body)
    assert body["eventType"] == "uninstalled"
    assert "sharedSecret" not in body
    with pytest.raises(ValueError, match="secret"):
        fake.install(event="uninstalled", shared_secret="s" * 40)


def test_install_overrides(wired: tuple[FakeJira, StubApp]) -> None:
    fake, stub = wired
    other = rsa_key("stranger")
    fake.install(
        private_key=other,
        kid="unknown-kid",
        claims_override={"qsh": OMIT, "aud": "https://elsewhere.example"},
        payload_override={"baseUrl": "https://evil.example", "displayUrl": OMIT},
    )
    (call,) = stub.calls
    token = call.headers["Authorization"].split(" ", 1)[1]
    assert jwt.get_unverified_header(token)["kid"] == "unknown-kid"
    claims = jwt.decode(
        token, other.public_key(), algorithms=["RS256"], audience="https://elsewhere.example"
    )
    assert "qsh" not in claims
    body = json.loads(call.body)
    assert body["baseUrl"] == "https://evil.example"
    assert "displayUrl" not in body
    with httpx.Client(timeout=5, trust_env=False) as client:
        assert client.get(f"{fake.install_keys_url}/unknown-kid").status_code == 404


def test_lifecycle_is_signed_with_the_shared_secret(wired: tuple[FakeJira, StubApp]) -> None:
    fake, stub = wired
    assert fake.lifecycle("enabled") == 204
    assert fake.lifecycle("disabled") == 204
    enabled, disabled = stub.calls
    for call, event in ((enabled, "enabled"), (disabled, "disabled")):
        assert call.path == f"/app/{event}"
        token = call.headers["Authorization"].removeprefix("JWT ")
        claims = jwt.decode(token, fake.shared_secret, algorithms=["HS256"])
        assert claims["iss"] == fake.client_key
        assert claims["qsh"] == hash_url("POST", f"/{event}")
        body = json.loads(call.body)
        assert body["eventType"] == event
        assert "sharedSecret" not in body


def test_context_token(fake: FakeJira) -> None:
    token = fake.context_token(ALICE, issue_key="ABC-7", project_key="ABC")
    claims = jwt.decode(token, fake.shared_secret, algorithms=["HS256"])
    assert claims["iss"] == fake.client_key
    assert claims["sub"] == ALICE
    assert claims["qsh"] == "context-qsh"
    assert claims["context"]["jira"]["issue"] == {"key": "ABC-7", "id": "10001"}
    assert claims["context"]["jira"]["project"] == {"key": "ABC", "id": "10000"}
    assert claims["exp"] - claims["iat"] == 180

    anonymous = jwt.decode(fake.context_token(None), fake.shared_secret, algorithms=["HS256"])
    assert "sub" not in anonymous

    stale = fake.context_token(ALICE, ttl=60, now=int(time.time()) - 600)
    with pytest.raises(jwt.ExpiredSignatureError):
        jwt.decode(stale, fake.shared_secret, algorithms=["HS256"])


def test_context_token_follows_the_fake_clock(fake: FakeJira) -> None:
    fake.set_clock(-3600)
    token = fake.context_token(ALICE)
    with pytest.raises(jwt.ExpiredSignatureError):
        jwt.decode(token, fake.shared_secret, algorithms=["HS256"])


def test_iframe_url_is_signed_over_its_own_query(fake: FakeJira) -> None:
    url = fake.iframe_url("/glance?issueKey=TEST-1&projectKey=TEST", ALICE)
    assert url.startswith(f"{fake.app_base_url}/glance?")
    parts = urlsplit(url)
    params = dict(parse_qsl(parts.query, keep_blank_values=True))
    assert params["issueKey"] == "TEST-1"
    assert params["xdm_e"] == fake.base_url
    assert params["xdm_c"].startswith("channel-")
    assert params["cp"] == ""
    assert params["lic"] == "none"
    assert params["cv"] == "1.0"

    claims = jwt.decode(params["jwt"], fake.shared_secret, algorithms=["HS256"])
    assert claims["iss"] == fake.client_key
    assert claims["sub"] == ALICE
    relative = parts.path.removeprefix("/app") + "?" + parts.query
    assert claims["qsh"] == hash_url("GET", relative)
    assert claims["qsh"] != hash_url("GET", "/glance?issueKey=TEST-1&projectKey=TEST")

    anonymous = fake.iframe_url("/glance?issueKey=TEST-1", None, ttl=30)
    anonymous_claims = jwt.decode(
        dict(parse_qsl(urlsplit(anonymous).query))["jwt"], fake.shared_secret, algorithms=["HS256"]
    )
    assert "sub" not in anonymous_claims
    assert anonymous_claims["exp"] - anonymous_claims["iat"] == 30
