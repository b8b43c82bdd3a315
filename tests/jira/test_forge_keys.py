"""The JWKS fetcher against the fake Forge platform on loopback."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from glanceapp.forge import JwksUnavailable
from glanceapp.jira.forge_keys import FAILURE_HOLD, ForgeKeyFetcher
from glanceapp.sandbox.fakeforge import FakeForge
from support.clock import Clock

JWKS_PATH = "/.well-known/jwks.json"


@pytest.fixture
def forge(jira_site_key: rsa.RSAPrivateKey) -> Iterator[FakeForge]:
    with FakeForge(app_base_url="http://127.0.0.1:9", signing_key=jira_site_key) as fake:
        try:
            yield fake
        finally:
            fake.release_hangs()
        assert fake.server_errors == []


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient() as client:
        yield client


def _jwks_fetches(forge: FakeForge) -> int:
    return sum(1 for r in forge.requests if r.path == JWKS_PATH)


async def test_keys_are_cached_for_max_age(forge: FakeForge, http: httpx.AsyncClient) -> None:
    clock = Clock(1_000_000.0)
    forge.jwks_max_age = 120
    fetcher = ForgeKeyFetcher(http, forge.jwks_url, clock=clock)
    await fetcher.ensure(forge.kid)
    assert fetcher.key(forge.kid) is not None
    clock.now += 119
    await fetcher.ensure(forge.kid)
    assert _jwks_fetches(forge) == 1
    clock.now += 1
    assert fetcher.key(forge.kid) is None  # stale keys are never used
    await fetcher.ensure(forge.kid)
    assert _jwks_fetches(forge) == 2


async def test_unknown_kid_gets_exactly_one_refresh(
    forge: FakeForge, http: httpx.AsyncClient
) -> None:
    fetcher = ForgeKeyFetcher(http, forge.jwks_url, clock=Clock(1_000_000.0))
    await fetcher.ensure(forge.kid)
    new_kid = forge.rotate_key()
    await fetcher.ensure(new_kid)
    assert fetcher.key(new_kid) is not None
    assert _jwks_fetches(forge) == 2
    await fetcher.ensure("never-published")
    assert fetcher.key("never-published") is None
    assert _jwks_fetches(forge) == 3


async def test_min_refresh_holds_back_unknown_kid_refreshes(
    forge: FakeForge, http: httpx.AsyncClient
) -> None:
    clock = Clock(1_000_000.0)
    fetcher = ForgeKeyFetcher(http, forge.jwks_url, clock=clock, min_refresh=30)
    await fetcher.ensure(forge.kid)
    for _ in range(5):
        await fetcher.ensure("made-up")
    assert _jwks_fetches(forge) == 1
    clock.now += 30
    await fetcher.ensure("made-up")
    assert _jwks_fetches(forge) == 2


async def test_concurrent_refreshes_share_one_fetch(
    forge: FakeForge, http: httpx.AsyncClient
) -> None:
    arrived = threading.Event()
    forge.inject("GET", JWKS_PATH, hang=True, apply_then_fail=False, after=arrived.set)
    fetcher = ForgeKeyFetcher(http, forge.jwks_url, clock=Clock(1_000_000.0), timeout=30)
    # The first fetch hangs and fails (504 once released); everyone waiting shares it.
    waiters = [asyncio.create_task(fetcher.ensure(forge.kid)) for _ in range(10)]
    await asyncio.to_thread(arrived.wait)
    forge.release_hangs()
    results = await asyncio.gather(*waiters, return_exceptions=True)
    assert all(isinstance(r, JwksUnavailable) for r in results)
    assert fetcher.fetches == 1
    assert _jwks_fetches(forge) == 1


async def test_failure_is_remembered_then_retried(
    forge: FakeForge, http: httpx.AsyncClient
) -> None:
    clock = Clock(1_000_000.0)
    forge.inject("GET", JWKS_PATH, status=500)
    fetcher = ForgeKeyFetcher(http, forge.jwks_url, clock=clock)
    with pytest.raises(JwksUnavailable):
        await fetcher.ensure(forge.kid)
    for _ in range(3):
        with pytest.raises(JwksUnavailable):
            await fetcher.ensure(forge.kid)
    assert _jwks_fetches(forge) == 1
    clock.now += FAILURE_HOLD
    await fetcher.ensure(forge.kid)
    assert fetcher.key(forge.kid) is not None


async def test_timeout_is_unavailable(forge: FakeForge, http: httpx.AsyncClient) -> None:
    forge.inject("GET", JWKS_PATH, hang=True)
    fetcher = ForgeKeyFetcher(http, forge.jwks_url, clock=Clock(1_000_000.0), timeout=0.2)
    with pytest.raises(JwksUnavailable):
        await fetcher.ensure(forge.kid)


async def test_unreachable_jwks_is_unavailable(http: httpx.AsyncClient) -> None:
    fetcher = ForgeKeyFetcher(http, "http://127.0.0.1:9/jwks.json", clock=Clock(1_000_000.0))
    with pytest.raises(JwksUnavailable):
        await fetcher.ensure("k")


async def test_redirect_is_not_followed(forge: FakeForge, http: httpx.AsyncClient) -> None:
    from glanceapp.sandbox.fakejira import Response

    forge.add_route(
        "GET", r"/moved", lambda request, match: Response(302, headers={"Location": JWKS_PATH})
    )
    fetcher = ForgeKeyFetcher(http, f"{forge.base_url}/moved", clock=Clock(1_000_000.0))
    with pytest.raises(JwksUnavailable):
        await fetcher.ensure(forge.kid)
    assert _jwks_fetches(forge) == 0
