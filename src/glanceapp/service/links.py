"""The link operations: link, renew, unlink, status, and recovery that converges on Jira.

Consistency rules:
- operations for one person are serialized (a lease in SQLite, shared by all workers);
- a key is created `pending`, its property is written to Jira, and only then is it
  activated, revoking any earlier key, in one transaction;
- a write Jira definitely refused is discarded; a write that may have landed
  (timeout, 5xx) stays pending until `sweep()` reads the property and activates the
  key if the property holds it, or discards it otherwise;
- unlink revokes first, then deletes the property, retrying the delete later if
  Jira is down; the person sees `unlinked` at once;
- a key carries the credential its account was proved under, and is created and
  activated only while that credential still holds (checked in the same
  transaction), so a password change or account removal beats any link or renew
  in flight;
- renews are limited per person (a burst, then one per interval), shared by all
  workers; one over the limit makes no key and no Jira call;
- a key from a sign-in this app cannot re-check (`oidc`, `http`: no credential
  generation) is renewed only within `reauth_after` of the person's last sign-in
  (`linked_at`); after that the glance offers Reconnect, which signs in again.
"""

from __future__ import annotations

import asyncio
import logging
import math
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Literal

from glanceapp.domain import Tenant
from glanceapp.jira.caller import PropertyCaller
from glanceapp.jira.errors import JiraError, JiraNotConfigured, JiraRejected
from glanceapp.keyring import Keyring
from glanceapp.service.accounts import CheckUnavailable, Credential, CredentialChecker
from glanceapp.service.apikeys import (
    api_key_from_property,
    key_mac,
    key_macs,
    looks_like_api_key,
    new_api_key,
    property_value,
)
from glanceapp.service.throttle import (
    CheckBusy,
    CheckGate,
    LoginThrottle,
    Refusal,
    minutes_to_wait,
)
from glanceapp.storage.api_keys import CREDENTIAL_CHANGED_REASON, ApiKeyRecord, ApiKeyTable
from glanceapp.storage.db import Database
from glanceapp.storage.leases import PersonLeases
from glanceapp.storage.renew_limits import RenewBuckets
from glanceapp.storage.tenants import TenantStore

log = logging.getLogger(__name__)

LinkState = Literal["unlinked", "linked", "expiring", "expired", "error"]
LEASE_SECONDS = 60.0
LEASE_WAIT_SECONDS = 20.0
DELETE_RETRY_SECONDS = 60.0
MAX_DELETE_RETRY_SECONDS = 3600.0
RENEW_BURST = 3
RENEW_INTERVAL_SECONDS = 60.0
KEY_RETENTION_SECONDS = 90 * 86400.0

WRONG_CREDENTIALS = "Wrong username or password."
JIRA_UNREACHABLE = (
    "Jira could not be reached, so your link is not confirmed. Try again in a moment."
)
REVOKED_MEANWHILE = "Your link was cancelled while it was being made. Try again."
JIRA_REFUSED = "Jira refused to store the link, so nothing was changed."
BUSY = "Another change to your link is in progress. Try again in a moment."
CHECKS_BUSY = "The service is busy checking other logins. Try again in a moment."
REAUTH_NEEDED = "It has been a while since you signed in. Reconnect to keep your link."
CREDENTIALS_CHANGED = (
    "The service account's password changed, or the account was removed, "
    "while the link was being made. Log in again."
)


def too_many_attempts(seconds: float) -> str:
    minutes = minutes_to_wait(seconds)
    unit = "minute" if minutes == 1 else "minutes"
    return f"Too many attempts. Try again in {minutes} {unit}."


def _seconds(seconds: float) -> str:
    whole = max(1, math.ceil(round(seconds, 6)))
    return f"{whole} second{'' if whole == 1 else 's'}"


def account_paused(seconds: float) -> str:
    return (
        "This service account has had many failed logins, so linking to it for the "
        f"first time is paused. Try again in {_seconds(seconds)}."
    )


def renewed_recently(seconds: float) -> str:
    return f"Renewed recently — try again in {math.ceil(round(seconds, 6))} s."


def _refused(refusal: Refusal) -> str:
    if refusal.reason == "account":
        return account_paused(refusal.seconds)
    return too_many_attempts(refusal.seconds)


@dataclass(slots=True)
class _PersonLock:
    """This worker's lock for one person, kept while anyone holds or awaits it."""

    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    users: int = 0


@dataclass(frozen=True, slots=True)
class LinkStatus:
    state: LinkState
    account: str | None = None
    expires_at: float | None = None
    linked_at: float | None = None
    expiring_at: float | None = None
    message: str | None = None
    reconnect: bool = False
    """Renewing needs a fresh sign-in: the glance offers Reconnect instead of Renew."""


@dataclass(frozen=True, slots=True)
class LinkOutcome:
    """What a link attempt came to: `error` is a message the person can act on."""

    status: LinkStatus
    error: str | None = None
    renewed: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True, slots=True)
class SweepReport:
    activated: int = 0
    discarded: int = 0
    deleted: int = 0
    retry_later: int = 0


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
        self._db = db
        self._keyring = keyring
        self._tenants = tenants
        self._credentials = credentials
        self._jira = jira
        self._keys = ApiKeyTable(db)
        self._leases = PersonLeases(db)
        self._throttle = LoginThrottle(db)
        self._gate = check_gate or CheckGate()
        self._renewals = RenewBuckets(db, burst=renew_burst, interval=renew_interval)
        self._key_retention = key_retention
        self._property_key = property_key
        self._ttl = api_key_ttl
        self._warning = expiry_warning
        self._clock = clock
        self._sleep = sleep
        self._pending_grace = pending_grace
        self._reauth_after = api_key_ttl if reauth_after is None else reauth_after
        self._local: dict[tuple[str, str], _PersonLock] = {}

    @property
    def keys(self) -> ApiKeyTable:
        return self._keys

    @property
    def throttle(self) -> LoginThrottle:
        return self._throttle

    # -- status -----------------------------------------------------------------

    def _status_of(self, record: ApiKeyRecord | None, now: float) -> LinkStatus:
        if record is None:
            return LinkStatus("unlinked")
        expiring_at = record.expires_at - self._warning
        if now >= record.expires_at:
            state: LinkState = "expired"
        elif now >= expiring_at:
            state = "expiring"
        else:
            state = "linked"
        return LinkStatus(
            state,
            account=record.service_account,
            expires_at=record.expires_at,
            linked_at=record.linked_at,
            expiring_at=expiring_at,
            reconnect=self._reauth_due(record, now),
        )

    def _reauth_due(self, record: ApiKeyRecord, now: float) -> bool:
        """A key this app cannot re-check, whose person last signed in too long ago."""
        return record.credential_generation is None and now >= record.linked_at + self._reauth_after

    async def status(self, tenant: Tenant, account_id: str) -> LinkStatus:
        record = await self._keys.active_for(tenant.client_key, account_id)
        return self._status_of(record, self._clock())

    async def whoami(self, api_key: str) -> ApiKeyRecord | None:
        """The active, unexpired key record for a presented apiKey, else None."""
        if not looks_like_api_key(api_key):
            return None
        record = await self._keys.find_by_mac(key_macs(self._keyring, api_key))
        if record is None or record.state != "active" or self._clock() >= record.expires_at:
            return None
        tenant = await self._tenants.get(record.client_key)
        if tenant is None or not tenant.served:
            return None
        credential = Credential(record.service_account, record.credential_generation)
        if not await self._credentials.still_valid(credential):
            return None
        return record

    # -- serialization -----------------------------------------------------------

    @asynccontextmanager
    async def _person(
        self, tenant: Tenant, account_id: str, *, wait: bool = True
    ) -> AsyncIterator[bool]:
        """Hold the person's lease; yields False if it could not be had (wait=False or timeout)."""
        person = (tenant.client_key, account_id)
        entry = self._local.setdefault(person, _PersonLock())
        if not wait and entry.lock.locked():
            yield False
            return
        entry.users += 1
        try:
            async with entry.lock, self._leased(person, wait=wait) as acquired:
                yield acquired
        finally:
            entry.users -= 1
            if entry.users == 0:
                self._local.pop(person, None)

    @asynccontextmanager
    async def _leased(self, person: tuple[str, str], *, wait: bool) -> AsyncIterator[bool]:
        """The SQLite lease that serializes one person's operations across workers."""
        holder = secrets.token_hex(8)
        acquired = False
        delay = 0.05
        waited = 0.0
        while True:
            acquired = await self._leases.try_acquire(
                *person, holder, now=self._clock(), ttl=LEASE_SECONDS
            )
            if acquired or not wait or waited >= LEASE_WAIT_SECONDS:
                break
            await self._sleep(delay)
            waited += delay
            delay = min(delay * 2, 1.0)
        try:
            yield acquired
        finally:
            if acquired:
                await self._leases.release(*person, holder)

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
        async with self._person(tenant, account_id) as acquired:
            if not acquired:
                return LinkOutcome(await self.status(tenant, account_id), BUSY)
            now = self._clock()
            return await self._issue(tenant, account_id, credential, linked_at=now, jira=jira)

    async def renew(
        self, tenant: Tenant, account_id: str, *, jira: PropertyCaller | None = None
    ) -> LinkOutcome:
        async with self._person(tenant, account_id) as acquired:
            current = await self._keys.active_for(tenant.client_key, account_id)
            status = self._status_of(current, self._clock())
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
            cancelled = fresh is not None and fresh.revoked_reason == CREDENTIAL_CHANGED_REASON
            message = CREDENTIALS_CHANGED if cancelled else REVOKED_MEANWHILE
            return LinkOutcome(await self.status(tenant, account_id), message)
        return LinkOutcome(await self.status(tenant, account_id))

    async def unlink(
        self, tenant: Tenant, account_id: str, *, jira: PropertyCaller | None = None
    ) -> LinkOutcome:
        async with self._person(tenant, account_id) as acquired:
            if not acquired:
                return LinkOutcome(await self.status(tenant, account_id), BUSY)
            now = self._clock()
            async with self._db.transaction() as connection:
                cursor = await connection.execute(
                    """UPDATE api_keys SET state = 'revoked', revoked_at = ?, revoked_reason = 'unlinked'
                       WHERE client_key = ? AND account_id = ? AND state IN ('pending', 'active')""",
                    (now, tenant.client_key, account_id),
                )
                if cursor.rowcount == 0:
                    return LinkOutcome(LinkStatus("unlinked"))
                await connection.execute(
                    """INSERT INTO property_deletes
                           (client_key, account_id, property_key, created_at, attempts, next_attempt_at)
                       VALUES (?, ?, ?, ?, 0, ?)
                       ON CONFLICT DO UPDATE SET next_attempt_at = excluded.next_attempt_at""",
                    (tenant.client_key, account_id, self._property_key, now, now),
                )
            await self._try_delete(tenant, account_id, self._property_key, jira=jira)
        return LinkOutcome(LinkStatus("unlinked"))

    async def _try_delete(
        self,
        tenant: Tenant,
        account_id: str,
        property_key: str,
        *,
        jira: PropertyCaller | None = None,
    ) -> bool:
        try:
            await (jira or self._jira).delete_property(tenant, account_id, property_key)
        except JiraError as exc:
            now = self._clock()
            await self._db.execute(
                """UPDATE property_deletes SET attempts = attempts + 1,
                       next_attempt_at = ? + min(?, ? * (1 << min(attempts, 6)))
                   WHERE client_key = ? AND account_id = ? AND property_key = ?""",
                (
                    now,
                    MAX_DELETE_RETRY_SECONDS,
                    DELETE_RETRY_SECONDS,
                    tenant.client_key,
                    account_id,
                    property_key,
                ),
            )
            log.warning("property delete deferred (%s); will retry", type(exc).__name__)
            return False
        await self._db.execute(
            "DELETE FROM property_deletes WHERE client_key = ? AND account_id = ? AND property_key = ?",
            (tenant.client_key, account_id, property_key),
        )
        return True

    # -- recovery ----------------------------------------------------------------

    async def sweep(self) -> SweepReport:
        """Settle pending keys older than the Jira deadline and retry due property deletes.

        A site no Connect install serves any more (reached only through Forge) is left
        to `settle`: the app can call Jira there only with the person's own token.
        """
        activated = discarded = deleted = retry = 0
        now = self._clock()
        for record in await self._keys.pending_before(now - self._pending_grace):
            tenant = await self._tenants.get(record.client_key)
            if tenant is not None and tenant.state == "disabled" and tenant.shared_secret:
                retry += 1  # Jira refuses a disabled app; settle it once re-enabled
                continue
            if tenant is None or not tenant.served:
                await self._keys.discard_pending(record.id)
                discarded += 1
                continue
            if not tenant.connect_served:
                retry += 1  # settled on the person's next Forge call, with their token
                continue
            outcome = await self._settle_pending(tenant, record, self._jira)
            activated += outcome == "activated"
            discarded += outcome == "discarded"
            retry += outcome == "retry"
        rows = await self._db.fetchall(
            """SELECT client_key, account_id, property_key FROM property_deletes
               WHERE next_attempt_at <= ? ORDER BY next_attempt_at LIMIT 100""",
            (now,),
        )
        for row in rows:
            tenant = await self._tenants.get(row["client_key"])
            if tenant is not None and tenant.state == "disabled" and tenant.shared_secret:
                retry += 1
                continue
            if tenant is None or not tenant.served:
                await self._db.execute(
                    "DELETE FROM property_deletes WHERE client_key = ? AND account_id = ?",
                    (row["client_key"], row["account_id"]),
                )
                continue
            if not tenant.connect_served:
                retry += 1
                continue
            settled = await self._settle_delete(
                tenant, row["account_id"], row["property_key"], self._jira
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
            retry += outcome == "retry"
        rows = await self._db.fetchall(
            """SELECT property_key FROM property_deletes
               WHERE client_key = ? AND account_id = ? AND next_attempt_at <= ?""",
            (tenant.client_key, account_id, now),
        )
        for row in rows:
            settled = await self._settle_delete(tenant, account_id, row["property_key"], jira)
            deleted += settled == "deleted"
            retry += settled == "retry"
        return SweepReport(activated, discarded, deleted, retry)

    async def _settle_pending(
        self, tenant: Tenant, record: ApiKeyRecord, jira: PropertyCaller
    ) -> Literal["activated", "discarded", "retry", "done"]:
        """Activate a pending key if the property holds it, else discard it."""
        async with self._person(tenant, record.account_id, wait=False) as acquired:
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
                return "retry"
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
        async with self._person(tenant, account_id, wait=False) as acquired:
            if not acquired:
                return "retry"
            live = {
                found["state"]
                for found in await self._db.fetchall(
                    """SELECT DISTINCT state FROM api_keys WHERE client_key = ? AND account_id = ?
                       AND state IN ('pending', 'active')""",
                    (tenant.client_key, account_id),
                )
            }
            if "active" in live:
                await self._db.execute(
                    "DELETE FROM property_deletes WHERE client_key = ? AND account_id = ?",
                    (tenant.client_key, account_id),
                )
                return "done"
            if live:
                # Only an unconfirmed key: if it is activated, that drops this delete;
                # if it is discarded, the old property must still go. Decide after it.
                return "retry"
            if await self._try_delete(tenant, account_id, property_key, jira=jira):
                return "deleted"
            return "retry"
