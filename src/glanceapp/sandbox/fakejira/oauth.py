"""Atlassian's OAuth 2.0 authorization server for the JWT-bearer (act-as-user) grant.

The app signs an assertion (HS256 under the site's shared secret) naming the user
it wants to act as; the server checks it the way Atlassian documents and grants a
short-lived bearer token that acts only for that user, with the scopes asked for.
Granted tokens are kept only as SHA-256 digests.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, Final
from urllib.parse import parse_qsl

import jwt
from jwt.types import Options

from glanceapp.sandbox.fakejira.http import Request, Response, json_response

ASSERTION_MAX_LIFETIME: Final = 60
ACCESS_TOKEN_TTL: Final = 900
JWT_BEARER_GRANT: Final = "urn:ietf:params:oauth:grant-type:jwt-bearer"
OAUTH_ISSUER_PREFIX: Final = "urn:atlassian:connect:clientid:"
OAUTH_SUBJECT_PREFIX: Final = "urn:atlassian:connect:useraccountid:"
ASSERTION_LIFETIME_ERROR: Final = "please set exp to no more than 60 seconds after issue time"
GRANT_ROUTE: Final = r"/oauth/oauth2/token"

# Connect scopes nest: ADMIN > PROJECT_ADMIN > DELETE > WRITE > READ.
_SCOPE_LEVEL: Final = {"READ": 1, "WRITE": 2, "DELETE": 3, "PROJECT_ADMIN": 4, "ADMIN": 5}
_KNOWN_SCOPES: Final = frozenset(
    {*_SCOPE_LEVEL, "NONE", "ACT_AS_USER", "ACCESS_EMAIL_ADDRESSES"},
)


@dataclass(frozen=True, slots=True)
class IssuedAccessToken:
    """An access token the OAuth endpoint granted (without its value)."""

    account_id: str
    scopes: frozenset[str] | None
    expires_at: int


def scope_allows(scopes: Iterable[str], required: str) -> bool:
    """Whether granted `scopes` cover `required`, Connect's scopes nesting as they do."""
    needed = _SCOPE_LEVEL[required]
    return any(_SCOPE_LEVEL.get(scope, 0) >= needed for scope in scopes)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _jwt_options(*required: str) -> Options:
    return {
        "require": list(required),
        # Time claims are checked against the fake's own clock (see `set_clock`).
        "verify_exp": False,
        "verify_iat": False,
        "verify_nbf": False,
        # Jira tolerates an `aud` on app tokens (ACE sends `aud: [clientKey]`).
        "verify_aud": False,
    }


def decode_hs256(token: str, secret: str, what: str, *required: str) -> dict[str, Any] | str:
    """Claims of a token signed HS256 with the site's secret, or why it is refused."""
    try:
        header = jwt.get_unverified_header(token)
    except jwt.PyJWTError:
        return f"malformed {what}"
    if header.get("alg") != "HS256":
        return f"{what} must be signed HS256"
    try:
        claims: dict[str, Any] = jwt.decode(
            token, secret, algorithms=["HS256"], options=_jwt_options(*required)
        )
    except jwt.InvalidSignatureError:
        return f"{what} signature does not verify"
    except jwt.PyJWTError as exc:
        return f"invalid {what}: {type(exc).__name__}"
    return claims


@dataclass(frozen=True, slots=True)
class AssertionRules:
    """What a site expects of an assertion at one moment."""

    shared_secret: str
    oauth_client_id: str
    site_url: str
    oauth_url: str
    now: int
    leeway: int


def verify_assertion(assertion: str, rules: AssertionRules) -> dict[str, Any] | str:
    """The assertion's claims, or why it is refused."""
    claims = decode_hs256(
        assertion, rules.shared_secret, "assertion", "iss", "sub", "aud", "tnt", "iat", "exp"
    )
    if isinstance(claims, str):
        return claims
    if claims["iss"] != f"{OAUTH_ISSUER_PREFIX}{rules.oauth_client_id}":
        return "iss does not name this app's oauthClientId"
    sub = claims["sub"]
    if not isinstance(sub, str) or not sub.startswith(OAUTH_SUBJECT_PREFIX):
        return f"sub must be {OAUTH_SUBJECT_PREFIX}<accountId>"
    if not sub[len(OAUTH_SUBJECT_PREFIX) :]:
        return "sub names no accountId"
    if not isinstance(claims["tnt"], str) or claims["tnt"].rstrip("/") != rules.site_url:
        return "tnt is not this site's baseUrl"
    audience = claims["aud"]
    audiences = audience if isinstance(audience, list) else [audience]
    if rules.oauth_url not in audiences:
        return "aud is not this authorization server"
    iat, exp = claims["iat"], claims["exp"]
    if not is_number(iat) or not is_number(exp):
        return "iat and exp must be numbers"
    if exp - iat > ASSERTION_MAX_LIFETIME:
        return ASSERTION_LIFETIME_ERROR
    if rules.now >= exp + rules.leeway:
        return "assertion expired"
    if iat > rules.now + rules.leeway:
        return "assertion issued in the future"
    return claims


def oauth_error(error: str, description: str) -> Response:
    return json_response(
        HTTPStatus.BAD_REQUEST,
        {"error": error, "error_description": description},
        {"Cache-Control": "no-store"},
    )


class OAuthServer:
    """The token endpoint and the tokens it granted; safe across threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tokens: dict[str, IssuedAccessToken] = {}  # keyed by SHA-256 of the token
        self._grant_count = 0

    @property
    def tokens(self) -> list[IssuedAccessToken]:
        with self._lock:
            return list(self._tokens.values())

    @property
    def grant_count(self) -> int:
        with self._lock:
            return self._grant_count

    def issued(self, access_token: str) -> IssuedAccessToken | None:
        """What a presented bearer token was granted as, or None if never granted."""
        with self._lock:
            return self._tokens.get(digest(access_token))

    def grant(self, request: Request, rules: Callable[[], AssertionRules]) -> Response:
        """`POST /oauth/oauth2/token` with a JWT-bearer grant."""
        content_type = request.header("content-type") or ""
        if not content_type.startswith("application/x-www-form-urlencoded"):
            return oauth_error("invalid_request", "expected a form-encoded body")
        form = dict(parse_qsl(request.body.decode("utf-8", "replace"), keep_blank_values=True))
        if form.get("grant_type") != JWT_BEARER_GRANT:
            return oauth_error("unsupported_grant_type", "grant_type must be jwt-bearer")
        assertion = form.get("assertion")
        if not assertion:
            return oauth_error("invalid_request", "assertion is required")
        scopes: frozenset[str] | None = None
        if "scope" in form:
            scopes = frozenset(form["scope"].upper().split())
            unknown = scopes - _KNOWN_SCOPES
            if unknown:
                return oauth_error("invalid_scope", f"unknown scopes: {sorted(unknown)}")
        now_rules = rules()
        claims_or_error = verify_assertion(assertion, now_rules)
        if isinstance(claims_or_error, str):
            return oauth_error("invalid_grant", claims_or_error)
        account_id = str(claims_or_error["sub"])[len(OAUTH_SUBJECT_PREFIX) :]
        access_token = secrets.token_urlsafe(32)
        issued = IssuedAccessToken(account_id, scopes, now_rules.now + ACCESS_TOKEN_TTL)
        with self._lock:
            self._tokens[digest(access_token)] = issued
            self._grant_count += 1
        answer: dict[str, object] = {
            "access_token": access_token,
            "expires_in": ACCESS_TOKEN_TTL,
            "token_type": "Bearer",
        }
        if "scope" in form:
            answer["scope"] = form["scope"]
        return json_response(HTTPStatus.OK, answer, {"Cache-Control": "no-store"})
