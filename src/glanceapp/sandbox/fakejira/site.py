"""`FakeJira`: one Jira Cloud site with Atlassian's install-keys and OAuth services beside it.

The site part is here: the user-property REST API, authenticated exactly like Jira
(an app JWT, HS256 under the current shared secret, `iss` = app key, `qsh` of this
very request; or an OAuth 2.0 bearer token it issued, which acts only for its own
user), and the site driving the app (signed lifecycle callbacks, context tokens,
signed iframe URLs, minted by `signer`). The other two services live in
`install_keys` and `oauth`; all three answer on the one port.

Deliberate strictness: REST calls must carry their token in the `Authorization`
header (Jira would also take `?jwt=`, which leaks tokens into logs), and a bearer
token is only honoured for the account it was issued for. Token values are never
recorded or logged.
"""

from __future__ import annotations

import json
import re
import secrets
import threading
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, Final, Literal
from urllib.parse import quote

import httpx
from cryptography.hazmat.primitives.asymmetric import rsa

from glanceapp.sandbox.fakejira import install_keys, signer
from glanceapp.sandbox.fakejira.http import Request, Response, jira_error, json_response
from glanceapp.sandbox.fakejira.loopback import LoopbackFake, apply_overrides
from glanceapp.sandbox.fakejira.oauth import (
    GRANT_ROUTE,
    AssertionRules,
    IssuedAccessToken,
    OAuthServer,
    decode_hs256,
    is_number,
    scope_allows,
)
from glanceapp.sandbox.fakejira.properties import (
    UserProperties,
    property_key,
    property_missing,
    property_value,
)

MIN_SECRET_LENGTH: Final = 32
PROPERTIES_ROUTE: Final = r"/rest/api/3/user/properties"
_METHOD_SCOPE: Final = {"GET": "READ", "PUT": "WRITE", "DELETE": "DELETE"}


@dataclass(frozen=True, slots=True)
class _Caller:
    """Who a REST call acts as: the app itself, or one user through a bearer token."""

    kind: Literal["app", "user"]
    account_id: str | None = None
    scopes: frozenset[str] | None = None


class FakeJira(LoopbackFake):
    """A Jira Cloud site, Atlassian's install-keys service and OAuth server on loopback.

    Construct, `start()` (or use as a context manager), then point the app at
    `install_keys_url` and `oauth_url` and drive it with `install()` and friends.
    State is guarded by locks, so tests may inspect it from any thread while the
    app (possibly on an asyncio loop in another thread) talks to the server.
    """

    name = "fake-jira"

    def __init__(
        self,
        *,
        app_base_url: str,
        app_key: str = "glanceapp",
        client_key: str | None = None,
        shared_secret: str | None = None,
        oauth_client_id: str | None = None,
        oauth_url: str | None = None,
        token_ttl: int = 180,
        install_key: rsa.RSAPrivateKey | None = None,
        site_host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        """`install_key` lets a test suite share one RSA key (generating one costs ~0.1 s).

        The server always listens on 127.0.0.1 (`port` 0: any free port); `site_host`
        is the host name in its `baseUrl`, e.g. `localhost`, so that a browser sees the
        site and an app on 127.0.0.1 as different origins. `oauth_url` names another
        authorization server the app is told about (one that fronts several sites, as
        Atlassian's does); assertions must then be addressed to it.
        """
        if shared_secret is not None and len(shared_secret) < MIN_SECRET_LENGTH:
            raise ValueError(f"shared_secret must be at least {MIN_SECRET_LENGTH} characters")
        if token_ttl <= 0:
            raise ValueError("token_ttl must be positive")
        self.app_base_url = app_base_url.rstrip("/")
        self.app_key = app_key
        self.token_ttl = token_ttl
        super().__init__(site_host=site_host, port=port)
        self._client_key = client_key or f"fake-jira:{uuid.uuid4()}"
        self._shared_secret = shared_secret or secrets.token_urlsafe(48)
        self._oauth_client_id = oauth_client_id or secrets.token_urlsafe(24)
        self._oauth_url = oauth_url.rstrip("/") if oauth_url else None
        self._private_key = install_key or rsa.generate_private_key(
            public_exponent=65537, key_size=2048
        )
        self._kid = f"fake-{secrets.token_urlsafe(16)}"
        self._clock_lock = threading.Lock()
        self._clock_offset = 0

        # Knobs tests may set directly.
        self.app_admin = True
        """Whether the app's own user may touch any account's properties (Administer Jira)."""
        self.app_account_id = f"557058:{uuid.uuid4()}"
        """The app user's own accountId: always reachable as the app, admin or not."""
        self.installer_account_id = f"557058:{uuid.uuid4()}"
        """`sub` of signed installs: the administrator who installed the app."""
        self.jwt_leeway = 0
        """Seconds of clock skew tolerated on `exp`/`iat`/`nbf` of incoming tokens."""
        self.client_timeout = 10.0
        """Timeout of the fake's own calls to the app (lifecycle callbacks)."""

        self.install_keys = install_keys.InstallKeys()
        self.install_keys.add(self._kid, install_keys.public_pem(self._private_key))
        self.user_properties = UserProperties()
        self.oauth = OAuthServer()
        self.add_route("GET", install_keys.ROUTE, self.install_keys.serve)
        self.add_route("POST", GRANT_ROUTE, self._grant_token)
        self.add_route("GET", PROPERTIES_ROUTE, self._list_properties)
        item = PROPERTIES_ROUTE + r"/(?P<key>[^/]+)"
        self.add_route("GET", item, self._get_property)
        self.add_route("PUT", item, self._put_property)
        self.add_route("DELETE", item, self._delete_property)

    # ------------------------------------------------------------------ identity

    @property
    def install_keys_url(self) -> str:
        return f"{self.base_url}/install-keys"

    @property
    def oauth_url(self) -> str:
        """The authorization server; the token endpoint is `{oauth_url}/oauth2/token`."""
        return self._oauth_url or f"{self.base_url}/oauth"

    @property
    def kid(self) -> str:
        return self._kid

    @property
    def client_key(self) -> str:
        return self._client_key

    @property
    def shared_secret(self) -> str:
        with self._lock:
            return self._shared_secret

    @property
    def oauth_client_id(self) -> str:
        return self._oauth_client_id

    @property
    def private_key(self) -> rsa.RSAPrivateKey:
        return self._private_key

    @property
    def public_key_pem(self) -> str:
        pem = self.install_keys.pem(self._kid)
        assert pem is not None
        return pem

    def add_install_key(self, kid: str, public_pem: str | bytes) -> None:
        """Serve another public key (e.g. one a test signs installs with)."""
        self.install_keys.add(kid, public_pem)

    # ------------------------------------------------------------------ clock

    def set_clock(self, offset_seconds: int) -> None:
        """Shift the fake's notion of now: for tokens it mints and tokens it checks."""
        with self._clock_lock:
            self._clock_offset = offset_seconds

    def now(self) -> int:
        with self._clock_lock:
            offset = self._clock_offset
        return int(time.time()) + offset

    # ------------------------------------------------------------------ driving the app

    def install(
        self,
        *,
        event: Literal["installed", "uninstalled"] = "installed",
        private_key: rsa.RSAPrivateKey | None = None,
        kid: str | None = None,
        claims_override: Mapping[str, object] | None = None,
        payload_override: Mapping[str, object] | None = None,
        shared_secret: str | None = None,
    ) -> tuple[int, str]:
        """POST a signed (RS256) `installed`/`uninstalled` callback; returns (status, body).

        `shared_secret` rotates the site's secret first, as a genuine reinstall does.
        Overrides replace claims / payload fields; `OMIT` drops one.
        """
        if event not in ("installed", "uninstalled"):
            raise ValueError(f"not a signed-install event: {event!r}")
        if shared_secret is not None:
            if event != "installed":
                raise ValueError("only an installed event carries a new shared secret")
            if len(shared_secret) < MIN_SECRET_LENGTH:
                raise ValueError(f"shared_secret must be at least {MIN_SECRET_LENGTH} characters")
            with self._lock:
                self._shared_secret = shared_secret
        payload = self._lifecycle_payload(event, include_secret=event == "installed")
        apply_overrides(payload, payload_override)
        token = signer.install_token(
            private_key or self._private_key,
            kid=kid or self._kid,
            client_key=self.client_key,
            audience=self.app_base_url,
            installer=self.installer_account_id,
            now=self.now(),
            ttl=self.token_ttl,
            path=f"/{event}",
            claims_override=claims_override,
        )
        return self._post_to_app(f"/{event}", payload, token)

    def lifecycle(
        self,
        event: Literal["enabled", "disabled"],
        *,
        claims_override: Mapping[str, object] | None = None,
    ) -> int:
        """POST an `enabled`/`disabled` callback signed HS256 with the current secret."""
        if event not in ("enabled", "disabled"):
            raise ValueError(f"not an enabled/disabled event: {event!r}")
        token = signer.tenant_token(
            self.shared_secret,
            client_key=self.client_key,
            method="POST",
            target=f"/{event}",
            now=self.now(),
            ttl=self.token_ttl,
            claims_override=claims_override,
        )
        status, _ = self._post_to_app(
            f"/{event}", self._lifecycle_payload(event, include_secret=False), token
        )
        return status

    def context_token(
        self,
        account_id: str | None,
        *,
        ttl: int | None = None,
        issue_key: str = "TEST-1",
        project_key: str = "TEST",
        now: int | None = None,
    ) -> str:
        """What `AP.context.getToken()` returns inside an issue glance (`sub` omitted if None)."""
        return signer.context_token(
            self.shared_secret,
            client_key=self.client_key,
            account_id=account_id,
            now=self.now() if now is None else now,
            ttl=self.token_ttl if ttl is None else ttl,
            issue_key=issue_key,
            project_key=project_key,
        )

    def request_token(
        self, method: str, target: str, account_id: str | None, *, now: int | None = None
    ) -> str:
        """A tenant token bound by qsh to (method, target), as on a signed request to the app."""
        return signer.tenant_token(
            self.shared_secret,
            client_key=self.client_key,
            method=method,
            target=target,
            now=self.now() if now is None else now,
            ttl=self.token_ttl,
            account_id=account_id,
        )

    def iframe_url(
        self,
        path_and_query: str,
        account_id: str | None,
        *,
        ttl: int | None = None,
        now: int | None = None,
    ) -> str:
        """The signed URL Jira would load in the app's iframe for `path_and_query`.

        `path_and_query` is relative to the app's base URL (as in the descriptor, with
        the context variables already substituted).
        """
        return signer.iframe_url(
            self.shared_secret,
            path_and_query,
            client_key=self.client_key,
            app_key=self.app_key,
            app_base_url=self.app_base_url,
            site_url=self.base_url,
            account_id=account_id,
            now=self.now() if now is None else now,
            ttl=self.token_ttl if ttl is None else ttl,
        )

    def _lifecycle_payload(self, event: str, *, include_secret: bool) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "key": self.app_key,
            "clientKey": self.client_key,
            "baseUrl": self.base_url,
            "displayUrl": self.base_url,
            "productType": "jira",
            "description": "Fake Jira Cloud site",
            "eventType": event,
            "oauthClientId": self.oauth_client_id,
            "serverVersion": "100000",
            "pluginsVersion": "1001.0.0-SNAPSHOT",
        }
        if include_secret:
            payload["sharedSecret"] = self.shared_secret
        return payload

    def _post_to_app(self, path: str, payload: Mapping[str, Any], token: str) -> tuple[int, str]:
        with httpx.Client(timeout=self.client_timeout, trust_env=False) as client:
            answer = client.post(
                f"{self.app_base_url}{path}",
                content=json.dumps(payload).encode(),
                headers={
                    "Authorization": f"JWT {token}",
                    "Content-Type": "application/json",
                    "Accept": "application/json",
                },
            )
            return answer.status_code, answer.text

    # ------------------------------------------------------------------ inspection

    def all_properties(self) -> dict[tuple[str, str], Any]:
        return self.user_properties.snapshot()

    def set_property(self, account_id: str, key: str, value: Any) -> None:
        self.user_properties.put(account_id, key, value)

    def delete_property(self, account_id: str, key: str) -> bool:
        """Remove a property; True when it existed."""
        return self.user_properties.delete(account_id, key)

    @property
    def access_tokens(self) -> list[IssuedAccessToken]:
        return self.oauth.tokens

    @property
    def grant_count(self) -> int:
        """How many access tokens the OAuth endpoint has granted."""
        return self.oauth.grant_count

    # ------------------------------------------------------------------ OAuth 2.0

    def _grant_token(self, request: Request, match: re.Match[str]) -> Response:
        return self.oauth.grant(request, self._assertion_rules)

    def _assertion_rules(self) -> AssertionRules:
        return AssertionRules(
            shared_secret=self.shared_secret,
            oauth_client_id=self.oauth_client_id,
            site_url=self.base_url,
            oauth_url=self.oauth_url,
            now=self.now(),
            leeway=self.jwt_leeway,
        )

    # ------------------------------------------------------------------ REST authentication

    def _authenticate(self, request: Request) -> _Caller | Response:
        authorization = request.header("authorization")
        if not authorization:
            return _unauthorized("Authorization header required")
        scheme, _, credential = authorization.partition(" ")
        credential = credential.strip()
        if not credential:
            return _unauthorized("Authorization header has no credential")
        if scheme.lower() == "jwt":
            problem = self._verify_app_jwt(request, credential)
            return _unauthorized(problem) if problem else _Caller("app")
        if scheme.lower() == "bearer":
            issued = self.oauth.issued(credential)
            if issued is None:
                return _unauthorized("unknown access token")
            if self.now() >= issued.expires_at:
                return _unauthorized("access token expired")
            return _Caller("user", issued.account_id, issued.scopes)
        return _unauthorized("unsupported authorization scheme")

    def _verify_app_jwt(self, request: Request, token: str) -> str | None:
        """Why an app JWT is refused, or None when it is good."""
        claims = decode_hs256(token, self.shared_secret, "JWT", "iss", "iat", "exp", "qsh")
        if isinstance(claims, str):
            return claims
        if claims["iss"] != self.app_key:
            return "JWT iss is not an installed app"
        iat, exp, nbf = claims["iat"], claims["exp"], claims.get("nbf")
        if not is_number(iat) or not is_number(exp) or not (nbf is None or is_number(nbf)):
            return "JWT time claims must be numbers"
        now = self.now()
        if now >= exp + self.jwt_leeway:
            return "JWT expired"
        if iat > now + self.jwt_leeway or (nbf is not None and nbf > now + self.jwt_leeway):
            return "JWT not yet valid"
        if claims["qsh"] != signer.qsh(request.method, request.target):
            return "JWT qsh does not match the request"
        return None

    def _authorize_account(
        self, request: Request, caller: _Caller, account_id: str
    ) -> Response | None:
        """Jira's rule: Administer Jira for anyone's record, otherwise only your own."""
        required = _METHOD_SCOPE.get(request.method, "ADMIN")
        if caller.kind == "app":
            if self.app_admin or account_id == self.app_account_id:
                return None
            return jira_error(HTTPStatus.FORBIDDEN, "The app may not access this user")
        if caller.scopes is not None and not scope_allows(caller.scopes, required):
            return jira_error(HTTPStatus.FORBIDDEN, f"The access token lacks scope {required}")
        if account_id != caller.account_id:
            return jira_error(
                HTTPStatus.FORBIDDEN, "You can only access the properties of your own account"
            )
        return None

    def _property_caller(self, request: Request) -> tuple[str, _Caller] | Response:
        caller = self._authenticate(request)
        if isinstance(caller, Response):
            return caller
        account_id = request.param("accountId")
        if not account_id:
            return jira_error(HTTPStatus.BAD_REQUEST, "accountId is required")
        refusal = self._authorize_account(request, caller, account_id)
        if refusal is not None:
            return refusal
        return account_id, caller

    def _property_target(
        self, request: Request, match: re.Match[str]
    ) -> tuple[str, str] | Response:
        """(accountId, key) of an authorized call on one property, or the refusal."""
        checked = self._property_caller(request)
        if isinstance(checked, Response):
            return checked
        key = property_key(match["key"])
        if isinstance(key, Response):
            return key
        return checked[0], key

    # ------------------------------------------------------------------ user properties

    def _list_properties(self, request: Request, match: re.Match[str]) -> Response:
        checked = self._property_caller(request)
        if isinstance(checked, Response):
            return checked
        account_id, _ = checked
        return json_response(
            HTTPStatus.OK,
            {
                "keys": [
                    {
                        "key": key,
                        "self": f"{self.base_url}/rest/api/3/user/properties/{quote(key)}"
                        f"?accountId={quote(account_id)}",
                    }
                    for key in self.user_properties.keys_of(account_id)
                ]
            },
        )

    def _get_property(self, request: Request, match: re.Match[str]) -> Response:
        target = self._property_target(request, match)
        if isinstance(target, Response):
            return target
        account_id, key = target
        found, value = self.user_properties.lookup(account_id, key)
        if not found:
            return property_missing(key)
        return json_response(HTTPStatus.OK, {"key": key, "value": value})

    def _put_property(self, request: Request, match: re.Match[str]) -> Response:
        target = self._property_target(request, match)
        if isinstance(target, Response):
            return target
        account_id, key = target
        body = property_value(request)
        if isinstance(body, Response):
            return body
        existed = self.user_properties.put(account_id, key, body.value)
        return Response(HTTPStatus.OK if existed else HTTPStatus.CREATED)

    def _delete_property(self, request: Request, match: re.Match[str]) -> Response:
        target = self._property_target(request, match)
        if isinstance(target, Response):
            return target
        account_id, key = target
        if not self.user_properties.delete(account_id, key):
            return property_missing(key)
        return Response(HTTPStatus.NO_CONTENT)

    # Defined last: inside the class body this name shadows the builtin `property`.
    def property(self, account_id: str, key: str) -> Any | None:
        """The stored value of one user property, or None when absent."""
        return self.user_properties.get(account_id, key)


def _unauthorized(message: str) -> Response:
    response = jira_error(HTTPStatus.UNAUTHORIZED, message)
    response.headers["WWW-Authenticate"] = 'JWT realm="fake-jira"'
    return response
