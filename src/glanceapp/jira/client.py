"""The Jira REST client: user properties, signed per request, retried within a deadline.

Two ways to authenticate, chosen by `GLANCEAPP_JIRA_AUTH`:

- `app`: each request (and each retry) carries a fresh app JWT whose qsh is the
  hash of that very request (`AppJwtAuth`);
- `user`: each request carries a bearer token for the person whose property it
  touches, from the OAuth 2.0 JWT bearer grant (`BearerTokenSource`). A 401 to a
  cached token drops it and retries once with a fresh one.

Failures are retried while a total deadline lasts (tracked on a monotonic clock,
never on the wall clock the JWTs use): 429 after its Retry-After, 5xx, timeouts
and transport errors after a capped exponential backoff. Every request is
idempotent (GET, a PUT of the whole value, a DELETE that treats 404 as done), so
repeating one that may have landed is safe. What the caller then sees is
documented in `glanceapp.jira.errors`: `JiraUnavailable` means "may have landed".
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import time
from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass
from datetime import UTC
from typing import Any, Literal
from urllib.parse import quote

import httpx

from glanceapp.connect.tokens import sign_app_token
from glanceapp.domain import Tenant
from glanceapp.jira.errors import (
    JiraAuthError,
    JiraNotConfigured,
    JiraRejected,
    JiraUnavailable,
    OAuthUnavailable,
)
from glanceapp.jira.oauth import (
    AnswerTooLarge,
    BearerTokenSource,
    printable_detail,
    read_limited,
)
from glanceapp.settings import Settings
from glanceapp.site_use import site_use

log = logging.getLogger(__name__)

JiraAuthMode = Literal["user", "app"]

DEFAULT_DEADLINE = 10.0
DEFAULT_REQUEST_TIMEOUT = 5.0
MAX_ANSWER_BYTES = 64 * 1024
MAX_PROPERTY_KEY_LENGTH = 255
BACKOFF_FIRST = 0.25
BACKOFF_CAP = 2.0
MIN_ATTEMPT_TIME = 0.05
"""An attempt with less time than this left is not worth starting."""
MAX_ATTEMPTS = 20
"""A backstop: the deadline normally ends the retries long before this."""
PROPERTIES_PATH = "/rest/api/3/user/properties"


class AppJwtAuth(httpx.Auth):
    """Signs every request it sees as the app: `Authorization: JWT <token>` with that request's qsh.

    Because httpx runs the auth flow on each send, a retried request is signed
    anew (fresh `iat`/`exp`, qsh of what is actually sent).
    """

    def __init__(
        self, tenant: Tenant, app_key: str, clock: Callable[[], float] = time.time
    ) -> None:
        if not site_use(tenant).signs_as_app or not tenant.shared_secret:
            raise JiraNotConfigured(
                f"tenant {tenant.client_key} has no sharedSecret: cannot sign requests"
            )
        self._shared_secret = tenant.shared_secret
        self._site_base_url = tenant.base_url
        self._client_key = tenant.client_key
        self._app_key = app_key
        self._clock = clock

    def __repr__(self) -> str:
        return f"AppJwtAuth(tenant={self._client_key!r}, app_key={self._app_key!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = sign_app_token(
            app_key=self._app_key,
            shared_secret=self._shared_secret,
            method=request.method,
            url=str(request.url),
            site_base_url=self._site_base_url,
            now=self._clock(),
        )
        request.headers["Authorization"] = f"JWT {token}"
        yield request


class BearerAuth(httpx.Auth):
    """Sends an OAuth access token: `Authorization: Bearer <token>`."""

    def __init__(self, token: str) -> None:
        self.token = token

    def __repr__(self) -> str:
        return "BearerAuth(<token>)"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.token}"
        yield request


def parse_retry_after(value: str | None, *, now: float) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date), or None if unusable.

    `now` is wall time, against which an HTTP-date is measured; a date in the
    past means "retry now" (0).
    """
    if value is None:
        return None
    text = value.strip()
    if not text or len(text) > 64:
        return None
    if text.isascii() and text.isdigit():
        return float(int(text))
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - now)


def backoff(attempt: int) -> float:
    """The pause after failed attempt number `attempt` (1-based): 0.25 s doubling, capped at 2 s."""
    return float(min(BACKOFF_CAP, BACKOFF_FIRST * 2 ** (attempt - 1)))


@dataclass(frozen=True, slots=True)
class Answer:
    status: int
    headers: httpx.Headers
    body: bytes


class JiraClient:
    """User-property calls to a tenant's Jira site.

    `http` is the app's one shared `httpx.AsyncClient` (opened in the lifespan;
    this class does not own it). `clock` is wall time for JWTs and token expiry;
    `monotonic` measures the deadline and `sleep` waits between attempts — tests
    inject both so that nothing waits for real.
    """

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        app_key: str,
        jira_auth: JiraAuthMode,
        oauth_url: str,
        clock: Callable[[], float] = time.time,
        deadline: float = DEFAULT_DEADLINE,
        request_timeout: float = DEFAULT_REQUEST_TIMEOUT,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        monotonic: Callable[[], float] = time.monotonic,
        tokens: BearerTokenSource | None = None,
    ) -> None:
        if jira_auth not in ("user", "app"):
            raise ValueError(f"jira_auth must be 'user' or 'app', not {jira_auth!r}")
        if deadline <= 0 or request_timeout <= 0:
            raise ValueError("deadline and request_timeout must be positive")
        self._http = http
        self._app_key = app_key
        self._jira_auth: JiraAuthMode = jira_auth
        self._clock = clock
        self._deadline = deadline
        self._request_timeout = request_timeout
        self._sleep = sleep
        self._monotonic = monotonic
        self._tokens = tokens or BearerTokenSource(
            http, oauth_url=oauth_url, clock=clock, timeout=request_timeout
        )

    @classmethod
    def from_settings(
        cls, http: httpx.AsyncClient, settings: Settings, **options: Any
    ) -> JiraClient:
        """A client configured from Settings; `options` are passed on (clock, deadline, ...)."""
        return cls(
            http,
            app_key=settings.app_key,
            jira_auth=settings.jira_auth,
            oauth_url=settings.oauth_url,
            **options,
        )

    def __repr__(self) -> str:
        return f"JiraClient(jira_auth={self._jira_auth!r}, deadline={self._deadline})"

    @property
    def jira_auth(self) -> JiraAuthMode:
        return self._jira_auth

    @property
    def deadline(self) -> float:
        return self._deadline

    @property
    def tokens(self) -> BearerTokenSource:
        """The bearer-token cache used when `jira_auth` is `user`."""
        return self._tokens

    async def aclose(self) -> None:
        """Cancel token grants in flight and forget cached tokens; `http` stays open."""
        await self._tokens.aclose()

    # ------------------------------------------------------------------ user properties

    async def get_property(self, tenant: Tenant, account_id: str, key: str) -> Any | None:
        """The property's value, or None when Jira answers 404.

        Jira says 404 both for "no such property" and "no such user"; either way
        there is nothing stored. A property whose value is JSON `null` also reads
        as None.
        """
        answer = await self.call(tenant, "GET", account_id, key, done_on_404=True)
        return property_of_answer(answer, key)

    async def put_property(self, tenant: Tenant, account_id: str, key: str, value: Any) -> None:
        """Create or replace the property (Jira answers 200 or 201).

        On JiraUnavailable the write may or may not have landed.
        """
        try:
            body = json.dumps(value, separators=(",", ":"), allow_nan=False).encode()
        except (TypeError, ValueError) as exc:
            raise ValueError(f"the property value is not JSON: {exc}") from None
        await self.call(tenant, "PUT", account_id, key, body=body)

    async def delete_property(self, tenant: Tenant, account_id: str, key: str) -> None:
        """Remove the property; a 404 (already gone, or no such user) counts as done."""
        await self.call(tenant, "DELETE", account_id, key, done_on_404=True)

    # ------------------------------------------------------------------ the retry loop

    async def call(
        self,
        tenant: Tenant,
        method: str,
        account_id: str,
        key: str,
        *,
        body: bytes | None = None,
        done_on_404: bool = False,
        target: tuple[str, httpx.Auth] | None = None,
    ) -> Answer:
        """Send until an answer is final or the deadline passes.

        Returns a 2xx answer (or a 404 when `done_on_404`); raises JiraRejected /
        JiraAuthError for refusals and JiraUnavailable when time runs out.
        `target` (base URL, auth) replaces the tenant's site and credentials: how
        a Forge call reaches Jira through the API gateway with the user's token.
        """
        if not account_id:
            raise ValueError("account_id must not be empty")
        if not key or len(key) > MAX_PROPERTY_KEY_LENGTH:
            raise ValueError(f"a property key has 1 to {MAX_PROPERTY_KEY_LENGTH} characters")
        path = _path(key)
        what = f"{method} {path}"
        base_url = tenant.base_url if target is None else target[0]
        url = f"{base_url.rstrip('/')}{path}"
        headers = {"Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        if target is not None:
            app_auth: httpx.Auth | None = target[1]
        elif self._jira_auth == "app":
            # Built once, before any I/O: a tenant without a secret fails at once.
            app_auth = AppJwtAuth(tenant, self._app_key, self._clock)
        else:
            app_auth = None

        started = self._monotonic()
        attempt = 0
        token_refreshed = False
        last_status: int | None = None
        while True:
            attempt += 1
            remaining = self._deadline - (self._monotonic() - started)
            if remaining < MIN_ATTEMPT_TIME:
                raise JiraUnavailable(
                    f"Jira gave no final answer to {what} within {self._deadline:g} s",
                    status=last_status,
                )
            timeout = min(self._request_timeout, remaining)
            retry_after: float | None = None
            auth: httpx.Auth | None = app_auth
            try:
                async with asyncio.timeout(timeout):
                    if auth is None:
                        auth = BearerAuth(await self._tokens.token(tenant, account_id))
                    answer = await self._send(method, url, account_id, headers, body, auth, timeout)
            except OAuthUnavailable as exc:
                problem = str(exc)
                last_status = exc.status
            except (TimeoutError, httpx.TimeoutException):
                problem = f"{what} timed out"
            except httpx.TransportError as exc:
                problem = f"{what} failed: {type(exc).__name__}"
            except httpx.HTTPError as exc:
                raise JiraUnavailable(
                    f"Jira's answer to {what} cannot be read: {type(exc).__name__}"
                ) from None
            except AnswerTooLarge:
                raise JiraUnavailable(f"Jira's answer to {what} is too large") from None
            else:
                status = answer.status
                last_status = status
                if 200 <= status < 300 or (status == 404 and done_on_404):
                    return answer
                if status == 401 and app_auth is None and not token_refreshed:
                    # The token may have been revoked or expired early: one fresh grant.
                    token_refreshed = True
                    assert isinstance(auth, BearerAuth)
                    self._tokens.invalidate(tenant, account_id, auth.token)
                    log.info("jira: %s answered 401 to a bearer token; getting a new one", what)
                    continue
                detail = _jira_detail(answer.body)
                if status in (401, 403):
                    raise JiraAuthError(f"Jira refused {what}: {status}{detail}", status=status)
                if status != 429 and status < 500:
                    raise JiraRejected(f"Jira refused {what}: {status}{detail}", status=status)
                problem = f"{what} answered {status}"
                retry_after = parse_retry_after(
                    answer.headers.get("Retry-After"), now=self._clock()
                )

            remaining = self._deadline - (self._monotonic() - started)
            if retry_after is not None and retry_after > remaining:
                raise JiraUnavailable(
                    f"{problem}; Retry-After {retry_after:g} s is past the deadline",
                    status=last_status,
                )
            delay = max(backoff(attempt), retry_after or 0.0)
            if attempt >= MAX_ATTEMPTS or delay + MIN_ATTEMPT_TIME > remaining:
                raise JiraUnavailable(
                    f"{problem}; gave up after {attempt} attempts", status=last_status
                )
            log.info("jira: %s; retrying in %.2f s (attempt %d)", problem, delay, attempt)
            await self._sleep(delay)

    async def _send(
        self,
        method: str,
        url: str,
        account_id: str,
        headers: dict[str, str],
        body: bytes | None,
        auth: httpx.Auth,
        timeout: float,  # noqa: ASYNC109 - httpx's per-operation timeout; the caller bounds the whole
    ) -> Answer:
        request = self._http.build_request(
            method,
            url,
            params={"accountId": account_id},
            headers=headers,
            content=body,
            timeout=timeout,
        )
        response = await self._http.send(request, auth=auth, stream=True, follow_redirects=False)
        try:
            content = await read_limited(response, MAX_ANSWER_BYTES)
        finally:
            await response.aclose()
        return Answer(response.status_code, response.headers, content)


def property_of_answer(answer: Answer, key: str) -> Any | None:
    """The value in Jira's answer to a property GET; None for a 404."""
    if answer.status == 404:
        return None
    try:
        document: Any = json.loads(answer.body)
    except (ValueError, RecursionError):
        document = None
    if not isinstance(document, dict) or "value" not in document:
        raise JiraUnavailable(
            f"Jira's answer to GET {_path(key)} is not a property", status=answer.status
        )
    return document["value"]


def _path(key: str) -> str:
    return f"{PROPERTIES_PATH}/{quote(key, safe='')}"


def _jira_detail(body: bytes) -> str:
    """`: first error message` from Jira's error JSON, or ''."""
    try:
        answer: Any = json.loads(body)
    except (ValueError, RecursionError):
        return ""
    if not isinstance(answer, dict):
        return ""
    messages = answer.get("errorMessages")
    if isinstance(messages, list) and messages and isinstance(messages[0], str):
        detail = printable_detail(messages[0])
        return f": {detail}" if detail else ""
    return ""
