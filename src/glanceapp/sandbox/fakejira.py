"""A fake Jira Cloud site: a real HTTP server on loopback that behaves the way Jira does.

One `FakeJira` plays three Atlassian services on one port:

- the Jira site itself (`base_url`), serving the user-property REST API the app uses and
  authenticating callers exactly like Jira: an app JWT (HS256 under the current shared
  secret, `iss` = app key, `qsh` of this very request) or an OAuth 2.0 bearer token it
  issued, which acts only for its own user;
- Atlassian's install-keys service (`install_keys_url`), handing out the PEM public key
  that verifies its RS256 signed installs;
- Atlassian's OAuth 2.0 authorization server (`oauth_url`), granting access tokens for
  the JWT-bearer (act-as-user) flow.

It also drives the app as Jira would: signed lifecycle callbacks, context tokens and
signed iframe URLs.

The fake is deliberately independent of the app's own protocol code: it never imports
anything from glanceapp and computes every qsh with Atlassian's `atlassian_jwt` package,
so a shared misreading of the protocol cannot make both sides agree.

Deliberate strictness: REST calls must carry their token in the `Authorization` header
(Jira would also take `?jwt=`, which leaks tokens into logs), and a bearer token is only
honoured for the account it was issued for. Token values are never recorded or logged.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import secrets
import socketserver
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Final, Literal, Self, cast
from urllib.parse import parse_qsl, quote, unquote, urlencode

import httpx
import jwt
from atlassian_jwt.url_utils import hash_url
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.types import Options

MAX_PROPERTY_BYTES: Final = 32768
MAX_PROPERTY_KEY_LENGTH: Final = 255
MAX_REQUEST_BYTES: Final = 1 << 20
MIN_SECRET_LENGTH: Final = 32
ASSERTION_MAX_LIFETIME: Final = 60
ACCESS_TOKEN_TTL: Final = 900
JWT_BEARER_GRANT: Final = "urn:ietf:params:oauth:grant-type:jwt-bearer"
OAUTH_ISSUER_PREFIX: Final = "urn:atlassian:connect:clientid:"
OAUTH_SUBJECT_PREFIX: Final = "urn:atlassian:connect:useraccountid:"
ASSERTION_LIFETIME_ERROR: Final = "please set exp to no more than 60 seconds after issue time"
CONTEXT_QSH: Final = "context-qsh"

_KID = re.compile(r"^[A-Za-z0-9_-]+$")
# Connect scopes nest: ADMIN > PROJECT_ADMIN > DELETE > WRITE > READ.
_SCOPE_LEVEL: Final = {"READ": 1, "WRITE": 2, "DELETE": 3, "PROJECT_ADMIN": 4, "ADMIN": 5}
_KNOWN_SCOPES: Final = frozenset(
    {*_SCOPE_LEVEL, "NONE", "ACT_AS_USER", "ACCESS_EMAIL_ADDRESSES"},
)
_METHOD_SCOPE: Final = {"GET": "READ", "PUT": "WRITE", "DELETE": "DELETE"}


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


class _Omit:
    def __repr__(self) -> str:
        return "OMIT"


OMIT: Final = _Omit()
"""Use as a value in `claims_override` / `payload_override` to drop that key entirely."""


# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One request the fake answered; the query never includes `jwt`, no token is kept."""

    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    auth_scheme: str | None
    status: int
    fault: bool = False


@dataclass(frozen=True, slots=True)
class IssuedAccessToken:
    """An access token the OAuth endpoint granted (without its value)."""

    account_id: str
    scopes: frozenset[str] | None
    expires_at: int


@dataclass(slots=True)
class Fault:
    """A queued failure: matching requests are answered by it instead of normally.

    `fired` counts how often it has struck; it stops matching once `fired == times`.
    """

    method: str
    path_prefix: str
    status: int | None
    retry_after: int | None
    hang: bool
    times: int
    apply_then_fail: bool
    after: Callable[[], object] | None
    fired: int = 0

    @property
    def remaining(self) -> int:
        return self.times - self.fired

    def matches(self, method: str, path: str) -> bool:
        return (
            self.remaining > 0
            and self.method in ("*", method)
            and path.startswith(self.path_prefix)
        )


# --------------------------------------------------------------------------- routing


@dataclass(frozen=True, slots=True)
class Request:
    """An incoming request as the router sees it; `target` is the raw path?query."""

    method: str
    target: str
    path: str
    query: str
    headers: Mapping[str, str]
    body: bytes

    @property
    def params(self) -> list[tuple[str, str]]:
        return parse_qsl(self.query, keep_blank_values=True)

    def param(self, name: str) -> str | None:
        for key, value in self.params:
            if key == name:
                return value
        return None

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


@dataclass(slots=True)
class Response:
    status: int
    body: bytes = b""
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


RouteHandler = Callable[[Request, re.Match[str]], Response]


@dataclass(frozen=True, slots=True)
class Route:
    method: str
    pattern: re.Pattern[str]
    handler: RouteHandler


def json_response(status: int, payload: object, headers: dict[str, str] | None = None) -> Response:
    return Response(
        status,
        json.dumps(payload).encode(),
        "application/json;charset=UTF-8",
        dict(headers or {}),
    )


def jira_error(status: int, message: str) -> Response:
    """Jira's REST error shape."""
    return json_response(status, {"errorMessages": [message], "errors": {}})


def _oauth_error(error: str, description: str) -> Response:
    return json_response(
        HTTPStatus.BAD_REQUEST,
        {"error": error, "error_description": description},
        {"Cache-Control": "no-store"},
    )


@dataclass(frozen=True, slots=True)
class _Caller:
    """Who a REST call acts as: the app itself, or one user through a bearer token."""

    kind: Literal["app", "user"]
    account_id: str | None = None
    scopes: frozenset[str] | None = None


def _apply_overrides(base: dict[str, Any], override: Mapping[str, object] | None) -> None:
    for key, value in (override or {}).items():
        if value is OMIT:
            base.pop(key, None)
        else:
            base[key] = value


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


# --------------------------------------------------------------------------- server


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, fake: LoopbackFake, port: int) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.fake = fake

    def server_bind(self) -> None:
        # HTTPServer.server_bind would do a reverse DNS lookup (getfqdn) we never need.
        socketserver.TCPServer.server_bind(self)
        self.server_name = "127.0.0.1"
        self.server_port = self.server_address[1]

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gave up (timed out on an injected hang) is not an error.
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    # HTTP/1.0: one request per connection, so no idle keep-alive socket outlives a test.
    protocol_version = "HTTP/1.0"
    server_version = "FakeJira/1.0"
    sys_version = ""
    timeout = 30

    def log_message(self, format: str, *args: Any) -> None:
        """Silenced: request lines can carry tokens (`?jwt=`)."""

    def do_GET(self) -> None:
        self._handle()

    do_POST = do_GET
    do_PUT = do_GET
    do_DELETE = do_GET
    do_PATCH = do_GET

    def _handle(self) -> None:
        fake = cast(_Server, self.server).fake
        raw_length = self.headers.get("Content-Length", "0")
        if self.headers.get("Transfer-Encoding"):
            self._write(jira_error(HTTPStatus.LENGTH_REQUIRED, "Content-Length is required"))
            return
        try:
            length = int(raw_length)
        except ValueError:
            length = -1
        if length < 0:
            self._write(jira_error(HTTPStatus.BAD_REQUEST, "Bad Content-Length"))
            return
        if length > MAX_REQUEST_BYTES:
            self._write(jira_error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "Request too large"))
            return
        body = self.rfile.read(length) if length else b""
        path, _, query = self.path.partition("?")
        request = Request(
            method=self.command,
            target=self.path,
            path=path,
            query=query,
            headers={name.lower(): value for name, value in self.headers.items()},
            body=body,
        )
        self._write(fake._serve(request))

    def _write(self, response: Response) -> None:
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        if response.content_type is not None:
            self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if response.body and self.command != "HEAD":
            self.wfile.write(response.body)


# --------------------------------------------------------------------------- the fake


class LoopbackFake:
    """The machinery every fake Atlassian service shares: a threaded HTTP server on
    loopback, a regex router, recorded requests (never a token) and injected faults.

    Subclasses register their routes with `add_route` in `__init__` and add the
    protocol they play; `FakeJira` and `FakeForge` are the two.
    """

    name = "fake"

    def __init__(self, *, site_host: str = "127.0.0.1", port: int = 0) -> None:
        if site_host not in ("127.0.0.1", "localhost"):
            raise ValueError("site_host must be 127.0.0.1 or localhost (it listens on loopback)")
        if not 0 <= port <= 65535:
            raise ValueError("port must be between 0 and 65535")
        self._site_host = site_host
        self._port = port
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []
        self._faults: list[Fault] = []
        self._server_errors: list[str] = []
        self._hang_release = threading.Event()
        self._hanging = 0
        self._closed = False
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._base_url: str | None = None
        self._routes: list[Route] = []

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> Self:
        """Bind 127.0.0.1 on an ephemeral port and serve in a background thread."""
        with self._lock:
            if self._closed:
                raise RuntimeError(f"{type(self).__name__} was closed; create a new one")
            if self._server is not None:
                return self
            server = _Server(self, self._port)
            self._server = server
            self._base_url = f"http://{self._site_host}:{server.server_address[1]}"
            self._thread = threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": 0.05},
                name=f"{self.name}-{server.server_address[1]}",
                daemon=True,
            )
            self._thread.start()
        return self

    def close(self) -> None:
        """Stop serving, releasing any hung handler first. Safe to call twice."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            release = self._hang_release
            server, thread = self._server, self._thread
        release.set()
        if server is not None:
            server.shutdown()
            server.server_close()
        if thread is not None:
            thread.join()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def base_url(self) -> str:
        """The site's `baseUrl`, e.g. `http://127.0.0.1:54321`."""
        if self._base_url is None:
            raise RuntimeError(f"{type(self).__name__} is not started")
        return self._base_url

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    @property
    def server_errors(self) -> list[str]:
        """Unexpected exceptions inside the fake (answered 500); should stay empty."""
        with self._lock:
            return list(self._server_errors)

    @property
    def hanging(self) -> int:
        """How many handlers are currently blocked by an injected hang."""
        with self._lock:
            return self._hanging

    # ------------------------------------------------------------------ faults

    def inject(
        self,
        method: str,
        path_prefix: str,
        *,
        status: int | None = None,
        retry_after: int | None = None,
        hang: bool = False,
        times: int = 1,
        after: Callable[[], object] | None = None,
        apply_then_fail: bool = False,
    ) -> Fault:
        """Queue a fault for the next `times` requests whose path starts with `path_prefix`.

        `method` is an HTTP verb or `*`. Without `apply_then_fail` the operation is not
        performed: the request is answered with `status` (plus `Retry-After` when given)
        or, with `hang`, blocked until `release_hangs()`/`close()` and then answered with
        `status` (default 504). With `apply_then_fail` the request is served normally
        first (a write lands) and then the answer is lost: `status` (default 500) or a
        hang. `after` runs in the handler thread each time the fault strikes, after any
        operation and before the answer or hang.
        """
        if times < 1:
            raise ValueError("times must be at least 1")
        if status is None and not hang and not apply_then_fail:
            raise ValueError("a fault needs a status, hang=True or apply_then_fail=True")
        if not path_prefix.startswith("/"):
            raise ValueError("path_prefix must start with '/'")
        fault = Fault(
            method=method.upper(),
            path_prefix=path_prefix,
            status=status,
            retry_after=retry_after,
            hang=hang,
            times=times,
            apply_then_fail=apply_then_fail,
            after=after,
        )
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def release_hangs(self) -> None:
        """Let every currently hung handler finish; later hangs block again."""
        with self._lock:
            release = self._hang_release
            self._hang_release = threading.Event()
        release.set()

    # ------------------------------------------------------------------ routing

    def add_route(self, method: str, pattern: str, handler: RouteHandler) -> None:
        """Serve `method` on paths fully matching `pattern` (a regex) with `handler`."""
        route = Route(method.upper(), re.compile(pattern), handler)
        with self._lock:
            self._routes.append(route)

    def _serve(self, request: Request) -> Response:
        try:
            return self._serve_with_faults(request)
        except Exception as exc:
            with self._lock:
                self._server_errors.append(f"{request.method} {request.path}: {exc!r}")
            response = jira_error(HTTPStatus.INTERNAL_SERVER_ERROR, "fake Jira internal error")
            self._record(request, response, fault=False)
            return response

    def _serve_with_faults(self, request: Request) -> Response:
        fault = self._take_fault(request.method, request.path)
        if fault is None:
            response = self._dispatch(request)
            self._record(request, response, fault=False)
            return response
        if fault.apply_then_fail:
            self._dispatch(request)
        headers = {} if fault.retry_after is None else {"Retry-After": str(fault.retry_after)}
        default = HTTPStatus.INTERNAL_SERVER_ERROR if fault.apply_then_fail else 504
        status = fault.status if fault.status is not None else default
        response = json_response(
            status, {"errorMessages": ["injected fault"], "errors": {}}, headers
        )
        self._record(request, response, fault=True)
        if fault.after is not None:
            fault.after()
        if fault.hang:
            self._hang()
        return response

    def _take_fault(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.matches(method, path):
                    fault.fired += 1
                    return fault
        return None

    def _hang(self) -> None:
        with self._lock:
            if self._closed:
                return
            release = self._hang_release
            self._hanging += 1
        try:
            release.wait()
        finally:
            with self._lock:
                self._hanging -= 1

    def _dispatch(self, request: Request) -> Response:
        with self._lock:
            routes = list(self._routes)
        path_known = False
        for route in routes:
            match = route.pattern.fullmatch(request.path)
            if match is None:
                continue
            path_known = True
            if route.method == request.method:
                return route.handler(request, match)
        if path_known:
            return jira_error(HTTPStatus.METHOD_NOT_ALLOWED, "Method not allowed")
        return jira_error(HTTPStatus.NOT_FOUND, "Not found")

    def _record(self, request: Request, response: Response, *, fault: bool) -> None:
        authorization = request.header("authorization")
        scheme = authorization.split(None, 1)[0] if authorization else None
        query = tuple((k, v) for k, v in request.params if k != "jwt")
        entry = RecordedRequest(request.method, request.path, query, scheme, response.status, fault)
        with self._lock:
            self._requests.append(entry)


class FakeJira(LoopbackFake):
    """A Jira Cloud site, Atlassian's install-keys service and OAuth server on loopback.

    Construct, `start()` (or use as a context manager), then point the app at
    `install_keys_url` and `oauth_url` and drive it with `install()` and friends.
    State is guarded by one lock, so tests may inspect it from any thread while the
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
        token_ttl: int = 180,
        install_key: rsa.RSAPrivateKey | None = None,
        site_host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        """`install_key` lets a test suite share one RSA key (generating one costs ~0.1 s).

        The server always listens on 127.0.0.1 (`port` 0: any free port); `site_host`
        is the host name in its `baseUrl`, e.g. `localhost`, so that a browser sees the
        site and an app on 127.0.0.1 as different origins.
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
        self._private_key = install_key or rsa.generate_private_key(
            public_exponent=65537, key_size=2048
        )
        self._kid = f"fake-{secrets.token_urlsafe(16)}"

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

        self._install_keys: dict[str, str] = {self._kid: self._public_pem(self._private_key)}
        self._properties: dict[tuple[str, str], Any] = {}
        self._access_tokens: dict[str, IssuedAccessToken] = {}  # keyed by SHA-256 of the token
        self._grant_count = 0
        self._clock_offset = 0
        self.add_route("GET", r"/install-keys/(?P<kid>[^/]+)", self._get_install_key)
        self.add_route("POST", r"/oauth/oauth2/token", self._grant_token)
        self.add_route("GET", r"/rest/api/3/user/properties", self._list_properties)
        self.add_route("GET", r"/rest/api/3/user/properties/(?P<key>[^/]+)", self._get_property)
        self.add_route("PUT", r"/rest/api/3/user/properties/(?P<key>[^/]+)", self._put_property)
        self.add_route(
            "DELETE", r"/rest/api/3/user/properties/(?P<key>[^/]+)", self._delete_property
        )

    # ------------------------------------------------------------------ identity

    @property
    def install_keys_url(self) -> str:
        return f"{self.base_url}/install-keys"

    @property
    def oauth_url(self) -> str:
        """The authorization server; the token endpoint is `{oauth_url}/oauth2/token`."""
        return f"{self.base_url}/oauth"

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
        return self._install_keys[self._kid]

    def add_install_key(self, kid: str, public_pem: str | bytes) -> None:
        """Serve another public key (e.g. one a test signs installs with)."""
        if not _KID.fullmatch(kid):
            raise ValueError("kid must match ^[A-Za-z0-9_-]+$")
        pem = public_pem.decode() if isinstance(public_pem, bytes) else public_pem
        with self._lock:
            self._install_keys[kid] = pem

    # ------------------------------------------------------------------ clock

    def set_clock(self, offset_seconds: int) -> None:
        """Shift the fake's notion of now: for tokens it mints and tokens it checks."""
        with self._lock:
            self._clock_offset = offset_seconds

    def now(self) -> int:
        with self._lock:
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
        _apply_overrides(payload, payload_override)
        now = self.now()
        claims: dict[str, Any] = {
            "iss": self.client_key,
            "aud": self.app_base_url,
            "sub": self.installer_account_id,
            "iat": now,
            "exp": now + self.token_ttl,
            "qsh": hash_url("POST", f"/{event}"),
        }
        _apply_overrides(claims, claims_override)
        token = jwt.encode(
            claims,
            private_key or self._private_key,
            algorithm="RS256",
            headers={"kid": kid or self._kid},
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
        now = self.now()
        claims: dict[str, Any] = {
            "iss": self.client_key,
            "iat": now,
            "exp": now + self.token_ttl,
            "qsh": hash_url("POST", f"/{event}"),
        }
        _apply_overrides(claims, claims_override)
        token = jwt.encode(claims, self.shared_secret, algorithm="HS256")
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
        issued = self.now() if now is None else now
        claims: dict[str, Any] = {
            "iss": self.client_key,
            "qsh": CONTEXT_QSH,
            "context": {
                "jira": {
                    "issue": {"key": issue_key, "id": "10001"},
                    "project": {"key": project_key, "id": "10000"},
                },
            },
            "iat": issued,
            "exp": issued + (self.token_ttl if ttl is None else ttl),
        }
        if account_id is not None:
            claims["sub"] = account_id
        return jwt.encode(claims, self.shared_secret, algorithm="HS256")

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
        if not path_and_query.startswith("/"):
            raise ValueError("path_and_query must start with '/'")
        extra = urlencode(
            {
                "xdm_e": self.base_url,
                "xdm_c": f"channel-{self.app_key}__glance",
                "cp": "",
                "lic": "none",
                "cv": "1.0",
            },
            quote_via=quote,
        )
        separator = "&" if "?" in path_and_query else "?"
        relative = f"{path_and_query}{separator}{extra}"
        issued = self.now() if now is None else now
        claims: dict[str, Any] = {
            "iss": self.client_key,
            "iat": issued,
            "exp": issued + (self.token_ttl if ttl is None else ttl),
            "qsh": hash_url("GET", relative),
        }
        if account_id is not None:
            claims["sub"] = account_id
        token = jwt.encode(claims, self.shared_secret, algorithm="HS256")
        return f"{self.app_base_url}{relative}&jwt={token}"

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
        with self._lock:
            return copy.deepcopy(self._properties)

    def set_property(self, account_id: str, key: str, value: Any) -> None:
        stored = json.loads(json.dumps(value))
        with self._lock:
            self._properties[(account_id, key)] = stored

    def delete_property(self, account_id: str, key: str) -> bool:
        """Remove a property; True when it existed."""
        with self._lock:
            if (account_id, key) not in self._properties:
                return False
            del self._properties[(account_id, key)]
            return True

    @property
    def access_tokens(self) -> list[IssuedAccessToken]:
        with self._lock:
            return list(self._access_tokens.values())

    @property
    def grant_count(self) -> int:
        """How many access tokens the OAuth endpoint has granted."""
        with self._lock:
            return self._grant_count

    # ------------------------------------------------------------------ install keys

    def _get_install_key(self, request: Request, match: re.Match[str]) -> Response:
        kid = match["kid"]
        with self._lock:
            pem = self._install_keys.get(kid) if _KID.fullmatch(kid) else None
        if pem is None:
            return Response(HTTPStatus.NOT_FOUND, b"Not Found", "text/plain")
        return Response(HTTPStatus.OK, pem.encode(), "text/plain")

    @staticmethod
    def _public_pem(private_key: rsa.RSAPrivateKey) -> str:
        return (
            private_key.public_key()
            .public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
            .decode()
        )

    # ------------------------------------------------------------------ OAuth 2.0

    def _grant_token(self, request: Request, match: re.Match[str]) -> Response:
        content_type = request.header("content-type") or ""
        if not content_type.startswith("application/x-www-form-urlencoded"):
            return _oauth_error("invalid_request", "expected a form-encoded body")
        form = dict(parse_qsl(request.body.decode("utf-8", "replace"), keep_blank_values=True))
        if form.get("grant_type") != JWT_BEARER_GRANT:
            return _oauth_error("unsupported_grant_type", "grant_type must be jwt-bearer")
        assertion = form.get("assertion")
        if not assertion:
            return _oauth_error("invalid_request", "assertion is required")
        scopes: frozenset[str] | None = None
        if "scope" in form:
            scopes = frozenset(form["scope"].upper().split())
            unknown = scopes - _KNOWN_SCOPES
            if unknown:
                return _oauth_error("invalid_scope", f"unknown scopes: {sorted(unknown)}")
        claims_or_error = self._verify_assertion(assertion)
        if isinstance(claims_or_error, str):
            return _oauth_error("invalid_grant", claims_or_error)
        account_id = str(claims_or_error["sub"])[len(OAUTH_SUBJECT_PREFIX) :]
        access_token = secrets.token_urlsafe(32)
        issued = IssuedAccessToken(account_id, scopes, self.now() + ACCESS_TOKEN_TTL)
        with self._lock:
            self._access_tokens[_digest(access_token)] = issued
            self._grant_count += 1
        answer: dict[str, object] = {
            "access_token": access_token,
            "expires_in": ACCESS_TOKEN_TTL,
            "token_type": "Bearer",
        }
        if "scope" in form:
            answer["scope"] = form["scope"]
        return json_response(HTTPStatus.OK, answer, {"Cache-Control": "no-store"})

    def _decode_hs256(self, token: str, what: str, *required: str) -> dict[str, Any] | str:
        """Claims of a token signed HS256 with the site's secret, or why it is refused."""
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError:
            return f"malformed {what}"
        if header.get("alg") != "HS256":
            return f"{what} must be signed HS256"
        try:
            claims: dict[str, Any] = jwt.decode(
                token, self.shared_secret, algorithms=["HS256"], options=_jwt_options(*required)
            )
        except jwt.InvalidSignatureError:
            return f"{what} signature does not verify"
        except jwt.PyJWTError as exc:
            return f"invalid {what}: {type(exc).__name__}"
        return claims

    def _verify_assertion(self, assertion: str) -> dict[str, Any] | str:
        """The assertion's claims, or why it is refused."""
        claims = self._decode_hs256(
            assertion, "assertion", "iss", "sub", "aud", "tnt", "iat", "exp"
        )
        if isinstance(claims, str):
            return claims
        if claims["iss"] != f"{OAUTH_ISSUER_PREFIX}{self.oauth_client_id}":
            return "iss does not name this app's oauthClientId"
        sub = claims["sub"]
        if not isinstance(sub, str) or not sub.startswith(OAUTH_SUBJECT_PREFIX):
            return f"sub must be {OAUTH_SUBJECT_PREFIX}<accountId>"
        if not sub[len(OAUTH_SUBJECT_PREFIX) :]:
            return "sub names no accountId"
        if not isinstance(claims["tnt"], str) or claims["tnt"].rstrip("/") != self.base_url:
            return "tnt is not this site's baseUrl"
        audience = claims["aud"]
        audiences = audience if isinstance(audience, list) else [audience]
        if self.oauth_url not in audiences:
            return "aud is not this authorization server"
        iat, exp = claims["iat"], claims["exp"]
        if not _is_number(iat) or not _is_number(exp):
            return "iat and exp must be numbers"
        if exp - iat > ASSERTION_MAX_LIFETIME:
            return ASSERTION_LIFETIME_ERROR
        now = self.now()
        if now >= exp + self.jwt_leeway:
            return "assertion expired"
        if iat > now + self.jwt_leeway:
            return "assertion issued in the future"
        return claims

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
            with self._lock:
                issued = self._access_tokens.get(_digest(credential))
            if issued is None:
                return _unauthorized("unknown access token")
            if self.now() >= issued.expires_at:
                return _unauthorized("access token expired")
            return _Caller("user", issued.account_id, issued.scopes)
        return _unauthorized("unsupported authorization scheme")

    def _verify_app_jwt(self, request: Request, token: str) -> str | None:
        """Why an app JWT is refused, or None when it is good."""
        claims = self._decode_hs256(token, "JWT", "iss", "iat", "exp", "qsh")
        if isinstance(claims, str):
            return claims
        if claims["iss"] != self.app_key:
            return "JWT iss is not an installed app"
        iat, exp, nbf = claims["iat"], claims["exp"], claims.get("nbf")
        if not _is_number(iat) or not _is_number(exp) or not (nbf is None or _is_number(nbf)):
            return "JWT time claims must be numbers"
        now = self.now()
        if now >= exp + self.jwt_leeway:
            return "JWT expired"
        if iat > now + self.jwt_leeway or (nbf is not None and nbf > now + self.jwt_leeway):
            return "JWT not yet valid"
        if claims["qsh"] != hash_url(request.method, request.target):
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
        if caller.scopes is not None and not _scope_allows(caller.scopes, required):
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

    # ------------------------------------------------------------------ user properties

    def _list_properties(self, request: Request, match: re.Match[str]) -> Response:
        checked = self._property_caller(request)
        if isinstance(checked, Response):
            return checked
        account_id, _ = checked
        with self._lock:
            keys = sorted(key for owner, key in self._properties if owner == account_id)
        return json_response(
            HTTPStatus.OK,
            {
                "keys": [
                    {
                        "key": key,
                        "self": f"{self.base_url}/rest/api/3/user/properties/{quote(key)}"
                        f"?accountId={quote(account_id)}",
                    }
                    for key in keys
                ]
            },
        )

    def _property_key(self, match: re.Match[str]) -> str | Response:
        key = unquote(match["key"])
        if len(key) > MAX_PROPERTY_KEY_LENGTH:
            return jira_error(
                HTTPStatus.BAD_REQUEST,
                f"The property key can not be longer than {MAX_PROPERTY_KEY_LENGTH} characters.",
            )
        return key

    def _get_property(self, request: Request, match: re.Match[str]) -> Response:
        checked = self._property_caller(request)
        if isinstance(checked, Response):
            return checked
        key = self._property_key(match)
        if isinstance(key, Response):
            return key
        account_id, _ = checked
        with self._lock:
            found = (account_id, key) in self._properties
            value = copy.deepcopy(self._properties.get((account_id, key)))
        if not found:
            return jira_error(
                HTTPStatus.NOT_FOUND, f"The property with key '{key}' does not exist."
            )
        return json_response(HTTPStatus.OK, {"key": key, "value": value})

    def _put_property(self, request: Request, match: re.Match[str]) -> Response:
        checked = self._property_caller(request)
        if isinstance(checked, Response):
            return checked
        key = self._property_key(match)
        if isinstance(key, Response):
            return key
        account_id, _ = checked
        content_type = request.header("content-type") or ""
        if not content_type.startswith("application/json"):
            return jira_error(
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "The request body must be application/json"
            )
        if len(request.body) > MAX_PROPERTY_BYTES:
            return jira_error(
                HTTPStatus.BAD_REQUEST,
                f"The property value is longer than {MAX_PROPERTY_BYTES} bytes.",
            )
        try:
            value = json.loads(request.body)
        except ValueError:
            return jira_error(HTTPStatus.BAD_REQUEST, "The property value is not valid JSON.")
        with self._lock:
            existed = (account_id, key) in self._properties
            self._properties[(account_id, key)] = value
        return Response(HTTPStatus.OK if existed else HTTPStatus.CREATED)

    def _delete_property(self, request: Request, match: re.Match[str]) -> Response:
        checked = self._property_caller(request)
        if isinstance(checked, Response):
            return checked
        key = self._property_key(match)
        if isinstance(key, Response):
            return key
        account_id, _ = checked
        if not self.delete_property(account_id, key):
            return jira_error(
                HTTPStatus.NOT_FOUND, f"The property with key '{key}' does not exist."
            )
        return Response(HTTPStatus.NO_CONTENT)

    # Defined last: inside the class body this name shadows the builtin `property`.
    def property(self, account_id: str, key: str) -> Any | None:
        """The stored value of one user property, or None when absent."""
        with self._lock:
            return copy.deepcopy(self._properties.get((account_id, key)))


def _unauthorized(message: str) -> Response:
    response = jira_error(HTTPStatus.UNAUTHORIZED, message)
    response.headers["WWW-Authenticate"] = 'JWT realm="fake-jira"'
    return response


def _scope_allows(scopes: Iterable[str], required: str) -> bool:
    needed = _SCOPE_LEVEL[required]
    return any(_SCOPE_LEVEL.get(scope, 0) >= needed for scope in scopes)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
