"""The glance's status: a link left unconfirmed is settled as it is read, and when the
site's Jira will not show the property, the answer is `error`, never a guess.
"""

from __future__ import annotations

from typing import Any

from glanceapp.domain import Tenant
from glanceapp.jira.client import JiraClient
from glanceapp.jira.errors import JiraUnavailable
from glanceapp.keyring import Keyring
from glanceapp.sandbox.fakejira import FakeJira
from glanceapp.service.links import LinkService, LinkStatus
from glanceapp.storage.api_keys import ApiKeyTable
from glanceapp.storage.db import Database
from glanceapp.storage.tenants import TenantStore
from glanceapp.text import STATUS_UNKNOWN

from .support import (
    ACCOUNT,
    ALICE,
    PASSWORD,
    PENDING_GRACE,
    PROPERTY_PATH,
    START,
    TTL,
    Clock,
    MakeJira,
    MakeService,
    jira_calls,
    pending_key,
    person_keys,
)


async def test_without_unfinished_business_the_glance_reads_only_the_database(
    service: LinkService, tenant: Tenant, fake: FakeJira
) -> None:
    assert await service.glance_status(tenant, ALICE) == LinkStatus("unlinked")
    assert (await service.link(tenant, ALICE, ACCOUNT, PASSWORD)).ok
    fake.clear_requests()
    assert await service.glance_status(tenant, ALICE) == await service.status(tenant, ALICE)
    assert jira_calls(fake) == []


async def test_a_link_still_within_its_grace_is_not_judged_yet(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    keyring: Keyring,
    fake: FakeJira,
    clock: Clock,
) -> None:
    await pending_key(db, keyring, fake, tenant, ALICE)
    clock.advance(PENDING_GRACE - 1)
    assert await service.glance_status(tenant, ALICE) == LinkStatus("unlinked")
    assert jira_calls(fake) == []


async def test_a_link_that_landed_shows_as_linked_once_its_grace_is_over(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    keyring: Keyring,
    fake: FakeJira,
    clock: Clock,
) -> None:
    key_id = await pending_key(db, keyring, fake, tenant, ALICE)
    clock.advance(PENDING_GRACE + 1)

    status = await service.glance_status(tenant, ALICE)

    assert status.state == "linked"
    assert status.expires_at == START + TTL
    record = await ApiKeyTable(db).get(key_id)
    assert record is not None
    assert record.state == "active"


async def test_a_link_that_never_landed_shows_as_unlinked(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    keyring: Keyring,
    fake: FakeJira,
    clock: Clock,
) -> None:
    await pending_key(db, keyring, fake, tenant, ALICE, landed=False)
    clock.advance(PENDING_GRACE + 1)
    assert await service.glance_status(tenant, ALICE) == LinkStatus("unlinked")
    assert await person_keys(db, tenant.client_key, ALICE) == []


async def test_when_jira_will_not_show_the_property_the_state_is_error(
    service: LinkService,
    tenant: Tenant,
    db: Database,
    keyring: Keyring,
    fake: FakeJira,
    clock: Clock,
) -> None:
    await pending_key(db, keyring, fake, tenant, ALICE)
    clock.advance(PENDING_GRACE + 1)
    fake.inject("GET", PROPERTY_PATH, status=503, times=1000)

    assert await service.glance_status(tenant, ALICE) == LinkStatus("error", message=STATUS_UNKNOWN)
    assert [r.state for r in await person_keys(db, tenant.client_key, ALICE)] == ["pending"]

    fake.clear_faults()
    assert (await service.glance_status(tenant, ALICE)).state == "linked"


async def test_a_disabled_site_shows_what_the_database_holds(
    service: LinkService,
    tenant: Tenant,
    tenants: TenantStore,
    db: Database,
    keyring: Keyring,
    fake: FakeJira,
    clock: Clock,
) -> None:
    """Jira refuses a disabled app: the status is read without calling it."""
    await pending_key(db, keyring, fake, tenant, ALICE)
    assert await tenants.set_enabled(tenant.client_key, False, now=START)
    disabled = await tenants.load(tenant.client_key)
    assert disabled is not None
    clock.advance(PENDING_GRACE + 1)
    fake.clear_requests()

    assert await service.glance_status(disabled, ALICE) == LinkStatus("unlinked")
    assert jira_calls(fake) == []
    assert [r.state for r in await person_keys(db, tenant.client_key, ALICE)] == ["pending"]


class FirstReadFails(JiraClient):
    """Jira fails the first property read, then answers."""

    reads = 0

    async def get_property(self, tenant: Tenant, account_id: str, key: str) -> Any | None:
        self.reads += 1
        if self.reads == 1:
            raise JiraUnavailable("Jira did not answer")
        return await super().get_property(tenant, account_id, key)


async def test_one_unanswered_read_leaves_the_state_unknown_whatever_else_settles(
    make_service: MakeService,
    make_jira: MakeJira,
    tenant: Tenant,
    account: str,
    db: Database,
    keyring: Keyring,
    fake: FakeJira,
    clock: Clock,
) -> None:
    unknown = await pending_key(
        db, keyring, fake, tenant, ALICE, created_at=START - 1, landed=False
    )
    await pending_key(db, keyring, fake, tenant, ALICE, created_at=START, landed=False)
    service = await make_service(make_jira(FirstReadFails))
    clock.advance(PENDING_GRACE + 1)

    assert await service.glance_status(tenant, ALICE) == LinkStatus("error", message=STATUS_UNKNOWN)
    assert [r.id for r in await person_keys(db, tenant.client_key, ALICE)] == [unknown]


async def test_a_later_link_that_landed_answers_even_if_an_earlier_read_failed(
    make_service: MakeService,
    make_jira: MakeJira,
    tenant: Tenant,
    account: str,
    db: Database,
    keyring: Keyring,
    fake: FakeJira,
    clock: Clock,
) -> None:
    await pending_key(db, keyring, fake, tenant, ALICE, created_at=START - 1, landed=False)
    await pending_key(db, keyring, fake, tenant, ALICE, created_at=START)
    service = await make_service(make_jira(FirstReadFails))
    clock.advance(PENDING_GRACE + 1)

    assert (await service.glance_status(tenant, ALICE)).state == "linked"
    states = sorted(r.state for r in await person_keys(db, tenant.client_key, ALICE))
    assert states == ["active", "revoked"]
