"""The OAuth 2.0 JWT bearer grant: against the fake's token endpoint, and with a mock
transport for answers a well-behaved server never gives."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from urllib.parse import parse_qsl

import httpx
import jwt
import pytest

from glanceapp.domain import Tenant
from glanceapp.jira.errors import (
    JiraAuthError,
    JiraUnavailable,
    OAuthError,
    OAuthNotConfigured,
    OAuthRejected,
    OAuthUnavailable,
)
from glanceapp.jira.oauth import (
    JWT_BEARER_GRANT,
    MAX_ANSWER_BYTES,
    BearerToken,
    BearerTokenSource,
    cache_lifetime,
)
from glanceapp.sandbox.fakejira import FakeJira
from support.clock import Clock

ALICE = "557058:aaaaaaaa-0000-0000-0000-000000000001"
BOB = "557058:bbbbbbbb-0000-0000-0000-000000000002"
TOKEN_PATH = "/oauth/oauth2/token"
OAUTH_URL = "https://oauth.example"
SECRET = "s" * 40


@pytest.fixture
def clock() -> Clock:
    return Clock.running()


@pytest.fixture
async def source(fake: FakeJira, clock: Clock) -> AsyncIterator[BearerTokenSource]:
    async with httpx.AsyncClient(trust_env=False) as http:
        tokens = BearerTokenSource(http, oauth_url=fake.oauth_url, clock=clock, timeout=2.0)
        yield tokens
        await tokens.aclose()


# --------------------------------------------------------------------------- against the fake


async def test_a_grant_acts_for_its_account_with_the_verbs_it_needs(
    source: BearerTokenSource, fake: FakeJira, tenant: Tenant
) -> None:
    token = await source.token(tenant, ALICE)
    assert token
    [issued] = fake.access_tokens
    assert issued.account_id == ALICE
    assert issued.scopes == frozenset({"READ", "WRITE", "DELETE"})
    [grant] = fake.requests
    assert (grant.method, grant.path, grant.status) == ("POST", TOKEN_PATH, 200)


async def test_tokens_are_cached_per_account(
    source: BearerTokenSource, fake: FakeJira, tenant: Tenant
) -> None:
    alice = await source.token(tenant, ALICE)
    assert await source.token(tenant, ALICE) == alice
    bob = await source.token(tenant, BOB)
    assert bob != alice
    assert await source.token(tenant, BOB) == bob
    assert fake.grant_count == 2


async def test_tokens_are_cached_per_tenant(
    source: BearerTokenSource, fake: FakeJira, tenant: Tenant
) -> None:
    await source.token(tenant, ALICE)
    other = Tenant(
        client_key="another-site",
        base_url=tenant.base_url,
        state="installed",
        shared_secret=tenant.shared_secret,
        oauth_client_id=tenant.oauth_client_id,
    )
    await source.token(other, ALICE)
    assert fake.grant_count == 2


async def test_concurrent_requests_share_one_grant(
    source: BearerTokenSource, fake: FakeJira, tenant: Tenant
) -> None:
    tokens = await asyncio.gather(*(source.token(tenant, ALICE) for _ in range(10)))
    assert len(set(tokens)) == 1
    assert fake.grant_count == 1


async def test_the_cache_lets_go_a_minute_before_expiry(
    source: BearerTokenSource, fake: FakeJira, tenant: Tenant, clock: Clock
) -> None:
    first = await source.token(tenant, ALICE)
    clock.offset = 839  # the fake grants 900 s
    assert await source.token(tenant, ALICE) == first
    clock.offset = 841
    fake.set_clock(841)
    assert await source.token(tenant, ALICE) != first
    assert fake.grant_count == 2


@pytest.mark.parametrize(
    ("expires_in", "cached_for"), [(900, 840), (3600, 3540), (120, 60), (60, 30), (1, 0.5)]
)
def test_cache_lifetime(expires_in: float, cached_for: float) -> None:
    assert cache_lifetime(expires_in) == cached_for


async def test_invalidate_forgets_only_the_token_it_names(
    source: BearerTokenSource, fake: FakeJira, tenant: Tenant
) -> None:
    old = await source.token(tenant, ALICE)
    source.invalidate(tenant, ALICE, old)
    new = await source.token(tenant, ALICE)
    assert new != old
    source.invalidate(tenant, ALICE, old)  # a late report about the old token
    assert await source.token(tenant, ALICE) == new
    source.invalidate(tenant, ALICE)
    assert await source.token(tenant, ALICE) not in (old, new)
    assert fake.grant_count == 3


async def test_a_tenant_without_an_oauth_client_id_is_refused_without_a_call(
    source: BearerTokenSource, fake: FakeJira, tenant: Tenant
) -> None:
    without = Tenant(
        client_key=tenant.client_key,
        base_url=tenant.base_url,
        state="installed",
        shared_secret=tenant.shared_secret,
    )
    with pytest.raises(OAuthNotConfigured, match="oauthClientId") as caught:
        await source.token(without, ALICE)
    assert isinstance(caught.value, OAuthError)
    assert not isinstance(caught.value, JiraUnavailable)
    assert fake.requests == []


async def test_a_tenant_without_a_secret_is_refused_without_a_call(
    source: BearerTokenSource, fake: FakeJira, tenant: Tenant
) -> None:
    without = Tenant(
        client_key=tenant.client_key,
        base_url=tenant.base_url,
        state="uninstalled",
        oauth_client_id=tenant.oauth_client_id,
    )
    with pytest.raises(OAuthNotConfigured, match="sharedSecret"):
        await source.token(without, ALICE)
    assert fake.requests == []


async def test_an_empty_account_id_is_a_value_error(
    source: BearerTokenSource, tenant: Tenant
) -> None:
    with pytest.raises(ValueError, match="account_id"):
        await source.token(tenant, "")


@pytest.mark.parametrize("field", ["shared_secret", "oauth_client_id", "base_url"])
async def test_a_refused_grant_is_rejected(
    field: str, source: BearerTokenSource, fake: FakeJira, tenant: Tenant
) -> None:
    values = {
        "client_key": tenant.client_key,
        "base_url": tenant.base_url,
        "state": "installed",
        "shared_secret": tenant.shared_secret,
        "oauth_client_id": tenant.oauth_client_id,
    }
    values[field] = {
        "shared_secret": "wrong-secret-wrong-secret-wrong-secret-0",
        "oauth_client_id": "someone-else",
        "base_url": "https://other.atlassian.net",
    }[field]
    wrong = Tenant(**values)  # type: ignore[arg-type]
    with pytest.raises(OAuthRejected, match="invalid_grant") as caught:
        await source.token(wrong, ALICE)
    assert isinstance(caught.value, JiraAuthError)
    assert caught.value.status == 400
    assert fake.grant_count == 0


@pytest.mark.parametrize("status", [500, 502, 503, 429])
async def test_a_failing_server_is_unavailable_and_not_cached(
    status: int, source: BearerTokenSource, fake: FakeJira, tenant: Tenant
) -> None:
    fake.inject("POST", TOKEN_PATH, status=status)
    with pytest.raises(OAuthUnavailable) as caught:
        await source.token(tenant, ALICE)
    assert caught.value.status == status
    assert isinstance(caught.value, JiraUnavailable)
    assert await source.token(tenant, ALICE)
    assert fake.grant_count == 1


async def test_waiters_share_a_failure(
    source: BearerTokenSource, fake: FakeJira, tenant: Tenant
) -> None:
    fake.inject("POST", TOKEN_PATH, status=503)
    results = await asyncio.gather(
        *(source.token(tenant, ALICE) for _ in range(5)), return_exceptions=True
    )
    assert all(isinstance(r, OAuthUnavailable) for r in results)
    assert len(fake.requests) == 1


async def test_a_hanging_server_times_out(fake: FakeJira, tenant: Tenant) -> None:
    fake.inject("POST", TOKEN_PATH, hang=True)
    async with httpx.AsyncClient(trust_env=False) as http:
        source = BearerTokenSource(http, oauth_url=fake.oauth_url, timeout=0.3)
        with pytest.raises(OAuthUnavailable, match="timed out"):
            await source.token(tenant, ALICE)
        await source.aclose()


async def test_an_unreachable_server_is_unavailable(tenant: Tenant) -> None:
    async with httpx.AsyncClient(trust_env=False) as http:
        source = BearerTokenSource(http, oauth_url="http://127.0.0.1:9", timeout=1.0)
        with pytest.raises(OAuthUnavailable, match="cannot be reached"):
            await source.token(tenant, ALICE)
        await source.aclose()


async def test_secrets_stay_out_of_logs_reprs_and_errors(
    source: BearerTokenSource,
    fake: FakeJira,
    tenant: Tenant,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="glanceapp")
    token = await source.token(tenant, ALICE)
    wrong = Tenant(
        client_key=tenant.client_key,
        base_url=tenant.base_url,
        state="installed",
        shared_secret="wrong-secret-wrong-secret-wrong-secret-0",
        oauth_client_id=tenant.oauth_client_id,
    )
    with pytest.raises(OAuthRejected) as caught:
        await source.token(wrong, BOB)
    for text in (caplog.text, repr(source), str(caught.value)):
        assert token not in text
        assert tenant.shared_secret is not None
        assert tenant.shared_secret not in text
        assert "eyJ" not in text  # no JWT (an assertion) anywhere
    assert token not in repr(BearerToken(token, 0.0))


# --------------------------------------------------------------------------- with a mock transport

SITE = Tenant(
    client_key="site",
    base_url="https://site.atlassian.net",
    state="installed",
    shared_secret=SECRET,
    oauth_client_id="client-123",
)


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        200, json={"access_token": "tok-123", "expires_in": 900, "token_type": "Bearer"}
    )


async def test_the_grant_request_shape() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return ok(request)

    now = 1_700_000_000.0
    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        source = BearerTokenSource(http, oauth_url=f"{OAUTH_URL}/", clock=lambda: now)
        assert await source.token(SITE, ALICE) == "tok-123"
    [request] = seen
    assert request.method == "POST"
    assert str(request.url) == f"{OAUTH_URL}/oauth2/token"
    assert request.headers["accept"] == "application/json"
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert "authorization" not in request.headers
    form = dict(parse_qsl(request.content.decode()))
    assert form.keys() == {"grant_type", "assertion", "scope"}
    assert form["grant_type"] == JWT_BEARER_GRANT
    assert form["scope"] == "READ WRITE DELETE"
    claims = jwt.decode(
        form["assertion"],
        SECRET,
        algorithms=["HS256"],
        audience=f"{OAUTH_URL}/",
        options={"verify_exp": False, "verify_iat": False},
    )
    assert claims == {
        "iss": "urn:atlassian:connect:clientid:client-123",
        "sub": f"urn:atlassian:connect:useraccountid:{ALICE}",
        "tnt": "https://site.atlassian.net",
        "aud": f"{OAUTH_URL}/",
        "iat": int(now),
        "exp": int(now) + 60,
    }


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(200, content=b"not json"),
        httpx.Response(200, json=["a", "list"]),
        httpx.Response(200, json={"expires_in": 900}),
        httpx.Response(200, json={"access_token": "", "expires_in": 900}),
        httpx.Response(200, json={"access_token": "has space", "expires_in": 900}),
        httpx.Response(200, json={"access_token": "t\r\nX-Evil: 1", "expires_in": 900}),
        httpx.Response(200, json={"access_token": "t" * 9000, "expires_in": 900}),
        httpx.Response(200, json={"access_token": "t", "expires_in": "900"}),
        httpx.Response(200, json={"access_token": "t", "expires_in": True}),
        httpx.Response(200, json={"access_token": "t", "expires_in": 0}),
        httpx.Response(200, json={"access_token": "t", "expires_in": -5}),
        httpx.Response(200, json={"access_token": "t"}),
        httpx.Response(200, json={"access_token": "t", "expires_in": 900, "token_type": "mac"}),
        httpx.Response(200, content=b'{"access_token": "t", "expires_in": 1e999}'),
        httpx.Response(200, content=b" " * (MAX_ANSWER_BYTES + 1)),
    ],
    ids=[
        "not-json",
        "list",
        "no-token",
        "empty-token",
        "space-in-token",
        "header-injection",
        "long-token",
        "string-expiry",
        "bool-expiry",
        "zero-expiry",
        "negative-expiry",
        "no-expiry",
        "wrong-type",
        "infinite-expiry",
        "too-large",
    ],
)
async def test_an_unusable_answer_is_unavailable(answer: httpx.Response) -> None:
    async with httpx.AsyncClient(transport=httpx.MockTransport(lambda r: answer)) as http:
        source = BearerTokenSource(http, oauth_url=OAUTH_URL)
        with pytest.raises(OAuthUnavailable):
            await source.token(SITE, ALICE)


async def test_a_huge_expires_in_is_capped_at_a_day(clock: Clock) -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return httpx.Response(200, json={"access_token": f"t{calls}", "expires_in": 10**9})

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        source = BearerTokenSource(http, oauth_url=OAUTH_URL, clock=clock)
        assert await source.token(SITE, ALICE) == "t1"
        clock.offset = 86400 - 61
        assert await source.token(SITE, ALICE) == "t1"
        clock.offset = 86400 - 59
        assert await source.token(SITE, ALICE) == "t2"


async def test_a_redirect_is_not_followed() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(307, headers={"Location": "https://evil.example/oauth2/token"})

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        source = BearerTokenSource(http, oauth_url=OAUTH_URL)
        with pytest.raises(OAuthRejected) as caught:
            await source.token(SITE, ALICE)
    assert caught.value.status == 307
    assert len(seen) == 1


async def test_an_error_description_is_reported_but_bounded() -> None:
    answer = httpx.Response(
        401,
        json={"error": "invalid_client", "error_description": "bad\nclient " + "x" * 500},
    )
    async with httpx.AsyncClient(transport=httpx.MockTransport(lambda r: answer)) as http:
        source = BearerTokenSource(http, oauth_url=OAUTH_URL)
        with pytest.raises(OAuthRejected) as caught:
            await source.token(SITE, ALICE)
    message = str(caught.value)
    assert "invalid_client: bad client xxx" in message
    assert "\n" not in message
    assert len(message) < 400


async def test_a_cancelled_caller_does_not_cancel_the_shared_grant() -> None:
    entered = asyncio.Event()
    gate = asyncio.Event()
    calls = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        entered.set()
        await gate.wait()
        return ok(request)

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        source = BearerTokenSource(http, oauth_url=OAUTH_URL)
        impatient = asyncio.create_task(source.token(SITE, ALICE))
        await entered.wait()
        impatient.cancel()
        with pytest.raises(asyncio.CancelledError):
            await impatient
        patient = asyncio.create_task(source.token(SITE, ALICE))
        await asyncio.sleep(0)
        gate.set()
        assert await patient == "tok-123"
        assert await source.token(SITE, ALICE) == "tok-123"
        await source.aclose()
    assert calls == 1


async def test_aclose_cancels_abandoned_grants() -> None:
    entered = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        entered.set()
        await asyncio.Event().wait()
        raise AssertionError("unreachable")

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        source = BearerTokenSource(http, oauth_url=OAUTH_URL)
        waiter = asyncio.create_task(source.token(SITE, ALICE))
        await entered.wait()
        waiter.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiter
        await source.aclose()
        await source.aclose()


async def test_the_cache_is_bounded() -> None:
    counter = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal counter
        counter += 1
        return httpx.Response(200, json={"access_token": f"t{counter}", "expires_in": 900})

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        source = BearerTokenSource(http, oauth_url=OAUTH_URL, max_cached=2)
        assert await source.token(SITE, "a") == "t1"
        assert await source.token(SITE, "b") == "t2"
        assert await source.token(SITE, "c") == "t3"  # evicts a
        assert await source.token(SITE, "c") == "t3"
        assert await source.token(SITE, "a") == "t4"
        assert "cached=2" in repr(source)


async def test_constructor_checks_its_arguments() -> None:
    async with httpx.AsyncClient() as http:
        with pytest.raises(ValueError, match="timeout"):
            BearerTokenSource(http, oauth_url=OAUTH_URL, timeout=0)
        with pytest.raises(ValueError, match="max_cached"):
            BearerTokenSource(http, oauth_url=OAUTH_URL, max_cached=0)
