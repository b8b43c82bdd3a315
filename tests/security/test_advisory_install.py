"""Advisories on signed installs: floods of forged installs, and what a signed install may carry.

The key server is a real HTTP server on loopback. Time for the fetch budget and
the refused-kid memory comes from a clock the test moves by hand; the only real
timeouts are the fetcher's own (a short slot wait), and the tests wait on
events, never on the clock.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from litestar import Litestar

from glanceapp.app import create_app
from glanceapp.connect.errors import KeyRejected, KeyServerUnavailable
from glanceapp.jira.install_keys import MAX_CONCURRENT_FETCHES, FetchBudget, InstallKeyFetcher
from glanceapp.settings import Settings

NOW = 1_750_000_000
SECRET = "a-shared-secret-of-the-genuine-site-0123456789"
GENUINE_KID = "genuine-kid-2026"
BURST = 8
RsaKey = Any
JiraSide = Any


@dataclass
class KeyServer:
    """A key server that knows one kid; every other kid is held until `release`, then 404."""

    url: str
    genuine_pem: str
    hits: Counter[str] = field(default_factory=Counter)
    release: threading.Event = field(default_factory=threading.Event)
    slow: bool = True
    held: int = 0
    changed: threading.Condition = field(default_factory=threading.Condition)

    def wait_held(self, count: int, timeout: float = 30) -> bool:
        with self.changed:
            return self.changed.wait_for(lambda: self.held >= count, timeout)

    @property
    def total(self) -> int:
        return sum(self.hits.values())


class Handler(BaseHTTPRequestHandler):
    server: ThreadingHTTPServer

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _answer(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        state: KeyServer = self.server.state  # type: ignore[attr-defined]
        kid = self.path.rsplit("/", 1)[-1]
        with state.changed:
            state.hits[kid] += 1
        try:
            if kid == GENUINE_KID:
                self._answer(200, state.genuine_pem.encode())
                return
            if state.slow:
                with state.changed:
                    state.held += 1
                    state.changed.notify_all()
                state.release.wait(timeout=60)
            self._answer(404, b"unknown kid")
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture
def key_server(install_key: RsaKey) -> Iterator[KeyServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state = KeyServer(
        url=f"http://127.0.0.1:{server.server_address[1]}", genuine_pem=install_key.public_pem
    )
    server.state = state  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.release.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


class Clock:
    """A monotonic clock moved by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Rig:
    client: httpx.AsyncClient
    fetcher: InstallKeyFetcher
    clock: Clock
    server: KeyServer
    app: Litestar


@asynccontextmanager
async def running(settings: Settings, key_server: KeyServer) -> AsyncIterator[Rig]:
    """The app on this event loop (so a flood's requests really run at once) and its fetcher.

    A context manager rather than a fixture: the app's lifespan must end in the
    task it began in.
    """
    clock = Clock()
    async with httpx.AsyncClient() as http:
        fetcher = InstallKeyFetcher(
            http,
            key_server.url,
            timeout=60,
            slot_wait=0.2,
            budget=FetchBudget(BURST, 1.0, clock=clock),
            clock=clock,
        )
        app = create_app(settings, clock=lambda: NOW, key_source=fetcher, sweep_interval=None)
        async with (
            app.lifespan(),
            httpx.AsyncClient(
                transport=httpx.ASGITransport(app=app), base_url="http://app.test"
            ) as client,
        ):
            yield Rig(client, fetcher, clock, key_server, app)
            key_server.release.set()


async def post_install(
    client: httpx.AsyncClient,
    jira: JiraSide,
    key: RsaKey,
    *,
    kid: str,
    client_key: str,
    **payload: Any,
) -> httpx.Response:
    token = jira.install_token(key, client_key=client_key, kid=kid)
    body = jira.lifecycle_body("installed", client_key=client_key, shared_secret=SECRET, **payload)
    return await client.post(
        "/installed",
        content=json.dumps(body),
        headers={"Authorization": f"JWT {token}", "Content-Type": "application/json"},
    )


async def tenant_of(rig: Rig, client_key: str) -> Any:
    return await rig.app.state.services.tenants.load(client_key)


async def test_forged_install_flood_against_a_slow_key_server_cannot_stall_a_genuine_install(
    settings: Settings,
    key_server: KeyServer,
    jira: JiraSide,
    install_key: RsaKey,
    stranger_key: RsaKey,
) -> None:
    """200 forged installs, each with a fresh kid, while the key server hangs on every one.

    The genuine install (also a fresh kid) is answered while the server still
    holds every fetch slot: a 503 with Retry-After, not a place in a queue. Only
    the budget's burst of fetches ever leaves; once it refills, the genuine
    install succeeds.
    """
    async with running(settings, key_server) as rig:
        flood = [
            asyncio.create_task(
                post_install(
                    rig.client, jira, stranger_key, kid=f"forged-{n}", client_key=f"forged-site-{n}"
                )
            )
            for n in range(200)
        ]
        async with asyncio.timeout(60):
            assert await asyncio.to_thread(rig.server.wait_held, MAX_CONCURRENT_FETCHES)
            genuine = await post_install(
                rig.client, jira, install_key, kid=GENUINE_KID, client_key="genuine-site"
            )
            assert not rig.server.release.is_set()  # answered while every slot is still held
            assert genuine.status_code == 503
            assert int(genuine.headers["retry-after"]) > 0
            assert await tenant_of(rig, "genuine-site") is None

            rig.server.release.set()
            answers = await asyncio.gather(*flood)
        assert Counter(a.status_code for a in answers).keys() <= {401, 503}
        assert rig.server.total == rig.fetcher.fetches
        assert rig.server.total <= BURST
        assert rig.server.hits[GENUINE_KID] == 0

        rig.clock.now += BURST  # the budget refills at one fetch a second
        genuine = await post_install(
            rig.client, jira, install_key, kid=GENUINE_KID, client_key="genuine-site"
        )
        assert genuine.status_code == 204
        assert rig.server.hits[GENUINE_KID] == 1
        assert (await tenant_of(rig, "genuine-site")) is not None


async def test_forged_install_flood_with_refused_kids_makes_a_bounded_number_of_fetches(
    settings: Settings,
    key_server: KeyServer,
    jira: JiraSide,
    install_key: RsaKey,
    stranger_key: RsaKey,
) -> None:
    """600 forged installs over 60 kids the key server refuses at once (404).

    A refused kid is remembered, and fresh kids draw on the budget: the key
    server sees at most BURST requests, never one per forged install.
    """
    async with running(settings, key_server) as rig:
        rig.server.slow = False
        answers = await asyncio.gather(
            *(
                post_install(
                    rig.client, jira, stranger_key, kid=f"forged-{n % 60}", client_key=f"forged-{n}"
                )
                for n in range(600)
            )
        )
        assert Counter(a.status_code for a in answers).keys() <= {401, 503}
        assert rig.server.total <= BURST
        assert max(rig.server.hits.values()) == 1  # a refused kid is never fetched twice
        refused_kids = list(rig.server.hits)
        assert len(refused_kids) >= 1

        rig.clock.now += BURST
        again = await post_install(
            rig.client, jira, stranger_key, kid=refused_kids[0], client_key="forged-again"
        )
        assert again.status_code == 401
        assert rig.server.hits[refused_kids[0]] == 1  # remembered: refused without a fetch

        genuine = await post_install(
            rig.client, jira, install_key, kid=GENUINE_KID, client_key="genuine-site"
        )
        assert genuine.status_code == 204


async def test_a_refused_kid_is_forgotten_after_a_while_and_the_memory_is_bounded(
    key_server: KeyServer,
) -> None:
    key_server.slow = False
    clock = Clock()
    async with httpx.AsyncClient() as http:
        fetcher = InstallKeyFetcher(
            http,
            key_server.url,
            budget=FetchBudget(100, 1.0, clock=clock),
            refused_for=60,
            max_refused=3,
            clock=clock,
        )
        for kid in ("a", "b", "c"):
            with pytest.raises(KeyRejected):
                await fetcher(kid)
        with pytest.raises(KeyRejected, match="a moment ago"):
            await fetcher("a")
        assert key_server.hits["a"] == 1
        with pytest.raises(KeyRejected):
            await fetcher("d")  # the fourth pushes out the oldest, "a"
        with pytest.raises(KeyRejected):
            await fetcher("a")
        assert key_server.hits["a"] == 2
        clock.now += 61
        with pytest.raises(KeyRejected):
            await fetcher("d")
        assert key_server.hits["d"] == 2


async def test_an_empty_fetch_budget_is_a_retry_later_and_sends_nothing(
    key_server: KeyServer,
) -> None:
    key_server.slow = False
    clock = Clock()
    async with httpx.AsyncClient() as http:
        fetcher = InstallKeyFetcher(
            http, key_server.url, budget=FetchBudget(2, 0.5, clock=clock), clock=clock
        )
        for kid in ("x1", "x2"):
            with pytest.raises(KeyRejected):
                await fetcher(kid)
        with pytest.raises(KeyServerUnavailable, match="paused"):
            await fetcher(GENUINE_KID)
        assert key_server.total == 2
        clock.now += 1.9
        with pytest.raises(KeyServerUnavailable):
            await fetcher(GENUINE_KID)
        clock.now += 0.1
        assert await fetcher(GENUINE_KID) == key_server.genuine_pem
        assert key_server.total == 3


def test_a_fetch_budget_must_allow_something() -> None:
    with pytest.raises(ValueError, match="burst"):
        FetchBudget(0, 1.0)
    with pytest.raises(ValueError, match="rate"):
        FetchBudget(1, 0)
