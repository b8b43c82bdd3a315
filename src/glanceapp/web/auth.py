"""Authentication middleware: who is calling.

Each route that takes a tenant token declares, through `route_auth`, which one:
`auth="request"` (a tenant token bound to this very request by qsh, from the
`jwt` query parameter or `Authorization: JWT`), `auth="context"` (a context
token, `Authorization: JWT` only). The token never chooses. On success the
verified token is `request.auth` and the tenant `request.user`; every failure
raises a TokenError, answered with 401 by the error handlers.

Whether the caller may use the route (a disabled site, a token without a
person) is not decided here but by the guards in `web.guards`.
"""

from __future__ import annotations

from typing import Any, Literal
from urllib.parse import unquote

from litestar.types import ASGIApp, Receive, Scope, Send

from glanceapp.connect.errors import MissingToken, WrongIssuer
from glanceapp.connect.qsh import CanonicalRequest
from glanceapp.connect.tokens import (
    TokenKind,
    parse_tenant_token,
    token_from_header,
    verify_parsed_token,
)
from glanceapp.site_use import site_use
from glanceapp.web.guards import signed_in_user, site_in_service
from glanceapp.web.services import Services

AuthOpt = Literal["request", "context"]
_KINDS = {"request": TokenKind.REQUEST, "context": TokenKind.CONTEXT}
"""A site in these states can say who is calling; whether a disabled one may is `web.guards`."""


def header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key == name:
            return value.decode("latin-1")
    return None


def _query_token(query: str) -> str | None:
    """The one `jwt` query parameter, decoded as `parse_qsl` would; None without one.

    A split instead of `parse_qsl`: this runs on every glance load, and only the
    `jwt` pairs need decoding.
    """
    if "jwt=" not in query:
        return None
    values = []
    for pair in query.split("&"):
        name, _, value = pair.partition("=")
        if name != "jwt" and not (("%" in name or "+" in name) and _unquote(name) == "jwt"):
            continue
        values.append(_unquote(value) if "%" in value or "+" in value else value)
    if len(values) != 1:
        raise MissingToken("expected exactly one jwt query parameter")
    return values[0]


def _unquote(text: str) -> str:
    return unquote(text.replace("+", " "))


class TenantAuthMiddleware:
    """Attached by `route_auth` to each route that takes a tenant token, and only there.

    Every scope it sees is authenticated: it has no pass-through, so whatever
    it wraps is never reached without a verified token.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        mode: AuthOpt = scope["route_handler"].opt["auth"]
        services: Services = scope["app"].state.services
        settings = services.settings
        kind = _KINDS[mode]
        query = scope.get("query_string", b"").decode("latin-1")
        authorization = header(scope, b"authorization")
        token: str | None = None
        if kind is TokenKind.REQUEST and authorization is None:
            token = _query_token(query)
        if token is None:
            token = token_from_header(authorization, "JWT")
        parsed = parse_tenant_token(token)
        tenant = await services.tenants.get(parsed.issuer)
        if tenant is None or not tenant.shared_secret or not site_use(tenant).lifecycle_requests:
            raise WrongIssuer("unknown or uninstalled tenant")
        request = canonical_request_of(scope, settings.base_path)
        verified = verify_parsed_token(
            parsed,
            shared_secret=tenant.shared_secret,
            kind=kind,
            request=request,
            leeway=settings.jwt_leeway,
            now=services.clock(),
        )
        scope["user"] = tenant
        scope["auth"] = verified
        await self.app(scope, receive, send)


def route_auth(
    mode: AuthOpt, *, allow_disabled: bool = False, person: bool = False
) -> dict[str, Any]:
    """What a route handler declares to accept one kind of tenant token.

    `@get(path, **route_auth("context", person=True))`: the route's `opt` names
    the token, and the route gets this middleware (who is calling) and its guards
    (may they): `site_in_service` always, `signed_in_user` with `person=True`.
    `allow_disabled=True` lets a disabled site through `site_in_service`.

    Only these routes pass the middleware and a guard: the descriptor, health,
    static files and Forge's routes enter neither (Litestar copies the handler
    for each guard it runs, on every request).
    """
    opt: dict[str, Any] = {"auth": mode}
    if allow_disabled:
        opt["allow_disabled"] = True
    return {
        "opt": opt,
        "middleware": [TenantAuthMiddleware],
        "guards": [site_in_service, signed_in_user] if person else [site_in_service],
    }


def canonical_request_of(scope: Scope, base_path: str) -> CanonicalRequest:
    """This request as qsh sees it: the raw path and query, relative to the base URL's path."""
    raw_path = (scope.get("raw_path") or scope["path"].encode("latin-1")).partition(b"?")[0]
    return CanonicalRequest(
        str(scope.get("method", "GET")),
        raw_path.decode("latin-1"),
        scope.get("query_string", b"").decode("latin-1"),
        base_path,
    )
