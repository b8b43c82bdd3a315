"""Records every layer speaks of, below both `storage/` and `jira/`: the site and its times.

A `Tenant` is what storage reads and writes and what the Jira client calls: it
lives here so the Jira client never imports storage, and storage never imports
the Jira client. Pure: the standard library only, no I/O.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Literal

from glanceapp.site_use import site_use

TenantState = Literal["installed", "enabled", "disabled", "uninstalled"]


@dataclass(frozen=True, slots=True)
class Tenant:
    """An installed Jira site: where to call it, how to sign for it, and whether it is served."""

    client_key: str
    base_url: str
    state: TenantState
    display_url: str | None = None
    oauth_client_id: str | None = None
    product_type: str | None = None
    shared_secret: str | None = field(default=None, repr=False)
    installed_at: float = 0.0
    updated_at: float = 0.0
    forge_served: bool = False
    """Whether an installed Forge installation serves this site (see storage.forge)."""
    cloud_id: str | None = None

    @property
    def connect_served(self) -> bool:
        """Whether a live Connect install serves the site (see glanceapp.site_use)."""
        return site_use(self).background_calls

    @property
    def served(self) -> bool:
        """Whether any host still serves the site: its people's links stay valid."""
        return site_use(self).links_honoured


def iso_utc(epoch: float) -> str:
    """A moment as ISO 8601 UTC to the second (`2026-12-29T08:00:00Z`): logs, API, listings."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))
