"""Forge Invocation Tokens (FITs): the verified identity of every Forge call.

A FIT is an RS256 JWT signed by Forge and sent as `Authorization: Bearer`. It is
not bound to the request (no qsh): it is a short-lived bearer for one user (its
`principal`) in one installation. Verification is in two steps so the key lookup,
which may need I/O, stays with the caller: `parse_fit` splits the token and pins
the header (RS256, a `kid`), then `verify_fit` checks the signature under the key
the caller found for that `kid` and every claim, against a `now` passed in.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import json
import math
import re
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from cryptography.hazmat.primitives.hashes import SHA256

from glanceapp.connect.hosts import host_allowed
from glanceapp.forge.errors import (
    ApiHostNotAllowed,
    BadAlgorithm,
    BadSignature,
    EnvironmentNotAllowed,
    ExpiredFit,
    ImmatureFit,
    MalformedFit,
    MissingClaim,
    MissingFit,
    MissingKeyId,
    UnknownKeyId,
    WrongAudience,
    WrongIssuer,
    WrongScheme,
)
from glanceapp.forge.keys import valid_kid

FIT_ISSUER = "forge/invocation-token"
FIT_ALGORITHM = "RS256"
MAX_FIT_LENGTH = 16384
MAX_ID_LENGTH = 256
_PRINTABLE_ID = re.compile(r"[!-~\u00a1-\uffff]+")

KeyLookup = Callable[[str], RSAPublicKey | None]
MEMO_SIZE = 4096


class SignatureMemo:
    """Signatures already verified, by the exact bytes of the token and the key object.

    Forge may send one FIT on several calls; re-running RSA on identical bytes under the
    identical key gives the identical answer, so that answer is remembered. Nothing else
    is: every claim (expiry above all) is checked afresh on every call, a different
    token never shares an entry, and a key dropped from the JWKS is a different object.
    """

    def __init__(self, size: int = MEMO_SIZE) -> None:
        self._size = size
        self._seen: OrderedDict[bytes, RSAPublicKey] = OrderedDict()

    @staticmethod
    def _digest(parsed: ParsedFit) -> bytes:
        return hashlib.sha256(parsed.signing_input + b"." + parsed.signature).digest()

    def verified(self, parsed: ParsedFit, key: RSAPublicKey) -> bool:
        digest = self._digest(parsed)
        if self._seen.get(digest) is not key:
            return False
        self._seen.move_to_end(digest)
        return True

    def remember(self, parsed: ParsedFit, key: RSAPublicKey) -> None:
        self._seen[self._digest(parsed)] = key
        if len(self._seen) > self._size:
            self._seen.popitem(last=False)


@dataclass(frozen=True, slots=True)
class ParsedFit:
    """A FIT split and decoded once, its header pinned, its signature not yet checked."""

    kid: str
    claims: dict[str, Any] = field(repr=False)
    signing_input: bytes = field(repr=False)
    signature: bytes = field(repr=False)


@dataclass(frozen=True, slots=True)
class ForgeRules:
    """What this app accepts: its id (the `aud`), environments and Jira API hosts."""

    app_id: str
    environments: frozenset[str]
    api_hosts: tuple[str, ...]
    leeway: int


@dataclass(frozen=True, slots=True)
class VerifiedFit:
    """Claims of a FIT whose signature, time, audience and app claims have been checked."""

    installation_id: str
    api_base_url: str
    cloud_id: str | None
    site_url: str | None
    account_id: str | None
    environment_id: str | None
    app_version: str | None
    issue_key: str | None
    expires_at: int


def fit_from_header(authorization: str | None) -> str:
    """The token of an `Authorization: Bearer <FIT>` header, or a FitError."""
    if authorization is None or not authorization.strip():
        raise MissingFit("no Authorization header")
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "bearer":
        raise WrongScheme("expected the Bearer scheme")
    token = token.strip()
    if not token:
        raise MissingFit("empty Bearer credentials")
    return token


def _b64(text: str) -> bytes:
    try:
        return base64.b64decode(text + "=" * (-len(text) % 4), altchars=b"-_", validate=True)
    except (binascii.Error, ValueError):
        raise MalformedFit("token is not a JWT") from None


def _segment(text: str) -> dict[str, Any]:
    try:
        value = json.loads(_b64(text))
    except (ValueError, RecursionError):
        raise MalformedFit("token is not a JWT") from None
    if not isinstance(value, dict):
        raise MalformedFit("token segment is not a JSON object")
    return value


def parse_fit(token: str) -> ParsedFit:
    """Split a FIT and pin its header: `alg` exactly RS256, a usable `kid`, no `crit`."""
    if len(token) > MAX_FIT_LENGTH:
        raise MalformedFit("token is too long")
    parts = token.split(".")
    if len(parts) != 3 or not all(parts):
        raise MalformedFit("token is not a JWT")
    header = _segment(parts[0])
    if header.get("alg") != FIT_ALGORITHM:
        raise BadAlgorithm(f"only {FIT_ALGORITHM} is accepted")
    if "crit" in header:
        raise MalformedFit("critical header extensions are not supported")
    kid = header.get("kid")
    if not valid_kid(kid):
        raise MissingKeyId("the token names no usable kid")
    assert isinstance(kid, str)
    return ParsedFit(
        kid=kid,
        claims=_segment(parts[1]),
        signing_input=f"{parts[0]}.{parts[1]}".encode("ascii"),
        signature=_b64(parts[2]),
    )


def verify_fit(
    parsed: ParsedFit,
    *,
    key_for: KeyLookup,
    rules: ForgeRules,
    now: float,
    require_principal: bool,
    memo: SignatureMemo | None = None,
) -> VerifiedFit:
    """Check the signature under `key_for(kid)` and every claim; return the identity."""
    key = key_for(parsed.kid)
    if key is None:
        raise UnknownKeyId("the token's kid is not among Forge's keys")
    if memo is None or not memo.verified(parsed, key):
        # RS256, pinned: RSASSA-PKCS1-v1_5 with SHA-256, straight from cryptography.
        try:
            key.verify(parsed.signature, parsed.signing_input, PKCS1v15(), SHA256())
        except InvalidSignature:
            raise BadSignature("signature does not verify") from None
        if memo is not None:
            memo.remember(parsed, key)
    return check_claims(parsed.claims, rules=rules, now=now, require_principal=require_principal)


def _number(claims: Mapping[str, Any], name: str) -> int:
    value = claims.get(name)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise MissingClaim(name)
    if isinstance(value, float) and not math.isfinite(value):
        raise MissingClaim(name)
    return int(value)


def _identifier(value: object, name: str) -> str:
    """A short identifier: printable, no whitespace."""
    if not isinstance(value, str) or not value or len(value) > MAX_ID_LENGTH:
        raise MissingClaim(name)
    if not value.isprintable() or not _PRINTABLE_ID.fullmatch(value):
        raise MissingClaim(name)
    return value


def _optional_identifier(value: object, name: str) -> str | None:
    return None if value is None else _identifier(value, name)


def _object(value: object, name: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise MissingClaim(name)
    return value


def _audience_matches(audience: object, app_id: str) -> bool:
    if isinstance(audience, str):
        return audience == app_id
    if isinstance(audience, list):
        return audience == [app_id]
    return False


def check_claims(
    claims: Mapping[str, Any], *, rules: ForgeRules, now: float, require_principal: bool
) -> VerifiedFit:
    """Every claim a verified FIT must carry; a FIT lacking or contradicting one is refused."""
    if claims.get("iss") != FIT_ISSUER:
        raise WrongIssuer(f"iss must be {FIT_ISSUER}")
    if not _audience_matches(claims.get("aud"), rules.app_id):
        raise WrongAudience("the token is for another app")
    expires = _number(claims, "exp")
    issued = _number(claims, "iat")
    if now > expires + rules.leeway:
        raise ExpiredFit("token has expired")
    if issued > now + rules.leeway:
        raise ImmatureFit("token was issued in the future")
    if "nbf" in claims and _number(claims, "nbf") > now + rules.leeway:
        raise ImmatureFit("token is not valid yet")

    app = _object(claims.get("app"), "app")
    if "id" in app and app["id"] != rules.app_id:
        raise WrongAudience("app.id is another app")
    installation_id = _identifier(app.get("installationId"), "app.installationId")
    environment = app.get("environment")
    environment_id = None
    if isinstance(environment, Mapping):
        environment_id = _optional_identifier(environment.get("id"), "app.environment.id")
    if rules.environments and environment_id not in rules.environments:
        raise EnvironmentNotAllowed("the token's environment is not accepted")
    api_base_url = app.get("apiBaseUrl")
    if not isinstance(api_base_url, str) or not api_base_url:
        raise MissingClaim("app.apiBaseUrl")
    if not _api_host_allowed(api_base_url, rules.api_hosts):
        raise ApiHostNotAllowed("app.apiBaseUrl is not on an allowed host")
    api_base_url = api_base_url.rstrip("/")
    version = app.get("appVersion")

    account_id = _optional_identifier(claims.get("principal"), "principal")
    if require_principal and account_id is None:
        raise MissingClaim("principal")

    context = claims.get("context")
    context = context if isinstance(context, Mapping) else {}
    cloud_id = _optional_identifier(context.get("cloudId"), "context.cloudId")
    if cloud_id is None:
        cloud_id = _cloud_of(app, api_base_url)
    site_url = context.get("siteUrl")
    return VerifiedFit(
        installation_id=installation_id,
        api_base_url=api_base_url,
        cloud_id=cloud_id,
        site_url=site_url if isinstance(site_url, str) and site_url.isprintable() else None,
        account_id=account_id,
        environment_id=environment_id,
        app_version=version if isinstance(version, str) and version.isprintable() else None,
        issue_key=_issue_key(context),
        expires_at=expires,
    )


@functools.lru_cache(maxsize=256)
def _api_host_allowed(url: str, hosts: tuple[str, ...]) -> bool:
    """`host_allowed`, remembered: a pure function of the URL and the setting."""
    return host_allowed(url, hosts)


def _cloud_of(app: Mapping[str, Any], api_base_url: str) -> str | None:
    """The cloudId of the installation context this apiBaseUrl belongs to (triggers carry no context)."""
    installation = app.get("installation")
    if not isinstance(installation, Mapping):
        return None
    contexts = installation.get("contexts")
    if not isinstance(contexts, list):
        return None
    for entry in contexts:
        if not isinstance(entry, Mapping):
            continue
        base = entry.get("apiBaseUrl")
        if isinstance(base, str) and base.rstrip("/") == api_base_url:
            return _optional_identifier(entry.get("cloudId"), "app.installation.contexts.cloudId")
    return None


def _issue_key(context: Mapping[str, Any]) -> str | None:
    extension = context.get("extension")
    if not isinstance(extension, Mapping):
        return None
    issue = extension.get("issue")
    if not isinstance(issue, Mapping):
        return None
    key = issue.get("key")
    return key if isinstance(key, str) and key.isprintable() and len(key) <= 255 else None


def read_user_token_expiry(token: str) -> int | None:
    """The `exp` of a Forge user token, read without verifying it (Jira verifies it).

    Forge's tokens are otherwise opaque to the app; one whose `exp` cannot be read
    gives None.
    """
    parts = token.split(".")
    if len(parts) != 3 or len(token) > MAX_FIT_LENGTH:
        return None
    try:
        claims = _segment(parts[1])
        return _number(claims, "exp")
    except (MalformedFit, MissingClaim):
        return None
