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
from support.clock import Clock

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
    clock = Clock(1000.0)
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
    clock = Clock(1000.0)
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
    clock = Clock(1000.0)
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


# What a signed install may carry.


@dataclass
class RecordingKeys:
    """The key server as the app sees it, recording every kid it is asked for."""

    pem: str
    calls: list[str] = field(default_factory=list)

    async def __call__(self, kid: str) -> str:
        self.calls.append(kid)
        return self.pem


@asynccontextmanager
async def plain_app(settings: Settings, install_key: RsaKey) -> AsyncIterator[Rig2]:
    keys = RecordingKeys(install_key.public_pem)
    app = create_app(settings, clock=lambda: NOW, key_source=keys, sweep_interval=None)
    async with (
        app.lifespan(),
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://app.test"
        ) as client,
    ):
        yield Rig2(client, app, keys)


@dataclass
class Rig2:
    client: httpx.AsyncClient
    app: Litestar
    keys: RecordingKeys

    async def tenant(self, client_key: str) -> Any:
        return await self.app.state.services.tenants.load(client_key)


async def test_a_display_url_whose_host_is_not_allowed_is_ignored_and_never_framed(
    settings: Settings, jira: JiraSide, install_key: RsaKey
) -> None:
    async with plain_app(settings, install_key) as rig:
        answer = await post_install(
            rig.client,
            jira,
            install_key,
            kid="kid-1",
            client_key="site-with-foreign-display",
            displayUrl="https://evil.example.com",
        )
        assert answer.status_code == 204
        tenant = await rig.tenant("site-with-foreign-display")
        assert tenant is not None
        assert tenant.display_url is None
        token = jira.tenant_token(
            SECRET,
            client_key="site-with-foreign-display",
            method="GET",
            path="/glance/status",
            qsh="context-qsh",
            account_id="557058:viewer",
        )
        status = await rig.client.get("/glance/status", headers={"Authorization": f"JWT {token}"})
        assert status.status_code == 200
        policy = status.headers["content-security-policy"]
        assert "evil.example.com" not in policy
        assert "https://acme.atlassian.net" in policy


async def test_a_display_url_on_an_allowed_host_is_kept(
    settings: Settings, jira: JiraSide, install_key: RsaKey
) -> None:
    async with plain_app(settings, install_key) as rig:
        answer = await post_install(
            rig.client,
            jira,
            install_key,
            kid="kid-1",
            client_key="site-with-custom-domain",
            displayUrl="https://jira.atlassian.net",
        )
        assert answer.status_code == 204
        tenant = await rig.tenant("site-with-custom-domain")
        assert tenant.display_url == "https://jira.atlassian.net"


@pytest.mark.parametrize(
    "client_key",
    ["site\x1b[2Jcleared", "site\nINFO forged", "site\x00", "site\u202etxt.exe", "site\x7f"],
)
async def test_a_client_key_with_control_characters_is_refused_and_never_echoed(
    settings: Settings, jira: JiraSide, install_key: RsaKey, client_key: str
) -> None:
    async with plain_app(settings, install_key) as rig:
        answer = await post_install(
            rig.client, jira, install_key, kid="kid-1", client_key=client_key
        )
        assert answer.status_code == 400
        assert answer.json() == {"error": "field clientKey contains control characters"}
        assert await rig.tenant(client_key) is None
        assert rig.keys.calls == []  # refused before any key fetch


@pytest.mark.parametrize(("length", "status"), [(1, 400), (19, 400), (20, 204), (44, 204)])
async def test_a_shared_secret_shorter_than_20_characters_is_refused(
    settings: Settings, jira: JiraSide, install_key: RsaKey, length: int, status: int
) -> None:
    async with plain_app(settings, install_key) as rig:
        token = jira.install_token(install_key, client_key="short-secret-site", kid="kid-1")
        body = jira.lifecycle_body(
            "installed", client_key="short-secret-site", shared_secret="s" * length
        )
        answer = await rig.client.post(
            "/installed", content=json.dumps(body), headers={"Authorization": f"JWT {token}"}
        )
        assert answer.status_code == status
        assert (await rig.tenant("short-secret-site") is None) == (status == 400)


async def test_what_atlassian_sends_passes(
    settings: Settings, jira: JiraSide, install_key: RsaKey
) -> None:
    """A body shaped like Jira's (uuid-like clientKey, long secret, displayUrl = baseUrl)."""
    async with plain_app(settings, install_key) as rig:
        answer = await post_install(
            rig.client,
            jira,
            install_key,
            kid="0e50fccb-239d-4991-a5db-dc850ba3f236",
            client_key="0c0b5a6e-4d1a-3e2b-9f7c-1a2b3c4d5e6f",
            oauthClientId="eyJob3N0S2V5IjoiMGMwYjVh",
            serverVersion="100000",
            pluginsVersion="1001.0.0-SNAPSHOT",
        )
        assert answer.status_code == 204


class WatchedBody:
    """A request body that records whether the app ever read it."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.read = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        self.read = True
        yield self.data


@pytest.mark.parametrize(
    "spoil",
    [
        {"ttl": -3600},
        {"qsh": "0" * 64},
        {"aud": "https://someone-else.example.com"},
        {"drop": ("iss",)},
    ],
)
async def test_an_install_token_that_fails_local_checks_is_refused_before_the_body_is_read(
    settings: Settings, jira: JiraSide, install_key: RsaKey, spoil: dict[str, Any]
) -> None:
    async with plain_app(settings, install_key) as rig:
        token = jira.install_token(install_key, client_key="eager-site", kid="kid-1", **spoil)
        body = WatchedBody(b'{"clientKey": "' + b"x" * 60_000 + b'"}')
        answer = await rig.client.post(
            "/installed",
            content=body,
            headers={"Authorization": f"JWT {token}", "Content-Length": str(len(body.data))},
        )
        assert answer.status_code == 401
        assert not body.read
        assert rig.keys.calls == []


async def test_an_install_token_that_passes_local_checks_has_its_body_read(
    settings: Settings, jira: JiraSide, install_key: RsaKey
) -> None:
    """The control for the test above: the watched body does notice a read."""
    async with plain_app(settings, install_key) as rig:
        token = jira.install_token(install_key, client_key="eager-site", kid="kid-1")
        body = WatchedBody(
            json.dumps(
                jira.lifecycle_body("installed", client_key="eager-site", shared_secret=SECRET)
            ).encode()
        )
        answer = await rig.client.post(
            "/installed",
            content=body,
            headers={"Authorization": f"JWT {token}", "Content-Length": str(len(body.data))},
        )
        assert answer.status_code == 204
        assert body.read
