"""`create_app(settings) -> Litestar`: the whole product behind one factory.

No settings are read at import: the CLI builds Settings once and each worker
process calls `create_app_from_env()` (which does the same) under uvicorn.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import httpx
from jinja2 import Environment, FileSystemLoader, select_autoescape
from litestar import Litestar, Router
from litestar.di import Provide
from litestar.plugins.jinja import JinjaTemplateEngine
from litestar.static_files import create_static_files_router
from litestar.template.config import TemplateConfig

from glanceapp import resources
from glanceapp.connect.descriptor import render_descriptor
from glanceapp.forge import ForgeRules
from glanceapp.jira.client import JiraClient
from glanceapp.jira.forge_keys import ForgeKeyFetcher
from glanceapp.jira.install_keys import InstallKeyFetcher, KeySource
from glanceapp.keyring import Keyring
from glanceapp.logs import configure_logging
from glanceapp.service.accounts import CredentialChecker, LocalAccounts
from glanceapp.service.http_check import TIMEOUT_SECONDS, HttpCredentials
from glanceapp.service.links import LinkService
from glanceapp.service.oidc import RETRY_SECONDS, OidcSignIn, ProviderOnly
from glanceapp.service.passwords import PasswordHasher
from glanceapp.settings import Settings, load_settings
from glanceapp.storage.db import Database
from glanceapp.storage.forge import ForgeStore
from glanceapp.storage.migrations import apply_migrations
from glanceapp.storage.sign_in_flows import SignInFlows
from glanceapp.storage.tenants import TenantStore
from glanceapp.web import api, forge, glance, lifecycle, link, oidc, preview, public
from glanceapp.web.edge import Edge
from glanceapp.web.errors import EXCEPTION_HANDLERS
from glanceapp.web.headers import SecurityHeaders
from glanceapp.web.limits import MAX_BODY_BYTES
from glanceapp.web.render import Renderer
from glanceapp.web.services import ForgeServices, OidcServices, Services, services_of

SWEEP_INTERVAL_SECONDS = 30.0
log = logging.getLogger(__name__)


def descriptor_for(settings: Settings) -> dict[str, Any]:
    return render_descriptor(
        resources.descriptor_template(),
        base_url=settings.base_url,
        app_key=settings.app_key,
        jira_auth=settings.jira_auth,
    )


def template_environment(settings: Settings) -> Environment:
    environment = Environment(
        loader=FileSystemLoader(resources.templates_dir()),
        autoescape=select_autoescape(default=True, default_for_string=True),
        auto_reload=settings.dev,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals.update(
        base_path=settings.base_path,
        htmx_version=resources.htmx_version(),
        all_js_url=settings.all_js_url,
        sign_in_backend=settings.sign_in,
    )
    return environment


async def _sweep_forever(links: LinkService, interval: float) -> None:
    """Recovery in the background: settle pending keys and retry property deletes."""
    while True:
        try:
            await links.sweep()
        except Exception:
            log.exception("recovery sweep failed; will try again")
        await asyncio.sleep(interval)


def create_app(
    settings: Settings,
    *,
    clock: Callable[[], float] = time.time,
    key_source: KeySource | None = None,
    http_client: httpx.AsyncClient | None = None,
    jira_deadline: float = 10.0,
    jira_timeout: float = 5.0,
    sweep_interval: float | None = SWEEP_INTERVAL_SECONDS,
    sign_in_timeout: float = TIMEOUT_SECONDS,
    oidc_retry: float = RETRY_SECONDS,
) -> Litestar:
    """Build the app; resources open in its lifespan.

    The keyword arguments after `settings` exist for tests: an injected clock,
    key source, HTTP client, shorter Jira deadlines, no background sweeper, and a
    shorter wait for the team's sign-in endpoint.
    """
    descriptor_json = json.dumps(descriptor_for(settings), indent=2).encode()
    templates = template_environment(settings)

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncIterator[None]:
        await asyncio.to_thread(apply_migrations, settings.database)
        db = await Database.open(settings.database)
        http = http_client or httpx.AsyncClient(
            timeout=httpx.Timeout(10.0, connect=5.0), follow_redirects=False
        )
        try:
            keyring = Keyring(settings.secret_key, settings.old_secret_keys)
            tenants = TenantStore(db, keyring)
            accounts = LocalAccounts(db, PasswordHasher())
            jira = JiraClient(
                http,
                app_key=settings.app_key,
                jira_auth=settings.jira_auth,
                oauth_url=settings.oauth_url,
                clock=clock,
                deadline=jira_deadline,
                request_timeout=jira_timeout,
            )
            credentials: CredentialChecker = accounts
            if settings.sign_in == "http":
                assert settings.sign_in_url is not None
                assert settings.sign_in_secret is not None
                credentials = HttpCredentials(
                    http,
                    url=settings.sign_in_url,
                    secret=settings.sign_in_secret,
                    local=accounts,
                    clock=clock,
                    timeout=sign_in_timeout,
                )
            elif settings.sign_in == "oidc":
                credentials = ProviderOnly(accounts)
            links = LinkService(
                db=db,
                keyring=keyring,
                tenants=tenants,
                credentials=credentials,
                jira=jira,
                property_key=settings.property_key,
                api_key_ttl=settings.api_key_ttl,
                expiry_warning=settings.expiry_warning,
                clock=clock,
                pending_grace=jira_deadline * 3,
                key_retention=settings.key_retention,
                reauth_after=settings.reauth_seconds,
            )

            forge_services = (
                ForgeServices(
                    store=ForgeStore(db),
                    keys=ForgeKeyFetcher(
                        http,
                        settings.forge_jwks_url,
                        clock=clock,
                        min_refresh=settings.forge_jwks_min_refresh,
                    ),
                    rules=ForgeRules(
                        app_id=settings.forge_app_id,
                        environments=settings.forge_environments,
                        api_hosts=settings.forge_api_hosts,
                        leeway=settings.jwt_leeway,
                    ),
                    jira=jira,
                )
                if settings.forge_app_id
                else None
            )
            oidc_services = (
                OidcServices(
                    sign_in=OidcSignIn(settings, clock=clock, retry_seconds=oidc_retry),
                    flows=SignInFlows(db),
                )
                if settings.sign_in == "oidc"
                else None
            )
            app.state.services = Services(
                settings=settings,
                db=db,
                keyring=keyring,
                tenants=tenants,
                http=http,
                key_source=key_source or InstallKeyFetcher(http, settings.install_keys_url),
                clock=clock,
                accounts=accounts,
                links=links,
                descriptor_json=descriptor_json,
                templates=Renderer(templates, memoize=not settings.dev),
                forge=forge_services,
                oidc=oidc_services,
            )
            if oidc_services is not None:
                await oidc_services.sign_in.warm_up()
            sweeper = (
                asyncio.create_task(_sweep_forever(links, sweep_interval))
                if sweep_interval is not None
                else None
            )
            try:
                yield
            finally:
                if sweeper is not None:
                    sweeper.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await sweeper
                await jira.aclose()
                if oidc_services is not None:
                    await oidc_services.sign_in.aclose()
        finally:
            if http_client is None:
                await http.aclose()
            await db.close()

    base = settings.base_path or "/"
    handlers = [
        public.descriptor_route(descriptor_json),
        *public.HANDLERS,
        *lifecycle.HANDLERS,
        *glance.HANDLERS,
        *link.HANDLERS,
        *api.HANDLERS,
        *(forge.HANDLERS if settings.forge_app_id else []),
        *(oidc.HANDLERS if settings.sign_in == "oidc" else []),
        *(oidc.FORGE_HANDLERS if settings.sign_in == "oidc" and settings.forge_app_id else []),
        *(preview.HANDLERS if settings.dev else []),
    ]
    routes = Router(path=base, route_handlers=handlers)
    static = create_static_files_router(
        path=f"{settings.base_path}/static",
        directories=[resources.static_dir()],
        send_as_attachment=False,
        include_in_schema=False,
    )

    def current_services() -> Services:
        return services_of(app)

    app = Litestar(
        route_handlers=[routes, static],
        lifespan=[lifespan],
        dependencies={"services": Provide(current_services, sync_to_thread=False)},
        exception_handlers=EXCEPTION_HANDLERS,  # type: ignore[arg-type]
        template_config=TemplateConfig(engine=JinjaTemplateEngine.from_environment(templates)),
        request_max_body_size=MAX_BODY_BYTES,
        before_send=(
            [forge.ForgeCors(settings.forge_origins, settings.base_path)]
            if settings.forge_app_id
            else []
        ),
        openapi_config=None,
        logging_config=None,
        debug=settings.dev,
    )
    app.asgi_handler = Edge(app.asgi_handler, SecurityHeaders(settings), body_limit=MAX_BODY_BYTES)
    return app


def create_app_from_env() -> Litestar:
    """The uvicorn factory each worker process calls."""
    settings = load_settings()
    configure_logging(settings.log_format)
    return create_app(settings)
