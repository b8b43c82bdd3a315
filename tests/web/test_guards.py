"""The guards: what an identified caller may do (a disabled site, a token without a person).

Unit tests call each guard with a stand-in connection; the last tests check the
real app: every route that takes a tenant token is behind the auth middleware and
`site_in_service`, every route that acts for a person also behind `signed_in_user`,
and no other route passes either.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from litestar import Litestar
from litestar.handlers import HTTPRouteHandler

from glanceapp.app import create_app
from glanceapp.connect.errors import MissingClaim, TokenError, WrongIssuer
from glanceapp.domain import Tenant
from glanceapp.settings import Settings
from glanceapp.site_use import CONNECT_SERVING_STATES
from glanceapp.web.auth import TenantAuthMiddleware
from glanceapp.web.guards import signed_in_user, site_in_service

PERSON_ROUTES = {
    ("/link/form", "GET"),
    ("/link", "POST"),
    ("/link/renew", "POST"),
    ("/link", "DELETE"),
}
DISABLED_ALLOWED = {("/enabled", "POST"), ("/disabled", "POST")}


@dataclass
class Token:
    account_id: str | None


@dataclass
class Connection:
    user: Any = None
    auth: Any = None


@dataclass
class Handler:
    opt: dict[str, Any] = field(default_factory=dict)


def tenant(state: str) -> Tenant:
    return Tenant(
        client_key="jira:guards",
        shared_secret="shared-secret-of-the-guards-site-0123456789",
        base_url="https://guards.atlassian.net",
        state=state,
    )


def check(guard: Any, connection: Connection, handler: Handler) -> None:
    asyncio.run(guard(connection, handler))


@pytest.mark.parametrize("state", sorted(CONNECT_SERVING_STATES))
def test_a_site_in_service_passes(state: str) -> None:
    check(site_in_service, Connection(user=tenant(state)), Handler({"auth": "context"}))


def test_a_disabled_site_is_refused_where_the_route_does_not_allow_it() -> None:
    with pytest.raises(WrongIssuer):
        check(site_in_service, Connection(user=tenant("disabled")), Handler({"auth": "request"}))


def test_a_disabled_site_passes_where_the_route_allows_it() -> None:
    handler = Handler({"auth": "request", "allow_disabled": True})
    check(site_in_service, Connection(user=tenant("disabled")), handler)


def test_an_uninstalled_site_is_refused_even_where_disabled_is_allowed() -> None:
    """The middleware refuses it first; the guard does not rely on that."""
    with pytest.raises(WrongIssuer):
        check(site_in_service, Connection(user=tenant("uninstalled")), Handler({"auth": "context"}))
    handler = Handler({"auth": "request", "allow_disabled": True})
    with pytest.raises(WrongIssuer):
        check(site_in_service, Connection(user=tenant("uninstalled")), handler)


def test_a_token_naming_a_person_passes_signed_in_user() -> None:
    check(signed_in_user, Connection(auth=Token("5b10a2844c20165700ede21g")), Handler())


@pytest.mark.parametrize("account_id", [None, ""])
def test_a_token_without_a_person_is_refused_by_signed_in_user(account_id: str | None) -> None:
    with pytest.raises(MissingClaim) as refused:
        check(signed_in_user, Connection(auth=Token(account_id)), Handler())
    assert isinstance(refused.value, TokenError)  # answered 401 like any token failure


def routes(app: Litestar) -> dict[tuple[str, str], HTTPRouteHandler]:
    found = {}
    for route in app.routes:
        for handler in getattr(route, "route_handlers", []):
            if isinstance(handler, HTTPRouteHandler):
                for method in handler.http_methods:
                    found[(route.path, method)] = handler
    return found


CONFIGURATIONS: dict[str, dict[str, str]] = {
    "connect": {},
    "forge": {"forge_app_id": "ari:cloud:ecosystem::app/11111111-2222-4333-8444-555555555555"},
    "oidc": {
        "sign_in": "oidc",
        "oidc_issuer": "https://id.example.com/realms/team",
        "oidc_client_id": "glanceapp",
        "oidc_client_secret": "client-secret-of-the-guards-tests",
    },
    "dev": {"dev": "1"},
}
TENANT_ROUTES = {("/glance", "GET"), ("/glance/status", "GET")} | PERSON_ROUTES | DISABLED_ALLOWED
"""Every route that takes a tenant token, in every configuration; OIDC adds its own."""
OIDC_PERSON_ROUTES = {("/link/oidc", "POST")}


def configured_routes(
    make_settings: Callable[..., Settings], configuration: str
) -> dict[tuple[str, str], HTTPRouteHandler]:
    settings = make_settings(**CONFIGURATIONS[configuration])
    return routes(create_app(settings, sweep_interval=None))


def person_routes(configuration: str) -> set[tuple[str, str]]:
    return PERSON_ROUTES | (OIDC_PERSON_ROUTES if configuration == "oidc" else set())


@pytest.mark.parametrize("configuration", CONFIGURATIONS)
def test_every_authenticated_route_serves_only_sites_in_service(
    make_settings: Callable[..., Settings], configuration: str
) -> None:
    found = configured_routes(make_settings, configuration)
    authenticated = {key for key, h in found.items() if h.opt.get("auth")}
    assert authenticated == TENANT_ROUTES | person_routes(configuration)
    for key in authenticated:
        assert found[key].resolve_guards()[0] is site_in_service, key
        assert TenantAuthMiddleware in found[key].resolve_middleware(), key
    allowed = {key for key, h in found.items() if h.opt.get("allow_disabled")}
    assert allowed == DISABLED_ALLOWED


@pytest.mark.parametrize("configuration", CONFIGURATIONS)
def test_routes_without_a_tenant_token_pass_neither_the_middleware_nor_a_guard(
    make_settings: Callable[..., Settings], configuration: str
) -> None:
    """The descriptor, health, static, Forge and preview routes pay for neither."""
    found = configured_routes(make_settings, configuration)
    open_routes = {key for key, h in found.items() if not h.opt.get("auth")}
    assert {("/atlassian-connect.json", "GET"), ("/healthz", "GET")} <= open_routes
    if configuration == "forge":
        assert ("/forge/glance/status", "GET") in open_routes
    for key in open_routes:
        assert list(found[key].resolve_guards()) == [], key
        assert TenantAuthMiddleware not in found[key].resolve_middleware(), key


@pytest.mark.parametrize("configuration", CONFIGURATIONS)
def test_every_route_acting_for_a_person_requires_one(
    make_settings: Callable[..., Settings], configuration: str
) -> None:
    found = configured_routes(make_settings, configuration)
    for key in person_routes(configuration):
        assert list(found[key].resolve_guards()) == [site_in_service, signed_in_user], key
    others = {key for key, h in found.items() if h.opt.get("auth")} - person_routes(configuration)
    for key in others:
        assert list(found[key].resolve_guards()) == [site_in_service], key


def test_a_refusal_names_why_for_the_log() -> None:
    """The 401 says nothing more, but the log line must tell an operator which check failed."""
    with pytest.raises(WrongIssuer) as refused_site:
        check(site_in_service, Connection(user=tenant("disabled")), Handler({"auth": "context"}))
    assert str(refused_site.value) == "disabled or uninstalled tenant"
    with pytest.raises(MissingClaim) as refused_person:
        check(signed_in_user, Connection(auth=Token(account_id=None)), Handler())
    assert str(refused_person.value) == "sub"
