"""The HTTP/1.1 protocol `glanceapp serve` runs: uvicorn's httptools protocol, with limits.

uvicorn bounds neither the request head under httptools (a 32 MiB header was
accepted) nor the time a client may take to send it or the body: only idle
keep-alive connections time out. `GuardedHttpToolsProtocol` adds, per
connection:
- a head limit: a request line plus headers over `max_head_bytes` is answered
  431 and the connection closed, counted on the raw bytes before the parser
  buffers them;
- a head deadline: the head must be complete within `head_timeout` of the
  connection opening or of the previous response;
- a body deadline: the body must be complete within `body_timeout` of its head.
A deadline missed closes the connection; the app sees a disconnect.
The app's own time to answer is not limited here.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

MAX_HEAD_BYTES = 32 * 1024
HEAD_TIMEOUT = 10.0
BODY_TIMEOUT = 20.0
PROTOCOL = "glanceapp.web.server:GuardedHttpToolsProtocol"

log = logging.getLogger("glanceapp.server")
_HEAD_END = b"\r\n\r\n"
_TOO_LARGE = b"The request head is too large."
_431 = (
    b"HTTP/1.1 431 Request Header Fields Too Large\r\n"
    b"content-type: text/plain; charset=utf-8\r\n"
    b"content-length: " + str(len(_TOO_LARGE)).encode() + b"\r\n"
    b"connection: close\r\n\r\n" + _TOO_LARGE
)


class GuardedHttpToolsProtocol(HttpToolsProtocol):
    max_head_bytes = MAX_HEAD_BYTES
    head_timeout = HEAD_TIMEOUT
    body_timeout = BODY_TIMEOUT

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._in_head = True
        self._head_bytes = 0
        self._tail = b""
        self._deadline: asyncio.TimerHandle | None = None

    def _arm(self, seconds: float) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(seconds, self._deadline_missed)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _deadline_missed(self) -> None:
        self._deadline = None
        if not self.transport.is_closing():
            log.info("closed a connection that was too slow to send its request")
            self.transport.close()

    def _start_head(self) -> None:
        self._in_head = True
        self._head_bytes = 0
        self._tail = b""
        self._arm(self.head_timeout)

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._start_head()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._in_head and not self._head_fits(data):
            log.warning("refused a request head over %d bytes", self.max_head_bytes)
            self._disarm()
            self.transport.write(_431)
            self.transport.close()
            return
        super().data_received(data)

    def _head_fits(self, data: bytes) -> bool:
        """Count this head's bytes up to its blank line, across reads."""
        window = self._tail + data
        end = window.find(_HEAD_END)
        if end < 0:
            self._head_bytes += len(data)
            self._tail = window[-(len(_HEAD_END) - 1) :]
            return self._head_bytes <= self.max_head_bytes
        return self._head_bytes + end + len(_HEAD_END) - len(self._tail) <= self.max_head_bytes

    def on_headers_complete(self) -> None:
        self._in_head = False
        self._arm(self.body_timeout)
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        self._disarm()  # the app's time to answer is its own
        super().on_message_complete()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        pipelined = self.cycle is not None and not self.cycle.response_complete
        if not self.transport.is_closing() and not pipelined:
            self._start_head()
