"""Signed install: the RS256 lifecycle JWT on `installed` and `uninstalled`.

Everything that can be checked without the network is checked first: the
token alone (shape, algorithm, kid, and the claims read before the signature:
iss, aud, time, qsh) before the body is even read, then the body (bounded,
allowed host, clientKey = iss). Only a well-formed, current request for this
app and an allowed site can make us fetch a key. The public key comes from an injected
`KeySource`.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key

from glanceapp.connect.errors import (
    BadAlgorithm,
    BadKeyId,
    HostNotAllowed,
    InstallPayloadError,
    KeyServerUnavailable,
    MissingClaim,
    WrongAudience,
    WrongIssuer,
)
from glanceapp.connect.hosts import host_allowed, valid_hostname
from glanceapp.connect.qsh import CanonicalRequest
from glanceapp.connect.tokens import (
    TokenKind,
    _parts,
    _segment,
    check_qsh,
    check_time_claims,
    decode_verified,
    token_from_header,
)

INSTALL_ALGORITHM = "RS256"
MAX_BODY_BYTES = 64 * 1024
MAX_KID_LENGTH = 128
MIN_RSA_BITS = 2048
MIN_SHARED_SECRET_LENGTH = 20
_KID = re.compile(r"[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*")
_MAX_FIELD = 2048

KeySource = Callable[[str], Awaitable[str]]
"""Given a validated kid, return the PEM public key; raise KeyRejected or KeyServerUnavailable."""


@dataclass(frozen=True, slots=True)
class InstallPayload:
    """The fields of a lifecycle body that the app keeps."""

    client_key: str
    base_url: str
    event_type: str | None = None
    shared_secret: str | None = field(default=None, repr=False)
    display_url: str | None = None
    oauth_client_id: str | None = None
    product_type: str | None = None
    key: str | None = None


@dataclass(frozen=True, slots=True)
class VerifiedInstall:
    payload: InstallPayload
    kid: str
    account_id: str | None


def validate_kid(kid: object) -> str:
    if not isinstance(kid, str) or not kid:
        raise BadKeyId("install token has no kid header")
    if len(kid) > MAX_KID_LENGTH or not _KID.fullmatch(kid):
        raise BadKeyId("install token kid is not a safe key identifier")
    return kid


def _text(body: dict[str, Any], name: str, *, required: bool) -> str | None:
    value = body.get(name)
    if value is None:
        if required:
            raise InstallPayloadError(f"missing field {name}")
        return None
    if not isinstance(value, str) or (required and not value.strip()):
        raise InstallPayloadError(f"field {name} must be a non-empty string")
    if len(value) > _MAX_FIELD:
        raise InstallPayloadError(f"field {name} is too long")
    return value


def _site_url(name: str, value: str) -> str:
    if not value.isprintable() or any(c.isspace() for c in value):
        raise InstallPayloadError(f"field {name} contains spaces or control characters")
    try:
        parts = urlsplit(value)
        _ = parts.port
    except ValueError:
        raise InstallPayloadError(f"field {name} is not a URL") from None
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise InstallPayloadError(f"field {name} is not an http(s) site URL")
    if not valid_hostname(parts.hostname) or parts.username or parts.password:
        raise InstallPayloadError(f"field {name} does not name a valid host")
    return value.rstrip("/")


def parse_install_payload(
    body: bytes, *, allowed_hosts: Iterable[str], require_secret: bool
) -> InstallPayload:
    """Parse and bound a lifecycle body; the site's host must be allowed."""
    allowed_hosts = tuple(allowed_hosts)
    if len(body) > MAX_BODY_BYTES:
        raise InstallPayloadError("body is larger than 64 KiB")
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise InstallPayloadError("body is not JSON") from None
    if not isinstance(data, dict):
        raise InstallPayloadError("body is not a JSON object")
    client_key = _text(data, "clientKey", required=True) or ""
    if not client_key.isprintable():
        # Never stored, so never printed by a later listing or log line.
        raise InstallPayloadError("field clientKey contains control characters")
    base_url = _site_url("baseUrl", _text(data, "baseUrl", required=True) or "")
    secret = _text(data, "sharedSecret", required=require_secret)
    if secret is not None and len(secret) < MIN_SHARED_SECRET_LENGTH:
        raise InstallPayloadError(
            f"field sharedSecret is shorter than {MIN_SHARED_SECRET_LENGTH} characters"
        )
    display = _text(data, "displayUrl", required=False)
    display_url = _site_url("displayUrl", display) if display else None
    if not host_allowed(base_url, allowed_hosts):
        raise HostNotAllowed("the site's baseUrl host is not allowed")
    if display_url is not None and not host_allowed(display_url, allowed_hosts):
        display_url = None  # not stored, so never framed; the install itself is genuine
    return InstallPayload(
        client_key=client_key,
        base_url=base_url,
        event_type=_text(data, "eventType", required=False),
        shared_secret=secret,
        display_url=display_url,
        oauth_client_id=_text(data, "oauthClientId", required=False),
        product_type=_text(data, "productType", required=False),
        key=_text(data, "key", required=False),
    )


def _load_public_key(pem: str) -> RSAPublicKey:
    try:
        key = load_pem_public_key(pem.encode("ascii"))
    except (ValueError, UnicodeEncodeError, TypeError, UnsupportedAlgorithm):
        raise KeyServerUnavailable(
            "the key server returned something that is not a PEM key"
        ) from None
    if not isinstance(key, RSAPublicKey) or key.key_size < MIN_RSA_BITS:
        raise KeyServerUnavailable("the key server returned a key that is not RSA-2048 or larger")
    return key


def _audience_matches(aud: object, base_url: str) -> bool:
    expected = base_url.rstrip("/")
    candidates = aud if isinstance(aud, list) else [aud]
    return any(isinstance(a, str) and a.rstrip("/") == expected for a in candidates)


@dataclass(frozen=True, slots=True)
class InstallToken:
    """An install token that passed every check needing neither the body nor the network.

    Its signature is not verified yet: nothing here may be trusted, only refused.
    """

    token: str = field(repr=False)
    kid: str
    issuer: str


def _check_claims(
    claims: dict[str, Any],
    *,
    request: CanonicalRequest,
    app_base_url: str,
    leeway: int,
    now: float,
) -> str:
    """The claim rules of a signed install; returns `iss`."""
    issuer = claims.get("iss")
    if not isinstance(issuer, str) or not issuer:
        raise MissingClaim("iss")
    if "aud" not in claims:
        raise MissingClaim("aud")
    if not _audience_matches(claims["aud"], app_base_url):
        raise WrongAudience("aud is not this app's base URL")
    check_time_claims(claims, now=now, leeway=leeway)
    check_qsh(claims, TokenKind.REQUEST, request)
    return issuer


def check_install_token(
    *,
    authorization: str | None,
    request: CanonicalRequest,
    app_base_url: str,
    leeway: int = 30,
    now: float | None = None,
) -> InstallToken:
    """Refuse what can be refused from the token alone, before the body is read or a key fetched.

    Shape, algorithm, kid and every claim rule (iss, aud, time, qsh) are checked
    on the unverified claims; `verify_install_token` checks them again once the
    signature holds.
    """
    token = token_from_header(authorization, "JWT")
    header_part, payload_part, _ = _parts(token)
    header = _segment(header_part)
    if header.get("alg") != INSTALL_ALGORITHM:
        raise BadAlgorithm("lifecycle callbacks must be signed with RS256")
    kid = validate_kid(header.get("kid"))
    issuer = _check_claims(
        _segment(payload_part),
        request=request,
        app_base_url=app_base_url,
        leeway=leeway,
        now=time.time() if now is None else now,
    )
    return InstallToken(token=token, kid=kid, issuer=issuer)


async def verify_install_token(
    checked: InstallToken,
    *,
    body: bytes,
    request: CanonicalRequest,
    app_base_url: str,
    allowed_hosts: Iterable[str],
    key_source: KeySource,
    require_secret: bool,
    leeway: int = 30,
    now: float | None = None,
) -> VerifiedInstall:
    """Check the body against the token, then fetch the key and verify the signature."""
    payload = parse_install_payload(
        body, allowed_hosts=allowed_hosts, require_secret=require_secret
    )
    if checked.issuer != payload.client_key:
        raise WrongIssuer("iss does not match the payload's clientKey")
    public_key = _load_public_key(await key_source(checked.kid))
    claims = decode_verified(checked.token, public_key, INSTALL_ALGORITHM)
    issuer = _check_claims(
        claims,
        request=request,
        app_base_url=app_base_url,
        leeway=leeway,
        now=time.time() if now is None else now,
    )
    if issuer != payload.client_key:
        raise WrongIssuer("iss does not match the payload's clientKey")
    subject = claims.get("sub")
    return VerifiedInstall(
        payload=payload, kid=checked.kid, account_id=subject if isinstance(subject, str) else None
    )


async def verify_signed_install(
    *,
    authorization: str | None,
    body: bytes,
    request: CanonicalRequest,
    app_base_url: str,
    allowed_hosts: Iterable[str],
    key_source: KeySource,
    require_secret: bool,
    leeway: int = 30,
    now: float | None = None,
) -> VerifiedInstall:
    """Verify a signed lifecycle callback and return its payload, or raise a ConnectError."""
    checked = check_install_token(
        authorization=authorization,
        request=request,
        app_base_url=app_base_url,
        leeway=leeway,
        now=now,
    )
    return await verify_install_token(
        checked,
        body=body,
        request=request,
        app_base_url=app_base_url,
        allowed_hosts=allowed_hosts,
        key_source=key_source,
        require_secret=require_secret,
        leeway=leeway,
        now=now,
    )
