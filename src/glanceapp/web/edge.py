"""The edge every HTTP request passes first: body limit, request id, security headers, access log.

One pure ASGI middleware rather than three, so a request pays for one wrapped
`send` and no per-request objects beyond its request id:
- a body over 64 KiB is refused with 413 before routing (`web.limits`);
- every response carries `X-Request-Id` and the security headers (`web.headers`);
- every request, answered or failed, leaves one access log line (`web.access_log`).
"""

from __future__ import annotations

import time
from random import getrandbits

from litestar.enums import ScopeType
from litestar.types import ASGIApp, Message, Receive, Scope, Send

from glanceapp.web.access_log import log_request
from glanceapp.web.headers import SecurityHeaders
from glanceapp.web.limits import MAX_BODY_BYTES, bounded_receive, refuse_too_large


class Edge:
    def __init__(
        self, app: ASGIApp, headers: SecurityHeaders, *, body_limit: int = MAX_BODY_BYTES
    ) -> None:
        self.app = app
        self.headers = headers
        self.body_limit = body_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP:
            await self.app(scope, receive, send)
            return
        request_id = f"{getrandbits(64):016x}"  # unique enough to match lines; not a secret
        state = scope.get("state")
        if state is None:
            scope["state"] = {"request_id": request_id}
        else:
            state["request_id"] = request_id
        started = time.perf_counter()
        status = 500
        request_id_header = (b"x-request-id", request_id.encode())
        security = self.headers

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers", ()))
                headers.append(request_id_header)
                security.add_to(headers, scope)
                message["headers"] = headers
            await send(message)

        try:
            bounded = await bounded_receive(scope, receive, self.body_limit)
            if bounded is None:
                await refuse_too_large(send_with_headers)
            else:
                await self.app(scope, bounded, send_with_headers)
        finally:
            log_request(scope, status, started, request_id)
