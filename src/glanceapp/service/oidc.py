"""The `oidc` sign-in: the team's OpenID Connect provider proves who the person is.

Authorization code flow with PKCE (S256), `state` and `nonce`. Authlib makes the
authorization URL and exchanges the code; PyJWT checks the ID token. Discovery
comes from `<issuer>/.well-known/openid-configuration`; an issuer that cannot be
reached is retried on later requests (never more often than `retry_seconds`),
and until it answers the sign-in shows `ProviderUnavailable`'s message.

ID-token checks, every one fatal: the signature, by a key from the provider's
JWKS, with an algorithm the provider advertises *and* on a safe list (no `none`,
no HMAC, so a public key can never be used as an HMAC secret); `iss` exactly the
discovered issuer; `aud` containing the client id (and `azp`, when present, equal
to it); `exp`, `iat` (and `nbf`) against this app's clock with leeway; `nonce`
equal to the one stored with the flow; then the account claim and the optional
required claim.

Errors: one tree under `SignInRefused`, each with a sentence for the person
(`message`) and a detail for the log that never holds a code, a token or a
secret.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
import jwt
from authlib.integrations.httpx_client import AsyncOAuth2Client

from glanceapp.rules import is_loopback
from glanceapp.service.accounts import (
    AccountError,
    CheckUnavailable,
    Credential,
    LocalAccounts,
    check_name,
)
from glanceapp.settings import Settings
from glanceapp.text import (
    PROVIDER_CANCELLED,
    PROVIDER_FLOW_GONE,
    PROVIDER_NO_ACCOUNT,
    PROVIDER_NOT_ALLOWED,
    PROVIDER_REFUSED,
    PROVIDER_UNAVAILABLE,
    USE_PROVIDER,
)

log = logging.getLogger(__name__)

SAFE_ALGORITHMS = (
    "RS256",
    "RS384",
    "RS512",
    "PS256",
    "PS384",
    "PS512",
    "ES256",
    "ES384",
    "ES512",
    "EdDSA",
)
FLOW_SECONDS = 600.0
RETRY_SECONDS = 10.0
METADATA_SECONDS = 3600.0
MAX_DOCUMENT_BYTES = 256 * 1024
DEFAULT_CLAIMS = ("preferred_username", "sub")


class SignInRefused(Exception):
    """Raised when a sign-in cannot go on; `message` is for the person, `str()` for the log."""

    message = PROVIDER_REFUSED

    def __init__(self, detail: str, message: str | None = None) -> None:
        super().__init__(detail)
        if message is not None:
            self.message = message


class ProviderUnavailable(SignInRefused):
    """Raised when discovery, the JWKS or the token endpoint cannot be reached or read."""

    message = PROVIDER_UNAVAILABLE


class FlowGone(SignInRefused):
    """Raised when a callback's `state` is unknown, expired or already used."""

    message = PROVIDER_FLOW_GONE


class ProviderError(SignInRefused):
    """Raised when the provider answers the callback or the token request with an error."""

    message = PROVIDER_CANCELLED


class IdTokenRefused(SignInRefused):
    """Raised when an ID token fails any check (signature, algorithm, claims, nonce)."""

    message = PROVIDER_REFUSED


class AccountRefused(SignInRefused):
    """Raised when the ID token names no usable account, or lacks the required claim."""


@dataclass(frozen=True, slots=True)
class ProviderMetadata:
    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    jwks_uri: str
    algorithms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Authorization:
    """A started flow: where to send the person, and what the server keeps."""

    url: str
    state: str
    nonce: str
    code_verifier: str


def _endpoint(metadata: Mapping[str, Any], name: str) -> str:
    value = metadata.get(name)
    if not isinstance(value, str):
        raise ProviderUnavailable(f"discovery has no {name}")
    try:
        parts = urlsplit(value)
    except ValueError:
        raise ProviderUnavailable(f"discovery's {name} is not a URL") from None
    if parts.scheme != "https" and not (parts.scheme == "http" and is_loopback(parts.hostname)):
        raise ProviderUnavailable(f"discovery's {name} is not https")
    return value


def read_metadata(document: Mapping[str, Any], issuer: str) -> ProviderMetadata:
    """Discovery, checked: the issuer is ours, the endpoints are https, S256 and a safe algorithm."""
    found = document.get("issuer")
    if not isinstance(found, str) or found.rstrip("/") != issuer.rstrip("/"):
        raise ProviderUnavailable("discovery names another issuer")
    methods = document.get("code_challenge_methods_supported")
    if methods is not None and (not isinstance(methods, list) or "S256" not in methods):
        raise ProviderUnavailable("the provider does not support PKCE with S256")
    advertised = document.get("id_token_signing_alg_values_supported")
    if not isinstance(advertised, list):
        raise ProviderUnavailable("discovery lists no ID token signing algorithms")
    algorithms = tuple(a for a in SAFE_ALGORITHMS if a in advertised)
    if not algorithms:
        raise ProviderUnavailable("the provider signs ID tokens with no algorithm on the safe list")
    return ProviderMetadata(
        issuer=found,
        authorization_endpoint=_endpoint(document, "authorization_endpoint"),
        token_endpoint=_endpoint(document, "token_endpoint"),
        jwks_uri=_endpoint(document, "jwks_uri"),
        algorithms=algorithms,
    )


def account_from_claims(
    claims: Mapping[str, Any],
    *,
    username_claim: str | None,
    required_claim: tuple[str, str] | None,
) -> str:
    """The service account name the claims give, after the required-claim check."""
    if required_claim is not None:
        name, wanted = required_claim
        value = claims.get(name)
        allowed = value == wanted or (isinstance(value, list) and wanted in value)
        if not allowed:
            raise AccountRefused(f"the ID token lacks {name}={wanted}", PROVIDER_NOT_ALLOWED)
    names = (username_claim,) if username_claim else DEFAULT_CLAIMS
    for name in names:
        value = claims.get(name)
        if isinstance(value, str) and value:
            try:
                return check_name(value)
            except AccountError as exc:
                raise AccountRefused(
                    f"the ID token's {name} is unusable: {exc}", PROVIDER_NO_ACCOUNT
                ) from None
    raise AccountRefused(f"the ID token has no {' or '.join(names)}", PROVIDER_NO_ACCOUNT)


def verify_id_token(
    token: str,
    *,
    keys: Mapping[str, Any],
    metadata: ProviderMetadata,
    client_id: str,
    nonce: str,
    now: float,
    leeway: float,
) -> dict[str, Any]:
    """The ID token's claims when every check passes; IdTokenRefused otherwise."""
    try:
        header = jwt.get_unverified_header(token)
    except jwt.PyJWTError as exc:
        raise IdTokenRefused(f"the ID token cannot be read: {type(exc).__name__}") from None
    algorithm = header.get("alg")
    if algorithm not in metadata.algorithms:
        raise IdTokenRefused(f"the ID token's algorithm {algorithm!r} is not accepted")
    key = _key_for(keys, header.get("kid"), algorithm)
    try:
        claims: dict[str, Any] = jwt.decode(
            token,
            key=key,
            algorithms=[algorithm],
            audience=client_id,
            issuer=metadata.issuer,
            options={
                "require": ["iss", "sub", "aud", "exp", "iat"],
                "verify_exp": False,
                "verify_iat": False,
                "verify_nbf": False,
            },
        )
    except jwt.PyJWTError as exc:
        raise IdTokenRefused(f"the ID token was refused: {type(exc).__name__}: {exc}") from None
    for name in ("exp", "iat", "nbf"):
        if name in claims and (
            not isinstance(claims[name], int | float) or isinstance(claims[name], bool)
        ):
            raise IdTokenRefused(f"the ID token's {name} is not a number")
    if now >= claims["exp"] + leeway:
        raise IdTokenRefused("the ID token has expired")
    if claims["iat"] > now + leeway or ("nbf" in claims and claims["nbf"] > now + leeway):
        raise IdTokenRefused("the ID token is not valid yet")
    audiences = claims["aud"] if isinstance(claims["aud"], list) else [claims["aud"]]
    azp = claims.get("azp")
    if (azp is not None or len(audiences) > 1) and azp != client_id:
        raise IdTokenRefused("the ID token was issued to another party (azp)")
    found = claims.get("nonce")
    if not isinstance(found, str) or not hmac.compare_digest(found.encode(), nonce.encode()):
        raise IdTokenRefused("the ID token's nonce is not this sign-in's")
    return claims


def _key_for(keys: Mapping[str, Any], kid: object, algorithm: str) -> Any:
    """The public key for this kid (or the only key when the token names none)."""
    if isinstance(kid, str) and kid in keys:
        return keys[kid]
    if kid is None and len(keys) == 1:
        return next(iter(keys.values()))
    raise IdTokenRefused(f"no key in the provider's JWKS for kid {kid!r} ({algorithm})")


def public_keys(document: Mapping[str, Any]) -> dict[str, Any]:
    """The JWKS's signing keys by kid; private or symmetric keys are never used."""
    found: dict[str, Any] = {}
    entries = document.get("keys")
    if not isinstance(entries, list):
        raise ProviderUnavailable("the JWKS has no keys")
    for entry in entries:
        if not isinstance(entry, dict) or entry.get("use", "sig") != "sig":
            continue
        if entry.get("kty") not in ("RSA", "EC", "OKP") or "d" in entry:
            continue
        try:
            key = jwt.PyJWK(entry).key
        except (jwt.PyJWTError, ValueError, TypeError):
            continue
        found[str(entry.get("kid", ""))] = key
    return found


class ProviderOnly:
    """The `CredentialChecker` while `oidc` is chosen: no password is ever checked here.

    Keys from the provider (no credential generation) are honoured while unexpired
    and unrevoked; a key made earlier for a local account keeps the local check.
    """

    def __init__(self, local: LocalAccounts) -> None:
        self._local = local

    async def verify(self, username: str, password: str) -> Credential | None:
        raise CheckUnavailable(USE_PROVIDER, "a password was posted while oidc is the sign-in")

    async def still_valid(self, credential: Credential) -> bool:
        if credential.generation is None:
            return True
        return await self._local.still_valid(credential)


class OidcSignIn:
    """The app's client of one provider: discovery with retry, flows, the code exchange.

    Authlib's `AsyncOAuth2Client` (an httpx client) speaks to the provider; it is
    opened with the app and closed with it.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        clock: Callable[[], float],
        client: AsyncOAuth2Client | None = None,
        retry_seconds: float = RETRY_SECONDS,
    ) -> None:
        assert settings.oidc_issuer is not None
        assert settings.oidc_client_id is not None
        self._issuer = settings.oidc_issuer
        self._client_id = settings.oidc_client_id
        self._username_claim = settings.oidc_username_claim
        self._required_claim = settings.oidc_required_claim
        self._leeway = float(settings.jwt_leeway)
        self._clock = clock
        self._retry = retry_seconds
        self._client = client or AsyncOAuth2Client(
            client_id=settings.oidc_client_id,
            client_secret=settings.oidc_client_secret,
            scope=" ".join(settings.oidc_scopes),
            redirect_uri=settings.oidc_redirect_uri,
            code_challenge_method="S256",
            token_endpoint_auth_method=(
                "client_secret_basic" if settings.oidc_client_secret else "none"
            ),
            timeout=httpx.Timeout(10.0, connect=5.0),
            follow_redirects=False,
        )
        self._metadata: ProviderMetadata | None = None
        self._metadata_at = 0.0
        self._failed_at: float | None = None
        self._keys: dict[str, Any] = {}
        self._lock = asyncio.Lock()

    async def aclose(self) -> None:
        await self._client.aclose()

    # -- discovery and keys ------------------------------------------------------

    async def _get_json(self, url: str, what: str) -> dict[str, Any]:
        try:
            # withhold_token: never send a person's access token along with a public document.
            response = await self._client.request(
                "GET", url, headers={"Accept": "application/json"}, withhold_token=True
            )
        except httpx.HTTPError as exc:
            raise ProviderUnavailable(
                f"{what} could not be fetched ({type(exc).__name__})"
            ) from None
        if response.status_code != 200 or len(response.content) > MAX_DOCUMENT_BYTES:
            raise ProviderUnavailable(f"{what} answered {response.status_code}")
        try:
            document = json.loads(response.content)
        except (ValueError, RecursionError):
            raise ProviderUnavailable(f"{what} is not JSON") from None
        if not isinstance(document, dict):
            raise ProviderUnavailable(f"{what} is not a JSON object")
        return document

    async def metadata(self) -> ProviderMetadata:
        """The provider's discovery; fetched again after an hour, retried after a failure."""
        now = self._clock()
        if self._metadata is not None and now < self._metadata_at + METADATA_SECONDS:
            return self._metadata
        async with self._lock:
            now = self._clock()
            if self._metadata is not None and now < self._metadata_at + METADATA_SECONDS:
                return self._metadata
            if self._failed_at is not None and now < self._failed_at + self._retry:
                if self._metadata is not None:
                    return self._metadata
                raise ProviderUnavailable("discovery failed recently; waiting to retry")
            url = f"{self._issuer}/.well-known/openid-configuration"
            try:
                metadata = read_metadata(await self._get_json(url, "discovery"), self._issuer)
            except ProviderUnavailable as exc:
                self._failed_at = now
                log.warning("OpenID Connect discovery failed: %s; will retry", exc)
                if self._metadata is not None:
                    return self._metadata
                raise
            self._metadata, self._metadata_at, self._failed_at = metadata, now, None
            return metadata

    async def warm_up(self) -> None:
        """Discovery at start: a failure is a warning (logged by `metadata`), never a crash."""
        with contextlib.suppress(ProviderUnavailable):
            await self.metadata()

    async def _key_set(self, metadata: ProviderMetadata, kid: object) -> dict[str, Any]:
        if isinstance(kid, str) and kid in self._keys:
            return self._keys
        # Unknown kid (or first use): fetch once; a rotated key is picked up here.
        self._keys = public_keys(await self._get_json(metadata.jwks_uri, "the JWKS"))
        return self._keys

    # -- the flow ----------------------------------------------------------------

    async def authorization(self) -> Authorization:
        metadata = await self.metadata()
        state = secrets.token_urlsafe(32)
        nonce = secrets.token_urlsafe(32)
        verifier = secrets.token_urlsafe(48)
        url, _ = self._client.create_authorization_url(
            metadata.authorization_endpoint, state=state, nonce=nonce, code_verifier=verifier
        )
        return Authorization(url=url, state=state, nonce=nonce, code_verifier=verifier)

    async def finish(self, *, code: str, code_verifier: str, nonce: str) -> Credential:
        """Exchange the code, check the ID token, and name the account."""
        metadata = await self.metadata()
        try:
            token = await self._client.fetch_token(
                metadata.token_endpoint,
                grant_type="authorization_code",
                code=code,
                code_verifier=code_verifier,
            )
        except httpx.HTTPError as exc:
            raise ProviderUnavailable(
                f"the token endpoint could not be reached ({type(exc).__name__})"
            ) from None
        except Exception as exc:  # Authlib's OAuthError and friends: the provider said no
            raise ProviderError(f"the token request was refused ({type(exc).__name__})") from None
        id_token = token.get("id_token") if isinstance(token, dict) else None
        if not isinstance(id_token, str):
            raise IdTokenRefused("the token answer has no ID token")
        try:
            kid = jwt.get_unverified_header(id_token).get("kid")
        except jwt.PyJWTError:
            kid = None
        keys = await self._key_set(metadata, kid)
        claims = verify_id_token(
            id_token,
            keys=keys,
            metadata=metadata,
            client_id=self._client_id,
            nonce=nonce,
            now=self._clock(),
            leeway=self._leeway,
        )
        account = account_from_claims(
            claims, username_claim=self._username_claim, required_claim=self._required_claim
        )
        return Credential(account, None)
