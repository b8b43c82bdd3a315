"""The Forge remote: the same glance and link operations, reached through Forge.

Who is calling comes only from a verified Forge Invocation Token (FIT) in
`Authorization: Bearer`: the installation from `app.installationId`, the person
from `principal`. Nothing the browser or the Custom UI sends names either. Each
handler calls `forge_caller()` first; it refuses (401, `WWW-Authenticate:
Bearer`) before anything is read or written, and a JWKS that cannot be fetched
is 503.

A Custom UI cannot open popups, so the sign-in is a top-level page on this
server reached through a one-time ticket: `POST /forge/link/start` (FIT plus the
person's user token) mints it, the Custom UI opens `/forge/link?ticket=…` with
`router.open`, and the page posts the login form back with the ticket and its
CSRF token. The user property is then written with the user token received at
`start`, kept sealed for the ticket's life only.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlencode

from litestar import Request, Response, get, post, route
from litestar.datastructures import MutableScopeHeaders, State
from litestar.di import NamedDependency
from litestar.exceptions import NotFoundException
from litestar.types import Message, Scope

from glanceapp.connect.hosts import host_allowed
from glanceapp.domain import Tenant
from glanceapp.forge import (
    ForgeError,
    InstallationGone,
    MissingClaim,
    VerifiedFit,
    fit_from_header,
    looks_like_ticket,
    new_ticket,
    parse_fit,
    read_user_token_expiry,
    ticket_digest,
    ticket_expiry,
    verify_fit,
)
from glanceapp.jira.forge_client import ForgeUserCaller
from glanceapp.keyring import FORGE_TICKET_MAC, FORGE_USER_TOKEN, SealError
from glanceapp.rules import MAX_NAME_LENGTH
from glanceapp.service.passwords import MAX_PASSWORD_LENGTH
from glanceapp.storage.forge import ForgeInstallation, InstallationFacts
from glanceapp.text import (
    FORM_EXPIRED,
    JIRA_REFUSED,
    MISSING_FIELDS,
    SIGN_IN_REFUSED,
    TICKET_GONE,
    WRONG_CREDENTIALS,
)
from glanceapp.web import views
from glanceapp.web.glance import NO_STORE
from glanceapp.web.services import ForgeServices, Services
from glanceapp.web.views import StatusView, status_view

log = logging.getLogger(__name__)

USER_TOKEN_HEADER = "x-forge-oauth-user"  # noqa: S105 - a header name
MAX_USER_TOKEN_LENGTH = 16384
CSRF_COOKIE = "glanceapp_forge_csrf"
STATUS_PATH = "/forge/glance/status"
EVENTS = {"avi:forge:installed:app": "installed", "avi:forge:upgraded:app": "upgraded"}


class LifecyclePayloadError(ForgeError):
    """Raised when a verified lifecycle trigger's body is not one we understand (400)."""


@dataclass(frozen=True, slots=True)
class ForgeCall:
    """A verified Forge call: the FIT, its installation and its site."""

    fit: VerifiedFit
    installation: ForgeInstallation
    site: Tenant

    @property
    def account_id(self) -> str:
        if self.fit.account_id is None:
            raise MissingClaim("principal")
        return self.fit.account_id


def _forge(services: Services) -> ForgeServices:
    if services.forge is None:
        raise NotFoundException()
    return services.forge


def _facts(fit: VerifiedFit) -> InstallationFacts:
    return InstallationFacts(
        installation_id=fit.installation_id,
        api_base_url=fit.api_base_url,
        cloud_id=fit.cloud_id,
        site_url=fit.site_url,
        environment_id=fit.environment_id,
        app_version=fit.app_version,
    )


async def verify_call(
    request: Request[Any, Any, State], services: Services, *, require_user: bool
) -> VerifiedFit:
    """The verified FIT of this request, or a FitError (401) / JwksUnavailable (503)."""
    forge = _forge(services)
    token = fit_from_header(request.headers.get("authorization"))
    parsed = parse_fit(token)
    await forge.keys.ensure(parsed.kid)
    return verify_fit(
        parsed,
        key_for=forge.keys.key,
        rules=forge.rules,
        now=services.clock(),
        require_principal=require_user,
        memo=forge.memo,
    )


async def installation_for(
    services: Services, fit: VerifiedFit, *, event: str = "seen"
) -> ForgeCall:
    """The FIT's installation and site; a lost install trigger is made good here.

    An installation recorded as uninstalled is never revived (Forge gives a
    reinstall a new id): its FITs are refused.
    """
    forge = _forge(services)
    installation = await forge.store.get(fit.installation_id)
    if installation is not None and not installation.installed:
        raise InstallationGone("the installation was uninstalled")
    if (
        installation is None
        or event != "seen"
        or installation.api_base_url != fit.api_base_url
        or (installation.site_url is None and fit.site_url is not None)
    ):
        installation = await forge.store.record(_facts(fit), event=event, now=services.clock())
        if installation is None:
            raise InstallationGone("the installation was uninstalled")
        services.tenants.invalidate()
    site = await services.tenants.get(installation.site_id)
    if site is None or not site.forge_served:
        raise InstallationGone("the installation's site is not served")
    return ForgeCall(fit=fit, installation=installation, site=site)


async def forge_caller(
    request: Request[Any, Any, State], services: Services, *, require_user: bool
) -> ForgeCall:
    """Who is calling: a verified FIT and the installation it names."""
    fit = await verify_call(request, services, require_user=require_user)
    return await installation_for(services, fit)


# ---------------------------------------------------------------------------- lifecycle


@post("/forge/lifecycle", status_code=204, opt={"www_authenticate": "Bearer"})
async def forge_lifecycle(
    request: Request[Any, Any, State], services: NamedDependency[Services]
) -> None:
    """The install/upgrade trigger: the FIT says which installation; the body only which event."""
    fit = await verify_call(request, services, require_user=False)
    try:
        body = json.loads(await request.body() or b"{}")
    except (ValueError, RecursionError):
        body = None
    if not isinstance(body, dict):
        raise LifecyclePayloadError("the lifecycle body is not a JSON object")
    event_type = body.get("eventType", "avi:forge:installed:app")
    if event_type not in EVENTS:
        raise LifecyclePayloadError("eventType is not an install or upgrade event")
    await installation_for(services, fit, event=EVENTS[event_type])


@post("/forge/pre-uninstall", status_code=204, opt={"www_authenticate": "Bearer"})
async def forge_pre_uninstall(
    request: Request[Any, Any, State], services: NamedDependency[Services]
) -> None:
    """preUninstall: the installation is gone; the site's keys go when no host serves it."""
    fit = await verify_call(request, services, require_user=False)
    if await _forge(services).store.uninstall(fit.installation_id, now=services.clock()):
        services.tenants.invalidate()


# ---------------------------------------------------------------------------- the glance


async def _status(services: Services, call: ForgeCall, message: str | None = None) -> StatusView:
    status = await services.links.status(call.site, call.account_id)
    return status_view(status, services.clock(), message=message)


def _status_html(services: Services, view: StatusView) -> bytes:
    return services.templates.render(views.status_partial(view), memo=True)


@get(STATUS_PATH, opt={"www_authenticate": "Bearer"})
async def forge_status(
    request: Request[Any, Any, State], services: NamedDependency[Services]
) -> Response[bytes]:
    """The status partial, as `requestRemote` fetches it (no user token comes with it)."""
    call = await forge_caller(request, services, require_user=True)
    view = views.status_partial(await _status(services, call))
    return services.templates.html(view, headers=NO_STORE, memo=True)


@route(STATUS_PATH, http_method=["OPTIONS"], status_code=204, include_in_schema=False)
async def forge_status_preflight(services: NamedDependency[Services]) -> None:
    """CORS preflight: the headers are set by `ForgeCors` when the origin is allowed."""
    _forge(services)


class ForgeCors:
    """CORS on the `requestRemote` route only: an allowed origin is echoed, never credentials."""

    def __init__(self, origins: tuple[str, ...], base_path: str) -> None:
        self._origins = origins
        self._path = f"{base_path}{STATUS_PATH}"

    def allowed(self, origin: str | None) -> bool:
        return origin is not None and host_allowed(origin, self._origins)

    async def __call__(self, message: Message, scope: Scope) -> None:
        if message["type"] != "http.response.start" or scope["path"] != self._path:
            return
        origin = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"origin"), None)
        headers = MutableScopeHeaders.from_message(message)
        headers["Vary"] = "Origin"
        if not self.allowed(origin):
            return
        assert origin is not None
        headers["Access-Control-Allow-Origin"] = origin
        if scope.get("method") == "OPTIONS":
            headers["Access-Control-Allow-Methods"] = "GET"
            headers["Access-Control-Allow-Headers"] = (
                "authorization, hx-request, hx-current-url, hx-target, hx-trigger"
            )
            headers["Access-Control-Max-Age"] = "600"


# ---------------------------------------------------------------------------- invokeRemote


def _user_token(request: Request[Any, Any, State]) -> str | None:
    token = request.headers.get(USER_TOKEN_HEADER)
    if token is None:
        return None
    token = token.strip()
    if not token or len(token) > MAX_USER_TOKEN_LENGTH:
        return None
    if not token.isascii() or not token.isprintable() or " " in token:
        return None
    return token


def _no_user_token() -> Response[dict[str, str]]:
    return Response(
        {"error": "this call needs the user's Forge token (x-forge-oauth-user)"},
        status_code=400,
        headers=NO_STORE,
    )


def _caller_for(forge: ForgeServices, call: ForgeCall, user_token: str) -> ForgeUserCaller:
    return ForgeUserCaller(
        forge.jira,
        api_base_url=call.fit.api_base_url,
        user_token=user_token,
        account_id=call.account_id,
    )


@post("/forge/link/start", status_code=200, opt={"www_authenticate": "Bearer"})
async def forge_link_start(
    request: Request[Any, Any, State], services: NamedDependency[Services]
) -> Response[dict[str, str]]:
    call = await forge_caller(request, services, require_user=True)
    forge = _forge(services)
    user_token = _user_token(request)
    if user_token is None:
        return _no_user_token()
    now = services.clock()
    expires_at = ticket_expiry(now, read_user_token_expiry(user_token))
    if expires_at is None:
        return _no_user_token()
    # The person's token is here: settle what recovery left for them on a Forge-only site.
    await services.links.settle(
        call.site, call.account_id, jira=_caller_for(forge, call, user_token)
    )
    ticket = new_ticket()
    mac = ticket_digest(services.keyring.mac(FORGE_TICKET_MAC, b"ticket-key"), ticket)
    sealed = services.keyring.seal(FORGE_USER_TOKEN, user_token.encode(), mac.encode())
    await forge.store.add_ticket(
        ticket_mac=mac,
        installation_id=call.installation.installation_id,
        account_id=call.account_id,
        sealed_user_token=sealed,
        now=now,
        expires_at=expires_at,
    )
    url = f"{services.settings.base_url}/forge/link?{urlencode({'ticket': ticket})}"
    return Response({"url": url}, headers=NO_STORE)


def _json_status(services: Services, view: StatusView) -> Response[dict[str, str]]:
    return Response({"html": _status_html(services, view).decode()}, headers=NO_STORE)


@post("/forge/link/renew", status_code=200, opt={"www_authenticate": "Bearer"})
async def forge_link_renew(
    request: Request[Any, Any, State], services: NamedDependency[Services]
) -> Response[dict[str, str]]:
    call = await forge_caller(request, services, require_user=True)
    user_token = _user_token(request)
    if user_token is None:
        return _no_user_token()
    caller = _caller_for(_forge(services), call, user_token)
    await services.links.settle(call.site, call.account_id, jira=caller)
    outcome = await services.links.renew(call.site, call.account_id, jira=caller)
    return _json_status(
        services,
        status_view(
            outcome.status, services.clock(), message=outcome.error, renewed=outcome.renewed
        ),
    )


@post("/forge/link/unlink", status_code=200, opt={"www_authenticate": "Bearer"})
async def forge_link_unlink(
    request: Request[Any, Any, State], services: NamedDependency[Services]
) -> Response[dict[str, str]]:
    call = await forge_caller(request, services, require_user=True)
    user_token = _user_token(request)
    if user_token is None:
        return _no_user_token()
    caller = _caller_for(_forge(services), call, user_token)
    await services.links.settle(call.site, call.account_id, jira=caller)
    outcome = await services.links.unlink(call.site, call.account_id, jira=caller)
    return _json_status(
        services, status_view(outcome.status, services.clock(), message=outcome.error)
    )


# ---------------------------------------------------------------------------- the sign-in page


def _ticket_mac(services: Services, ticket: str) -> str:
    return ticket_digest(services.keyring.mac(FORGE_TICKET_MAC, b"ticket-key"), ticket)


def _csrf_token(services: Services, mac: str, nonce: str) -> str:
    key = services.keyring.mac(FORGE_TICKET_MAC, b"csrf-key")
    return hmac.new(key, f"{mac}|{nonce}".encode(), hashlib.sha256).hexdigest()


def _page(
    services: Services,
    *,
    status_code: int = 200,
    ticket: str | None = None,
    csrf: str | None = None,
    error: str | None = None,
    username: str = "",
    result: StatusView | None = None,
    gone: str | None = None,
    cookie: str | None = None,
) -> Response[bytes]:
    headers = dict(NO_STORE)
    if cookie is not None:
        secure = "; Secure" if services.settings.base_url.startswith("https://") else ""
        headers["Set-Cookie"] = (
            f"{CSRF_COOKIE}={cookie}; Path={services.settings.base_path}/forge/link; "
            f"HttpOnly; SameSite=Strict; Max-Age=900{secure}"
        )
    view = views.forge_link_page(
        ticket=ticket, csrf=csrf, error=error, username=username, result=result, gone=gone
    )
    return services.templates.html(
        view,
        status_code=status_code,
        headers=headers,
    )


@get("/forge/link")
async def forge_link_page(
    request: Request[Any, Any, State], services: NamedDependency[Services]
) -> Response[bytes]:
    _forge(services)
    values = request.query_params.getall("ticket", [])
    ticket = values[0] if len(values) == 1 else None
    if ticket is None or not looks_like_ticket(ticket):
        return _page(services, status_code=400, gone=TICKET_GONE)
    mac = _ticket_mac(services, ticket)
    record = await _forge(services).store.ticket(mac, now=services.clock())
    if record is None:
        return _page(services, status_code=400, gone=TICKET_GONE)
    nonce = request.cookies.get(CSRF_COOKIE)
    if nonce is None or len(nonce) != 43:
        nonce = secrets.token_urlsafe(32)
    return _page(services, ticket=ticket, csrf=_csrf_token(services, mac, nonce), cookie=nonce)


def _form(body: bytes) -> dict[str, str] | None:
    """The sign-in form's fields, each exactly once; None for anything else."""
    try:
        fields = parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=10)
    except (UnicodeDecodeError, ValueError):
        return None
    form: dict[str, str] = {}
    for name in ("ticket", "csrf", "username", "password"):
        values = fields.get(name, [])
        if len(values) != 1:
            return None
        form[name] = values[0]
    return form


@post("/forge/link", status_code=200)
async def forge_link_submit(
    request: Request[Any, Any, State], services: NamedDependency[Services]
) -> Response[bytes]:
    forge = _forge(services)
    if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        return _page(services, status_code=400, gone=FORM_EXPIRED)
    form = _form(await request.body())
    if form is None or not looks_like_ticket(form["ticket"]):
        return _page(services, status_code=400, gone=TICKET_GONE)
    ticket = form["ticket"]
    mac = _ticket_mac(services, ticket)
    nonce = request.cookies.get(CSRF_COOKIE)
    expected = _csrf_token(services, mac, nonce) if nonce else None
    if expected is None or not hmac.compare_digest(expected, form["csrf"]):
        log.info("forge sign-in refused: CSRF check failed")
        return _page(services, status_code=403, gone=FORM_EXPIRED)
    now = services.clock()
    record = await forge.store.ticket(mac, now=now)
    if record is None:
        return _page(services, status_code=400, gone=TICKET_GONE)
    username, password = form["username"], form["password"]
    if not username or not password:
        return _page(
            services, ticket=ticket, csrf=form["csrf"], error=MISSING_FIELDS, username=username
        )
    if len(username) > MAX_NAME_LENGTH or len(password) > MAX_PASSWORD_LENGTH:
        return _page(
            services, ticket=ticket, csrf=form["csrf"], error=WRONG_CREDENTIALS, username=""
        )
    installation = await forge.store.get(record.installation_id)
    site = await services.tenants.get(installation.site_id) if installation else None
    if installation is None or not installation.installed or site is None:
        await forge.store.spend_ticket(mac, now=now)
        return _page(services, status_code=400, gone=TICKET_GONE)
    try:
        user_token = services.keyring.open(
            FORGE_USER_TOKEN, record.sealed_user_token, mac.encode()
        ).decode()
    except SealError:
        await forge.store.spend_ticket(mac, now=now)
        return _page(services, status_code=400, gone=TICKET_GONE)
    # Spent before the link is attempted, so two posts cannot both link; put back
    # when the person may simply try again (wrong password, Jira unreachable).
    if not await forge.store.spend_ticket(mac, now=now):
        return _page(services, status_code=400, gone=TICKET_GONE)
    caller = ForgeUserCaller(
        forge.jira,
        api_base_url=installation.api_base_url,
        user_token=user_token,
        account_id=record.account_id,
    )
    outcome = await services.links.link(site, record.account_id, username, password, jira=caller)
    if outcome.ok:
        return _page(services, result=status_view(outcome.status, services.clock()))
    if outcome.error == JIRA_REFUSED:
        # Jira refused the write with the token from `start`: nothing was linked, and
        # only a fresh start from the issue brings a fresh token.
        return _page(services, gone=SIGN_IN_REFUSED)
    await forge.store.add_ticket(
        ticket_mac=mac,
        installation_id=record.installation_id,
        account_id=record.account_id,
        sealed_user_token=record.sealed_user_token,
        now=services.clock(),
        expires_at=record.expires_at,
    )
    return _page(services, ticket=ticket, csrf=form["csrf"], error=outcome.error, username=username)


HANDLERS = [
    forge_lifecycle,
    forge_pre_uninstall,
    forge_status,
    forge_status_preflight,
    forge_link_start,
    forge_link_renew,
    forge_link_unlink,
    forge_link_page,
    forge_link_submit,
]
