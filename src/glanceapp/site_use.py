"""May we serve or call this site: the one rule, read from the site record.

A site is served by a Connect install (a sharedSecret, and a state of
`installed`, `enabled` or `disabled`) and/or by an installed Forge
installation (`forge_served`). What follows from that:

| site                                | Connect requests | lifecycle | signs as app | background calls | links honoured | links kept |
|-------------------------------------|------------------|-----------|--------------|------------------|----------------|------------|
| unknown                             | no               | no        | no           | no               | no             | no         |
| Connect installed or enabled        | yes              | yes       | yes          | yes              | yes            | yes        |
| Connect disabled                    | no               | yes       | yes          | no               | only via Forge | yes        |
| Connect uninstalled, Forge serves   | no               | no        | no           | no               | yes            | yes        |
| no host serves it                   | no               | no        | no           | no               | no             | no         |

- Connect requests: a context or request JWT from the site is honoured;
- lifecycle: its `enabled`/`disabled` callbacks are (a disabled app must be able
  to hear that it is enabled again);
- signs as app: the app holds the secret to sign a call to the site's Jira
  (Jira itself answers for a disabled app);
- background calls: the sweep calls the site's Jira as the app (never a disabled
  one: Jira refuses it, and its pending work waits until it is enabled again);
- links honoured: its people's apiKeys are valid (`/api/whoami`);
- links kept: unconfirmed keys and owed property deletes wait rather than
  being dropped.

Imports nothing of the app: `web`, `jira`, `service` and `storage` all ask here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

CONNECT_SERVING_STATES = ("installed", "enabled")
CONNECT_KNOWN_STATES = ("installed", "enabled", "disabled")


class SiteRecord(Protocol):
    """What the rule reads from a site (the tenant record)."""

    @property
    def state(self) -> str: ...
    @property
    def shared_secret(self) -> str | None: ...
    @property
    def forge_served(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class SiteUse:
    """What the app may do with one site; see the module's table."""

    connect_requests: bool = False
    lifecycle_requests: bool = False
    signs_as_app: bool = False
    background_calls: bool = False
    links_honoured: bool = False
    links_kept: bool = False

    def accepts_connect(self, *, allow_disabled: bool = False) -> bool:
        """Whether a Connect JWT from the site is honoured on a route (lifecycle: `allow_disabled`)."""
        return self.lifecycle_requests if allow_disabled else self.connect_requests


def site_use(site: SiteRecord | None) -> SiteUse:
    """The rule: what may be done with `site` (None: a site the app does not know)."""
    if site is None:
        return SiteUse()
    secret = bool(site.shared_secret)
    connect = secret and site.state in CONNECT_SERVING_STATES
    disabled = secret and site.state == "disabled"
    forge = bool(site.forge_served)
    return SiteUse(
        connect_requests=connect,
        lifecycle_requests=connect or disabled,
        signs_as_app=secret,
        background_calls=connect,
        links_honoured=connect or forge,
        links_kept=connect or disabled or forge,
    )
