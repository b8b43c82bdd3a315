"""`glanceapp sandbox`: the whole product on one machine, against a fake Jira site.

The app runs in-process under uvicorn on 127.0.0.1; the fake Jira (install keys,
OAuth, user properties, and an issue page hosting the glance with Atlassian's
connect-host.js) on a second loopback port, with the host name `localhost`, so
the browser sees two origins and every cross-origin rule is real. Everything the
sandbox creates lives in a temporary directory removed on exit: it never opens
GLANCEAPP_DATABASE and never reads GLANCEAPP_SECRET_KEY.

At start it installs the app with a genuine signed install, enables it, creates
a demo service account with a random password, and prints the issue page URL
with the demo credentials. Ctrl-C stops it.

`Sandbox` is also what the browser tests drive, with an injected clock and
short context-token lifetimes.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import secrets
import signal
import socket
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import FrameType, TracebackType
from typing import Final, Self, TextIO
from urllib.parse import urlsplit

import uvicorn
from cryptography.hazmat.primitives.asymmetric import rsa
from litestar import Litestar

from glanceapp import resources
from glanceapp.app import create_app
from glanceapp.logs import configure_logging
from glanceapp.rules import MAX_PORT
from glanceapp.sandbox.fakeforge import FakeForge
from glanceapp.sandbox.fakejira import FakeJira
from glanceapp.sandbox.fakesignin import FakeSignIn
from glanceapp.sandbox.forge_site import ForgeIssueSite
from glanceapp.sandbox.issue_site import IssueSite
from glanceapp.sandbox.oidc_provider import (
    CLIENT_ID,
    CLIENT_SECRET,
    USERS,
    Provider,
    provider_missing,
)
from glanceapp.settings import PREFIX, Settings, load_settings, port_setting, read_env_file

DEFAULT_PORT: Final = 8000
DEMO_ACCOUNT: Final = "demo"
DEMO_PASSWORD_BYTES: Final = 15  # 20 base64url characters
SITE_HOST: Final = "localhost"
# Settings a person may still choose for the sandbox; everything that could
# reach production data (database, secrets, URLs of Atlassian) is fixed here.
HONOURED: Final = frozenset(
    {
        "PORT",
        "APP_KEY",
        "API_KEY_TTL",
        "EXPIRY_WARNING",
        "PROPERTY_KEY",
        "JIRA_AUTH",
        "JWT_LEEWAY",
        "LOG_FORMAT",
        "DEV",
        "REAUTH_AFTER",
        "OIDC_CLIENT_ID",
        "OIDC_CLIENT_SECRET",
        "OIDC_SCOPES",
        "OIDC_USERNAME_CLAIM",
        "OIDC_REQUIRED_CLAIM",
    }
)
NO_PROVIDER = (
    "--sign-in oidc needs --oidc-issuer URL (your provider, with a client whose redirect URI "
    "is <app URL>/link/callback, named by GLANCEAPP_OIDC_CLIENT_ID), or a source checkout "
    "where `make provider` installs a certified provider to run on loopback"
)


class SandboxError(Exception):
    """Raised when the sandbox cannot start: a busy port, or the app refusing its install."""


@dataclass(frozen=True, slots=True)
class DemoAccount:
    name: str
    password: str


def bind_loopback(port: int) -> socket.socket:
    """A listening TCP socket on 127.0.0.1 (`port` 0: any free port)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", port))
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise SandboxError(
            f"cannot listen on 127.0.0.1:{port} for the app: {exc.strerror}; choose another "
            f"port with {PREFIX}PORT (0 picks a free one), e.g. {PREFIX}PORT=9000 make run"
        ) from None
    sock.setblocking(False)
    return sock


def sandbox_environment(
    environ: Mapping[str, str], *, env_file: Path | None = Path(".env")
) -> dict[str, str]:
    """The GLANCEAPP_ variables the sandbox honours, from `.env` and the environment."""
    source: dict[str, str] = {}
    if env_file is not None:
        source.update(read_env_file(env_file))
    source.update(environ)
    return {
        name: value
        for name, value in source.items()
        if name.startswith(PREFIX) and name[len(PREFIX) :] in HONOURED
    }


def app_port_of(env: Mapping[str, str]) -> int:
    """GLANCEAPP_PORT, or 8000; 0 picks any free port."""
    text = env.get(f"{PREFIX}PORT")
    return DEFAULT_PORT if text is None else port_setting(f"{PREFIX}PORT", text)


class AppServer(uvicorn.Server):
    """uvicorn that says when the app is up, and ends quietly when its startup fails."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = asyncio.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        try:
            await super().startup(sockets)
        except SystemExit:
            # uvicorn exits the process when the lifespan fails; the caller decides here.
            self.should_exit = True
            return
        self.ready.set()


class Sandbox:
    """The app and a fake Jira site, wired together on loopback.

    Construct (binds both ports), then `run()` it on an event loop, or
    `start_in_thread()` / `stop()` from synchronous code. Close it when done:
    the fake stops and the working directory (database) is deleted.
    """

    def __init__(
        self,
        *,
        app_port: int = 0,
        jira_port: int = 0,
        environ: Mapping[str, str] | None = None,
        clock: Callable[[], float] = time.time,
        context_token_ttl: int = 180,
        install_key: rsa.RSAPrivateKey | None = None,
        dev: bool = True,
        sweep_interval: float | None = 30.0,
    ) -> None:
        self._workdir = tempfile.TemporaryDirectory(prefix="glanceapp-sandbox-")
        self._socket: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread_error: BaseException | None = None
        self._closed = False
        self.demo: DemoAccount | None = None
        try:
            self._socket = bind_loopback(app_port)
            port = self._socket.getsockname()[1]
            self.app_url = f"http://127.0.0.1:{port}"
            self.fake = FakeJira(
                app_base_url=self.app_url,
                app_key=self._app_key(environ),
                install_key=install_key,
                site_host=SITE_HOST,
                port=jira_port,
            )
            try:
                self.fake.start()
            except OSError as exc:
                raise SandboxError(
                    f"cannot listen on 127.0.0.1:{jira_port} for the fake Jira: {exc.strerror}; "
                    'choose another port with --jira-port PORT (make run ARGS="--jira-port PORT")'
                ) from None
            self.viewer_account_id = f"557058:{uuid.uuid4()}"
            self.site = IssueSite(
                self.fake,
                vendor_dir=resources.static_dir() / "vendor",
                viewer_account_id=self.viewer_account_id,
                context_token_ttl=context_token_ttl,
            )
            # The same site through Forge: its own platform (signing key, JWKS, user
            # tokens, the API gateway) sharing the Connect site's user properties.
            self.forge = FakeForge(app_base_url=self.app_url, jira=self.fake)
            try:
                self.forge.start()
            except OSError as exc:
                raise SandboxError(f"cannot listen for the fake Forge: {exc.strerror}") from None
            self.forge_site = ForgeIssueSite(
                self.fake,
                self.forge,
                resource_dir=resources.forge_resource_dir(),
                viewer_account_id=self.viewer_account_id,
            )
            self.settings = self._settings(environ or {}, port, dev=dev)
            self.app: Litestar = create_app(
                self.settings, clock=clock, sweep_interval=sweep_interval
            )
            self.server = AppServer(
                uvicorn.Config(
                    self.app,
                    lifespan="on",
                    log_config=None,
                    access_log=False,
                    server_header=False,
                    proxy_headers=False,
                    ws="none",
                    timeout_graceful_shutdown=3,
                )
            )
        except BaseException:
            self.close()
            raise

    @staticmethod
    def _app_key(environ: Mapping[str, str] | None) -> str:
        return (environ or {}).get(f"{PREFIX}APP_KEY") or Settings.app_key

    def _settings(self, environ: Mapping[str, str], port: int, *, dev: bool) -> Settings:
        env = dict(environ)
        env.setdefault(f"{PREFIX}DEV", "1" if dev else "0")
        env.update(
            {
                f"{PREFIX}BASE_URL": self.app_url,
                f"{PREFIX}HOST": "127.0.0.1",
                f"{PREFIX}PORT": str(port),
                f"{PREFIX}WORKERS": "1",
                f"{PREFIX}DATABASE": str(self.database),
                f"{PREFIX}SECRET_KEY": secrets.token_urlsafe(32),
                f"{PREFIX}OLD_SECRET_KEYS": "",
                f"{PREFIX}INSTALL_KEYS_URL": self.fake.install_keys_url,
                f"{PREFIX}OAUTH_URL": self.fake.oauth_url,
                f"{PREFIX}ALLOWED_HOSTS": urlsplit(self.fake.base_url).hostname or SITE_HOST,
                f"{PREFIX}ALL_JS_URL": self.site.all_js_url,
                f"{PREFIX}FORGE_APP_ID": self.forge.app_id,
                f"{PREFIX}FORGE_ENVIRONMENTS": self.forge.environment_id,
                f"{PREFIX}FORGE_JWKS_URL": self.forge.jwks_url,
                f"{PREFIX}FORGE_API_HOSTS": urlsplit(self.forge.base_url).hostname or "127.0.0.1",
                # The fake issue page fetches the status across origins (requestRemote).
                f"{PREFIX}FORGE_ORIGINS": urlsplit(self.fake.base_url).hostname or SITE_HOST,
            }
        )
        return load_settings(env, env_file=None)

    @property
    def workdir(self) -> Path:
        return Path(self._workdir.name)

    @property
    def database(self) -> Path:
        return self.workdir / "sandbox.db"

    @property
    def issue_url(self) -> str:
        return self.site.issue_url

    @property
    def forge_issue_url(self) -> str:
        return self.forge_site.issue_url

    @property
    def viewer(self) -> str | None:
        """The viewer both issue pages show (None: an anonymous viewer)."""
        return self.site.viewer_account_id

    def set_viewer(self, account_id: str | None) -> None:
        """Who views both issue pages from now on (None: an anonymous viewer)."""
        self.site.viewer_account_id = account_id
        self.forge_site.viewer_account_id = account_id

    def set_clock(self, offset_seconds: int) -> None:
        """Shift both fakes' clocks (the app's is injected separately)."""
        self.fake.set_clock(offset_seconds)
        self.forge.set_clock(offset_seconds)

    # ------------------------------------------------------------------ running

    async def run(self, on_ready: Callable[[Sandbox], object] | None = None) -> None:
        """Serve until `stop()` (or a signal, on the main thread); provision once up."""
        if self._socket is None:
            raise RuntimeError("the sandbox was closed")
        self._loop = asyncio.get_running_loop()
        serving = asyncio.create_task(self.server.serve(sockets=[self._socket]))
        ready = asyncio.create_task(self.server.ready.wait())
        await asyncio.wait({serving, ready}, return_when=asyncio.FIRST_COMPLETED)
        if not ready.done():
            ready.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await ready
            await serving
            raise SandboxError("the app did not start; see the log above")
        try:
            if not self.server.should_exit:
                self.demo = await self.provision()
                if on_ready is not None:
                    on_ready(self)
        except Exception:
            # Ctrl-C while provisioning stops the server under the install's feet:
            # that is a stop, not a failure to report.
            interrupted = self.server.should_exit
            self.server.should_exit = True
            await serving
            if interrupted:
                return
            raise
        await serving

    async def provision(self) -> DemoAccount:
        """Install and enable the app as Jira would, and create the demo account."""
        status, body = await asyncio.to_thread(self.fake.install)
        if status != 204:
            raise SandboxError(f"the app refused the signed install: {status} {body[:200]}")
        status = await asyncio.to_thread(self.fake.lifecycle, "enabled")
        if status != 204:
            raise SandboxError(f"the app refused the enabled callback: {status}")
        answer = await asyncio.to_thread(self.forge.install)
        if answer.status_code != 204:
            raise SandboxError(
                f"the app refused the Forge install trigger: {answer.status_code} "
                f"{answer.text[:200]}"
            )
        password = secrets.token_urlsafe(DEMO_PASSWORD_BYTES)
        await self.app.state.services.accounts.add(DEMO_ACCOUNT, password)
        return DemoAccount(DEMO_ACCOUNT, password)

    def stop(self) -> None:
        """Ask the server to finish; safe from any thread."""
        self.server.should_exit = True

    def start_in_thread(self, timeout: float = 30.0) -> Self:
        """Serve on a background thread; return once the app is up and provisioned."""
        up = threading.Event()

        def target() -> None:
            try:
                asyncio.run(self.run(on_ready=lambda _: up.set()))
            except BaseException as exc:
                self._thread_error = exc
            finally:
                up.set()

        self._thread = threading.Thread(target=target, name="glanceapp-sandbox", daemon=True)
        self._thread.start()
        if not up.wait(timeout):
            self.stop()
            raise SandboxError(f"the sandbox did not come up within {timeout} s")
        if self._thread_error is not None:
            raise SandboxError(f"the sandbox failed to start: {self._thread_error!r}")
        return self

    def call(self, coroutine_function: Callable[[], object]) -> object:
        """Run `coroutine_function()` on the app's event loop (from another thread)."""
        if self._loop is None:
            raise RuntimeError("the sandbox is not running")
        coroutine = coroutine_function()
        if not asyncio.iscoroutine(coroutine):
            raise TypeError("expected a coroutine function")
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout=30)

    # ------------------------------------------------------------------ closing

    def close(self) -> None:
        """Stop serving, stop the fake, delete the working directory. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        thread, self._thread = self._thread, None
        if thread is not None:
            self.stop()
            thread.join()
        if self._socket is not None:
            self._socket.close()
            self._socket = None
        forge = getattr(self, "forge", None)
        if forge is not None:
            forge.close()
        fake = getattr(self, "fake", None)
        if fake is not None:
            fake.close()
        self._workdir.cleanup()
        if self._thread_error is not None and not isinstance(self._thread_error, SandboxError):
            error, self._thread_error = self._thread_error, None
            raise SandboxError(f"the sandbox thread failed: {error!r}") from error

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def banner(sandbox: Sandbox, sign_in: list[str] | None = None) -> str:
    """`sign_in`: the lines saying how to sign in, when not with the local demo account."""
    demo = sandbox.demo
    assert demo is not None
    return "\n".join(
        [
            "",
            "glanceapp sandbox is running: the app and a fake Jira site, offline.",
            "",
            f"  Open the issue:  {sandbox.issue_url}",
            f"  ... on Forge:    {sandbox.forge_issue_url}",
            *(
                sign_in
                if sign_in
                else [f"  Username:        {demo.name}", f"  Password:        {demo.password}"]
            ),
            "",
            f"  App:             {sandbox.app_url}  (descriptor: /atlassian-connect.json)",
            f"  Fake Jira:       {sandbox.fake.base_url}  (dark theme: ?theme=dark)",
            f"  Fake Forge:      {sandbox.forge.base_url}  (JWKS, FITs, user tokens, the API gateway)",
            *(
                [
                    f"  Templates:       {sandbox.app_url}/_dev/preview  (every state, light and dark)"
                ]
                if sandbox.settings.dev
                else []
            ),
            f"  Data:            {sandbox.workdir}  (deleted on exit)",
            "",
            "Press Ctrl-C to stop.",
            "",
        ]
    )


def sign_in_backend(
    sign_in: str, oidc_issuer: str | None, stack: contextlib.ExitStack
) -> tuple[dict[str, str], list[str]]:
    """The settings and banner lines for `--sign-in`; starts what the backend needs here."""
    if sign_in == "local":
        return {}, []
    if sign_in == "http":
        endpoint = FakeSignIn(secret=secrets.token_urlsafe(32)).start()
        stack.callback(endpoint.close)
        password = secrets.token_urlsafe(DEMO_PASSWORD_BYTES)
        endpoint.add_person(DEMO_ACCOUNT, password)
        return {
            f"{PREFIX}SIGN_IN": "http",
            f"{PREFIX}SIGN_IN_URL": endpoint.url,
            f"{PREFIX}SIGN_IN_SECRET": endpoint.secret,
        }, [
            f"  Sign-in:         a team endpoint at {endpoint.url} (signed requests)",
            f"  Username:        {DEMO_ACCOUNT}",
            f"  Password:        {password}",
        ]
    if oidc_issuer is not None:
        return {f"{PREFIX}SIGN_IN": "oidc", f"{PREFIX}OIDC_ISSUER": oidc_issuer}, [
            f"  Sign-in:         your OpenID Connect provider at {oidc_issuer}",
        ]
    missing = provider_missing()
    if missing is not None:
        raise SandboxError(f"{NO_PROVIDER} ({missing})")
    try:
        provider = Provider()
    except RuntimeError as exc:
        raise SandboxError(f"{NO_PROVIDER} ({exc})") from None
    stack.callback(provider.close)
    login = "ann"
    return {
        f"{PREFIX}SIGN_IN": "oidc",
        f"{PREFIX}OIDC_ISSUER": provider.issuer,
        f"{PREFIX}OIDC_CLIENT_ID": CLIENT_ID,
        f"{PREFIX}OIDC_CLIENT_SECRET": CLIENT_SECRET,
        f"{PREFIX}OIDC_SCOPES": "openid profile groups",
    }, [
        f"  Sign-in:         a certified OpenID Connect provider at {provider.issuer}",
        f"  Username:        {login}  (at the provider's own login page)",
        f"  Password:        {USERS[login]['password']}",
    ]


def main(
    *,
    jira_port: int | None = None,
    environ: Mapping[str, str] | None = None,
    out: TextIO | None = None,
    sign_in: str = "local",
    oidc_issuer: str | None = None,
) -> int:
    """The `glanceapp sandbox` command: serve until Ctrl-C; 0 on a clean stop."""
    stream = out or sys.stdout
    env = sandbox_environment(os.environ if environ is None else environ)
    app_port = app_port_of(env)
    if jira_port is None:
        jira_port = app_port + 1 if 0 < app_port < MAX_PORT else 0
    if oidc_issuer is not None and sign_in != "oidc":
        raise SandboxError("--oidc-issuer goes with --sign-in oidc")
    extras = contextlib.ExitStack()
    try:
        overrides, sign_in_lines = sign_in_backend(sign_in, oidc_issuer, extras)
    except BaseException:
        extras.close()
        raise
    env.update(overrides)

    def announce(sandbox: Sandbox) -> None:
        print(banner(sandbox, sign_in_lines), file=stream, flush=True)

    # Ctrl-C or SIGTERM: uvicorn finishes serving, then re-raises the signal. Both end
    # here as KeyboardInterrupt, so the fake stops and the data directory is removed
    # (SIGTERM's default action would kill the process before that).
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        with (
            extras,
            contextlib.suppress(KeyboardInterrupt),
            Sandbox(app_port=app_port, jira_port=jira_port, environ=env) as sb,
        ):
            configure_logging(sb.settings.log_format)
            asyncio.run(sb.run(on_ready=announce))
    finally:
        signal.signal(signal.SIGTERM, previous)
    print("glanceapp sandbox stopped; its data is deleted.", file=stream, flush=True)
    return 0


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt
