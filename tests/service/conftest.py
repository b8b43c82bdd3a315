"""Fixtures for the service tests: a SQLite file in tmp_path, a fake Jira on loopback, a clock.

See `support` for the clocks, the counting hasher and the helpers that compare
both stores.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from glanceapp.connect.install import InstallPayload
from glanceapp.domain import Tenant
from glanceapp.jira.client import JiraClient
from glanceapp.keyring import Keyring
from glanceapp.sandbox.fakejira import FakeJira
from glanceapp.service.accounts import LocalAccounts
from glanceapp.service.links import LinkService
from glanceapp.service.passwords import PasswordHasher
from glanceapp.storage.db import Database
from glanceapp.storage.migrations import apply_migrations
from glanceapp.storage.tenants import TenantStore

from .support import (
    ACCOUNT,
    MASTER,
    PASSWORD,
    PENDING_GRACE,
    PROPERTY_KEY,
    START,
    TTL,
    WARNING,
    Clock,
    CountingArgon2,
    JiraTime,
    MakeJira,
    MakeService,
    Sleeper,
)

# --------------------------------------------------------------------------- storage


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "glanceapp.db"
    apply_migrations(path)
    return path


@pytest.fixture
async def open_db(db_path: Path) -> AsyncIterator[Callable[[], Awaitable[Database]]]:
    """Open another connection pair to the same file (a restarted process); all closed after."""
    opened: list[Database] = []

    async def open_() -> Database:
        database = await Database.open(db_path)
        opened.append(database)
        return database

    try:
        yield open_
    finally:
        for database in opened:
            await database.close()


@pytest.fixture
async def db(open_db: Callable[[], Awaitable[Database]]) -> Database:
    return await open_db()


@pytest.fixture
def keyring() -> Keyring:
    return Keyring(MASTER)


@pytest.fixture
def argon() -> CountingArgon2:
    return CountingArgon2()


@pytest.fixture
def hasher(argon: CountingArgon2) -> PasswordHasher:
    return PasswordHasher(argon)


@pytest.fixture
def accounts(db: Database, hasher: PasswordHasher) -> LocalAccounts:
    return LocalAccounts(db, hasher)


@pytest.fixture
async def account(accounts: LocalAccounts, argon: CountingArgon2) -> str:
    await accounts.add(ACCOUNT, PASSWORD, now=START)
    argon.reset()
    return ACCOUNT


# --------------------------------------------------------------------------- Jira


@pytest.fixture(scope="session")
def fake_site(install_key: Any) -> Iterator[FakeJira]:
    """One fake Jira for the session (stopping one takes a poll interval); `fake` resets it."""
    with FakeJira(app_base_url="https://app.example.com", install_key=install_key.private) as site:
        yield site


@pytest.fixture
def fake(fake_site: FakeJira) -> Iterator[FakeJira]:
    """The fake Jira with no properties, faults or recorded requests; checked for errors after."""

    def reset() -> None:
        fake_site.clear_faults()
        fake_site.release_hangs()
        fake_site.clear_requests()
        for account_id, key in fake_site.all_properties():
            fake_site.delete_property(account_id, key)

    errors_before = len(fake_site.server_errors)
    reset()
    try:
        yield fake_site
    finally:
        reset()
    assert fake_site.server_errors[errors_before:] == []


@pytest.fixture
async def tenants(db: Database, keyring: Keyring) -> TenantStore:
    return TenantStore(db, keyring)


@pytest.fixture
async def tenant(tenants: TenantStore, fake: FakeJira) -> Tenant:
    return await tenants.install(
        InstallPayload(
            client_key=fake.client_key,
            base_url=fake.base_url,
            shared_secret=fake.shared_secret,
            oauth_client_id=fake.oauth_client_id,
        ),
        kid="k",
        account_id=None,
    )


@pytest.fixture(params=["app", "user"])
def jira_auth(request: pytest.FixtureRequest) -> str:
    """How the app writes user properties; link tests run under both."""
    return str(request.param)


@pytest.fixture
def jira_time() -> JiraTime:
    return JiraTime()


@pytest.fixture(scope="session")
def tls() -> ssl.SSLContext:
    """Loading the CA bundle costs ~40 ms: once per session, not once per client."""
    return ssl.create_default_context()


@pytest.fixture
async def http(tls: ssl.SSLContext) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(trust_env=False, verify=tls) as client:
        yield client


@pytest.fixture
async def make_jira(
    http: httpx.AsyncClient, fake: FakeJira, jira_auth: str, jira_time: JiraTime
) -> AsyncIterator[MakeJira]:
    made: list[JiraClient] = []

    def make(cls: type[JiraClient] = JiraClient, **extra: Any) -> JiraClient:
        client = cls(
            http,
            app_key=fake.app_key,
            jira_auth=jira_auth,  # type: ignore[arg-type]
            oauth_url=fake.oauth_url,
            deadline=2.0,
            request_timeout=0.5,
            sleep=jira_time.sleep,
            monotonic=jira_time.monotonic,
            **extra,
        )
        made.append(client)
        return client

    try:
        yield make
    finally:
        for client in made:
            await client.aclose()


# --------------------------------------------------------------------------- the service


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def sleeper() -> Sleeper:
    return Sleeper()


@pytest.fixture
def make_service(
    db: Database,
    open_db: Callable[[], Awaitable[Database]],
    keyring: Keyring,
    argon: CountingArgon2,
    make_jira: MakeJira,
    clock: Clock,
    sleeper: Sleeper,
) -> MakeService:
    """A LinkService; `restart=True` builds every part anew on a fresh connection to the file."""

    async def make(
        jira: JiraClient | None = None,
        *,
        restart: bool = False,
        keys: Keyring | None = None,
        **extra: Any,
    ) -> LinkService:
        database = await open_db() if restart else db
        ring = keys or keyring
        return LinkService(
            db=database,
            keyring=ring,
            tenants=TenantStore(database, ring),
            credentials=LocalAccounts(database, PasswordHasher(argon)),
            jira=jira or make_jira(),
            property_key=PROPERTY_KEY,
            api_key_ttl=TTL,
            expiry_warning=WARNING,
            clock=clock,
            sleep=extra.pop("sleep", sleeper),
            pending_grace=PENDING_GRACE,
            **extra,
        )

    return make


@pytest.fixture
async def service(make_service: MakeService, tenant: Tenant, account: str) -> LinkService:
    return await make_service()
