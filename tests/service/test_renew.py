"""Renew at the service: a fresh key under the same sign-in, limited per person, and
refused when the sign-in behind a key this app cannot re-check is too old.

Every refusal keeps the person's status as it was, makes no key and no Jira call,
and never claims a renewal.
"""

from __future__ import annotations

from typing import Any

from glanceapp.domain import Tenant
from glanceapp.jira.client import JiraClient
from glanceapp.keyring import Keyring
from glanceapp.sandbox.fakejira import FakeJira
from glanceapp.service.accounts import Credential
from glanceapp.service.links import RENEW_BURST, RENEW_INTERVAL_SECONDS, LinkOutcome, LinkService
from glanceapp.storage.db import Database
from glanceapp.text import REAUTH_NEEDED, renewed_recently

from .support import (
    ACCOUNT,
    ALICE,
    DAY,
    PASSWORD,
    START,
    TTL,
    Clock,
    MakeJira,
    MakeService,
    held_api_key,
    jira_calls,
    person_keys,
)


class RecordingCaller:
    """A property caller that records which calls reached it, then passes them on."""

    def __init__(self, inner: JiraClient) -> None:
        self.inner = inner
        self.calls: list[str] = []

    async def get_property(self, tenant: Tenant, account_id: str, key: str) -> Any | None:
        self.calls.append("get")
        return await self.inner.get_property(tenant, account_id, key)

    async def put_property(self, tenant: Tenant, account_id: str, key: str, value: Any) -> None:
        self.calls.append("put")
        await self.inner.put_property(tenant, account_id, key, value)

    async def delete_property(self, tenant: Tenant, account_id: str, key: str) -> None:
        self.calls.append("delete")
        await self.inner.delete_property(tenant, account_id, key)


async def linked(service: LinkService, tenant: Tenant) -> None:
    assert (await service.link(tenant, ALICE, ACCOUNT, PASSWORD)).ok


async def test_renew_issues_a_fresh_key_and_says_so(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    fake: FakeJira,
    keyring: Keyring,
    clock: Clock,
) -> None:
    await linked(service, tenant)
    old_key = held_api_key(fake, keyring, tenant, ALICE)
    renewed_at = clock.advance(DAY)

    outcome = await service.renew(tenant, ALICE)

    assert outcome.renewed is True
    assert outcome.error is None
    assert outcome.status.state == "linked"
    assert outcome.status.expires_at == renewed_at + TTL
    assert outcome.status.linked_at == START  # the sign-in it rests on is still the first
    new_key = held_api_key(fake, keyring, tenant, ALICE)
    assert new_key not in (None, old_key)
    assert old_key is not None
    assert await service.whoami(old_key) is None
    assert new_key is not None
    assert await service.whoami(new_key) is not None


async def test_renew_uses_the_caller_it_is_given(
    service: LinkService, tenant: Tenant, fake: FakeJira, make_jira: MakeJira
) -> None:
    """A Forge call brings the person's own token: the write must go through it."""
    await linked(service, tenant)
    caller = RecordingCaller(make_jira())

    assert (await service.renew(tenant, ALICE, jira=caller)).renewed

    assert caller.calls == ["put"]


async def test_link_uses_the_caller_it_is_given(
    service: LinkService, tenant: Tenant, fake: FakeJira, make_jira: MakeJira
) -> None:
    caller = RecordingCaller(make_jira())

    assert (await service.link(tenant, ALICE, ACCOUNT, PASSWORD, jira=caller)).ok

    assert caller.calls == ["put"]


async def test_unlink_uses_the_caller_it_is_given(
    service: LinkService, tenant: Tenant, fake: FakeJira, make_jira: MakeJira
) -> None:
    await linked(service, tenant)
    caller = RecordingCaller(make_jira())

    assert (await service.unlink(tenant, ALICE, jira=caller)).status.state == "unlinked"

    assert caller.calls == ["delete"]


async def test_renews_past_the_burst_are_refused_until_one_has_refilled(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    fake: FakeJira,
    keyring: Keyring,
    clock: Clock,
) -> None:
    await linked(service, tenant)
    for _ in range(RENEW_BURST):
        assert (await service.renew(tenant, ALICE)).renewed
    before = await service.status(tenant, ALICE)
    held = held_api_key(fake, keyring, tenant, ALICE)
    keys_before = len(await person_keys(db, tenant.client_key, ALICE))
    fake.clear_requests()

    refused = await service.renew(tenant, ALICE)

    assert refused == LinkOutcome(before, renewed_recently(RENEW_INTERVAL_SECONDS))
    assert refused.renewed is False
    # Half a second short of a refill is still too soon.
    clock.advance(RENEW_INTERVAL_SECONDS - 0.5)
    assert (await service.renew(tenant, ALICE)).error == renewed_recently(0.5)
    assert len(await person_keys(db, tenant.client_key, ALICE)) == keys_before
    assert held_api_key(fake, keyring, tenant, ALICE) == held
    assert jira_calls(fake) == []

    clock.advance(0.5)
    assert (await service.renew(tenant, ALICE)).renewed


async def test_renew_of_a_key_whose_sign_in_is_too_old_asks_to_reconnect(
    make_service: MakeService,
    tenant: Tenant,
    account: str,
    db: Database,
    fake: FakeJira,
    keyring: Keyring,
    clock: Clock,
) -> None:
    """A provider's sign-in carries no credential this app can re-check: only a recent one
    may be stretched by a renew."""
    service = await make_service(reauth_after=7 * DAY)
    assert (await service.link_credential(tenant, ALICE, Credential(ACCOUNT, None))).ok
    clock.advance(7 * DAY - 1)
    assert (await service.renew(tenant, ALICE)).renewed
    clock.advance(1)
    before = await service.status(tenant, ALICE)
    assert before.reconnect is True
    held = held_api_key(fake, keyring, tenant, ALICE)
    fake.clear_requests()

    outcome = await service.renew(tenant, ALICE)

    assert outcome == LinkOutcome(before, REAUTH_NEEDED)
    assert held_api_key(fake, keyring, tenant, ALICE) == held
    assert jira_calls(fake) == []


async def test_a_key_with_a_credential_this_app_checks_never_asks_to_reconnect(
    make_service: MakeService, tenant: Tenant, account: str, clock: Clock
) -> None:
    service = await make_service(reauth_after=DAY)
    assert (await service.link(tenant, ALICE, ACCOUNT, PASSWORD)).ok
    clock.advance(2 * DAY)
    status = await service.status(tenant, ALICE)
    assert status.reconnect is False
    assert (await service.renew(tenant, ALICE)).renewed
