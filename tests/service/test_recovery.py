"""Crash points and recovery: the process dies between two steps; a restarted one converges.

Each crash is a `Crash` raised by a JiraClient subclass just before or just
after Jira applies the write. The dead process's lease is left behind as a real
death would leave it. A fresh `LinkService` on a fresh connection to the same
database file then sweeps, and both stores must agree: a key is active iff the
property holds it, at most one key is active, a revoked key stays revoked, a
pending delete is carried out.
"""

from __future__ import annotations

import pytest

from glanceapp.connect.install import InstallPayload
from glanceapp.domain import Tenant
from glanceapp.keyring import Keyring
from glanceapp.sandbox.fakejira import FakeJira
from glanceapp.service.accounts import LocalAccounts
from glanceapp.service.lease import LEASE_SECONDS
from glanceapp.service.links import LinkService
from glanceapp.service.passwords import PasswordHasher
from glanceapp.service.recovery import SweepReport
from glanceapp.storage.api_keys import ApiKeyTable
from glanceapp.storage.db import Database
from glanceapp.storage.tenants import TenantStore
from glanceapp.text import JIRA_UNREACHABLE

from .support import (
    ACCOUNT,
    ALICE,
    BOB,
    DAY,
    MASTER,
    PASSWORD,
    PENDING_GRACE,
    PROPERTY_KEY,
    PROPERTY_PATH,
    START,
    Clock,
    CountingArgon2,
    Crash,
    MakeJira,
    MakeService,
    ScriptedJira,
    assert_converged,
    crash_now,
    held_api_key,
    leave_stale_lease,
    pending_deletes,
    person_keys,
)


async def dying_service(make_service: MakeService, make_jira: MakeJira, hook: str) -> LinkService:
    """A service whose process dies at `hook` (before_put, after_put, ...)."""
    jira = make_jira(ScriptedJira)
    assert isinstance(jira, ScriptedJira)
    jira.hooks[hook] = crash_now
    return await make_service(jira)


async def die_and_restart(
    make_service: MakeService, db: Database, tenant: Tenant, clock: Clock
) -> LinkService:
    """Leave the dead process's lease behind and start a new process on the same file."""
    await leave_stale_lease(db, tenant, ALICE, clock.now + LEASE_SECONDS)
    return await make_service(restart=True)


@pytest.mark.parametrize("operation", ["first link", "relink", "renew"])
@pytest.mark.parametrize("crash", ["before_put", "after_put"])
async def test_a_crash_around_the_property_write_converges(
    make_service: MakeService,
    make_jira: MakeJira,
    tenant: Tenant,
    account: str,
    fake: FakeJira,
    keyring: Keyring,
    db: Database,
    clock: Clock,
    operation: str,
    crash: str,
) -> None:
    healthy = await make_service()
    previous = None
    if operation != "first link":
        assert (await healthy.link(tenant, ALICE, ACCOUNT, PASSWORD)).ok
        previous = (await person_keys(db, tenant.client_key, ALICE))[0]
    status_before = await healthy.status(tenant, ALICE)
    clock.advance(DAY)
    dying = await dying_service(make_service, make_jira, crash)

    attempt = (
        dying.renew(tenant, ALICE)
        if operation == "renew"
        else dying.link(tenant, ALICE, ACCOUNT, PASSWORD)
    )
    with pytest.raises(Crash):
        await attempt

    rows = await person_keys(db, tenant.client_key, ALICE)
    [new] = [r for r in rows if r.state == "pending"]
    new_key_in_jira = held_api_key(fake, keyring, tenant, ALICE)
    assert (new_key_in_jira is not None) == (crash == "after_put" or previous is not None)
    restarted = await die_and_restart(make_service, db, tenant, clock)
    assert await restarted.status(tenant, ALICE) == status_before  # never a false "linked"

    clock.advance(PENDING_GRACE + 1)
    assert await restarted.sweep() == SweepReport(retry_later=1)  # the dead lease still holds
    assert [r.state for r in await person_keys(db, tenant.client_key, ALICE)] == [
        r.state for r in rows
    ]
    clock.advance(LEASE_SECONDS)
    report = await restarted.sweep()

    if crash == "after_put":
        assert report == SweepReport(activated=1)
    else:
        assert report == SweepReport(discarded=1)
    revoked = {previous.id} if previous is not None and crash == "after_put" else set()
    active = await assert_converged(db, fake, keyring, tenant, ALICE, revoked_before=revoked)
    if crash == "after_put":
        assert active is not None
        assert active.id == new.id
        assert active.linked_at == (START if operation == "renew" else START + DAY)
        key = held_api_key(fake, keyring, tenant, ALICE)
        assert key is not None
        assert await restarted.whoami(key) is not None
    elif previous is not None:
        assert active is not None
        assert active.id == previous.id
    else:
        assert active is None
        assert await restarted.status(tenant, ALICE) == status_before
    assert await restarted.sweep() == SweepReport()  # settled: nothing more to do


@pytest.mark.parametrize("crash", ["before_delete", "after_delete"])
async def test_a_crash_during_unlink_leaves_a_delete_that_recovery_carries_out(
    make_service: MakeService,
    make_jira: MakeJira,
    tenant: Tenant,
    account: str,
    fake: FakeJira,
    keyring: Keyring,
    db: Database,
    clock: Clock,
    crash: str,
) -> None:
    healthy = await make_service()
    assert (await healthy.link(tenant, ALICE, ACCOUNT, PASSWORD)).ok
    key = held_api_key(fake, keyring, tenant, ALICE)
    assert key is not None
    dying = await dying_service(make_service, make_jira, crash)

    with pytest.raises(Crash):
        await dying.unlink(tenant, ALICE)

    # Revoked first: the key is dead whatever happens to the property.
    [record] = await person_keys(db, tenant.client_key, ALICE)
    assert record.state == "revoked"
    assert await healthy.whoami(key) is None
    assert len(await pending_deletes(db)) == 1
    restarted = await die_and_restart(make_service, db, tenant, clock)
    assert (await restarted.status(tenant, ALICE)).state == "unlinked"
    assert await restarted.sweep() == SweepReport(retry_later=1)

    clock.advance(LEASE_SECONDS + 1)
    assert await restarted.sweep() == SweepReport(deleted=1)
    assert fake.property(ALICE, PROPERTY_KEY) is None
    assert await pending_deletes(db) == []
    await assert_converged(db, fake, keyring, tenant, ALICE, revoked_before={record.id})


async def test_a_sweep_while_jira_is_down_retries_later(
    make_service: MakeService,
    make_jira: MakeJira,
    tenant: Tenant,
    account: str,
    fake: FakeJira,
    keyring: Keyring,
    db: Database,
    clock: Clock,
) -> None:
    dying = await dying_service(make_service, make_jira, "after_put")
    with pytest.raises(Crash):
        await dying.link(tenant, ALICE, ACCOUNT, PASSWORD)
    restarted = await make_service(restart=True)
    clock.advance(PENDING_GRACE + 1)
    fake.inject("GET", PROPERTY_PATH, status=503, times=1000)

    assert await restarted.sweep() == SweepReport(retry_later=1)
    assert [r.state for r in await person_keys(db, tenant.client_key, ALICE)] == ["pending"]

    fake.clear_faults()
    assert await restarted.sweep() == SweepReport(activated=1)
    await assert_converged(db, fake, keyring, tenant, ALICE)


@pytest.mark.parametrize(
    "revocation", ["operator", "password changed", "account removed", "unlink"]
)
async def test_a_key_revoked_while_pending_never_becomes_active(
    make_service: MakeService,
    make_jira: MakeJira,
    tenant: Tenant,
    account: str,
    fake: FakeJira,
    keyring: Keyring,
    db: Database,
    clock: Clock,
    argon: CountingArgon2,
    revocation: str,
) -> None:
    """The property holds the key (the PUT landed), but the key was revoked before activation."""
    dying = await dying_service(make_service, make_jira, "after_put")
    with pytest.raises(Crash):
        await dying.link(tenant, ALICE, ACCOUNT, PASSWORD)
    [pending] = await person_keys(db, tenant.client_key, ALICE)
    key = held_api_key(fake, keyring, tenant, ALICE)
    assert key is not None
    restarted = await make_service(restart=True)
    accounts = LocalAccounts(db, PasswordHasher(argon))

    if revocation == "operator":
        assert await ApiKeyTable(db).revoke(pending.id, now=clock.now, reason="revoked by operator")
    elif revocation == "password changed":
        assert await accounts.set_password(ACCOUNT, "a different password") == 1
    elif revocation == "account removed":
        assert await accounts.remove(ACCOUNT) == 1
    else:
        assert (await restarted.unlink(tenant, ALICE)).status.state == "unlinked"
        assert fake.property(ALICE, PROPERTY_KEY) is None

    for _ in range(3):
        clock.advance(LEASE_SECONDS + PENDING_GRACE)
        await restarted.sweep()
        record = await ApiKeyTable(db).get(pending.id)
        assert record is not None
        assert record.state == "revoked"
        assert await restarted.whoami(key) is None
        assert (await restarted.status(tenant, ALICE)).state == "unlinked"
    await assert_converged(db, fake, keyring, tenant, ALICE, revoked_before={pending.id})


async def test_recovery_after_the_master_secret_is_rotated(
    make_service: MakeService,
    make_jira: MakeJira,
    tenant: Tenant,
    account: str,
    fake: FakeJira,
    db: Database,
    clock: Clock,
) -> None:
    """Crash after the PUT; the restarted process has a new master secret and the old one."""
    dying = await dying_service(make_service, make_jira, "after_put")
    with pytest.raises(Crash):
        await dying.link(tenant, ALICE, ACCOUNT, PASSWORD)
    old_ring = Keyring(MASTER)
    key = held_api_key(fake, old_ring, tenant, ALICE)
    assert key is not None
    rotated = Keyring("the-next-master-secret-0123456789-abcdefghij", old=(MASTER,))
    restarted = await make_service(restart=True, keys=rotated)

    clock.advance(PENDING_GRACE + 1)
    assert await restarted.sweep() == SweepReport(activated=1)
    assert await restarted.whoami(key) is not None
    await assert_converged(db, fake, rotated, tenant, ALICE)

    # Without the old secret, nothing sealed or MACed under it is recognised.
    forgetful = await make_service(
        restart=True, keys=Keyring("the-next-master-secret-0123456789-abcdefghij")
    )
    assert await forgetful.whoami(key) is None


async def test_a_pending_key_of_an_uninstalled_site_never_becomes_active(
    make_service: MakeService,
    make_jira: MakeJira,
    tenant: Tenant,
    tenants: TenantStore,
    account: str,
    fake: FakeJira,
    keyring: Keyring,
    db: Database,
    clock: Clock,
) -> None:
    """The PUT landed, the process died, then the site uninstalled the app."""
    dying = await dying_service(make_service, make_jira, "after_put")
    with pytest.raises(Crash):
        await dying.link(tenant, ALICE, ACCOUNT, PASSWORD)
    key = held_api_key(fake, keyring, tenant, ALICE)
    assert key is not None
    await tenants.uninstall(
        InstallPayload(client_key=tenant.client_key, base_url=tenant.base_url),
        kid="k",
        account_id=None,
    )
    restarted = await make_service(restart=True)
    clock.advance(PENDING_GRACE + 1)
    fake.clear_requests()
    assert await restarted.sweep() == SweepReport()
    [record] = await person_keys(db, tenant.client_key, ALICE)
    assert (record.state, record.revoked_reason) == ("revoked", "tenant uninstalled")
    assert await restarted.whoami(key) is None
    assert fake.requests == []


async def test_pending_deletes_of_an_uninstalled_tenant_are_dropped(
    service: LinkService,
    tenant: Tenant,
    tenants: TenantStore,
    fake: FakeJira,
    db: Database,
    clock: Clock,
) -> None:
    assert (await service.link(tenant, ALICE, ACCOUNT, PASSWORD)).ok
    fake.inject("DELETE", PROPERTY_PATH, status=500, times=1000)
    await service.unlink(tenant, ALICE)
    assert len(await pending_deletes(db)) == 1
    await tenants.uninstall(
        InstallPayload(client_key=tenant.client_key, base_url=tenant.base_url),
        kid="k",
        account_id=None,
    )
    fake.clear_faults()
    fake.clear_requests()
    clock.advance(DAY)
    await service.sweep()
    assert await pending_deletes(db) == []
    assert fake.requests == []  # the site's secret is gone: nothing to sign a call with


async def test_an_unconfirmed_write_then_a_crash_is_still_settled(
    make_service: MakeService,
    make_jira: MakeJira,
    tenant: Tenant,
    account: str,
    fake: FakeJira,
    keyring: Keyring,
    db: Database,
    clock: Clock,
) -> None:
    """The PUT landed but its answer was lost, and then the process died before any sweep."""
    service = await make_service()
    fake.inject("PUT", PROPERTY_PATH, apply_then_fail=True, times=1000)
    outcome = await service.link(tenant, ALICE, ACCOUNT, PASSWORD)
    assert outcome.error == JIRA_UNREACHABLE
    fake.clear_faults()
    restarted = await make_service(restart=True)
    clock.advance(PENDING_GRACE + 1)
    assert await restarted.sweep() == SweepReport(activated=1)
    active = await assert_converged(db, fake, keyring, tenant, ALICE)
    assert active is not None


async def test_a_disabled_site_keeps_its_pending_key_and_delete_until_enabled(
    make_service: MakeService,
    make_jira: MakeJira,
    tenant: Tenant,
    tenants: TenantStore,
    account: str,
    fake: FakeJira,
    keyring: Keyring,
    db: Database,
    clock: Clock,
) -> None:
    """Jira refuses a disabled app, so recovery waits for the site to enable it again."""
    healthy = await make_service()
    assert (await healthy.link(tenant, BOB, ACCOUNT, PASSWORD)).ok
    fake.inject("DELETE", PROPERTY_PATH, status=500, times=1000)
    await healthy.unlink(tenant, BOB)  # Bob's delete is queued
    fake.clear_faults()
    dying = await dying_service(make_service, make_jira, "after_put")
    with pytest.raises(Crash):
        await dying.link(tenant, ALICE, ACCOUNT, PASSWORD)  # Alice's key is pending
    await tenants.set_enabled(tenant.client_key, False)
    restarted = await make_service(restart=True)

    clock.advance(DAY)
    fake.clear_requests()
    assert await restarted.sweep() == SweepReport(retry_later=2)
    assert [r.state for r in await person_keys(db, tenant.client_key, ALICE)] == ["pending"]
    assert len(await pending_deletes(db)) == 1
    assert fake.requests == []

    await tenants.set_enabled(tenant.client_key, True)
    assert await restarted.sweep() == SweepReport(activated=1, deleted=1)
    assert fake.property(BOB, PROPERTY_KEY) is None
    await assert_converged(db, fake, keyring, tenant, ALICE)
    await assert_converged(db, fake, keyring, tenant, BOB)
