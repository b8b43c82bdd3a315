"""Tenant JWTs (HS256 with the tenant's sharedSecret), received and sent, and the one decoder.

Every token Connect receives, the RS256 signed install included, is read by
`parse_token` (strict, its algorithm pinned by the caller) and its signature
checked by `ParsedToken.verified_claims`; nothing else decodes a token.

Received tenant tokens come in two kinds and the *route* chooses which it accepts:
- a request token (iframe URLs, lifecycle and webhook calls): `qsh` is the hash
  of this very request;
- a context token (`AP.context.getToken()`): `qsh` is the literal `context-qsh`.
A context token is never accepted where a request token is required, nor the reverse.
"""

from __future__ import annotations

import base64
import enum
import functools
import hmac
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import jwt
from jwt.algorithms import get_default_algorithms

from glanceapp.connect.errors import (
    BadAlgorithm,
    BadSignature,
    ExpiredToken,
    ImmatureToken,
    MalformedToken,
    MissingClaim,
    MissingToken,
    QshMismatch,
    WrongScheme,
)
from glanceapp.connect.qsh import CanonicalRequest

CONTEXT_QSH = "context-qsh"
TENANT_ALGORITHM = "HS256"
MAX_TOKEN_LENGTH = 8192
APP_TOKEN_TTL = 180
OAUTH_ASSERTION_TTL = 60
_ALGORITHMS = get_default_algorithms()


@functools.lru_cache(maxsize=1024)
def _prepared_secret(algorithm: str, secret: bytes) -> Any:
    """`secret` as PyJWT prepares it for `algorithm`, remembered per (algorithm, secret).

    For HMAC, preparing is a check that the secret is not PEM or SSH key
    material (so a public key can never serve as an HMAC secret), and it costs
    five times the HMAC itself; a site's secret passes or fails it the same way
    every time. Refusals are not remembered (an exception is never cached), and
    neither is anything about a token. The site store calls
    `forget_prepared_secrets` whenever it drops its cache, so a secret stays
    here no longer than the site record that holds it stays in memory.
    """
    return _ALGORITHMS[algorithm].prepare_key(secret)


def forget_prepared_secrets() -> None:
    """Drop every remembered secret (an uninstall, a reinstall, a rotated secret)."""
    _prepared_secret.cache_clear()


class TokenKind(enum.Enum):
    REQUEST = "request"
    CONTEXT = "context"


@dataclass(frozen=True, slots=True)
class VerifiedToken:
    """Claims of a token whose signature, time claims and qsh have all been checked."""

    client_key: str
    account_id: str | None
    kind: TokenKind
    expires_at: int
    context: Mapping[str, Any] = field(default_factory=dict)
    claims: Mapping[str, Any] = field(default_factory=dict, repr=False)


def token_from_header(authorization: str | None, scheme: str = "JWT") -> str:
    """The token of an `Authorization: <scheme> <token>` header, or a TokenError."""
    if authorization is None or not authorization.strip():
        raise MissingToken("no Authorization header")
    given, _, token = authorization.strip().partition(" ")
    if given.lower() != scheme.lower():
        raise WrongScheme(f"expected the {scheme} scheme")
    token = token.strip()
    if not token:
        raise MissingToken(f"empty {scheme} credentials")
    return token


def _b64url(text: str, what: str) -> bytes:
    """Decode base64url strictly.

    `base64` raises a plain ValueError (not binascii.Error) for non-ASCII text,
    so ASCII is checked here first and every failure is a MalformedToken.
    """
    if not text.isascii():
        raise MalformedToken(f"token {what} is not base64url")
    try:
        return base64.b64decode(text + "=" * (-len(text) % 4), altchars=b"-_", validate=True)
    except ValueError:  # binascii.Error is a ValueError
        raise MalformedToken(f"token {what} is not base64url") from None


def _header(text: str) -> dict[str, Any]:
    try:
        value = json.loads(_b64url(text, "segment"))
    except (ValueError, RecursionError):
        raise MalformedToken("token is not a JWT") from None
    if not isinstance(value, dict):
        raise MalformedToken("token segment is not a JSON object")
    return value


def _payload(text: str) -> dict[str, Any]:
    try:
        value = json.loads(_b64url(text, "segment"))
    except (ValueError, RecursionError):
        raise MalformedToken("token payload is not JSON") from None
    if not isinstance(value, dict):
        raise MalformedToken("token payload is not an object")
    return value


@dataclass(frozen=True, slots=True)
class ParsedToken:
    """A token split and decoded once under its pinned algorithm, its signature not yet checked.

    Nothing read from it may be trusted before `verified_claims`; it may only be
    refused, or used to find the key it must then verify under.
    """

    algorithm: str
    header: Mapping[str, Any]
    claims: dict[str, Any]
    signing_input: bytes = field(repr=False)
    signature: bytes = field(repr=False)

    @property
    def issuer(self) -> str:
        """The unverified `iss`: the tenant (or site) whose key the token must verify under."""
        issuer = self.claims.get("iss")
        if not isinstance(issuer, str) or not issuer:
            raise MissingClaim("iss")
        return issuer

    def verified_claims(self, key: Any) -> dict[str, Any]:
        """The claims, once the signature verifies under `key` with the pinned algorithm.

        PyJWT's implementation of that one algorithm checks it (HMAC in constant
        time, RSA through cryptography); the token's own `alg` never chooses.
        Time, qsh and the other claims are the caller's to check.
        """
        algorithm = _ALGORITHMS.get(self.algorithm)
        if algorithm is None:
            raise BadAlgorithm(f"only {self.algorithm} is accepted")
        try:
            if isinstance(key, bytes):
                prepared = _prepared_secret(self.algorithm, key)
            else:
                prepared = algorithm.prepare_key(key)
        except (jwt.PyJWTError, ValueError, TypeError):
            raise MalformedToken("token cannot be decoded") from None
        if not algorithm.verify(self.signing_input, prepared, self.signature):
            raise BadSignature("signature does not verify")
        return self.claims


def parse_token(token: str, algorithm: str) -> ParsedToken:
    """Split and decode a compact JWS strictly, its `alg` pinned to `algorithm`.

    The one way into every token this app receives. In order: a bounded length,
    three segments, a JSON-object header whose `alg` is exactly `algorithm` (so a
    token that could never verify is refused before its payload is read), no
    `crit` extensions, a JSON-object payload, and a signature in strict
    base64url (a lax decoder would drop junk characters and still verify).
    """
    if len(token) > MAX_TOKEN_LENGTH:
        raise MalformedToken("token is too long")
    parts = token.split(".")
    if len(parts) != 3 or not parts[0] or not parts[1]:
        raise MalformedToken("token is not a JWT")
    header_part, payload_part, signature_part = parts
    header = _header(header_part)
    if header.get("alg") != algorithm:
        raise BadAlgorithm(f"only {algorithm} is accepted")
    if "crit" in header:
        raise MalformedToken("critical header extensions are not supported")
    claims = _payload(payload_part)
    return ParsedToken(
        algorithm=algorithm,
        header=header,
        claims=claims,
        signing_input=f"{header_part}.{payload_part}".encode("ascii"),
        signature=_b64url(signature_part, "signature"),
    )


def parse_tenant_token(token: str) -> ParsedToken:
    """A tenant token parsed with HS256 pinned; its `issuer` names the tenant to look up."""
    return parse_token(token, TENANT_ALGORITHM)


def _number(claims: Mapping[str, Any], name: str) -> int:
    value = claims.get(name)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise MissingClaim(name)
    if isinstance(value, float) and not math.isfinite(value):
        raise MissingClaim(name)
    return int(value)


def check_time_claims(claims: Mapping[str, Any], *, now: float, leeway: int) -> int:
    """Check `exp`, `iat` and an optional `nbf` against `now`; return `exp`."""
    expires = _number(claims, "exp")
    issued = _number(claims, "iat")
    if now > expires + leeway:
        raise ExpiredToken("token has expired")
    if issued > now + leeway:
        raise ImmatureToken("token was issued in the future")
    if "nbf" in claims and _number(claims, "nbf") > now + leeway:
        raise ImmatureToken("token is not valid yet")
    return expires


def check_qsh(claims: Mapping[str, Any], kind: TokenKind, request: CanonicalRequest | None) -> None:
    qsh = claims.get("qsh")
    if not isinstance(qsh, str) or not qsh:
        raise MissingClaim("qsh")
    if kind is TokenKind.CONTEXT:
        if qsh != CONTEXT_QSH:
            raise QshMismatch("this route takes a context token")
        return
    if qsh == CONTEXT_QSH:
        raise QshMismatch("this route takes a request token, not a context token")
    if request is None:
        raise QshMismatch("no request to check the qsh against")
    if not hmac.compare_digest(qsh, request.qsh()):
        raise QshMismatch("qsh does not match this request")


def verify_parsed_token(
    parsed: ParsedToken,
    *,
    shared_secret: str,
    kind: TokenKind,
    request: CanonicalRequest | None = None,
    leeway: int = 30,
    now: float,
) -> VerifiedToken:
    """Check a parsed tenant token's signature, time claims, qsh and kind."""
    if parsed.algorithm != TENANT_ALGORITHM:
        raise BadAlgorithm(f"only {TENANT_ALGORITHM} is accepted")
    claims = parsed.verified_claims(shared_secret.encode("utf-8"))
    issuer = claims.get("iss")
    if not isinstance(issuer, str) or not issuer:
        raise MissingClaim("iss")
    expires = check_time_claims(claims, now=now, leeway=leeway)
    check_qsh(claims, kind, request)
    subject = claims.get("sub")
    if subject is not None and (not isinstance(subject, str) or not subject):
        raise MissingClaim("sub")
    context = claims.get("context")
    return VerifiedToken(
        client_key=issuer,
        account_id=subject,
        kind=kind,
        expires_at=expires,
        context=context if isinstance(context, dict) else {},
        claims=claims,
    )


def sign_app_token(
    *,
    app_key: str,
    shared_secret: str,
    method: str,
    url: str,
    site_base_url: str,
    now: float,
    ttl: int = APP_TOKEN_TTL,
) -> str:
    """A JWT for one call from the app to a tenant site: `iss` = app key, qsh of that call.

    `site_base_url`'s path (e.g. `/wiki`) is the product context path and is not
    part of the canonical URI.
    """
    issued = int(now)
    parts = urlsplit(url)
    request = CanonicalRequest(method, parts.path, parts.query, urlsplit(site_base_url).path)
    claims = {
        "iss": app_key,
        "iat": issued,
        "exp": issued + min(ttl, APP_TOKEN_TTL),
        "qsh": request.qsh(),
    }
    return jwt.encode(claims, shared_secret.encode("utf-8"), algorithm=TENANT_ALGORITHM)


def sign_oauth_assertion(
    *,
    oauth_client_id: str,
    shared_secret: str,
    account_id: str,
    site_base_url: str,
    audience: str,
    now: float,
) -> str:
    """The JWT bearer assertion for acting as `account_id` (exp exactly 60 s after iat)."""
    issued = int(now)
    claims = {
        "iss": f"urn:atlassian:connect:clientid:{oauth_client_id}",
        "sub": f"urn:atlassian:connect:useraccountid:{account_id}",
        "tnt": site_base_url,
        "aud": audience,
        "iat": issued,
        "exp": issued + OAUTH_ASSERTION_TTL,
    }
    return jwt.encode(claims, shared_secret.encode("utf-8"), algorithm=TENANT_ALGORITHM)
