"""One exception tree for calls to Jira and to Atlassian's OAuth 2.0 server.

The split that matters to callers is whether a write may have landed:

- `JiraUnavailable` (and `OAuthUnavailable`): we do not know. A PUT that timed out
  or was answered 5xx may still have been applied; recovery must read Jira back.
- every other `JiraError`: Jira (or the OAuth server, or our own configuration)
  definitely refused, and nothing changed on the site.

Messages name the method, the path and the status, never a token or an assertion.
"""

from __future__ import annotations


class JiraError(Exception):
    """Base of every error raised by glanceapp.jira's REST client and token source."""

    status: int | None
    """The last HTTP status seen, or None when there was no answer at all."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class JiraUnavailable(JiraError):
    """Raised when Jira timed out, was unreachable, or was still 5xx/429 at the deadline."""

    # A write that ends here MAY have landed: the request may have been applied
    # before the answer was lost.


class JiraRejected(JiraError):
    """Raised when Jira definitely refused (a 4xx other than 429, or a 3xx): nothing changed."""

    status: int

    def __init__(self, message: str, *, status: int) -> None:
        super().__init__(message, status=status)


class JiraAuthError(JiraRejected):
    """Raised when Jira refused who we are or what we may do (401/403): secret, user or scope."""


class JiraNotConfigured(JiraError):
    """Raised when the tenant lacks the sharedSecret (or oauthClientId) a call needs."""


class OAuthError(JiraError):
    """Base of failures to get a bearer token from the OAuth 2.0 server; Jira was not called."""


class OAuthUnavailable(OAuthError, JiraUnavailable):
    """Raised when the OAuth server timed out, was unreachable, or answered 5xx/429 or garbage."""


class OAuthRejected(OAuthError, JiraAuthError):
    """Raised when the OAuth server refused the grant (4xx, e.g. `invalid_grant`)."""


class OAuthNotConfigured(OAuthError, JiraNotConfigured):
    """Raised when acting as a user for a tenant without an oauthClientId or sharedSecret."""
