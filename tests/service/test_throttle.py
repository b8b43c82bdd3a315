"""Login protection through `LinkService.link`: lock per person, back off per account, unlock.

Failures are counted in SQLite, so a second service on its own connection (another
worker) sees the same lock. Time is the injected clock; nothing is slept: a
refusal is an answer at once.
"""

from __future__ import annotations

import asyncio

import pytest

from glanceapp.domain import Tenant
from glanceapp.sandbox.fakejira import FakeJira
from glanceapp.service.accounts import LocalAccounts
from glanceapp.service.links import LinkOutcome, LinkService
from glanceapp.service.throttle import (
    ACCOUNT_FREE_FAILURES,
    ACCOUNT_SPACING_SECONDS,
    MAX_FAILURES,
    WINDOW_SECONDS,
    CheckGate,
    minutes_to_wait,
)
from glanceapp.storage.db import Database
from glanceapp.text import WRONG_CREDENTIALS, account_paused

from .support import (
    ACCOUNT,
    ALICE,
    BOB,
    PASSWORD,
    START,
    Clock,
    CountingArgon2,
    MakeService,
    Sleeper,
    jira_calls,
)

WRONG_PASSWORD = "not the password at all"


@pytest.fixture
def jira_auth() -> str:
    """Login protection decides before Jira is called: one way of calling it is enough."""
    return "app"


async def fail(
    service: LinkService, tenant: Tenant, account_id: str = ALICE, username: str = ACCOUNT
) -> LinkOutcome:
    return await service.link(tenant, account_id, username, WRONG_PASSWORD)


async def succeed(service: LinkService, tenant: Tenant, account_id: str = ALICE) -> LinkOutcome:
    return await service.link(tenant, account_id, ACCOUNT, PASSWORD)


def try_again_in(minutes: int) -> str:
    unit = "minute" if minutes == 1 else "minutes"
    return f"Too many attempts. Try again in {minutes} {unit}."


async def test_five_failures_in_fifteen_minutes_lock_until_the_first_leaves_the_window(
    service: LinkService,
    tenant: Tenant,
    fake: FakeJira,
    clock: Clock,
    argon: CountingArgon2,
) -> None:
    errors = []
    for _ in range(MAX_FAILURES):
        errors.append((await fail(service, tenant)).error)
        clock.advance(60)
    # Failures at START + 0, 60, ..., 240 s; the fifth locks until START + 900 s.
    assert errors == [WRONG_CREDENTIALS] * 4 + [try_again_in(11)]

    argon.reset()
    locked = await succeed(service, tenant)  # at START + 300 s
    assert locked.error == try_again_in(10)
    assert locked.status.state == "unlinked"
    assert argon.verify_calls == 0  # a locked combination costs no hashing
    assert jira_calls(fake) == []

    clock.now = START + WINDOW_SECONDS - 61
    assert (await succeed(service, tenant)).error == try_again_in(2)
    clock.now = START + WINDOW_SECONDS - 60
    assert (await succeed(service, tenant)).error == try_again_in(1)
    clock.now = START + WINDOW_SECONDS - 1
    assert (await succeed(service, tenant)).error == try_again_in(1)
    clock.now = START + WINDOW_SECONDS
    outcome = await succeed(service, tenant)
    assert outcome.ok, outcome.error
    assert outcome.status.state == "linked"


async def test_failures_older_than_the_window_do_not_count(
    service: LinkService, tenant: Tenant, clock: Clock
) -> None:
    for _ in range(MAX_FAILURES - 1):
        assert (await fail(service, tenant)).error == WRONG_CREDENTIALS
    clock.advance(WINDOW_SECONDS)
    for _ in range(MAX_FAILURES - 1):
        assert (await fail(service, tenant)).error == WRONG_CREDENTIALS
    assert (await fail(service, tenant)).error == try_again_in(15)


async def test_success_clears_the_failures(service: LinkService, tenant: Tenant) -> None:
    for _ in range(MAX_FAILURES - 1):
        await fail(service, tenant)
    assert (await succeed(service, tenant)).ok
    for _ in range(MAX_FAILURES - 1):
        assert (await fail(service, tenant)).error == WRONG_CREDENTIALS
    assert (await fail(service, tenant)).error == try_again_in(15)


async def test_a_lock_holds_for_one_person_and_one_account_only(
    service: LinkService, tenant: Tenant, accounts: LocalAccounts, clock: Clock
) -> None:
    await accounts.add("bob", "bob's long enough password")
    for _ in range(MAX_FAILURES):
        await fail(service, tenant, ALICE)
    assert (await succeed(service, tenant, ALICE)).error is not None
    clock.advance(ACCOUNT_SPACING_SECONDS)  # past the account's own backoff (tested below)
    # Someone else trying the same service account is not locked out by Alice's guesses...
    assert (await succeed(service, tenant, BOB)).ok
    # ...and Alice may still use another service account.
    other = await service.link(tenant, ALICE, "bob", "bob's long enough password")
    assert other.ok, other.error


async def test_an_unknown_account_gets_the_same_answers_and_the_same_work(
    service: LinkService, tenant: Tenant, argon: CountingArgon2
) -> None:
    known, unknown = [], []
    for _ in range(MAX_FAILURES + 1):
        known.append((await fail(service, tenant, ALICE, ACCOUNT)).error)
    argon.reset()
    for _ in range(MAX_FAILURES + 1):
        unknown.append((await fail(service, tenant, ALICE, "nobody")).error)
    assert unknown == known
    assert known[0] == WRONG_CREDENTIALS
    assert argon.verify_calls == MAX_FAILURES


async def test_failures_across_people_space_first_time_links_but_never_the_owner(
    service: LinkService, tenant: Tenant, sleeper: Sleeper, clock: Clock
) -> None:
    assert (await succeed(service, tenant, ALICE)).ok  # Alice has held a key for the account
    for i in range(ACCOUNT_FREE_FAILURES):
        assert (await fail(service, tenant, f"557058:guess-{i}")).error == WRONG_CREDENTIALS

    # From now on, one attempt per spacing from people who never held a key, refused at once.
    assert (await fail(service, tenant, "557058:more-0")).error == account_paused(
        ACCOUNT_SPACING_SECONDS
    )
    assert (await succeed(service, tenant, BOB)).error == account_paused(ACCOUNT_SPACING_SECONDS)
    clock.advance(ACCOUNT_SPACING_SECONDS - 1)
    assert (await succeed(service, tenant, BOB)).error == account_paused(1)
    clock.advance(1)
    assert (await fail(service, tenant, "557058:more-1")).error == WRONG_CREDENTIALS
    assert (await succeed(service, tenant, BOB)).error == account_paused(ACCOUNT_SPACING_SECONDS)

    # The owner's right password works at any moment, and nothing was slept.
    outcome = await succeed(service, tenant, ALICE)
    assert outcome.ok, outcome.error
    assert sleeper.delays == []

    # Once the failures leave the window, first-time links go through again.
    clock.advance(WINDOW_SECONDS)
    assert (await succeed(service, tenant, BOB)).ok


async def test_unlock_clears_the_lock(service: LinkService, tenant: Tenant) -> None:
    for _ in range(MAX_FAILURES):
        await fail(service, tenant)
    assert (await succeed(service, tenant)).error == try_again_in(15)
    assert await service.throttle.unlock(ACCOUNT) == MAX_FAILURES
    outcome = await succeed(service, tenant)
    assert outcome.ok, outcome.error


async def test_every_worker_sees_the_same_lock(
    service: LinkService, make_service: MakeService, tenant: Tenant
) -> None:
    other_worker = await make_service(restart=True)
    for i in range(MAX_FAILURES):
        worker = service if i % 2 else other_worker
        await fail(worker, tenant)
    assert (await succeed(service, tenant)).error == try_again_in(15)
    assert (await succeed(other_worker, tenant)).error == try_again_in(15)


async def test_concurrent_guesses_get_no_more_than_five_tries(
    make_service: MakeService, tenant: Tenant, account: str, argon: CountingArgon2
) -> None:
    """Twenty guesses at once must not all be checked: the lock counts attempts as they start.

    The check gate (which would turn most of them away as busy) is made roomy here,
    so that the count alone is what stops them.
    """
    service = await make_service(check_gate=CheckGate(queue=20, per_caller=20))
    outcomes = await asyncio.gather(*(fail(service, tenant) for _ in range(20)))
    assert argon.verify_calls <= MAX_FAILURES
    errors = [o.error for o in outcomes]
    assert errors.count(WRONG_CREDENTIALS) <= MAX_FAILURES - 1
    assert all(e == WRONG_CREDENTIALS or e.startswith("Too many attempts.") for e in errors if e)
    assert (await succeed(service, tenant)).error == try_again_in(15)


async def test_the_sweep_forgets_failures_outside_the_window(
    service: LinkService, tenant: Tenant, db: Database, clock: Clock
) -> None:
    await fail(service, tenant)
    clock.advance(60)
    await fail(service, tenant, BOB)
    clock.advance(WINDOW_SECONDS - 30)
    await service.sweep()
    rows = await db.fetchall("SELECT account_id FROM login_failures")
    assert [row["account_id"] for row in rows] == [BOB]


@pytest.mark.parametrize(
    ("seconds", "minutes"), [(0.5, 1), (59, 1), (60, 1), (61, 2), (600, 10), (899, 15)]
)
def test_minutes_to_wait_rounds_up(seconds: float, minutes: int) -> None:
    assert minutes_to_wait(seconds) == minutes
