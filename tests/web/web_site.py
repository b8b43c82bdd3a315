"""The real app (`create_app(settings)`) behind a real test client, with one installed site.

Jira's context tokens are made here with PyJWT, never with glanceapp.connect, so
a token bug cannot hide on both sides. Used by the web/ tests that need a
caller Jira vouches for; nothing here talks to a network.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import jwt
from litestar import Litestar
from litestar.testing import TestClient

from glanceapp.app import create_app
from glanceapp.connect.install import InstallPayload
from glanceapp.connect.tokens import CONTEXT_QSH
from glanceapp.settings import Settings

CLIENT_KEY = "jira:5a1d0c0e-0000-4000-8000-00000000web1"
SITE_URL = "https://acme.atlassian.net"
SECRET = "shared-secret-of-the-web-site-0123456789abcdef"
ACCOUNT_ID = "5b10a2844c20165700ede21w"
NOW = 1_750_000_000
ACCOUNT = "alice"
PASSWORD = "correct horse battery staple"


def context_token(*, account_id: str | None = ACCOUNT_ID, secret: str = SECRET) -> str:
    claims: dict[str, Any] = {"iss": CLIENT_KEY, "iat": NOW, "exp": NOW + 180, "qsh": CONTEXT_QSH}
    if account_id is not None:
        claims["sub"] = account_id
    return jwt.encode(claims, secret.encode(), algorithm="HS256")


def htmx(token: str | None = None, **extra: str) -> dict[str, str]:
    """The headers htmx sends, with the context token app.js attaches."""
    headers = {"HX-Request": "true", **extra}
    if token is not None:
        headers["Authorization"] = f"JWT {token}"
    return headers


class Site:
    """The running app with one installed Jira site and one service account."""

    def __init__(self, client: TestClient[Litestar]) -> None:
        self.client = client

    def call(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        async def run() -> Any:
            return await function(*args, **kwargs)

        return self.client.blocking_portal.call(run)

    @property
    def services(self) -> Any:
        return self.client.app.state.services

    def get(self, url: str, headers: dict[str, str] | None = None) -> httpx.Response:
        return self.client.get(url, headers=headers or {})

    def post(
        self, url: str, headers: dict[str, str] | None = None, **kwargs: Any
    ) -> httpx.Response:
        return self.client.post(url, headers=headers or {}, **kwargs)


@contextmanager
def running(settings: Settings, *probes: Any) -> Iterator[Site]:
    app = create_app(settings, clock=lambda: float(NOW), sweep_interval=None)
    for probe in probes:
        app.register(probe)
    with TestClient(app) as client:
        site = Site(client)
        payload = InstallPayload(
            client_key=CLIENT_KEY,
            base_url=SITE_URL,
            event_type="installed",
            shared_secret=SECRET,
        )
        site.call(site.services.tenants.install, payload, kid="kid-1", account_id=None, now=NOW)
        site.call(site.services.accounts.add, ACCOUNT, PASSWORD, now=NOW)
        yield site
