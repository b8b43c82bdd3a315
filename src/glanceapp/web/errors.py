"""Error handlers: every protocol failure becomes its contract status, with no detail leaked.

401 always carries `WWW-Authenticate` (JWT, or Bearer where the route says so);
for htmx requests its body is the problem partial the page swaps where the
answer would have gone. Every other error answer to an htmx request is the
page's notice (`#app-notice`), rendered here and retargeted there with
`HX-Retarget`, so the browser shows the server's words and parses nothing.
What each says comes from `glanceapp.text`.
"""

from __future__ import annotations

import logging
from typing import Any

from litestar import Request, Response
from litestar.exceptions import HTTPException

from glanceapp import text
from glanceapp.connect.errors import (
    ConnectError,
    InstallPayloadError,
    KeyServerUnavailable,
    TokenError,
)
from glanceapp.forge.errors import FitError, ForgeError, JwksUnavailable
from glanceapp.logs import printable
from glanceapp.web.services import services_of
from glanceapp.web.views import notice
from glanceapp.web.views import problem as problem_view

log = logging.getLogger("glanceapp.web")

NOTICE_TARGET = {"HX-Retarget": "#app-notice", "HX-Reswap": "outerHTML"}
RETRY_AFTER_SECONDS = 30
JWKS_RETRY_AFTER_SECONDS = 5


def is_htmx(request: Request[Any, Any, Any]) -> bool:
    return request.headers.get("hx-request") == "true"


def problem(
    request: Request[Any, Any, Any],
    message: str,
    status_code: int,
    headers: dict[str, str] | None = None,
) -> Response[Any]:
    """The answer to a failed request: markup for htmx (see the module docstring), JSON otherwise."""
    if not is_htmx(request):
        return Response({"error": message}, status_code=status_code, headers=headers)
    if status_code == 401:
        view = problem_view(message)
    else:
        view, headers = notice(message), {**(headers or {}), **NOTICE_TARGET}
    renderer = services_of(request.app).templates
    return renderer.html(view, status_code=status_code, headers=headers, memo=True)


def on_token_error(request: Request[Any, Any, Any], exc: TokenError) -> Response[Any]:
    scheme = request.route_handler.opt.get("www_authenticate", "JWT")
    log.info("refused %s %s: %s", request.method, printable(request.url.path), type(exc).__name__)
    return problem(request, text.RELOAD, 401, {"WWW-Authenticate": str(scheme)})


def on_payload_error(request: Request[Any, Any, Any], exc: InstallPayloadError) -> Response[Any]:
    return Response({"error": str(exc)}, status_code=400)


def on_key_server(request: Request[Any, Any, Any], exc: KeyServerUnavailable) -> Response[Any]:
    log.warning("install key server unavailable: %s", printable(str(exc)))
    return Response(
        {"error": "the install key server is unavailable; try again later"},
        status_code=503,
        headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
    )


def on_fit_error(request: Request[Any, Any, Any], exc: FitError) -> Response[Any]:
    log.info("refused %s %s: %s", request.method, request.url.path, type(exc).__name__)
    return problem(request, text.RELOAD, 401, {"WWW-Authenticate": "Bearer"})


def on_jwks(request: Request[Any, Any, Any], exc: JwksUnavailable) -> Response[Any]:
    log.warning("Forge JWKS unavailable: %s", exc)
    return Response(
        {"error": "Forge's signing keys are unavailable; try again later"},
        status_code=503,
        headers={"Retry-After": str(JWKS_RETRY_AFTER_SECONDS)},
    )


def on_forge_error(request: Request[Any, Any, Any], exc: ForgeError) -> Response[Any]:
    """A Forge request we understood but cannot take (a lifecycle body): 400, its reason."""
    return Response({"error": str(exc)}, status_code=400)


def on_connect_error(request: Request[Any, Any, Any], exc: ConnectError) -> Response[Any]:
    return on_token_error(request, TokenError(str(exc)))


def on_http_exception(request: Request[Any, Any, Any], exc: HTTPException) -> Response[Any]:
    # Never echo the detail: a validation message can quote the URL, jwt included.
    message = text.for_status(exc.status_code)
    return problem(request, message, exc.status_code, dict(exc.headers or {}))


def on_unexpected(request: Request[Any, Any, Any], exc: Exception) -> Response[Any]:
    """Log what went wrong, with the request id, and answer a plain 500."""
    request_id = request.scope.get("state", {}).get("request_id")
    log.error(
        "unhandled %s on %s %s",
        type(exc).__name__,
        request.method,
        printable(request.url.path),
        exc_info=exc,
        extra={"request_id": request_id},
    )
    return problem(request, text.SERVER_FAULT, 500)


EXCEPTION_HANDLERS = {
    TokenError: on_token_error,
    InstallPayloadError: on_payload_error,
    KeyServerUnavailable: on_key_server,
    ConnectError: on_connect_error,
    FitError: on_fit_error,
    JwksUnavailable: on_jwks,
    ForgeError: on_forge_error,
    HTTPException: on_http_exception,
    Exception: on_unexpected,
}
