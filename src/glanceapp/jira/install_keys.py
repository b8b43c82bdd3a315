"""Signed-install public keys, fetched from `GLANCEAPP_INSTALL_KEYS_URL/{kid}`.

A kid's key never changes (a rotated key gets a new kid), so successes are
cached forever; failures are never cached. No redirects are followed and the
body is bounded: the key server is trusted for keys, not for where to go.
"""

from __future__ import annotations

import asyncio

import httpx

from glanceapp.connect.errors import KeyRejected, KeyServerUnavailable

MAX_KEY_BYTES = 16 * 1024
DEFAULT_TIMEOUT = 5.0
MAX_CACHED_KEYS = 1024
MAX_CONCURRENT_FETCHES = 4


class InstallKeyFetcher:
    """A `KeySource` over HTTP: `await fetcher(kid)` returns the PEM public key."""

    def __init__(
        self, client: httpx.AsyncClient, base_url: str, *, timeout: float = DEFAULT_TIMEOUT
    ) -> None:
        self._client = client
        self._base_url = base_url.rstrip("/")
        self._timeout = timeout
        self._cache: dict[str, str] = {}
        self._inflight: dict[str, asyncio.Future[str]] = {}
        self._slots = asyncio.Semaphore(MAX_CONCURRENT_FETCHES)

    async def __call__(self, kid: str) -> str:
        cached = self._cache.get(kid)
        if cached is not None:
            return cached
        pending = self._inflight.get(kid)
        if pending is not None:
            return await asyncio.shield(pending)
        future: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._inflight[kid] = future
        try:
            async with self._slots:  # forged kids cannot open unbounded outbound requests
                key = await self._fetch(kid)
        except BaseException as exc:
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
