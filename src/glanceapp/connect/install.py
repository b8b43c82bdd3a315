"""Signed install: the RS256 lifecycle JWT on `installed` and `uninstalled`.

Three synchronous steps, so that the one step needing the network (fetching the
public key named by `kid`) stays with the caller, between the second and third:
1. `check_install_token`: the token alone (shape, algorithm, kid, and the claims
   read before the signature: iss, aud, time, qsh), before the body is read;
2. `check_install_body`: the body (bounded, allowed host, clientKey = iss);
3. `verify_signed_install`: the signature under the key the caller fetched, and
   every claim again now that they can be trusted.
Only a well-formed, current request for this app and an allowed site gets past
steps 1 and 2, so only such a request can make the caller fetch a key.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

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
from glanceapp.connect.hosts import host_allowed
from glanceapp.connect.qsh import CanonicalRequest
from glanceapp.connect.tokens import (
    ParsedToken,
    TokenKind,
    check_qsh,
    check_time_claims,
    parse_token,
    token_from_header,
)
from glanceapp.rules import UrlFault, url_faults

INSTALL_ALGORITHM = "RS256"
MAX_BODY_BYTES = 64 * 1024
MAX_KID_LENGTH = 128
MIN_RSA_BITS = 2048
MIN_SHARED_SECRET_LENGTH = 20
_KID = re.compile(r"[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*")
_MAX_FIELD = 2048


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
    faults = url_faults(value)
    if UrlFault.CONTROL in faults:
        raise InstallPayloadError(f"field {name} contains spaces or control characters")
    if UrlFault.MALFORMED in faults:
        raise InstallPayloadError(f"field {name} is not a URL")
    if faults & {UrlFault.NOT_HTTP, UrlFault.QUERY}:
        raise InstallPayloadError(f"field {name} is not an http(s) site URL")
    if faults & {UrlFault.BAD_HOST, UrlFault.CREDENTIALS}:
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

    parsed: ParsedToken = field(repr=False)
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
    now: float,
) -> InstallToken:
    """Refuse what can be refused from the token alone, before the body is read or a key fetched.

    Shape, algorithm, kid and every claim rule (iss, aud, time, qsh) are checked
    on the unverified claims; `verify_signed_install` checks them again once the
    signature holds.
    """
    token = token_from_header(authorization, "JWT")
    try:
        parsed = parse_token(token, INSTALL_ALGORITHM)
    except BadAlgorithm:
        raise BadAlgorithm("lifecycle callbacks must be signed with RS256") from None
    kid = validate_kid(parsed.header.get("kid"))
    issuer = _check_claims(
        parsed.claims, request=request, app_base_url=app_base_url, leeway=leeway, now=now
    )
    return InstallToken(parsed=parsed, kid=kid, issuer=issuer)


def check_install_body(
    checked: InstallToken, body: bytes, *, allowed_hosts: Iterable[str], require_secret: bool
) -> InstallPayload:
    """The lifecycle body, bounded and parsed, whose clientKey is the token's `iss`."""
    payload = parse_install_payload(
        body, allowed_hosts=allowed_hosts, require_secret=require_secret
    )
    if checked.issuer != payload.client_key:
        raise WrongIssuer("iss does not match the payload's clientKey")
    return payload


def verify_signed_install(
    checked: InstallToken,
    payload: InstallPayload,
    *,
    public_key: str,
    request: CanonicalRequest,
    app_base_url: str,
    leeway: int = 30,
    now: float,
) -> VerifiedInstall:
    """Verify the signature under `public_key` (the PEM the caller fetched for `checked.kid`).

    Raise a ConnectError for anything wrong; a key that is not RSA-2048 or
    larger is the key server's fault (KeyServerUnavailable), not the caller's.
    """
    claims = checked.parsed.verified_claims(_load_public_key(public_key))
    issuer = _check_claims(
        claims, request=request, app_base_url=app_base_url, leeway=leeway, now=now
    )
    if issuer != payload.client_key:
        raise WrongIssuer("iss does not match the payload's clientKey")
    subject = claims.get("sub")
    return VerifiedInstall(
        payload=payload, kid=checked.kid, account_id=subject if isinstance(subject, str) else None
    )
