"""What every fake Atlassian service shares: lifecycle, routing, a request log, faults.

`LoopbackFake` is the base of `FakeJira`, `FakeForge` and the sign-in fakes: a server
on loopback (see `http`), a regex router, a log of the requests it answered (never a
token) and faults a test queues to make the next matching requests fail or hang.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from http import HTTPStatus
from types import TracebackType
from typing import Any, Final, Self

from glanceapp.sandbox.fakejira.http import (
    LoopbackServer,
    Request,
    Response,
    Route,
    RouteHandler,
    jira_error,
    json_response,
)


class _Omit:
    def __repr__(self) -> str:
        return "OMIT"


OMIT: Final = _Omit()
"""Use as a value in `claims_override` / `payload_override` to drop that key entirely."""


def apply_overrides(base: dict[str, Any], override: Mapping[str, object] | None) -> None:
    """Replace keys of `base` by those of `override`; a value `OMIT` drops the key."""
    for key, value in (override or {}).items():
        if value is OMIT:
            base.pop(key, None)
        else:
            base[key] = value


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One request the fake answered; the query never includes `jwt`, no token is kept."""

    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    auth_scheme: str | None
    status: int
    fault: bool = False


@dataclass(slots=True)
class Fault:
    """A queued failure: matching requests are answered by it instead of normally.

    `fired` counts how often it has struck; it stops matching once `fired == times`.
    """

    method: str
    path_prefix: str
    status: int | None
    retry_after: int | None
    hang: bool
    times: int
    apply_then_fail: bool
    after: Callable[[], object] | None
    fired: int = 0

    @property
    def remaining(self) -> int:
        return self.times - self.fired

    def matches(self, method: str, path: str) -> bool:
        return (
            self.remaining > 0
            and self.method in ("*", method)
            and path.startswith(self.path_prefix)
        )


class LoopbackFake:
    """The machinery every fake Atlassian service shares: a threaded HTTP server on
    loopback, a regex router, recorded requests (never a token) and injected faults.

    Subclasses register their routes with `add_route` in `__init__` and add the
    protocol they play; `FakeJira` and `FakeForge` are the two.
    """

    name = "fake"

    def __init__(self, *, site_host: str = "127.0.0.1", port: int = 0) -> None:
        if site_host not in ("127.0.0.1", "localhost"):
            raise ValueError("site_host must be 127.0.0.1 or localhost (it listens on loopback)")
        if not 0 <= port <= 65535:
            raise ValueError("port must be between 0 and 65535")
        self._site_host = site_host
        self._port = port
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []
        self._faults: list[Fault] = []
        self._server_errors: list[str] = []
        self._hang_release = threading.Event()
        self._hanging = 0
        self._closed = False
        self._server: LoopbackServer | None = None
        self._thread: threading.Thread | None = None
        self._base_url: str | None = None
        self._routes: list[Route] = []

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> Self:
        """Bind 127.0.0.1 on an ephemeral port and serve in a background thread."""
        with self._lock:
            if self._closed:
                raise RuntimeError(f"{type(self).__name__} was closed; create a new one")
            if self._server is not None:
                return self
            server = LoopbackServer(self._serve, self._port)
            self._server = server
            self._base_url = f"http://{self._site_host}:{server.server_address[1]}"
            self._thread = threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": 0.05},
                name=f"{self.name}-{server.server_address[1]}",
                daemon=True,
            )
            self._thread.start()
        return self

    def close(self) -> None:
        """Stop serving, releasing any hung handler first. Safe to call twice."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            release = self._hang_release
            server, thread = self._server, self._thread
        release.set()
        if server is not None:
            server.shutdown()
            server.server_close()
        if thread is not None:
            thread.join()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def base_url(self) -> str:
        """The site's `baseUrl`, e.g. `http://127.0.0.1:54321`."""
        if self._base_url is None:
            raise RuntimeError(f"{type(self).__name__} is not started")
        return self._base_url

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    @property
    def server_errors(self) -> list[str]:
        """Unexpected exceptions inside the fake (answered 500); should stay empty."""
        with self._lock:
            return list(self._server_errors)

    @property
    def hanging(self) -> int:
        """How many handlers are currently blocked by an injected hang."""
        with self._lock:
            return self._hanging

    # ------------------------------------------------------------------ faults

    def inject(
        self,
        method: str,
        path_prefix: str,
        *,
        status: int | None = None,
        retry_after: int | None = None,
        hang: bool = False,
        times: int = 1,
        after: Callable[[], object] | None = None,
        apply_then_fail: bool = False,
    ) -> Fault:
        """Queue a fault for the next `times` requests whose path starts with `path_prefix`.

        `method` is an HTTP verb or `*`. Without `apply_then_fail` the operation is not
        performed: the request is answered with `status` (plus `Retry-After` when given)
        or, with `hang`, blocked until `release_hangs()`/`close()` and then answered with
        `status` (default 504). With `apply_then_fail` the request is served normally
        first (a write lands) and then the answer is lost: `status` (default 500) or a
        hang. `after` runs in the handler thread each time the fault strikes, after any
        operation and before the answer or hang.
        """
        if times < 1:
            raise ValueError("times must be at least 1")
        if status is None and not hang and not apply_then_fail:
            raise ValueError("a fault needs a status, hang=True or apply_then_fail=True")
        if not path_prefix.startswith("/"):
            raise ValueError("path_prefix must start with '/'")
        fault = Fault(
            method=method.upper(),
            path_prefix=path_prefix,
            status=status,
            retry_after=retry_after,
            hang=hang,
            times=times,
            apply_then_fail=apply_then_fail,
            after=after,
        )
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def release_hangs(self) -> None:
        """Let every currently hung handler finish; later hangs block again."""
        with self._lock:
            release = self._hang_release
            self._hang_release = threading.Event()
        release.set()

    # ------------------------------------------------------------------ routing

    def add_route(self, method: str, pattern: str, handler: RouteHandler) -> None:
        """Serve `method` on paths fully matching `pattern` (a regex) with `handler`."""
        route = Route(method.upper(), re.compile(pattern), handler)
        with self._lock:
            self._routes.append(route)

    def _serve(self, request: Request) -> Response:
        try:
            return self._serve_with_faults(request)
        except Exception as exc:
            with self._lock:
                self._server_errors.append(f"{request.method} {request.path}: {exc!r}")
            response = jira_error(HTTPStatus.INTERNAL_SERVER_ERROR, "fake Jira internal error")
            self._record(request, response, fault=False)
            return response

    def _serve_with_faults(self, request: Request) -> Response:
        fault = self._take_fault(request.method, request.path)
        if fault is None:
            response = self._dispatch(request)
            self._record(request, response, fault=False)
            return response
        if fault.apply_then_fail:
            self._dispatch(request)
        headers = {} if fault.retry_after is None else {"Retry-After": str(fault.retry_after)}
        default = HTTPStatus.INTERNAL_SERVER_ERROR if fault.apply_then_fail else 504
        status = fault.status if fault.status is not None else default
        response = json_response(
            status, {"errorMessages": ["injected fault"], "errors": {}}, headers
        )
        self._record(request, response, fault=True)
        if fault.after is not None:
            fault.after()
        if fault.hang:
            self._hang()
        return response

    def _take_fault(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.matches(method, path):
                    fault.fired += 1
                    return fault
        return None

    def _hang(self) -> None:
        with self._lock:
            if self._closed:
                return
            release = self._hang_release
            self._hanging += 1
        try:
            release.wait()
        finally:
            with self._lock:
                self._hanging -= 1

    def _dispatch(self, request: Request) -> Response:
        with self._lock:
            routes = list(self._routes)
        path_known = False
        for route in routes:
            match = route.pattern.fullmatch(request.path)
            if match is None:
                continue
            path_known = True
            if route.method == request.method:
                return route.handler(request, match)
        if path_known:
            return jira_error(HTTPStatus.METHOD_NOT_ALLOWED, "Method not allowed")
        return jira_error(HTTPStatus.NOT_FOUND, "Not found")

    def _record(self, request: Request, response: Response, *, fault: bool) -> None:
        authorization = request.header("authorization")
        scheme = authorization.split(None, 1)[0] if authorization else None
        query = tuple((k, v) for k, v in request.params if k != "jwt")
        entry = RecordedRequest(request.method, request.path, query, scheme, response.status, fault)
        with self._lock:
            self._requests.append(entry)
