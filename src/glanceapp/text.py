"""What the app says to people: every sentence a page, partial, notice or the browser shows.

One module, so a sentence has one spelling: the server renders each of these
itself (problems, notices, form errors, the Forge sign-in page's own errors),
and the few the browser must show without an answer from the server (the
network is down, the popup was blocked, Jira gave no token) reach it through a
`<template>` the server renders into every page (`partials/browser_text.html`),
never through a copy in `static/app.js`; the Forge shell's page gets the same
`<template>` at build time (`tools/build_forge_ui.py`). Templates read this
module as the global `text`.

Pure constants: it imports nothing from the app, so every layer may read it.
"""

from __future__ import annotations

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
