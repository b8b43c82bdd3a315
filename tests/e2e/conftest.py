"""End-to-end fixtures: the real app under uvicorn on loopback, talking to real fake Jiras.

Each test gets its own database, its own app server (uvicorn in a thread with
its own event loop, on a socket bound before the app starts) and one or more
`FakeJira` sites installed and enabled through the signed lifecycle callbacks.
Time is a `Clock` the test moves by hand; the fakes' clocks follow it, so tokens
minted on either side stay valid for each other.

Nothing here sleeps for a fixed time: startup is awaited on `server.started`
with a bounded number of short event waits that end early if the server thread
dies.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import re
import socket
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Coroutine, Iterator, Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qsl

import argon2
import httpx
import jwt
import pytest
import uvicorn
from atlassian_jwt.url_utils import hash_url
from cryptography.hazmat.primitives.asymmetric import rsa
from litestar import Litestar

from glanceapp.app import create_app
from glanceapp.keyring import API_KEY_MAC, PROPERTY_API_KEY, Keyring
from glanceapp.sandbox.fakejira import FakeJira
from glanceapp.service.accounts import LocalAccounts
from glanceapp.service.links import LinkService, SweepReport
from glanceapp.service.passwords import PasswordHasher
from glanceapp.settings import Settings, load_settings
from glanceapp.storage.db import Database

T = TypeVar("T")

CHEAP_ARGON2 = argon2.PasswordHasher(
    time_cost=1, memory_cost=1024, parallelism=1, type=argon2.Type.ID
)

MASTER_SECRET = "e2e-master-secret-0123456789-abcdefghijklmnop"
PROPERTY_KEY = "glanceapp.link"
PASSWORD = "correct horse battery staple"
JIRA_DEADLINE = 2.0
JIRA_TIMEOUT = 0.5
PENDING_GRACE = JIRA_DEADLINE * 3
START_ATTEMPTS = 1000
START_POLL_SECONDS = 0.01
STOP_TIMEOUT_SECONDS = 30.0
CALL_TIMEOUT_SECONDS = 60.0

ISO_Z = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$")
SEALED_API_KEY = re.compile(r"^v1\.[0-9a-f]+\.[A-Za-z0-9_-]+$")
WRITTEN_TABLES = ("api_keys", "login_failures", "property_deletes")


# --------------------------------------------------------------------------- time


class Clock:
    """The app's wall clock, moved only by the test; the fake Jiras follow it.

    It starts frozen on a whole second of real time. A fake's clock is real time
    plus an integer offset, so it is set to the ceiling of how far this clock has
    been moved: the fake then never sees the app's tokens as issued in the future,
    and the app (with its 30 s leeway) accepts tokens the fake mints.
    """

    def __init__(self) -> None:
        self.now = float(int(time.time()))
        self.moved = 0.0
        self._fakes: list[FakeJira] = []

    def time(self) -> float:
        return self.now

    def follow(self, fake: FakeJira) -> None:
        self._fakes.append(fake)
        fake.set_clock(math.ceil(self.moved))

    def advance(self, seconds: float) -> None:
        self.now += seconds
        self.moved += seconds
        for fake in self._fakes:
            fake.set_clock(math.ceil(self.moved))


# --------------------------------------------------------------------------- OAuth for many sites


def plain_http_client(**options: Any) -> httpx.Client:
    """A client for plain HTTP on loopback: no proxies from the environment, no CA bundle.

    (Loading the CA bundle costs ~40 ms a client; nothing here speaks TLS.)
    """
    return httpx.Client(trust_env=False, verify=False, **options)  # noqa: S501


class RoutedFakeJira(FakeJira):
    """A fake site whose OAuth grants arrive through the shared `OAuthRouter`.

    The app knows one authorization server for all sites, as with Atlassian's;
    each fake verifies the assertion's `aud` against that shared address.
    """

    def __init__(self, *, oauth_router_url: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._oauth_router_url = oauth_router_url

    @property
    def oauth_url(self) -> str:
        return self._oauth_router_url


class _RouterHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: grant bodies carry assertions."""

    def do_POST(self) -> None:
        router: OAuthRouter = self.server.router  # type: ignore[attr-defined]
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        form = dict(parse_qsl(body.decode("utf-8", "replace")))
        try:
            tenant = jwt.decode(form.get("assertion", ""), options={"verify_signature": False})
        except jwt.PyJWTError:
            tenant = {}
        site = router.sites.get(str(tenant.get("tnt", "")).rstrip("/"))
        if self.path != "/oauth2/token" or site is None:
            self._answer(400, b'{"error":"invalid_grant"}', "application/json")
            return
        answer = router.client.post(
            f"{site.base_url}/oauth/oauth2/token",
            content=body,
            headers={"Content-Type": self.headers.get("Content-Type", "")},
        )
        self._answer(
            answer.status_code, answer.content, answer.headers.get("content-type", "text/plain")
        )

    def _answer(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class OAuthRouter:
    """Atlassian's one OAuth 2.0 server in front of every fake site, routing grants by `tnt`."""

    def __init__(self) -> None:
        self.sites: dict[str, FakeJira] = {}
        self.client = plain_http_client(timeout=10.0)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _RouterHandler)
        self._server.daemon_threads = True
        self._server.router = self  # type: ignore[attr-defined]
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="e2e-oauth", daemon=True
        )
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(STOP_TIMEOUT_SECONDS)
        self.client.close()


# --------------------------------------------------------------------------- app server


class AppServer:
    """uvicorn serving one Litestar app in a thread with its own event loop."""

    def __init__(
        self,
        app: Litestar,
        sock: socket.socket,
        *,
        on_stop: Callable[[], Coroutine[Any, Any, None]] | None = None,
    ) -> None:
        config = uvicorn.Config(
            app,
            lifespan="on",
            log_config=None,
            access_log=False,
            ws="none",
            timeout_graceful_shutdown=5,
        )
        self.app = app
        self.server = uvicorn.Server(config)
        self.loop = asyncio.new_event_loop()
        self._sock = sock
        self._on_stop = on_stop
        self._exited = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="e2e-uvicorn", daemon=True)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        try:
            self.loop.run_until_complete(self.server.serve(sockets=[self._sock]))
            if self._on_stop is not None:
                self.loop.run_until_complete(self._on_stop())
            self.loop.run_until_complete(self.loop.shutdown_asyncgens())
            self.loop.run_until_complete(self.loop.shutdown_default_executor())
        except BaseException as exc:  # reported by start()/stop() in the test's thread
            self._error = exc
        finally:
            self.loop.close()
            self._exited.set()

    def start(self) -> None:
        self._thread.start()
        for _ in range(START_ATTEMPTS):
            if self.server.started:
                return
            if self._exited.wait(START_POLL_SECONDS):
                break
        self.stop()
        raise RuntimeError(f"the app server did not start: {self._error!r}")

    def stop(self) -> None:
        self.server.should_exit = True
        self._thread.join(STOP_TIMEOUT_SECONDS)
        assert not self._thread.is_alive(), "uvicorn did not stop"
        if self._error is not None:
            raise self._error

    def call(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run a coroutine on the server's loop (where the app's resources live)."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(CALL_TIMEOUT_SECONDS)


# --------------------------------------------------------------------------- HTML


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))


def elements(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Elements()
    parser.feed(html)
    parser.close()
    return parser.elements


def root(html: str) -> dict[str, str | None]:
    """The attributes of a partial's one root element (its first start tag)."""
    found = elements(html)
    assert found, f"no element in {html!r}"
    return found[0][1]


def by_id(html: str, element_id: str) -> dict[str, str | None]:
    for _, attrs in elements(html):
        if attrs.get("id") == element_id:
            return attrs
    raise AssertionError(f"no element #{element_id} in the page")


# --------------------------------------------------------------------------- a running product


@dataclass
class Site:
    """One Jira site (a FakeJira) installed into the app."""

    fake: FakeJira
    env: E2E

    @property
    def client_key(self) -> str:
        return self.fake.client_key

    def now(self) -> int:
        return int(self.env.clock.now)

    def context_token(self, account_id: str | None, **kwargs: Any) -> str:
        kwargs.setdefault("now", self.now())
        return self.fake.context_token(account_id, **kwargs)

    def headers(self, account_id: str | None, *, htmx: bool = True) -> dict[str, str]:
        headers = {"Authorization": f"JWT {self.context_token(account_id)}"}
        if htmx:
            headers["HX-Request"] = "true"
        return headers

    def iframe_url(self, path_and_query: str, account_id: str | None, **kwargs: Any) -> str:
        kwargs.setdefault("now", self.now())
        return self.fake.iframe_url(path_and_query, account_id, **kwargs)

    def request_token(self, method: str, path: str, account_id: str | None) -> str:
        """A tenant token bound by qsh to (method, path): the wrong kind where context is due."""
        now = self.now()
        claims: dict[str, Any] = {
            "iss": self.client_key,
            "iat": now,
            "exp": now + 180,
            "qsh": hash_url(method, path),
        }
        if account_id is not None:
            claims["sub"] = account_id
        return jwt.encode(claims, self.fake.shared_secret, algorithm="HS256")

    def property(self, account_id: str) -> Any:
        return self.fake.property(account_id, PROPERTY_KEY)

    def api_key(self, account_id: str, value: Any = None) -> str:
        """The apiKey sealed in this person's property here (or in `value`)."""
        value = self.property(account_id) if value is None else value
        assert isinstance(value, dict), f"no property for {account_id}: {value!r}"
        aad = f"{self.client_key}|{account_id}|{PROPERTY_KEY}".encode()
        return self.env.keyring.open(PROPERTY_API_KEY, value["apiKey"], aad).decode()

    # The routes, as htmx would call them from this site's glance.

    def link(
        self, client: httpx.Client, account_id: str, username: str, password: str
    ) -> httpx.Response:
        return client.post(
            "/link",
            headers=self.headers(account_id),
            data={"username": username, "password": password},
        )

    def status(self, client: httpx.Client, account_id: str) -> httpx.Response:
        return client.get("/glance/status", headers=self.headers(account_id))

    def renew(self, client: httpx.Client, account_id: str) -> httpx.Response:
        return client.post("/link/renew", headers=self.headers(account_id))

    def unlink(self, client: httpx.Client, account_id: str) -> httpx.Response:
        return client.delete("/link", headers=self.headers(account_id))

    def property_writes(self) -> list[str]:
        return [
            f"{r.method} {r.path}"
            for r in self.fake.requests
            if r.method in ("PUT", "DELETE") and r.path.startswith("/rest/api/3/user/properties")
        ]


@dataclass
class E2E:
    settings: Settings
    clock: Clock
    server: AppServer
    client: httpx.Client
    base_url: str
    keyring: Keyring
    add_worker: Callable[[], str]
    """Start another app process-alike on the same database; returns its base URL."""
    sites: list[Site] = field(default_factory=list)

    @property
    def site(self) -> Site:
        return self.sites[0]

    @property
    def database(self) -> Path:
        return self.settings.database

    def add_account(self, name: str, password: str = PASSWORD, *, cheap: bool = True) -> None:
        """Create a service account through the service layer, on a separate connection.

        `cheap` hashes with minimal argon2id parameters (the app verifies any
        argon2id hash by the parameters it carries), saving ~0.1 s per account;
        the concurrency test uses the real cost.
        """
        hasher = PasswordHasher(CHEAP_ARGON2 if cheap else None)

        async def add() -> None:
            db = await Database.open(self.database)
            try:
                await LocalAccounts(db, hasher).add(name, password, now=self.clock.now)
            finally:
                await db.close()

        self.server.call(add())

    def sweep(self) -> SweepReport:
        """Recovery, run on the app's own loop with the app's own services."""
        links: LinkService = self.server.app.state.services.links
        return self.server.call(links.sweep())

    def whoami(self, api_key: str) -> httpx.Response:
        return self.client.get("/api/whoami", headers={"Authorization": f"Bearer {api_key}"})

    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        """Read the app's database through a read-only connection of our own."""
        uri = f"file:{self.database}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
            connection.row_factory = sqlite3.Row
            return list(connection.execute(sql, params).fetchall())

    def keys(self, site: Site, account_id: str, state: str | None = None) -> list[sqlite3.Row]:
        sql = "SELECT * FROM api_keys WHERE client_key = ? AND account_id = ?"
        params: tuple[Any, ...] = (site.client_key, account_id)
        if state is not None:
            sql += " AND state = ?"
            params += (state,)
        return self.rows(sql + " ORDER BY id", params)

    def key_mac(self, api_key: str) -> bytes:
        return self.keyring.mac(API_KEY_MAC, api_key.encode("ascii"))

    def counts(self) -> dict[str, int]:
        return {
            table: int(self.rows(f"SELECT count(*) FROM {table}")[0][0])  # noqa: S608 - constant names
            for table in WRITTEN_TABLES
        }


Launch = Callable[..., E2E]


@pytest.fixture(scope="session")
def jira_install_key() -> rsa.RSAPrivateKey:
    """One RSA key for every fake Jira's signed installs (generating one costs ~0.1 s)."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def launch(tmp_path: Path, clock: Clock, jira_install_key: rsa.RSAPrivateKey) -> Iterator[Launch]:
    """Start the product.

    `launch(jira_auth="user", sites=1, accounts=("alice",), base_path="", settings={},
    environ=None, **create_app_options)` serves the app at
    `http://127.0.0.1:<port><base_path>` with `sites` fake Jiras installed and enabled and
    the named service accounts created (password PASSWORD). `settings` adds or overrides
    environment settings, named without the `GLANCEAPP_` prefix (`{"JWT_LEEWAY": "5"}`);
    `environ` does the same with full `GLANCEAPP_` names.
    """
    stack = contextlib.ExitStack()

    def listening_socket() -> socket.socket:
        # IPPROTO_TCP named, so asyncio sets TCP_NODELAY on accepted connections
        # (without it every response waits ~40 ms for a delayed ACK).
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        stack.callback(sock.close)
        sock.bind(("127.0.0.1", 0))
        sock.listen(128)
        return sock

    def serve(settings: Settings, sock: socket.socket, **options: Any) -> AppServer:
        on_stop = options.pop("on_stop", None)
        app = create_app(settings, clock=clock.time, sweep_interval=None, **options)
        server = AppServer(app, sock, on_stop=on_stop)
        server.start()
        stack.callback(server.stop)
        return server

    def start(
        *,
        jira_auth: str = "user",
        sites: int = 1,
        accounts: tuple[str, ...] = ("alice",),
        base_path: str = "",
        settings: Mapping[str, str] | None = None,
        environ: dict[str, str] | None = None,
        **options: Any,
    ) -> E2E:
        sock = listening_socket()
        base_url = f"http://127.0.0.1:{sock.getsockname()[1]}{base_path}"

        # The first site's install-keys service and one OAuth router serve every site.
        router = OAuthRouter()
        stack.callback(router.close)
        fakes: list[FakeJira] = []
        for _ in range(sites):
            fake: FakeJira = RoutedFakeJira(
                oauth_router_url=router.url,
                app_base_url=base_url,
                client_key=f"jira:{uuid.uuid4()}",
                install_key=jira_install_key,
            ).start()
            stack.callback(fake.close)
            router.sites[fake.base_url] = fake
            clock.follow(fake)
            fakes.append(fake)
        first = fakes[0]
        for fake in fakes[1:]:
            first.add_install_key(fake.kid, fake.public_key_pem)

        overrides = {f"GLANCEAPP_{name.upper()}": value for name, value in (settings or {}).items()}
        app_settings = load_settings(
            {
                "GLANCEAPP_SECRET_KEY": MASTER_SECRET,
                "GLANCEAPP_DATABASE": str(tmp_path / "glanceapp.db"),
                "GLANCEAPP_BASE_URL": base_url,
                "GLANCEAPP_INSTALL_KEYS_URL": first.install_keys_url,
                "GLANCEAPP_OAUTH_URL": router.url,
                "GLANCEAPP_ALLOWED_HOSTS": "127.0.0.1",
                "GLANCEAPP_JIRA_AUTH": jira_auth,
                "GLANCEAPP_PROPERTY_KEY": PROPERTY_KEY,
                "GLANCEAPP_WORKERS": "1",
                **overrides,
                **(environ or {}),
            },
            env_file=None,
        )
        options.setdefault("jira_deadline", JIRA_DEADLINE)
        options.setdefault("jira_timeout", JIRA_TIMEOUT)
        server = serve(app_settings, sock, **options)

        def add_worker() -> str:
            """A second worker: its own app, loop and connections, sharing the database."""
            sock = listening_socket()
            serve(app_settings, sock, jira_deadline=JIRA_DEADLINE, jira_timeout=JIRA_TIMEOUT)
            return f"http://127.0.0.1:{sock.getsockname()[1]}{base_path}"

        client = stack.enter_context(plain_http_client(base_url=base_url, timeout=30.0))
        env = E2E(
            settings=app_settings,
            clock=clock,
            server=server,
            client=client,
            base_url=base_url,
            keyring=Keyring(MASTER_SECRET),
            add_worker=add_worker,
        )
        for fake in fakes:
            status, body = fake.install()
            assert status == 204, body
            assert fake.lifecycle("enabled") == 204
            fake.clear_requests()
            env.sites.append(Site(fake, env))
        for name in accounts:
            env.add_account(name)
        return env

    with stack:
        yield start
