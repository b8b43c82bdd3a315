"""The link operations' rarer paths: a key revoked while its write was in flight, a person
whose lease another worker holds, and what the sweep records and skips.

Each path must end in its own answer, never in a silent success: a key revoked
meanwhile is never activated, and a busy person gets BUSY with nothing changed.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from typing import Any

import pytest

from glanceapp.connect.install import InstallPayload
from glanceapp.domain import Tenant
from glanceapp.keyring import Keyring
from glanceapp.sandbox.fakejira import FakeJira
from glanceapp.service.accounts import CheckUnavailable, Credential, LocalAccounts
from glanceapp.service.links import (
    LEASE_SECONDS,
    LEASE_WAIT_SECONDS,
    LinkOutcome,
    LinkService,
    LinkStatus,
    SweepReport,
    too_many_attempts,
)
from glanceapp.service.passwords import PasswordHasher
from glanceapp.service.throttle import MAX_FAILURES, WINDOW_SECONDS, CheckGate
from glanceapp.storage.accounts import AccountTable
from glanceapp.storage.api_keys import ApiKeyTable
from glanceapp.storage.db import Database
from glanceapp.storage.tenants import TenantStore
from glanceapp.text import (
    BUSY,
    CHECKS_BUSY,
    CREDENTIALS_CHANGED,
    JIRA_REFUSED,
    JIRA_UNREACHABLE,
    REVOKED_MEANWHILE,
    WRONG_CREDENTIALS,
    account_paused,
    renewed_recently,
)

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
    Clock,
    CountingArgon2,
    MakeJira,
    MakeService,
    ScriptedJira,
    Sleeper,
    held_api_key,
    jira_calls,
    leave_stale_lease,
    pending_deletes,
    pending_key,
    person_keys,
    queue_delete,
)


async def link(service: LinkService, tenant: Tenant, account_id: str = ALICE) -> LinkOutcome:
    return await service.link(tenant, account_id, ACCOUNT, PASSWORD)


@pytest.fixture
async def scripted(
    make_service: MakeService, make_jira: MakeJira, tenant: Tenant, account: str
) -> tuple[LinkService, ScriptedJira]:
    jira = make_jira(ScriptedJira)
    assert isinstance(jira, ScriptedJira)
    return await make_service(jira), jira


def revoke_pending_after_put(jira: ScriptedJira, db: Database, tenant: Tenant) -> list[int]:
    """After Jira confirms the write, an operator revokes the key it holds (still pending)."""
    revoked: list[int] = []

    async def revoke() -> None:
        rows = await person_keys(db, tenant.client_key, ALICE)
        [pending] = [r for r in rows if r.state == "pending"]
        assert await ApiKeyTable(db).revoke(pending.id, now=START, reason="revoked by operator")
        revoked.append(pending.id)

    jira.hooks["after_put"] = revoke
    return revoked


# --------------------------------------------------------------------------- revoked meanwhile


async def test_link_whose_key_is_revoked_during_the_write_is_not_activated(
    scripted: tuple[LinkService, ScriptedJira], tenant: Tenant, db: Database, fake: FakeJira
) -> None:
    service, jira = scripted
    revoked = revoke_pending_after_put(jira, db, tenant)

    outcome = await link(service, tenant)

    assert outcome.error == REVOKED_MEANWHILE
    assert not outcome.ok
    assert outcome.status == LinkStatus("unlinked")
    [row] = await person_keys(db, tenant.client_key, ALICE)
    assert (row.id, row.state, row.activated_at) == (revoked[0], "revoked", None)
    assert await service.status(tenant, ALICE) == LinkStatus("unlinked")


async def test_renew_whose_new_key_is_revoked_during_the_write_keeps_the_old_key(
    scripted: tuple[LinkService, ScriptedJira],
    tenant: Tenant,
    db: Database,
    fake: FakeJira,
    keyring: Keyring,
    clock: Clock,
) -> None:
    service, jira = scripted
    assert (await link(service, tenant)).ok
    old_key = held_api_key(fake, keyring, tenant, ALICE)
    assert old_key is not None
    before = await service.status(tenant, ALICE)
    clock.advance(DAY)
    revoke_pending_after_put(jira, db, tenant)

    outcome = await service.renew(tenant, ALICE)

    assert outcome.error == REVOKED_MEANWHILE
    assert outcome.status == before
    assert outcome.status.state == "linked"
    assert await service.whoami(old_key) is not None
    states = sorted(r.state for r in await person_keys(db, tenant.client_key, ALICE))
    assert states == ["active", "revoked"]


# --------------------------------------------------------------------------- busy


async def hold_lease(db: Database, tenant: Tenant, account_id: str = ALICE) -> None:
    """Another worker holds the person's lease, for longer than anyone waits for it."""
    await leave_stale_lease(db, tenant, account_id, START + LEASE_WAIT_SECONDS + LEASE_SECONDS)


def assert_waited_for_the_lease(sleeper: Sleeper) -> None:
    """Backoff from 50 ms doubling to 1 s, until LEASE_WAIT_SECONDS have been waited."""
    delays = sleeper.delays
    assert delays[:6] == [0.05, 0.1, 0.2, 0.4, 0.8, 1.0]
    assert set(delays[5:]) == {1.0}
    assert sum(delays[:-1]) < LEASE_WAIT_SECONDS <= sum(delays)


async def test_link_while_another_worker_holds_the_person_answers_busy(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    fake: FakeJira,
    sleeper: Sleeper,
) -> None:
    await hold_lease(db, tenant)

    outcome = await link(service, tenant)

    assert outcome.error == BUSY
    assert outcome.status == LinkStatus("unlinked")
    assert await person_keys(db, tenant.client_key, ALICE) == []
    assert jira_calls(fake) == []
    assert_waited_for_the_lease(sleeper)


async def test_link_is_made_once_the_lease_expires(
    service: LinkService, tenant: Tenant, db: Database, clock: Clock
) -> None:
    await hold_lease(db, tenant)
    clock.advance(LEASE_WAIT_SECONDS + LEASE_SECONDS + 1)
    outcome = await link(service, tenant)
    assert outcome.ok
    assert outcome.status.state == "linked"


async def test_renew_while_another_worker_holds_the_person_answers_busy(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    fake: FakeJira,
    keyring: Keyring,
    sleeper: Sleeper,
) -> None:
    assert (await link(service, tenant)).ok
    held = held_api_key(fake, keyring, tenant, ALICE)
    before = await service.status(tenant, ALICE)
    fake.clear_requests()
    await hold_lease(db, tenant)

    outcome = await service.renew(tenant, ALICE)

    assert outcome.error == BUSY
    assert outcome.status == before
    assert [r.state for r in await person_keys(db, tenant.client_key, ALICE)] == ["active"]
    assert held_api_key(fake, keyring, tenant, ALICE) == held
    assert jira_calls(fake) == []
    assert_waited_for_the_lease(sleeper)


async def test_renew_without_a_link_while_busy_is_still_just_unlinked(
    service: LinkService, tenant: Tenant, db: Database
) -> None:
    """With nothing to renew there is nothing to be busy with: no BUSY alert."""
    await hold_lease(db, tenant)
    assert await service.renew(tenant, ALICE) == LinkOutcome(LinkStatus("unlinked"))


async def test_renew_of_an_expired_key_while_busy_is_just_expired(
    service: LinkService, tenant: Tenant, db: Database, clock: Clock
) -> None:
    assert (await link(service, tenant)).ok
    clock.advance(TTL)
    await hold_lease(db, tenant)
    outcome = await service.renew(tenant, ALICE)
    assert outcome.error is None
    assert outcome.status.state == "expired"


async def test_unlink_while_another_worker_holds_the_person_answers_busy(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    fake: FakeJira,
    keyring: Keyring,
    sleeper: Sleeper,
) -> None:
    assert (await link(service, tenant)).ok
    held = held_api_key(fake, keyring, tenant, ALICE)
    before = await service.status(tenant, ALICE)
    fake.clear_requests()
    await hold_lease(db, tenant)

    outcome = await service.unlink(tenant, ALICE)

    assert outcome.error == BUSY
    assert outcome.status == before
    assert outcome.status.state == "linked"
    assert [r.state for r in await person_keys(db, tenant.client_key, ALICE)] == ["active"]
    assert held_api_key(fake, keyring, tenant, ALICE) == held
    assert await pending_deletes(db) == []
    assert jira_calls(fake) == []
    assert_waited_for_the_lease(sleeper)


async def test_a_busy_person_does_not_block_another(
    service: LinkService, tenant: Tenant, db: Database
) -> None:
    await hold_lease(db, tenant, ALICE)
    assert (await link(service, tenant, BOB)).ok
    assert (await link(service, tenant, ALICE)).error == BUSY


# --------------------------------------------------------------------------- the sweep


async def credential_generation(db: Database) -> int:
    """The generation a key for the service account is issued under (its password's)."""
    row = await AccountTable(db).get(ACCOUNT)
    assert row is not None
    return row.generation


async def disabled_site(tenants: TenantStore, fake: FakeJira) -> Tenant:
    """A second installed site, disabled: Jira would refuse the app until it is re-enabled."""
    other = await tenants.install(
        InstallPayload(
            client_key=fake.client_key + "-disabled",
            base_url=fake.base_url,
            shared_secret=fake.shared_secret,
            oauth_client_id=fake.oauth_client_id,
        ),
        kid="k",
        account_id=None,
        now=START,
    )
    assert await tenants.set_enabled(other.client_key, False, now=START)
    disabled = await tenants.load(other.client_key)
    assert disabled is not None
    assert disabled.state == "disabled"
    return disabled


async def test_sweep_records_when_it_activated_a_key(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    keyring: Keyring,
    fake: FakeJira,
    clock: Clock,
) -> None:
    key_id = await pending_key(db, keyring, fake, tenant, ALICE, created_at=START)
    swept_at = clock.advance(PENDING_GRACE + 1)

    assert await service.sweep() == SweepReport(activated=1)

    record = await ApiKeyTable(db).get(key_id)
    assert record is not None
    assert (record.state, record.activated_at) == ("active", swept_at)


async def test_a_disabled_sites_pending_key_does_not_stop_the_sweep_for_later_keys(
    service: LinkService,
    tenant: Tenant,
    tenants: TenantStore,
    db: Database,
    keyring: Keyring,
    fake: FakeJira,
    clock: Clock,
) -> None:
    disabled = await disabled_site(tenants, fake)
    stuck = await pending_key(
        db, keyring, fake, disabled, ALICE, created_at=START - 1, landed=False
    )
    later = await pending_key(db, keyring, fake, tenant, BOB, created_at=START)
    clock.advance(PENDING_GRACE + 1)

    assert await service.sweep() == SweepReport(activated=1, retry_later=1)

    keys = ApiKeyTable(db)
    stuck_record, later_record = await keys.get(stuck), await keys.get(later)
    assert stuck_record is not None
    assert later_record is not None
    assert (stuck_record.state, later_record.state) == ("pending", "active")


async def test_a_disabled_sites_delete_does_not_stop_the_sweep_for_later_deletes(
    service: LinkService,
    tenant: Tenant,
    tenants: TenantStore,
    db: Database,
    keyring: Keyring,
    fake: FakeJira,
    clock: Clock,
) -> None:
    assert (await link(service, tenant, BOB)).ok
    disabled = await disabled_site(tenants, fake)
    await queue_delete(db, disabled, ALICE, due=START - 1)
    await queue_delete(db, tenant, BOB, due=START)
    await ApiKeyTable(db).revoke_for_account(ACCOUNT, now=START, reason="test")
    clock.advance(1)

    assert await service.sweep() == SweepReport(deleted=1, retry_later=1)

    assert [row["client_key"] for row in await pending_deletes(db)] == [disabled.client_key]
    assert fake.property(BOB, PROPERTY_KEY) is None


# --------------------------------------------------------------------------- what the person reads


@pytest.mark.parametrize(
    ("seconds", "wait"),
    [
        (1, "1 second"),
        (0.2, "1 second"),
        (1e-7, "1 second"),
        (2.2, "3 seconds"),
        (60, "60 seconds"),
        (2.0000004, "2 seconds"),  # float noise below a microsecond is not a second more
    ],
)
def test_account_paused_spells_the_wait_in_whole_seconds(seconds: float, wait: str) -> None:
    assert account_paused(seconds) == (
        "This service account has had many failed logins, so linking to it for the "
        f"first time is paused. Try again in {wait}."
    )


@pytest.mark.parametrize(
    ("seconds", "shown"), [(59.0000001, 59), (59.0000004, 59), (59.2, 60), (1, 1), (0.5, 1)]
)
def test_renewed_recently_rounds_the_wait_up(seconds: float, shown: int) -> None:
    assert renewed_recently(seconds) == f"Renewed recently — try again in {shown} s."


# --------------------------------------------------------------------------- refusals before and at the write


async def test_link_under_a_credential_already_superseded_makes_no_key(
    service: LinkService, tenant: Tenant, db: Database, fake: FakeJira
) -> None:
    """A sign-in proved under a password since changed: no key is made, nothing is written."""
    before = await credential_generation(db)
    await LocalAccounts(db, PasswordHasher(CountingArgon2())).set_password(
        ACCOUNT, "a new password entirely", now=START
    )
    assert await credential_generation(db) != before

    outcome = await service.link_credential(tenant, ALICE, Credential(ACCOUNT, before))

    assert outcome == LinkOutcome(LinkStatus("unlinked"), CREDENTIALS_CHANGED)
    assert await person_keys(db, tenant.client_key, ALICE) == []
    assert jira_calls(fake) == []


async def test_a_write_jira_refuses_is_logged_with_its_kind_and_status(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    fake: FakeJira,
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake.inject("PUT", PROPERTY_PATH, status=400, times=1)

    with caplog.at_level(logging.WARNING, logger="glanceapp.service"):
        outcome = await link(service, tenant)

    assert outcome == LinkOutcome(LinkStatus("unlinked"), JIRA_REFUSED)
    assert await person_keys(db, tenant.client_key, ALICE) == []
    assert "property write not made: JiraRejected (status 400)" in caplog.messages


async def test_a_write_jira_cannot_confirm_is_logged_and_left_to_recovery(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    fake: FakeJira,
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake.inject("PUT", PROPERTY_PATH, status=503, times=1000)

    with caplog.at_level(logging.WARNING, logger="glanceapp.service"):
        outcome = await link(service, tenant)

    assert outcome == LinkOutcome(LinkStatus("unlinked"), JIRA_UNREACHABLE)
    assert [r.state for r in await person_keys(db, tenant.client_key, ALICE)] == ["pending"]
    assert (
        "property write not confirmed (JiraUnavailable); recovery will settle it" in caplog.messages
    )


async def test_relink_while_another_worker_holds_the_person_keeps_showing_the_link(
    service: LinkService, tenant: Tenant, db: Database
) -> None:
    assert (await link(service, tenant)).ok
    before = await service.status(tenant, ALICE)
    await hold_lease(db, tenant)

    outcome = await link(service, tenant)

    assert outcome == LinkOutcome(before, BUSY)
    assert outcome.status.state == "linked"


async def test_one_persons_check_in_progress_does_not_make_another_wait_as_them(
    make_service: MakeService, tenant: Tenant, account: str, argon: CountingArgon2
) -> None:
    """Admission to password checks is per person: Alice's slow check leaves Bob his own."""
    release = threading.Event()
    running = asyncio.Event()
    loop = asyncio.get_running_loop()
    checks = 0

    def hold_first_check() -> None:
        nonlocal checks
        checks += 1
        if checks == 1:
            loop.call_soon_threadsafe(running.set)
            release.wait(timeout=30)

    argon.on_verify = hold_first_check
    service = await make_service(check_gate=CheckGate(slots=2, queue=0, per_caller=1))
    alice = asyncio.create_task(link(service, tenant, ALICE))
    await running.wait()  # Alice's check is running and holds her place
    try:
        bob = await link(service, tenant, BOB)
    finally:
        release.set()

    assert bob.ok
    assert (await alice).ok


# --------------------------------------------------------------------------- refusals keep showing the link


async def test_a_locked_out_attempt_still_shows_the_persons_link(
    service: LinkService, tenant: Tenant
) -> None:
    assert (await link(service, tenant)).ok
    before = await service.status(tenant, ALICE)
    for _ in range(MAX_FAILURES):
        assert (await service.link(tenant, ALICE, ACCOUNT, "wrong")).error is not None

    outcome = await link(service, tenant)

    assert outcome.status == before
    assert outcome.error is not None
    assert outcome.error.startswith("Too many attempts.")


async def test_a_check_past_the_persons_place_answers_busy_and_shows_the_link(
    make_service: MakeService, tenant: Tenant, account: str, argon: CountingArgon2
) -> None:
    release = threading.Event()
    running = asyncio.Event()
    loop = asyncio.get_running_loop()
    holding = False

    def hold_check() -> None:
        if holding:
            loop.call_soon_threadsafe(running.set)
            release.wait(timeout=30)

    argon.on_verify = hold_check
    service = await make_service(check_gate=CheckGate(slots=2, queue=0, per_caller=1))
    assert (await link(service, tenant)).ok
    before = await service.status(tenant, ALICE)
    holding = True
    first = asyncio.create_task(link(service, tenant))
    await running.wait()
    try:
        second = await link(service, tenant)
    finally:
        release.set()

    assert second == LinkOutcome(before, CHECKS_BUSY)
    assert (await first).ok


class UnavailableChecker:
    """A sign-in check whose backend could not answer."""

    async def verify(self, username: str, password: str) -> Credential | None:
        raise CheckUnavailable("The sign-in service did not answer.", "connect timeout")

    async def still_valid(self, credential: Credential) -> bool:
        return True


async def bare_service(
    db: Database, keyring: Keyring, make_jira: MakeJira, clock: Clock, **extra: Any
) -> LinkService:
    """A LinkService with every default the app relies on (no test overrides)."""
    return LinkService(
        db=db,
        keyring=keyring,
        tenants=TenantStore(db, keyring),
        credentials=extra.pop("credentials", LocalAccounts(db, PasswordHasher(CountingArgon2()))),
        jira=make_jira(),
        property_key=PROPERTY_KEY,
        api_key_ttl=TTL,
        expiry_warning=3 * DAY,
        clock=clock,
        **extra,
    )


async def test_a_check_that_cannot_answer_says_why_and_shows_the_link(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    keyring: Keyring,
    make_jira: MakeJira,
    clock: Clock,
) -> None:
    assert (await link(service, tenant)).ok
    before = await service.status(tenant, ALICE)
    unavailable = await bare_service(
        db, keyring, make_jira, clock, credentials=UnavailableChecker()
    )

    outcome = await link(unavailable, tenant)

    assert outcome == LinkOutcome(before, "The sign-in service did not answer.")


async def test_by_default_a_pending_key_is_judged_after_thirty_seconds(
    tenant: Tenant,
    account: str,
    db: Database,
    keyring: Keyring,
    fake: FakeJira,
    make_jira: MakeJira,
    clock: Clock,
) -> None:
    service = await bare_service(db, keyring, make_jira, clock)
    key_id = await pending_key(db, keyring, fake, tenant, ALICE, created_at=clock.now)
    clock.advance(29)
    assert await service.sweep() == SweepReport()
    clock.advance(2)
    assert await service.sweep() == SweepReport(activated=1)
    record = await ApiKeyTable(db).get(key_id)
    assert record is not None
    assert record.state == "active"


async def test_by_default_a_provider_sign_in_is_renewable_for_the_key_lifetime(
    tenant: Tenant, account: str, db: Database, keyring: Keyring, make_jira: MakeJira, clock: Clock
) -> None:
    service = await bare_service(db, keyring, make_jira, clock)
    assert (await service.link_credential(tenant, ALICE, Credential(ACCOUNT, None))).ok
    clock.advance(TTL - DAY)
    status = await service.status(tenant, ALICE)
    assert (status.state, status.reconnect) == ("expiring", False)
    assert (await service.renew(tenant, ALICE)).renewed


async def test_link_whose_password_changes_during_the_write_says_so(
    scripted: tuple[LinkService, ScriptedJira], tenant: Tenant, db: Database
) -> None:
    """Not "cancelled meanwhile": the person must log in again, with the new password."""
    service, jira = scripted

    async def change_password() -> None:
        accounts = LocalAccounts(db, PasswordHasher(CountingArgon2()))
        await accounts.set_password(ACCOUNT, "a new password entirely", now=START)

    jira.hooks["after_put"] = change_password

    outcome = await link(service, tenant)

    assert outcome == LinkOutcome(LinkStatus("unlinked"), CREDENTIALS_CHANGED)
    [row] = await person_keys(db, tenant.client_key, ALICE)
    assert (row.state, row.activated_at) == ("revoked", None)


async def test_a_failure_that_completes_a_lock_about_to_lapse_still_says_wait(
    service: LinkService, tenant: Tenant, clock: Clock
) -> None:
    """The fifth failure comes half a second before the first leaves the window: the
    lock it completes lasts half a second, and the person is told to wait, not that the
    password was wrong."""
    for _ in range(MAX_FAILURES - 1):
        assert (await service.link(tenant, ALICE, ACCOUNT, "wrong")).error == WRONG_CREDENTIALS
    clock.advance(WINDOW_SECONDS - 0.5)

    outcome = await service.link(tenant, ALICE, ACCOUNT, "wrong")

    assert outcome.error == too_many_attempts(0.5)
    assert outcome.error == "Too many attempts. Try again in 1 minute."


async def test_a_superseded_credential_for_another_account_keeps_showing_the_link(
    service: LinkService, tenant: Tenant, db: Database
) -> None:
    """Alice is linked as ada; a sign-in as another service account, whose password then
    changed, makes nothing and leaves her link as it was."""
    assert (await link(service, tenant)).ok
    before = await service.status(tenant, ALICE)
    accounts = LocalAccounts(db, PasswordHasher(CountingArgon2()))
    await accounts.add("grace", "another password entirely", now=START)
    stale = await AccountTable(db).get("grace")
    assert stale is not None
    await accounts.set_password("grace", "a third password entirely", now=START)

    outcome = await service.link_credential(tenant, ALICE, Credential("grace", stale.generation))

    assert outcome == LinkOutcome(before, CREDENTIALS_CHANGED)
    assert outcome.status.state == "linked"
