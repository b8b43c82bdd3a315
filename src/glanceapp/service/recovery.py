"""What happens after a crash, or when Jira did not answer: recovery converges on Jira.

A key is created `pending`, its property written to Jira, and only then
activated. If the worker dies, or Jira times out or fails, in between, the key
stays pending; once it is older than `pending_grace`, `sweep` reads the
person's property: if it holds that key, the key is activated (revoking any
earlier one), otherwise it is discarded. A property delete Jira did not make
after an unlink is retried with a growing delay until it succeeds, unless a
newer key for the same person took its place.

`sweep` runs in the background for every site the app can call as itself
(a live Connect install). A site served only through Forge has no credential
for the background: `settle` does the same for one person, with the caller
their own call brought. A site no host serves any more has its unconfirmed
keys and owed deletes dropped. Each step holds the person's lease without
waiting, so recovery never races a link, renew or unlink in flight.
The sweep also prunes login failures, full renew buckets and retired keys.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from glanceapp.domain import Tenant
from glanceapp.jira.caller import PropertyCaller
from glanceapp.jira.errors import JiraError, JiraNotConfigured
from glanceapp.keyring import Keyring
from glanceapp.service.apikeys import api_key_from_property, key_macs
from glanceapp.service.lease import PersonLease
from glanceapp.service.throttle import LoginThrottle
from glanceapp.site_use import site_use
from glanceapp.storage.api_keys import ApiKeyRecord, ApiKeyTable
from glanceapp.storage.property_deletes import PropertyDeletes
from glanceapp.storage.renew_limits import RenewBuckets
from glanceapp.storage.tenants import TenantStore

log = logging.getLogger(__name__)

KEY_RETENTION_SECONDS = 90 * 86400.0


@dataclass(frozen=True, slots=True)
class SweepReport:
    activated: int = 0
    discarded: int = 0
    deleted: int = 0
    retry_later: int = 0


class Recovery:
    def __init__(
        self,
        *,
        keys: ApiKeyTable,
        deletes: PropertyDeletes,
        tenants: TenantStore,
        lease: PersonLease,
        throttle: LoginThrottle,
        renewals: RenewBuckets,
        keyring: Keyring,
        jira: PropertyCaller,
        property_key: str,
        clock: Callable[[], float],
        pending_grace: float,
        key_retention: float = KEY_RETENTION_SECONDS,
    ) -> None:
        self._keys = keys
        self._deletes = deletes
        self._tenants = tenants
        self._lease = lease
        self._throttle = throttle
        self._renewals = renewals
        self._keyring = keyring
        self._jira = jira
        self._property_key = property_key
        self._clock = clock
        self._pending_grace = pending_grace
        self._key_retention = key_retention

    async def sweep(self) -> SweepReport:
        """Settle pending keys older than the Jira deadline and retry due property deletes.

        A site no Connect install serves any more (reached only through Forge) is left
        to `settle`: the app can call Jira there only with the person's own token.
        """
        activated = discarded = deleted = retry = 0
        now = self._clock()
        for record in await self._keys.pending_before(now - self._pending_grace):
            tenant = await self._tenants.get(record.client_key)
            use = site_use(tenant)
            if not use.links_kept:
                await self._keys.discard_pending(record.id)
                discarded += 1
                continue
            if tenant is None or not use.background_calls:
                retry += 1  # a disabled app, or a site reached only through Forge: later
                continue
            outcome = await self._settle_pending(tenant, record, self._jira)
            activated += outcome == "activated"
            discarded += outcome == "discarded"
            retry += outcome in ("retry", "unreachable")
        for owed in await self._deletes.due(now=now):
            tenant = await self._tenants.get(owed.client_key)
            use = site_use(tenant)
            if not use.links_kept:
                await self._deletes.drop_person(owed.client_key, owed.account_id)
                continue
            if tenant is None or not use.background_calls:
                retry += 1
                continue
            settled = await self._settle_delete(
                tenant, owed.account_id, owed.property_key, self._jira
            )
            deleted += settled == "deleted"
            retry += settled == "retry"
        await self._throttle.prune(now=now)
        await self._renewals.prune(now=now)
        await self._keys.purge_retired(before=now - self._key_retention)
        return SweepReport(activated, discarded, deleted, retry)

    async def settle(self, tenant: Tenant, account_id: str, *, jira: PropertyCaller) -> SweepReport:
        """Recovery for one person, with a caller that can reach their property.

        A site reached only through Forge has no credential for the background sweep;
        each call that brings the person's user token settles what `sweep` left them.
        """
        activated = discarded = deleted = retry = 0
        now = self._clock()
        for record in await self._keys.pending_for(
            tenant.client_key, account_id, before=now - self._pending_grace
        ):
            outcome = await self._settle_pending(tenant, record, jira)
            activated += outcome == "activated"
            discarded += outcome == "discarded"
            retry += outcome in ("retry", "unreachable")
        for property_key in await self._deletes.due_for(tenant.client_key, account_id, now=now):
            settled = await self._settle_delete(tenant, account_id, property_key, jira)
            deleted += settled == "deleted"
            retry += settled == "retry"
        return SweepReport(activated, discarded, deleted, retry)

    async def confirm_pending(
        self, tenant: Tenant, account_id: str, *, jira: PropertyCaller
    ) -> Literal["none", "settled", "unknown"]:
        """Settle this person's due pending keys now, as their status is read.

        `unknown` when the site's Jira failed or refused to show their property:
        whether their last link landed is then not known, and their status with it.
        """
        outcome: Literal["none", "settled", "unknown"] = "none"
        now = self._clock()
        for record in await self._keys.pending_for(
            tenant.client_key, account_id, before=now - self._pending_grace
        ):
            if await self._settle_pending(tenant, record, jira) == "unreachable":
                outcome = "unknown"
            elif outcome == "none":
                outcome = "settled"
        return outcome

    async def try_delete(
        self, tenant: Tenant, account_id: str, property_key: str, *, jira: PropertyCaller
    ) -> bool:
        """Delete the property now; if Jira does not, leave the owed delete for later."""
        try:
            await jira.delete_property(tenant, account_id, property_key)
        except JiraError as exc:
            await self._deletes.deferred(
                tenant.client_key, account_id, property_key, now=self._clock()
            )
            log.warning("property delete deferred (%s); will retry", type(exc).__name__)
            return False
        await self._deletes.done(tenant.client_key, account_id, property_key)
        return True

    async def _settle_pending(
        self, tenant: Tenant, record: ApiKeyRecord, jira: PropertyCaller
    ) -> Literal["activated", "discarded", "retry", "unreachable", "done"]:
        """Activate a pending key if the property holds it, else discard it.

        `unreachable`: the site's Jira failed or refused to show the property, so
        whether the key landed is not known yet; `retry`: someone else holds the lease.
        """
        async with self._lease.hold((tenant.client_key, record.account_id), wait=False) as acquired:
            if not acquired:
                return "retry"
            fresh = await self._keys.get(record.id)
            if fresh is None or fresh.state != "pending":
                return "done"
            try:
                value = await jira.get_property(tenant, record.account_id, self._property_key)
            except JiraNotConfigured:
                await self._keys.discard_pending(record.id)  # nothing was ever sent
                return "discarded"
            except JiraError:
                return "unreachable"
            held = api_key_from_property(
                self._keyring,
                value,
                client_key=tenant.client_key,
                account_id=record.account_id,
                property_key=self._property_key,
            )
            holder = await self._keys.find_by_mac(key_macs(self._keyring, held)) if held else None
            if holder is not None and holder.id == record.id:
                if await self._keys.activate(record.id, self._clock()):
                    return "activated"
                return "discarded"  # its account's credential changed meanwhile
            await self._keys.discard_pending(record.id)
            return "discarded"

    async def _settle_delete(
        self, tenant: Tenant, account_id: str, property_key: str, jira: PropertyCaller
    ) -> Literal["deleted", "retry", "done"]:
        """Retry a property delete unless a newer key took its place."""
        async with self._lease.hold((tenant.client_key, account_id), wait=False) as acquired:
            if not acquired:
                return "retry"
            live = await self._keys.live_states(tenant.client_key, account_id)
            if "active" in live:
                await self._deletes.drop_person(tenant.client_key, account_id)
                return "done"
            if live:
                # Only an unconfirmed key: if it is activated, that drops this delete;
                # if it is discarded, the old property must still go. Decide after it.
                return "retry"
            if await self.try_delete(tenant, account_id, property_key, jira=jira):
                return "deleted"
            return "retry"
