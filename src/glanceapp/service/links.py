"""The link operations: link, renew and unlink, each for one person of one site.

Consistency rules:
- operations for one person are serialized by their lease (`service.lease`);
- a key is created `pending`, its property is written to Jira, and only then is it
  activated, revoking any earlier key, in one transaction;
- a write Jira definitely refused is discarded; a write that may have landed
  (timeout, 5xx) stays pending until recovery (`service.recovery`) reads the
  property and activates the key if the property holds it, or discards it;
- unlink revokes first, then deletes the property, leaving the delete to recovery
  if Jira is down; the person sees `unlinked` at once;
- a key carries the credential its account was proved under, and is created and
  activated only while that credential still holds (checked in the same
  transaction), so a password change or account removal beats any link or renew
  in flight;
- renews are limited per person (a burst, then one per interval), shared by all
  workers; one over the limit makes no key and no Jira call;
- which state a person is in, and when a renew needs a fresh sign-in, is
  `service.link_status`; whether a site is served at all is `glanceapp.site_use`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from glanceapp import text
from glanceapp.domain import Tenant
from glanceapp.jira.caller import PropertyCaller
from glanceapp.jira.errors import JiraError, JiraNotConfigured, JiraRejected
from glanceapp.keyring import Keyring
from glanceapp.service.accounts import CheckUnavailable, Credential, CredentialChecker
from glanceapp.service.apikeys import (
    key_mac,
    key_macs,
    looks_like_api_key,
    new_api_key,
    property_value,
)
from glanceapp.service.lease import LEASE_SECONDS, LEASE_WAIT_SECONDS, PersonLease
from glanceapp.service.link_status import LinkState, LinkStatus, StatusRules
from glanceapp.service.recovery import KEY_RETENTION_SECONDS, Recovery, SweepReport
from glanceapp.service.throttle import (
    CheckBusy,
    CheckGate,
    LoginThrottle,
    Refusal,
    minutes_to_wait,
)
from glanceapp.site_use import site_use
from glanceapp.storage.api_keys import CREDENTIAL_REASONS, ApiKeyRecord, ApiKeyTable
from glanceapp.storage.db import Database
from glanceapp.storage.property_deletes import PropertyDeletes
from glanceapp.storage.renew_limits import RenewBuckets
from glanceapp.storage.tenants import TenantStore
from glanceapp.text import (
    BUSY,
    CHECKS_BUSY,
    CREDENTIALS_CHANGED,
    JIRA_REFUSED,
    JIRA_UNREACHABLE,
    REAUTH_NEEDED,
    REVOKED_MEANWHILE,
    STATUS_UNKNOWN,
    WRONG_CREDENTIALS,
    account_paused,
    renewed_recently,
)

__all__ = [
    "LEASE_SECONDS",
    "LEASE_WAIT_SECONDS",
    "LinkOutcome",
    "LinkService",
    "LinkState",
    "LinkStatus",
    "SweepReport",
    "too_many_attempts",
]

log = logging.getLogger(__name__)

RENEW_BURST = 3
RENEW_INTERVAL_SECONDS = 60.0


def too_many_attempts(seconds: float) -> str:
    """The lockout's answer for a wait of `seconds`, in whole minutes."""
    return text.too_many_attempts(minutes_to_wait(seconds))


def _refused(refusal: Refusal) -> str:
    if refusal.reason == "account":
        return account_paused(refusal.seconds)
    return too_many_attempts(refusal.seconds)


@dataclass(frozen=True, slots=True)
class LinkOutcome:
    """What a link attempt came to: `error` is a message the person can act on."""

    status: LinkStatus
    error: str | None = None
    renewed: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None


class LinkService:
    def __init__(
        self,
        *,
        db: Database,
        keyring: Keyring,
        tenants: TenantStore,
        credentials: CredentialChecker,
        jira: PropertyCaller,
        property_key: str,
        api_key_ttl: float,
        expiry_warning: float,
        clock: Callable[[], float],
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        pending_grace: float = 30.0,
        renew_burst: int = RENEW_BURST,
        renew_interval: float = RENEW_INTERVAL_SECONDS,
        key_retention: float = KEY_RETENTION_SECONDS,
        check_gate: CheckGate | None = None,
        reauth_after: float | None = None,
    ) -> None:
        """`reauth_after`: how recent a sign-in must be to renew a key without a
        credential generation; None is the apiKey TTL."""
        self._keyring = keyring
        self._tenants = tenants
        self._credentials = credentials
        self._jira = jira
        self._keys = ApiKeyTable(db)
        self._lease = PersonLease(db, clock=clock, sleep=sleep)
        self._throttle = LoginThrottle(db)
        self._gate = check_gate or CheckGate()
        self._renewals = RenewBuckets(db, burst=renew_burst, interval=renew_interval)
        self._property_key = property_key
        self._ttl = api_key_ttl
        self._clock = clock
        self._rules = StatusRules(
            expiry_warning=expiry_warning,
            reauth_after=api_key_ttl if reauth_after is None else reauth_after,
        )
        self._recovery = Recovery(
            keys=self._keys,
            deletes=PropertyDeletes(db),
            tenants=tenants,
            lease=self._lease,
            throttle=self._throttle,
            renewals=self._renewals,
            keyring=keyring,
            jira=jira,
            property_key=property_key,
            clock=clock,
            pending_grace=pending_grace,
            key_retention=key_retention,
        )

    @property
    def keys(self) -> ApiKeyTable:
        return self._keys

    @property
    def throttle(self) -> LoginThrottle:
        return self._throttle

    @property
    def recovery(self) -> Recovery:
        return self._recovery

    # -- status -----------------------------------------------------------------

    async def status(self, tenant: Tenant, account_id: str) -> LinkStatus:
        record = await self._keys.active_for(tenant.client_key, account_id)
        return self._rules.of(record, self._clock())

    async def glance_status(self, tenant: Tenant, account_id: str) -> LinkStatus:
        """The status the glance shows: like `status`, but a person with no active key
        whose link was left unconfirmed (pending past the grace) has it settled now.

        If the site's Jira fails or refuses to show their property, and no other key
        of theirs settled as active, whether they are linked is unknown: the state is
        `error`, never a guess. A site the app cannot
        call as itself (disabled, or reached only through Forge, whose status call
        brings no user token) shows what the database holds.
        """
        status = await self.status(tenant, account_id)
        if status.state != "unlinked" or not site_use(tenant).background_calls:
            return status
        confirmed = await self._recovery.confirm_pending(tenant, account_id, jira=self._jira)
        if confirmed == "none":
            return status
        settled = await self.status(tenant, account_id)
        if confirmed == "unknown" and settled.state == "unlinked":
            return LinkStatus("error", message=STATUS_UNKNOWN)
        return settled  # a later link that did land answers for the person

    async def whoami(self, api_key: str) -> ApiKeyRecord | None:
        """The active, unexpired key record for a presented apiKey, else None."""
        if not looks_like_api_key(api_key):
            return None
        record = await self._keys.find_by_mac(key_macs(self._keyring, api_key))
        if record is None or record.state != "active" or self._clock() >= record.expires_at:
            return None
        if not site_use(await self._tenants.get(record.client_key)).links_honoured:
            return None
        credential = Credential(record.service_account, record.credential_generation)
        if not await self._credentials.still_valid(credential):
            return None
        return record

    # -- operations --------------------------------------------------------------

    async def link(
        self,
        tenant: Tenant,
        account_id: str,
        username: str,
        password: str,
        *,
        jira: PropertyCaller | None = None,
    ) -> LinkOutcome:
        """`jira`: how to reach this person's property when not the app's own client
        (a Forge call brings the person's token); the service never asks which host."""
        try:
            async with self._gate.admit((tenant.client_key, account_id)):
                owner = await self._keys.has_held(tenant.client_key, account_id, username)
                # Counted as a failure from here on, until the password proves right.
                refusal = await self._throttle.begin_attempt(
                    username, tenant.client_key, account_id, now=self._clock(), owner=owner
                )
                if refusal is not None:
                    return LinkOutcome(await self.status(tenant, account_id), _refused(refusal))
                credential = await self._credentials.verify(username, password)
        except CheckBusy:
            return LinkOutcome(await self.status(tenant, account_id), CHECKS_BUSY)
        except CheckUnavailable as exc:
            return LinkOutcome(await self.status(tenant, account_id), exc.message)
        if credential is None:
            now = self._clock()
            wait = await self._throttle.wait_seconds(
                username, tenant.client_key, account_id, now=now
            )
            message = too_many_attempts(wait) if wait > 0 else WRONG_CREDENTIALS
            return LinkOutcome(await self.status(tenant, account_id), message)
        await self._throttle.clear(username, tenant.client_key, account_id)
        return await self.link_credential(tenant, account_id, credential, jira=jira)

    async def link_credential(
        self,
        tenant: Tenant,
        account_id: str,
        credential: Credential,
        *,
        jira: PropertyCaller | None = None,
    ) -> LinkOutcome:
        """Link a person whose sign-in was already proved (a password, or a provider's ID token)."""
        async with self._lease.hold((tenant.client_key, account_id)) as acquired:
            if not acquired:
                return LinkOutcome(await self.status(tenant, account_id), BUSY)
            now = self._clock()
            return await self._issue(tenant, account_id, credential, linked_at=now, jira=jira)

    async def renew(
        self, tenant: Tenant, account_id: str, *, jira: PropertyCaller | None = None
    ) -> LinkOutcome:
        async with self._lease.hold((tenant.client_key, account_id)) as acquired:
            current = await self._keys.active_for(tenant.client_key, account_id)
            status = self._rules.of(current, self._clock())
            if current is None or status.state == "expired":
                return LinkOutcome(status)
            if not acquired:
                return LinkOutcome(status, BUSY)
            if status.reconnect:
                return LinkOutcome(status, REAUTH_NEEDED)
            wait = await self._renewals.take(tenant.client_key, account_id, now=self._clock())
            if wait > 0:
                return LinkOutcome(status, renewed_recently(wait))
            credential = Credential(current.service_account, current.credential_generation)
            outcome = await self._issue(
                tenant, account_id, credential, linked_at=current.linked_at, jira=jira
            )
            return LinkOutcome(outcome.status, renewed=True) if outcome.ok else outcome

    async def _issue(
        self,
        tenant: Tenant,
        account_id: str,
        credential: Credential,
        *,
        linked_at: float,
        jira: PropertyCaller | None,
    ) -> LinkOutcome:
        """Under the person's lease: pending key -> property PUT -> activate."""
        now = self._clock()
        api_key = new_api_key()
        expires_at = now + self._ttl
        account = credential.account
        key_id = await self._keys.create_pending(
            key_mac=key_mac(self._keyring, api_key),
            client_key=tenant.client_key,
            account_id=account_id,
            service_account=account,
            now=now,
            expires_at=expires_at,
            linked_at=linked_at,
            credential_generation=credential.generation,
        )
        if key_id is None:
            return LinkOutcome(await self.status(tenant, account_id), CREDENTIALS_CHANGED)
        value = property_value(
            self._keyring,
            api_key=api_key,
            account=account,
            expires_at=expires_at,
            linked_at=linked_at,
            client_key=tenant.client_key,
            account_id=account_id,
            property_key=self._property_key,
        )
        try:
            await (jira or self._jira).put_property(tenant, account_id, self._property_key, value)
        except (JiraRejected, JiraNotConfigured) as exc:
            await self._keys.discard_pending(key_id)
            log.warning("property write not made: %s (status %s)", type(exc).__name__, exc.status)
            return LinkOutcome(await self.status(tenant, account_id), JIRA_REFUSED)
        except JiraError as exc:
            log.warning(
                "property write not confirmed (%s); recovery will settle it", type(exc).__name__
            )
            return LinkOutcome(await self.status(tenant, account_id), JIRA_UNREACHABLE)
        if not await self._keys.activate(key_id, self._clock()):
            fresh = await self._keys.get(key_id)
            cancelled = fresh is not None and fresh.revoked_reason in CREDENTIAL_REASONS
            message = CREDENTIALS_CHANGED if cancelled else REVOKED_MEANWHILE
            return LinkOutcome(await self.status(tenant, account_id), message)
        return LinkOutcome(await self.status(tenant, account_id))

    async def unlink(
        self, tenant: Tenant, account_id: str, *, jira: PropertyCaller | None = None
    ) -> LinkOutcome:
        async with self._lease.hold((tenant.client_key, account_id)) as acquired:
            if not acquired:
                return LinkOutcome(await self.status(tenant, account_id), BUSY)
            if not await self._keys.unlink(
                tenant.client_key, account_id, self._property_key, now=self._clock()
            ):
                return LinkOutcome(LinkStatus("unlinked"))
            await self._recovery.try_delete(
                tenant, account_id, self._property_key, jira=jira or self._jira
            )
        return LinkOutcome(LinkStatus("unlinked"))

    # -- recovery (see service.recovery) ----------------------------------------

    async def sweep(self) -> SweepReport:
        """Settle what crashes and Jira's silences left, for every site the app can call."""
        return await self._recovery.sweep()

    async def settle(self, tenant: Tenant, account_id: str, *, jira: PropertyCaller) -> SweepReport:
        """Recovery for one person, with a caller that can reach their property."""
        return await self._recovery.settle(tenant, account_id, jira=jira)
