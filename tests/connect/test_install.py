"""Signed install: Jira's RS256 lifecycle JWT, verified against an in-test key server.

Install tokens are made here with PyJWT (or by hand, for shapes PyJWT refuses),
their qsh with atlassian_jwt. Verification is synchronous and the key is handed
in: the key server here is a dict behind a callable that counts its calls,
looked up between the token and body checks and the signature, as the lifecycle
handler does, so the tests can prove that a forged or malformed request is
refused before any key would be fetched.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any

import jwt
import pytest
from atlassian_jwt.url_utils import hash_url
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

from glanceapp.connect.errors import (
    BadAlgorithm,
    BadKeyId,
    BadSignature,
    ExpiredToken,
    HostNotAllowed,
    ImmatureToken,
    InstallPayloadError,
    KeyRejected,
    KeyServerUnavailable,
    MissingClaim,
    MissingToken,
    QshMismatch,
    WrongAudience,
    WrongIssuer,
    WrongScheme,
)
from glanceapp.connect.install import (
    MAX_BODY_BYTES,
    InstallPayload,
    VerifiedInstall,
    check_install_body,
    check_install_token,
    parse_install_payload,
    validate_kid,
    verify_signed_install,
)
from glanceapp.connect.qsh import CanonicalRequest
from glanceapp.connect.tokens import CONTEXT_QSH

APP_BASE_URL = "https://app.example.com"
SITE = "https://example.atlassian.net"
CLIENT_KEY = "574f8bdd-8dc4-35d3-9558-7bcea4e41de6"
ACCOUNT_ID = "5b10a2844c20165700ede21g"
SHARED_SECRET = "tenant-shared-secret-0123456789abcdef-0123456789"
KID = "0c4d3a1e-7f3b-4c2a-9d1e-5b6f7a8c9d0e"
ALLOWED_HOSTS = ("*.atlassian.net", "127.0.0.1")
NOW = 1_700_000_000
INSTALLED = CanonicalRequest("POST", "/installed")
UNINSTALLED = CanonicalRequest("POST", "/uninstalled")


def case_id(value: object) -> str:
    """A case's repr with each backslash spelled out: mutmut cannot re-select ids that hold one."""
    return repr(value).replace("\\", "<bs>")


SECP112R1_PEM = """-----BEGIN PUBLIC KEY-----
MDIwEAYHKoZIzj0CAQYFK4EEAAYDHgAEl64tBPRxkz0w2OixjjdfjMNIhjHaUi2G
p7FUmQ==
-----END PUBLIC KEY-----
"""
"""A well-formed PEM on a curve cryptography cannot load (UnsupportedAlgorithm)."""


def _pem(key: rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey) -> str:
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode("ascii")
    )


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


class KeyServer:
    """Stands in for connect-install-keys.atlassian.com: kid -> PEM, 404 for anything else."""

    def __init__(self, keys: dict[str, str]) -> None:
        self.keys = keys
        self.calls: list[str] = []
        self.unavailable = False

    def __call__(self, kid: str) -> str:
        self.calls.append(kid)
        if self.unavailable:
            raise KeyServerUnavailable("the key server answered 503")
        try:
            return self.keys[kid]
        except KeyError:
            raise KeyRejected(f"the key server answered 404 for {kid}") from None


@pytest.fixture
def key_server(jira_install_key: rsa.RSAPrivateKey) -> KeyServer:
    return KeyServer({KID: _pem(jira_install_key)})


def install_claims(**overrides: Any) -> dict[str, Any]:
    claims: dict[str, Any] = {
        "iss": CLIENT_KEY,
        "aud": APP_BASE_URL,
        "sub": ACCOUNT_ID,
        "iat": NOW,
        "exp": NOW + 180,
        "qsh": hash_url("POST", "/installed"),
        "context": {},
    }
    claims.update(overrides)
    return claims


def install_token(
    key: rsa.RSAPrivateKey, claims: dict[str, Any] | None = None, *, kid: str = KID
) -> str:
    """What Jira puts in `Authorization: JWT ...` on /installed."""
    return jwt.encode(
        install_claims() if claims is None else claims,
        key,
        algorithm="RS256",
        headers={"kid": kid},
    )


def hand_made_token(header: dict[str, Any], claims: dict[str, Any], key: Any = None) -> str:
    """RS256-signed (with `key`) or unsigned JWS over any header, for shapes PyJWT refuses."""
    signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(claims).encode())}"
    signature = (
        key.sign(signing_input.encode(), padding.PKCS1v15(), hashes.SHA256()) if key else b""
    )
    return f"{signing_input}.{_b64(signature)}"


def install_body(**overrides: Any) -> bytes:
    """A lifecycle body as Jira sends it; an override of None drops the field."""
    body: dict[str, Any] = {
        "key": "glanceapp",
        "clientKey": CLIENT_KEY,
        "sharedSecret": SHARED_SECRET,
        "serverVersion": "100252",
        "pluginsVersion": "1001.0.0-SNAPSHOT",
        "baseUrl": SITE,
        "displayUrl": SITE,
        "productType": "jira",
        "description": "Atlassian JIRA at https://example.atlassian.net",
        "eventType": "installed",
        "oauthClientId": "oauth-client-1",
    }
    body.update(overrides)
    return json.dumps({k: v for k, v in body.items() if v is not None}).encode()


def verify_install(
    key_server: KeyServer,
    *,
    authorization: str | None,
    body: bytes,
    request: CanonicalRequest = INSTALLED,
    app_base_url: str = APP_BASE_URL,
    allowed_hosts: tuple[str, ...] = ALLOWED_HOSTS,
    require_secret: bool = True,
    now: float = NOW,
) -> VerifiedInstall:
    """The three steps in the lifecycle handler's order: the key is looked up only after two."""
    checked = check_install_token(
        authorization=authorization, request=request, app_base_url=app_base_url, now=now
    )
    payload = check_install_body(
        checked, body, allowed_hosts=allowed_hosts, require_secret=require_secret
    )
    return verify_signed_install(
        checked,
        payload,
        public_key=key_server(checked.kid),
        request=request,
        app_base_url=app_base_url,
        now=now,
    )


def verify(
    key_server: KeyServer,
    token: str,
    *,
    body: bytes | None = None,
    request: CanonicalRequest = INSTALLED,
    app_base_url: str = APP_BASE_URL,
    allowed_hosts: tuple[str, ...] = ALLOWED_HOSTS,
    require_secret: bool = True,
    now: float = NOW,
) -> VerifiedInstall:
    return verify_install(
        key_server,
        authorization=f"JWT {token}",
        body=install_body() if body is None else body,
        request=request,
        app_base_url=app_base_url,
        allowed_hosts=allowed_hosts,
        require_secret=require_secret,
        now=now,
    )


# Accepted installs


def test_good_install(key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey) -> None:
    verified = verify(key_server, install_token(jira_install_key))
    assert verified.kid == KID
    assert verified.account_id == ACCOUNT_ID
    assert verified.payload.client_key == CLIENT_KEY
    assert verified.payload.base_url == SITE
    assert verified.payload.display_url == SITE
    assert verified.payload.shared_secret == SHARED_SECRET
    assert verified.payload.oauth_client_id == "oauth-client-1"
    assert verified.payload.event_type == "installed"
    assert verified.payload.product_type == "jira"
    assert SHARED_SECRET not in repr(verified)
    assert key_server.calls == [KID]


def test_good_uninstall_without_secret(
    key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey
) -> None:
    token = install_token(jira_install_key, install_claims(qsh=hash_url("POST", "/uninstalled")))
    body = install_body(sharedSecret=None, eventType="uninstalled")
    verified = verify(key_server, token, body=body, request=UNINSTALLED, require_secret=False)
    assert verified.payload.shared_secret is None
    assert verified.payload.event_type == "uninstalled"


def test_aud_list_containing_base_url_is_accepted(
    key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey
) -> None:
    claims = install_claims(aud=["https://elsewhere.example.com", APP_BASE_URL])
    verified = verify(key_server, install_token(jira_install_key, claims))
    assert verified.payload.client_key == CLIENT_KEY


@pytest.mark.parametrize(
    ("aud", "app_base_url"),
    [(APP_BASE_URL + "/", APP_BASE_URL), (APP_BASE_URL, APP_BASE_URL + "/")],
    ids=["slash-in-aud", "slash-in-base-url"],
)
def test_trailing_slash_is_tolerated(
    key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey, aud: str, app_base_url: str
) -> None:
    token = install_token(jira_install_key, install_claims(aud=aud))
    verified = verify(key_server, token, app_base_url=app_base_url)
    assert verified.payload.client_key == CLIENT_KEY


def test_app_base_url_with_path(key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey) -> None:
    base = "https://app.example.com/base"
    token = install_token(jira_install_key, install_claims(aud=base))
    request = CanonicalRequest("POST", "/base/installed", "", context_path="/base")
    verified = verify(key_server, token, request=request, app_base_url=base)
    assert verified.payload.client_key == CLIENT_KEY


def test_app_base_url_path_is_not_part_of_qsh(
    key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey
) -> None:
    base = "https://app.example.com/base"
    claims = install_claims(aud=base, qsh=hash_url("POST", "/base/installed"))
    request = CanonicalRequest("POST", "/base/installed", "", context_path="/base")
    with pytest.raises(QshMismatch):
        verify(
            key_server, install_token(jira_install_key, claims), request=request, app_base_url=base
        )


# Signature and algorithm


def test_rejects_token_signed_by_another_key(
    key_server: KeyServer, other_rsa_key: rsa.RSAPrivateKey
) -> None:
    with pytest.raises(BadSignature):
        verify(key_server, install_token(other_rsa_key))
    assert key_server.calls == [KID]


def test_rejects_tampered_claims(
    key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey
) -> None:
    header, _, signature = install_token(jira_install_key).split(".")
    forged = _b64(json.dumps(install_claims(sub="5b10ac8d82e05b22cc7d4ef5")).encode())
    with pytest.raises(BadSignature):
        verify(key_server, f"{header}.{forged}.{signature}")


def test_rejects_hs256_token(key_server: KeyServer) -> None:
    token = jwt.encode(install_claims(), SHARED_SECRET, algorithm="HS256", headers={"kid": KID})
    with pytest.raises(BadAlgorithm):
        verify(key_server, token)
    assert key_server.calls == []


def test_rejects_hs256_signed_with_the_public_key(
    key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey
) -> None:
    pem = _pem(jira_install_key).encode()
    header = _b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": KID}).encode())
    payload = _b64(json.dumps(install_claims()).encode())
    mac = hmac.new(pem, f"{header}.{payload}".encode(), hashlib.sha256).digest()
    with pytest.raises(BadAlgorithm):
        verify(key_server, f"{header}.{payload}.{_b64(mac)}")
    assert key_server.calls == []


@pytest.mark.parametrize("alg", ["none", "None", "RS512", "PS256", "ES256"])
def test_rejects_other_algorithms(
    key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey, alg: str
) -> None:
    token = hand_made_token({"alg": alg, "typ": "JWT", "kid": KID}, install_claims())
    with pytest.raises(BadAlgorithm):
        verify(key_server, token)
    assert key_server.calls == []


# The kid header, checked before any key is fetched

BAD_KIDS = ["", "..", "../x", "%2e%2e", "a/b", "a..b", ".a", "a.", "a?x=1", "a" * 129, "abc\n"]


@pytest.mark.parametrize("kid", BAD_KIDS, ids=case_id)
def test_rejects_unsafe_kid_before_fetching(
    key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey, kid: str
) -> None:
    with pytest.raises(BadKeyId):
        verify(key_server, install_token(jira_install_key, kid=kid))
    assert key_server.calls == []


def test_rejects_missing_kid_before_fetching(
    key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey
) -> None:
    token = jwt.encode(install_claims(), jira_install_key, algorithm="RS256")
    with pytest.raises(BadKeyId):
        verify(key_server, token)
    assert key_server.calls == []


@pytest.mark.parametrize("kid", [7, None, ["a"], {"id": "a"}, True], ids=case_id)
def test_rejects_non_string_kid_before_fetching(
    key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey, kid: Any
) -> None:
    """A kid must be a string (RFC 7515 4.1.4); anything else is refused before any fetch."""
    token = hand_made_token({"alg": "RS256", "typ": "JWT", "kid": kid}, install_claims())
    with pytest.raises(BadKeyId):
        verify(key_server, token)
    assert key_server.calls == []
    with pytest.raises(BadKeyId):
        validate_kid(kid)


@pytest.mark.parametrize(
    "kid", [KID, "jira-install-key", "key_1.v2", "A" * 128], ids=["uuid", "dashes", "dots", "128"]
)
def test_validate_kid_accepts_safe_ids(kid: str) -> None:
    assert validate_kid(kid) == kid


def test_key_server_rejection_is_key_rejected(
    key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey
) -> None:
    with pytest.raises(KeyRejected):
        verify(key_server, install_token(jira_install_key, kid="unknown-kid"))
    assert key_server.calls == ["unknown-kid"]


def test_key_server_unavailable_propagates(
    key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey
) -> None:
    key_server.unavailable = True
    with pytest.raises(KeyServerUnavailable):
        verify(key_server, install_token(jira_install_key))
    assert key_server.calls == [KID]


@pytest.mark.parametrize(
    "served",
    ["", "not a key", "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n", "ключ"],
    ids=["empty", "text", "bad-pem", "non-ascii"],
)
def test_non_pem_from_key_server_is_unavailable(
    key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey, served: str
) -> None:
    key_server.keys[KID] = served
    with pytest.raises(KeyServerUnavailable):
        verify(key_server, install_token(jira_install_key))


def test_rsa_1024_from_key_server_is_unavailable(
    key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey, weak_rsa_key: rsa.RSAPrivateKey
) -> None:
    key_server.keys[KID] = _pem(weak_rsa_key)
    with pytest.raises(KeyServerUnavailable):
        verify(key_server, install_token(jira_install_key))


def test_non_rsa_key_from_key_server_is_unavailable(
    key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey
) -> None:
    key_server.keys[KID] = _pem(ed25519.Ed25519PrivateKey.generate())
    with pytest.raises(KeyServerUnavailable):
        verify(key_server, install_token(jira_install_key))


def test_unloadable_key_from_key_server_is_unavailable(
    key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey
) -> None:
    """A PEM on an unsupported curve used to escape as cryptography's UnsupportedAlgorithm."""
    key_server.keys[KID] = SECP112R1_PEM
    with pytest.raises(KeyServerUnavailable):
        verify(key_server, install_token(jira_install_key))


# Claims


def test_rejects_wrong_audience(key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey) -> None:
    for aud in ("https://evil.example.com", ["https://evil.example.com"], [], "", 42):
        token = install_token(jira_install_key, install_claims(aud=aud))
        with pytest.raises(WrongAudience):
            verify(key_server, token)


def test_rejects_missing_audience(
    key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey
) -> None:
    claims = install_claims()
    del claims["aud"]
    with pytest.raises(MissingClaim, match="aud"):
        verify(key_server, install_token(jira_install_key, claims))


def test_rejects_issuer_other_than_client_key(
    key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey
) -> None:
    token = install_token(jira_install_key, install_claims(iss="another-client-key"))
    with pytest.raises(WrongIssuer):
        verify(key_server, token)


def test_rejects_missing_issuer(key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey) -> None:
    claims = install_claims()
    del claims["iss"]
    with pytest.raises(MissingClaim, match="iss"):
        verify(key_server, install_token(jira_install_key, claims))


@pytest.mark.parametrize(
    "qsh",
    [
        hash_url("POST", "/uninstalled"),
        hash_url("GET", "/installed"),
        hash_url("POST", "/installed?x=1"),
        CONTEXT_QSH,
    ],
    ids=["uninstalled", "GET", "query", "context-qsh"],
)
def test_rejects_wrong_qsh(
    key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey, qsh: str
) -> None:
    with pytest.raises(QshMismatch):
        verify(key_server, install_token(jira_install_key, install_claims(qsh=qsh)))


def test_rejects_missing_qsh(key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey) -> None:
    claims = install_claims()
    del claims["qsh"]
    with pytest.raises(MissingClaim, match="qsh"):
        verify(key_server, install_token(jira_install_key, claims))


def test_rejects_expired(key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey) -> None:
    token = install_token(jira_install_key)
    with pytest.raises(ExpiredToken):
        verify(key_server, token, now=NOW + 180 + 31)
    assert (verify(key_server, token, now=NOW + 180 + 30)).kid == KID


def test_rejects_issued_in_future(
    key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey
) -> None:
    token = install_token(jira_install_key, install_claims(iat=NOW + 31, exp=NOW + 211))
    with pytest.raises(ImmatureToken):
        verify(key_server, token)


# The Authorization header


def test_rejects_missing_authorization(key_server: KeyServer) -> None:
    with pytest.raises(MissingToken):
        verify_install(key_server, authorization=None, body=install_body())
    assert key_server.calls == []


def test_rejects_bearer_scheme(key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey) -> None:
    with pytest.raises(WrongScheme):
        verify_install(
            key_server,
            authorization=f"Bearer {install_token(jira_install_key)}",
            body=install_body(),
        )
    assert key_server.calls == []


# The site's host


def test_rejects_host_not_allowed_before_fetching(
    key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey
) -> None:
    body = install_body(baseUrl="https://evil.example.com")
    with pytest.raises(HostNotAllowed):
        verify(key_server, install_token(jira_install_key), body=body)
    assert key_server.calls == []


@pytest.mark.parametrize(
    ("base_url", "allowed"),
    [
        ("http://127.0.0.1:9", True),
        ("https://127.0.0.1:9", True),
        ("http://x.atlassian.net", False),
        ("https://x.atlassian.net", True),
        ("https://atlassian.net", False),
        ("http://localhost:9", False),
    ],
)
def test_http_site_only_when_its_host_is_listed(
    key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey, base_url: str, allowed: bool
) -> None:
    body = install_body(baseUrl=base_url, displayUrl=None)
    token = install_token(jira_install_key)
    if allowed:
        assert (verify(key_server, token, body=body)).payload.base_url == base_url
    else:
        with pytest.raises(HostNotAllowed):
            verify(key_server, token, body=body)
        assert key_server.calls == []


# The body, bounded and checked before any key is fetched


def _oversized_body() -> bytes:
    body = install_body(description="x" * MAX_BODY_BYTES)
    assert len(body) > MAX_BODY_BYTES
    return body


MALFORMED_BODIES = [
    pytest.param(_oversized_body(), True, id="over-64KiB"),
    pytest.param(b"not json", True, id="not-json"),
    pytest.param(b"", True, id="empty"),
    pytest.param(b"\xff\xfe\xfa{", True, id="not-utf8"),
    pytest.param(b"[" * 60_000, True, id="deeply-nested"),
    pytest.param(b"[]", True, id="json-array"),
    pytest.param(b'"installed"', True, id="json-string"),
    pytest.param(b"null", True, id="json-null"),
    pytest.param(install_body(clientKey=None), True, id="missing-clientKey"),
    pytest.param(install_body(baseUrl=None), True, id="missing-baseUrl"),
    pytest.param(install_body(sharedSecret=None), True, id="missing-sharedSecret"),
    pytest.param(install_body(clientKey=""), True, id="empty-clientKey"),
    pytest.param(install_body(sharedSecret=" "), True, id="blank-sharedSecret"),
    pytest.param(install_body(clientKey=42), True, id="int-clientKey"),
    pytest.param(install_body(baseUrl=[SITE]), True, id="list-baseUrl"),
    pytest.param(install_body(sharedSecret={"s": 1}), True, id="object-sharedSecret"),
    pytest.param(install_body(sharedSecret=123), False, id="int-sharedSecret-on-uninstall"),
    pytest.param(install_body(eventType=1), True, id="int-eventType"),
    pytest.param(install_body(displayUrl=True), True, id="bool-displayUrl"),
    pytest.param(install_body(baseUrl="example.atlassian.net"), True, id="baseUrl-no-scheme"),
    pytest.param(install_body(baseUrl="ftp://example.atlassian.net"), True, id="baseUrl-ftp"),
    pytest.param(install_body(baseUrl=SITE + "?x=1"), True, id="baseUrl-query"),
    pytest.param(install_body(baseUrl="https://x.atlassian.net:99999"), True, id="baseUrl-port"),
    pytest.param(install_body(displayUrl="javascript:alert(1)"), True, id="displayUrl-js"),
    pytest.param(install_body(clientKey="k" * 2049), True, id="overlong-clientKey"),
]


@pytest.mark.parametrize(("body", "require_secret"), MALFORMED_BODIES)
def test_rejects_malformed_body_before_fetching(
    key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey, body: bytes, require_secret: bool
) -> None:
    with pytest.raises(InstallPayloadError):
        verify(
            key_server, install_token(jira_install_key), body=body, require_secret=require_secret
        )
    assert key_server.calls == []


# A displayUrl is not matched against the allowed hosts, so it must at least name a valid host.


@pytest.mark.parametrize(
    "display_url",
    [
        "https://bad host.example",
        "https://bad%2fhost.example",
        "https://bad\\host.example",
        "https://user@good.example",
        "https://user:pw@good.example",
        "https://ok.atlassian.net\n\rforged",
        "https://ok\t.atlassian.net",
    ],
    ids=case_id,
)
def test_rejects_display_url_with_an_invalid_host(
    key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey, display_url: str
) -> None:
    body = install_body(displayUrl=display_url)
    with pytest.raises(InstallPayloadError):
        verify(key_server, install_token(jira_install_key), body=body)
    assert key_server.calls == []


# Every refusal says exactly what is wrong


def _parse(body: bytes) -> Any:
    return parse_install_payload(body, allowed_hosts=ALLOWED_HOSTS, require_secret=True)


def _padded_body(size: int) -> bytes:
    """A good install body padded (in `description`) to exactly `size` bytes."""
    body = install_body(description="")
    return install_body(description="d" * (size - len(body)))


PAYLOAD_REFUSALS = [
    pytest.param(b"x" * (MAX_BODY_BYTES + 1), "body is larger than 64 KiB", id="too-large"),
    pytest.param(b"not json", "body is not JSON", id="not-json"),
    pytest.param(b"[]", "body is not a JSON object", id="not-object"),
    pytest.param(install_body(clientKey=None), "missing field clientKey", id="no-clientKey"),
    pytest.param(install_body(baseUrl=None), "missing field baseUrl", id="no-baseUrl"),
    pytest.param(
        install_body(clientKey=42), "field clientKey must be a non-empty string", id="int-clientKey"
    ),
    pytest.param(
        install_body(clientKey="k" * 2049), "field clientKey is too long", id="long-clientKey"
    ),
    pytest.param(
        install_body(baseUrl="https://exam ple.atlassian.net"),
        "field baseUrl contains spaces or control characters",
        id="space-baseUrl",
    ),
    pytest.param(
        install_body(baseUrl="https://example.atlassian.net\x07"),
        "field baseUrl contains spaces or control characters",
        id="control-baseUrl",
    ),
    pytest.param(
        install_body(baseUrl="https://x.atlassian.net:99999"),
        "field baseUrl is not a URL",
        id="port-baseUrl",
    ),
    pytest.param(
        install_body(baseUrl="ftp://example.atlassian.net"),
        "field baseUrl is not an http(s) site URL",
        id="ftp-baseUrl",
    ),
    pytest.param(
        install_body(baseUrl="https://a_b.atlassian.net"),
        "field baseUrl does not name a valid host",
        id="host-baseUrl",
    ),
    pytest.param(
        install_body(displayUrl="javascript:alert(1)"),
        "field displayUrl is not an http(s) site URL",
        id="js-displayUrl",
    ),
]


@pytest.mark.parametrize(("body", "message"), PAYLOAD_REFUSALS)
def test_each_body_refusal_has_its_own_message(body: bytes, message: str) -> None:
    with pytest.raises(InstallPayloadError) as raised:
        _parse(body)
    assert str(raised.value) == message


def test_host_not_allowed_has_its_own_message() -> None:
    with pytest.raises(HostNotAllowed) as raised:
        _parse(install_body(baseUrl="https://evil.example.com"))
    assert str(raised.value) == "the site's baseUrl host is not allowed"


def test_body_and_field_limits_are_inclusive() -> None:
    assert _parse(_padded_body(MAX_BODY_BYTES)).client_key == CLIENT_KEY
    assert _parse(install_body(clientKey="k" * 2048)).client_key == "k" * 2048


def test_minimal_body_is_enough_and_every_kept_field_is_read() -> None:
    minimal = json.dumps({"clientKey": CLIENT_KEY, "baseUrl": SITE, "sharedSecret": "s" * 32})
    payload = _parse(minimal.encode())
    assert (payload.key, payload.event_type, payload.oauth_client_id) == (None, None, None)
    assert (payload.product_type, payload.display_url) == (None, None)
    full = _parse(install_body())
    assert (full.key, full.event_type, full.product_type) == ("glanceapp", "installed", "jira")


@pytest.mark.parametrize(
    ("base_url", "kept"),
    [(SITE + "/", SITE), (SITE + "/X", SITE + "/X"), (SITE + "/wiki//", SITE + "/wiki")],
)
def test_site_url_loses_only_trailing_slashes(base_url: str, kept: str) -> None:
    assert _parse(install_body(baseUrl=base_url, displayUrl=base_url)).base_url == kept
    assert _parse(install_body(displayUrl=base_url)).display_url == kept


def _refusal(
    key_server: KeyServer, key: rsa.RSAPrivateKey, case: str, weak: rsa.RSAPrivateKey
) -> None:
    if case == "no-kid":
        verify(key_server, hand_made_token({"alg": "RS256"}, install_claims(), key))
    elif case == "unsafe-kid":
        verify(key_server, install_token(key, kid=".."))
    elif case == "not-pem":
        key_server.keys[KID] = "not a key"
        verify(key_server, install_token(key))
    elif case == "weak-key":
        key_server.keys[KID] = _pem(weak)
        verify(key_server, install_token(key))
    elif case == "hs256":
        verify(key_server, jwt.encode(install_claims(), SHARED_SECRET, "HS256"))
    elif case == "bearer":
        verify_install(
            key_server, authorization=f"Bearer {install_token(key)}", body=install_body()
        )
    elif case == "int-iss":
        header = {"alg": "RS256", "kid": KID}
        verify(key_server, hand_made_token(header, install_claims(iss=7), key))
    elif case == "other-iss":
        verify(key_server, install_token(key, install_claims(iss="jira:someone-else")))
    elif case == "no-aud":
        claims = install_claims()
        del claims["aud"]
        verify(key_server, install_token(key, claims))
    elif case == "wrong-aud":
        verify(key_server, install_token(key, install_claims(aud="https://other.example")))
    else:
        raise AssertionError(case)


TOKEN_REFUSALS = [
    pytest.param("no-kid", BadKeyId, "install token has no kid header", id="no-kid"),
    pytest.param(
        "unsafe-kid", BadKeyId, "install token kid is not a safe key identifier", id="unsafe-kid"
    ),
    pytest.param(
        "not-pem",
        KeyServerUnavailable,
        "the key server returned something that is not a PEM key",
        id="not-pem",
    ),
    pytest.param(
        "weak-key",
        KeyServerUnavailable,
        "the key server returned a key that is not RSA-2048 or larger",
        id="weak-key",
    ),
    pytest.param(
        "hs256", BadAlgorithm, "lifecycle callbacks must be signed with RS256", id="hs256"
    ),
    pytest.param("bearer", WrongScheme, "expected the JWT scheme", id="bearer"),
    pytest.param("int-iss", MissingClaim, "iss", id="int-iss"),
    pytest.param(
        "other-iss", WrongIssuer, "iss does not match the payload's clientKey", id="other-iss"
    ),
    pytest.param("no-aud", MissingClaim, "aud", id="no-aud"),
    pytest.param("wrong-aud", WrongAudience, "aud is not this app's base URL", id="wrong-aud"),
]


@pytest.mark.parametrize(("case", "error", "message"), TOKEN_REFUSALS)
def test_each_install_token_refusal_has_its_own_message(
    key_server: KeyServer,
    jira_install_key: rsa.RSAPrivateKey,
    weak_rsa_key: rsa.RSAPrivateKey,
    case: str,
    error: type[Exception],
    message: str,
) -> None:
    with pytest.raises(error) as raised:
        _refusal(key_server, jira_install_key, case, weak_rsa_key)
    assert type(raised.value) is error
    assert str(raised.value) == message


def test_a_sub_that_is_not_text_is_no_account(
    key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey
) -> None:
    header = {"alg": "RS256", "kid": KID}
    token = hand_made_token(header, install_claims(sub=7), jira_install_key)
    assert (verify(key_server, token)).account_id is None


@pytest.mark.parametrize("base", ["https://app.example.com/glanceX", "https://app.example.com/X/"])
def test_audience_is_the_base_url_up_to_trailing_slashes_only(
    key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey, base: str
) -> None:
    exact = install_token(jira_install_key, install_claims(aud=base))
    assert (verify(key_server, exact, app_base_url=base)).kid == KID
    shorter = install_token(jira_install_key, install_claims(aud=base.rstrip("/X")))
    with pytest.raises(WrongAudience):
        verify(key_server, shorter, app_base_url=base)


def test_client_key_with_control_characters_has_its_own_message() -> None:
    with pytest.raises(InstallPayloadError) as raised:
        _parse(install_body(clientKey="jira:\x1b[31m"))
    assert str(raised.value) == "field clientKey contains control characters"


def test_shared_secret_of_exactly_the_minimum_length_is_accepted() -> None:
    assert _parse(install_body(sharedSecret="s" * 20)).shared_secret == "s" * 20
    with pytest.raises(InstallPayloadError) as raised:
        _parse(install_body(sharedSecret="s" * 19))
    assert str(raised.value) == "field sharedSecret is shorter than 20 characters"


# Edges of the defaults, and what each refusal says


@pytest.mark.parametrize("late", [30.0, 30.5])
def test_the_install_token_check_allows_thirty_seconds_by_default(
    jira_install_key: rsa.RSAPrivateKey, late: float
) -> None:
    token = install_token(jira_install_key)
    check = lambda: check_install_token(  # noqa: E731
        authorization=f"JWT {token}",
        request=INSTALLED,
        app_base_url=APP_BASE_URL,
        now=NOW + 180 + late,
    )
    if late <= 30:
        check()
    else:
        with pytest.raises(ExpiredToken):
            check()


@pytest.mark.parametrize("late", [30.0, 30.5])
def test_the_signed_install_allows_thirty_seconds_by_default(
    key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey, late: float
) -> None:
    token = install_token(jira_install_key)
    now = NOW + 180 + late
    checked = check_install_token(
        authorization=f"JWT {token}",
        request=INSTALLED,
        app_base_url=APP_BASE_URL,
        leeway=60,
        now=now,
    )
    payload = check_install_body(
        checked, install_body(), allowed_hosts=ALLOWED_HOSTS, require_secret=True
    )
    verify = lambda: verify_signed_install(  # noqa: E731
        checked,
        payload,
        public_key=key_server(checked.kid),
        request=INSTALLED,
        app_base_url=APP_BASE_URL,
        now=now,
    )
    if late <= 30:
        verify()
    else:
        with pytest.raises(ExpiredToken):
            verify()


def test_the_signed_install_names_an_issuer_that_is_not_the_payloads(
    key_server: KeyServer, jira_install_key: rsa.RSAPrivateKey
) -> None:
    checked = check_install_token(
        authorization=f"JWT {install_token(jira_install_key)}",
        request=INSTALLED,
        app_base_url=APP_BASE_URL,
        now=NOW,
    )
    other = InstallPayload(client_key="another-site", base_url=SITE, shared_secret=SHARED_SECRET)
    with pytest.raises(WrongIssuer) as refused:
        verify_signed_install(
            checked,
            other,
            public_key=key_server(checked.kid),
            request=INSTALLED,
            app_base_url=APP_BASE_URL,
            now=NOW,
        )
    assert str(refused.value) == "iss does not match the payload's clientKey"


def test_a_display_url_on_a_host_not_allowed_is_dropped_not_emptied() -> None:
    payload = parse_install_payload(
        install_body(displayUrl="https://elsewhere.example.org"),
        allowed_hosts=ALLOWED_HOSTS,
        require_secret=True,
    )
    assert payload.display_url is None
