"""The `oidc` sign-in's pure rules: discovery, the ID-token checks, the account claim.

Every refusal here is an attack or a misconfiguration named in its test; the
end-to-end file drives the same checks through a real provider.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from glanceapp.service.oidc import (
    AccountRefused,
    IdTokenRefused,
    ProviderMetadata,
    ProviderUnavailable,
    account_from_claims,
    public_keys,
    read_metadata,
    verify_id_token,
)
from glanceapp.text import PROVIDER_NO_ACCOUNT, PROVIDER_NOT_ALLOWED
from support.keys import rsa_key

ISSUER = "https://id.example.com/realms/team"
CLIENT_ID = "glanceapp"
NONCE = "the-nonce-stored-with-this-flow"
NOW = 1_750_000_000.0
KEY = rsa_key("oidc")
OTHER_KEY = rsa_key("stranger")
METADATA = ProviderMetadata(
    issuer=ISSUER,
    authorization_endpoint=f"{ISSUER}/auth",
    token_endpoint=f"{ISSUER}/token",
    jwks_uri=f"{ISSUER}/jwks",
    algorithms=("RS256",),
)
KEYS = {"k1": KEY.public_key()}


def discovery(**changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "issuer": ISSUER,
        "authorization_endpoint": f"{ISSUER}/auth",
        "token_endpoint": f"{ISSUER}/token",
        "jwks_uri": f"{ISSUER}/jwks",
        "id_token_signing_alg_values_supported": ["RS256", "HS256", "none"],
        "code_challenge_methods_supported": ["S256"],
    }
    for name, value in changes.items():
        if value is None:
            document.pop(name, None)
        else:
            document[name] = value
    return document


def claims(**changes: Any) -> dict[str, Any]:
    found: dict[str, Any] = {
        "iss": ISSUER,
        "sub": "f3b0-ann",
        "aud": CLIENT_ID,
        "exp": int(NOW) + 300,
        "iat": int(NOW),
        "nonce": NONCE,
        "preferred_username": "ann",
    }
    for name, value in changes.items():
        if value is None:
            found.pop(name, None)
        else:
            found[name] = value
    return found


def token(key: Any = KEY, algorithm: str = "RS256", kid: str | None = "k1", **changes: Any) -> str:
    headers = {"kid": kid} if kid is not None else {}
    return jwt.encode(claims(**changes), key, algorithm=algorithm, headers=headers)


def verify(id_token: str, **options: Any) -> dict[str, Any]:
    arguments: dict[str, Any] = {
        "keys": KEYS,
        "metadata": METADATA,
        "client_id": CLIENT_ID,
        "nonce": NONCE,
        "now": NOW,
        "leeway": 30.0,
    }
    arguments.update(options)
    return verify_id_token(id_token, **arguments)


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


# --------------------------------------------------------------------------- discovery


def test_discovery_keeps_only_safe_advertised_algorithms() -> None:
    assert read_metadata(discovery(), ISSUER).algorithms == ("RS256",)


def test_discovery_for_another_issuer_is_refused() -> None:
    with pytest.raises(ProviderUnavailable, match="another issuer"):
        read_metadata(discovery(issuer="https://evil.example"), ISSUER)


def test_discovery_advertising_only_hmac_or_none_is_refused() -> None:
    document = discovery(id_token_signing_alg_values_supported=["HS256", "none"])
    with pytest.raises(ProviderUnavailable, match="safe list"):
        read_metadata(document, ISSUER)


def test_discovery_without_s256_is_refused() -> None:
    with pytest.raises(ProviderUnavailable, match="S256"):
        read_metadata(discovery(code_challenge_methods_supported=["plain"]), ISSUER)


def test_discovery_with_a_plain_http_endpoint_off_loopback_is_refused() -> None:
    with pytest.raises(ProviderUnavailable, match="token_endpoint"):
        read_metadata(discovery(token_endpoint="http://id.example.com/token"), ISSUER)


@pytest.mark.parametrize("missing", ["authorization_endpoint", "token_endpoint", "jwks_uri"])
def test_discovery_missing_an_endpoint_is_refused(missing: str) -> None:
    with pytest.raises(ProviderUnavailable, match=missing):
        read_metadata(discovery(**{missing: None}), ISSUER)


# --------------------------------------------------------------------------- JWKS


def test_jwks_keeps_public_signing_keys_only() -> None:
    public = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(KEY.public_key()))
    private = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(KEY))
    keys = public_keys(
        {
            "keys": [
                {**public, "kid": "sig"},
                {**public, "kid": "enc", "use": "enc"},
                {**private, "kid": "private"},
                {"kty": "oct", "k": "c2VjcmV0", "kid": "symmetric"},
            ]
        }
    )
    assert set(keys) == {"sig"}


# --------------------------------------------------------------------------- the ID token


def test_a_good_id_token_is_accepted() -> None:
    assert verify(token())["preferred_username"] == "ann"


def test_alg_none_is_refused() -> None:
    header = b64(json.dumps({"alg": "none", "kid": "k1"}).encode())
    payload = b64(json.dumps(claims()).encode())
    with pytest.raises(IdTokenRefused, match="algorithm"):
        verify(f"{header}.{payload}.")


def test_hs256_signed_with_the_public_key_is_refused() -> None:
    pem = KEY.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    header = b64(json.dumps({"alg": "HS256", "kid": "k1"}).encode())
    payload = b64(json.dumps(claims()).encode())
    mac = hmac.new(pem, f"{header}.{payload}".encode(), hashlib.sha256).digest()
    with pytest.raises(IdTokenRefused, match="algorithm"):
        verify(f"{header}.{payload}.{b64(mac)}")


def test_an_algorithm_discovery_did_not_advertise_is_refused() -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    with pytest.raises(IdTokenRefused, match="algorithm"):
        verify(token(key, "ES256"), keys={"k1": key.public_key()})


def test_a_token_signed_by_another_key_is_refused() -> None:
    with pytest.raises(IdTokenRefused, match="refused"):
        verify(token(OTHER_KEY))


def test_an_unknown_kid_is_refused() -> None:
    with pytest.raises(IdTokenRefused, match="no key"):
        verify(token(kid="k2"))


def test_a_token_for_another_audience_is_refused() -> None:
    with pytest.raises(IdTokenRefused, match="Audience"):
        verify(token(aud="another-client"))


def test_several_audiences_need_azp_naming_this_client() -> None:
    with pytest.raises(IdTokenRefused, match="azp"):
        verify(token(aud=[CLIENT_ID, "another"]))
    assert verify(token(aud=[CLIENT_ID, "another"], azp=CLIENT_ID))["sub"] == "f3b0-ann"


def test_an_azp_naming_another_client_is_refused() -> None:
    with pytest.raises(IdTokenRefused, match="azp"):
        verify(token(azp="another-client"))


def test_a_token_from_another_issuer_is_refused() -> None:
    with pytest.raises(IdTokenRefused, match="issuer"):
        verify(token(iss="https://evil.example"))


def test_an_expired_token_is_refused_past_the_leeway() -> None:
    assert verify(token(exp=int(NOW) - 29))
    with pytest.raises(IdTokenRefused, match="expired"):
        verify(token(exp=int(NOW) - 30))


def test_a_token_issued_in_the_future_is_refused() -> None:
    with pytest.raises(IdTokenRefused, match="not valid yet"):
        verify(token(iat=int(NOW) + 31, exp=int(NOW) + 600))


def test_a_token_not_yet_valid_by_nbf_is_refused() -> None:
    with pytest.raises(IdTokenRefused, match="not valid yet"):
        verify(token(nbf=int(NOW) + 31))


@pytest.mark.parametrize("missing", ["iss", "sub", "aud", "exp", "iat"])
def test_a_token_missing_a_required_claim_is_refused(missing: str) -> None:
    with pytest.raises(IdTokenRefused):
        verify(token(**{missing: None}))


def test_a_wrong_nonce_is_refused() -> None:
    with pytest.raises(IdTokenRefused, match="nonce"):
        verify(token(nonce="a-nonce-from-another-sign-in"))


def test_a_missing_nonce_is_refused() -> None:
    with pytest.raises(IdTokenRefused, match="nonce"):
        verify(token(nonce=None))


def test_a_malformed_token_is_refused() -> None:
    with pytest.raises(IdTokenRefused, match="cannot be read"):
        verify("not-a-jwt")


# --------------------------------------------------------------------------- the account


def test_preferred_username_names_the_account() -> None:
    assert account_from_claims(claims(), username_claim=None, required_claim=None) == "ann"


def test_sub_is_the_fallback_without_preferred_username() -> None:
    found = account_from_claims(
        claims(preferred_username=None), username_claim=None, required_claim=None
    )
    assert found == "f3b0-ann"


def test_a_configured_claim_has_no_fallback() -> None:
    with pytest.raises(AccountRefused) as caught:
        account_from_claims(
            claims(preferred_username=None),
            username_claim="preferred_username",
            required_claim=None,
        )
    assert caught.value.message == PROVIDER_NO_ACCOUNT


@pytest.mark.parametrize("value", ["", " padded", "line\nbreak", "x" * 129, 7, ["ann"]])
def test_an_unusable_account_claim_is_refused(value: Any) -> None:
    with pytest.raises(AccountRefused):
        account_from_claims(claims(email=value), username_claim="email", required_claim=None)


@pytest.mark.parametrize(
    ("claim", "allowed"),
    [
        ("jira-users", True),
        (["staff", "jira-users"], True),
        ("admins", False),
        (["staff"], False),
        (None, False),
    ],
)
def test_the_required_claim_equals_or_contains_the_value(claim: Any, allowed: bool) -> None:
    found = claims(groups=claim)
    if allowed:
        assert (
            account_from_claims(found, username_claim=None, required_claim=("groups", "jira-users"))
            == "ann"
        )
    else:
        with pytest.raises(AccountRefused) as caught:
            account_from_claims(found, username_claim=None, required_claim=("groups", "jira-users"))
        assert caught.value.message == PROVIDER_NOT_ALLOWED
