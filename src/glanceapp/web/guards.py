"""May they: what a route requires of the caller the auth middleware identified.

`web.auth` answers "who is calling" (a known, installed site and, for some
tokens, a person) and puts the site in `request.user` and the verified token in
`request.auth`. These guards answer "may they use this route"; each refusal is a
TokenError, answered 401 like every other authentication failure.

- `site_in_service`, on every route that takes a tenant token (`web.auth.route_auth`
  attaches it, and only there): a disabled site is refused, except on routes
  whose `opt` says `allow_disabled` (Jira's `/enabled` and `/disabled`
  callbacks, which reach a disabled site by design).
- `signed_in_user`, on the routes that act for a person: the token must name
  one (`sub`); an anonymous viewer may look at the glance but not link.

Both are coroutines: Litestar runs a plain-function guard in a worker thread,
a thread hop per request for a dictionary lookup.
"""

from __future__ import annotations

from typing import Any

from litestar.connection import ASGIConnection
from litestar.handlers.base import BaseRouteHandler

from glanceapp.connect.errors import MissingClaim, WrongIssuer
from glanceapp.domain import Tenant
from glanceapp.site_use import site_use


async def site_in_service(
    connection: ASGIConnection[Any, Any, Any, Any], handler: BaseRouteHandler
) -> None:
    tenant: Tenant = connection.user
    allow_disabled = bool(handler.opt.get("allow_disabled"))
    if not site_use(tenant).accepts_connect(allow_disabled=allow_disabled):
        raise WrongIssuer("disabled or uninstalled tenant")


async def signed_in_user(
    connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler
) -> None:
    if not connection.auth.account_id:
        raise MissingClaim("sub")
