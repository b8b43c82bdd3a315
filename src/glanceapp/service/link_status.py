"""Which state a person's link is in, read from their one active key and the time.

- `unlinked`: no active key;
- `linked`: an active key before its expiry warning;
- `expiring`: within `expiry_warning` of its expiry (the glance offers Renew);
- `expired`: past its expiry (the glance offers Connect again);
- `error`: the person's state is not known, never stored, only shown. On the
  glance's status partial (`LinkService.glance_status`) it means a person with
  no active key has an unconfirmed link and the site's Jira failed or refused
  when their property was read to settle it. Everywhere else the status comes
  from this app's own database and cannot be unknown: a person with an active
  key is linked whichever way a pending renew settles, and the Forge status
  call brings no user token to read the property with. The sign-in result uses
  `error` for a sign-in that failed before any state changed.

A key from a sign-in this app cannot re-check (`oidc`, `http`: no credential
generation) is renewed only within `reauth_after` of the person's last sign-in
(`linked_at`); after that `reconnect` is set and the glance offers Reconnect,
which signs in again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from glanceapp.storage.api_keys import ApiKeyRecord

LinkState = Literal["unlinked", "linked", "expiring", "expired", "error"]


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
class StatusRules:
    """The two durations the states depend on: the expiry warning and the re-sign-in limit."""

    expiry_warning: float
    reauth_after: float

    def of(self, record: ApiKeyRecord | None, now: float) -> LinkStatus:
        """The status a person with this active key (or none) is in at `now`."""
        if record is None:
            return LinkStatus("unlinked")
        expiring_at = record.expires_at - self.expiry_warning
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
            reconnect=self.reauth_due(record, now),
        )

    def reauth_due(self, record: ApiKeyRecord, now: float) -> bool:
        """A key this app cannot re-check, whose person last signed in too long ago."""
        return record.credential_generation is None and now >= record.linked_at + self.reauth_after
