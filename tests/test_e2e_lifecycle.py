"""End to end through a real HTTP server: descriptor, signed install, enabled, disabled, uninstalled.

The app runs under uvicorn on a free loopback port with its real install-key
fetcher, pointed at a tiny key server that publishes one kid. Jira's calls are
made with httpx and tokens signed the way Jira signs them (see conftest). After
each step the tenant and its log are read through a separate connection.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
import uvicorn

from glanceapp.app import create_app
from glanceapp.keyring import Keyring
from glanceapp.settings import Settings
from glanceapp.storage.db import Database
from glanceapp.storage.tenants import Tenant, TenantStore, secret_fingerprint

KID = "e2e-kid-2025"
CLIENT_KEY = "jira:e2e00000-1111-4222-8333-444444444444"
SECRET = "the-e2e-shared-secret-0123456789-abcdefghijklmnop"


@dataclass
class KeyServer:
    url: str
    pem: str
    hits: Counter[str] = field(default_factory=Counter)


class KeyHandler(BaseHTTPRequestHandler):
    server: ThreadingHTTPServer

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        state: KeyServer = self.server.state  # type: ignore[attr-defined]
        state.hits[self.path] += 1
        found = self.path == f"/{KID}"
        body = state.pem.encode() if found else b"no such key"
        self.send_response(200 if found else 404)
        self.send_header("Content-Type", "application/x-pem-file" if found else "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def key_server(pem: str) -> Iterator[KeyServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), KeyHandler)
    server.daemon_threads = True
    state = KeyServer(url=f"http://127.0.0.1:{server.server_address[1]}", pem=pem)
    server.state = state  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@contextmanager
def serving(settings: Settings, sock: socket.socket) -> Iterator[None]:
    """uvicorn in a thread of its own on an already listening socket.

    Connections made before it is ready wait in the socket's backlog, so no
    polling is needed; a failure to start shows as refused requests and as the
    thread's exception.
    """
    config = uvicorn.Config(
        create_app(settings),
        lifespan="on",
        log_config=None,
        access_log=False,
        ws="none",
        timeout_graceful_shutdown=5,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(
        target=lambda: asyncio.run(server.serve(sockets=[sock])), name="uvicorn", daemon=True
    )
    thread.start()
    try:
        yield
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        assert not thread.is_alive(), "uvicorn did not stop"


@pytest.fixture
def listening() -> Iterator[socket.socket]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind(("127.0.0.1", 0))
        sock.listen(16)
        yield sock
    finally:
        sock.close()


async def read_tenant(settings: Settings) -> tuple[Tenant | None, list[str], list[Any]]:
    db = await Database.open(settings.database)
    try:
        store = TenantStore(db, Keyring(settings.secret_key))
        tenant = await store.load(CLIENT_KEY)
        events = await store.events(CLIENT_KEY)
    finally:
        await db.close()
    return tenant, [e.event for e in events], events


async def test_descriptor_install_enable_disable_uninstall(
    make_settings: Callable[..., Settings],
    install_key: Any,
    real_time_jira: Any,
    listening: socket.socket,
) -> None:
    jira = real_time_jira
    port = listening.getsockname()[1]
    app_url = f"http://127.0.0.1:{port}"
    with key_server(install_key.public_pem) as keys:
        settings = make_settings(base_url=app_url, install_keys_url=keys.url)
        with serving(settings, listening):
            async with httpx.AsyncClient(base_url=app_url, timeout=10) as http:

                async def post(path: str, token: str, body: dict[str, Any]) -> httpx.Response:
                    return await http.post(
                        path,
                        content=json.dumps(body),
                        headers={
                            "Authorization": f"JWT {token}",
                            "Content-Type": "application/json",
                        },
                    )

                # 1. Jira fetches the descriptor.
                response = await http.get("/atlassian-connect.json")
                assert response.status_code == 200
                descriptor = response.json()
                assert descriptor["baseUrl"] == app_url
                lifecycle = descriptor["lifecycle"]
                assert set(lifecycle) == {"installed", "enabled", "disabled", "uninstalled"}
                tenant, log, _ = await read_tenant(settings)
                assert (tenant, log) == (None, [])

                # 2. Signed install; the app fetches the key for the kid.
                token = jira.install_token(
                    install_key,
                    client_key=CLIENT_KEY,
                    kid=KID,
                    aud=app_url,
                    path=lifecycle["installed"],
                )
                body = jira.lifecycle_body("installed", client_key=CLIENT_KEY, shared_secret=SECRET)
                response = await post(lifecycle["installed"], token, body)
                assert response.status_code == 204, response.text
                assert keys.hits == {f"/{KID}": 1}
                tenant, log, events = await read_tenant(settings)
                assert tenant is not None
                assert (tenant.state, tenant.shared_secret) == ("installed", SECRET)
                assert log == ["installed"]
                assert events[0].kid == KID
                assert events[0].secret_fingerprint == secret_fingerprint(SECRET)

                # 3. Enabled, with the tenant's request token.
                for event, state in (("enabled", "enabled"), ("disabled", "disabled")):
                    path = lifecycle[event]
                    token = jira.tenant_token(SECRET, client_key=CLIENT_KEY, path=path)
                    body = jira.lifecycle_body(event, client_key=CLIENT_KEY)
                    response = await post(path, token, body)
                    assert response.status_code == 204, response.text
                    tenant, log, _ = await read_tenant(settings)
                    assert tenant is not None
                    assert tenant.state == state
                    assert log[-1] == event

                assert log == ["installed", "enabled", "disabled"]

                # 4. Uninstalled, signed again; the key comes from the fetcher's cache.
                token = jira.install_token(
                    install_key,
                    client_key=CLIENT_KEY,
                    kid=KID,
                    aud=app_url,
                    path=lifecycle["uninstalled"],
                )
                body = jira.lifecycle_body("uninstalled", client_key=CLIENT_KEY)
                response = await post(lifecycle["uninstalled"], token, body)
                assert response.status_code == 204, response.text
                assert keys.hits == {f"/{KID}": 1}
                tenant, log, _ = await read_tenant(settings)
                assert tenant is not None
                assert (tenant.state, tenant.shared_secret) == ("uninstalled", None)
                assert log == ["installed", "enabled", "disabled", "uninstalled"]

                # The erased secret no longer opens anything.
                token = jira.tenant_token(SECRET, client_key=CLIENT_KEY, path="/enabled")
                response = await post(
                    "/enabled", token, jira.lifecycle_body("enabled", client_key=CLIENT_KEY)
                )
                assert response.status_code == 401
                assert response.headers["WWW-Authenticate"] == "JWT"

                response = await http.get("/healthz")
                assert response.json() == {"status": "ok"}
