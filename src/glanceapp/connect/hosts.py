"""Host allow-list matching for tenant base URLs."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

_HOSTNAME = re.compile(
    r"^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\.?$"
    r"|^[0-9a-f:.]+$",
    re.IGNORECASE,
)


def host_matches(host: str, pattern: str) -> bool:
    """`*.example.com` matches any subdomain (not the apex); other patterns match exactly."""
    host = host.lower().rstrip(".")
    pattern = pattern.lower()
    if pattern.startswith("*."):
        suffix = pattern[1:]
        return host.endswith(suffix) and len(host) > len(suffix)
    return host == pattern


def valid_hostname(host: str) -> bool:
    """Letters, digits and hyphens in dot-separated labels (or an IP address literal)."""
    return bool(_HOSTNAME.match(host)) and len(host) <= 253


def host_allowed(url: str, patterns: Iterable[str]) -> bool:
    """Whether `url` may be a tenant site: https on an allowed host, or http only on a listed one.

    "Listed" means named exactly (not through a wildcard): plain http is for
    local fakes and development, never for a wildcard of real sites.
    """
    if not url.isprintable() or any(c.isspace() for c in url):
        return False  # urlsplit drops tabs and newlines silently; the stored text would keep them
    try:
        parts = urlsplit(url)
        host = parts.hostname
        _ = parts.port
    except ValueError:
        return False
    if not host or parts.username or parts.password or not valid_hostname(host):
        return False
    patterns = list(patterns)
    if parts.scheme == "https":
        return any(host_matches(host, p) for p in patterns)
    if parts.scheme == "http":
        return any(not p.startswith("*.") and host_matches(host, p) for p in patterns)
    return False
