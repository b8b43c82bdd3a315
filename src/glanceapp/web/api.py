"""The service API a linked apiKey proves itself against."""

from __future__ import annotations

from litestar import Request, Response, get
from litestar.datastructures import State
from litestar.di import NamedDependency

from glanceapp.connect.errors import BadSignature
from glanceapp.connect.tokens import token_from_header
from glanceapp.domain import iso_utc
from glanceapp.web.services import Services


@get("/api/whoami", opt={"www_authenticate": "Bearer"})
async def whoami(
    request: Request[object, object, State], services: NamedDependency[Services]
) -> Response[dict[str, str]]:
    api_key = token_from_header(request.headers.get("authorization"), "Bearer")
    record = await services.links.whoami(api_key)
    if record is None:
        raise BadSignature("unknown, revoked or expired apiKey")
    return Response(
        {"account": record.service_account, "expiresAt": iso_utc(record.expires_at)},
        headers={"Cache-Control": "no-store"},
    )


HANDLERS = [whoami]
