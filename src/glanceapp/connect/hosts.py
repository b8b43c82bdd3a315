"""Host allow-list matching for tenant base URLs."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from glanceapp.rules import UrlFault, url_faults

_NOT_A_SITE = frozenset(
    {
        UrlFault.CONTROL,
        UrlFault.MALFORMED,
        UrlFault.NOT_HTTP,
        UrlFault.CREDENTIALS,
        UrlFault.BAD_HOST,
    }
)


def host_matches(host: str, pattern: str) -> bool:
    """`*.example.com` matches any subdomain (not the apex); other patterns match exactly."""
    host = host.lower().rstrip(".")
    pattern = pattern.lower()
    if pattern.startswith("*."):
        suffix = pattern[1:]
        return host.endswith(suffix) and len(host) > len(suffix)
    return host == pattern


def host_allowed(url: str, patterns: Iterable[str]) -> bool:
    """Whether `url` may be a tenant site: https on an allowed host, or http only on a listed one.

    "Listed" means named exactly (not through a wildcard): plain http is for
    local fakes and development, never for a wildcard of real sites.
    """
    if url_faults(url) & _NOT_A_SITE:
        return False
    parts = urlsplit(url)
    host = parts.hostname or ""
    patterns = list(patterns)
    if parts.scheme == "https":
        return any(host_matches(host, p) for p in patterns)
    return any(not p.startswith("*.") and host_matches(host, p) for p in patterns)
