"""What templates see: plain values computed here, so templates only render.

A `View` pairs a template with its context; the builders below are the only
place a context is made, for handlers and the template preview alike.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

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


@dataclass(frozen=True, slots=True)
class View:
    """A template and the context it renders with: what a handler answers and the preview shows.

    Every handler and the template preview build their views with the functions
    below, so the preview renders exactly the markup a real answer carries.
    """

    template: str
    context: Mapping[str, Any] = field(default_factory=dict)


def status_partial(status: StatusView) -> View:
    """The glance's one region (GET /glance/status, renew, unlink, Forge's status)."""
    return View("partials/link_status.html", {"status": status})


def glance_page(status: StatusView, issue_key: str | None, project_key: str | None) -> View:
    return View(
        "pages/glance.html",
        {"status": status, "issue_key": issue_key, "project_key": project_key},
    )


def link_page() -> View:
    """The popup's empty shell."""
    return View("pages/link.html")


def login_form(username: str = "", error: str | None = None) -> View:
    """The popup's form, as GET /link/form first sends it."""
    return View("partials/login_form.html", {"username": username, "error": error})


def link_result(status: StatusView, error: str | None = None, username: str = "") -> View:
    """What POST /link answers: the new link, or the failure above the form again."""
    return View(
        "partials/link_result.html",
        {"status": status, "error": error, "username": "" if error is None else username},
    )


def oidc_start(error: str | None = None, *, redirecting: bool = False) -> View:
    """The `oidc` sign-in's start, in place of the login form."""
    if redirecting:
        return View("partials/oidc_start.html", {"redirecting": True})
    return View("partials/oidc_start.html", {"error": error})


def problem(message: str) -> View:
    """The 401 body for htmx requests, swapped where the answer would have gone."""
    return View("partials/problem.html", {"message": message})


def notice(message: str | None) -> View:
    """The page's notice region: empty and hidden in every page, filled by an error answer."""
    return View("partials/app_notice.html", {"message": message})


def browser_text() -> View:
    """The page's inert catalogue of what the browser may say by itself (`text.BROWSER`)."""
    return View("partials/browser_text.html")


def forge_link_page(
    *,
    ticket: str | None = None,
    csrf: str | None = None,
    error: str | None = None,
    username: str = "",
    result: StatusView | None = None,
    gone: str | None = None,
) -> View:
    """The Forge sign-in tab: the form, a failure above it, the new link, or its own error."""
    return View(
        "pages/forge_link.html",
        {
            "ticket": ticket,
            "csrf": csrf,
            "error": error,
            "username": username,
            "result": result,
            "gone": gone,
        },
    )


def oidc_redirect_page(provider_url: str) -> View:
    return View("pages/oidc_redirect.html", {"provider_url": provider_url})


def link_callback_page(
    result: StatusView | None = None, error: str | None = None, *, forge: bool = False
) -> View:
    """Back from the provider: the new link, or why there is none."""
    return View("pages/link_callback.html", {"result": result, "error": error, "forge": forge})
