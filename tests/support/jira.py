"""Jira's side of every suite: hand-made signed calls, the suites' fake site, one OAuth router.

Everything Jira signs comes from the sandbox's `glanceapp.sandbox.fakejira.signer`
(PyJWT plus Atlassian's `atlassian_jwt` for each qsh, never `glanceapp.connect`), so
a qsh or claim bug cannot hide on both sides, and there is one signer to trust.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl

import httpx
import jwt

from glanceapp.sandbox.fakejira import (
    OMIT,
    FakeJira,
    LoopbackFake,
    Request,
    Response,
    signer,
)

from .keys import RsaKey

APP_BASE_URL = "https://app.example.com"
SITE_URL = "https://acme.atlassian.net"
NOW = 1_750_000_000


class JiraSide:
    """How Jira signs its calls to the app, at a fixed `now`, for tests without a fake site."""

    def __init__(self, now: int = NOW) -> None:
        self.now = now

    def install_token(
        self,
        key: RsaKey,
        *,
        client_key: str,
        path: str = "/installed",
        kid: str = "kid-1",
        aud: str | list[str] = APP_BASE_URL,
        qsh: str | None = None,
        ttl: int = 180,
        extra: Mapping[str, Any] | None = None,
        drop: tuple[str, ...] = (),
    ) -> str:
        """An RS256 signed-install token; `path` is relative to the app's base URL."""
        return signer.install_token(
            key.private,
            kid=kid,
            client_key=client_key,
            audience=aud,
            installer="557058:admin",
            now=self.now,
            ttl=ttl,
            path=path,
            claims_override=_override(qsh, extra, drop),
        )

    def tenant_token(
        self,
        shared_secret: str,
        *,
        client_key: str,
        method: str = "POST",
        path: str = "/enabled",
        qsh: str | None = None,
        ttl: int = 180,
        account_id: str | None = None,
    ) -> str:
        """An HS256 token of the tenant; `qsh` defaults to the hash of (method, path)."""
        return signer.tenant_token(
            shared_secret,
            client_key=client_key,
            method=method,
            target=path,
            now=self.now,
            ttl=ttl,
            account_id=account_id,
            claims_override=_override(qsh, None, ()),
        )

    def context_token(
        self, shared_secret: str, *, client_key: str, account_id: str | None, ttl: int = 180
    ) -> str:
        """What `AP.context.getToken()` returns inside an issue glance."""
        return signer.context_token(
            shared_secret, client_key=client_key, account_id=account_id, now=self.now, ttl=ttl
        )

    @staticmethod
    def lifecycle_body(
        event: str,
        *,
        client_key: str,
        shared_secret: str | None = None,
        base_url: str = SITE_URL,
        **extra: Any,
    ) -> dict[str, Any]:
        body: dict[str, Any] = {
            "key": "glanceapp",
            "clientKey": client_key,
            "baseUrl": base_url,
            "displayUrl": base_url,
            "productType": "jira",
            "description": "Atlassian JIRA at " + base_url,
            "eventType": event,
        }
        if shared_secret is not None:
            body["sharedSecret"] = shared_secret
        body.update(extra)
        return body


def _override(
    qsh: str | None, extra: Mapping[str, Any] | None, drop: tuple[str, ...]
) -> dict[str, object]:
    override: dict[str, object] = {} if qsh is None else {"qsh": qsh}
    override.update(extra or {})
    override.update(dict.fromkeys(drop, OMIT))
    return override


class SuiteJira(FakeJira):
    """The sandbox's fake site, also remembering every credential the app presented to it.

    The stock fake keeps only digests of the access tokens it grants; the log tests
    need the values (to prove none reaches a log line), so they are kept here.
    """

    def __init__(self, **kwargs: Any) -> None:
        self._seen_lock = threading.Lock()
        self._seen: list[str] = []
        super().__init__(**kwargs)

    @property
    def presented_credentials(self) -> list[str]:
        """JWTs, assertions and bearer tokens the app sent, and access tokens granted to it."""
        with self._seen_lock:
            return list(self._seen)

    def _remember(self, value: str | None) -> None:
        if value:
            with self._seen_lock:
                self._seen.append(value)

    def _serve(self, request: Request) -> Response:
        authorization = request.header("authorization")
        if authorization:
            self._remember(authorization.partition(" ")[2].strip())
        return super()._serve(request)

    def _grant_token(self, request: Request, match: re.Match[str]) -> Response:
        form = dict(_form(request))
        self._remember(form.get("assertion"))
        response = super()._grant_token(request, match)
        if response.status == 200:
            self._remember(json.loads(response.body)["access_token"])
        return response


def _form(request: Request) -> list[tuple[str, str]]:
    return parse_qsl(request.body.decode("utf-8", "replace"))


class OAuthRouter(LoopbackFake):
    """Atlassian's one OAuth 2.0 server in front of several fake sites, routing grants by `tnt`.

    The app knows one authorization server for all sites, as with Atlassian's; a
    site built with `oauth_url=router.url` checks its assertions' `aud` against it.
    """

    name = "oauth-router"

    def __init__(self) -> None:
        super().__init__()
        self._sites: dict[str, FakeJira] = {}
        self.add_route("POST", r"/oauth2/token", self._route)

    @property
    def url(self) -> str:
        return self.base_url

    def add(self, site: FakeJira) -> None:
        with self._lock:
            self._sites[site.base_url] = site

    def _route(self, request: Request, match: re.Match[str]) -> Response:
        form = dict(_form(request))
        try:
            tenant = jwt.decode(form.get("assertion", ""), options={"verify_signature": False})
        except jwt.PyJWTError:
            tenant = {}
        with self._lock:
            site = self._sites.get(str(tenant.get("tnt", "")).rstrip("/"))
        if site is None:
            return Response(400, b'{"error":"invalid_grant"}', "application/json")
        with httpx.Client(trust_env=False, timeout=30.0) as client:
            answer = client.post(
                f"{site.base_url}/oauth/oauth2/token",
                content=request.body,
                headers={"Content-Type": request.header("content-type") or ""},
            )
        return Response(
            answer.status_code, answer.content, answer.headers.get("content-type", "text/plain")
        )
