"""One log line per request, with a request id and the client address; never a token.

The client is the peer, or the address a reverse proxy on loopback forwarded
(`glanceapp serve` lets uvicorn trust X-Forwarded-For only from loopback).

The query string is not logged at all (it carries `jwt` on glance loads), and
no header value is logged, so Bearer and JWT credentials cannot leak here.
"""

from __future__ import annotations

import logging
import time

from litestar.types import Scope

from glanceapp.logs import printable

log = logging.getLogger("glanceapp.access")
_INFO = logging.INFO
_LINE = "%s %s %d %.1fms client=%s"


def log_request(scope: Scope, status: int, started: float, request_id: str) -> None:
    """Log one answered request; nothing is computed when INFO is off for the access log.

    The record is made directly rather than through `log.info`, which would walk
    the stack to find its caller on every request; no format uses the caller.
    """
    if not log.isEnabledFor(_INFO):
        return
    peer = scope.get("client")
    args = (
        scope.get("method", ""),
        printable(scope["path"]),
        status,
        (time.perf_counter() - started) * 1000,
        printable(str(peer[0])) if peer else "-",
    )
    record = log.makeRecord(
        log.name, _INFO, __file__, 0, _LINE, args, None, extra={"request_id": request_id}
    )
    log.handle(record)
