"""What templates see: plain values computed here, so templates only render."""

from __future__ import annotations

import time
from dataclasses import dataclass

from glanceapp.domain import iso_utc
from glanceapp.service.links import LinkStatus


def duration_words(seconds: float) -> str:
    """Rounded to the nearest whole unit: 29 days 23 hours reads as 30 days."""
    seconds = abs(seconds)
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            count = round(seconds / size)
            return f"{count} {unit}{'' if count == 1 else 's'}"
    return "less than a minute"


def relative_words(target: float, now: float) -> str:
    delta = target - now
    words = duration_words(delta)
    return f"in {words}" if delta >= 0 else f"{words} ago"


@dataclass(frozen=True, slots=True)
class StatusView:
    state: str
    account: str | None = None
    expires_at: str | None = None
    expiring_at: str | None = None
    expires_in_words: str | None = None
    message: str | None = None
    anonymous: bool = False
    renewed_until: str | None = None
    reconnect: bool = False


def calendar_date(at: float) -> str:
    """A UTC date as people write it (`29 December 2026`), the same in every locale."""
    day = time.gmtime(at)
    return f"{day.tm_mday} {time.strftime('%B %Y', day)}"


def status_view(
    status: LinkStatus,
    now: float,
    *,
    message: str | None = None,
    anonymous: bool = False,
    renewed: bool = False,
) -> StatusView:
    """`renewed` acknowledges a renew that made a new key; the template announces it politely."""
    return StatusView(
        state=status.state,
        account=status.account,
        expires_at=iso_utc(status.expires_at) if status.expires_at is not None else None,
        expiring_at=iso_utc(status.expiring_at) if status.expiring_at is not None else None,
        expires_in_words=(
            relative_words(status.expires_at, now) if status.expires_at is not None else None
        ),
        message=message or status.message,
        anonymous=anonymous,
        renewed_until=(
            calendar_date(status.expires_at) if renewed and status.expires_at is not None else None
        ),
        reconnect=status.reconnect,
    )
