"""Lifecycle callbacks from Jira: installed, uninstalled (signed install), enabled, disabled."""

from __future__ import annotations

import json

from litestar import Request, post
from litestar.datastructures import State
from litestar.di import NamedDependency

from glanceapp.connect.errors import InstallPayloadError, WrongIssuer
from glanceapp.connect.install import (
    VerifiedInstall,
    check_install_body,
    check_install_token,
    verify_signed_install,
)
from glanceapp.connect.tokens import VerifiedToken
from glanceapp.domain import Tenant
from glanceapp.web.auth import canonical_request_of, route_auth
from glanceapp.web.services import Services


async def _verify_install(
    request: Request[object, object, State], services: Services, *, event: str
) -> VerifiedInstall:
    """The token is checked before the body is read, and both before any key is fetched."""
    settings = services.settings
    canonical = canonical_request_of(request.scope, settings.base_path)
    now = services.clock()
    checked = check_install_token(
        authorization=request.headers.get("authorization"),
        request=canonical,
        app_base_url=settings.base_url,
        leeway=settings.jwt_leeway,
        now=now,
    )
    payload = check_install_body(
        checked,
        await request.body(),
        allowed_hosts=settings.allowed_hosts,
        require_secret=event == "installed",
    )
    verified = verify_signed_install(
        checked,
        payload,
        public_key=await services.key_source(checked.kid),
        request=canonical,
        app_base_url=settings.base_url,
        leeway=settings.jwt_leeway,
        now=now,
    )
    if verified.payload.event_type not in (None, event):
        raise InstallPayloadError(f"eventType is not {event}")
    return verified


@post("/installed", status_code=204)
async def installed(
    request: Request[object, object, State], services: NamedDependency[Services]
) -> None:
    verified = await _verify_install(request, services, event="installed")
    await services.tenants.install(
        verified.payload, kid=verified.kid, account_id=verified.account_id, now=services.clock()
    )


@post("/uninstalled", status_code=204)
async def uninstalled(
    request: Request[object, object, State], services: NamedDependency[Services]
) -> None:
    verified = await _verify_install(request, services, event="uninstalled")
    await services.tenants.uninstall(
        verified.payload, kid=verified.kid, account_id=verified.account_id, now=services.clock()
    )


async def _check_callback_body(request: Request[Tenant, VerifiedToken, State]) -> None:
    body = await request.body()
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise InstallPayloadError("body is not JSON") from None
    if not isinstance(data, dict) or not isinstance(data.get("clientKey"), str):
        raise InstallPayloadError("missing field clientKey")
    if data["clientKey"] != request.auth.client_key:
        raise WrongIssuer("clientKey in the body is not the token's issuer")


@post("/enabled", status_code=204, **route_auth("request", allow_disabled=True))
async def enabled(
    request: Request[Tenant, VerifiedToken, State], services: NamedDependency[Services]
) -> None:
    await _check_callback_body(request)
    await services.tenants.set_enabled(
        request.user.client_key, True, account_id=request.auth.account_id, now=services.clock()
    )


@post("/disabled", status_code=204, **route_auth("request", allow_disabled=True))
async def disabled(
    request: Request[Tenant, VerifiedToken, State], services: NamedDependency[Services]
) -> None:
    await _check_callback_body(request)
    await services.tenants.set_enabled(
        request.user.client_key, False, account_id=request.auth.account_id, now=services.clock()
    )


HANDLERS = [installed, uninstalled, enabled, disabled]
