"""Refuse an oversized body (413) before any routing, authentication or action.

A body announced with Content-Length over the limit is refused before a byte of
it is read. A body without one (chunked) is read here, up to the limit, before
the app sees the request, and refused as soon as it passes the limit: otherwise
a route that never reads its body (`POST /link/renew`) would act on a request
whose body is over the limit. Within the limit, the app receives the same body.
"""

from __future__ import annotations

from litestar.types import (
    HTTPRequestEvent,
    HTTPResponseBodyEvent,
    HTTPResponseStartEvent,
    Receive,
    ReceiveMessage,
    Scope,
    Send,
)

MAX_BODY_BYTES = 64 * 1024
TOO_LARGE = b'{"error":"The request is too large (64 KiB at most)."}'


async def refuse_too_large(send: Send) -> None:
    start: HTTPResponseStartEvent = {
        "type": "http.response.start",
        "status": 413,
        "headers": [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(TOO_LARGE)).encode()),
            (b"connection", b"close"),
        ],
    }
    await send(start)
    body: HTTPResponseBodyEvent = {
        "type": "http.response.body",
        "body": TOO_LARGE,
        "more_body": False,
    }
    await send(body)


_BODYLESS_METHODS = frozenset({"GET", "HEAD"})


async def bounded_receive(
    scope: Scope, receive: Receive, limit: int = MAX_BODY_BYTES
) -> Receive | None:
    """The `receive` the app gets for this request; None when its body is over `limit`.

    A body announced over the limit is refused unread. A GET or HEAD announcing
    neither Content-Length nor Transfer-Encoding has no body (HTTP/1.1), so the
    server's own `receive` is kept; any other body of unannounced length is read
    here, up to the limit, and replayed.
    """
    announced: bytes | None = None
    chunked = False
    for name, value in scope["headers"]:
        if name == b"content-length":
            announced = value
        elif name == b"transfer-encoding":
            chunked = True
    if announced is not None:
        try:
            too_large = int(announced) > limit
        except ValueError:
            too_large = True
        return None if too_large else receive
    if not chunked and scope.get("method") in _BODYLESS_METHODS:
        return receive
    return await _read_bounded(receive, limit)


async def _read_bounded(receive: Receive, limit: int) -> Receive | None:
    """Read a body of unannounced length; None once it passes the limit.

    Returns a `receive` that hands the app the body read, then defers to the server.
    """
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":  # the client went away: let the app see it
            early: ReceiveMessage = message
            return _replaying([early], receive)
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    whole: HTTPRequestEvent = {
        "type": "http.request",
        "body": b"".join(chunks),
        "more_body": False,
    }
    return _replaying([whole], receive)


def _replaying(messages: list[ReceiveMessage], receive: Receive) -> Receive:
    pending = list(messages)

    async def replay() -> ReceiveMessage:
        if pending:
            return pending.pop(0)
        return await receive()

    return replay
