"""End-to-end fixtures: the real app under uvicorn on loopback, talking to real fake Jiras.

Each test gets its own database, its own app server (uvicorn in a thread with
its own event loop, on a socket bound before the app starts) and one or more
`FakeJira` sites installed and enabled through the signed lifecycle callbacks.
Time is a `Clock` the test moves by hand; the fakes' clocks follow it, so tokens
minted on either side stay valid for each other.

The clock, the fake site, the OAuth router and the app server come from the
support package (`support`), shared with the other suites and the benchmark.
"""

from __future__ import annotations

import contextlib
import re
import socket
import sqlite3
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import argon2
import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from glanceapp.app import create_app
from glanceapp.keyring import API_KEY_MAC, PROPERTY_API_KEY, Keyring
from glanceapp.sandbox.fakejira import FakeJira
from glanceapp.service.accounts import LocalAccounts
from glanceapp.service.links import LinkService, SweepReport
from glanceapp.service.passwords import PasswordHasher
from glanceapp.settings import Settings, load_settings
from glanceapp.storage.db import Database
from support.clock import Clock
from support.html import by_id as by_id
from support.html import elements as elements
from support.html import root as root
from support.jira import OAuthRouter, SuiteJira
from support.keys import rsa_key
from support.launchers import AppServer

CHEAP_ARGON2 = argon2.PasswordHasher(
    time_cost=1, memory_cost=1024, parallelism=1, type=argon2.Type.ID
)

MASTER_SECRET = "e2e-master-secret-0123456789-abcdefghijklmnop"
PROPERTY_KEY = "glanceapp.link"
PASSWORD = "correct horse battery staple"
JIRA_DEADLINE = 2.0
JIRA_TIMEOUT = 0.5
PENDING_GRACE = JIRA_DEADLINE * 3

ISO_Z = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$")
SEALED_API_KEY = re.compile(r"^v1\.[0-9a-f]+\.[A-Za-z0-9_-]+$")
WRITTEN_TABLES = ("api_keys", "login_failures", "property_deletes")


# --------------------------------------------------------------------------- HTTP


def plain_http_client(**options: Any) -> httpx.Client:
    """A client for plain HTTP on loopback: no proxies from the environment, no CA bundle.

    (Loading the CA bundle costs ~40 ms a client; nothing here speaks TLS.)
    """
    return httpx.Client(trust_env=False, verify=False, **options)  # noqa: S501


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
        return self.fake.request_token(method, path, account_id, now=self.now())

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
    return rsa_key("install")


@pytest.fixture
def clock() -> Clock:
    return Clock()  # frozen on a whole second of real time; the fakes follow it


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
        router = stack.enter_context(OAuthRouter())
        fakes: list[FakeJira] = []
        for _ in range(sites):
            fake: FakeJira = SuiteJira(
                oauth_url=router.url,
                app_base_url=base_url,
                client_key=f"jira:{uuid.uuid4()}",
                install_key=jira_install_key,
            ).start()
            stack.callback(fake.close)
            router.add(fake)
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
