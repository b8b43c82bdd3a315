"""Recovery for one person (`LinkService.settle`): what a Forge call carrying the person's
own token settles for them, since the background sweep has no credential for such a site.

Each test leaves one kind of unfinished business (a pending key whose write may have
landed, a property delete Jira did not confirm) and checks that settling it for one
person converges both stores for that person only, and reports what it did.
"""

from __future__ import annotations

import logging
from typing import Any

import pytest

from glanceapp.connect.install import InstallPayload
from glanceapp.domain import Tenant
from glanceapp.jira.client import JiraClient
from glanceapp.jira.errors import JiraNotConfigured
from glanceapp.keyring import Keyring
from glanceapp.sandbox.fakejira import FakeJira
from glanceapp.service.accounts import LocalAccounts
from glanceapp.service.links import LEASE_SECONDS, LinkService, SweepReport
from glanceapp.storage.api_keys import ApiKeyTable
from glanceapp.storage.db import Database
from glanceapp.storage.forge import ForgeStore, InstallationFacts
from glanceapp.storage.tenants import TenantStore

from .support import (
    ACCOUNT,
    ALICE,
    BOB,
    DAY,
    PASSWORD,
    PENDING_GRACE,
    PROPERTY_KEY,
    PROPERTY_PATH,
    START,
    Clock,
    MakeJira,
    MakeService,
    Sleeper,
    held_api_key,
    jira_calls,
    leave_stale_lease,
    pending_deletes,
    pending_key,
    person_keys,
    queue_delete,
)


async def key_state(db: Database, key_id: int) -> tuple[str, float | None]:
    record = await ApiKeyTable(db).get(key_id)
    assert record is not None
    return record.state, record.activated_at


# --------------------------------------------------------------------------- pending keys


async def test_settle_activates_a_pending_key_the_property_holds(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    keyring: Keyring,
    fake: FakeJira,
    clock: Clock,
    make_jira: MakeJira,
) -> None:
    key_id = await pending_key(db, keyring, fake, tenant, ALICE)
    settled_at = clock.advance(PENDING_GRACE + 1)

    assert await service.settle(tenant, ALICE, jira=make_jira()) == SweepReport(activated=1)

    assert await key_state(db, key_id) == ("active", settled_at)
    key = held_api_key(fake, keyring, tenant, ALICE)
    assert key is not None
    assert await service.whoami(key) is not None
    assert await service.settle(tenant, ALICE, jira=make_jira()) == SweepReport()


async def test_settle_discards_a_pending_key_the_property_does_not_hold(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    keyring: Keyring,
    fake: FakeJira,
    clock: Clock,
    make_jira: MakeJira,
) -> None:
    key_id = await pending_key(db, keyring, fake, tenant, ALICE, landed=False)
    clock.advance(PENDING_GRACE + 1)

    assert await service.settle(tenant, ALICE, jira=make_jira()) == SweepReport(discarded=1)

    assert await ApiKeyTable(db).get(key_id) is None  # a discarded key was never in use
    assert (await service.status(tenant, ALICE)).state == "unlinked"


async def test_settle_leaves_a_pending_key_younger_than_the_grace_alone(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    keyring: Keyring,
    fake: FakeJira,
    clock: Clock,
    make_jira: MakeJira,
) -> None:
    """A write may still be on its way: a key is judged only once the grace has passed."""
    key_id = await pending_key(db, keyring, fake, tenant, ALICE, landed=False)
    clock.advance(PENDING_GRACE - 1)

    assert await service.settle(tenant, ALICE, jira=make_jira()) == SweepReport()

    assert await key_state(db, key_id) == ("pending", None)
    assert jira_calls(fake) == []


async def test_settle_touches_only_its_own_person(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    keyring: Keyring,
    fake: FakeJira,
    clock: Clock,
    make_jira: MakeJira,
) -> None:
    alice = await pending_key(db, keyring, fake, tenant, ALICE)
    bob = await pending_key(db, keyring, fake, tenant, BOB)
    await queue_delete(db, tenant, BOB, due=START)
    clock.advance(PENDING_GRACE + 1)

    assert await service.settle(tenant, ALICE, jira=make_jira()) == SweepReport(activated=1)

    assert (await key_state(db, alice))[0] == "active"
    assert await key_state(db, bob) == ("pending", None)
    assert [row["account_id"] for row in await pending_deletes(db)] == [BOB]


async def test_settle_while_jira_cannot_answer_retries_later(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    keyring: Keyring,
    fake: FakeJira,
    clock: Clock,
    make_jira: MakeJira,
) -> None:
    key_id = await pending_key(db, keyring, fake, tenant, ALICE)
    clock.advance(PENDING_GRACE + 1)
    fake.inject("GET", PROPERTY_PATH, status=503, times=1000)

    assert await service.settle(tenant, ALICE, jira=make_jira()) == SweepReport(retry_later=1)
    assert await key_state(db, key_id) == ("pending", None)

    fake.clear_faults()
    assert await service.settle(tenant, ALICE, jira=make_jira()) == SweepReport(activated=1)


async def test_settle_while_another_worker_holds_the_person_retries_later(
    service: LinkService,
    sleeper: Sleeper,
    tenant: Tenant,
    db: Database,
    keyring: Keyring,
    fake: FakeJira,
    clock: Clock,
    make_jira: MakeJira,
) -> None:
    key_id = await pending_key(db, keyring, fake, tenant, ALICE)
    clock.advance(PENDING_GRACE + 1)
    await leave_stale_lease(db, tenant, ALICE, clock.now + LEASE_SECONDS)
    await queue_delete(db, tenant, ALICE, due=START)

    report = await service.settle(tenant, ALICE, jira=make_jira())

    assert report == SweepReport(retry_later=2)
    assert sleeper.delays == []  # recovery never waits for a person someone else holds
    assert await key_state(db, key_id) == ("pending", None)
    assert jira_calls(fake) == []


# --------------------------------------------------------------------------- property deletes


@pytest.mark.parametrize("due_in", [0.0, -5.0])
async def test_settle_carries_out_a_due_delete(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    fake: FakeJira,
    clock: Clock,
    make_jira: MakeJira,
    due_in: float,
) -> None:
    fake.set_property(ALICE, PROPERTY_KEY, {"left": "behind"})
    await queue_delete(db, tenant, ALICE, due=clock.now + due_in)

    assert await service.settle(tenant, ALICE, jira=make_jira()) == SweepReport(deleted=1)

    assert fake.property(ALICE, PROPERTY_KEY) is None
    assert await pending_deletes(db) == []


async def test_settle_leaves_a_delete_not_yet_due(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    fake: FakeJira,
    clock: Clock,
    make_jira: MakeJira,
) -> None:
    fake.set_property(ALICE, PROPERTY_KEY, {"left": "behind"})
    await queue_delete(db, tenant, ALICE, due=clock.now + 1)

    assert await service.settle(tenant, ALICE, jira=make_jira()) == SweepReport()

    assert fake.property(ALICE, PROPERTY_KEY) == {"left": "behind"}
    assert len(await pending_deletes(db)) == 1


async def test_settle_drops_a_delete_a_newer_active_key_replaced(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    keyring: Keyring,
    fake: FakeJira,
    clock: Clock,
    make_jira: MakeJira,
) -> None:
    """The person linked again before the old property could go: the property is theirs now."""
    assert (await service.link(tenant, ALICE, ACCOUNT, PASSWORD)).ok
    held = held_api_key(fake, keyring, tenant, ALICE)
    await queue_delete(db, tenant, ALICE, due=clock.now)
    fake.clear_requests()

    assert await service.settle(tenant, ALICE, jira=make_jira()) == SweepReport()

    assert held_api_key(fake, keyring, tenant, ALICE) == held
    assert await pending_deletes(db) == []
    assert jira_calls(fake) == []


async def test_settle_waits_on_a_delete_behind_an_unconfirmed_key(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    keyring: Keyring,
    fake: FakeJira,
    clock: Clock,
    make_jira: MakeJira,
) -> None:
    """A pending key too young to judge: whether the old property must go depends on it."""
    await pending_key(db, keyring, fake, tenant, ALICE, created_at=clock.now)
    await queue_delete(db, tenant, ALICE, due=clock.now)

    assert await service.settle(tenant, ALICE, jira=make_jira()) == SweepReport(retry_later=1)

    assert len(await pending_deletes(db)) == 1
    assert fake.property(ALICE, PROPERTY_KEY) is not None


async def test_settle_retries_a_delete_jira_refuses_with_a_growing_wait(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    fake: FakeJira,
    clock: Clock,
    make_jira: MakeJira,
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake.set_property(ALICE, PROPERTY_KEY, {"left": "behind"})
    await queue_delete(db, tenant, ALICE, due=clock.now)
    fake.inject("DELETE", PROPERTY_PATH, status=500, times=1000)

    with caplog.at_level(logging.WARNING, logger="glanceapp.service"):
        report = await service.settle(tenant, ALICE, jira=make_jira())
    assert report == SweepReport(retry_later=1)
    assert "property delete deferred (JiraUnavailable); will retry" in caplog.messages
    [first] = await pending_deletes(db)
    assert (first["attempts"], first["next_attempt_at"]) == (1, clock.now + 60)

    clock.now = first["next_attempt_at"]
    assert await service.settle(tenant, ALICE, jira=make_jira()) == SweepReport(retry_later=1)
    [second] = await pending_deletes(db)
    assert (second["attempts"], second["next_attempt_at"]) == (2, clock.now + 120)

    fake.clear_faults()
    clock.now = second["next_attempt_at"]
    assert await service.settle(tenant, ALICE, jira=make_jira()) == SweepReport(deleted=1)
    assert fake.property(ALICE, PROPERTY_KEY) is None


# --------------------------------------------------------------------------- the sweep leaves Forge-only sites to settle


async def forge_only_site(db: Database, tenants: TenantStore) -> Tenant:
    """A site only a Forge installation serves: no Connect secret to call Jira with."""
    installation = await ForgeStore(db).record(
        InstallationFacts(
            installation_id="ari:cloud:ecosystem::installation/forge-only",
            api_base_url="https://api.atlassian.com/ex/jira/forge-only-cloud",
            cloud_id="forge-only-cloud",
            site_url="https://forge-only.atlassian.net",
            environment_id=None,
            app_version="1.0.0",
        ),
        event="installed",
        now=START,
    )
    assert installation is not None
    site = await tenants.get(installation.site_id)
    assert site is not None
    assert (site.served, site.connect_served) == (True, False)
    return site


async def test_the_sweep_leaves_a_forge_only_sites_business_to_settle(
    service: LinkService,
    tenant: Tenant,
    tenants: TenantStore,
    db: Database,
    keyring: Keyring,
    fake: FakeJira,
    clock: Clock,
) -> None:
    """The sweep has no credential for a Forge-only site; it must neither call Jira for it,
    nor discard what only the person's next call can settle, nor stop at it."""
    site = await forge_only_site(db, tenants)
    waiting_key = await pending_key(db, keyring, fake, site, ALICE, created_at=START - 2)
    await queue_delete(db, site, BOB, due=START - 2)
    later_key = await pending_key(db, keyring, fake, tenant, BOB, created_at=START)
    fake.set_property(ALICE, PROPERTY_KEY, {"left": "behind"})
    await queue_delete(db, tenant, ALICE, due=START)
    clock.advance(PENDING_GRACE + 1)

    assert await service.sweep() == SweepReport(activated=1, deleted=1, retry_later=2)

    assert await key_state(db, waiting_key) == ("pending", None)
    assert (await key_state(db, later_key))[0] == "active"
    assert [(row["client_key"], row["account_id"]) for row in await pending_deletes(db)] == [
        (site.client_key, BOB)
    ]


# --------------------------------------------------------------------------- what the sweep counts

CAROL = "557058:cccccccc-0000-4000-8000-000000000003"
DAVE = "557058:dddddddd-0000-4000-8000-000000000004"


async def other_site(tenants: TenantStore, fake: FakeJira, suffix: str) -> Tenant:
    return await tenants.install(
        InstallPayload(
            client_key=f"{fake.client_key}-{suffix}",
            base_url=fake.base_url,
            shared_secret=fake.shared_secret,
            oauth_client_id=fake.oauth_client_id,
        ),
        kid="k",
        account_id=None,
        now=START,
    )


async def test_the_sweep_discards_what_an_uninstalled_site_left_and_goes_on(
    service: LinkService,
    tenant: Tenant,
    tenants: TenantStore,
    db: Database,
    keyring: Keyring,
    fake: FakeJira,
    clock: Clock,
) -> None:
    """Keys and deletes an uninstalled site still has (written around its uninstall) are
    dropped without a Jira call; every later key is still settled, and each is counted."""
    gone = await other_site(tenants, fake, "gone")
    await tenants.uninstall(
        InstallPayload(client_key=gone.client_key, base_url=gone.base_url),
        kid="k",
        account_id=None,
    )
    stale = [
        await pending_key(db, keyring, fake, gone, who, created_at=START - 3, landed=False)
        for who in (ALICE, BOB)
    ]
    await queue_delete(db, gone, ALICE, due=START - 3)
    later = [
        await pending_key(db, keyring, fake, tenant, who, created_at=START) for who in (BOB, CAROL)
    ]
    for who in (ALICE, DAVE):
        fake.set_property(who, PROPERTY_KEY, {"left": "behind"})
        await queue_delete(db, tenant, who, due=START - 1)
    clock.advance(PENDING_GRACE + 1)

    assert await service.sweep() == SweepReport(activated=2, discarded=2, deleted=2)

    keys = ApiKeyTable(db)
    assert [await keys.get(key_id) for key_id in stale] == [None, None]
    assert [(await key_state(db, key_id))[0] for key_id in later] == ["active", "active"]
    assert await pending_deletes(db) == []
    assert [fake.property(who, PROPERTY_KEY) for who in (ALICE, DAVE)] == [None, None]


async def test_the_sweep_counts_every_key_it_discards(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    keyring: Keyring,
    fake: FakeJira,
    clock: Clock,
) -> None:
    for who in (ALICE, BOB):
        await pending_key(db, keyring, fake, tenant, who, landed=False)
    clock.advance(PENDING_GRACE + 1)
    assert await service.sweep() == SweepReport(discarded=2)


async def test_the_sweep_counts_every_disabled_and_forge_only_wait(
    service: LinkService,
    tenant: Tenant,
    tenants: TenantStore,
    db: Database,
    keyring: Keyring,
    fake: FakeJira,
    clock: Clock,
) -> None:
    disabled = await other_site(tenants, fake, "disabled")
    assert await tenants.set_enabled(disabled.client_key, False, now=START)
    forge = await forge_only_site(db, tenants)
    for site in (disabled, forge):
        for who in (ALICE, BOB):
            await pending_key(db, keyring, fake, site, who, created_at=START - 1)
            await queue_delete(db, site, who, due=START - 1)
    clock.advance(PENDING_GRACE + 1)

    assert await service.sweep() == SweepReport(retry_later=8)
    assert len([r for r in await ApiKeyTable(db).listing() if r.state == "pending"]) == 4
    assert len(await pending_deletes(db)) == 4


# --------------------------------------------------------------------------- a pending key's rarer ends


class RevokingCaller:
    """Reads the property, first revoking another key as an operator would meanwhile."""

    def __init__(self, inner: JiraClient, db: Database, victim: int) -> None:
        self.inner = inner
        self.db = db
        self.victim = victim

    async def get_property(self, tenant: Tenant, account_id: str, key: str) -> Any | None:
        await ApiKeyTable(self.db).revoke(self.victim, now=START, reason="revoked by operator")
        return await self.inner.get_property(tenant, account_id, key)

    async def put_property(self, tenant: Tenant, account_id: str, key: str, value: Any) -> None:
        raise AssertionError("recovery never writes a property")

    async def delete_property(self, tenant: Tenant, account_id: str, key: str) -> None:
        raise AssertionError("no delete is queued here")


async def test_a_pending_key_revoked_while_another_is_settled_is_left_revoked(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    keyring: Keyring,
    fake: FakeJira,
    clock: Clock,
    make_jira: MakeJira,
) -> None:
    first = await pending_key(db, keyring, fake, tenant, ALICE, created_at=START - 1)
    second = await pending_key(db, keyring, fake, tenant, ALICE, created_at=START)
    clock.advance(PENDING_GRACE + 1)
    caller = RevokingCaller(make_jira(), db, victim=second)

    assert await service.settle(tenant, ALICE, jira=caller) == SweepReport(discarded=1)

    assert await ApiKeyTable(db).get(first) is None  # the property holds the second
    second_record = await ApiKeyTable(db).get(second)
    assert second_record is not None
    assert (second_record.state, second_record.activated_at) == ("revoked", None)


class UnconfiguredCaller:
    """A caller for a site the app was never configured to reach (nothing was ever sent)."""

    async def get_property(self, tenant: Tenant, account_id: str, key: str) -> Any | None:
        raise JiraNotConfigured("no way to call this site")

    async def put_property(self, tenant: Tenant, account_id: str, key: str, value: Any) -> None:
        raise JiraNotConfigured("no way to call this site")

    async def delete_property(self, tenant: Tenant, account_id: str, key: str) -> None:
        raise JiraNotConfigured("no way to call this site")


async def test_a_pending_key_for_a_site_the_app_cannot_call_is_discarded(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    keyring: Keyring,
    fake: FakeJira,
    clock: Clock,
) -> None:
    key_id = await pending_key(db, keyring, fake, tenant, ALICE)
    clock.advance(PENDING_GRACE + 1)

    report = await service.settle(tenant, ALICE, jira=UnconfiguredCaller())

    assert report == SweepReport(discarded=1)
    assert await ApiKeyTable(db).get(key_id) is None


class PasswordChangingCaller(RevokingCaller):
    """Reads the property while the service account's password is being changed."""

    def __init__(self, inner: JiraClient, accounts: LocalAccounts) -> None:
        self.inner = inner
        self.accounts = accounts

    async def get_property(self, tenant: Tenant, account_id: str, key: str) -> Any | None:
        await self.accounts.set_password(ACCOUNT, "a new password entirely", now=START)
        return await self.inner.get_property(tenant, account_id, key)


async def test_a_landed_key_whose_password_changed_meanwhile_is_not_activated(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    keyring: Keyring,
    fake: FakeJira,
    clock: Clock,
    make_jira: MakeJira,
    accounts: LocalAccounts,
) -> None:
    key_id = await pending_key(db, keyring, fake, tenant, ALICE)
    clock.advance(PENDING_GRACE + 1)
    caller = PasswordChangingCaller(make_jira(), accounts)

    assert await service.settle(tenant, ALICE, jira=caller) == SweepReport(discarded=1)

    record = await ApiKeyTable(db).get(key_id)
    assert record is not None
    assert (record.state, record.activated_at) == ("revoked", None)
    key = held_api_key(fake, keyring, tenant, ALICE)
    assert key is not None
    assert await service.whoami(key) is None


async def test_the_sweep_purges_retired_keys_once_their_retention_has_passed(
    make_service: MakeService,
    tenant: Tenant,
    account: str,
    db: Database,
    clock: Clock,
) -> None:
    """Revoked and expired rows are kept for the audit's retention, then deleted."""
    service = await make_service(key_retention=10 * DAY)
    assert (await service.link(tenant, ALICE, ACCOUNT, PASSWORD)).ok
    assert (await service.link(tenant, BOB, ACCOUNT, PASSWORD)).ok
    clock.advance(DAY)
    assert (await service.renew(tenant, ALICE)).renewed  # the first key revoked at START + 1 d
    clock.now = START + DAY + 10 * DAY
    await service.sweep()
    assert len(await person_keys(db, tenant.client_key, ALICE)) == 2  # revoked exactly 10 d ago

    clock.advance(1)
    await service.sweep()

    assert [r.state for r in await person_keys(db, tenant.client_key, ALICE)] == ["active"]
    assert [r.state for r in await person_keys(db, tenant.client_key, BOB)] == ["active"]


# --------------------------------------------------------------------------- what settle counts


async def test_settle_counts_an_activation_before_a_key_it_replaced(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    keyring: Keyring,
    fake: FakeJira,
    clock: Clock,
    make_jira: MakeJira,
) -> None:
    """The older key landed; activating it retires the newer one, which is then left alone."""
    older = await pending_key(db, keyring, fake, tenant, ALICE, created_at=START - 1)
    newer = await pending_key(db, keyring, fake, tenant, ALICE, created_at=START, landed=False)
    clock.advance(PENDING_GRACE + 1)

    assert await service.settle(tenant, ALICE, jira=make_jira()) == SweepReport(activated=1)

    assert (await key_state(db, older))[0] == "active"
    assert (await key_state(db, newer))[0] == "revoked"


async def test_settle_counts_every_key_it_must_retry(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    keyring: Keyring,
    fake: FakeJira,
    clock: Clock,
    make_jira: MakeJira,
) -> None:
    await pending_key(db, keyring, fake, tenant, ALICE, created_at=START - 1)
    await pending_key(db, keyring, fake, tenant, ALICE, created_at=START)
    clock.advance(PENDING_GRACE + 1)
    fake.inject("GET", PROPERTY_PATH, status=503, times=1000)

    assert await service.settle(tenant, ALICE, jira=make_jira()) == SweepReport(retry_later=2)


async def test_settle_counts_every_delete_it_carries_out(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    fake: FakeJira,
    clock: Clock,
    make_jira: MakeJira,
) -> None:
    """Deletes owed under two property keys (the key was renamed between links)."""
    for key in (PROPERTY_KEY, "glanceapp.previous"):
        fake.set_property(ALICE, key, {"left": "behind"})
        await db.execute(
            """INSERT INTO property_deletes
                   (client_key, account_id, property_key, created_at, attempts, next_attempt_at)
               VALUES (?, ?, ?, ?, 0, ?)""",
            (tenant.client_key, ALICE, key, START, START),
        )

    assert await service.settle(tenant, ALICE, jira=make_jira()) == SweepReport(deleted=2)

    assert [fake.property(ALICE, key) for key in (PROPERTY_KEY, "glanceapp.previous")] == [
        None,
        None,
    ]
