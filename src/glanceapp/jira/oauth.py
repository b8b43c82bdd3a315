"""Bearer tokens for acting as a Jira user: the OAuth 2.0 JWT bearer grant ("2LOi").

The app signs a short assertion (`exp` 60 s after `iat`) with the tenant's
sharedSecret naming the user, and Atlassian's authorization server answers with an
access token for that user alone. Grants cost a round trip to a third server, so
tokens are cached per (tenant, account) until shortly before they expire, and
concurrent callers wanting the same token share one grant.

Tokens and assertions are secrets: they never appear in logs, reprs or error
messages.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from glanceapp.connect.tokens import sign_oauth_assertion
from glanceapp.domain import Tenant
from glanceapp.jira.errors import OAuthNotConfigured, OAuthRejected, OAuthUnavailable

log = logging.getLogger(__name__)

JWT_BEARER_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer"
# ACT_AS_USER is the descriptor scope that permits the grant; the token itself
# needs only the verbs the user-property calls use.
DEFAULT_SCOPES = "READ WRITE DELETE"
DEFAULT_TIMEOUT = 5.0
MAX_ANSWER_BYTES = 64 * 1024
MAX_TOKEN_LENGTH = 8192
MAX_TOKEN_LIFETIME = 24 * 3600
EXPIRY_MARGIN = 60.0
MAX_CACHED_TOKENS = 10_000
MAX_DETAIL_LENGTH = 200

_TOKEN = re.compile(r"[\x21-\x7e]+")
_OAUTH_ERROR_CODE = re.compile(r"[a-z_]{1,64}")

CacheKey = tuple[str, str, str, str]


class AnswerTooLarge(Exception):
    """Raised by `read_limited` when a body exceeds its bound."""


async def read_limited(response: httpx.Response, limit: int) -> bytes:
    """The body of a streamed response, or AnswerTooLarge once it passes `limit` bytes."""
    body = bytearray()
    async for chunk in response.aiter_bytes():
        body.extend(chunk)
        if len(body) > limit:
            raise AnswerTooLarge(f"answer larger than {limit} bytes")
    return bytes(body)


def printable_detail(text: str, *, secret: str | None = None) -> str:
    """A server-supplied message made safe to put in an exception: one short printable line."""
    if secret and secret in text:
        return ""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in text).strip()
    return cleaned[:MAX_DETAIL_LENGTH]


@dataclass(frozen=True, slots=True)
class BearerToken:
    """An access token and when the cache stops handing it out (by the source's clock)."""

    value: str = field(repr=False)
    usable_until: float


def cache_lifetime(expires_in: float) -> float:
    """How long to reuse a token: `expires_in` less 60 s, but never less than half of it."""
    return expires_in - min(EXPIRY_MARGIN, expires_in / 2)


class BearerTokenSource:
    """Access tokens for (tenant, accountId), granted by the OAuth server and cached.

    `clock` is wall time (the assertion's `iat` and the cache's expiry); inject one
    in tests to age the cache without waiting. Call `aclose()` at shutdown: it
    cancels grants whose callers already gave up.
    """

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        oauth_url: str,
        clock: Callable[[], float] = time.time,
        timeout: float = DEFAULT_TIMEOUT,
        scopes: str = DEFAULT_SCOPES,
        max_cached: int = MAX_CACHED_TOKENS,
    ) -> None:
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        if max_cached < 1:
            raise ValueError("max_cached must be at least 1")
        self._http = http
        self._audience = oauth_url
        self._token_url = f"{oauth_url.rstrip('/')}/oauth2/token"
        self._clock = clock
        self._timeout = timeout
        self._scopes = scopes
        self._max_cached = max_cached
        self._cache: dict[CacheKey, BearerToken] = {}
        self._inflight: dict[CacheKey, asyncio.Task[BearerToken]] = {}

    def __repr__(self) -> str:
        return f"BearerTokenSource(token_url={self._token_url!r}, cached={len(self._cache)})"

    @property
    def token_url(self) -> str:
        return self._token_url

    @staticmethod
    def _key(tenant: Tenant, account_id: str) -> CacheKey:
        # The oauthClientId and base URL are part of the key so that a reinstall
        # which changes them never reuses a token granted to the old installation.
        return (tenant.client_key, tenant.base_url, tenant.oauth_client_id or "", account_id)

    async def token(self, tenant: Tenant, account_id: str) -> str:
        """An access token acting as `account_id` on `tenant`'s site.

        Raises OAuthNotConfigured, OAuthRejected or OAuthUnavailable. A caller
        that is cancelled (or times out) does not cancel a grant others share.
        """
        if not account_id:
            raise ValueError("account_id must not be empty")
        if not tenant.oauth_client_id:
            raise OAuthNotConfigured(
                f"tenant {tenant.client_key} has no oauthClientId: cannot act as a user"
            )
        if not tenant.shared_secret:
            raise OAuthNotConfigured(
                f"tenant {tenant.client_key} has no sharedSecret: cannot act as a user"
            )
        oauth_client_id, shared_secret = tenant.oauth_client_id, tenant.shared_secret
        key = self._key(tenant, account_id)
        cached = self._cache.get(key)
        if cached is not None:
            if self._clock() < cached.usable_until:
                return cached.value
            del self._cache[key]
        task = self._inflight.get(key)
        if task is None:
            task = asyncio.get_running_loop().create_task(
                self._grant(tenant, account_id, oauth_client_id, shared_secret),
                name="glanceapp-oauth-grant",
            )
            self._inflight[key] = task
            task.add_done_callback(lambda done: self._settle(key, done))
        granted = await asyncio.shield(task)
        return granted.value

    def invalidate(self, tenant: Tenant, account_id: str, token: str | None = None) -> None:
        """Forget the cached token (only if it is still `token`, when given), e.g. after a 401."""
        key = self._key(tenant, account_id)
        cached = self._cache.get(key)
        if cached is not None and (token is None or cached.value == token):
            del self._cache[key]

    def clear(self) -> None:
        self._cache.clear()

    async def aclose(self) -> None:
        """Cancel grants still running and forget every token. Safe to call twice."""
        tasks = list(self._inflight.values())
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        self._inflight.clear()
        self._cache.clear()

    def _settle(self, key: CacheKey, task: asyncio.Task[BearerToken]) -> None:
        if self._inflight.get(key) is task:
            del self._inflight[key]
        if task.cancelled():
            return
        if task.exception() is not None:
            return  # retrieved here so that an abandoned failure is not reported as lost
        self._remember(key, task.result())

    def _remember(self, key: CacheKey, token: BearerToken) -> None:
        self._cache.pop(key, None)
        if len(self._cache) >= self._max_cached:
            now = self._clock()
            for stale in [k for k, v in self._cache.items() if v.usable_until <= now]:
                del self._cache[stale]
        while len(self._cache) >= self._max_cached:
            del self._cache[next(iter(self._cache))]
        self._cache[key] = token

    async def _grant(
        self, tenant: Tenant, account_id: str, oauth_client_id: str, shared_secret: str
    ) -> BearerToken:
        issued = self._clock()
        assertion = sign_oauth_assertion(
            oauth_client_id=oauth_client_id,
            shared_secret=shared_secret,
            account_id=account_id,
            site_base_url=tenant.base_url,
            audience=self._audience,
            now=issued,
        )
        form = {"grant_type": JWT_BEARER_GRANT, "assertion": assertion, "scope": self._scopes}
        try:
            async with asyncio.timeout(self._timeout):
                async with self._http.stream(
                    "POST",
                    self._token_url,
                    data=form,
                    headers={"Accept": "application/json"},
                    timeout=self._timeout,
                    follow_redirects=False,
                ) as response:
                    status = response.status_code
                    body = await read_limited(response, MAX_ANSWER_BYTES)
        except (TimeoutError, httpx.TimeoutException):
            raise OAuthUnavailable("the OAuth server timed out") from None
        except httpx.HTTPError as exc:
            raise OAuthUnavailable(
                f"the OAuth server cannot be reached: {type(exc).__name__}"
            ) from None
        except AnswerTooLarge:
            raise OAuthUnavailable("the OAuth server's answer is too large") from None

        if status == 200:
            token = self._parse_grant(body, issued)
            log.debug("oauth: granted a token for account %s on %s", account_id, tenant.client_key)
            return token
        if status == 429 or status >= 500:
            raise OAuthUnavailable(f"the OAuth server answered {status}", status=status)
        raise OAuthRejected(
            f"the OAuth server refused the grant for account {account_id}: "
            f"{status}{_oauth_error_detail(body, assertion)}",
            status=status,
        )

    def _parse_grant(self, body: bytes, issued: float) -> BearerToken:
        def unusable(problem: str) -> OAuthUnavailable:
            return OAuthUnavailable(f"the OAuth server's answer is unusable: {problem}", status=200)

        try:
            answer: Any = json.loads(body)
        except (ValueError, RecursionError):
            raise unusable("not JSON") from None
        if not isinstance(answer, dict):
            raise unusable("not a JSON object")
        value = answer.get("access_token")
        if not isinstance(value, str) or not _TOKEN.fullmatch(value):
            raise unusable("no access_token")
        if len(value) > MAX_TOKEN_LENGTH:
            raise unusable("access_token is too long")
        token_type = answer.get("token_type", "Bearer")
        if not isinstance(token_type, str) or token_type.lower() != "bearer":
            raise unusable("token_type is not Bearer")
        expires_in = answer.get("expires_in")
        if (
            isinstance(expires_in, bool)
            or not isinstance(expires_in, int | float)
            or not math.isfinite(expires_in)
            or expires_in <= 0
        ):
            raise unusable("expires_in is not a positive number")
        lifetime = cache_lifetime(min(float(expires_in), MAX_TOKEN_LIFETIME))
        return BearerToken(value=value, usable_until=issued + lifetime)


def _oauth_error_detail(body: bytes, assertion: str) -> str:
    """` (invalid_grant: why)` from an RFC 6749 error answer, or '' when there is none."""
    try:
        answer: Any = json.loads(body)
    except (ValueError, RecursionError):
        return ""
    if not isinstance(answer, dict):
        return ""
    code = answer.get("error")
    if not isinstance(code, str) or not _OAUTH_ERROR_CODE.fullmatch(code):
        return ""
    description = answer.get("error_description")
    if isinstance(description, str) and (detail := printable_detail(description, secret=assertion)):
        return f" ({code}: {detail})"
    return f" ({code})"
