"""Forge's FIT signing keys, fetched from `GLANCEAPP_FORGE_JWKS_URL`.

Lessons of the install-key fetcher applied to a JWKS:

- one in-flight fetch: every request that needs the JWKS while a fetch runs
  waits for that fetch (shielded, so a cancelled waiter cannot cancel it), and
  waits at most the fetch's own timeout (5 s; Forge gives a UI call 25 s);
- keys are kept for the response's `max-age` (capped at a day; 5 minutes when
  absent); an unknown `kid` triggers exactly one refresh, and the refreshed set
  answers it; refreshes are at least `min_refresh` seconds apart (default 0:
  a rotated key is picked up at once, and a flood of made-up kids still costs
  one fetch at a time);
- a failed fetch is remembered for `FAILURE_HOLD` seconds, during which every
  request that needs a fetch is answered 503 at once, without another outbound
  request; a stale JWKS is never used once its `max-age` has passed (fail closed);
- no redirects, the body is bounded, and it is parsed by the pure `glanceapp.forge.keys`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

from glanceapp.forge.errors import JwksUnavailable
from glanceapp.forge.keys import MAX_JWKS_BYTES, cache_lifetime, parse_jwks

DEFAULT_TIMEOUT = 5.0
DEFAULT_MAX_AGE = 300.0
MAX_AGE_CAP = 86400.0
FAILURE_HOLD = 5.0
MIN_LIFETIME = 1.0
"""Even a `no-store` JWKS answers the requests that waited for it."""


class ForgeKeyFetcher:
    """`await fetcher.ensure(kid)` makes sure the JWKS is fresh enough to answer `kid`;
    `fetcher.key(kid)` is then the synchronous lookup `verify_fit` takes."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        url: str,
        *,
        clock: Callable[[], float],
        timeout: float = DEFAULT_TIMEOUT,
        min_refresh: float = 0.0,
    ) -> None:
        self._client = client
        self._url = url
        self._clock = clock
        self._timeout = timeout
        self._min_refresh = min_refresh
        self._keys: dict[str, RSAPublicKey] = {}
        self._fresh_until = 0.0
        self._fetched_at: float | None = None
        self._failed_until = 0.0
        self._inflight: asyncio.Future[None] | None = None
        self.fetches = 0
        """How many fetches were started (for tests and the benchmark)."""

    def key(self, kid: str) -> RSAPublicKey | None:
        """The cached key for `kid`, if the cache is fresh."""
        if self._clock() >= self._fresh_until:
            return None
        return self._keys.get(kid)

    async def ensure(self, kid: str) -> None:
        """Refresh the JWKS if it is stale, or once if it does not know `kid`."""
        now = self._clock()
        if now < self._fresh_until and kid in self._keys:
            return
        if self._inflight is not None:
            await asyncio.shield(self._inflight)
            if self.key(kid) is not None or self._clock() < self._fresh_until:
                return  # that refresh was this kid's one refresh
        if now < self._failed_until:
            raise JwksUnavailable("Forge's JWKS failed a moment ago")
        stale = now >= self._fresh_until
        if (
            not stale
            and self._fetched_at is not None
            and now - self._fetched_at < self._min_refresh
        ):
            return  # too soon after the last refresh: the kid stays unknown
        await self._refresh()

    async def _refresh(self) -> None:
        if self._inflight is not None:
            await asyncio.shield(self._inflight)
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._inflight = future
        self.fetches += 1
        try:
            keys, lifetime = await self._fetch()
        except BaseException as exc:
            self._failed_until = self._clock() + FAILURE_HOLD
            future.set_exception(exc)
            future.exception()  # mark retrieved: waiters re-raise it themselves
            raise
        else:
            now = self._clock()
            self._keys = keys
            self._fetched_at = now
            self._fresh_until = now + max(lifetime, MIN_LIFETIME)
            self._failed_until = 0.0
            future.set_result(None)
        finally:
            self._inflight = None

    async def _fetch(self) -> tuple[dict[str, RSAPublicKey], float]:
        try:
            async with asyncio.timeout(self._timeout):
                async with self._client.stream(
                    "GET", self._url, follow_redirects=False, timeout=self._timeout
                ) as response:
                    if response.status_code != 200:
                        raise JwksUnavailable(f"Forge's JWKS answered {response.status_code}")
                    body = bytearray()
                    async for chunk in response.aiter_bytes():
                        body.extend(chunk)
                        if len(body) > MAX_JWKS_BYTES:
                            raise JwksUnavailable("Forge's JWKS is too large")
                    cache_control = response.headers.get("cache-control")
        except (TimeoutError, httpx.TimeoutException):
            raise JwksUnavailable("Forge's JWKS timed out") from None
        except httpx.HTTPError as exc:
            raise JwksUnavailable(f"Forge's JWKS cannot be reached: {type(exc).__name__}") from None
        keys = parse_jwks(bytes(body))
        lifetime = cache_lifetime(cache_control, default=DEFAULT_MAX_AGE, maximum=MAX_AGE_CAP)
        return keys, lifetime
