"""Signed-install public keys, fetched from `GLANCEAPP_INSTALL_KEYS_URL/{kid}`.

A kid's key never changes (a rotated key gets a new kid), so successes are
cached forever. No redirects are followed and the body is bounded: the key
server is trusted for keys, not for where to go.

The kid comes from a token whose signature cannot be checked before the fetch,
so anyone can name one. A flood of made-up kids is bounded three ways, each
per worker process:
- a kid the key server refused (4xx) is remembered for `REFUSED_KID_SECONDS`
  (at most `MAX_REFUSED_KIDS`, oldest forgotten first) and refused locally;
- fetches draw on a `FetchBudget` (a token bucket: a burst of `FETCH_BURST`,
  then one every `1 / FETCH_RATE` seconds), so the outbound requests made-up
  kids can cause are bounded in total; an empty budget is a 503;
- a call waits at most `SLOT_WAIT` for one of `MAX_CONCURRENT_FETCHES` slots
  and at most `timeout` for the key server, so every caller has its answer
  (a key, a refusal, or KeyServerUnavailable: 503 with Retry-After) within
  `SLOT_WAIT + timeout` (7 s by default), however many others are waiting.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable

import httpx

from glanceapp.connect.errors import KeyRejected, KeyServerUnavailable

MAX_KEY_BYTES = 16 * 1024
DEFAULT_TIMEOUT = 5.0
MAX_CACHED_KEYS = 1024
MAX_CONCURRENT_FETCHES = 4
SLOT_WAIT = 2.0
REFUSED_KID_SECONDS = 300.0
MAX_REFUSED_KIDS = 4096
FETCH_BURST = 20
FETCH_RATE = 1 / 3

KeySource = Callable[[str], Awaitable[str]]
"""Given a validated kid, return the PEM public key; raise KeyRejected or KeyServerUnavailable."""


class FetchBudget:
    """A token bucket of outbound key fetches: `burst` at once, then `per_second` on average.

    Time comes from an injected monotonic clock, so tests move it by hand.
    """

    def __init__(
        self,
        burst: int = FETCH_BURST,
        per_second: float = FETCH_RATE,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if burst < 1 or per_second <= 0:
            raise ValueError("a fetch budget needs a burst of at least 1 and a positive rate")
        self._burst = float(burst)
        self._rate = per_second
        self._clock = clock
        self._tokens = float(burst)
        self._updated = clock()

    def _refill(self) -> None:
        now = self._clock()
        elapsed = max(0.0, now - self._updated)
        self._tokens = min(self._burst, self._tokens + elapsed * self._rate)
        self._updated = now

    def take(self) -> bool:
        """Spend one fetch if the budget allows it."""
        self._refill()
        if self._tokens < 1:
            return False
        self._tokens -= 1
        return True

    def give_back(self) -> None:
        """Return a fetch that was never sent."""
        self._tokens = min(self._burst, self._tokens + 1)


class InstallKeyFetcher:
    """A `KeySource` over HTTP: `await fetcher(kid)` returns the PEM public key."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        base_url: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        slot_wait: float = SLOT_WAIT,
        budget: FetchBudget | None = None,
        refused_for: float = REFUSED_KID_SECONDS,
        max_refused: int = MAX_REFUSED_KIDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self._base_url = base_url.rstrip("/")
        self._timeout = timeout
        self._slot_wait = slot_wait
        self._budget = budget or FetchBudget(clock=clock)
        self._refused_for = refused_for
        self._max_refused = max_refused
        self._clock = clock
        self._cache: dict[str, str] = {}
        self._refused: OrderedDict[str, float] = OrderedDict()  # kid -> forgotten at
        self._inflight: dict[str, asyncio.Future[str]] = {}
        self._slots = asyncio.Semaphore(MAX_CONCURRENT_FETCHES)
        self.fetches = 0
        """Requests handed to the network so far (for operators' metrics and tests)."""

    async def __call__(self, kid: str) -> str:
        cached = self._cache.get(kid)
        if cached is not None:
            return cached
        if self._was_refused(kid):
            raise KeyRejected(f"the key server refused kid {kid} a moment ago")
        pending = self._inflight.get(kid)
        if pending is not None:
            return await asyncio.shield(pending)  # bounded: its owner's wait is bounded
        if not self._budget.take():
            raise KeyServerUnavailable("too many unknown kids recently; key fetches are paused")
        future: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._inflight[kid] = future
        try:
            key = await self._fetch_in_slot(kid)
        except BaseException as exc:
            if isinstance(exc, KeyRejected):
                self._remember_refused(kid)
            future.set_exception(exc)
            future.exception()  # mark retrieved: waiters re-raise it themselves
            raise
        else:
            future.set_result(key)
            if len(self._cache) < MAX_CACHED_KEYS:
                self._cache[kid] = key
            return key
        finally:
            del self._inflight[kid]

    def _was_refused(self, kid: str) -> bool:
        until = self._refused.get(kid)
        if until is None:
            return False
        if self._clock() < until:
            return True
        del self._refused[kid]
        return False

    def _remember_refused(self, kid: str) -> None:
        self._refused.pop(kid, None)
        self._refused[kid] = self._clock() + self._refused_for
        while len(self._refused) > self._max_refused:
            self._refused.popitem(last=False)

    async def _fetch_in_slot(self, kid: str) -> str:
        try:
            async with asyncio.timeout(self._slot_wait):
                await self._slots.acquire()
        except TimeoutError:
            self._budget.give_back()
            raise KeyServerUnavailable("every key fetch slot is busy") from None
        try:
            self.fetches += 1
            return await self._fetch(kid)
        finally:
            self._slots.release()

    async def _fetch(self, kid: str) -> str:
        url = f"{self._base_url}/{kid}"
        try:
            async with asyncio.timeout(self._timeout):
                async with self._client.stream(
                    "GET", url, follow_redirects=False, timeout=self._timeout
                ) as response:
                    if response.status_code in (408, 429):
                        raise KeyServerUnavailable(
                            f"the key server answered {response.status_code}"
                        )
                    if 400 <= response.status_code < 500:
                        raise KeyRejected(f"the key server does not know kid {kid}")
                    if response.status_code != 200:
                        raise KeyServerUnavailable(
                            f"the key server answered {response.status_code}"
                        )
                    body = bytearray()
                    async for chunk in response.aiter_bytes():
                        body.extend(chunk)
                        if len(body) > MAX_KEY_BYTES:
                            raise KeyServerUnavailable("the key server's answer is too large")
        except (TimeoutError, httpx.TimeoutException):
            raise KeyServerUnavailable("the key server timed out") from None
        except httpx.HTTPError as exc:
            raise KeyServerUnavailable(
                f"the key server cannot be reached: {type(exc).__name__}"
            ) from None
        try:
            return body.decode("ascii")
        except UnicodeDecodeError:
            raise KeyServerUnavailable("the key server's answer is not a PEM key") from None
