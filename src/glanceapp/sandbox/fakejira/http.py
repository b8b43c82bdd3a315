"""The fakes' HTTP micro-framework: a threaded server on loopback, requests, responses, routes.

Small on purpose: the fakes need a regex router and exact control over every header
and status, and nothing of the app's web framework (the fakes must not share code
with what they test).
"""

from __future__ import annotations

import json
import re
import socketserver
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Final, cast
from urllib.parse import parse_qsl

MAX_REQUEST_BYTES: Final = 1 << 20


@dataclass(frozen=True, slots=True)
class Request:
    """An incoming request as the router sees it; `target` is the raw path?query."""

    method: str
    target: str
    path: str
    query: str
    headers: Mapping[str, str]
    body: bytes

    @property
    def params(self) -> list[tuple[str, str]]:
        return parse_qsl(self.query, keep_blank_values=True)

    def param(self, name: str) -> str | None:
        for key, value in self.params:
            if key == name:
                return value
        return None

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


@dataclass(slots=True)
class Response:
    status: int
    body: bytes = b""
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


RouteHandler = Callable[[Request, re.Match[str]], Response]


@dataclass(frozen=True, slots=True)
class Route:
    method: str
    pattern: re.Pattern[str]
    handler: RouteHandler


def json_response(status: int, payload: object, headers: dict[str, str] | None = None) -> Response:
    return Response(
        status,
        json.dumps(payload).encode(),
        "application/json;charset=UTF-8",
        dict(headers or {}),
    )


def jira_error(status: int, message: str) -> Response:
    """Jira's REST error shape."""
    return json_response(status, {"errorMessages": [message], "errors": {}})


Serve = Callable[[Request], Response]


class LoopbackServer(ThreadingHTTPServer):
    """A threaded HTTP server on 127.0.0.1 handing every parsed request to `serve`."""

    daemon_threads = True

    def __init__(self, serve: Serve, port: int) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.serve = serve

    def server_bind(self) -> None:
        # HTTPServer.server_bind would do a reverse DNS lookup (getfqdn) we never need.
        socketserver.TCPServer.server_bind(self)
        self.server_name = "127.0.0.1"
        self.server_port = self.server_address[1]

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gave up (timed out on an injected hang) is not an error.
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    # HTTP/1.0: one request per connection, so no idle keep-alive socket outlives a test.
    protocol_version = "HTTP/1.0"
    server_version = "FakeJira/1.0"
    sys_version = ""
    timeout = 30

    def log_message(self, format: str, *args: Any) -> None:
        """Silenced: request lines can carry tokens (`?jwt=`)."""

    def do_GET(self) -> None:
        self._handle()

    do_POST = do_GET
    do_PUT = do_GET
    do_DELETE = do_GET
    do_PATCH = do_GET

    def _handle(self) -> None:
        serve = cast(LoopbackServer, self.server).serve
        raw_length = self.headers.get("Content-Length", "0")
        if self.headers.get("Transfer-Encoding"):
            self._write(jira_error(HTTPStatus.LENGTH_REQUIRED, "Content-Length is required"))
            return
        try:
            length = int(raw_length)
        except ValueError:
            length = -1
        if length < 0:
            self._write(jira_error(HTTPStatus.BAD_REQUEST, "Bad Content-Length"))
            return
        if length > MAX_REQUEST_BYTES:
            self._write(jira_error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "Request too large"))
            return
        body = self.rfile.read(length) if length else b""
        path, _, query = self.path.partition("?")
        request = Request(
            method=self.command,
            target=self.path,
            path=path,
            query=query,
            headers={name.lower(): value for name, value in self.headers.items()},
            body=body,
        )
        self._write(serve(request))

    def _write(self, response: Response) -> None:
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        if response.content_type is not None:
            self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if response.body and self.command != "HEAD":
            self.wfile.write(response.body)
