"""Tenant JWTs (HS256 with the tenant's sharedSecret), received and sent.

Received tokens come in two kinds and the *route* chooses which it accepts:
- a request token (iframe URLs, lifecycle and webhook calls): `qsh` is the hash
  of this very request;
- a context token (`AP.context.getToken()`): `qsh` is the literal `context-qsh`.
A context token is never accepted where a request token is required, nor the reverse.
"""

from __future__ import annotations

import enum
import hmac
import math
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import jwt

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


def _header(token: str) -> dict[str, Any]:
    if len(token) > MAX_TOKEN_LENGTH:
        raise MalformedToken("token is too long")
    try:
        header = jwt.get_unverified_header(token)
    except jwt.PyJWTError:
        raise MalformedToken("token is not a JWT") from None
    return header


def read_issuer(token: str, algorithm: str = TENANT_ALGORITHM) -> str:
    """The unverified `iss`, used only to find the key the token must then verify under.

    The algorithm is checked first, so a token that could never verify is
    refused before any lookup.
    """
    if _header(token).get("alg") != algorithm:
        raise BadAlgorithm(f"only {algorithm} is accepted")
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        raise MalformedToken("token payload is not JSON") from None
    issuer = claims.get("iss")
    if not isinstance(issuer, str) or not issuer:
        raise MissingClaim("iss")
    return issuer


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


def decode_verified(token: str, key: Any, algorithm: str) -> dict[str, Any]:
    """Verify the signature with `algorithm` pinned; time and claims are checked by the caller."""
    if _header(token).get("alg") != algorithm:
        raise BadAlgorithm(f"only {algorithm} is accepted")
    try:
        claims = jwt.decode(
            token,
            key,
            algorithms=[algorithm],
            options={
                "verify_exp": False,
                "verify_iat": False,
                "verify_nbf": False,
                "verify_aud": False,
                "verify_iss": False,
            },
        )
    except jwt.InvalidSignatureError:
        raise BadSignature("signature does not verify") from None
    except jwt.InvalidAlgorithmError:
        raise BadAlgorithm(f"only {algorithm} is accepted") from None
    except jwt.PyJWTError:
        raise MalformedToken("token cannot be decoded") from None
    if not isinstance(claims, dict):
        raise MalformedToken("token payload is not an object")
    return claims


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


def verify_tenant_token(
    token: str,
    *,
    shared_secret: str,
    kind: TokenKind,
    request: CanonicalRequest | None = None,
    leeway: int = 30,
    now: float | None = None,
) -> VerifiedToken:
    """Verify an HS256 tenant token of the given kind; raise a TokenError subclass otherwise."""
    claims = decode_verified(token, shared_secret.encode("utf-8"), TENANT_ALGORITHM)
    issuer = claims.get("iss")
    if not isinstance(issuer, str) or not issuer:
        raise MissingClaim("iss")
    expires = check_time_claims(claims, now=time.time() if now is None else now, leeway=leeway)
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
    now: float | None = None,
    ttl: int = APP_TOKEN_TTL,
) -> str:
    """A JWT for one call from the app to a tenant site: `iss` = app key, qsh of that call.

    `site_base_url`'s path (e.g. `/wiki`) is the product context path and is not
    part of the canonical URI.
    """
    issued = int(time.time() if now is None else now)
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
    now: float | None = None,
) -> str:
    """The JWT bearer assertion for acting as `account_id` (exp exactly 60 s after iat)."""
    issued = int(time.time() if now is None else now)
    claims = {
        "iss": f"urn:atlassian:connect:clientid:{oauth_client_id}",
        "sub": f"urn:atlassian:connect:useraccountid:{account_id}",
        "tnt": site_base_url,
        "aud": audience,
        "iat": issued,
        "exp": issued + OAUTH_ASSERTION_TTL,
    }
    return jwt.encode(claims, shared_secret.encode("utf-8"), algorithm=TENANT_ALGORITHM)
