"""Link, renew, unlink, status and whoami against a fake Jira on loopback.

Every test runs with the app writing properties as itself (`app`) and as the
person (`user`, OAuth bearer grant). Jira's faults are injected at the fake;
time moves only through `clock` (the service) and `jira_time` (retries).
"""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from glanceapp.connect.install import InstallPayload
from glanceapp.domain import Tenant
from glanceapp.keyring import Keyring
from glanceapp.logs import iso_utc
from glanceapp.sandbox.fakejira import FakeJira
from glanceapp.service.link_status import LinkStatus
from glanceapp.service.links import LinkOutcome, LinkService
from glanceapp.service.recovery import SweepReport
from glanceapp.storage.api_keys import ApiKeyTable
from glanceapp.storage.db import Database
from glanceapp.storage.tenants import TenantStore
from glanceapp.text import BUSY, JIRA_REFUSED, JIRA_UNREACHABLE, WRONG_CREDENTIALS

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
    TTL,
    WARNING,
    Clock,
    JiraTime,
    MakeJira,
    MakeService,
    ScriptedJira,
    assert_converged,
    database_bytes,
    held_api_key,
    jira_calls,
    pending_deletes,
    person_keys,
    property_holder,
    stored_value,
)

WRONG_PASSWORD = "not the password at all"


async def link(service: LinkService, tenant: Tenant, account_id: str = ALICE) -> LinkOutcome:
    return await service.link(tenant, account_id, ACCOUNT, PASSWORD)


async def linked_key(
    service: LinkService, tenant: Tenant, fake: FakeJira, keyring: Keyring, account_id: str = ALICE
) -> str:
    """Link the person and return the apiKey their property now holds."""
    outcome = await link(service, tenant, account_id)
    assert outcome.ok, outcome.error
    key = held_api_key(fake, keyring, tenant, account_id)
    assert key is not None
    return key


def inject_fault(fake: FakeJira, method: str, fault: str) -> None:
    """A fault that outlasts the client's deadline: the write is never confirmed."""
    if fault == "500":
        fake.inject(method, PROPERTY_PATH, status=500, times=1000)
    elif fault == "429":
        fake.inject(method, PROPERTY_PATH, status=429, retry_after=120, times=1000)
    elif fault == "hang":
        fake.inject(method, PROPERTY_PATH, hang=True, times=1000)
    else:
        raise AssertionError(fault)


def heal(fake: FakeJira) -> None:
    fake.clear_faults()
    fake.release_hangs()


# --------------------------------------------------------------------------- link


async def test_link_issues_an_active_key_that_the_property_holds(
    service: LinkService,
    tenant: Tenant,
    fake: FakeJira,
    keyring: Keyring,
    db: Database,
    tmp_path: Path,
) -> None:
    outcome = await link(service, tenant)

    assert outcome.ok
    assert outcome.status == LinkStatus(
        "linked",
        account=ACCOUNT,
        expires_at=START + TTL,
        linked_at=START,
        expiring_at=START + TTL - WARNING,
    )
    [record] = await person_keys(db, tenant.client_key, ALICE)
    assert (record.state, record.service_account, record.activated_at) == ("active", ACCOUNT, START)
    value = stored_value(fake, ALICE)
    assert set(value) == {"v", "account", "apiKey", "expiresAt", "linkedAt"}
    assert value["v"] == 1
    assert value["account"] == ACCOUNT
    assert value["expiresAt"] == iso_utc(START + TTL)
    assert value["linkedAt"] == iso_utc(START)
    key = held_api_key(fake, keyring, tenant, ALICE)
    assert key is not None
    who = await service.whoami(key)
    assert who is not None
    assert who.id == record.id
    assert await service.status(tenant, ALICE) == outcome.status
    assert jira_calls(fake) == ["PUT 201"]
    # Neither the apiKey nor the password is anywhere in the database files.
    content = database_bytes(tmp_path)
    assert key.encode() not in content
    assert PASSWORD.encode() not in content


async def test_status_goes_linked_expiring_expired(
    service: LinkService, tenant: Tenant, fake: FakeJira, keyring: Keyring, clock: Clock
) -> None:
    key = await linked_key(service, tenant, fake, keyring)
    clock.advance(TTL - WARNING - 1)
    assert (await service.status(tenant, ALICE)).state == "linked"
    clock.advance(1)
    assert (await service.status(tenant, ALICE)).state == "expiring"
    assert await service.whoami(key) is not None
    clock.advance(WARNING - 1)
    assert (await service.status(tenant, ALICE)).state == "expiring"
    clock.advance(1)
    assert (await service.status(tenant, ALICE)).state == "expired"
    assert await service.whoami(key) is None


@pytest.mark.parametrize("username", [ACCOUNT, "nobody"])
async def test_wrong_credentials_change_nothing(
    service: LinkService, tenant: Tenant, fake: FakeJira, db: Database, username: str
) -> None:
    outcome = await service.link(tenant, ALICE, username, WRONG_PASSWORD)
    assert outcome.error == WRONG_CREDENTIALS
    assert outcome.status == LinkStatus("unlinked")
    assert await person_keys(db, tenant.client_key, ALICE) == []
    assert jira_calls(fake) == []


async def test_wrong_password_keeps_the_current_link(
    service: LinkService, tenant: Tenant, fake: FakeJira, keyring: Keyring
) -> None:
    key = await linked_key(service, tenant, fake, keyring)
    outcome = await service.link(tenant, ALICE, ACCOUNT, WRONG_PASSWORD)
    assert outcome.error == WRONG_CREDENTIALS
    assert outcome.status.state == "linked"
    assert held_api_key(fake, keyring, tenant, ALICE) == key
    assert await service.whoami(key) is not None


async def test_linking_again_reconnects_with_a_new_key(
    service: LinkService,
    tenant: Tenant,
    fake: FakeJira,
    keyring: Keyring,
    db: Database,
    clock: Clock,
) -> None:
    old_key = await linked_key(service, tenant, fake, keyring)
    clock.advance(DAY)
    outcome = await link(service, tenant)

    assert outcome.ok
    assert (outcome.status.linked_at, outcome.status.expires_at) == (START + DAY, START + DAY + TTL)
    new_key = held_api_key(fake, keyring, tenant, ALICE)
    assert new_key not in (None, old_key)
    old, new = await person_keys(db, tenant.client_key, ALICE)
    assert (old.state, old.revoked_reason, old.revoked_at) == ("revoked", "replaced", START + DAY)
    assert new.state == "active"
    assert await service.whoami(old_key) is None
    assert new_key is not None
    assert await service.whoami(new_key) is not None
    await assert_converged(db, fake, keyring, tenant, ALICE)


async def test_two_people_and_two_accountids_are_independent(
    service: LinkService, tenant: Tenant, fake: FakeJira, keyring: Keyring, db: Database
) -> None:
    alice = await linked_key(service, tenant, fake, keyring, ALICE)
    bob = await linked_key(service, tenant, fake, keyring, BOB)
    assert alice != bob
    await service.unlink(tenant, BOB)
    assert await service.whoami(alice) is not None
    assert await service.whoami(bob) is None
    assert (await service.status(tenant, ALICE)).state == "linked"
    assert fake.property(BOB, PROPERTY_KEY) is None


# --------------------------------------------------------------------------- renew


async def test_renew_replaces_the_key_and_keeps_linked_at(
    service: LinkService,
    tenant: Tenant,
    fake: FakeJira,
    keyring: Keyring,
    db: Database,
    clock: Clock,
) -> None:
    old_key = await linked_key(service, tenant, fake, keyring)
    clock.advance(TTL - WARNING + 60)  # expiring
    assert (await service.status(tenant, ALICE)).state == "expiring"
    renewed_at = clock.now

    outcome = await service.renew(tenant, ALICE)

    assert outcome.ok
    assert outcome.status.state == "linked"
    assert outcome.status.linked_at == START
    assert outcome.status.expires_at == renewed_at + TTL
    value = stored_value(fake, ALICE)
    assert value["linkedAt"] == iso_utc(START)
    assert value["expiresAt"] == iso_utc(renewed_at + TTL)
    assert value["account"] == ACCOUNT
    new_key = held_api_key(fake, keyring, tenant, ALICE)
    assert new_key is not None
    assert new_key != old_key
    assert await service.whoami(old_key) is None
    assert await service.whoami(new_key) is not None
    old, new = await person_keys(db, tenant.client_key, ALICE)
    assert (old.state, old.revoked_reason) == ("revoked", "replaced")
    assert (new.state, new.linked_at) == ("active", START)


async def test_renew_of_an_expired_key_changes_nothing(
    service: LinkService,
    tenant: Tenant,
    fake: FakeJira,
    keyring: Keyring,
    db: Database,
    clock: Clock,
) -> None:
    key = await linked_key(service, tenant, fake, keyring)
    before = await person_keys(db, tenant.client_key, ALICE)
    fake.clear_requests()
    clock.advance(TTL)

    outcome = await service.renew(tenant, ALICE)

    assert outcome.ok
    assert outcome.status.state == "expired"
    assert outcome.status.expires_at == START + TTL
    assert await person_keys(db, tenant.client_key, ALICE) == before
    assert held_api_key(fake, keyring, tenant, ALICE) == key
    assert jira_calls(fake) == []


async def test_renew_without_a_link_answers_unlinked(
    service: LinkService, tenant: Tenant, fake: FakeJira, db: Database
) -> None:
    outcome = await service.renew(tenant, ALICE)
    assert outcome.ok
    assert outcome.status == LinkStatus("unlinked")
    assert jira_calls(fake) == []
    assert await person_keys(db, tenant.client_key, ALICE) == []


# --------------------------------------------------------------------------- unlink


async def test_unlink_revokes_first_then_deletes_the_property(
    make_service: MakeService,
    make_jira: MakeJira,
    tenant: Tenant,
    account: str,
    fake: FakeJira,
    keyring: Keyring,
    db: Database,
) -> None:
    jira = make_jira(ScriptedJira)
    assert isinstance(jira, ScriptedJira)
    service = await make_service(jira)
    key = await linked_key(service, tenant, fake, keyring)
    states_at_delete: list[list[str]] = []

    async def look() -> None:
        rows = await person_keys(db, tenant.client_key, ALICE)
        states_at_delete.append([r.state for r in rows])

    jira.hooks["before_delete"] = look
    outcome = await service.unlink(tenant, ALICE)

    assert outcome.ok
    assert outcome.status == LinkStatus("unlinked")
    assert states_at_delete == [["revoked"]]
    [record] = await person_keys(db, tenant.client_key, ALICE)
    assert (record.state, record.revoked_reason) == ("revoked", "unlinked")
    assert fake.property(ALICE, PROPERTY_KEY) is None
    assert await pending_deletes(db) == []
    assert await service.whoami(key) is None

    fake.clear_requests()
    again = await service.unlink(tenant, ALICE)
    assert again.ok
    assert again.status == LinkStatus("unlinked")
    assert jira_calls(fake) == []


async def test_unlink_of_a_never_linked_person_calls_nobody(
    service: LinkService, tenant: Tenant, fake: FakeJira, db: Database
) -> None:
    outcome = await service.unlink(tenant, ALICE)
    assert outcome.ok
    assert outcome.status == LinkStatus("unlinked")
    assert jira_calls(fake) == []
    assert await pending_deletes(db) == []


@pytest.mark.parametrize("fault", ["500", "429", "hang"])
async def test_unlink_while_jira_is_down_is_unlinked_at_once_and_deleted_later(
    service: LinkService,
    tenant: Tenant,
    fake: FakeJira,
    keyring: Keyring,
    db: Database,
    clock: Clock,
    fault: str,
) -> None:
    key = await linked_key(service, tenant, fake, keyring)
    inject_fault(fake, "DELETE", fault)

    outcome = await service.unlink(tenant, ALICE)

    assert outcome.status == LinkStatus("unlinked")
    assert (await service.status(tenant, ALICE)).state == "unlinked"
    assert await service.whoami(key) is None
    assert held_api_key(fake, keyring, tenant, ALICE) == key  # still in Jira, for now
    [row] = await pending_deletes(db)
    assert (row["client_key"], row["account_id"], row["property_key"]) == (
        tenant.client_key,
        ALICE,
        PROPERTY_KEY,
    )
    assert row["attempts"] == 1
    assert row["next_attempt_at"] > START

    # Not due yet: the sweep leaves it.
    fake.clear_requests()
    assert await service.sweep() == SweepReport()
    assert jira_calls(fake, "DELETE") == []

    heal(fake)
    clock.advance(row["next_attempt_at"] - START)
    assert await service.sweep() == SweepReport(deleted=1)
    assert fake.property(ALICE, PROPERTY_KEY) is None
    assert await pending_deletes(db) == []
    assert (await service.status(tenant, ALICE)).state == "unlinked"


async def test_a_failing_delete_is_retried_with_growing_intervals(
    service: LinkService,
    tenant: Tenant,
    fake: FakeJira,
    keyring: Keyring,
    db: Database,
    clock: Clock,
) -> None:
    await linked_key(service, tenant, fake, keyring)
    inject_fault(fake, "DELETE", "500")
    await service.unlink(tenant, ALICE)
    intervals = []
    for attempts in (1, 2, 3):
        [row] = await pending_deletes(db)
        assert row["attempts"] == attempts
        intervals.append(row["next_attempt_at"] - clock.now)
        clock.advance(intervals[-1] - 1)
        assert await service.sweep() == SweepReport()  # one second early: nothing
        clock.advance(1)
        assert await service.sweep() == SweepReport(retry_later=1)
    assert intervals[0] > 0
    assert intervals[0] < intervals[1] < intervals[2]

    heal(fake)
    [row] = await pending_deletes(db)
    clock.now = row["next_attempt_at"]
    assert await service.sweep() == SweepReport(deleted=1)
    assert fake.property(ALICE, PROPERTY_KEY) is None


async def test_a_later_link_supersedes_a_pending_delete(
    service: LinkService,
    tenant: Tenant,
    fake: FakeJira,
    keyring: Keyring,
    db: Database,
    clock: Clock,
) -> None:
    await linked_key(service, tenant, fake, keyring)
    inject_fault(fake, "DELETE", "500")
    await service.unlink(tenant, ALICE)
    assert len(await pending_deletes(db)) == 1
    heal(fake)

    new_key = await linked_key(service, tenant, fake, keyring)
    assert await pending_deletes(db) == []
    fake.clear_requests()
    clock.advance(DAY)
    await service.sweep()

    assert jira_calls(fake, "DELETE") == []
    assert held_api_key(fake, keyring, tenant, ALICE) == new_key
    assert await service.whoami(new_key) is not None
    await assert_converged(db, fake, keyring, tenant, ALICE)


async def test_an_unconfirmed_link_does_not_cancel_a_pending_delete(
    service: LinkService,
    tenant: Tenant,
    fake: FakeJira,
    keyring: Keyring,
    db: Database,
    clock: Clock,
) -> None:
    """Unlink (DELETE fails), then a link whose PUT never lands, while the delete falls due.

    The pending key is not a link: the revoked key's property must still be
    deleted once the pending key is settled.
    """
    await linked_key(service, tenant, fake, keyring)
    inject_fault(fake, "DELETE", "500")
    await service.unlink(tenant, ALICE)
    [row] = await pending_deletes(db)
    heal(fake)

    clock.now = row["next_attempt_at"] - 10
    inject_fault(fake, "PUT", "500")
    assert (await link(service, tenant)).error == JIRA_UNREACHABLE
    heal(fake)
    clock.advance(10)  # the delete is due; the pending key is younger than the grace period
    await service.sweep()
    clock.advance(PENDING_GRACE + 1)  # the pending key is settled
    await service.sweep()
    clock.advance(DAY)
    await service.sweep()

    assert fake.property(ALICE, PROPERTY_KEY) is None
    assert await pending_deletes(db) == []
    await assert_converged(db, fake, keyring, tenant, ALICE)


# --------------------------------------------------------------------------- Jira refuses or fails the PUT


@pytest.mark.parametrize("status", [400, 403])
@pytest.mark.parametrize("before", ["unlinked", "linked"])
async def test_a_refused_put_discards_the_new_key(
    service: LinkService,
    tenant: Tenant,
    fake: FakeJira,
    keyring: Keyring,
    db: Database,
    clock: Clock,
    status: int,
    before: str,
) -> None:
    old_key = await linked_key(service, tenant, fake, keyring) if before == "linked" else None
    previous = await service.status(tenant, ALICE)
    clock.advance(DAY)
    fake.inject("PUT", PROPERTY_PATH, status=status)

    outcome = await link(service, tenant)

    assert outcome.error == JIRA_REFUSED
    assert outcome.status == previous
    rows = await person_keys(db, tenant.client_key, ALICE)
    assert [r.state for r in rows] == (["active"] if old_key else [])
    assert held_api_key(fake, keyring, tenant, ALICE) == old_key
    if old_key is not None:
        assert await service.whoami(old_key) is not None


@pytest.mark.parametrize("fault", ["500", "429", "hang"])
@pytest.mark.parametrize("before", ["unlinked", "linked"])
async def test_an_unconfirmed_put_stays_pending_and_is_discarded_if_jira_lacks_it(
    service: LinkService,
    tenant: Tenant,
    fake: FakeJira,
    keyring: Keyring,
    db: Database,
    clock: Clock,
    jira_time: JiraTime,
    fault: str,
    before: str,
) -> None:
    old_key = await linked_key(service, tenant, fake, keyring) if before == "linked" else None
    previous = await service.status(tenant, ALICE)
    clock.advance(DAY)
    inject_fault(fake, "PUT", fault)

    outcome = await link(service, tenant)

    assert outcome.error == JIRA_UNREACHABLE
    assert outcome.status == previous  # never a false "linked"
    assert await service.status(tenant, ALICE) == previous
    rows = await person_keys(db, tenant.client_key, ALICE)
    assert [r.state for r in rows] == (["active", "pending"] if old_key else ["pending"])
    assert held_api_key(fake, keyring, tenant, ALICE) == old_key
    if fault != "429":
        assert jira_time.sleeps, "the client retried within its deadline"

    heal(fake)
    clock.advance(PENDING_GRACE - 1)
    assert await service.sweep() == SweepReport()  # too young to judge
    clock.advance(2)
    assert await service.sweep() == SweepReport(discarded=1)
    active = await assert_converged(db, fake, keyring, tenant, ALICE)
    assert await service.status(tenant, ALICE) == previous
    if old_key is not None:
        assert active is not None
        assert await service.whoami(old_key) is not None
    else:
        assert active is None


@pytest.mark.parametrize("operation", ["link", "renew"])
async def test_a_put_that_landed_but_whose_answer_was_lost_is_activated_by_the_sweep(
    service: LinkService,
    tenant: Tenant,
    fake: FakeJira,
    keyring: Keyring,
    db: Database,
    clock: Clock,
    operation: str,
) -> None:
    old_key = await linked_key(service, tenant, fake, keyring)
    previous = await service.status(tenant, ALICE)
    clock.advance(DAY)
    fake.inject("PUT", PROPERTY_PATH, apply_then_fail=True, times=1000)

    outcome = await (link(service, tenant) if operation == "link" else service.renew(tenant, ALICE))

    assert outcome.error == JIRA_UNREACHABLE
    assert outcome.status == previous
    new_key = held_api_key(fake, keyring, tenant, ALICE)
    assert new_key not in (None, old_key)
    assert new_key is not None
    assert await service.whoami(new_key) is None  # pending: not valid yet
    assert await service.whoami(old_key) is not None

    heal(fake)
    clock.advance(PENDING_GRACE + 1)
    assert await service.sweep() == SweepReport(activated=1)
    active = await assert_converged(db, fake, keyring, tenant, ALICE)
    assert active is not None
    assert active.linked_at == (START + DAY if operation == "link" else START)
    assert await service.whoami(new_key) is not None
    assert await service.whoami(old_key) is None
    old = [r for r in await person_keys(db, tenant.client_key, ALICE) if r.state == "revoked"]
    assert [r.revoked_reason for r in old] == ["replaced"]


async def test_a_put_that_timed_out_but_landed_is_confirmed_by_the_retry(
    service: LinkService,
    tenant: Tenant,
    fake: FakeJira,
    keyring: Keyring,
    db: Database,
) -> None:
    fake.inject("PUT", PROPERTY_PATH, apply_then_fail=True, hang=True, times=1)
    outcome = await link(service, tenant)
    assert outcome.ok
    assert outcome.status.state == "linked"
    assert jira_calls(fake, "PUT")[-1] == "PUT 200"
    await assert_converged(db, fake, keyring, tenant, ALICE)


# --------------------------------------------------------------------------- one person, one active key


async def test_concurrent_links_for_one_person_leave_one_active_key(
    service: LinkService, tenant: Tenant, fake: FakeJira, keyring: Keyring, db: Database
) -> None:
    outcomes = await asyncio.gather(*(link(service, tenant) for _ in range(3)))

    assert all(o.ok for o in outcomes), [o.error for o in outcomes]
    rows = await person_keys(db, tenant.client_key, ALICE)
    assert sorted(r.state for r in rows) == ["active", "revoked", "revoked"]
    active = await assert_converged(db, fake, keyring, tenant, ALICE)
    assert active is not None
    assert jira_calls(fake, "PUT").count("PUT 201") == 1  # only the first write created it


async def test_two_workers_linking_one_person_agree(
    make_service: MakeService,
    tenant: Tenant,
    account: str,
    fake: FakeJira,
    keyring: Keyring,
    db: Database,
) -> None:
    """Two processes (own connections, own locks) meet only at the lease in SQLite."""
    first = await make_service()
    second = await make_service(restart=True)
    outcomes = await asyncio.gather(link(first, tenant), link(second, tenant))

    assert {o.error for o in outcomes} <= {None, BUSY}
    assert any(o.ok for o in outcomes)
    active = await assert_converged(db, fake, keyring, tenant, ALICE)
    assert active is not None


async def test_the_database_refuses_a_second_active_key(
    service: LinkService, tenant: Tenant, fake: FakeJira, keyring: Keyring, db: Database
) -> None:
    await linked_key(service, tenant, fake, keyring)
    [record] = await person_keys(db, tenant.client_key, ALICE)
    insert = """INSERT INTO api_keys (key_mac, client_key, account_id, service_account, state,
                    created_at, expires_at, linked_at)
                VALUES (?, ?, ?, 'ada', ?, 0, 1, 0)"""
    with pytest.raises(sqlite3.IntegrityError):
        await db.execute(insert, (b"another mac", tenant.client_key, ALICE, "active"))
    # The index is partial: pending and revoked rows beside the active one are fine,
    # and another person may have their own active key.
    await db.execute(insert, (b"pending mac", tenant.client_key, ALICE, "pending"))
    await db.execute(insert, (b"revoked mac", tenant.client_key, ALICE, "revoked"))
    await db.execute(insert, (b"bob's mac", tenant.client_key, BOB, "active"))
    with pytest.raises(sqlite3.IntegrityError):
        await db.execute(
            "UPDATE api_keys SET state = 'active' WHERE key_mac = ?", (b"pending mac",)
        )
    # And each MAC is unique.
    with pytest.raises(sqlite3.IntegrityError):
        await db.execute(insert, (b"bob's mac", tenant.client_key, BOB, "revoked"))
    assert [
        r.id for r in await person_keys(db, tenant.client_key, ALICE) if r.state == "active"
    ] == [record.id]


# --------------------------------------------------------------------------- whoami


async def test_whoami_accepts_only_an_active_unexpired_key_of_a_served_tenant(
    service: LinkService,
    tenant: Tenant,
    tenants: TenantStore,
    fake: FakeJira,
    keyring: Keyring,
    db: Database,
    clock: Clock,
) -> None:
    key = await linked_key(service, tenant, fake, keyring)
    who = await service.whoami(key)
    assert who is not None
    assert (who.client_key, who.account_id, who.service_account, who.expires_at) == (
        tenant.client_key,
        ALICE,
        ACCOUNT,
        START + TTL,
    )

    await tenants.set_enabled(tenant.client_key, False)
    assert await service.whoami(key) is None
    await tenants.set_enabled(tenant.client_key, True)
    assert await service.whoami(key) is not None

    clock.advance(TTL - 1)
    assert await service.whoami(key) is not None
    clock.advance(1)
    assert await service.whoami(key) is None


@pytest.mark.parametrize(
    "garbage",
    ["", "glk_", "Bearer glk_x", "glk_" + "A" * 43, "glk_" + "é" * 43, "x" * 10_000],
)
async def test_whoami_refuses_what_is_no_issued_key(
    service: LinkService, tenant: Tenant, fake: FakeJira, keyring: Keyring, garbage: str
) -> None:
    key = await linked_key(service, tenant, fake, keyring)
    assert await service.whoami(garbage) is None
    assert await service.whoami(key + "\n") is None
    assert await service.whoami(key[:-1]) is None
    assert await service.whoami(" " + key) is None


async def test_whoami_refuses_a_revoked_key(
    service: LinkService, tenant: Tenant, fake: FakeJira, keyring: Keyring, db: Database
) -> None:
    key = await linked_key(service, tenant, fake, keyring)
    [record] = await person_keys(db, tenant.client_key, ALICE)
    assert await ApiKeyTable(db).revoke(record.id, now=START, reason="revoked by operator")
    assert await service.whoami(key) is None
    assert (await service.status(tenant, ALICE)).state == "unlinked"


async def test_whoami_refuses_the_keys_of_an_uninstalled_tenant(
    service: LinkService,
    tenant: Tenant,
    tenants: TenantStore,
    fake: FakeJira,
    keyring: Keyring,
    db: Database,
) -> None:
    key = await linked_key(service, tenant, fake, keyring)
    await tenants.uninstall(
        InstallPayload(client_key=tenant.client_key, base_url=tenant.base_url),
        kid="k",
        account_id=None,
    )
    assert await service.whoami(key) is None
    [record] = await person_keys(db, tenant.client_key, ALICE)
    assert (record.state, record.revoked_reason) == ("revoked", "tenant uninstalled")


async def test_the_property_holder_helper_reads_what_jira_holds(
    service: LinkService, tenant: Tenant, fake: FakeJira, keyring: Keyring, db: Database
) -> None:
    """The convergence checks rest on this: a foreign or copied value holds no key of ours."""
    await linked_key(service, tenant, fake, keyring)
    holder = await property_holder(db, fake, keyring, tenant, ALICE)
    assert holder is not None
    fake.set_property(BOB, PROPERTY_KEY, fake.property(ALICE, PROPERTY_KEY))
    assert await property_holder(db, fake, keyring, tenant, BOB) is None


# Each fake site runs its own OAuth server, while the client has one (as in production,
# where Atlassian's is shared): acting as users on two fakes is not possible, so "app" only.
@pytest.mark.parametrize("jira_auth", ["app"])
async def test_the_same_accountid_on_two_sites_is_two_people(
    service: LinkService,
    tenant: Tenant,
    tenants: TenantStore,
    fake: FakeJira,
    keyring: Keyring,
    db: Database,
    install_key: Any,
) -> None:
    with FakeJira(app_base_url="https://app.example.com", install_key=install_key.private) as other:
        other_tenant = await tenants.install(
            InstallPayload(
                client_key=other.client_key,
                base_url=other.base_url,
                shared_secret=other.shared_secret,
                oauth_client_id=other.oauth_client_id,
            ),
            kid="k",
            account_id=None,
        )
        here = await linked_key(service, tenant, fake, keyring)
        there = await linked_key(service, other_tenant, other, keyring)

        # A value copied from one site to the other holds no key there.
        other.set_property(ALICE, PROPERTY_KEY, fake.property(ALICE, PROPERTY_KEY))
        assert held_api_key(other, keyring, other_tenant, ALICE) is None
        other.set_property(ALICE, PROPERTY_KEY, {"v": 1, "apiKey": "v1.x.y"})

        await service.unlink(tenant, ALICE)
        assert await service.whoami(here) is None
        assert await service.whoami(there) is not None
        assert (await service.status(other_tenant, ALICE)).state == "linked"
        assert other.property(ALICE, PROPERTY_KEY) is not None
        assert [r.state for r in await person_keys(db, other_tenant.client_key, ALICE)] == [
            "active"
        ]
