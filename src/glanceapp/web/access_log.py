"""One log line per request, with a request id and the client address; never a token.

The client is the peer, or the address a reverse proxy on loopback forwarded
(`glanceapp serve` lets uvicorn trust X-Forwarded-For only from loopback).

The query string is not logged at all (it carries `jwt` on glance loads), and
no header value is logged, so Bearer and JWT credentials cannot leak here.
"""

from __future__ import annotations

import logging
import secrets
import time

from litestar.enums import ScopeType
from litestar.types import ASGIApp, Message, Receive, Scope, Send

from glanceapp.logs import printable

log = logging.getLogger("glanceapp.access")


class AccessLogMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP:
            await self.app(scope, receive, send)
            return
        request_id = secrets.token_hex(8)
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        status = 500

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", request_id.encode()))
                message["headers"] = headers
            await send(message)

        method = scope.get("method", "")
        peer = scope.get("client")
        client = printable(str(peer[0])) if peer else "-"
        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            log.info(
                "%s %s %d %.1fms client=%s",
                method,
                printable(scope["path"]),
                status,
                (time.perf_counter() - started) * 1000,
                client,
                extra={"request_id": request_id},
            )
