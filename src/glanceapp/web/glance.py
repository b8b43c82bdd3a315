"""The glance: the iframe page Jira loads on every issue, and its status partial."""

from __future__ import annotations

from typing import Annotated

from litestar import Request, Response, get
from litestar.datastructures import State
from litestar.di import NamedDependency
from litestar.params import QueryParameter

from glanceapp.connect.tokens import VerifiedToken
from glanceapp.domain import Tenant
from glanceapp.web import views
from glanceapp.web.auth import route_auth
from glanceapp.web.services import Services
from glanceapp.web.views import StatusView, status_view

NO_STORE = {"Cache-Control": "no-store"}


async def current_status(
    services: Services, tenant: Tenant, token: VerifiedToken, message: str | None = None
) -> StatusView:
    now = services.clock()
    if not token.account_id:
        return StatusView(state="unlinked", anonymous=True)
    status = await services.links.glance_status(tenant, token.account_id)
    return status_view(status, now, message=message)


@get("/glance", **route_auth("request"))
async def glance_page(
    request: Request[Tenant, VerifiedToken, State],
    services: NamedDependency[Services],
    issue_key: Annotated[str | None, QueryParameter(name="issueKey", max_length=255)] = None,
    project_key: Annotated[str | None, QueryParameter(name="projectKey", max_length=255)] = None,
) -> Response[bytes]:
    status = await current_status(services, request.user, request.auth)
    return services.templates.html(
        views.glance_page(status, issue_key, project_key), headers=NO_STORE, memo=True
    )


@get("/glance/status", **route_auth("context"))
async def glance_status(
    request: Request[Tenant, VerifiedToken, State], services: NamedDependency[Services]
) -> Response[bytes]:
    status = await current_status(services, request.user, request.auth)
    return services.templates.html(views.status_partial(status), headers=NO_STORE, memo=True)


HANDLERS = [glance_page, glance_status]
