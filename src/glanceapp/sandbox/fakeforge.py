"""A fake Forge platform: a real HTTP server on loopback playing Forge and Jira's API gateway.

One `FakeForge` plays, on one port, what a Forge remote talks to:

- Forge's signing service: an RSA key of its own, published as a JWKS at
  `jwks_url` (`/.well-known/jwks.json`, with `Cache-Control: max-age`), and
  Forge Invocation Tokens (FITs) minted with it (`mint_fit`), carrying the claims
  Forge sends (`app{id, installationId, apiBaseUrl, appVersion, environment{type, id},
  installation{id, contexts[{apiBaseUrl, cloudId}]}, module{type, key}}`,
  `context{cloudId, siteUrl, moduleKey, extension{issue{key}}}`, `principal`);
- Forge's user tokens (`mint_user_token`): what arrives as `x-forge-oauth-user`.
  To the app they are opaque apart from a readable `exp`; this fake accepts one
  only for the account and site it was minted for, and only until its `exp`;
- Jira's REST API as reached through `api.atlassian.com`: the user-properties API
  at `api_base_url` (`{origin}/ex/jira/{cloud_id}/rest/api/3/user/properties/{key}
  ?accountId=`), authenticated by `Authorization: Bearer <user token>` for that
  very accountId and site;
- Forge itself driving the remote: `request_remote` / `invoke_remote` (a UI call
  with a fresh FIT, plus the user token on `invoke_remote`), `install`, `upgrade`
  (the lifecycle trigger) and `pre_uninstall`.

A site served through both Connect and Forge shares one set of user properties:
pass the site's `FakeJira` as `jira=` and the property API reads and writes that
fake's store, and the site URL defaults to its `base_url`.

Like `FakeJira` it is independent of the app's own protocol code (it never imports
from glanceapp beyond the fakes' shared machinery and property rules), keeps no token value in
its request log, and takes injected faults (`inject`, inherited). Time comes from
the fake's own clock: `set_clock(offset)` shifts it for expiry tests.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import quote, unquote

import httpx
import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

from glanceapp.sandbox.fakejira import (
    OMIT,
    LoopbackFake,
    Request,
    Response,
    UserProperties,
    apply_overrides,
    jira_error,
    json_response,
)
from glanceapp.sandbox.fakejira.properties import property_key, property_missing, property_value

if TYPE_CHECKING:
    from glanceapp.sandbox.fakejira import FakeJira

FIT_ISSUER: Final = "forge/invocation-token"
FIT_TTL: Final = 25
"""Seconds a minted FIT lives: Atlassian's example token has `exp - iat` = 25."""
USER_TOKEN_TTL: Final = 3 * 3600
"""Forge hands out user tokens with 2-4 h left; three hours is in that range."""
JWKS_MAX_AGE: Final = 300

__all__ = ["FIT_ISSUER", "OMIT", "FakeForge", "UserToken"]


@dataclass(frozen=True, slots=True)
class UserToken:
    """A user token the fake minted (without its value)."""

    account_id: str
    cloud_id: str
    expires_at: int


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


class FakeForge(LoopbackFake):
    """Forge and Jira-through-`api.atlassian.com` for one app installed on one site.

    Construct, `start()` (or use as a context manager), point the app at `jwks_url`
    with `app_id` as its Forge app id and `127.0.0.1` among its allowed API hosts,
    then drive it with `install()`, `request_remote()`, `invoke_remote()`, or mint
    FITs and user tokens directly for hand-made requests.
    """

    name = "fake-forge"

    def __init__(
        self,
        *,
        app_base_url: str,
        app_id: str | None = None,
        cloud_id: str | None = None,
        site_url: str | None = None,
        jira: FakeJira | None = None,
        installation_id: str | None = None,
        environment_id: str | None = None,
        environment_type: str = "PRODUCTION",
        app_version: str = "1.0.0",
        signing_key: rsa.RSAPrivateKey | None = None,
        site_host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        """`app_base_url` is the remote's `baseUrl` (the app); `signing_key` lets a
        suite share one RSA key; `jira` shares a Connect site's user properties.
        """
        super().__init__(site_host=site_host, port=port)
        self.app_base_url = app_base_url.rstrip("/")
        self.app_id = app_id or f"ari:cloud:ecosystem::app/{uuid.uuid4()}"
        self.cloud_id = cloud_id or str(uuid.uuid4())
        self._jira = jira
        self._site_url = site_url.rstrip("/") if site_url else None
        self.installation_id = installation_id or (
            f"ari:cloud:ecosystem::installation/{uuid.uuid4()}"
        )
        self.environment_id = environment_id or str(uuid.uuid4())
        self.environment_type = environment_type
        self.app_version = app_version

        # Knobs tests may set directly.
        self.fit_ttl = FIT_TTL
        """Lifetime of minted FITs, seconds."""
        self.user_token_ttl = USER_TOKEN_TTL
        """Lifetime of minted user tokens, seconds."""
        self.jwks_max_age = JWKS_MAX_AGE
        """The `max-age` the JWKS is served with."""
        self.installer_account_id = f"557058:{uuid.uuid4()}"
        self.client_timeout = 10.0
        """Timeout of the fake's own calls to the app."""

        self._token_secret = secrets.token_bytes(32)
        self._signing_keys: dict[str, rsa.RSAPrivateKey] = {}
        self._published: list[str] = []
        self._kid = self.add_signing_key(signing_key or _new_key())
        self._user_tokens: dict[str, UserToken] = {}  # keyed by SHA-256 of the token
        self._properties = jira.user_properties if jira is not None else UserProperties()
        self._clock_offset = 0
        self._token_lock = threading.Lock()

        self.add_route("GET", r"/\.well-known/jwks\.json", self._get_jwks)
        prefix = r"/ex/jira/(?P<cloud>[^/]+)/rest/api/3/user/properties/(?P<key>[^/]+)"
        self.add_route("GET", prefix, self._get_property)
        self.add_route("PUT", prefix, self._put_property)
        self.add_route("DELETE", prefix, self._delete_property)

    # ------------------------------------------------------------------ identity

    @property
    def jwks_url(self) -> str:
        return f"{self.base_url}/.well-known/jwks.json"

    @property
    def api_base_url(self) -> str:
        """`app.apiBaseUrl`: where the app calls Jira with a Forge token."""
        return f"{self.base_url}/ex/jira/{self.cloud_id}"

    @property
    def site_url(self) -> str:
        """`context.siteUrl`: the given one, else the shared FakeJira's, else made up."""
        if self._site_url is not None:
            return self._site_url
        if self._jira is not None:
            return self._jira.base_url
        return f"https://fake-{self.cloud_id[:8]}.atlassian.net"

    @property
    def kid(self) -> str:
        """The `kid` new FITs are signed under."""
        return self._kid

    def add_signing_key(
        self, key: rsa.RSAPrivateKey, *, kid: str | None = None, publish: bool = True
    ) -> str:
        """Keep `key` for minting (`mint_fit(kid=...)`); publish it in the JWKS unless told not."""
        kid = kid or f"fake-forge-{secrets.token_urlsafe(12)}"
        with self._lock:
            self._signing_keys[kid] = key
            if publish:
                self._published.append(kid)
        return kid

    def rotate_key(self, *, keep_old: bool = True) -> str:
        """Sign new FITs with a fresh published key; the old one leaves the JWKS unless kept."""
        old = self._kid
        self._kid = self.add_signing_key(_new_key())
        if not keep_old:
            self.unpublish(old)
        return self._kid

    def unpublish(self, kid: str) -> None:
        """Drop `kid` from the JWKS (it can still mint, e.g. a token nobody should accept)."""
        with self._lock:
            self._published = [k for k in self._published if k != kid]

    def new_installation(self) -> str:
        """Forge gives a reinstall a new `installationId`."""
        self.installation_id = f"ari:cloud:ecosystem::installation/{uuid.uuid4()}"
        return self.installation_id

    def set_clock(self, offset_seconds: int) -> None:
        """Shift the fake's clock (minting and token checks) by `offset_seconds`."""
        with self._lock:
            self._clock_offset = offset_seconds

    def now(self) -> int:
        with self._lock:
            offset = self._clock_offset
        return int(time.time()) + offset

    # ------------------------------------------------------------------ tokens

    def fit_claims(
        self,
        *,
        principal: str | None = None,
        module_key: str = "glance",
        module_type: str = "jira:issueContext",
        issue_key: str | None = "FORGE-1",
        with_context: bool = True,
    ) -> dict[str, Any]:
        """The claims of a FIT as Forge builds them; `mint_fit` signs them."""
        now = self.now()
        claims: dict[str, Any] = {
            "iss": FIT_ISSUER,
            "aud": self.app_id,
            "iat": now,
            "nbf": now,
            "exp": now + self.fit_ttl,
            "jti": str(uuid.uuid4()),
            "app": {
                "id": self.app_id,
                "installationId": self.installation_id,
                "apiBaseUrl": self.api_base_url,
                "appVersion": self.app_version,
                "environment": {"type": self.environment_type, "id": self.environment_id},
                "installation": {
                    "id": self.installation_id,
                    "contexts": [{"apiBaseUrl": self.api_base_url, "cloudId": self.cloud_id}],
                },
                "module": {"type": module_type, "key": module_key},
            },
        }
        if with_context:
            extension: dict[str, Any] = {"type": module_type}
            if issue_key is not None:
                extension["issue"] = {"key": issue_key}
            claims["context"] = {
                "cloudId": self.cloud_id,
                "siteUrl": self.site_url,
                "moduleKey": module_key,
                "extension": extension,
            }
        if principal is not None:
            claims["principal"] = principal
        return claims

    def mint_fit(
        self,
        *,
        principal: str | None = None,
        module_key: str = "glance",
        module_type: str = "jira:issueContext",
        issue_key: str | None = "FORGE-1",
        with_context: bool = True,
        app_override: Mapping[str, object] | None = None,
        context_override: Mapping[str, object] | None = None,
        claims_override: Mapping[str, object] | None = None,
        header_override: Mapping[str, object] | None = None,
        kid: str | None = None,
        key: rsa.RSAPrivateKey | None = None,
    ) -> str:
        """A signed FIT. `principal` None is an anonymous viewer (or a trigger).

        Overrides replace (or, with `OMIT`, drop) keys of `app`, `context`, the top-level
        claims and the JOSE header; `kid` picks a kept key, `key` signs with any key.
        """
        claims = self.fit_claims(
            principal=principal,
            module_key=module_key,
            module_type=module_type,
            issue_key=issue_key,
            with_context=with_context,
        )
        apply_overrides(claims["app"], app_override)
        if "context" in claims:
            apply_overrides(claims["context"], context_override)
        apply_overrides(claims, claims_override)
        kid = kid or self._kid
        with self._lock:
            signer = key or self._signing_keys[kid]
        headers: dict[str, Any] = {"kid": kid, "typ": "JWT"}
        apply_overrides(headers, header_override)
        return jwt.encode(claims, signer, algorithm="RS256", headers=headers)

    def mint_user_token(
        self, account_id: str, *, ttl: int | None = None, cloud_id: str | None = None
    ) -> str:
        """A user token (`x-forge-oauth-user`) for `account_id` on this site.

        A JWT whose signature only this fake checks: the app may read its `exp`.
        """
        now = self.now()
        expires_at = now + (self.user_token_ttl if ttl is None else ttl)
        site = cloud_id or self.cloud_id
        token = jwt.encode(
            {
                "iss": "fake-forge/user-token",
                "sub": account_id,
                "aud": "api.atlassian.com",
                "iat": now,
                "exp": expires_at,
                "jti": secrets.token_urlsafe(16),
                "https://fake-forge/cloudId": site,
            },
            self._token_secret,
            algorithm="HS256",
        )
        with self._token_lock:
            self._user_tokens[_digest(token)] = UserToken(account_id, site, expires_at)
        return token

    @property
    def user_tokens(self) -> list[UserToken]:
        with self._token_lock:
            return list(self._user_tokens.values())

    # ------------------------------------------------------------------ driving the app

    def _post_json(
        self, path: str, token: str, payload: Mapping[str, Any], extra: Mapping[str, str]
    ) -> httpx.Response:
        headers = {"Authorization": f"Bearer {token}", **extra}
        with httpx.Client(timeout=self.client_timeout, trust_env=False) as client:
            return client.post(self.app_base_url + path, json=dict(payload), headers=headers)

    def request_remote(
        self,
        path: str,
        *,
        principal: str | None,
        method: str = "GET",
        headers: Mapping[str, str] | None = None,
        fit: str | None = None,
    ) -> httpx.Response:
        """What `requestRemote` does: a fresh FIT, no user token."""
        token = fit or self.mint_fit(principal=principal)
        with httpx.Client(timeout=self.client_timeout, trust_env=False) as client:
            return client.request(
                method,
                self.app_base_url + path,
                headers={"Authorization": f"Bearer {token}", **(headers or {})},
            )

    def invoke_remote(
        self,
        path: str,
        *,
        principal: str | None,
        body: Mapping[str, Any] | None = None,
        user_token: str | object | None = None,
        fit: str | None = None,
    ) -> httpx.Response:
        """What `invokeRemote` does: a POST with a fresh FIT and `x-forge-oauth-user`.

        `user_token` None mints one for `principal`; `OMIT` sends none; a string is sent as is.
        """
        token = fit or self.mint_fit(principal=principal)
        extra: dict[str, str] = {}
        if user_token is None and principal is not None:
            extra["x-forge-oauth-user"] = self.mint_user_token(principal)
        elif isinstance(user_token, str):
            extra["x-forge-oauth-user"] = user_token
        return self._post_json(path, token, body or {}, extra)

    def install(self, *, event: str = "avi:forge:installed:app") -> httpx.Response:
        """The lifecycle trigger: a FIT without user or context, and the event body."""
        fit = self.mint_fit(with_context=False, module_key="life", module_type="core:trigger")
        payload = {
            "eventType": event,
            "id": str(uuid.uuid4()),
            "installerAccountId": self.installer_account_id,
            "context": {"cloudId": self.cloud_id},
            "app": {"id": self.app_id, "version": self.app_version},
            "environment": {"id": self.environment_id},
        }
        return self._post_json("/forge/lifecycle", fit, payload, {})

    def upgrade(self) -> httpx.Response:
        return self.install(event="avi:forge:upgraded:app")

    def pre_uninstall(self) -> httpx.Response:
        """`preUninstall`: a FIT without user, the body Forge documents."""
        fit = self.mint_fit(with_context=False, module_key="cleanup", module_type="core:trigger")
        payload = {
            "context": {"cloudId": self.cloud_id, "moduleKey": "cleanup"},
            "contextToken": secrets.token_urlsafe(24),
        }
        return self._post_json("/forge/pre-uninstall", fit, payload, {})

    # ------------------------------------------------------------------ inspection

    def property_of(self, account_id: str, key: str) -> Any | None:
        """The stored value of one user property on this site, or None when absent."""
        return self._properties.get(account_id, key)

    def set_property(self, account_id: str, key: str, value: Any) -> None:
        self._properties.put(account_id, key, value)

    def delete_property(self, account_id: str, key: str) -> bool:
        """Remove a property; True when it existed."""
        return self._properties.delete(account_id, key)

    # ------------------------------------------------------------------ JWKS

    def _get_jwks(self, request: Request, match: re.Match[str]) -> Response:
        with self._lock:
            published = [(kid, self._signing_keys[kid]) for kid in self._published]
        keys = []
        for kid, private in published:
            jwk = RSAAlgorithm.to_jwk(private.public_key(), as_dict=True)
            keys.append({**jwk, "kid": kid, "use": "sig", "alg": "RS256"})
        return json_response(
            HTTPStatus.OK,
            {"keys": keys},
            {"Cache-Control": f"public, max-age={self.jwks_max_age}"},
        )

    # ------------------------------------------------------------------ user properties

    def _user_of(self, request: Request, cloud_id: str) -> str | Response:
        """The account a Bearer user token acts for, checked for this site and its `exp`."""
        authorization = request.header("authorization") or ""
        scheme, _, token = authorization.partition(" ")
        if scheme != "Bearer" or not token:
            return _unauthorized("a Bearer user token is required")
        with self._token_lock:
            issued = self._user_tokens.get(_digest(token))
        if issued is None:
            return _unauthorized("unknown token")
        try:
            jwt.decode(
                token,
                self._token_secret,
                algorithms=["HS256"],
                audience="api.atlassian.com",
                # Time is checked against the fake's own clock below, not PyJWT's.
                options={"verify_exp": False, "verify_iat": False, "verify_nbf": False},
            )
        except jwt.InvalidTokenError:
            return _unauthorized("invalid token")
        if issued.expires_at <= self.now():
            return _unauthorized("token expired")
        if issued.cloud_id != cloud_id:
            return _unauthorized("token is not valid for this site")
        return issued.account_id

    def _property_call(self, request: Request, match: re.Match[str]) -> tuple[str, str] | Response:
        cloud_id = unquote(match["cloud"])
        if cloud_id != self.cloud_id:
            return jira_error(HTTPStatus.NOT_FOUND, "Site not found")
        user = self._user_of(request, cloud_id)
        if isinstance(user, Response):
            return user
        account_id = request.param("accountId")
        if not account_id:
            return jira_error(HTTPStatus.BAD_REQUEST, "accountId is required")
        if account_id != user:
            return jira_error(
                HTTPStatus.FORBIDDEN, "You do not have permission to access this user's properties."
            )
        key = property_key(match["key"])
        if isinstance(key, Response):
            return key
        return account_id, key

    def _get_property(self, request: Request, match: re.Match[str]) -> Response:
        checked = self._property_call(request, match)
        if isinstance(checked, Response):
            return checked
        account_id, key = checked
        found, value = self._properties.lookup(account_id, key)
        if not found:
            return property_missing(key)
        return json_response(
            HTTPStatus.OK,
            {
                "key": key,
                "value": value,
                "self": f"{self.api_base_url}/rest/api/3/user/properties/{quote(key)}",
            },
        )

    def _put_property(self, request: Request, match: re.Match[str]) -> Response:
        checked = self._property_call(request, match)
        if isinstance(checked, Response):
            return checked
        account_id, key = checked
        body = property_value(request)
        if isinstance(body, Response):
            return body
        existed = self._properties.put(account_id, key, body.value)
        return Response(HTTPStatus.OK if existed else HTTPStatus.CREATED)

    def _delete_property(self, request: Request, match: re.Match[str]) -> Response:
        checked = self._property_call(request, match)
        if isinstance(checked, Response):
            return checked
        account_id, key = checked
        if not self._properties.delete(account_id, key):
            return property_missing(key)
        return Response(HTTPStatus.NO_CONTENT)


def _unauthorized(message: str) -> Response:
    response = jira_error(HTTPStatus.UNAUTHORIZED, message)
    response.headers["WWW-Authenticate"] = 'Bearer realm="fake-forge"'
    return response
