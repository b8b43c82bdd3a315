"""Tenant JWTs: every way a token can be wrong has a permanently named regression test.

Jira's tokens are made here with PyJWT and their qsh with atlassian_jwt, never
with glanceapp.connect. Time is always passed as `now=`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import string
from typing import Any

import jwt
import pytest
from atlassian_jwt.url_utils import hash_url
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from hypothesis import given, settings
from hypothesis import strategies as st

from glanceapp.connect.errors import (
    BadAlgorithm,
    BadSignature,
    ExpiredToken,
    ImmatureToken,
    MalformedToken,
    MissingClaim,
    MissingToken,
    QshMismatch,
    TokenError,
    WrongScheme,
)
from glanceapp.connect.qsh import CanonicalRequest
from glanceapp.connect.tokens import (
    CONTEXT_QSH,
    MAX_TOKEN_LENGTH,
    TokenKind,
    VerifiedToken,
    check_time_claims,
    parse_tenant_token,
    parse_token,
    sign_app_token,
    sign_oauth_assertion,
    token_from_header,
    verify_parsed_token,
)

SHARED_SECRET = "tenant-shared-secret-0123456789abcdef-0123456789"
OTHER_SECRET = "another-tenants-secret-0123456789abcdef-01234567"
CLIENT_KEY = "574f8bdd-8dc4-35d3-9558-7bcea4e41de6"
ACCOUNT_ID = "5b10a2844c20165700ede21g"
APP_KEY = "glanceapp"
NOW = 1_700_000_000
LEEWAY = 30
GLANCE_PATH = "/glance"
GLANCE_QUERY = (
    "issueKey=TEST-1&projectKey=TEST&xdm_e=https%3A%2F%2Fexample.atlassian.net&cp=&lic=none"
)
GLANCE_URL = f"{GLANCE_PATH}?{GLANCE_QUERY}"
JIRA_CONTEXT = {
    "jira": {"issue": {"id": "10001", "key": "TEST-1"}, "project": {"id": "10000", "key": "TEST"}}
}


def verify_tenant_token(token: str, **options: Any) -> VerifiedToken:
    """The path every tenant token takes in the middleware: parse once, then verify."""
    return verify_parsed_token(parse_tenant_token(token), **options)


def read_issuer(token: str, algorithm: str = "HS256") -> str:
    """The unverified `iss`, read as the middleware reads it to find the tenant."""
    return parse_token(token, algorithm).issuer


def decode_verified(token: str, key: Any, algorithm: str) -> dict[str, Any]:
    """The one decoder: a strict parse under a pinned algorithm, then the signature."""
    return parse_token(token, algorithm).verified_claims(key)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _raw_jws(header: dict[str, Any], payload: bytes, sign: Any = None) -> str:
    """A compact JWS built by hand, for shapes PyJWT refuses to produce."""
    signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(payload)}"
    signature = sign(signing_input.encode("ascii")) if sign else b""
    return f"{signing_input}.{_b64(signature)}"


def hand_signed(claims: Any, secret: str = SHARED_SECRET) -> str:
    """An HS256 token over any JSON payload, for claims PyJWT refuses to encode."""
    return _raw_jws(
        {"alg": "HS256", "typ": "JWT"},
        json.dumps(claims).encode(),
        lambda data: hmac.new(secret.encode(), data, hashlib.sha256).digest(),
    )


def jira_claims(**overrides: Any) -> dict[str, Any]:
    """Claims of an iframe token Jira would put on the glance URL."""
    claims: dict[str, Any] = {
        "iss": CLIENT_KEY,
        "sub": ACCOUNT_ID,
        "iat": NOW,
        "exp": NOW + 180,
        "qsh": hash_url("GET", GLANCE_URL),
    }
    claims.update(overrides)
    return claims


def jira_token(claims: dict[str, Any] | None = None, secret: str = SHARED_SECRET) -> str:
    return jwt.encode(jira_claims() if claims is None else claims, secret, algorithm="HS256")


def context_token(**overrides: Any) -> str:
    return jira_token(jira_claims(qsh=CONTEXT_QSH, context=JIRA_CONTEXT, **overrides))


def glance_request(jwt_param: str = "whatever") -> CanonicalRequest:
    return CanonicalRequest("GET", GLANCE_PATH, f"{GLANCE_QUERY}&jwt={jwt_param}")


def verify_request_token(token: str, *, now: float = NOW) -> Any:
    return verify_tenant_token(
        token,
        shared_secret=SHARED_SECRET,
        kind=TokenKind.REQUEST,
        request=glance_request(token),
        leeway=LEEWAY,
        now=now,
    )


def verify_context_token(token: str, *, now: float = NOW) -> Any:
    return verify_tenant_token(
        token, shared_secret=SHARED_SECRET, kind=TokenKind.CONTEXT, leeway=LEEWAY, now=now
    )


# Accepted tokens


def test_accepts_request_token() -> None:
    verified = verify_request_token(jira_token())
    assert verified.client_key == CLIENT_KEY
    assert verified.account_id == ACCOUNT_ID
    assert verified.kind is TokenKind.REQUEST
    assert verified.expires_at == NOW + 180


def test_accepts_context_token() -> None:
    verified = verify_context_token(context_token())
    assert verified.client_key == CLIENT_KEY
    assert verified.kind is TokenKind.CONTEXT


def test_reads_sub_and_context() -> None:
    verified = verify_context_token(context_token())
    assert verified.account_id == ACCOUNT_ID
    assert verified.context == JIRA_CONTEXT
    assert verified.claims["sub"] == ACCOUNT_ID


def test_anonymous_token_has_no_account() -> None:
    claims = jira_claims(qsh=CONTEXT_QSH)
    del claims["sub"]
    verified = verify_context_token(jira_token(claims))
    assert verified.account_id is None
    assert verified.context == {}


@pytest.mark.parametrize("aud", [CLIENT_KEY, [CLIENT_KEY], "https://example.invalid"])
def test_tolerates_aud_claim(aud: Any) -> None:
    verified = verify_request_token(jira_token(jira_claims(aud=aud)))
    assert verified.claims["aud"] == aud


def test_accepts_within_leeway() -> None:
    token = jira_token()
    assert verify_request_token(token, now=NOW + 180 + LEEWAY).client_key == CLIENT_KEY


def test_accepts_iat_in_future_within_leeway() -> None:
    token = jira_token(jira_claims(iat=NOW + LEEWAY))
    assert verify_request_token(token).client_key == CLIENT_KEY


# Algorithm and signature


@pytest.mark.parametrize("alg", ["none", "None", "NONE", "nOnE"])
def test_rejects_alg_none(alg: str) -> None:
    token = _raw_jws({"alg": alg, "typ": "JWT"}, json.dumps(jira_claims()).encode())
    with pytest.raises(BadAlgorithm):
        verify_request_token(token)
    with pytest.raises(BadAlgorithm):
        read_issuer(token)


def test_rejects_alg_none_made_by_pyjwt() -> None:
    token = jwt.encode(jira_claims(), "", algorithm="none")
    with pytest.raises(BadAlgorithm):
        verify_request_token(token)


@pytest.mark.parametrize("alg", ["HS384", "HS512"])
def test_rejects_other_hmac_algorithms(alg: str) -> None:
    token = jwt.encode(jira_claims(), SHARED_SECRET + "-long-enough-for-hs512-0123456789", alg)
    with pytest.raises(BadAlgorithm):
        verify_request_token(token)


def test_rejects_rs256_on_tenant_route(other_rsa_key: rsa.RSAPrivateKey) -> None:
    token = jwt.encode(jira_claims(), other_rsa_key, algorithm="RS256")
    with pytest.raises(BadAlgorithm):
        verify_request_token(token)
    with pytest.raises(BadAlgorithm):
        read_issuer(token)


def test_rejects_hs256_signed_with_public_key(jira_install_key: rsa.RSAPrivateKey) -> None:
    """Algorithm confusion: the install key's public PEM used as an HMAC secret."""
    public_key = jira_install_key.public_key()
    pem = public_key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    token = _raw_jws(
        {"alg": "HS256", "typ": "JWT", "kid": "install-key-1"},
        json.dumps(jira_claims()).encode(),
        lambda data: hmac.new(pem, data, hashlib.sha256).digest(),
    )
    for key in (public_key, pem):
        with pytest.raises(BadAlgorithm):
            decode_verified(token, key, "RS256")
    with pytest.raises(BadAlgorithm):
        read_issuer(token, "RS256")


def test_a_secret_that_is_key_material_is_refused_every_time(
    jira_install_key: rsa.RSAPrivateKey,
) -> None:
    """Prepared HMAC secrets are remembered; a refused one never is, so it stays refused."""
    pem = (
        jira_install_key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    token = _raw_jws(
        {"alg": "HS256", "typ": "JWT"},
        json.dumps(jira_claims()).encode(),
        lambda data: hmac.new(pem.encode(), data, hashlib.sha256).digest(),
    )
    for _ in range(2):
        with pytest.raises(MalformedToken):
            verify_tenant_token(
                token,
                shared_secret=pem,
                kind=TokenKind.REQUEST,
                request=glance_request(token),
                leeway=LEEWAY,
                now=NOW,
            )


def test_a_remembered_secret_still_checks_every_signature() -> None:
    """The memo holds prepared secrets only: each token's signature is checked anew."""
    assert verify_request_token(jira_token()).client_key == CLIENT_KEY
    assert verify_request_token(jira_token()).client_key == CLIENT_KEY
    header, payload, signature = jira_token().split(".")
    flipped = signature[:10] + ("A" if signature[10] != "A" else "B") + signature[11:]
    with pytest.raises(BadSignature):
        verify_request_token(f"{header}.{payload}.{flipped}")
    with pytest.raises(BadSignature):
        verify_request_token(jira_token(secret=OTHER_SECRET))


def test_rejects_tampered_signature() -> None:
    header, payload, signature = jira_token().split(".")
    flipped = signature[:10] + ("A" if signature[10] != "A" else "B") + signature[11:]
    with pytest.raises(BadSignature):
        verify_request_token(f"{header}.{payload}.{flipped}")


def test_rejects_tampered_payload() -> None:
    header, _, signature = jira_token().split(".")
    forged = _b64(json.dumps(jira_claims(sub="5b10ac8d82e05b22cc7d4ef5")).encode())
    with pytest.raises(BadSignature):
        verify_request_token(f"{header}.{forged}.{signature}")


def test_rejects_token_signed_with_another_tenants_secret() -> None:
    with pytest.raises(BadSignature):
        verify_request_token(jira_token(secret=OTHER_SECRET))


# Time claims


def test_rejects_expired() -> None:
    with pytest.raises(ExpiredToken):
        verify_request_token(jira_token(), now=NOW + 180 + LEEWAY + 1)


def test_rejects_iat_in_future_beyond_leeway() -> None:
    with pytest.raises(ImmatureToken):
        verify_request_token(jira_token(jira_claims(iat=NOW + LEEWAY + 1)))


def test_rejects_nbf_in_future() -> None:
    with pytest.raises(ImmatureToken):
        verify_request_token(jira_token(jira_claims(nbf=NOW + LEEWAY + 1)))


def test_accepts_nbf_within_leeway() -> None:
    assert verify_request_token(jira_token(jira_claims(nbf=NOW + LEEWAY))).client_key == CLIENT_KEY


@pytest.mark.parametrize("value", [float("inf"), float("-inf"), float("nan")])
@pytest.mark.parametrize("claim", ["exp", "iat", "nbf"])
def test_rejects_non_finite_time_claims(claim: str, value: float) -> None:
    """JSON `Infinity`/`NaN` parse as floats; they used to crash with OverflowError."""
    with pytest.raises(MissingClaim, match=claim):
        verify_request_token(jira_token(jira_claims(**{claim: value})))


# qsh and token kind


def test_rejects_wrong_qsh() -> None:
    other_url = GLANCE_URL.replace("TEST-1", "TEST-2")
    with pytest.raises(QshMismatch):
        verify_request_token(jira_token(jira_claims(qsh=hash_url("GET", other_url))))


def test_rejects_qsh_of_another_method() -> None:
    with pytest.raises(QshMismatch):
        verify_request_token(jira_token(jira_claims(qsh=hash_url("POST", GLANCE_URL))))


def test_rejects_context_token_on_request_route() -> None:
    with pytest.raises(QshMismatch):
        verify_request_token(context_token())


def test_rejects_request_token_on_context_route() -> None:
    with pytest.raises(QshMismatch):
        verify_context_token(jira_token())


def test_rejects_request_token_without_request_to_check() -> None:
    with pytest.raises(QshMismatch):
        verify_tenant_token(
            jira_token(), shared_secret=SHARED_SECRET, kind=TokenKind.REQUEST, now=NOW
        )


# Required claims


def _without(claim: str) -> str:
    claims = jira_claims()
    del claims[claim]
    return jira_token(claims)


def test_rejects_missing_iss() -> None:
    with pytest.raises(MissingClaim, match="iss"):
        verify_request_token(_without("iss"))


def test_rejects_missing_iat() -> None:
    with pytest.raises(MissingClaim, match="iat"):
        verify_request_token(_without("iat"))


def test_rejects_missing_exp() -> None:
    with pytest.raises(MissingClaim, match="exp"):
        verify_request_token(_without("exp"))


def test_rejects_missing_qsh() -> None:
    with pytest.raises(MissingClaim, match="qsh"):
        verify_request_token(_without("qsh"))


@pytest.mark.parametrize(
    ("claim", "value"),
    [
        ("iss", ""),
        ("iss", 42),
        ("iat", "1700000000"),
        ("exp", True),
        ("exp", None),
        ("qsh", ""),
        ("qsh", ["abc"]),
        ("sub", ""),
    ],
)
def test_rejects_wrongly_typed_claim(claim: str, value: Any) -> None:
    with pytest.raises(MissingClaim, match=claim):
        verify_request_token(hand_signed(jira_claims(**{claim: value})))


# Reading the issuer before the tenant is known


def test_read_issuer_returns_unverified_iss() -> None:
    assert read_issuer(jira_token(secret=OTHER_SECRET)) == CLIENT_KEY


def test_read_issuer_checks_algorithm_first() -> None:
    """A token that could never verify is refused before its payload is even read."""
    header = _b64(json.dumps({"alg": "RS256"}).encode())
    for payload in (b"not json", b"{}"):
        with pytest.raises(BadAlgorithm):
            read_issuer(f"{header}.{_b64(payload)}.c2ln")


def test_read_issuer_rejects_missing_iss() -> None:
    claims = jira_claims()
    del claims["iss"]
    with pytest.raises(MissingClaim, match="iss"):
        read_issuer(jira_token(claims))


# Malformed tokens

GARBAGE = [
    "garbage",
    "a.b",
    "a.b.c",
    "...",
    "eyJ.eyJ.x",
    "ä.ö.ü",
    f"{_b64(b'[1, 2]')}.{_b64(b'{}')}.",
    f"{_b64(b'not json')}.{_b64(b'{}')}.",
    f"{_b64(json.dumps({'alg': 'HS256'}).encode())}.!!!!.c2ln",
]


@pytest.mark.parametrize("token", GARBAGE)
def test_rejects_garbage(token: str) -> None:
    with pytest.raises(MalformedToken):
        verify_request_token(token)


@pytest.mark.parametrize("token", GARBAGE[:6])
def test_read_issuer_rejects_garbage(token: str) -> None:
    with pytest.raises(MalformedToken):
        read_issuer(token)


@pytest.mark.parametrize("payload", [[1], "claims", 1700000000, None])
def test_rejects_signed_payload_that_is_not_an_object(payload: Any) -> None:
    with pytest.raises(MalformedToken):
        verify_request_token(hand_signed(payload))


def test_rejects_overlong_token() -> None:
    token = jira_token(jira_claims(padding="x" * MAX_TOKEN_LENGTH))
    assert len(token) > MAX_TOKEN_LENGTH
    with pytest.raises(MalformedToken):
        verify_request_token(token)
    with pytest.raises(MalformedToken):
        read_issuer(token)


_printable = st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S", "Zs"))
_segment = st.text(alphabet=string.ascii_letters + string.digits + "-_=", max_size=60)


@settings(deadline=None)
@given(
    token=st.one_of(
        st.text(alphabet=_printable, max_size=300),
        st.lists(_segment, min_size=1, max_size=4).map(".".join),
    )
)
def test_any_text_is_refused_with_a_token_error(token: str) -> None:
    with pytest.raises(TokenError):
        verify_request_token(token)


# The Authorization header


@pytest.mark.parametrize("header", [None, "", "   "])
def test_token_from_header_missing(header: str | None) -> None:
    with pytest.raises(MissingToken):
        token_from_header(header)


@pytest.mark.parametrize("header", ["JWT", "JWT ", "JWT    "])
def test_token_from_header_empty_credentials(header: str) -> None:
    with pytest.raises(MissingToken):
        token_from_header(header)


@pytest.mark.parametrize("header", ["Bearer abc.def.ghi", "Basic dXNlcjpwYXNz", "JWTabc"])
def test_token_from_header_wrong_scheme(header: str) -> None:
    with pytest.raises(WrongScheme):
        token_from_header(header)


@pytest.mark.parametrize("header", ["JWT abc.def.ghi", "jwt abc.def.ghi", "Jwt  abc.def.ghi "])
def test_token_from_header_accepts_jwt_scheme_in_any_case(header: str) -> None:
    assert token_from_header(header) == "abc.def.ghi"


def test_token_from_header_other_scheme() -> None:
    assert token_from_header("Bearer key-1", "Bearer") == "key-1"
    with pytest.raises(WrongScheme):
        token_from_header("JWT key-1", "Bearer")


# Tokens the app sends to Jira

SITE = "https://example.atlassian.net"


@pytest.mark.parametrize(
    ("site_base_url", "url", "jira_relative_url"),
    [
        (
            SITE,
            f"{SITE}/rest/api/3/issue/TEST-1?fields=summary&expand=names",
            "/rest/api/3/issue/TEST-1?fields=summary&expand=names",
        ),
        (SITE, "/rest/api/3/myself", "/rest/api/3/myself"),
        (
            f"{SITE}/wiki",
            f"{SITE}/wiki/rest/api/content/123?expand=body.storage",
            "/rest/api/content/123?expand=body.storage",
        ),
        (
            f"{SITE}/wiki/",
            f"{SITE}/wiki/rest/api/space?spaceKey=DEV&limit=10",
            "/rest/api/space?spaceKey=DEV&limit=10",
        ),
        (
            SITE,
            f"{SITE}/rest/api/3/user/properties/glanceapp.link?accountId={ACCOUNT_ID}",
            f"/rest/api/3/user/properties/glanceapp.link?accountId={ACCOUNT_ID}",
        ),
    ],
)
@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
def test_sign_app_token_as_jira_verifies_it(
    method: str, site_base_url: str, url: str, jira_relative_url: str
) -> None:
    token = sign_app_token(
        app_key=APP_KEY,
        shared_secret=SHARED_SECRET,
        method=method,
        url=url,
        site_base_url=site_base_url,
        now=NOW,
    )
    assert jwt.get_unverified_header(token)["alg"] == "HS256"
    claims = jwt.decode(token, SHARED_SECRET, algorithms=["HS256"], options={"verify_exp": False})
    assert claims["iss"] == APP_KEY
    assert claims["iat"] == NOW
    assert 0 < claims["exp"] - claims["iat"] <= 180
    assert claims["qsh"] == hash_url(method, jira_relative_url)


@pytest.mark.parametrize(("ttl", "lifetime"), [(60, 60), (180, 180), (3600, 180)])
def test_sign_app_token_lifetime_is_capped(ttl: int, lifetime: int) -> None:
    token = sign_app_token(
        app_key=APP_KEY,
        shared_secret=SHARED_SECRET,
        method="GET",
        url="/rest/api/3/myself",
        site_base_url=SITE,
        now=NOW,
        ttl=ttl,
    )
    claims = jwt.decode(token, SHARED_SECRET, algorithms=["HS256"], options={"verify_exp": False})
    assert claims["exp"] - claims["iat"] == lifetime


def test_sign_oauth_assertion_claims() -> None:
    audience = "https://oauth-2-authorization-server.services.atlassian.com"
    token = sign_oauth_assertion(
        oauth_client_id="client-id-1",
        shared_secret=SHARED_SECRET,
        account_id=ACCOUNT_ID,
        site_base_url=SITE,
        audience=audience,
        now=NOW,
    )
    assert jwt.get_unverified_header(token)["alg"] == "HS256"
    claims = jwt.decode(
        token,
        SHARED_SECRET,
        algorithms=["HS256"],
        audience=audience,
        options={"verify_exp": False},
    )
    assert claims["iss"] == "urn:atlassian:connect:clientid:client-id-1"
    assert claims["sub"] == f"urn:atlassian:connect:useraccountid:{ACCOUNT_ID}"
    assert claims["tnt"] == SITE
    assert claims["aud"] == audience
    assert claims["iat"] == NOW
    assert claims["exp"] - claims["iat"] == 60


# Deeply nested JSON in a segment: json.loads raises RecursionError, which is no ValueError

NESTING = 2500


def _nested_segment() -> str:
    return _b64(b"[" * NESTING + b"]" * NESTING)


def _deep_header_token() -> str:
    return f"{_nested_segment()}.{_b64(json.dumps(jira_claims()).encode())}.c2ln"


def _deep_payload_token() -> str:
    return f"{_b64(json.dumps({'alg': 'HS256', 'typ': 'JWT'}).encode())}.{_nested_segment()}.c2ln"


@pytest.mark.parametrize(
    "make", [_deep_header_token, _deep_payload_token], ids=["header", "payload"]
)
def test_rejects_deeply_nested_json_segment_as_malformed(make: Any) -> None:
    token = make()
    assert len(token) < MAX_TOKEN_LENGTH
    with pytest.raises(MalformedToken):
        parse_tenant_token(token)
    with pytest.raises(MalformedToken):
        verify_request_token(token)
    with pytest.raises(MalformedToken):
        read_issuer(token)


# Header extensions and the signature's encoding


def _with_header(claims: dict[str, Any], header: dict[str, Any]) -> str:
    """An HS256 token, correctly signed, under a header chosen by the test."""
    return _raw_jws(
        header,
        json.dumps(claims).encode(),
        lambda data: hmac.new(SHARED_SECRET.encode(), data, hashlib.sha256).digest(),
    )


@pytest.mark.parametrize("crit", [["exp"], ["b64"], []])
def test_rejects_token_with_crit_header_extension(crit: list[str]) -> None:
    """A `crit` header asks the verifier to understand extensions it does not: refuse it."""
    token = _with_header(jira_claims(), {"alg": "HS256", "typ": "JWT", "crit": crit})
    with pytest.raises(MalformedToken, match="critical"):
        verify_request_token(token)


def test_same_token_without_crit_header_is_accepted() -> None:
    token = _with_header(jira_claims(), {"alg": "HS256", "typ": "JWT"})
    assert verify_request_token(token).client_key == CLIENT_KEY


@pytest.mark.parametrize("junk", ["$$$$", "!*%!", "    ", "\n\n\n\n", "=+/="])
def test_rejects_signature_with_junk_characters(junk: str) -> None:
    """A lax base64 decoder drops what is not in its alphabet, so junk would still verify.

    Four junk characters keep the length's remainder, so only the alphabet check refuses.
    """
    header, payload, signature = jira_token().split(".")
    padded = signature[:8] + junk + signature[8:]
    with pytest.raises(MalformedToken, match="signature"):
        verify_request_token(f"{header}.{payload}.{padded}")


# Leeway: the argument is honoured, and its default is pinned at its edges

EXPIRES = NOW + 180


@pytest.mark.parametrize("leeway", [0, 5, 120])
def test_leeway_argument_moves_the_expiry_edge(leeway: int) -> None:
    token = context_token()

    def verify(now: int) -> Any:
        return verify_tenant_token(
            token, shared_secret=SHARED_SECRET, kind=TokenKind.CONTEXT, leeway=leeway, now=now
        )

    assert verify(EXPIRES + leeway).expires_at == EXPIRES
    with pytest.raises(ExpiredToken):
        verify(EXPIRES + leeway + 1)


@pytest.mark.parametrize("leeway", [0, 5, 120])
def test_leeway_argument_moves_the_issued_at_edge(leeway: int) -> None:
    def verify(iat: int) -> Any:
        return verify_tenant_token(
            context_token(iat=iat),
            shared_secret=SHARED_SECRET,
            kind=TokenKind.CONTEXT,
            leeway=leeway,
            now=NOW,
        )

    assert verify(NOW + leeway).client_key == CLIENT_KEY
    with pytest.raises(ImmatureToken):
        verify(NOW + leeway + 1)


def test_default_leeway_is_30_seconds_on_exp() -> None:
    token = context_token()
    kwargs: dict[str, Any] = {"shared_secret": SHARED_SECRET, "kind": TokenKind.CONTEXT}
    assert verify_tenant_token(token, now=EXPIRES + 30, **kwargs).expires_at == EXPIRES
    with pytest.raises(ExpiredToken):
        verify_tenant_token(token, now=EXPIRES + 31, **kwargs)
    parsed = parse_tenant_token(token)
    assert verify_parsed_token(parsed, now=EXPIRES + 30, **kwargs).expires_at == EXPIRES
    with pytest.raises(ExpiredToken):
        verify_parsed_token(parsed, now=EXPIRES + 31, **kwargs)


def test_default_leeway_is_30_seconds_on_iat_and_nbf() -> None:
    kwargs: dict[str, Any] = {"shared_secret": SHARED_SECRET, "kind": TokenKind.CONTEXT, "now": NOW}
    assert verify_tenant_token(context_token(iat=NOW + 30), **kwargs).client_key == CLIENT_KEY
    assert verify_tenant_token(context_token(nbf=NOW + 30), **kwargs).client_key == CLIENT_KEY
    with pytest.raises(ImmatureToken):
        verify_tenant_token(context_token(iat=NOW + 31), **kwargs)
    with pytest.raises(ImmatureToken):
        verify_tenant_token(context_token(nbf=NOW + 31), **kwargs)


# Every refusal says exactly what is wrong


def _signed_payload(payload: bytes, header: dict[str, Any] | None = None) -> str:
    return _raw_jws(
        header or {"alg": "HS256", "typ": "JWT"},
        payload,
        lambda data: hmac.new(SHARED_SECRET.encode(), data, hashlib.sha256).digest(),
    )


def _decode(token: str, algorithm: str = "HS256") -> Any:
    return decode_verified(token, SHARED_SECRET.encode(), algorithm)


def _header_with_alg(alg: str) -> str:
    return _signed_payload(b"{}", {"alg": alg})


# PyJWT refuses a PEM as an HMAC secret (the algorithm-confusion guard): nothing to verify under.
UNUSABLE_HMAC_KEY = b"-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"

REFUSALS: list[tuple[str, Any, type[TokenError], str]] = [
    ("no-header", lambda: token_from_header(None), MissingToken, "no Authorization header"),
    ("jwt-scheme", lambda: token_from_header("Bearer x"), WrongScheme, "expected the JWT scheme"),
    (
        "bearer-scheme",
        lambda: token_from_header("JWT x", "Bearer"),
        WrongScheme,
        "expected the Bearer scheme",
    ),
    ("empty-credentials", lambda: token_from_header("JWT "), MissingToken, "empty JWT credentials"),
    ("not-a-jwt", lambda: verify_request_token("garbage"), MalformedToken, "token is not a JWT"),
    (
        "segment-not-json",
        lambda: verify_request_token("eyJ.eyJ.x"),
        MalformedToken,
        "token is not a JWT",
    ),
    (
        "segment-not-object",
        lambda: verify_request_token(f"{_b64(b'[1, 2]')}.{_b64(b'{}')}.c2ln"),
        MalformedToken,
        "token segment is not a JSON object",
    ),
    (
        "too-long",
        lambda: verify_request_token("a" * (MAX_TOKEN_LENGTH + 1)),
        MalformedToken,
        "token is too long",
    ),
    (
        "parsed-without-iss",
        lambda: parse_tenant_token(jira_token({"qsh": CONTEXT_QSH})).issuer,
        MissingClaim,
        "iss",
    ),
    (
        "tenant-alg",
        lambda: verify_request_token(jwt.encode(jira_claims(), SHARED_SECRET, "HS384")),
        BadAlgorithm,
        "only HS256 is accepted",
    ),
    (
        "crit",
        lambda: verify_request_token(_with_header(jira_claims(), {"alg": "HS256", "crit": []})),
        MalformedToken,
        "critical header extensions are not supported",
    ),
    (
        "signature-alphabet",
        lambda: verify_request_token(jira_token() + "$$$$"),
        MalformedToken,
        "token signature is not base64url",
    ),
    (
        "read-issuer-alg",
        lambda: read_issuer(jira_token(), "RS256"),
        BadAlgorithm,
        "only RS256 is accepted",
    ),
    (
        "read-issuer-iss",
        lambda: read_issuer(hand_signed({"iss": 7})),
        MissingClaim,
        "iss",
    ),
    (
        "exp-missing",
        lambda: verify_request_token(
            hand_signed({k: v for k, v in jira_claims().items() if k != "exp"})
        ),
        MissingClaim,
        "exp",
    ),
    (
        "iat-infinite",
        lambda: verify_request_token(hand_signed(jira_claims(iat=float("inf")))),
        MissingClaim,
        "iat",
    ),
    (
        "expired",
        lambda: verify_request_token(jira_token(), now=NOW + 180 + LEEWAY + 1),
        ExpiredToken,
        "token has expired",
    ),
    (
        "issued-in-future",
        lambda: verify_request_token(jira_token(jira_claims(iat=NOW + LEEWAY + 1))),
        ImmatureToken,
        "token was issued in the future",
    ),
    (
        "not-yet-valid",
        lambda: verify_request_token(jira_token(jira_claims(nbf=NOW + LEEWAY + 1))),
        ImmatureToken,
        "token is not valid yet",
    ),
    ("decode-alg", lambda: _decode(jira_token(), "RS256"), BadAlgorithm, "only RS256 is accepted"),
    (
        "decode-unsupported-alg",
        lambda: _decode(_header_with_alg("HS257"), "HS257"),
        BadAlgorithm,
        "only HS257 is accepted",
    ),
    (
        "decode-payload-not-json",
        lambda: _decode(_signed_payload(b"not json")),
        MalformedToken,
        "token payload is not JSON",
    ),
    (
        "decode-payload-not-object",
        lambda: _decode(_signed_payload(b"[1]")),
        MalformedToken,
        "token payload is not an object",
    ),
    (
        "decode-bad-signature",
        lambda: decode_verified(jira_token(), OTHER_SECRET.encode(), "HS256"),
        BadSignature,
        "signature does not verify",
    ),
    (
        "decode-unusable-key",
        lambda: decode_verified(jira_token(), UNUSABLE_HMAC_KEY, "HS256"),
        MalformedToken,
        "token cannot be decoded",
    ),
    (
        "parsed-as-rs256-verified-as-tenant",
        lambda: verify_parsed_token(
            parse_token(_signed_payload(b"{}", {"alg": "RS256"}), "RS256"),
            shared_secret=SHARED_SECRET,
            kind=TokenKind.CONTEXT,
            now=NOW,
        ),
        BadAlgorithm,
        "only HS256 is accepted",
    ),
    (
        "qsh-missing",
        lambda: verify_context_token(jira_token({**jira_claims(), "qsh": ""})),
        MissingClaim,
        "qsh",
    ),
    (
        "context-route",
        lambda: verify_context_token(jira_token()),
        QshMismatch,
        "this route takes a context token",
    ),
    (
        "request-route",
        lambda: verify_request_token(context_token()),
        QshMismatch,
        "this route takes a request token, not a context token",
    ),
    (
        "no-request",
        lambda: verify_tenant_token(
            jira_token(), shared_secret=SHARED_SECRET, kind=TokenKind.REQUEST, now=NOW
        ),
        QshMismatch,
        "no request to check the qsh against",
    ),
    (
        "qsh-mismatch",
        lambda: verify_request_token(jira_token(jira_claims(qsh="0" * 64))),
        QshMismatch,
        "qsh does not match this request",
    ),
    (
        "bad-signature",
        lambda: verify_request_token(jira_token(secret=OTHER_SECRET)),
        BadSignature,
        "signature does not verify",
    ),
    (
        "verified-without-iss",
        lambda: verify_context_token(jira_token({**jira_claims(qsh=CONTEXT_QSH), "iss": ""})),
        MissingClaim,
        "iss",
    ),
    (
        "empty-sub",
        lambda: verify_context_token(context_token(sub="")),
        MissingClaim,
        "sub",
    ),
]


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [case[1:] for case in REFUSALS],
    ids=[case[0] for case in REFUSALS],
)
def test_each_refusal_has_its_own_message(call: Any, error: type[TokenError], message: str) -> None:
    with pytest.raises(error) as raised:
        call()
    assert type(raised.value) is error
    assert str(raised.value) == message


def test_read_issuer_refuses_an_issuer_that_is_not_text() -> None:
    for iss in (7, ["a"], {"a": 1}, True):
        with pytest.raises(MissingClaim):
            read_issuer(hand_signed({"iss": iss}))


def test_app_token_and_assertion_take_the_time_from_the_caller() -> None:
    """connect/ reads no clock: `now` is required, and iat is its whole second."""
    app_options: dict[str, Any] = {
        "app_key": APP_KEY,
        "shared_secret": SHARED_SECRET,
        "method": "GET",
        "url": "https://example.atlassian.net/rest/api/3/myself",
        "site_base_url": "https://example.atlassian.net",
    }
    assertion_options: dict[str, Any] = {
        "oauth_client_id": "client",
        "shared_secret": SHARED_SECRET,
        "account_id": ACCOUNT_ID,
        "site_base_url": "https://example.atlassian.net",
        "audience": "https://oauth.example",
    }
    with pytest.raises(TypeError, match="now"):
        sign_app_token(**app_options)
    with pytest.raises(TypeError, match="now"):
        sign_oauth_assertion(**assertion_options)
    app = jwt.decode(
        sign_app_token(**app_options, now=NOW + 0.9),
        SHARED_SECRET,
        algorithms=["HS256"],
        options={"verify_exp": False, "verify_iat": False},
    )
    assert app["iat"] == NOW
    assert isinstance(app["iat"], int)
    assert app["exp"] - app["iat"] == 180
    assertion = jwt.decode(
        sign_oauth_assertion(**assertion_options, now=NOW + 0.9),
        SHARED_SECRET,
        algorithms=["HS256"],
        audience="https://oauth.example",
        options={"verify_exp": False, "verify_iat": False},
    )
    assert assertion["iat"] == NOW
    assert isinstance(assertion["iat"], int)
    assert assertion["exp"] - assertion["iat"] == 60


def test_verifying_a_tenant_token_requires_now() -> None:
    with pytest.raises(TypeError, match="now"):
        verify_tenant_token(context_token(), shared_secret=SHARED_SECRET, kind=TokenKind.CONTEXT)


def _segment(value: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()


@pytest.mark.parametrize("bad", ["header", "payload"])
def test_a_segment_that_is_not_base64url_says_so(bad: str) -> None:
    header, payload = _segment({"alg": "HS256", "typ": "JWT"}), _segment({"iss": "x"})
    token = (
        f"{'e!30' if bad == 'header' else header}.{'e!30' if bad == 'payload' else payload}.c2ln"
    )
    with pytest.raises(MalformedToken) as refused:
        parse_token(token, "HS256")
    assert str(refused.value) == "token segment is not base64url"


def test_an_empty_payload_is_not_a_jwt() -> None:
    with pytest.raises(MalformedToken) as refused:
        parse_token(f"{_segment({'alg': 'HS256'})}..c2ln", "HS256")
    assert str(refused.value) == "token is not a JWT"


def test_a_token_of_exactly_the_longest_length_is_read() -> None:
    header = _segment({"alg": "HS256", "typ": "JWT"})
    for pad in ("", "a", "aa"):
        base = f"{header}.{_segment({'iss': 'x', 'pad': pad})}."
        if (MAX_TOKEN_LENGTH - len(base)) % 4 != 1:  # a base64url length that decodes
            break
    token = base + "a" * (MAX_TOKEN_LENGTH - len(base))
    assert len(token) == MAX_TOKEN_LENGTH
    assert parse_token(token, "HS256").claims["iss"] == "x"
    with pytest.raises(MalformedToken, match="too long"):
        parse_token(token + "a", "HS256")


def test_a_finite_fractional_expiry_is_a_time() -> None:
    assert check_time_claims({"iat": 100, "exp": 280.5}, now=200, leeway=0) == 280


def test_a_segment_with_a_non_ascii_character_says_it_is_not_base64url() -> None:
    token = f"é30.{_segment({'iss': 'x'})}.c2ln"
    with pytest.raises(MalformedToken) as refused:
        parse_token(token, "HS256")
    assert str(refused.value) == "token segment is not base64url"
