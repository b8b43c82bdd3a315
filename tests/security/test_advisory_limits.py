"""Advisories on request limits: head size, slow heads and bodies, unannounced large bodies.

The app runs under uvicorn with the protocol `glanceapp serve` uses, on
loopback, with deadlines of a fraction of a second set on a subclass; the
tests wait for the server to close the socket, never on a clock of their own.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from typing import Any

import pytest
import uvicorn

from glanceapp.app import create_app
from glanceapp.settings import Settings
from glanceapp.web.limits import MAX_BODY_BYTES
from glanceapp.web.server import MAX_HEAD_BYTES, GuardedHttpToolsProtocol

NOW = 1_750_000_000
GUARD = 30  # seconds before a test gives up waiting; never reached when the server is right


class QuickProtocol(GuardedHttpToolsProtocol):
    head_timeout = 0.2
    body_timeout = 0.2


@asynccontextmanager
async def serving(settings: Settings) -> AsyncIterator[int]:
    """The app under uvicorn on a loopback port, in this event loop."""
    app = create_app(settings, clock=lambda: NOW, sweep_interval=None)
    config = uvicorn.Config(
        app, http=QuickProtocol, lifespan="on", log_config=None, access_log=False
    )
    server = uvicorn.Server(config)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    # Server.serve's steps, taken one by one so the test knows when it listens.
    config.load()
    server.lifespan = config.lifespan_class(config)
    await server.startup(sockets=[sock])
    loop = asyncio.create_task(server.main_loop())
    try:
        yield port
    finally:
        server.should_exit = True
        await loop
        await server.shutdown(sockets=[sock])
        sock.close()


async def exchange(port: int, *parts: bytes) -> bytes:
    """Send `parts` on one connection and read until the server closes it."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        for part in parts:
            writer.write(part)
            await writer.drain()
        async with asyncio.timeout(GUARD):
            return await reader.read()
    finally:
        writer.close()
        await writer.wait_closed()


def status_of(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1])


def chunked(body: bytes, size: int = 8192) -> bytes:
    pieces = [body[i : i + size] for i in range(0, len(body), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in pieces) + b"0\r\n\r\n"


async def test_a_request_head_over_the_limit_is_refused_with_431(settings: Settings) -> None:
    async with serving(settings) as port:
        big = b"x-filler: " + b"a" * MAX_HEAD_BYTES + b"\r\n"
        answer = await exchange(port, b"GET /healthz HTTP/1.1\r\nhost: app\r\n", big, b"\r\n")
    assert status_of(answer) == 431


async def test_a_huge_header_sent_in_pieces_is_refused_before_it_is_buffered(
    settings: Settings,
) -> None:
    """32 MiB of one header was once accepted; now the first bytes past the limit end it."""
    async with serving(settings) as port:
        _, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            writer.write(b"GET /healthz HTTP/1.1\r\nhost: app\r\nx-big: ")
            sent = 0
            with pytest.raises(ConnectionError):  # noqa: PT012 (the server hangs up mid-send)
                while sent < 32 * 1024 * 1024:
                    writer.write(b"a" * 65536)
                    await writer.drain()
                    sent += 65536
            assert sent < 32 * 1024 * 1024
        finally:
            writer.close()
            with suppress(ConnectionError):
                await writer.wait_closed()


async def test_a_head_within_the_limit_with_its_body_in_the_same_read_is_served(
    settings: Settings,
) -> None:
    async with serving(settings) as port:
        head = b"GET /healthz HTTP/1.1\r\nhost: app\r\nconnection: close\r\n"
        filler = b"x-filler: " + b"a" * (MAX_HEAD_BYTES - 200) + b"\r\n\r\n"
        answer = await exchange(port, head + filler)
    assert status_of(answer) == 200


async def test_a_slow_request_head_is_cut_off_after_the_head_timeout(settings: Settings) -> None:
    async with serving(settings) as port:
        answer = await exchange(port, b"GET /healthz HTTP/1.1\r\nhost: ap")
    assert answer == b""  # closed without an answer; `exchange` waited for the close


async def test_an_idle_connection_that_never_sends_a_head_is_closed(settings: Settings) -> None:
    async with serving(settings) as port:
        assert await exchange(port) == b""


async def test_a_slow_request_body_is_cut_off_after_the_body_timeout(
    settings: Settings, jira: Any, stranger_key: Any
) -> None:
    """A token that passes the local checks makes `/installed` read its body; it never comes."""
    token = jira.install_token(stranger_key, client_key="slow-site").encode()
    async with serving(settings) as port:
        answer = await exchange(
            port,
            b"POST /installed HTTP/1.1\r\nhost: app\r\ncontent-length: 100\r\n"
            b"authorization: JWT " + token + b"\r\n"
            b'content-type: application/json\r\n\r\n{"clientKey":',
        )
    assert answer == b""


async def test_a_slow_chunked_body_is_cut_off_after_the_body_timeout(settings: Settings) -> None:
    async with serving(settings) as port:
        answer = await exchange(
            port,
            b"POST /link/renew HTTP/1.1\r\nhost: app\r\ntransfer-encoding: chunked\r\n\r\n"
            b"10\r\n0123456789abcdef\r\n",
        )
    assert answer == b""


async def test_a_chunked_body_over_64_kib_is_refused_with_413_on_a_route_that_never_reads_it(
    settings: Settings,
) -> None:
    """`POST /link/renew` reads no body; an unannounced oversized one still gets 413, not 401."""
    async with serving(settings) as port:
        answer = await exchange(
            port,
            b"POST /link/renew HTTP/1.1\r\nhost: app\r\ntransfer-encoding: chunked\r\n"
            b"authorization: JWT not.a.token\r\n\r\n",
            chunked(b"a" * (MAX_BODY_BYTES + 1)),
        )
    assert status_of(answer) == 413


async def test_a_chunked_body_within_64_kib_reaches_the_route_whole(settings: Settings) -> None:
    """The refusal of a chunked body is the route's own (401 here), not a 413 or a 400."""
    async with serving(settings) as port:
        answer = await exchange(
            port,
            b"POST /link/renew HTTP/1.1\r\nhost: app\r\ntransfer-encoding: chunked\r\n"
            b"connection: close\r\n\r\n",
            chunked(b"a" * MAX_BODY_BYTES),
        )
    assert status_of(answer) == 401
