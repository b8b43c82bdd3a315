"""The `oidc` sign-in's routes: starting a flow from either host, and the callback.

Who is linking is fixed when the flow starts, from a verified identity only:
the Connect context JWT (`POST /link/oidc`, from the popup) or a live Forge
ticket with its CSRF token (`POST /forge/link/oidc`, from the sign-in tab). The
flow is stored under a MAC of its `state`; the callback (`GET /link/callback`,
a top-level page nobody may frame) takes it once, so a callback can only ever
link the person who started it, and a replayed callback links nobody.
"""

from __future__ import annotations

import hmac
import logging
from typing import Any
from urllib.parse import parse_qs

from litestar import Request, Response, get, post
from litestar.datastructures import State
from litestar.di import NamedDependency
from litestar.exceptions import NotFoundException

from glanceapp import text
from glanceapp.connect.tokens import VerifiedToken
from glanceapp.domain import Tenant
from glanceapp.forge import looks_like_ticket
from glanceapp.jira.forge_client import ForgeUserCaller
from glanceapp.keyring import FORGE_USER_TOKEN, SIGN_IN_STATE_MAC, SealError
from glanceapp.service.accounts import Credential
from glanceapp.service.links import LinkOutcome
from glanceapp.service.oidc import (
    FLOW_SECONDS,
    FlowGone,
    ProviderError,
    SignInRefused,
)
from glanceapp.storage.sign_in_flows import SignInFlow
from glanceapp.web import forge as forge_routes
from glanceapp.web import views
from glanceapp.web.auth import route_auth
from glanceapp.web.glance import NO_STORE
from glanceapp.web.services import OidcServices, Services
from glanceapp.web.views import status_view

log = logging.getLogger(__name__)

CALLBACK_PATH = "/link/callback"
MAX_CODE_LENGTH = 4096
MAX_STATE_LENGTH = 128


def _oidc(services: Services) -> OidcServices:
    if services.oidc is None:
        raise NotFoundException()
    return services.oidc


def state_mac(services: Services, state: str) -> str:
    return services.keyring.mac(SIGN_IN_STATE_MAC, state.encode()).hex()


async def _start(
    services: Services,
    *,
    site_id: str,
    account_id: str,
    installation_id: str | None = None,
    user_token: bytes | None = None,
) -> str:
    """Store a new flow for this identity; the provider URL to send the person to.

    A Forge user token is sealed under the flow's state MAC: it opens only for
    this flow's callback.
    """
    oidc = _oidc(services)
    authorization = await oidc.sign_in.authorization()
    mac = state_mac(services, authorization.state)
    now = services.clock()
    await oidc.flows.add(
        mac,
        SignInFlow(
            site_id=site_id,
            account_id=account_id,
            nonce=authorization.nonce,
            code_verifier=authorization.code_verifier,
            expires_at=now + FLOW_SECONDS,
            installation_id=installation_id,
            sealed_user_token=(
                None
                if user_token is None
                else services.keyring.seal(FORGE_USER_TOKEN, user_token, mac.encode())
            ),
        ),
        now=now,
    )
    return authorization.url


def _fields(body: bytes, names: tuple[str, ...]) -> dict[str, str] | None:
    """The form's fields, each exactly once; None for anything else."""
    try:
        parsed = parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=10)
    except (UnicodeDecodeError, ValueError):
        return None
    fields: dict[str, str] = {}
    for name in names:
        values = parsed.get(name, [])
        if len(values) != 1:
            return None
        fields[name] = values[0]
    return fields


# ---------------------------------------------------------------------------- Connect popup


@post("/link/oidc", status_code=200, **route_auth("context", person=True))
async def oidc_start(
    request: Request[Tenant, VerifiedToken, State], services: NamedDependency[Services]
) -> Response[bytes]:
    """From the popup: the flow is bound to the context JWT's site and person."""
    _oidc(services)
    account_id = request.auth.account_id
    assert account_id is not None  # the signed_in_user guard guarantees it
    try:
        url = await _start(services, site_id=request.user.client_key, account_id=account_id)
    except SignInRefused as exc:
        log.warning("sign-in not started: %s", exc)
        return services.templates.html(views.oidc_start(exc.message), headers=NO_STORE)
    return services.templates.html(
        views.oidc_start(redirecting=True), headers={**NO_STORE, "HX-Redirect": url}
    )


# ---------------------------------------------------------------------------- Forge sign-in tab


def _redirect_page(services: Services, url: str) -> Response[bytes]:
    """A page that moves on to the provider by itself (a meta refresh, so no script and no
    form-action redirect) and offers the link for a browser that does not."""
    return services.templates.html(views.oidc_redirect_page(url), headers=NO_STORE)


@post("/forge/link/oidc", status_code=200)
async def forge_oidc_start(
    request: Request[Any, Any, State], services: NamedDependency[Services]
) -> Response[bytes]:
    """From the Forge sign-in tab: the ticket (with its CSRF token) is spent for a flow."""
    forge = forge_routes._forge(services)
    _oidc(services)
    if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        return forge_routes._page(services, status_code=400, gone=text.FORM_EXPIRED)
    fields = _fields(await request.body(), ("ticket", "csrf"))
    if fields is None or not looks_like_ticket(fields["ticket"]):
        return forge_routes._page(services, status_code=400, gone=text.TICKET_GONE)
    ticket = fields["ticket"]
    mac = forge_routes._ticket_mac(services, ticket)
    nonce = request.cookies.get(forge_routes.CSRF_COOKIE)
    expected = forge_routes._csrf_token(services, mac, nonce) if nonce else None
    if expected is None or not hmac.compare_digest(expected, fields["csrf"]):
        log.info("forge sign-in refused: CSRF check failed")
        return forge_routes._page(services, status_code=403, gone=text.FORM_EXPIRED)
    now = services.clock()
    record = await forge.store.ticket(mac, now=now)
    installation = await forge.store.get(record.installation_id) if record else None
    if record is None or installation is None or not installation.installed:
        return forge_routes._page(services, status_code=400, gone=text.TICKET_GONE)
    try:
        token = services.keyring.open(FORGE_USER_TOKEN, record.sealed_user_token, mac.encode())
        await _oidc(services).sign_in.metadata()
    except SealError:
        await forge.store.spend_ticket(mac, now=now)
        return forge_routes._page(services, status_code=400, gone=text.TICKET_GONE)
    except SignInRefused as exc:
        log.warning("sign-in not started: %s", exc)
        return forge_routes._page(services, ticket=ticket, csrf=fields["csrf"], error=exc.message)
    if not await forge.store.spend_ticket(mac, now=now):
        return forge_routes._page(services, status_code=400, gone=text.TICKET_GONE)
    try:
        url = await _start(
            services,
            site_id=installation.site_id,
            account_id=record.account_id,
            installation_id=installation.installation_id,
            user_token=token,
        )
    except SignInRefused as exc:
        log.warning("sign-in not started: %s", exc)
        return forge_routes._page(services, gone=exc.message)
    return _redirect_page(services, url)


# ---------------------------------------------------------------------------- the callback


def _one(request: Request[Any, Any, State], name: str, limit: int) -> str | None:
    values = request.query_params.getall(name, [])
    if len(values) != 1 or not values[0] or len(values[0]) > limit:
        return None
    return str(values[0])


def _callback_page(
    services: Services,
    *,
    outcome: LinkOutcome | None = None,
    error: str | None = None,
    forge: bool = False,
    status_code: int = 200,
) -> Response[bytes]:
    result = None
    if outcome is not None and outcome.ok:
        result = status_view(outcome.status, services.clock())
    elif outcome is not None:
        error = outcome.error
    return services.templates.html(
        views.link_callback_page(result, error, forge=forge),
        status_code=status_code,
        headers=NO_STORE,
    )


@get(CALLBACK_PATH)
async def oidc_callback(
    request: Request[Any, Any, State], services: NamedDependency[Services]
) -> Response[bytes]:
    oidc = _oidc(services)
    state = _one(request, "state", MAX_STATE_LENGTH)
    if state is None:
        return _callback_page(services, error=FlowGone.message, status_code=400)
    mac = state_mac(services, state)
    flow = await oidc.flows.take(mac, now=services.clock())
    if flow is None:
        log.info("sign-in callback refused: unknown, used or expired state")
        return _callback_page(services, error=FlowGone.message, status_code=400)
    forge = flow.installation_id is not None
    code = _one(request, "code", MAX_CODE_LENGTH)
    if code is None:
        error = _one(request, "error", 128) or "no code"
        log.info("sign-in callback without a code: %s", error if error.isprintable() else "?")
        return _callback_page(services, error=ProviderError.message, forge=forge)
    try:
        credential = await oidc.sign_in.finish(
            code=code, code_verifier=flow.code_verifier, nonce=flow.nonce
        )
    except SignInRefused as exc:
        log.warning("sign-in refused: %s", exc)
        return _callback_page(services, error=exc.message, forge=forge)
    if forge:
        return await _link_through_forge(services, flow, mac, credential)
    tenant = await services.tenants.get(flow.site_id)
    if tenant is None or not tenant.served:
        return _callback_page(services, error=FlowGone.message, status_code=400)
    outcome = await services.links.link_credential(tenant, flow.account_id, credential)
    return _callback_page(services, outcome=outcome)


async def _link_through_forge(
    services: Services, flow: SignInFlow, mac: str, credential: Credential
) -> Response[bytes]:
    forge = forge_routes._forge(services)
    assert flow.installation_id is not None
    installation = await forge.store.get(flow.installation_id)
    site = await services.tenants.get(installation.site_id) if installation else None
    if installation is None or not installation.installed or site is None or not site.served:
        return _callback_page(services, error=FlowGone.message, forge=True, status_code=400)
    try:
        assert flow.sealed_user_token is not None
        user_token = services.keyring.open(
            FORGE_USER_TOKEN, flow.sealed_user_token, mac.encode()
        ).decode()
    except (SealError, AssertionError):
        return _callback_page(services, error=FlowGone.message, forge=True, status_code=400)
    caller = ForgeUserCaller(
        forge.jira,
        api_base_url=installation.api_base_url,
        user_token=user_token,
        account_id=flow.account_id,
    )
    outcome = await services.links.link_credential(site, flow.account_id, credential, jira=caller)
    return _callback_page(services, outcome=outcome, forge=True)


HANDLERS = [oidc_start, oidc_callback]
FORGE_HANDLERS = [forge_oidc_start]
