"""Forge's JWKS: only RS256 signing keys are taken; the cache lifetime follows max-age."""

from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

from glanceapp.forge import JwksUnavailable, cache_lifetime, parse_jwks
from support.keys import rsa_key


def _jwk(key: rsa.RSAPrivateKey, **extra: object) -> dict[str, object]:
    return {**RSAAlgorithm.to_jwk(key.public_key(), as_dict=True), **extra}


def test_rs256_signing_keys_are_read_by_kid(forge_key: rsa.RSAPrivateKey) -> None:
    body = json.dumps({"keys": [_jwk(forge_key, kid="k1", alg="RS256", use="sig")]})
    keys = parse_jwks(body.encode())
    assert list(keys) == ["k1"]
    assert keys["k1"].public_numbers() == forge_key.public_key().public_numbers()


@pytest.mark.parametrize(
    "extra",
    [
        {"kid": "k", "alg": "RS512"},
        {"kid": "k", "use": "enc"},
        {"kid": "bad kid"},
        {},
    ],
)
def test_other_keys_are_skipped(forge_key: rsa.RSAPrivateKey, extra: dict[str, object]) -> None:
    assert parse_jwks(json.dumps({"keys": [_jwk(forge_key, **extra)]}).encode()) == {}


def test_published_private_key_is_skipped(forge_key: rsa.RSAPrivateKey) -> None:
    private = RSAAlgorithm.to_jwk(forge_key, as_dict=True)
    assert parse_jwks(json.dumps({"keys": [{**private, "kid": "k"}]}).encode()) == {}


def test_short_rsa_key_is_skipped() -> None:
    short = rsa_key("weak", bits=1024)  # RSA-1024: the point of the test
    assert parse_jwks(json.dumps({"keys": [_jwk(short, kid="k")]}).encode()) == {}


@pytest.mark.parametrize("body", [b"not json", b"[]", b'{"keys": 1}', b"{" * 5000, b" " * 70000])
def test_a_document_that_is_no_jwks_is_unavailable(body: bytes) -> None:
    with pytest.raises(JwksUnavailable):
        parse_jwks(body)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, 60.0),
        ("public, max-age=300", 300.0),
        ("max-age=999999", 3600.0),
        ("no-store", 0.0),
        ("public", 60.0),
        ("max-age=abc", 60.0),
    ],
)
def test_cache_lifetime_follows_max_age(header: str | None, expected: float) -> None:
    assert cache_lifetime(header, default=60.0, maximum=3600.0) == expected
