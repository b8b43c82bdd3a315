"""What the handlers work with, opened in the lifespan and kept on `app.state`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import httpx
from litestar import Litestar

from glanceapp.forge import ForgeRules, SignatureMemo
from glanceapp.jira.client import JiraClient
from glanceapp.jira.forge_keys import ForgeKeyFetcher
from glanceapp.jira.install_keys import KeySource
from glanceapp.keyring import Keyring
from glanceapp.service.accounts import LocalAccounts
from glanceapp.service.links import LinkService
from glanceapp.service.oidc import OidcSignIn
from glanceapp.settings import Settings
from glanceapp.storage.db import Database
from glanceapp.storage.forge import ForgeStore
from glanceapp.storage.sign_in_flows import SignInFlows
from glanceapp.storage.tenants import TenantStore
from glanceapp.web.render import Renderer


@dataclass
class ForgeServices:
    """What the Forge routes add to `Services`; present only when GLANCEAPP_FORGE_APP_ID is set."""

    store: ForgeStore
    keys: ForgeKeyFetcher
    rules: ForgeRules
    jira: JiraClient
    memo: SignatureMemo = field(default_factory=SignatureMemo)


@dataclass
class OidcServices:
    """What the `oidc` routes add to `Services`; present only when GLANCEAPP_SIGN_IN=oidc."""

    sign_in: OidcSignIn
    flows: SignInFlows


@dataclass
class Services:
    settings: Settings
    db: Database
    keyring: Keyring
    tenants: TenantStore
    http: httpx.AsyncClient
    key_source: KeySource
    clock: Callable[[], float]
    accounts: LocalAccounts
    links: LinkService
    descriptor_json: bytes
    templates: Renderer
    forge: ForgeServices | None = None
    """The Forge remote's parts; None when GLANCEAPP_FORGE_APP_ID is unset."""
    oidc: OidcServices | None = None
    """The OpenID Connect sign-in's parts; None unless GLANCEAPP_SIGN_IN=oidc."""


def services_of(app: Litestar) -> Services:
    """The `services` dependency: what the lifespan put on the app's state.

    Provided as `lambda: services_of(app)`, it takes no parameters, so Litestar
    has nothing to parse or validate for it per request.
    """
    services: Services = app.state.services
    return services
