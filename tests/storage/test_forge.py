"""Forge installations beside Connect tenants: a site's sealing id, revival and revocation rules,
and tickets stored as MACs."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from glanceapp import cli
from glanceapp.connect.install import InstallPayload
from glanceapp.keyring import Keyring
from glanceapp.storage.db import Database
from glanceapp.storage.forge import ForgeStore, InstallationFacts
from glanceapp.storage.migrations import apply_migrations
from glanceapp.storage.tenants import TenantStore, normalised_site

MASTER = "forge-store-test-master-secret-0123456789"
CLOUD = "c10d0000-1111-4222-8333-444455556666"
INSTALL = "ari:cloud:ecosystem::installation/1"
SITE = "https://acme.atlassian.net"
API = f"https://api.atlassian.com/ex/jira/{CLOUD}"
CLIENT_KEY = "jira:connect-acme"
SECRET = "shared-secret-of-acme-0123456789-abcdefghijkl"
NOW = 1_800_000_000.0


def facts(
    installation_id: str = INSTALL, *, site_url: str | None = SITE, cloud_id: str | None = CLOUD
) -> InstallationFacts:
    return InstallationFacts(
        installation_id=installation_id,
        api_base_url=API,
        cloud_id=cloud_id,
        site_url=site_url,
        environment_id="env-1",
        app_version="1.2.3",
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
def forge(db: Database) -> ForgeStore:
    return ForgeStore(db)


@pytest.fixture
def tenants(db: Database) -> TenantStore:
    return TenantStore(db, Keyring(MASTER))


async def connect_install(tenants: TenantStore, base_url: str = SITE) -> None:
    await tenants.install(
        InstallPayload(client_key=CLIENT_KEY, base_url=base_url, shared_secret=SECRET),
        kid="kid",
        account_id=None,
        now=NOW,
    )


async def add_key(db: Database, site_id: str, account_id: str = "acct") -> None:
    await db.execute(
        """INSERT INTO api_keys (key_mac, client_key, account_id, service_account, state,
               created_at, expires_at, linked_at, activated_at)
           VALUES (?, ?, ?, 'alice', 'active', ?, ?, ?, ?)""",
        (site_id.encode() + account_id.encode(), site_id, account_id, NOW, NOW + 99, NOW, NOW),
    )


async def active_keys(db: Database, site_id: str) -> int:
    row = await db.fetchone(
        "SELECT count(*) FROM api_keys WHERE client_key = ? AND state = 'active'", (site_id,)
    )
    assert row is not None
    return int(row[0])


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://ACME.atlassian.net/", "https://acme.atlassian.net"),
        ("https://acme.atlassian.net:443", "https://acme.atlassian.net"),
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8080"),
        ("ftp://acme", None),
        ("https://[broken", None),
        (None, None),
    ],
)
def test_site_urls_are_compared_normalised(url: str | None, expected: str | None) -> None:
    assert normalised_site(url) == expected


async def test_forge_only_site_is_sealed_by_its_cloud_id(
    forge: ForgeStore, tenants: TenantStore
) -> None:
    recorded = await forge.record(facts(), event="installed", now=NOW)
    assert recorded is not None
    assert recorded.site_id == CLOUD
    assert recorded.app_version == "1.2.3"
    site = await tenants.load(CLOUD)
    assert site is not None
    assert site.forge_served
    assert site.served
    assert site.shared_secret is None  # Connect's auth path never accepts it


async def test_site_also_served_through_connect_keeps_its_client_key(
    forge: ForgeStore, tenants: TenantStore
) -> None:
    await connect_install(tenants, "https://ACME.atlassian.net/")
    recorded = await forge.record(facts(), event="installed", now=NOW)
    assert recorded is not None
    assert recorded.site_id == CLIENT_KEY


async def test_site_url_learned_late_joins_connect_while_no_keys(
    forge: ForgeStore, tenants: TenantStore, db: Database
) -> None:
    await connect_install(tenants)
    first = await forge.record(facts(site_url=None), event="installed", now=NOW)
    assert first is not None
    assert first.site_id == CLOUD
    later = await forge.record(facts(), event="seen", now=NOW + 1)
    assert later is not None
    assert later.site_id == CLIENT_KEY
    forge_only = await tenants.load(CLOUD)
    assert forge_only is not None
    assert not forge_only.forge_served


async def test_sealing_id_never_changes_once_the_site_has_keys(
    forge: ForgeStore, tenants: TenantStore, db: Database
) -> None:
    await connect_install(tenants)
    await forge.record(facts(site_url=None), event="installed", now=NOW)
    await add_key(db, CLOUD)
    later = await forge.record(facts(), event="seen", now=NOW + 1)
    assert later is not None
    assert later.site_id == CLOUD


async def test_reinstall_of_a_forge_site_keeps_its_sealing_id(forge: ForgeStore) -> None:
    await forge.record(facts(), event="installed", now=NOW)
    assert await forge.uninstall(INSTALL, now=NOW + 1)
    again = await forge.record(
        facts("ari:cloud:ecosystem::installation/2"), event="installed", now=NOW + 2
    )
    assert again is not None
    assert again.site_id == CLOUD


async def test_uninstalled_installation_is_never_revived(forge: ForgeStore) -> None:
    await forge.record(facts(), event="installed", now=NOW)
    assert await forge.uninstall(INSTALL, now=NOW + 1)
    assert await forge.record(facts(), event="seen", now=NOW + 2) is None
    assert await forge.record(facts(), event="installed", now=NOW + 2) is None
    stored = await forge.get(INSTALL)
    assert stored is not None
    assert stored.state == "uninstalled"
    assert not await forge.uninstall(INSTALL, now=NOW + 3)


async def test_last_host_leaving_revokes_the_sites_keys(
    forge: ForgeStore, tenants: TenantStore, db: Database
) -> None:
    await connect_install(tenants)
    await forge.record(facts(), event="installed", now=NOW)
    await add_key(db, CLIENT_KEY)
    # Connect leaves: Forge still serves the site.
    assert await tenants.uninstall(
        InstallPayload(client_key=CLIENT_KEY, base_url=SITE), kid="kid", account_id=None
    )
    assert await active_keys(db, CLIENT_KEY) == 1
    site = await tenants.load(CLIENT_KEY)
    assert site is not None
    assert site.served
    assert not site.connect_served
    # Then Forge leaves too.
    assert await forge.uninstall(INSTALL, now=NOW + 1)
    assert await active_keys(db, CLIENT_KEY) == 0


async def test_forge_leaving_a_connect_site_keeps_its_keys(
    forge: ForgeStore, tenants: TenantStore, db: Database
) -> None:
    await connect_install(tenants)
    await forge.record(facts(), event="installed", now=NOW)
    await add_key(db, CLIENT_KEY)
    assert await forge.uninstall(INSTALL, now=NOW + 1)
    assert await active_keys(db, CLIENT_KEY) == 1


async def test_tickets_are_one_time_and_expire(forge: ForgeStore) -> None:
    await forge.record(facts(), event="installed", now=NOW)
    await forge.add_ticket(
        ticket_mac="mac-1",
        installation_id=INSTALL,
        account_id="acct",
        sealed_user_token="v1.sealed",
        now=NOW,
        expires_at=NOW + 600,
    )
    found = await forge.ticket("mac-1", now=NOW + 599)
    assert found is not None
    assert found.account_id == "acct"
    assert await forge.ticket("mac-1", now=NOW + 600) is None
    assert await forge.spend_ticket("mac-1", now=NOW + 1)
    assert not await forge.spend_ticket("mac-1", now=NOW + 1)
    assert await forge.ticket("mac-1", now=NOW + 1) is None


async def test_uninstall_erases_the_installations_tickets(forge: ForgeStore, db: Database) -> None:
    await forge.record(facts(), event="installed", now=NOW)
    await forge.add_ticket(
        ticket_mac="mac-2",
        installation_id=INSTALL,
        account_id="acct",
        sealed_user_token="v1.sealed",
        now=NOW,
        expires_at=NOW + 600,
    )
    await forge.uninstall(INSTALL, now=NOW + 1)
    assert await db.fetchall("SELECT * FROM forge_tickets") == []


async def test_expired_tickets_are_pruned_with_the_next_one(
    forge: ForgeStore, db: Database
) -> None:
    await forge.record(facts(), event="installed", now=NOW)
    for mac, now in (("old", NOW), ("new", NOW + 700)):
        await forge.add_ticket(
            ticket_mac=mac,
            installation_id=INSTALL,
            account_id="acct",
            sealed_user_token="v1.sealed",
            now=now,
            expires_at=now + 600,
        )
    assert [r["ticket_mac"] for r in await db.fetchall("SELECT * FROM forge_tickets")] == ["new"]


async def test_tenants_list_shows_forge_installations(
    forge: ForgeStore,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    await forge.record(facts(), event="installed", now=NOW)
    monkeypatch.setenv("GLANCEAPP_DATABASE", str(db_path))
    monkeypatch.setenv("GLANCEAPP_SECRET_KEY", MASTER)
    monkeypatch.chdir(db_path.parent)
    assert cli.main(["tenants", "list"]) == 0
    out = capsys.readouterr().out
    assert INSTALL in out
    assert CLOUD in out
    assert "1.2.3" in out
    assert "CLIENT KEY" not in out  # the Forge-only site is listed once, as its installation
