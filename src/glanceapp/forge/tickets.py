"""Sign-in tickets: how a Custom UI, which cannot open popups, hands a person to our page.

`POST /forge/link/start` (a verified FIT plus the person's user token) mints a
ticket; the Custom UI opens `/forge/link?ticket=…` with `router.open`. The ticket
is one-time, stored only as a keyed hash, bound to (installation, accountId), and
lives until the earlier of ten minutes and one minute before the user token's
`exp`: the token is what writes the property at the end, so a ticket must never
outlive it.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

TICKET_TTL = 600.0
USER_TOKEN_MARGIN = 60.0
TICKET_BYTES = 32
_TICKET = re.compile(r"^[A-Za-z0-9_-]{43}$")


def new_ticket() -> str:
    """A fresh ticket: 256 random bits, base64url."""
    return secrets.token_urlsafe(TICKET_BYTES)


def looks_like_ticket(text: str | None) -> bool:
    return text is not None and bool(_TICKET.fullmatch(text))


def ticket_digest(key: bytes, ticket: str) -> str:
    """What the database keeps instead of the ticket."""
    return hmac.new(key, ticket.encode("ascii"), hashlib.sha256).hexdigest()


def ticket_expiry(now: float, user_token_expires_at: int | None) -> float | None:
    """When a ticket minted `now` expires; None when the user token leaves it no time."""
    deadline = now + TICKET_TTL
    if user_token_expires_at is not None:
        deadline = min(deadline, user_token_expires_at - USER_TOKEN_MARGIN)
    return deadline if deadline > now else None
