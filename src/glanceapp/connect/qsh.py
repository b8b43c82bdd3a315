"""The query string hash (qsh): Atlassian's canonical request, hashed with SHA-256.

Canonical request = METHOD & URI & QUERY, where
- URI is the path relative to the app's (or product's) context path, `&` escaped
  as `%26`, with a leading `/` and no trailing `/` (unless it is just `/`);
- QUERY is every parameter but `jwt`, names and values fully decoded (`+` is a
  space), names sorted, each name's values sorted and joined with `,`, both
  re-encoded per RFC 3986, pairs joined with `&`.
Sorting is by code point on the decoded strings. The raw query string is parsed
here, never a framework's re-encoded view of it (those drop repeated values).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from urllib.parse import quote, unquote_plus

_SAFE = "-._~"
_UNRESERVED = re.compile(r"[A-Za-z0-9._~-]*")
"""RFC 3986's unreserved characters: what percent-encoding leaves as it is."""


def _encode(text: str) -> str:
    # Most names and values (issueKey, TEST-1) need no encoding: skip quote's work.
    return text if _UNRESERVED.fullmatch(text) else quote(text, safe=_SAFE)


def _decode(text: str) -> str:
    # Only `%` and `+` change under unquote_plus.
    return unquote_plus(text) if "%" in text or "+" in text else text


def canonical_uri(path: str, context_path: str = "") -> str:
    context_path = context_path.rstrip("/")
    if context_path and (path == context_path or path.startswith(context_path + "/")):
        path = path[len(context_path) :]
    if not path:
        path = "/"
    path = path.replace("&", "%26")
    if not path.startswith("/"):
        path = "/" + path
    if len(path) > 1 and path.endswith("/"):
        path = path[:-1]
    return path


def canonical_query(query: str) -> str:
    groups: dict[str, list[str]] = {}
    for pair in query.split("&"):
        if not pair:
            continue
        raw_name, _, raw_value = pair.partition("=")
        name = _decode(raw_name)
        if name == "jwt":
            continue
        groups.setdefault(name, []).append(_decode(raw_value))
    parts = []
    for name, values in sorted(groups.items()):
        values.sort()
        parts.append(f"{_encode(name)}={','.join(map(_encode, values))}")
    return "&".join(parts)


@dataclass(frozen=True, slots=True)
class CanonicalRequest:
    """A request as qsh sees it: method, raw path, raw query string (no leading `?`)."""

    method: str
    path: str
    query: str = ""
    context_path: str = ""

    def canonical(self) -> str:
        return (
            f"{self.method.upper()}&{canonical_uri(self.path, self.context_path)}"
            f"&{canonical_query(self.query)}"
        )

    def qsh(self) -> str:
        return hashlib.sha256(self.canonical().encode("utf-8")).hexdigest()


def canonical_request(method: str, path: str, query: str = "", context_path: str = "") -> str:
    return CanonicalRequest(method, path, query, context_path).canonical()


def query_string_hash(method: str, path: str, query: str = "", context_path: str = "") -> str:
    return CanonicalRequest(method, path, query, context_path).qsh()
