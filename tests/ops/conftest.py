"""Operations fixtures: the real `glanceapp serve` as a subprocess, driven by real fake Jiras.

Each product gets its own folder (database, key material, captured stdout and
stderr), a free loopback port and one or more `FakeJira` sites installed and
enabled through signed lifecycle callbacks. The server runs in its own session
(process group), so teardown and the crash test can signal every worker at once.

Nothing sleeps for a fixed time: start-up is bounded polling of `/healthz` plus
the uvicorn start-up lines (one per worker) in the captured log.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from glanceapp.keyring import API_KEY_MAC, PROPERTY_API_KEY, Keyring
from glanceapp.settings import default_workers
from support.html import elements as elements
from support.html import link_state as link_state
from support.html import root as root
from support.jira import OAuthRouter, SuiteJira
from support.keys import rsa_key
from support.launchers import Server as Server
from support.launchers import ServerExited as ServerExited

MASTER_SECRET = "ops-master-secret-0123456789-abcdefghijklmnop"
PASSWORD = "ops correct horse battery staple"
PROPERTY_KEY = "glanceapp.link"
GLANCE_PATH = "/glance?issueKey=TEST-1&projectKey=TEST"
CLI_TIMEOUT_SECONDS = 120.0
WRITTEN_TABLES = ("tenants", "api_keys", "login_failures", "property_deletes", "lifecycle_log")


# --------------------------------------------------------------------------- small helpers


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def read_rows(database: Path, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
    """Rows from the app's database through a read-only connection of our own."""
    with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as connection:
        connection.row_factory = sqlite3.Row
        return list(connection.execute(sql, params).fetchall())


def base_environment() -> dict[str, str]:
    """The test's environment without any GLANCEAPP_ variable (so nothing leaks in)."""
    return {k: v for k, v in os.environ.items() if not k.startswith("GLANCEAPP_")}


def run_cli(
    args: list[str], env: dict[str, str], cwd: Path, *, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "glanceapp", *args],
        env=env,
        cwd=cwd,
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        timeout=CLI_TIMEOUT_SECONDS,
        check=False,
    )


# --------------------------------------------------------------------------- a running product


@dataclass
class Site:
    """One Jira site (a fake) installed into the app."""

    fake: SuiteJira
    ops: Ops

    @property
    def client_key(self) -> str:
        return self.fake.client_key

    def context_token(self, account_id: str | None, **kwargs: Any) -> str:
        return self.fake.context_token(account_id, **kwargs)

    def headers(self, account_id: str | None, *, htmx: bool = True) -> dict[str, str]:
        headers = {"Authorization": f"JWT {self.context_token(account_id)}"}
        if htmx:
            headers["HX-Request"] = "true"
        return headers

    def glance_url(self, account_id: str | None) -> str:
        return self.fake.iframe_url(GLANCE_PATH, account_id)

    def property(self, account_id: str) -> Any:
        return self.fake.property(account_id, PROPERTY_KEY)

    def api_key(self, account_id: str, value: Any = None, *, keyring: Keyring | None = None) -> str:
        """The apiKey sealed in this person's property here (or in `value`)."""
        value = self.property(account_id) if value is None else value
        assert isinstance(value, dict), f"no property for {account_id}: {value!r}"
        aad = f"{self.client_key}|{account_id}|{PROPERTY_KEY}".encode()
        return (keyring or self.ops.keyring).open(PROPERTY_API_KEY, value["apiKey"], aad).decode()

    def property_writes(self) -> list[str]:
        return [
            f"{r.method} {r.path}"
            for r in self.fake.requests
            if r.method in ("PUT", "DELETE") and r.path.startswith("/rest/api/3/user/properties")
        ]


class Ops:
    """One product under test: its folder, server process, fake sites and an HTTP client."""

    def __init__(self, directory: Path, server: Server) -> None:
        self.directory = directory
        self.server = server
        self.sites: list[Site] = []
        self.keyring = Keyring(MASTER_SECRET)
        self.responses: list[httpx.Response] = []
        self.client = self._new_client()

    def _new_client(self) -> httpx.Client:
        def remember(response: httpx.Response) -> None:
            self.responses.append(response)

        return httpx.Client(
            base_url=self.server.base_url,
            timeout=60.0,
            trust_env=False,
            event_hooks={"response": [remember]},
        )

    def close(self) -> None:
        self.client.close()

    @property
    def site(self) -> Site:
        return self.sites[0]

    @property
    def database(self) -> Path:
        return Path(self.server.env["GLANCEAPP_DATABASE"])

    @property
    def env(self) -> dict[str, str]:
        return self.server.env

    def set_env(self, **variables: str | None) -> None:
        """Change the product's environment (server runs and CLI calls); None removes one."""
        for name, value in variables.items():
            if value is None:
                self.server.env.pop(name, None)
            else:
                self.server.env[name] = value

    def restart(self, **overrides: str | None) -> None:
        """Restart the server (`overrides` apply to this run only) with a fresh client."""
        self.client.close()
        self.server.restart(**overrides)
        self.client = self._new_client()

    def cli(
        self, *args: str, stdin: str | None = None, **overrides: str | None
    ) -> subprocess.CompletedProcess[str]:
        env = dict(self.env)
        for name, value in overrides.items():
            if value is None:
                env.pop(name, None)
            else:
                env[name] = value
        return run_cli(list(args), env, self.directory, stdin=stdin)

    def add_account(self, name: str, password: str = PASSWORD) -> None:
        self.add_accounts(name, password=password)

    def add_accounts(self, *names: str, password: str = PASSWORD) -> None:
        """`glanceapp users add NAME` for each name, the processes running side by side."""
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "glanceapp", "users", "add", name],
                env=self.env,
                cwd=self.directory,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for name in names
        ]
        for name, proc in zip(names, procs, strict=True):
            out, err = proc.communicate(f"{password}\n", timeout=CLI_TIMEOUT_SECONDS)
            assert proc.returncode == 0, err
            assert out.strip() == f"added account {name}", out

    # The routes, as htmx would call them.

    def link(
        self, site: Site, account_id: str, username: str, password: str = PASSWORD
    ) -> httpx.Response:
        return self.client.post(
            "/link",
            headers=site.headers(account_id),
            data={"username": username, "password": password},
        )

    def status(self, site: Site, account_id: str) -> httpx.Response:
        return self.client.get("/glance/status", headers=site.headers(account_id))

    def renew(self, site: Site, account_id: str) -> httpx.Response:
        return self.client.post("/link/renew", headers=site.headers(account_id))

    def unlink(self, site: Site, account_id: str) -> httpx.Response:
        return self.client.delete("/link", headers=site.headers(account_id))

    def whoami(self, api_key: str) -> httpx.Response:
        return self.client.get("/api/whoami", headers={"Authorization": f"Bearer {api_key}"})

    # The database, read-only.

    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        return read_rows(self.database, sql, params)

    def counts(self) -> dict[str, int]:
        return {
            table: int(self.rows(f"SELECT count(*) FROM {table}")[0][0])  # noqa: S608 - constant names
            for table in WRITTEN_TABLES
        }

    def key_mac(self, api_key: str) -> bytes:
        return self.keyring.mac(API_KEY_MAC, api_key.encode("ascii"))


Launch = Callable[..., Ops]


@pytest.fixture(scope="session")
def jira_install_key() -> rsa.RSAPrivateKey:
    """One RSA key for every fake site's signed installs (generating one costs ~0.1 s)."""
    return rsa_key("install")


@contextlib.contextmanager
def launcher(directory: Path, install_key: rsa.RSAPrivateKey) -> Iterator[Launch]:
    stack = contextlib.ExitStack()

    def launch(
        *,
        sites: int = 1,
        workers: int | None = 1,
        log_format: str = "json",
        install: bool = True,
        site_payloads: list[dict[str, object]] | None = None,
        **env_extra: str,
    ) -> Ops:
        """Start fakes and the server; `workers=None` leaves GLANCEAPP_WORKERS unset."""
        folder = directory / f"product-{uuid.uuid4().hex[:8]}"
        folder.mkdir()
        port = free_port()
        app_url = f"http://127.0.0.1:{port}"
        router: OAuthRouter | None = None
        if sites > 1:
            router = stack.enter_context(OAuthRouter())
        fakes: list[SuiteJira] = []
        for _ in range(sites):
            fake = SuiteJira(
                oauth_url=router.url if router else None,
                app_base_url=app_url,
                client_key=f"jira:{uuid.uuid4()}",
                install_key=install_key,
            ).start()
            stack.callback(fake.close)
            if router is not None:
                router.add(fake)
            fakes.append(fake)
        for fake in fakes[1:]:
            fakes[0].add_install_key(fake.kid, fake.public_key_pem)

        env = base_environment()
        env.update(
            {
                "GLANCEAPP_DATABASE": str(folder / "glanceapp.db"),
                "GLANCEAPP_SECRET_KEY": MASTER_SECRET,
                "GLANCEAPP_PORT": str(port),
                "GLANCEAPP_BASE_URL": app_url,
                "GLANCEAPP_INSTALL_KEYS_URL": fakes[0].install_keys_url,
                "GLANCEAPP_OAUTH_URL": router.url if router else fakes[0].oauth_url,
                "GLANCEAPP_ALLOWED_HOSTS": "127.0.0.1",
                "GLANCEAPP_LOG_FORMAT": log_format,
                "GLANCEAPP_PROPERTY_KEY": PROPERTY_KEY,
            }
        )
        if workers is not None:
            env["GLANCEAPP_WORKERS"] = str(workers)
        env.update(env_extra)
        server = Server(folder, env, port, workers or default_workers())
        stack.callback(server.stop)
        server.start()
        ops = Ops(folder, server)
        stack.callback(ops.close)
        for index, fake in enumerate(fakes):
            if install:
                override = site_payloads[index] if site_payloads else None
                status, body = fake.install(payload_override=override)
                assert status == 204, body
                assert fake.lifecycle("enabled") == 204
                fake.clear_requests()
            ops.sites.append(Site(fake, ops))
        return ops

    with stack:
        yield launch


@pytest.fixture
def launch(tmp_path: Path, jira_install_key: rsa.RSAPrivateKey) -> Iterator[Launch]:
    """Start a product for one test: `launch(sites=1, workers=1, log_format="json", ...)`."""
    with launcher(tmp_path, jira_install_key) as start:
        yield start


@pytest.fixture(scope="module")
def module_launch(
    tmp_path_factory: pytest.TempPathFactory, jira_install_key: rsa.RSAPrivateKey
) -> Iterator[Launch]:
    """The same, for a product shared by a module's read-only tests."""
    with launcher(tmp_path_factory.mktemp("ops"), jira_install_key) as start:
        yield start
