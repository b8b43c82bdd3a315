"""Routes without authentication: the descriptor and the health check. They reveal no tenant."""

from __future__ import annotations

from litestar import Response, get
from litestar.di import NamedDependency
from litestar.status_codes import HTTP_200_OK, HTTP_503_SERVICE_UNAVAILABLE

from glanceapp.web.services import Services


@get("/atlassian-connect.json", media_type="application/json")
async def descriptor(services: NamedDependency[Services]) -> Response[bytes]:
    body = services.descriptor_json
    return Response(body, media_type="application/json", headers={"Cache-Control": "no-cache"})


@get("/healthz", media_type="application/json")
async def healthz(services: NamedDependency[Services]) -> Response[dict[str, str]]:
    if await services.db.ping():
        return Response({"status": "ok"}, status_code=HTTP_200_OK)
    return Response({"status": "unavailable"}, status_code=HTTP_503_SERVICE_UNAVAILABLE)


HANDLERS = [descriptor, healthz]
