"""The Jira client against a real fake Jira on loopback, which checks every JWT and qsh.

Waiting is injected: `FakeTime.sleep` records each pause and advances a monotonic
clock at once, so a test proves Retry-After was honoured without waiting for it.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import jwt
import pytest
from atlassian_jwt.url_utils import hash_url

from glanceapp.domain import Tenant
from glanceapp.jira.client import (
    MAX_ANSWER_BYTES,
    AppJwtAuth,
    BearerAuth,
    JiraClient,
    backoff,
    parse_retry_after,
)
from glanceapp.jira.errors import (
    JiraAuthError,
    JiraError,
    JiraNotConfigured,
    JiraRejected,
    JiraUnavailable,
    OAuthNotConfigured,
    OAuthRejected,
)
from glanceapp.jira.oauth import BearerTokenSource
from glanceapp.sandbox.fakejira import FakeJira
from glanceapp.settings import Settings
from support.clock import Clock

ALICE = "557058:aaaaaaaa-0000-0000-0000-000000000001"
BOB = "557058:bbbbbbbb-0000-0000-0000-000000000002"
KEY = "glanceapp.link"
PROPERTIES = "/rest/api/3/user/properties/"
PATH = f"{PROPERTIES}{KEY}"
VALUE = {"v": 1, "account": "ada", "apiKey": "v1.k.abc", "expiresAt": "2030-01-01T00:00:00Z"}
WRONG_SECRET = "not-the-secret-jira-holds-0123456789abcdef"
MODES = ["app", "user"]


class FakeTime:
    """A monotonic clock that `sleep` moves forward at once; every pause is recorded."""

    def __init__(self) -> None:
        self.offset = 0.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return time.monotonic() + self.offset

    async def sleep(self, delay: float) -> None:
        self.sleeps.append(delay)
        self.offset += delay


MakeClient = Callable[..., JiraClient]


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(trust_env=False) as client:
        yield client


@pytest.fixture
async def make_client(
    http: httpx.AsyncClient, fake: FakeJira, fake_time: FakeTime
) -> AsyncIterator[MakeClient]:
    made: list[JiraClient] = []

    def make(jira_auth: str = "app", **options: Any) -> JiraClient:
        options.setdefault("sleep", fake_time.sleep)
        options.setdefault("monotonic", fake_time.monotonic)
        client = JiraClient(
            options.pop("http", http),
            app_key=fake.app_key,
            jira_auth=jira_auth,  # type: ignore[arg-type]
            oauth_url=fake.oauth_url,
            **options,
        )
        made.append(client)
        return client

    yield make
    for client in made:
        await client.aclose()


def rest_requests(fake: FakeJira) -> list[tuple[str, int, bool]]:
    """(method, status, injected?) of every user-property call the fake answered."""
    return [(r.method, r.status, r.fault) for r in fake.requests if r.path.startswith(PROPERTIES)]


# --------------------------------------------------------------------------- the happy path


@pytest.mark.parametrize("mode", MODES)
async def test_put_get_delete_roundtrip(
    mode: str, make_client: MakeClient, fake: FakeJira, tenant: Tenant
) -> None:
    client = make_client(mode)
    assert await client.get_property(tenant, ALICE, KEY) is None
    await client.put_property(tenant, ALICE, KEY, VALUE)
    assert fake.property(ALICE, KEY) == VALUE
    assert await client.get_property(tenant, ALICE, KEY) == VALUE
    await client.put_property(tenant, ALICE, KEY, {"v": 2})
    assert fake.property(ALICE, KEY) == {"v": 2}
    await client.delete_property(tenant, ALICE, KEY)
    assert fake.property(ALICE, KEY) is None
    assert await client.get_property(tenant, ALICE, KEY) is None
    assert rest_requests(fake) == [
        ("GET", 404, False),
        ("PUT", 201, False),
        ("GET", 200, False),
        ("PUT", 200, False),
        ("DELETE", 204, False),
        ("GET", 404, False),
    ]
    scheme = "JWT" if mode == "app" else "Bearer"
    assert {r.auth_scheme for r in fake.requests if r.path.startswith(PROPERTIES)} == {scheme}


@pytest.mark.parametrize("mode", MODES)
async def test_delete_of_an_absent_property_is_done(
    mode: str, make_client: MakeClient, fake: FakeJira, tenant: Tenant, fake_time: FakeTime
) -> None:
    await make_client(mode).delete_property(tenant, ALICE, KEY)
    assert rest_requests(fake) == [("DELETE", 404, False)]
    assert fake_time.sleeps == []


async def test_other_users_properties_are_left_alone(
    make_client: MakeClient, fake: FakeJira, tenant: Tenant
) -> None:
    fake.set_property(BOB, KEY, {"v": "bob's"})
    client = make_client("app")
    await client.put_property(tenant, ALICE, KEY, VALUE)
    await client.delete_property(tenant, ALICE, KEY)
    assert fake.property(BOB, KEY) == {"v": "bob's"}


async def test_site_base_url_with_trailing_slash(
    make_client: MakeClient, fake: FakeJira, tenant: Tenant
) -> None:
    slashed = Tenant(
        client_key=tenant.client_key,
        base_url=f"{fake.base_url}/",
        state="installed",
        shared_secret=tenant.shared_secret,
    )
    await make_client("app").put_property(slashed, ALICE, KEY, VALUE)
    assert fake.property(ALICE, KEY) == VALUE


# --------------------------------------------------------------------------- retries


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_a_5xx_is_retried_after_backoff(
    mode: str,
    status: int,
    make_client: MakeClient,
    fake: FakeJira,
    tenant: Tenant,
    fake_time: FakeTime,
) -> None:
    fake.inject("PUT", PROPERTIES, status=status)
    await make_client(mode).put_property(tenant, ALICE, KEY, VALUE)
    assert fake.property(ALICE, KEY) == VALUE
    assert rest_requests(fake) == [("PUT", status, True), ("PUT", 201, False)]
    assert fake_time.sleeps == [0.25]


@pytest.mark.parametrize("mode", MODES)
async def test_429_waits_for_retry_after(
    mode: str, make_client: MakeClient, fake: FakeJira, tenant: Tenant, fake_time: FakeTime
) -> None:
    fake.inject("PUT", PROPERTIES, status=429, retry_after=1)
    await make_client(mode).put_property(tenant, ALICE, KEY, VALUE)
    assert fake.property(ALICE, KEY) == VALUE
    assert rest_requests(fake) == [("PUT", 429, True), ("PUT", 201, False)]
    assert fake_time.sleeps == [1]


@pytest.mark.parametrize("mode", MODES)
async def test_retry_after_past_the_deadline_gives_up_without_waiting(
    mode: str, make_client: MakeClient, fake: FakeJira, tenant: Tenant, fake_time: FakeTime
) -> None:
    fake.inject("GET", PROPERTIES, status=429, retry_after=60)
    with pytest.raises(JiraUnavailable, match="Retry-After") as caught:
        await make_client(mode, deadline=10.0).get_property(tenant, ALICE, KEY)
    assert caught.value.status == 429
    assert fake_time.sleeps == []
    assert rest_requests(fake) == [("GET", 429, True)]


@pytest.mark.parametrize("mode", MODES)
async def test_503_forever_is_unavailable_after_bounded_attempts(
    mode: str, make_client: MakeClient, fake: FakeJira, tenant: Tenant, fake_time: FakeTime
) -> None:
    fake.inject("PUT", PROPERTIES, status=503, times=1000)
    with pytest.raises(JiraUnavailable) as caught:
        await make_client(mode, deadline=10.0).put_property(tenant, ALICE, KEY, VALUE)
    assert caught.value.status == 503
    attempts = rest_requests(fake)
    assert attempts == [("PUT", 503, True)] * len(attempts)
    assert 5 <= len(attempts) <= 10
    assert fake_time.sleeps == [backoff(n) for n in range(1, len(attempts))]
    assert max(fake_time.sleeps) == 2.0
    assert sum(fake_time.sleeps) <= 10.0
    assert fake.property(ALICE, KEY) is None


def test_backoff_doubles_from_a_quarter_second_up_to_two() -> None:
    assert [backoff(n) for n in range(1, 7)] == [0.25, 0.5, 1.0, 2.0, 2.0, 2.0]


@pytest.mark.parametrize("mode", MODES)
async def test_a_hang_past_the_timeout_is_unavailable(
    mode: str, make_client: MakeClient, fake: FakeJira, tenant: Tenant, fake_time: FakeTime
) -> None:
    fake.inject("PUT", PROPERTIES, hang=True, times=100)
    client = make_client(mode, request_timeout=0.3, deadline=1.0)
    with pytest.raises(JiraUnavailable, match="timed out") as caught:
        await client.put_property(tenant, ALICE, KEY, VALUE)
    assert caught.value.status is None
    assert 1 <= fake.hanging <= 3
    assert fake_time.sleeps == [0.25]
    assert fake.property(ALICE, KEY) is None


async def test_a_hang_then_success_is_retried(
    make_client: MakeClient, fake: FakeJira, tenant: Tenant, fake_time: FakeTime
) -> None:
    fake.inject("GET", PROPERTIES, hang=True)
    fake.set_property(ALICE, KEY, VALUE)
    client = make_client("app", request_timeout=0.3, deadline=5.0)
    assert await client.get_property(tenant, ALICE, KEY) == VALUE
    assert fake_time.sleeps == [0.25]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("times", "outcome"), [(1, "success"), (100, "unavailable")], ids=["once", "always"]
)
async def test_a_write_answered_500_may_have_landed(
    mode: str,
    times: int,
    outcome: str,
    make_client: MakeClient,
    fake: FakeJira,
    tenant: Tenant,
) -> None:
    """A PUT applied and then answered 500 is retried; "unavailable" does not mean "not written"."""
    fake.inject("PUT", PROPERTIES, apply_then_fail=True, times=times)
    client = make_client(mode)
    if outcome == "success":
        await client.put_property(tenant, ALICE, KEY, VALUE)
    else:
        with pytest.raises(JiraUnavailable):
            await client.put_property(tenant, ALICE, KEY, VALUE)
    assert fake.property(ALICE, KEY) == VALUE


async def test_a_delete_applied_then_answered_500_is_done_on_retry(
    make_client: MakeClient, fake: FakeJira, tenant: Tenant
) -> None:
    fake.set_property(ALICE, KEY, VALUE)
    fake.inject("DELETE", PROPERTIES, apply_then_fail=True, status=502)
    await make_client("app").delete_property(tenant, ALICE, KEY)
    assert fake.property(ALICE, KEY) is None
    assert rest_requests(fake) == [("DELETE", 502, True), ("DELETE", 404, False)]


async def test_each_retry_is_signed_anew(
    make_client: MakeClient, fake: FakeJira, tenant: Tenant, fake_time: FakeTime
) -> None:
    """Between attempts both clocks jump past the app token's 180 s life: a reused JWT fails."""
    wall = Clock.running()

    async def sleep_a_long_time(delay: float) -> None:
        await fake_time.sleep(delay)
        wall.offset += 200
        fake.set_clock(int(wall.offset))

    fake.inject("PUT", PROPERTIES, status=503, times=2)
    client = make_client("app", clock=wall, sleep=sleep_a_long_time)
    await client.put_property(tenant, ALICE, KEY, VALUE)
    assert fake.property(ALICE, KEY) == VALUE
    assert rest_requests(fake)[-1] == ("PUT", 201, False)
    assert len(fake_time.sleeps) == 2


async def test_an_unsigned_retry_would_be_refused(
    make_client: MakeClient, fake: FakeJira, tenant: Tenant
) -> None:
    """The check above has teeth: a token signed before the jump is refused after it."""
    wall = Clock.running()
    stale = make_client("app", clock=wall)
    fake.set_clock(200)
    with pytest.raises(JiraAuthError, match="expired") as caught:
        await stale.put_property(tenant, ALICE, KEY, VALUE)
    assert caught.value.status == 401


# --------------------------------------------------------------------------- refusals


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, JiraRejected),
        (404, JiraRejected),
        (409, JiraRejected),
        (401, JiraAuthError),
        (403, JiraAuthError),
    ],
)
async def test_refusals_are_rejected_with_their_status_and_not_retried(
    mode: str,
    status: int,
    error: type[JiraRejected],
    make_client: MakeClient,
    fake: FakeJira,
    tenant: Tenant,
    fake_time: FakeTime,
) -> None:
    fake.inject("PUT", PROPERTIES, status=status, times=2 if status == 401 else 1)
    with pytest.raises(error) as caught:
        await make_client(mode).put_property(tenant, ALICE, KEY, VALUE)
    assert type(caught.value) is error
    assert caught.value.status == status
    assert "injected fault" in str(caught.value)
    assert fake_time.sleeps == []
    assert fake.property(ALICE, KEY) is None


def test_refusals_are_not_unavailable() -> None:
    """Callers rely on this split: only JiraUnavailable means "may have landed"."""
    assert not issubclass(JiraRejected, JiraUnavailable)
    assert not issubclass(JiraUnavailable, JiraRejected)
    assert issubclass(JiraAuthError, JiraRejected)
    assert issubclass(OAuthRejected, JiraAuthError)


@pytest.mark.parametrize("mode", MODES)
async def test_a_wrong_shared_secret_is_an_auth_error(
    mode: str, make_client: MakeClient, fake: FakeJira, tenant: Tenant, fake_time: FakeTime
) -> None:
    wrong = Tenant(
        client_key=tenant.client_key,
        base_url=tenant.base_url,
        state="installed",
        shared_secret=WRONG_SECRET,
        oauth_client_id=tenant.oauth_client_id,
    )
    with pytest.raises(JiraAuthError) as caught:
        await make_client(mode).put_property(wrong, ALICE, KEY, VALUE)
    assert WRONG_SECRET not in str(caught.value)
    assert "JWT ey" not in str(caught.value)
    assert fake.property(ALICE, KEY) is None
    assert fake_time.sleeps == []
    if mode == "app":
        assert caught.value.status == 401
        assert rest_requests(fake) == [("PUT", 401, False)]
    else:
        assert isinstance(caught.value, OAuthRejected)
        assert caught.value.status == 400
        assert rest_requests(fake) == []
        assert fake.grant_count == 0


async def test_the_app_without_admin_rights_is_refused(
    make_client: MakeClient, fake: FakeJira, tenant: Tenant
) -> None:
    fake.app_admin = False
    with pytest.raises(JiraAuthError) as caught:
        await make_client("app").put_property(tenant, ALICE, KEY, VALUE)
    assert caught.value.status == 403


async def test_a_tenant_without_a_secret_is_not_configured(
    make_client: MakeClient, fake: FakeJira, tenant: Tenant
) -> None:
    uninstalled = Tenant(
        client_key=tenant.client_key, base_url=tenant.base_url, state="uninstalled"
    )
    with pytest.raises(JiraNotConfigured):
        await make_client("app").delete_property(uninstalled, ALICE, KEY)
    with pytest.raises(JiraNotConfigured):
        await make_client("user").delete_property(uninstalled, ALICE, KEY)
    assert fake.requests == []


async def test_acting_as_a_user_needs_an_oauth_client_id(
    make_client: MakeClient, fake: FakeJira, tenant: Tenant
) -> None:
    without = Tenant(
        client_key=tenant.client_key,
        base_url=tenant.base_url,
        state="installed",
        shared_secret=tenant.shared_secret,
    )
    with pytest.raises(OAuthNotConfigured, match="oauthClientId"):
        await make_client("user").put_property(without, ALICE, KEY, VALUE)
    assert fake.requests == []
    await make_client("app").put_property(without, ALICE, KEY, VALUE)
    assert fake.property(ALICE, KEY) == VALUE


@pytest.mark.parametrize(
    ("account_id", "key"),
    [("", KEY), (ALICE, ""), (ALICE, "k" * 256)],
    ids=["account", "key", "long"],
)
async def test_bad_arguments_are_value_errors(
    make_client: MakeClient, fake: FakeJira, tenant: Tenant, account_id: str, key: str
) -> None:
    with pytest.raises(ValueError, match=r"must not be empty|1 to 255"):
        await make_client("app").get_property(tenant, account_id, key)
    assert fake.requests == []


@pytest.mark.parametrize("value", [math.nan, object(), {"k": {1, 2}}], ids=["nan", "object", "set"])
async def test_a_value_that_is_not_json_is_a_value_error(
    make_client: MakeClient, fake: FakeJira, tenant: Tenant, value: Any
) -> None:
    with pytest.raises(ValueError, match="not JSON"):
        await make_client("app").put_property(tenant, ALICE, KEY, value)
    assert fake.requests == []


async def test_constructor_checks_its_arguments(http: httpx.AsyncClient) -> None:
    with pytest.raises(ValueError, match="jira_auth"):
        JiraClient(http, app_key="a", jira_auth="both", oauth_url="https://o.example")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="positive"):
        JiraClient(http, app_key="a", jira_auth="app", oauth_url="https://o.example", deadline=0)


async def test_from_settings(http: httpx.AsyncClient) -> None:
    settings = Settings(jira_auth="app", oauth_url="https://oauth.example")
    client = JiraClient.from_settings(http, settings, deadline=3.0)
    assert client.jira_auth == "app"
    assert client.deadline == 3.0
    assert client.tokens.token_url == "https://oauth.example/oauth2/token"
    await client.aclose()


# --------------------------------------------------------------------------- bearer tokens


async def test_bearer_token_is_cached_across_calls(
    make_client: MakeClient, fake: FakeJira, tenant: Tenant
) -> None:
    client = make_client("user")
    await client.put_property(tenant, ALICE, KEY, VALUE)
    await client.get_property(tenant, ALICE, KEY)
    await client.delete_property(tenant, ALICE, KEY)
    assert fake.grant_count == 1
    [issued] = fake.access_tokens
    assert issued.account_id == ALICE
    assert issued.scopes == frozenset({"READ", "WRITE", "DELETE"})


async def test_concurrent_calls_share_one_grant(
    make_client: MakeClient, fake: FakeJira, tenant: Tenant
) -> None:
    client = make_client("user")
    fake.set_property(ALICE, KEY, VALUE)
    values = await asyncio.gather(*(client.get_property(tenant, ALICE, KEY) for _ in range(8)))
    assert values == [VALUE] * 8
    assert fake.grant_count == 1


async def test_an_expired_cache_entry_is_granted_anew(
    make_client: MakeClient, fake: FakeJira, tenant: Tenant
) -> None:
    wall = Clock.running()
    client = make_client("user", clock=wall)
    await client.put_property(tenant, ALICE, KEY, VALUE)
    wall.offset = 839  # the fake grants 900 s; the cache lets go 60 s early
    fake.set_clock(839)
    await client.get_property(tenant, ALICE, KEY)
    assert fake.grant_count == 1
    wall.offset = 841
    fake.set_clock(841)
    await client.get_property(tenant, ALICE, KEY)
    assert fake.grant_count == 2


async def test_a_401_to_a_cached_token_is_retried_once_with_a_new_grant(
    make_client: MakeClient, fake: FakeJira, tenant: Tenant, fake_time: FakeTime
) -> None:
    """Jira expires the token while our cache still trusts it (clock skew, early revocation)."""
    wall = Clock.running()
    client = make_client("user", clock=wall)
    await client.put_property(tenant, ALICE, KEY, VALUE)
    wall.offset = 800
    fake.set_clock(901)
    fake.jwt_leeway = 120  # lets the fake accept the new assertion despite the skew
    assert await client.get_property(tenant, ALICE, KEY) == VALUE
    assert fake.grant_count == 2
    assert rest_requests(fake)[-2:] == [("GET", 401, False), ("GET", 200, False)]
    assert fake_time.sleeps == []


async def test_a_second_401_is_an_auth_error(
    make_client: MakeClient, fake: FakeJira, tenant: Tenant
) -> None:
    fake.inject("GET", PROPERTIES, status=401, times=5)
    with pytest.raises(JiraAuthError) as caught:
        await make_client("user").get_property(tenant, ALICE, KEY)
    assert caught.value.status == 401
    assert fake.grant_count == 2
    assert rest_requests(fake) == [("GET", 401, True), ("GET", 401, True)]


async def test_each_account_gets_its_own_token(
    make_client: MakeClient, fake: FakeJira, tenant: Tenant
) -> None:
    client = make_client("user")
    await client.put_property(tenant, ALICE, KEY, {"who": "alice"})
    await client.put_property(tenant, BOB, KEY, {"who": "bob"})
    assert fake.property(ALICE, KEY) == {"who": "alice"}
    assert fake.property(BOB, KEY) == {"who": "bob"}
    assert sorted(t.account_id for t in fake.access_tokens) == sorted([ALICE, BOB])


class OneTokenForEveryone(BearerTokenSource):
    """A broken source that always hands out Alice's token: what the client must never do."""

    async def token(self, tenant: Tenant, account_id: str) -> str:
        return await super().token(tenant, ALICE)


async def test_a_token_for_one_user_cannot_write_another(
    make_client: MakeClient, http: httpx.AsyncClient, fake: FakeJira, tenant: Tenant
) -> None:
    broken = OneTokenForEveryone(http, oauth_url=fake.oauth_url)
    client = make_client("user", tokens=broken)
    await client.put_property(tenant, ALICE, KEY, VALUE)
    with pytest.raises(JiraAuthError) as caught:
        await client.put_property(tenant, BOB, KEY, VALUE)
    assert caught.value.status == 403
    assert "own account" in str(caught.value)
    assert fake.property(BOB, KEY) is None


async def test_an_oauth_outage_is_retried(
    make_client: MakeClient, fake: FakeJira, tenant: Tenant, fake_time: FakeTime
) -> None:
    fake.inject("POST", "/oauth/oauth2/token", status=503)
    await make_client("user").put_property(tenant, ALICE, KEY, VALUE)
    assert fake.property(ALICE, KEY) == VALUE
    assert fake.grant_count == 1
    assert fake_time.sleeps == [0.25]


async def test_an_oauth_outage_at_the_deadline_is_unavailable(
    make_client: MakeClient, fake: FakeJira, tenant: Tenant
) -> None:
    fake.inject("POST", "/oauth/oauth2/token", status=500, times=1000)
    with pytest.raises(JiraUnavailable) as caught:
        await make_client("user").put_property(tenant, ALICE, KEY, VALUE)
    assert caught.value.status == 500
    assert rest_requests(fake) == []


async def test_tokens_stay_out_of_logs_and_errors(
    make_client: MakeClient, fake: FakeJira, tenant: Tenant, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="glanceapp")
    client = make_client("user")
    fake.inject("PUT", PROPERTIES, status=503)
    fake.inject("GET", PROPERTIES, status=401, times=2)
    await client.put_property(tenant, ALICE, KEY, VALUE)
    with pytest.raises(JiraAuthError) as caught:
        await client.get_property(tenant, ALICE, KEY)
    token = await client.tokens.token(tenant, ALICE)
    for text in (caplog.text, str(caught.value), repr(client), repr(client.tokens)):
        assert token not in text
        assert fake.shared_secret not in text
        assert "Bearer " not in text
    assert "retrying" in caplog.text
    assert token not in repr(BearerAuth(token))
    assert fake.shared_secret not in repr(AppJwtAuth(tenant, "glanceapp"))


# --------------------------------------------------------------------------- answers the fake cannot give


def mock_client(
    handler: Callable[[httpx.Request], httpx.Response],
    fake_time: FakeTime,
    **options: Any,
) -> tuple[JiraClient, httpx.AsyncClient]:
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    options.setdefault("sleep", fake_time.sleep)
    options.setdefault("monotonic", fake_time.monotonic)
    client = JiraClient(
        http, app_key="glanceapp", jira_auth="app", oauth_url="https://oauth.example", **options
    )
    return client, http


SITE = Tenant(
    client_key="site",
    base_url="https://site.atlassian.net",
    state="installed",
    shared_secret="s" * 40,
)


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, content=b"not json"),
        httpx.Response(200, json=["no", "object"]),
        httpx.Response(200, json={"key": KEY}),
        httpx.Response(200, content=b"x" * (MAX_ANSWER_BYTES + 1)),
    ],
    ids=["not-json", "list", "no-value", "too-large"],
)
async def test_an_unusable_answer_is_unavailable(
    response: httpx.Response, fake_time: FakeTime
) -> None:
    client, http = mock_client(lambda request: response, fake_time)
    async with http:
        with pytest.raises(JiraUnavailable):
            await client.get_property(SITE, ALICE, KEY)


async def test_redirects_are_not_followed(fake_time: FakeTime) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(302, headers={"Location": "https://elsewhere.example/steal"})

    client, http = mock_client(handler, fake_time)
    async with http:
        with pytest.raises(JiraRejected) as caught:
            await client.put_property(SITE, ALICE, KEY, VALUE)
    assert caught.value.status == 302
    assert len(seen) == 1


async def test_a_transport_error_is_retried(fake_time: FakeTime) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            raise httpx.ConnectError("connection refused", request=request)
        return httpx.Response(200, json={"key": KEY, "value": None})

    client, http = mock_client(handler, fake_time)
    async with http:
        assert await client.get_property(SITE, ALICE, KEY) is None
    assert len(calls) == 2
    assert fake_time.sleeps == [0.25]


async def test_retry_after_as_an_http_date(fake_time: FakeTime) -> None:
    now = 1_700_000_000.0
    answers = iter(
        [
            httpx.Response(503, headers={"Retry-After": "Tue, 14 Nov 2023 22:13:23 GMT"}),
            httpx.Response(204),
        ]
    )
    client, http = mock_client(lambda request: next(answers), fake_time, clock=lambda: now)
    async with http:
        await client.delete_property(SITE, ALICE, KEY)
    assert fake_time.sleeps == [3.0]


async def test_the_request_shape(fake_time: FakeTime) -> None:
    """JWT in the header (never the URL), qsh over the path below the site's context path."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201)

    wiki = Tenant(
        client_key="site",
        base_url="https://site.atlassian.net/wiki",
        state="installed",
        shared_secret="s" * 40,
    )
    client, http = mock_client(handler, fake_time)
    async with http:
        await client.put_property(wiki, ALICE, KEY, {"b": 1, "a": [1, "é"]})
    [request] = seen
    assert request.method == "PUT"
    assert request.url.path == f"/wiki{PATH}"
    assert request.url.params["accountId"] == ALICE
    assert "jwt" not in request.url.params
    assert request.headers["content-type"] == "application/json"
    assert request.headers["accept"] == "application/json"
    assert request.content == b'{"b":1,"a":[1,"\\u00e9"]}'
    scheme, _, token = request.headers["authorization"].partition(" ")
    assert scheme == "JWT"
    claims = jwt.decode(token, "s" * 40, algorithms=["HS256"])
    assert claims["iss"] == "glanceapp"
    assert claims["exp"] - claims["iat"] == 180
    assert claims["qsh"] == hash_url("PUT", f"{PATH}?accountId={ALICE}")


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, None),
        ("1", 1.0),
        (" 120 ", 120.0),
        ("0", 0.0),
        ("-1", None),
        ("1.5", None),
        ("soon", None),
        ("9" * 100, None),
        ("Tue, 14 Nov 2023 22:13:25 GMT", 5.0),
        ("Tue, 14 Nov 2023 22:13:00 GMT", 0.0),
    ],
)
def test_parse_retry_after(header: str | None, expected: float | None) -> None:
    assert parse_retry_after(header, now=1_700_000_000.0) == expected


def test_error_tree_has_one_root() -> None:
    for error in (JiraUnavailable, JiraRejected, JiraAuthError, JiraNotConfigured):
        assert issubclass(error, JiraError)


async def test_a_deeply_nested_property_answer_is_a_jira_error_not_a_crash() -> None:
    """Regression: RecursionError from json.loads escaped get_property and aborted the sweep."""
    body = b'{"key":"glanceapp.link","value":' + b"[" * 5000 + b"]" * 5000 + b"}"
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    async with httpx.AsyncClient(transport=transport) as http:
        client = JiraClient(
            http, app_key="glanceapp", jira_auth="app", oauth_url="https://oauth.example"
        )
        tenant = Tenant(
            client_key="k",
            base_url="https://x.atlassian.net",
            state="enabled",
            shared_secret="s" * 40,
        )
        with pytest.raises(JiraError):
            await client.get_property(tenant, "557058:a", "glanceapp.link")
