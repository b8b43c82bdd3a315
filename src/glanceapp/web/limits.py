"""Refuse an announced oversized body (413) before any routing, authentication or reading."""

from __future__ import annotations

from litestar.enums import ScopeType
from litestar.types import (
    ASGIApp,
    HTTPResponseBodyEvent,
    HTTPResponseStartEvent,
    Receive,
    Scope,
    Send,
)

MAX_BODY_BYTES = 64 * 1024


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == ScopeType.HTTP:
            for name, value in scope["headers"]:
                if name == b"content-length":
                    try:
                        too_large = int(value) > self.limit
                    except ValueError:
                        too_large = True
                    if too_large:
                        start: HTTPResponseStartEvent = {
                            "type": "http.response.start",
                            "status": 413,
                            "headers": [(b"content-type", b"application/json")],
                        }
                        await send(start)
                        body: HTTPResponseBodyEvent = {
                            "type": "http.response.body",
                            "body": b'{"error":"The request is too large (64 KiB at most)."}',
                            "more_body": False,
                        }
                        await send(body)
                        return
        await self.app(scope, receive, send)
