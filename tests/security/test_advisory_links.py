"""Named regression tests for attacks on the link operations; each name says the attack.

Races are driven, never timed: a `LeasePause` stands in for the service's sleep
while the person's lease is held by someone else, so the test decides exactly
when the waiting link or renew goes on. Time is the injected clock.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from glanceapp.domain import Tenant
from glanceapp.sandbox.fakejira import FakeJira
from glanceapp.service.accounts import LocalAccounts
from glanceapp.service.links import RENEW_INTERVAL_SECONDS, LinkService
from glanceapp.service.throttle import (
    ACCOUNT_FREE_FAILURES,
    ACCOUNT_SPACING_SECONDS,
    MAX_PERSON_FAILURES,
    CheckBusy,
    CheckGate,
)
from glanceapp.storage.api_keys import ApiKeyTable
from glanceapp.storage.db import Database
from glanceapp.storage.leases import PersonLeases
from glanceapp.text import (
    CHECKS_BUSY,
    CREDENTIALS_CHANGED,
    WRONG_CREDENTIALS,
    account_paused,
    renewed_recently,
)
from service.support import (
    ACCOUNT,
    ALICE,
    BOB,
    MASTER,
    PASSWORD,
    Clock,
    CountingArgon2,
    MakeService,
    ScriptedJira,
    held_api_key,
    jira_calls,
    person_keys,
)

NEW_PASSWORD = "a different and long enough password"
WRONG_PASSWORD = "not the password at all"
OTHER_HOLDER = "another-request"


@pytest.fixture
def jira_auth() -> str:
    """These attacks are decided before or around Jira, not by how it is called."""
    return "app"


class LeasePause:
    """The service's `sleep` while it waits for a lease: it says so, then waits for the test."""

    def __init__(self) -> None:
        self.waiting = asyncio.Event()
        self.go_on = asyncio.Event()

    async def __call__(self, delay: float) -> None:
        self.waiting.set()
        await self.go_on.wait()


async def hold_lease(db: Database, tenant: Tenant, account_id: str, now: float) -> None:
    assert await PersonLeases(db).try_acquire(
        tenant.client_key, account_id, OTHER_HOLDER, now=now, ttl=60
    )


async def release_lease(db: Database, tenant: Tenant, account_id: str) -> None:
    await PersonLeases(db).release(tenant.client_key, account_id, OTHER_HOLDER)


async def live_keys(db: Database) -> list[str]:
    rows = await db.fetchall("SELECT state FROM api_keys WHERE state IN ('pending', 'active')")
    return [row["state"] for row in rows]


async def change_account(accounts: LocalAccounts, change: str) -> None:
    """What `glanceapp users passwd|remove` does (and, for `recreate`, an operator after it)."""
    if change == "passwd":
        await accounts.set_password(ACCOUNT, NEW_PASSWORD)
    else:
        await accounts.remove(ACCOUNT)
        if change == "remove-and-recreate":
            await accounts.add(ACCOUNT, PASSWORD)  # same name, same password: still no key


# --------------------------------------------------------------------------- login in flight


@pytest.mark.parametrize("change", ["passwd", "remove", "remove-and-recreate"])
async def test_login_waiting_on_the_lease_cannot_outlive_a_password_change_or_removal(
    make_service: MakeService,
    tenant: Tenant,
    account: str,
    accounts: LocalAccounts,
    db: Database,
    fake: FakeJira,
    clock: Clock,
    change: str,
) -> None:
    pause = LeasePause()
    service = await make_service(sleep=pause)
    await hold_lease(db, tenant, ALICE, clock())
    login = asyncio.create_task(service.link(tenant, ALICE, ACCOUNT, PASSWORD))
    await pause.waiting.wait()  # the password is checked; the link waits for the lease

    await change_account(accounts, change)
    await release_lease(db, tenant, ALICE)
    pause.go_on.set()
    outcome = await login

    assert outcome.error == CREDENTIALS_CHANGED
    assert outcome.status.state == "unlinked"
    assert await live_keys(db) == []
    assert await person_keys(db, tenant.client_key, ALICE) == []
    assert jira_calls(fake) == []  # no key was even offered to Jira


@pytest.mark.parametrize("change", ["passwd", "remove", "remove-and-recreate"])
async def test_login_whose_property_write_is_in_flight_cannot_outlive_a_password_change(
    make_service: MakeService,
    make_jira: Any,
    tenant: Tenant,
    account: str,
    accounts: LocalAccounts,
    db: Database,
    fake: FakeJira,
    keyring: Any,
    change: str,
) -> None:
    jira = make_jira(ScriptedJira)

    async def change_meanwhile() -> None:
        await change_account(accounts, change)

    jira.hooks["after_put"] = change_meanwhile
    service = await make_service(jira)
    outcome = await service.link(tenant, ALICE, ACCOUNT, PASSWORD)

    assert outcome.error is not None
    assert outcome.status.state == "unlinked"
    assert await live_keys(db) == []
    written = held_api_key(fake, keyring, tenant, ALICE)
    assert written is not None  # Jira holds it, and it must be worth nothing
    assert await service.whoami(written) is None
    await service.sweep()  # recovery does not bring it back either
    assert await live_keys(db) == []
    assert await service.whoami(written) is None


@pytest.mark.parametrize("change", ["passwd", "remove", "remove-and-recreate"])
async def test_renew_between_reading_the_key_and_issuing_cannot_outlive_a_password_change(
    service: LinkService,
    tenant: Tenant,
    accounts: LocalAccounts,
    db: Database,
    fake: FakeJira,
    keyring: Any,
    monkeypatch: pytest.MonkeyPatch,
    change: str,
) -> None:
    """Renew reads the current key, then issues a new one: the change lands in between."""
    assert (await service.link(tenant, ALICE, ACCOUNT, PASSWORD)).ok
    old_key = held_api_key(fake, keyring, tenant, ALICE)
    assert old_key is not None
    assert await service.whoami(old_key) is not None
    fake.clear_requests()

    renewals: Any = service._renewals  # the step between reading the key and issuing one
    take = renewals.take

    async def take_after_the_change(*args: Any, **kwargs: Any) -> float:
        await change_account(accounts, change)
        result: float = await take(*args, **kwargs)
        return result

    monkeypatch.setattr(renewals, "take", take_after_the_change)
    outcome = await service.renew(tenant, ALICE)

    assert outcome.error == CREDENTIALS_CHANGED
    assert not outcome.renewed
    assert await live_keys(db) == []
    assert await service.whoami(old_key) is None
    assert jira_calls(fake) == []


async def test_login_waiting_on_the_lease_cannot_outlive_the_users_passwd_command(
    make_service: MakeService,
    tenant: Tenant,
    account: str,
    db: Database,
    db_path: Path,
    fake: FakeJira,
    clock: Clock,
    tmp_path: Path,
) -> None:
    pause = LeasePause()
    service = await make_service(sleep=pause)
    await hold_lease(db, tenant, ALICE, clock())
    login = asyncio.create_task(service.link(tenant, ALICE, ACCOUNT, PASSWORD))
    await pause.waiting.wait()

    env = {k: v for k, v in os.environ.items() if not k.startswith("GLANCEAPP_")}
    env.update(GLANCEAPP_DATABASE=str(db_path), GLANCEAPP_SECRET_KEY=MASTER)
    command = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "glanceapp", "users", "passwd", ACCOUNT],
        input=f"{NEW_PASSWORD}\n".encode(),
        env=env,
        cwd=tmp_path,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert command.returncode == 0, command.stderr

    await release_lease(db, tenant, ALICE)
    pause.go_on.set()
    outcome = await login
    assert outcome.error == CREDENTIALS_CHANGED
    assert await live_keys(db) == []
    assert jira_calls(fake) == []


async def test_whoami_refuses_a_key_whose_account_credential_moved_on(
    service: LinkService, tenant: Tenant, db: Database, fake: FakeJira, keyring: Any
) -> None:
    """Even if a key escaped revocation (say, a restored backup), whoami checks the account."""
    assert (await service.link(tenant, ALICE, ACCOUNT, PASSWORD)).ok
    api_key = held_api_key(fake, keyring, tenant, ALICE)
    assert api_key is not None
    assert await service.whoami(api_key) is not None
    await db.execute(
        "UPDATE accounts SET generation = generation + 1000 WHERE name = ?", (ACCOUNT,)
    )
    assert await service.whoami(api_key) is None
    await db.execute("DELETE FROM accounts WHERE name = ?", (ACCOUNT,))
    assert await service.whoami(api_key) is None


async def test_recreated_account_never_inherits_a_removed_ones_generation(
    accounts: LocalAccounts, db: Database
) -> None:
    seen = set()
    for _ in range(3):
        await accounts.add(ACCOUNT, PASSWORD)
        credential = await accounts.verify(ACCOUNT, PASSWORD)
        assert credential is not None
        seen.add(credential.generation)
        await accounts.set_password(ACCOUNT, NEW_PASSWORD)
        changed = await accounts.verify(ACCOUNT, NEW_PASSWORD)
        assert changed is not None
        seen.add(changed.generation)
        await accounts.remove(ACCOUNT)
    assert len(seen) == 6


# --------------------------------------------------------------------------- renew limit


async def test_renew_flood_makes_no_more_than_the_burst_of_keys_and_jira_writes(
    service: LinkService, tenant: Tenant, db: Database, fake: FakeJira, clock: Clock
) -> None:
    assert (await service.link(tenant, ALICE, ACCOUNT, PASSWORD)).ok
    fake.clear_requests()
    outcomes = [await service.renew(tenant, ALICE) for _ in range(50)]

    assert [o.renewed for o in outcomes[:3]] == [True, True, True]
    refused = outcomes[3:]
    assert {o.error for o in refused} == {renewed_recently(RENEW_INTERVAL_SECONDS)}
    assert not any(o.renewed for o in refused)
    assert len(jira_calls(fake, "PUT")) == 3
    assert len(await person_keys(db, tenant.client_key, ALICE)) == 4
    unchanged = await service.status(tenant, ALICE)
    assert refused[-1].status == unchanged

    clock.advance(RENEW_INTERVAL_SECONDS - 1)
    assert (await service.renew(tenant, ALICE)).error == renewed_recently(1)
    clock.advance(1)
    assert (await service.renew(tenant, ALICE)).renewed
    assert (await service.renew(tenant, ALICE)).error == renewed_recently(RENEW_INTERVAL_SECONDS)
    # Another person's allowance is their own.
    assert (await service.link(tenant, BOB, ACCOUNT, PASSWORD)).ok
    assert (await service.renew(tenant, BOB)).renewed


async def test_renew_flood_through_several_workers_shares_one_allowance(
    service: LinkService, make_service: MakeService, tenant: Tenant, fake: FakeJira
) -> None:
    other_worker = await make_service(restart=True)
    assert (await service.link(tenant, ALICE, ACCOUNT, PASSWORD)).ok
    fake.clear_requests()
    outcomes = await asyncio.gather(
        *((service if i % 2 else other_worker).renew(tenant, ALICE) for i in range(8))
    )
    assert sum(o.renewed for o in outcomes) <= 3
    assert len(jira_calls(fake, "PUT")) <= 3


async def test_revoked_key_rows_pile_up_no_longer_than_the_retention(
    make_service: MakeService, tenant: Tenant, account: str, db: Database, clock: Clock
) -> None:
    day = 86_400.0
    service = await make_service(key_retention=10 * day)
    assert (await service.link(tenant, ALICE, ACCOUNT, PASSWORD)).ok
    assert (await service.renew(tenant, ALICE)).renewed  # the first key is revoked now
    clock.advance(5 * day)
    assert (await service.renew(tenant, ALICE)).renewed  # the second one now
    table = ApiKeyTable(db)
    assert [r.state for r in await table.listing()] == ["revoked", "revoked", "active"]

    clock.advance(5 * day + 1)
    await service.sweep()
    assert [r.state for r in await table.listing()] == ["revoked", "active"]  # kept 10 days
    clock.advance(5 * day)
    await service.sweep()
    assert [r.state for r in await table.listing()] == ["active"]
    # An active key is kept until it has been expired for the retention period:
    # it expires 35 days after the start, so it goes 45 days after it.
    clock.advance(29 * day)
    await service.sweep()
    assert [r.state for r in await table.listing()] == ["active"]
    clock.advance(day)
    await service.sweep()
    assert await table.listing() == []


# --------------------------------------------------------------------------- guessing


async def test_rotating_jira_identities_cannot_beat_the_account_guess_rate(
    service: LinkService, tenant: Tenant, clock: Clock, argon: CountingArgon2
) -> None:
    """One guess per second from a new Jira identity each time, for ten minutes."""
    checked = 0
    for i in range(600):
        outcome = await service.link(tenant, f"557058:rotating-{i}", ACCOUNT, WRONG_PASSWORD)
        if outcome.error == WRONG_CREDENTIALS:
            checked += 1
        else:
            assert outcome.error is not None
            assert outcome.error.startswith("This service account has had many failed logins")
        clock.advance(1)
    assert checked == argon.verify_calls
    assert checked <= ACCOUNT_FREE_FAILURES + 600 / ACCOUNT_SPACING_SECONDS + 1


async def test_guessing_at_an_account_never_locks_its_owner_out(
    service: LinkService, tenant: Tenant, clock: Clock
) -> None:
    assert (await service.link(tenant, ALICE, ACCOUNT, PASSWORD)).ok  # Alice owns the account
    for i in range(200):
        await service.link(tenant, f"557058:attacker-{i}", ACCOUNT, WRONG_PASSWORD)
    # A stranger's first link waits, and is told why...
    first_time = await service.link(tenant, BOB, ACCOUNT, PASSWORD)
    assert first_time.error == account_paused(ACCOUNT_SPACING_SECONDS)
    # ...but the owner's right password works at once, again and again.
    for _ in range(3):
        outcome = await service.link(tenant, ALICE, ACCOUNT, PASSWORD)
        assert outcome.ok, outcome.error


async def test_guessing_random_usernames_is_counted_and_locks_the_guesser(
    service: LinkService, tenant: Tenant, argon: CountingArgon2
) -> None:
    errors = [
        (await service.link(tenant, ALICE, f"nobody-{i}", WRONG_PASSWORD)).error for i in range(30)
    ]
    # The failure that reaches the limit already answers with the wait, as for one account.
    last_free = MAX_PERSON_FAILURES - 1
    assert errors[:last_free] == [WRONG_CREDENTIALS] * last_free
    assert all(e is not None and e.startswith("Too many attempts.") for e in errors[last_free:])
    assert argon.verify_calls == MAX_PERSON_FAILURES
    # Someone else on the same site is not touched by it.
    assert (await service.link(tenant, BOB, ACCOUNT, PASSWORD)).ok


async def test_one_identity_flooding_logins_cannot_hold_the_hashing_slots(
    service: LinkService, tenant: Tenant, argon: CountingArgon2, db: Database
) -> None:
    """The flooder's first check stays stuck inside argon2; Bob's login must still finish."""
    release, stuck = threading.Event(), threading.Event()
    calls = 0
    lock = threading.Lock()

    def hold_the_first_check() -> None:
        nonlocal calls
        with lock:
            calls += 1
            first = calls == 1
        if first:
            stuck.set()
            assert release.wait(timeout=30)

    argon.on_verify = hold_the_first_check
    flood = [
        asyncio.create_task(service.link(tenant, ALICE, f"guess-{i}", WRONG_PASSWORD))
        for i in range(20)
    ]
    try:
        assert await asyncio.to_thread(stuck.wait, 30)
        for _ in range(10):
            await asyncio.sleep(0)  # not a wait for time: lets every flood task reach the gate
        refused = [task for task in flood if task.done()]
        # One checking, two queued behind it (not in front of anyone else); the rest busy.
        assert len(refused) == 20 - 3
        assert {task.result().error for task in refused} == {CHECKS_BUSY}

        bob = await asyncio.wait_for(service.link(tenant, BOB, ACCOUNT, PASSWORD), timeout=30)
        assert bob.ok, bob.error
        assert not stuck.is_set() or not release.is_set()  # the flooder's check is still held
    finally:
        release.set()
        await asyncio.gather(*flood)
    # A refused-as-busy attempt changed nothing: only the three checked ones were counted.
    rows = await db.fetchall("SELECT 1 FROM login_failures WHERE account_id = ?", (ALICE,))
    assert len(rows) == 3


async def test_check_gate_gives_each_caller_one_slot_and_refuses_past_the_queue() -> None:
    gate = CheckGate(slots=2, queue=1, per_caller=2)
    inside = asyncio.Event()
    leave = asyncio.Event()

    async def check(caller: str) -> None:
        async with gate.admit(caller):
            inside.set()
            await leave.wait()

    first = asyncio.create_task(check("mallory"))
    await inside.wait()
    second = asyncio.create_task(check("mallory"))
    await asyncio.sleep(0)
    with pytest.raises(CheckBusy):
        await check("mallory")  # over this caller's share
    third = asyncio.create_task(check("bob"))  # Bob gets the free slot, not Mallory's second
    await asyncio.sleep(0)
    with pytest.raises(CheckBusy):
        await check("carol")  # 2 slots + 1 queued: full
    assert gate.admitted == 3
    leave.set()
    await asyncio.gather(first, second, third)
    assert gate.admitted == 0
