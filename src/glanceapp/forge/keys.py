"""Forge's signing keys: a JWKS document read into RS256 public keys, and its cache lifetime.

Pure: the fetcher (`glanceapp.jira.forge_keys`) does the I/O and hands the bytes here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from jwt.algorithms import RSAAlgorithm

from glanceapp.forge.errors import JwksUnavailable

MAX_JWKS_BYTES = 64 * 1024
MAX_KEYS = 64
MIN_RSA_BITS = 2048
_KID = re.compile(r"^[A-Za-z0-9._:/+=-]{1,256}$")
_MAX_AGE = re.compile(r"(?:^|,)\s*max-age\s*=\s*\"?(\d{1,10})\"?\s*(?:,|$)", re.IGNORECASE)
_NO_CACHE = re.compile(r"(?:^|,)\s*(no-store|no-cache)\s*(?:,|$)", re.IGNORECASE)


def valid_kid(kid: object) -> bool:
    """A `kid` worth looking up: a short string of URL-safe characters."""
    return isinstance(kid, str) and bool(_KID.fullmatch(kid))


def parse_jwks(body: bytes) -> dict[str, RSAPublicKey]:
    """The RS256 signing keys of a JWKS, by `kid`.

    Keys for other algorithms or uses, or shorter than 2048 bits, are skipped;
    a document that is not a JWKS at all is `JwksUnavailable`.
    """
    if len(body) > MAX_JWKS_BYTES:
        raise JwksUnavailable("the JWKS is too large")
    try:
        document = json.loads(body)
    except (ValueError, RecursionError):
        raise JwksUnavailable("the JWKS is not JSON") from None
    if not isinstance(document, dict) or not isinstance(document.get("keys"), list):
        raise JwksUnavailable("the JWKS has no keys list")
    keys: dict[str, RSAPublicKey] = {}
    for entry in document["keys"][:MAX_KEYS]:
        key = _rsa_signing_key(entry)
        if key is not None:
            keys[entry["kid"]] = key
    return keys


def _rsa_signing_key(entry: Any) -> RSAPublicKey | None:
    if not isinstance(entry, Mapping) or entry.get("kty") != "RSA":
        return None
    if not valid_kid(entry.get("kid")):
        return None
    if entry.get("alg", "RS256") != "RS256" or entry.get("use", "sig") != "sig":
        return None
    if "d" in entry:
        return None  # a private key published by mistake is not a key we take
    try:
        key = RSAAlgorithm.from_jwk(dict(entry))
    except Exception:  # PyJWT raises several types for a bad JWK; none is ours to pass on
        return None
    if not isinstance(key, RSAPublicKey) or key.key_size < MIN_RSA_BITS:
        return None
    return key


def cache_lifetime(cache_control: str | None, *, default: float, maximum: float) -> float:
    """Seconds the JWKS may be kept: its `max-age`, at most `maximum`; 0 when it says no-store."""
    if not cache_control:
        return default
    if _NO_CACHE.search(cache_control):
        return 0.0
    match = _MAX_AGE.search(cache_control)
    if match is None:
        return default
    return float(min(int(match.group(1)), maximum))
