"""Routes without authentication: the descriptor and the health check. They reveal no tenant."""

from __future__ import annotations

from collections.abc import Mapping

from litestar import Response, get
from litestar.di import NamedDependency
from litestar.handlers import HTTPRouteHandler
from litestar.status_codes import HTTP_200_OK, HTTP_503_SERVICE_UNAVAILABLE
from litestar.types import ASGIApp, Receive, Scope, Send

from glanceapp.web.services import Services


def descriptor_route(body: bytes) -> HTTPRouteHandler:
    """`GET /atlassian-connect.json` answering `body`, rendered once per app.

    Jira and every health probe of the install page fetch it often, and it is
    the same bytes each time, so its whole answer (status, headers, body) is
    built once and sent as is: the handler takes no parameters (nothing is
    injected or parsed) and builds no Response per request. The edge still adds
    the request id and security headers and logs the line, as for every route.
    """
    answer = PrebuiltAnswer(
        body, media_type="application/json", headers={"Cache-Control": "no-cache"}
    )

    @get("/atlassian-connect.json", media_type="application/json")
    async def descriptor() -> ASGIApp:
        return answer

    return descriptor


class PrebuiltAnswer:
    """A 200 answer encoded once: each request gets its own copy of the header list."""

    __slots__ = ("_body", "_headers")

    def __init__(self, body: bytes, *, media_type: str, headers: Mapping[str, str]) -> None:
        self._body = body
        self._headers = (
            *(
                (name.lower().encode("latin-1"), value.encode("latin-1"))
                for name, value in headers.items()
            ),
            (b"content-type", media_type.encode("latin-1")),
            (b"content-length", str(len(body)).encode("latin-1")),
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": list(self._headers)})
        await send({"type": "http.response.body", "body": self._body, "more_body": False})


@get("/healthz", media_type="application/json")
async def healthz(services: NamedDependency[Services]) -> Response[dict[str, str]]:
    if await services.db.ping():
        return Response({"status": "ok"}, status_code=HTTP_200_OK)
    return Response({"status": "unavailable"}, status_code=HTTP_503_SERVICE_UNAVAILABLE)


HANDLERS = [healthz]
"""The routes besides the descriptor, which `descriptor_route` builds per app."""
