"""The install-key fetcher against a real key server on loopback."""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from glanceapp.connect.errors import KeyRejected, KeyServerUnavailable
from glanceapp.jira.install_keys import MAX_CONCURRENT_FETCHES, MAX_KEY_BYTES, InstallKeyFetcher

PEM = (
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtest\n"
    "-----END PUBLIC KEY-----\n"
)


@dataclass
class KeyServer:
    """What the server saw, and the switch that lets a hanging answer finish."""

    url: str
    hits: Counter[str] = field(default_factory=Counter)
    release: threading.Event = field(default_factory=threading.Event)
    hanging: threading.Event = field(default_factory=threading.Event)
    in_flight: int = 0
    most_in_flight: int = 0
    changed: threading.Condition = field(default_factory=threading.Condition)


class Handler(BaseHTTPRequestHandler):
    server: ThreadingHTTPServer

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _answer(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        state: KeyServer = self.server.state  # type: ignore[attr-defined]
        kid = self.path.rsplit("/", 1)[-1]
        state.hits[kid] += 1
        try:
            if kid == "good":
                self._answer(200, PEM.encode())
            elif kid == "missing":
                self._answer(404, b"not found")
            elif kid == "gone":
                self._answer(410, b"gone")
            elif kid == "broken":
                self._answer(500, b"oops")
            elif kid == "busy":
                self._answer(503, b"busy")
            elif kid == "moved":
                self._answer(302, b"", {"Location": f"{state.url}/good"})
            elif kid == "huge":
                self._answer(200, b"A" * (MAX_KEY_BYTES + 1024))
            elif kid == "binary":
                self._answer(200, b"\xff\xfe\x00key")
            elif kid == "throttled":
                self._answer(429, b"slow down", {"Retry-After": "1"})
            elif kid == "timeout":
                self._answer(408, b"request timeout")
            elif kid.startswith("held-"):
                with state.changed:
                    state.in_flight += 1
                    state.most_in_flight = max(state.most_in_flight, state.in_flight)
                    state.changed.notify_all()
                try:
                    state.release.wait(timeout=30)
                    self._answer(200, PEM.encode())
                finally:
                    with state.changed:
                        state.in_flight -= 1
                        state.changed.notify_all()
            elif kid == "hang":
                state.hanging.set()
                state.release.wait(timeout=30)
                self._answer(200, PEM.encode())
            else:
                self._answer(404, b"unknown")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up first, as it should


@pytest.fixture
def key_server() -> Iterator[KeyServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state = KeyServer(url=f"http://127.0.0.1:{server.server_address[1]}/keys")
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


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient() as http:
        yield http


@pytest.fixture
def fetcher(client: httpx.AsyncClient, key_server: KeyServer) -> InstallKeyFetcher:
    # Long enough for a loopback answer on a loaded machine; the hanging-server test waits it out.
    return InstallKeyFetcher(client, key_server.url + "/", timeout=2.0)


async def test_a_key_is_returned_and_cached(
    fetcher: InstallKeyFetcher, key_server: KeyServer
) -> None:
    assert await fetcher("good") == PEM
    assert await fetcher("good") == PEM
    assert key_server.hits["good"] == 1


@pytest.mark.parametrize("kid", ["missing", "gone"])
async def test_a_refused_kid_is_rejected_and_remembered(
    fetcher: InstallKeyFetcher, key_server: KeyServer, kid: str
) -> None:
    with pytest.raises(KeyRejected):
        await fetcher(kid)
    with pytest.raises(KeyRejected):
        await fetcher(kid)
    assert key_server.hits[kid] == 1


@pytest.mark.parametrize("kid", ["broken", "busy"])
async def test_a_failing_server_is_unavailable_and_not_cached(
    fetcher: InstallKeyFetcher, key_server: KeyServer, kid: str
) -> None:
    with pytest.raises(KeyServerUnavailable):
        await fetcher(kid)
    with pytest.raises(KeyServerUnavailable):
        await fetcher(kid)
    assert key_server.hits[kid] == 2


async def test_a_redirect_is_not_followed(
    fetcher: InstallKeyFetcher, key_server: KeyServer
) -> None:
    with pytest.raises(KeyServerUnavailable):
        await fetcher("moved")
    assert key_server.hits["moved"] == 1
    assert key_server.hits["good"] == 0


async def test_a_redirect_is_not_followed_even_by_a_following_client(
    key_server: KeyServer,
) -> None:
    async with httpx.AsyncClient(follow_redirects=True) as http:
        with pytest.raises(KeyServerUnavailable):
            await InstallKeyFetcher(http, key_server.url)("moved")
    assert key_server.hits["good"] == 0


async def test_an_oversized_answer_is_unavailable(
    fetcher: InstallKeyFetcher, key_server: KeyServer
) -> None:
    with pytest.raises(KeyServerUnavailable, match="too large"):
        await fetcher("huge")


async def test_a_non_ascii_answer_is_unavailable(fetcher: InstallKeyFetcher) -> None:
    with pytest.raises(KeyServerUnavailable):
        await fetcher("binary")


async def test_a_hanging_server_times_out(
    fetcher: InstallKeyFetcher, key_server: KeyServer
) -> None:
    with pytest.raises(KeyServerUnavailable, match="timed out"):
        await fetcher("hang")
    key_server.release.set()
    assert key_server.hits["hang"] == 1


async def test_concurrent_requests_for_a_kid_share_one_fetch(
    client: httpx.AsyncClient, key_server: KeyServer
) -> None:
    fetcher = InstallKeyFetcher(client, key_server.url, timeout=20)
    first = asyncio.create_task(fetcher("hang"))
    second = asyncio.create_task(fetcher("hang"))
    async with asyncio.timeout(20):
        await asyncio.to_thread(key_server.hanging.wait)
        key_server.release.set()
        assert await asyncio.gather(first, second) == [PEM, PEM]
    assert key_server.hits["hang"] == 1
    assert await fetcher("hang") == PEM
    assert key_server.hits["hang"] == 1


async def test_an_unreachable_server_is_unavailable(client: httpx.AsyncClient) -> None:
    with ThreadingHTTPServer(("127.0.0.1", 0), Handler) as closed:
        port = closed.server_address[1]
    with pytest.raises(KeyServerUnavailable, match="cannot be reached"):
        await InstallKeyFetcher(client, f"http://127.0.0.1:{port}")("good")


@pytest.mark.parametrize("kid", ["throttled", "timeout"])
async def test_a_429_or_408_from_the_key_server_is_unavailable_not_a_rejected_kid(
    fetcher: InstallKeyFetcher, key_server: KeyServer, kid: str
) -> None:
    """Throttling is no verdict on the kid: answered 503 (retry), never as a forged token."""
    with pytest.raises(KeyServerUnavailable):
        await fetcher(kid)
    assert key_server.hits[kid] == 1


def in_flight_reaches(state: KeyServer, count: int, timeout: float = 20) -> bool:
    """Block (in a worker thread) until `count` requests are held at the server at once."""
    with state.changed:
        return state.changed.wait_for(lambda: state.in_flight >= count, timeout)


class CountingTransport(httpx.AsyncHTTPTransport):
    """Counts the requests handed to the network, on the event loop (so no race to count)."""

    def __init__(self) -> None:
        super().__init__()
        self.sent = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        return await super().handle_async_request(request)


async def test_forged_kids_cannot_open_unbounded_concurrent_fetches(key_server: KeyServer) -> None:
    """Ten made-up kids at once: only MAX_CONCURRENT_FETCHES requests leave, the rest wait."""
    assert MAX_CONCURRENT_FETCHES == 4
    transport = CountingTransport()
    async with httpx.AsyncClient(transport=transport) as client:
        fetcher = InstallKeyFetcher(client, key_server.url, timeout=20, slot_wait=20)
        kids = [f"held-{n}" for n in range(10)]
        tasks = [asyncio.create_task(fetcher(kid)) for kid in kids]
        try:
            async with asyncio.timeout(20):
                # Held at the server: every fetch not held back has long been handed over.
                assert await asyncio.to_thread(
                    in_flight_reaches, key_server, MAX_CONCURRENT_FETCHES
                )
                assert transport.sent == MAX_CONCURRENT_FETCHES
                assert key_server.most_in_flight == MAX_CONCURRENT_FETCHES
                key_server.release.set()
                assert await asyncio.gather(*tasks) == [PEM] * len(kids)
        finally:
            key_server.release.set()
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
    assert transport.sent == len(kids)
    assert key_server.most_in_flight == MAX_CONCURRENT_FETCHES
    assert sum(key_server.hits[kid] for kid in kids) == len(kids)
