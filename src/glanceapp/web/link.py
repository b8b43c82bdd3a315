"""The popup (login to the service) and the link actions the glance triggers.

Every action takes the caller from the verified context token only: tenant from
`iss`, person from `sub`. Nothing the browser sends names a tenant or a person.
"""

from __future__ import annotations

from urllib.parse import parse_qs

from litestar import Request, Response, delete, get, post
from litestar.datastructures import State
from litestar.di import NamedDependency

from glanceapp.connect.tokens import VerifiedToken
from glanceapp.domain import Tenant
from glanceapp.rules import MAX_NAME_LENGTH
from glanceapp.service.links import LinkOutcome
from glanceapp.service.passwords import MAX_PASSWORD_LENGTH
from glanceapp.text import MISSING_FIELDS, WRONG_CREDENTIALS
from glanceapp.web import views
from glanceapp.web.auth import route_auth
from glanceapp.web.glance import NO_STORE
from glanceapp.web.services import Services
from glanceapp.web.views import status_view

LINKED_EVENT = "glanceapp:linked"


def _person(request: Request[Tenant, VerifiedToken, State]) -> tuple[Tenant, str]:
    account_id = request.auth.account_id
    assert account_id is not None  # the signed_in_user guard guarantees it
    return request.user, account_id


@get("/link")
async def link_page(services: NamedDependency[Services]) -> Response[bytes]:
    """The popup's empty shell: it receives the context token from its opener, never in a URL."""
    return services.templates.html(views.link_page(), headers=NO_STORE)


@get("/link/form", **route_auth("context", person=True))
async def link_form(services: NamedDependency[Services]) -> Response[bytes]:
    view = views.oidc_start() if services.oidc is not None else views.login_form()
    return services.templates.html(view, headers=NO_STORE)


async def _form_fields(request: Request[Tenant, VerifiedToken, State]) -> tuple[str, str] | None:
    """The form's username and password; None when either is missing, repeated or not text.

    htmx posts `application/x-www-form-urlencoded`; `multipart/form-data` from other
    clients is read too (file parts are never accepted as either field).
    """
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("application/x-www-form-urlencoded"):
        body = (await request.body()).decode("utf-8", errors="strict")
        fields = parse_qs(body, keep_blank_values=True, max_num_fields=10)
        usernames, passwords = fields.get("username", []), fields.get("password", [])
    elif content_type.startswith("multipart/form-data"):
        form = await request.form()
        usernames = [v for v in form.getall("username") if isinstance(v, str)]
        passwords = [v for v in form.getall("password") if isinstance(v, str)]
        if len(usernames) != len(form.getall("username")) or len(passwords) != len(
            form.getall("password")
        ):
            return None
    else:
        return None
    if len(usernames) != 1 or len(passwords) != 1 or not usernames[0] or not passwords[0]:
        return None
    if len(usernames[0]) > MAX_NAME_LENGTH or len(passwords[0]) > MAX_PASSWORD_LENGTH:
        raise ValueError("a field is longer than any account name or password")
    return usernames[0], passwords[0]


@post("/link", status_code=200, **route_auth("context", person=True))
async def link_submit(
    request: Request[Tenant, VerifiedToken, State], services: NamedDependency[Services]
) -> Response[bytes]:
    tenant, account_id = _person(request)
    error = MISSING_FIELDS
    try:
        fields = await _form_fields(request)
    except UnicodeDecodeError:
        fields = None
    except ValueError:
        fields, error = None, WRONG_CREDENTIALS
    if fields is None:
        status = await services.links.status(tenant, account_id)
        view = views.link_result(status_view(status, services.clock()), error)
        return services.templates.html(view, headers=NO_STORE)
    username, password = fields
    outcome = await services.links.link(tenant, account_id, username, password)
    headers = dict(NO_STORE)
    if outcome.ok:
        headers["HX-Trigger"] = LINKED_EVENT
    view = views.link_result(status_view(outcome.status, services.clock()), outcome.error, username)
    return services.templates.html(view, headers=headers)


def _status_partial(services: Services, outcome: LinkOutcome) -> Response[bytes]:
    view = status_view(
        outcome.status, services.clock(), message=outcome.error, renewed=outcome.renewed
    )
    return services.templates.html(views.status_partial(view), headers=NO_STORE)


@post("/link/renew", status_code=200, **route_auth("context", person=True))
async def link_renew(
    request: Request[Tenant, VerifiedToken, State], services: NamedDependency[Services]
) -> Response[bytes]:
    tenant, account_id = _person(request)
    return _status_partial(services, await services.links.renew(tenant, account_id))


@delete("/link", status_code=200, **route_auth("context", person=True))
async def link_delete(
    request: Request[Tenant, VerifiedToken, State], services: NamedDependency[Services]
) -> Response[bytes]:
    tenant, account_id = _person(request)
    return _status_partial(services, await services.links.unlink(tenant, account_id))


HANDLERS = [link_page, link_form, link_submit, link_renew, link_delete]
