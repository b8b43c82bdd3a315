"""Routes without authentication: the descriptor and the health check. They reveal no tenant."""

from __future__ import annotations

from litestar import Response, get
from litestar.di import NamedDependency
from litestar.handlers import HTTPRouteHandler
from litestar.status_codes import HTTP_200_OK, HTTP_503_SERVICE_UNAVAILABLE

from glanceapp.web.services import Services


def descriptor_route(body: bytes) -> HTTPRouteHandler:
    """`GET /atlassian-connect.json` answering `body`, rendered once per app.

    The handler takes no parameters, so nothing is injected or parsed per request:
    Jira and every health probe of the install page fetch it often.
    """

    @get("/atlassian-connect.json", media_type="application/json")
    async def descriptor() -> Response[bytes]:
        return Response(body, media_type="application/json", headers=_NO_CACHE)

    return descriptor


_NO_CACHE = {"Cache-Control": "no-cache"}


@get("/healthz", media_type="application/json")
async def healthz(services: NamedDependency[Services]) -> Response[dict[str, str]]:
    if await services.db.ping():
        return Response({"status": "ok"}, status_code=HTTP_200_OK)
    return Response({"status": "unavailable"}, status_code=HTTP_503_SERVICE_UNAVAILABLE)


HANDLERS = [healthz]
"""The routes besides the descriptor, which `descriptor_route` builds per app."""
