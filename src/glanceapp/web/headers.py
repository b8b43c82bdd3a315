"""Security headers, set in one place for every response.

HTML gets a Content-Security-Policy: scripts, styles and connections only from
the app itself and the origin of all.js, no inline script, no eval. Styles may
also come from THEME_STYLES_ORIGIN: when the glance follows Jira's theme, all.js
links Atlassian's token stylesheets from that fixed origin wherever all.js itself
was loaded from. A stylesheet (no script) from the origin whose script the page
already runs adds no trust, and no inline style is ever allowed. `frame-ancestors` is the calling tenant's site when one
is known, else the allowed host patterns; the popup (which shows a password
form) may not be framed at all. Never X-Frame-Options or COOP: the glance must
be framed by Jira and the popup must keep its opener.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

from litestar.types import Scope

from glanceapp.domain import Tenant
from glanceapp.settings import Settings

THEME_STYLES_ORIGIN = "https://connect-cdn.atl-paas.net"


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@lru_cache(maxsize=1024)
def _site_ancestors(base_url: str, display_url: str | None) -> str:
    sites = {_origin(base_url)}
    if display_url:
        sites.add(_origin(display_url))
    return " ".join(sorted(sites))


class SecurityHeaders:
    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        sources = "'self'"
        all_js = _origin(settings.all_js_url)
        if all_js != settings.base_origin:
            sources = f"'self' {all_js}"
        self._sources = sources
        self._styles = (
            sources
            if THEME_STYLES_ORIGIN in sources.split()
            else f"{sources} {THEME_STYLES_ORIGIN}"
        )
        self._default_ancestors = " ".join(f"https://{host}" for host in settings.allowed_hosts)
        self._popup_path = f"{settings.base_path}/link"
        self._callback_path = f"{settings.base_path}/link/callback"
        self._forge_prefix = f"{settings.base_path}/forge/"
        fixed = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]
        if settings.base_url.startswith("https://"):
            fixed.append((b"strict-transport-security", b"max-age=31536000; includeSubDomains"))
        self.fixed: tuple[tuple[bytes, bytes], ...] = tuple(fixed)
        """The headers every response carries, encoded once."""
        self._encoded_policy = lru_cache(maxsize=1024)(self._encode_policy)

    def policy(self, frame_ancestors: str) -> str:
        s = self._sources
        return (
            f"default-src 'none'; script-src {s}; style-src {self._styles}; connect-src {s}; "
            f"img-src 'self' data:; font-src 'self' data:; form-action 'self'; base-uri 'none'; "
            f"frame-ancestors {frame_ancestors}"
        )

    def frame_ancestors(self, scope: Scope) -> str:
        if scope["path"] == self._popup_path and scope.get("method") == "GET":
            return "'none'"
        if scope["path"] == self._callback_path:
            return "'none'"  # the sign-in provider's callback is a top-level page
        if scope["path"].startswith(self._forge_prefix):
            return "'none'"  # the Forge sign-in page shows a password form; nothing frames it
        tenant = scope.get("user")
        if isinstance(tenant, Tenant):
            return _site_ancestors(tenant.base_url, tenant.display_url)
        return self._default_ancestors

    def _encode_policy(self, frame_ancestors: str) -> bytes:
        return self.policy(frame_ancestors).encode("latin-1")

    def add_to(self, headers: list[tuple[bytes, bytes]], scope: Scope) -> None:
        """Append this response's security headers to its (lower-case) header list."""
        html = False
        for name, value in headers:
            if name == b"content-type":
                html = value.startswith(b"text/html")
                break
        headers.extend(self.fixed)
        if html:
            policy = self._encoded_policy(self.frame_ancestors(scope))
            headers.append((b"content-security-policy", policy))
