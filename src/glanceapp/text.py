"""What the app says to people: every sentence a page, partial, notice or the browser shows.

One module, so a sentence has one spelling: the server renders each of these
itself (problems, notices, form errors, the Forge sign-in page's own errors),
and the few the browser must show without an answer from the server (the
network is down, the popup was blocked, Jira gave no token) reach it through a
`<template>` the server renders into every page (`partials/browser_text.html`),
never through a copy in `static/app.js`; the Forge shell's page gets the same
`<template>` at build time (`tools/build_forge_ui.py`). Templates read this
module as the global `text`.

Pure: constants, and a few functions that put a number into a sentence; it
imports nothing from the app, so every layer may read it.
"""

from __future__ import annotations

import math
from types import MappingProxyType

# The 401 body for htmx requests: the token cannot be trusted, only a reload helps.
RELOAD = "Your Jira session has expired or could not be verified. Reload the issue to continue."

# Answers that leave the region as it was and raise a notice (#app-notice).
TOO_LARGE = "That was too large to send. Shorten what you entered and try again."
INVALID = "The app could not handle that request. Reload the issue and try again."
SERVER_FAULT = "Something went wrong on our side. Try again in a moment."

# The status partial's own words when it has nothing more precise to say.
STATUS_UNAVAILABLE = "The link status could not be loaded."
# A viewer Jira did not sign in (both hosts' glances say it).
ANONYMOUS = "Linking needs a signed-in Jira user. Log in to Jira to link your account."

# The sign-in forms (the Connect popup and the Forge sign-in page).
MISSING_FIELDS = "Enter your username and password."

# What a link, renew or unlink may answer (the login form's alert, or a notice).
WRONG_CREDENTIALS = "Wrong username or password."
JIRA_UNREACHABLE = (
    "Jira could not be reached, so your link is not confirmed. Try again in a moment."
)
REVOKED_MEANWHILE = "Your link was cancelled while it was being made. Try again."
JIRA_REFUSED = "Jira refused to store the link, so nothing was changed."
BUSY = "Another change to your link is in progress. Try again in a moment."
CHECKS_BUSY = "The service is busy checking other logins. Try again in a moment."
REAUTH_NEEDED = "It has been a while since you signed in. Reconnect to keep your link."
STATUS_UNKNOWN = "Jira did not answer whether your last link went through. Try again in a moment."
CREDENTIALS_CHANGED = (
    "The service account's password changed, or the account was removed, "
    "while the link was being made. Log in again."
)

# The team's own sign-in endpoint (`GLANCEAPP_SIGN_IN=http`) failing.
CHECK_UNREACHABLE = (
    "The sign-in service could not be reached, so nothing was changed. Try again in a moment."
)
CHECK_NO_ANSWER = (
    "The sign-in service did not give a usable answer, so nothing was changed. "
    "Try again later, or tell the person who runs this app."
)

# The OpenID Connect sign-in (`GLANCEAPP_SIGN_IN=oidc`).
PROVIDER_UNAVAILABLE = (
    "The sign-in provider cannot be reached right now, so nothing was changed. "
    "Try again in a moment."
)
PROVIDER_FLOW_GONE = (
    "This sign-in has expired or was already used. Start again from the issue in Jira."
)
PROVIDER_REFUSED = "The sign-in provider's answer could not be accepted, so nothing was changed."
PROVIDER_CANCELLED = "The sign-in was cancelled or refused by the provider, so nothing was changed."
PROVIDER_NO_ACCOUNT = (
    "The sign-in provider did not say which account you have, so nothing was changed."
)
PROVIDER_NOT_ALLOWED = (
    "Your account at the sign-in provider is not allowed to link, so nothing was changed."
)
USE_PROVIDER = "This app signs you in through your team's provider: use Continue to sign in."

# After a link made outside the issue (the Forge tab, the provider's callback).
RETURN_TO_ISSUE = "Return to the issue in Jira: it shows the new link by itself."

# The Forge sign-in page's own errors (no form follows them).
TICKET_GONE = (
    "This sign-in link has expired or was already used. Start again from the issue in Jira."
)
FORM_EXPIRED = "This form could not be verified. Start again from the issue in Jira."
SIGN_IN_REFUSED = (
    "Jira no longer accepts this sign-in, so nothing was changed. "
    "Start again from the issue in Jira."
)

# Failures no server answer can carry; the browser reads them from the page.
NO_SESSION = "Jira did not provide a session for this request. Reload the issue and try again."
OPENER_GONE = "This window lost its issue. Close it and press Connect on the issue again."
POPUP_BLOCKED = (
    "Your browser blocked the sign-in window. Allow pop-ups for this page and try again."
)
NETWORK = "The app could not be reached. Check your connection and try again."

BROWSER = MappingProxyType(
    {
        "no-session": NO_SESSION,
        "opener-gone": OPENER_GONE,
        "popup-blocked": POPUP_BLOCKED,
        "network": NETWORK,
        # An answer that arrives without a rendered notice (a refusal made
        # before routing, such as the body limit's 413): said by its status.
        "too-large": TOO_LARGE,
        "client": INVALID,
        "server": SERVER_FAULT,
    }
)
"""What `static/app.js` may say by itself, by the key it asks for."""

# Only the Forge shell says these: it is static, so it cannot receive a notice.
DECLINED = "The sign-in page was not opened. Press Connect to try again."
UNKNOWN_ANSWER = (
    "The app answered with something this panel cannot show. Reload the issue and try again."
)

FORGE_SHELL = MappingProxyType(
    {
        "anonymous": ANONYMOUS,
        "reload": NO_SESSION,
        "network": NETWORK,
        "server": SERVER_FAULT,
        "client": INVALID,
        "declined": DECLINED,
        "unknown": UNKNOWN_ANSWER,
    }
)
"""What the Forge Custom UI shell (`forge/src/glance.js`) says, written into its page at build."""


def for_status(status_code: int) -> str:
    """The notice for an error answer that has no more precise message."""
    if status_code == 401:
        return RELOAD
    if status_code == 413:
        return TOO_LARGE
    return SERVER_FAULT if status_code >= 500 else INVALID


def too_many_attempts(minutes: int) -> str:
    """The lockout's answer, `minutes` already rounded up to whole minutes (at least 1)."""
    unit = "minute" if minutes == 1 else "minutes"
    return f"Too many attempts. Try again in {minutes} {unit}."


def account_paused(seconds: float) -> str:
    """The answer while a service account's first-time links are paused."""
    whole = max(1, math.ceil(round(seconds, 6)))
    return (
        "This service account has had many failed logins, so linking to it for the "
        f"first time is paused. Try again in {whole} second{'' if whole == 1 else 's'}."
    )


def renewed_recently(seconds: float) -> str:
    """The renew limit's answer: the whole seconds until the next renew is allowed."""
    return f"Renewed recently — try again in {math.ceil(round(seconds, 6))} s."
