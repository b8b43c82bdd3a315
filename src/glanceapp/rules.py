"""The input rules every door shares: account names, URLs, host names, ports.

Settings, the install handler, the sandbox runner and the CLI each take some of
these from outside; the rule for what is acceptable lives here once, and each
caller keeps its own wording for the person it answers (an operator's setting,
a Jira install body), so the messages people see do not change with the rule's
home. Pure: the standard library only, no I/O, importable from every layer.
"""

from __future__ import annotations

import enum
import ipaddress
import re
from urllib.parse import urlsplit

# Account names

MAX_NAME_LENGTH = 128
"""The longest account name any sign-in form or stored account may have."""

NEW_NAME_FORM = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")
"""A new service account's name: typed into the sign-in form, printed in
tab-separated listings and logs, possibly an e-mail address; no spaces, quotes,
control or shell characters. Accounts made before this rule keep working."""

NEW_NAME_RULE = (
    "1 to 64 characters: letters, digits, '.', '_', '@' or '-', starting with a letter or digit"
)


def is_new_name(name: str) -> bool:
    """Whether `name` may be given to a new account (NEW_NAME_RULE)."""
    return NEW_NAME_FORM.fullmatch(name) is not None


# Ports

MIN_PORT = 0
"""Port 0 asks the system for any free port."""
MAX_PORT = 65535


class RuleError(ValueError):
    """Raised when a value breaks a rule here; the message says what is wrong, never the caller."""


def parse_port(text: str) -> int:
    """A TCP port to listen on, from text such as an environment variable."""
    try:
        port = int(text.strip())
    except ValueError:
        raise RuleError(f"{text!r} is not a whole number") from None
    if not MIN_PORT <= port <= MAX_PORT:
        raise RuleError(f"must be between {MIN_PORT} and {MAX_PORT}")
    return port


# Host names

_HOSTNAME = re.compile(
    r"^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\.?$"
    r"|^[0-9a-f:.]+$",
    re.IGNORECASE,
)
_DNS_NAME = re.compile(
    r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"
)
MAX_HOSTNAME_LENGTH = 253


def valid_hostname(host: str) -> bool:
    """Letters, digits and hyphens in dot-separated labels (or an IP address literal)."""
    return bool(_HOSTNAME.match(host)) and len(host) <= MAX_HOSTNAME_LENGTH


def valid_host_pattern(pattern: str) -> bool:
    """A lower-case host name, or `*.` and a domain (any subdomain of it, not the domain itself)."""
    name = pattern[2:] if pattern.startswith("*.") else pattern
    return bool(_DNS_NAME.match(name)) and len(name) <= MAX_HOSTNAME_LENGTH


def is_loopback(host: str | None) -> bool:
    """`localhost` or a loopback address: where plain http cannot be overheard."""
    if host is None:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# URLs


class UrlFault(enum.Enum):
    """One way a URL can be wrong. Each caller chooses which it refuses and how it says so."""

    CONTROL = "spaces or control characters"
    MALFORMED = "not a URL (or a port out of range)"
    NOT_HTTP = "no http(s) scheme or no host"
    QUERY = "a query or a fragment"
    CREDENTIALS = "a user name or password"
    BAD_HOST = "a host that is not a valid host name"
    PATH = "a path"


def url_faults(text: str) -> frozenset[UrlFault]:
    """Everything wrong with `text` as an http(s) URL naming a host; empty when nothing is.

    `urlsplit` drops tabs and newlines silently, so they are looked for in the
    text itself: the stored text would keep them.
    """
    faults: set[UrlFault] = set()
    if not text.isprintable() or any(c.isspace() for c in text):
        faults.add(UrlFault.CONTROL)
    try:
        parts = urlsplit(text)
        _ = parts.port
    except ValueError:
        return frozenset({*faults, UrlFault.MALFORMED})
    if parts.scheme not in ("http", "https") or not parts.hostname:
        faults.add(UrlFault.NOT_HTTP)
    if parts.query or parts.fragment:
        faults.add(UrlFault.QUERY)
    if parts.username or parts.password:
        faults.add(UrlFault.CREDENTIALS)
    if parts.hostname and not valid_hostname(parts.hostname):
        faults.add(UrlFault.BAD_HOST)
    if parts.path not in ("", "/"):
        faults.add(UrlFault.PATH)
    return frozenset(faults)
