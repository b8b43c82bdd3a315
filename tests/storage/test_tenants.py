"""Tenants: sealed secrets, reinstall and uninstall rules, the log, and the cross-worker cache."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from glanceapp.connect.install import InstallPayload
from glanceapp.connect.tokens import _prepared_secret
from glanceapp.keyring import TENANT_SECRET, Keyring
from glanceapp.storage.db import Database
from glanceapp.storage.migrations import apply_migrations
from glanceapp.storage.tenants import TenantStore, secret_fingerprint

MASTER = "tenant-store-test-master-secret-0123456789"
CLIENT_KEY = "jira:4f1c6a9e-1111-2222-3333-444455556666"
SECRET = "shared-secret-of-acme-0123456789-abcdefghijkl"
NEW_SECRET = "rotated-shared-secret-of-acme-0123456789-xyz"


def payload(
    secret: str | None = SECRET,
    base_url: str = "https://acme.atlassian.net",
    client_key: str = CLIENT_KEY,
) -> InstallPayload:
    return InstallPayload(
        client_key=client_key,
        base_url=base_url,
        event_type="installed",
        shared_secret=secret,
        display_url=base_url,
        oauth_client_id="oauth-client-1",
        product_type="jira",
        key="glanceapp",
    )


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "app.db"
    apply_migrations(path)
    return path


@pytest.fixture
async def db(db_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(db_path)
    try:
        yield database
    finally:
        await database.close()


@pytest.fixture
def store(db: Database) -> TenantStore:
    return TenantStore(db, Keyring(MASTER))


async def test_install_stores_a_sealed_secret(store: TenantStore, db: Database) -> None:
    tenant = await store.install(payload(), kid="kid-1", account_id="557058:admin", now=100.0)
    assert tenant.shared_secret == SECRET
    assert (tenant.state, tenant.base_url, tenant.served) == (
        "installed",
        "https://acme.atlassian.net",
        True,
    )
    assert (tenant.oauth_client_id, tenant.product_type) == ("oauth-client-1", "jira")
    assert (tenant.installed_at, tenant.updated_at) == (100.0, 100.0)

    row = await db.fetchone("SELECT * FROM tenants WHERE client_key = ?", (CLIENT_KEY,))
    assert row is not None
    raw = row["shared_secret"]
    assert SECRET not in raw
    assert raw.startswith("v1.")
    assert Keyring(MASTER).open(TENANT_SECRET, raw, CLIENT_KEY.encode()).decode() == SECRET
    assert SECRET not in repr(tenant)


async def test_sealed_secret_is_bound_to_its_client_key(store: TenantStore, db: Database) -> None:
    await store.install(payload(), kid="kid-1", account_id=None)
    await store.install(payload(client_key="other"), kid="kid-1", account_id=None)
    row = await db.fetchone("SELECT shared_secret FROM tenants WHERE client_key = ?", (CLIENT_KEY,))
    assert row is not None
    await db.execute("UPDATE tenants SET shared_secret = ? WHERE client_key = 'other'", (row[0],))
    with pytest.raises(ValueError, match="authentication"):
        await store.load("other")


async def test_install_without_a_secret_is_refused(store: TenantStore) -> None:
    with pytest.raises(ValueError, match="sharedSecret"):
        await store.install(payload(secret=None), kid="kid-1", account_id=None)
    assert await store.load(CLIENT_KEY) is None


@pytest.mark.parametrize("state", ["installed", "enabled", "disabled"])
async def test_reinstall_replaces_secret_and_base_url_and_keeps_the_flag(
    store: TenantStore, state: str
) -> None:
    await store.install(payload(), kid="kid-1", account_id=None, now=100.0)
    if state != "installed":
        assert await store.set_enabled(CLIENT_KEY, state == "enabled", now=150.0)

    tenant = await store.install(
        payload(NEW_SECRET, base_url="https://acme-renamed.atlassian.net"),
        kid="kid-2",
        account_id=None,
        now=200.0,
    )
    assert tenant.shared_secret == NEW_SECRET
    assert tenant.base_url == "https://acme-renamed.atlassian.net"
    assert tenant.state == state
    assert (tenant.installed_at, tenant.updated_at) == (100.0, 200.0)


async def test_install_after_uninstall_serves_again(store: TenantStore) -> None:
    await store.install(payload(), kid="kid-1", account_id=None)
    await store.set_enabled(CLIENT_KEY, False)
    await store.uninstall(payload(secret=None), kid="kid-1", account_id=None)
    tenant = await store.install(payload(NEW_SECRET), kid="kid-1", account_id=None)
    assert (tenant.state, tenant.shared_secret, tenant.served) == ("installed", NEW_SECRET, True)


async def test_uninstall_erases_the_secret_and_revokes_api_keys(
    store: TenantStore, db: Database
) -> None:
    await store.install(payload(), kid="kid-1", account_id=None, now=100.0)
    await store.install(payload(client_key="bystander"), kid="kid-1", account_id=None, now=100.0)
    for client_key, mac in ((CLIENT_KEY, b"mac-1"), ("bystander", b"mac-2")):
        await db.execute(
            """INSERT INTO api_keys (key_mac, client_key, account_id, service_account, state,
                   created_at, expires_at, linked_at, activated_at)
               VALUES (?, ?, '557058:person', 'svc', 'active', 100, 9999999999, 100, 100)""",
            (mac, client_key),
        )

    assert await store.uninstall(payload(secret=None), kid="kid-1", account_id=None, now=300.0)

    tenant = await store.load(CLIENT_KEY)
    assert tenant is not None
    assert (tenant.state, tenant.shared_secret, tenant.served) == ("uninstalled", None, False)
    row = await db.fetchone(
        "SELECT shared_secret, uninstalled_at FROM tenants WHERE client_key = ?", (CLIENT_KEY,)
    )
    assert row is not None
    assert (row["shared_secret"], row["uninstalled_at"]) == (None, 300.0)
    keys = {
        row["client_key"]: (row["state"], row["revoked_at"])
        for row in await db.fetchall("SELECT client_key, state, revoked_at FROM api_keys")
    }
    assert keys == {CLIENT_KEY: ("revoked", 300.0), "bystander": ("active", None)}


async def test_uninstall_of_an_unknown_tenant(store: TenantStore) -> None:
    assert not await store.uninstall(payload(secret=None), kid="kid-1", account_id=None)
    assert await store.load(CLIENT_KEY) is None


async def test_set_enabled(store: TenantStore) -> None:
    assert not await store.set_enabled(CLIENT_KEY, True)
    await store.install(payload(), kid="kid-1", account_id=None)

    assert await store.set_enabled(CLIENT_KEY, False, now=200.0)
    tenant = await store.load(CLIENT_KEY)
    assert tenant is not None
    assert (tenant.state, tenant.served, tenant.updated_at) == ("disabled", False, 200.0)

    assert await store.set_enabled(CLIENT_KEY, True)
    tenant = await store.load(CLIENT_KEY)
    assert tenant is not None
    assert (tenant.state, tenant.served) == ("enabled", True)

    await store.uninstall(payload(secret=None), kid="kid-1", account_id=None)
    assert not await store.set_enabled(CLIENT_KEY, True)
    tenant = await store.load(CLIENT_KEY)
    assert tenant is not None
    assert tenant.state == "uninstalled"


async def test_log_has_fingerprints_but_never_the_secret(store: TenantStore, db: Database) -> None:
    await store.install(payload(), kid="kid-1", account_id="557058:admin", now=1.0)
    await store.set_enabled(CLIENT_KEY, True, account_id="557058:admin", now=2.0)
    await store.set_enabled(CLIENT_KEY, False, now=3.0)
    await store.install(payload(NEW_SECRET), kid="kid-2", account_id=None, now=4.0)
    await store.uninstall(payload(secret=None), kid="kid-2", account_id=None, now=5.0)

    events = await store.events(CLIENT_KEY)
    assert [(e.event, e.kid, e.at) for e in events] == [
        ("installed", "kid-1", 1.0),
        ("enabled", None, 2.0),
        ("disabled", None, 3.0),
        ("installed", "kid-2", 4.0),
        ("uninstalled", "kid-2", 5.0),
    ]
    assert events[0].secret_fingerprint == secret_fingerprint(SECRET)
    assert events[3].secret_fingerprint == secret_fingerprint(NEW_SECRET)
    assert events[0].secret_fingerprint != events[3].secret_fingerprint
    assert events[0].account_id == "557058:admin"
    assert events[0].base_url == "https://acme.atlassian.net"

    for row in await db.fetchall("SELECT * FROM lifecycle_log"):
        for value in tuple(row):
            assert SECRET not in str(value)
            assert NEW_SECRET not in str(value)


async def test_all_lists_every_tenant(store: TenantStore) -> None:
    await store.install(payload(client_key="b-site"), kid="kid-1", account_id=None)
    await store.install(payload(client_key="a-site"), kid="kid-1", account_id=None)
    assert [t.client_key for t in await store.all()] == ["a-site", "b-site"]


async def test_cache_sees_changes_made_through_another_database(
    store: TenantStore, db_path: Path
) -> None:
    await store.install(payload(), kid="kid-1", account_id=None)
    cached = await store.get(CLIENT_KEY)
    assert cached is not None
    assert cached.state == "installed"
    assert await store.get("not-installed-yet") is None

    other_db = await Database.open(db_path)
    try:
        other = TenantStore(other_db, Keyring(MASTER))
        assert await other.set_enabled(CLIENT_KEY, False)
        await other.install(payload(client_key="not-installed-yet"), kid="kid-1", account_id=None)
    finally:
        await other_db.close()

    fresh = await store.get(CLIENT_KEY)
    assert fresh is not None
    assert fresh.state == "disabled"
    assert await store.get("not-installed-yet") is not None


async def test_cache_is_kept_while_the_generation_stands_still(
    store: TenantStore, db_path: Path
) -> None:
    """A change that does not bump the generation stays unseen: what invalidates is the bump."""
    await store.install(payload(), kid="kid-1", account_id=None)
    assert (await store.get(CLIENT_KEY)) is not None

    other_db = await Database.open(db_path)
    try:
        await other_db.execute("UPDATE tenants SET base_url = 'https://sneaky.atlassian.net'")
    finally:
        await other_db.close()

    cached = await store.get(CLIENT_KEY)
    assert cached is not None
    assert cached.base_url == "https://acme.atlassian.net"
    loaded = await store.load(CLIENT_KEY)
    assert loaded is not None
    assert loaded.base_url == "https://sneaky.atlassian.net"


def _remembered_secrets() -> int:
    return _prepared_secret.cache_info().currsize


async def test_a_change_to_any_site_forgets_the_prepared_secrets(
    store: TenantStore, db_path: Path
) -> None:
    """Secrets prepared for verification live no longer than the site records in the cache."""
    await store.install(payload(), kid="kid-1", account_id=None)
    tenant = await store.get(CLIENT_KEY)
    assert tenant is not None
    _prepared_secret("HS256", tenant.shared_secret.encode())
    assert _remembered_secrets() >= 1

    assert await store.get(CLIENT_KEY) is not None  # nothing changed: kept
    assert _remembered_secrets() >= 1

    other_db = await Database.open(db_path)
    try:
        assert await TenantStore(other_db, Keyring(MASTER)).set_enabled(CLIENT_KEY, False)
    finally:
        await other_db.close()
    assert await store.get(CLIENT_KEY) is not None  # another process changed a site
    assert _remembered_secrets() == 0


async def test_invalidating_the_cache_forgets_the_prepared_secrets(store: TenantStore) -> None:
    await store.install(payload(), kid="kid-1", account_id=None)
    tenant = await store.get(CLIENT_KEY)
    assert tenant is not None
    _prepared_secret("HS256", tenant.shared_secret.encode())
    store.invalidate()
    assert _remembered_secrets() == 0
