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
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from glanceapp.keyring import API_KEY_MAC, PROPERTY_API_KEY, Keyring
from glanceapp.sandbox import fakejira
from glanceapp.sandbox.fakejira import FakeJira
from glanceapp.settings import default_workers

MASTER_SECRET = "ops-master-secret-0123456789-abcdefghijklmnop"
PASSWORD = "ops correct horse battery staple"
PROPERTY_KEY = "glanceapp.link"
GLANCE_PATH = "/glance?issueKey=TEST-1&projectKey=TEST"
START_POLLS = 600
POLL_SECONDS = 0.05
STOP_TIMEOUT_SECONDS = 20.0
CLI_TIMEOUT_SECONDS = 120.0
STARTUP_LINE = "Application startup complete."
SHUTDOWN_LINE = "Application shutdown complete."
WRITTEN_TABLES = ("tenants", "api_keys", "login_failures", "property_deletes", "lifecycle_log")


# --------------------------------------------------------------------------- small helpers


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


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
    """The attributes of a partial's root element (its first start tag)."""
    found = elements(html)
    assert found, f"no element in {html!r}"
    return found[0][1]


def link_state(html: str) -> str | None:
    """`data-link-state` of the partial's root, or of the first element carrying one (pages)."""
    for _, attrs in elements(html):
        if "data-link-state" in attrs:
            return attrs["data-link-state"]
    return None


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


# --------------------------------------------------------------------------- fake Jira


class OpsFakeJira(FakeJira):
    """A fake site that remembers every credential the app presented to it.

    The stock fake keeps only digests of the access tokens it grants; the log
    test needs the values, so the grant is wrapped here. With `oauth_router_url`
    set, the site expects OAuth assertions addressed to the shared router (the
    app knows one authorization server for every site, as with Atlassian's).
    """

    def __init__(self, *, oauth_router_url: str | None = None, **kwargs: Any) -> None:
        self._router_url = oauth_router_url
        self._seen_lock = threading.Lock()
        self._seen: list[str] = []
        super().__init__(**kwargs)

    @property
    def oauth_url(self) -> str:
        return self._router_url or super().oauth_url

    @property
    def presented_credentials(self) -> list[str]:
        """JWTs, assertions and bearer tokens the app sent, and access tokens granted to it."""
        with self._seen_lock:
            return list(self._seen)

    def _remember(self, value: str | None) -> None:
        if value:
            with self._seen_lock:
                self._seen.append(value)

    def _serve(self, request: fakejira.Request) -> fakejira.Response:
        authorization = request.header("authorization")
        if authorization:
            self._remember(authorization.partition(" ")[2].strip())
        return super()._serve(request)

    def _grant_token(self, request: fakejira.Request, match: Any) -> fakejira.Response:
        form = dict(parse_qsl(request.body.decode("utf-8", "replace")))
        self._remember(form.get("assertion"))
        response = super()._grant_token(request, match)
        if response.status == 200:
            self._remember(json.loads(response.body)["access_token"])
        return response


class _RouterHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: grant bodies carry assertions."""

    def do_POST(self) -> None:
        router: OAuthRouter = self.server.router  # type: ignore[attr-defined]
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        form = dict(parse_qsl(body.decode("utf-8", "replace")))
        try:
            claims = jwt.decode(form.get("assertion", ""), options={"verify_signature": False})
        except jwt.PyJWTError:
            claims = {}
        site = router.sites.get(str(claims.get("tnt", "")).rstrip("/"))
        if self.path != "/oauth2/token" or site is None:
            self._answer(400, b'{"error":"invalid_grant"}', "application/json")
            return
        with httpx.Client(trust_env=False, timeout=30.0) as client:
            answer = client.post(
                f"{site.base_url}/oauth/oauth2/token",
                content=body,
                headers={"Content-Type": self.headers.get("Content-Type", "")},
            )
        self._answer(answer.status_code, answer.content, answer.headers.get("content-type", ""))

    def _answer(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class OAuthRouter:
    """One OAuth 2.0 server in front of several fake sites, routing each grant by its `tnt`."""

    def __init__(self) -> None:
        self.sites: dict[str, FakeJira] = {}
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _RouterHandler)
        self._server.daemon_threads = True
        self._server.router = self  # type: ignore[attr-defined]
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="ops-oauth", daemon=True
        )
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(STOP_TIMEOUT_SECONDS)


# --------------------------------------------------------------------------- the server process


class ServerExited(RuntimeError):
    """Raised by `Server.start` when the process ends instead of serving."""

    def __init__(self, returncode: int, stderr: str) -> None:
        super().__init__(f"the server exited with {returncode}:\n{stderr}")
        self.returncode = returncode
        self.stderr = stderr


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except FileNotFoundError:
        return b""


@dataclass
class Server:
    """`python -m glanceapp serve` in its own process group, output captured to files."""

    directory: Path
    env: dict[str, str] = field(repr=False)
    port: int
    workers: int
    proc: subprocess.Popen[bytes] | None = None
    runs: int = 0
    health_request_ids: list[str] = field(default_factory=list)
    uncertain_polls: int = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def stderr_path(self) -> Path:
        return self.directory / f"server-{self.runs}.stderr"

    @property
    def stdout_path(self) -> Path:
        return self.directory / f"server-{self.runs}.stdout"

    def stderr(self) -> str:
        """What the current (or last) run wrote to stderr."""
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")

    def all_output(self) -> str:
        """stdout and stderr of every run so far."""
        parts = []
        for run in range(1, self.runs + 1):
            for stream in ("stdout", "stderr"):
                path = self.directory / f"server-{run}.{stream}"
                if path.exists():
                    parts.append(path.read_text(encoding="utf-8", errors="replace"))
        return "\n".join(parts)

    def start(self, **overrides: str | None) -> None:
        """Start with `overrides` (full variable names; None removes one) over the base env."""
        assert self.proc is None, "already running"
        env = dict(self.env)
        for name, value in overrides.items():
            if value is None:
                env.pop(name, None)
            else:
                env[name] = value
        self.runs += 1
        with open(self.stdout_path, "wb") as out, open(self.stderr_path, "wb") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "glanceapp", "serve"],
                env=env,
                cwd=self.directory,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                start_new_session=True,
            )
        try:
            self._wait_ready()
        except BaseException:
            self.stop()
            raise

    def _wait_ready(self) -> None:
        assert self.proc is not None
        with httpx.Client(timeout=5.0, trust_env=False) as client:
            for _ in range(START_POLLS):
                if self.proc.poll() is not None:
                    raise ServerExited(self.proc.returncode, self.stderr())
                try:
                    answer = client.get(f"{self.base_url}/healthz")
                except httpx.ConnectError:
                    pass
                except httpx.TransportError:
                    self.uncertain_polls += 1
                else:
                    self.health_request_ids.append(answer.headers.get("x-request-id", ""))
                    if answer.status_code == 200 and self.stderr().count(STARTUP_LINE) >= (
                        self.workers
                    ):
                        return
                time.sleep(POLL_SECONDS)
        raise RuntimeError(f"the server did not come up:\n{self.stderr()}")

    def stop(self) -> int | None:
        """SIGTERM the whole group, wait, then SIGKILL whatever is left. Safe to call twice.

        Returns the exit code of a server that stopped by itself, None if it had to be killed
        (or was not running).
        """
        proc, self.proc = self.proc, None
        if proc is None:
            return None
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        exit_code: int | None
        try:
            exit_code = proc.wait(timeout=STOP_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            exit_code = None
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        return exit_code

    def stop_cleanly(self) -> None:
        """SIGTERM, and check every worker shut its application down and the process ended.

        uvicorn re-raises the signal it handled after a graceful shutdown, so the exit
        status is 0 or -SIGTERM; a server that had to be killed fails here.
        """
        exit_code = self.stop()
        assert exit_code in (0, -signal.SIGTERM), exit_code
        assert self.stderr().count(SHUTDOWN_LINE) == self.workers, self.stderr()[-2000:]

    def kill(self) -> None:
        """SIGKILL every process of the server at once: a crash, not a shutdown."""
        proc, self.proc = self.proc, None
        assert proc is not None, "not running"
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()

    def restart(self, **overrides: str | None) -> None:
        self.stop()
        self.start(**overrides)

    def worker_pids(self) -> list[int]:
        """The processes serving requests: the children of a multi-worker parent, else itself."""
        assert self.proc is not None
        children = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children")
        pids = [int(p) for p in children.read_text().split()] if children.exists() else []
        # multiprocessing also starts a resource tracker; workers are the spawned mains.
        workers = [p for p in pids if b"spawn_main" in _cmdline(p)]
        return workers or [self.proc.pid]


# --------------------------------------------------------------------------- a running product


@dataclass
class Site:
    """One Jira site (a fake) installed into the app."""

    fake: OpsFakeJira
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
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


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
            router = OAuthRouter()
            stack.callback(router.close)
        fakes: list[OpsFakeJira] = []
        for _ in range(sites):
            fake = OpsFakeJira(
                oauth_router_url=router.url if router else None,
                app_base_url=app_url,
                client_key=f"jira:{uuid.uuid4()}",
                install_key=install_key,
            ).start()
            stack.callback(fake.close)
            if router is not None:
                router.sites[fake.base_url] = fake
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
