"""The fake Jira's issue view: a page that hosts the app's glance the way Jira does.

`IssueSite(fake, vendor_dir=...)` adds routes to a `FakeJira`:

- `GET /` redirects to `GET /browse/<issue key>`, an issue view (summary,
  details, and the glance in the right-hand column) that loads jQuery, then
  `window.AJS = {$: jQuery}`, then Atlassian's `connect-host.js`, then
  `host.js`, which defines the `context` module and creates the glance iframe;
  `?theme=light|dark|auto` picks the colour mode, `?glance=closed` starts with
  the glance folded;
- `POST /_sandbox/context-token`: `{"token": ...}`, what `AP.context.getToken()`
  answers, for the current viewer, living `context_token_ttl` seconds;
- `POST /_sandbox/glance-url`: `{"url": ...}`, the glance's signed iframe URL;
- `GET /atlassian-connect/all.js`: Atlassian's `iframe.js`, which the app loads
  as all.js (Jira once served it at this very path);
- `GET /_sandbox/static/*`, `GET /_sandbox/vendor/*`: the page's own files.

The glance's key, name, icon and target URL are read from the app's descriptor
(`GET {app}/atlassian-connect.json`), as Jira reads them at install. Like the
fake itself this module imports nothing from glanceapp; the caller passes where
the vendored JavaScript lives.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import Any, Final
from urllib.parse import urljoin

import httpx

from glanceapp.sandbox.fakejira import FakeJira, Request, Response, json_response
from glanceapp.sandbox.issue_layout import (
    THEMES,
    Host,
    Issue,
    error_page,
    file_response,
    origin,
    own_file,
    page_response,
    render_issue_page,
)

# Jira's sandbox for Connect iframes (the `sandbox` attribute it sets on them).
IFRAME_SANDBOX: Final = (
    "allow-downloads allow-forms allow-modals allow-popups "
    "allow-popups-to-escape-sandbox allow-same-origin allow-scripts"
)
MIN_IFRAME_TOKEN_TTL: Final = 120  # connect-host.js refuses a URL whose JWT expires within 60 s
CONNECT_HOST: Final = Host(
    static="/_sandbox/static",
    scripts=(
        "/_sandbox/vendor/jquery.min.js",
        "/_sandbox/static/jira-globals.js",
        "/_sandbox/vendor/connect-host.js",
        "/_sandbox/static/host.js",
    ),
    panel="connect_panel.html",
    html_attributes=' data-theme="dark:dark light:light spacing:spacing typography:typography"',
)

# The page's own files: URL name -> (file in this package, content type).
_OWN_FILES: Final = {
    "host.js": ("host.js", "text/javascript; charset=utf-8"),
    "host.css": ("host.css", "text/css; charset=utf-8"),
    "jira-globals.js": ("jira-globals.js", "text/javascript; charset=utf-8"),
    "favicon.svg": ("favicon.svg", "image/svg+xml"),
}
# Vendored files: URL name -> (file in the vendor directory, content type).
_VENDOR_FILES: Final = {
    "jquery.min.js": ("jquery-3.8.0.min.js", "text/javascript; charset=utf-8"),
    "connect-host.js": (
        "atlassian-connect-js-5.3.190-connect-host.js",
        "text/javascript; charset=utf-8",
    ),
}
ALL_JS_FILE: Final = "atlassian-connect-js-5.3.190-iframe.js"
_CONTEXT_VARIABLE = re.compile(r"\{([a-z]+\.[a-z]+)\}")


@dataclass(frozen=True, slots=True)
class Glance:
    """The app's `jiraIssueGlances` module, as its descriptor declares it."""

    key: str
    name: str
    label: str
    icon_url: str
    target: str


class DescriptorError(Exception):
    """Raised when the app's descriptor cannot be fetched or declares no usable glance."""


class IssueSite:
    """The issue view and its helper endpoints, mounted on a started or unstarted FakeJira.

    Knobs a test may change at any time: `viewer_account_id` (None: an anonymous
    viewer), `context_token_ttl`, `iframe_token_ttl`.
    """

    def __init__(
        self,
        fake: FakeJira,
        *,
        vendor_dir: Path,
        viewer_account_id: str | None,
        viewer_name: str = "Sandbox User",
        issue: Issue | None = None,
        context_token_ttl: int = 180,
        iframe_token_ttl: int = 180,
    ) -> None:
        if context_token_ttl <= 0:
            raise ValueError("context_token_ttl must be positive")
        if iframe_token_ttl < MIN_IFRAME_TOKEN_TTL:
            raise ValueError(f"iframe_token_ttl must be at least {MIN_IFRAME_TOKEN_TTL} seconds")
        for name, _ in (*_VENDOR_FILES.values(), (ALL_JS_FILE, "")):
            if not (vendor_dir / name).is_file():
                raise FileNotFoundError(f"{vendor_dir / name} is missing (tools/vendor_js.py)")
        self.fake = fake
        self.vendor_dir = vendor_dir
        self.viewer_account_id = viewer_account_id
        self.viewer_name = viewer_name
        self.issue = issue or Issue()
        self.context_token_ttl = context_token_ttl
        self.iframe_token_ttl = iframe_token_ttl
        self._glance: Glance | None = None
        self._lock = threading.Lock()
        fake.add_route("GET", r"/", self._root)
        fake.add_route("GET", r"/browse/(?P<key>[^/]+)", self._issue_page)
        fake.add_route("POST", r"/_sandbox/context-token", self._context_token)
        fake.add_route("POST", r"/_sandbox/glance-url", self._glance_url)
        fake.add_route("GET", r"/atlassian-connect/all\.js", self._all_js)
        fake.add_route("GET", r"/_sandbox/static/(?P<name>[a-z.-]+)", self._own_file)
        fake.add_route("GET", r"/_sandbox/vendor/(?P<name>[a-z.-]+)", self._vendor_file)

    # ------------------------------------------------------------------ addresses

    @property
    def issue_url(self) -> str:
        return f"{self.fake.base_url}/browse/{self.issue.key}"

    @property
    def all_js_url(self) -> str:
        """What the app's GLANCEAPP_ALL_JS_URL should be."""
        return f"{self.fake.base_url}/atlassian-connect/all.js"

    # ------------------------------------------------------------------ the glance

    def glance(self) -> Glance:
        """The app's glance module, read once from its descriptor."""
        with self._lock:
            if self._glance is None:
                self._glance = self._read_descriptor()
            return self._glance

    def _read_descriptor(self) -> Glance:
        url = f"{self.fake.app_base_url}/atlassian-connect.json"
        try:
            with httpx.Client(timeout=self.fake.client_timeout, trust_env=False) as client:
                answer = client.get(url)
            answer.raise_for_status()
            descriptor: dict[str, Any] = answer.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise DescriptorError(f"cannot read the app's descriptor at {url}: {exc}") from exc
        try:
            module = descriptor["modules"]["jiraIssueGlances"][0]
            glance = Glance(
                key=str(module["key"]),
                name=str(module["name"]["value"]),
                label=str(module["content"]["label"]["value"]),
                icon_url=urljoin(f"{descriptor['baseUrl']}/", module["icon"]["url"].lstrip("/")),
                target=str(module["target"]["url"]),
            )
        except (KeyError, IndexError, TypeError, AttributeError) as exc:
            raise DescriptorError(f"the descriptor at {url} declares no issue glance") from exc
        if descriptor.get("key") != self.fake.app_key:
            raise DescriptorError(
                f"the descriptor's key {descriptor.get('key')!r} is not {self.fake.app_key!r}"
            )
        return glance

    def glance_path(self) -> str:
        """The glance target with the issue's context variables filled in, as Jira does."""
        values = {
            "issue.key": self.issue.key,
            "issue.id": self.issue.id,
            "project.key": self.issue.project_key,
            "project.id": self.issue.project_id,
        }

        def substitute(match: re.Match[str]) -> str:
            return values.get(match[1], "")

        return _CONTEXT_VARIABLE.sub(substitute, self.glance().target)

    def glance_url(self) -> str:
        """A freshly signed iframe URL for the glance, for the current viewer."""
        return self.fake.iframe_url(
            self.glance_path(), self.viewer_account_id, ttl=self.iframe_token_ttl
        )

    def context_token(self) -> str:
        return self.fake.context_token(
            self.viewer_account_id,
            ttl=self.context_token_ttl,
            issue_key=self.issue.key,
            project_key=self.issue.project_key,
        )

    # ------------------------------------------------------------------ routes

    def _root(self, request: Request, match: re.Match[str]) -> Response:
        location = f"/browse/{self.issue.key}"
        if request.query:
            location += f"?{request.query}"
        return Response(HTTPStatus.FOUND, headers={"Location": location})

    def _issue_page(self, request: Request, match: re.Match[str]) -> Response:
        if match["key"] != self.issue.key:
            return error_page(HTTPStatus.NOT_FOUND, "Issue does not exist", "No such issue here.")
        theme = request.param("theme") or "auto"
        if theme not in THEMES:
            return error_page(
                HTTPStatus.BAD_REQUEST, "Unknown theme", "Use ?theme=light, dark or auto."
            )
        glance_open = request.param("glance") or "open"
        if glance_open not in ("open", "closed"):
            return error_page(HTTPStatus.BAD_REQUEST, "Unknown glance state", "Use ?glance=closed.")
        try:
            glance = self.glance()
        except DescriptorError as exc:
            return error_page(HTTPStatus.BAD_GATEWAY, "The app is not answering", str(exc))
        page = render_issue_page(
            CONNECT_HOST,
            self.issue,
            theme=theme,
            viewer_name=self.viewer_name,
            viewer_account_id=self.viewer_account_id,
            panel_values={
                "glance_open": glance_open,
                "addon_key": self.fake.app_key,
                "module_key": glance.key,
                "glance_name": glance.name,
                "glance_label": glance.label,
                "icon_url": glance.icon_url,
                "iframe_sandbox": IFRAME_SANDBOX,
            },
        )
        return page_response(page, self._page_policy())

    def _page_policy(self) -> str:
        """The issue page's own CSP: no inline script here either.

        Inline styles are allowed, as on Jira's pages: jQuery and connect-host.js set
        style attributes while building the iframe container.
        """
        app = origin(self.fake.app_base_url)
        return (
            "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            "connect-src 'self'; "
            f"img-src 'self' {app} data:; frame-src {app}; base-uri 'none'; form-action 'none'; "
            "frame-ancestors 'none'"
        )

    def _sameorigin(self, request: Request) -> Response | None:
        """Refuse token minting for pages of other origins (a browser always sends Origin)."""
        sent = request.header("origin")
        if sent is not None and sent != origin(self.fake.base_url):
            return json_response(HTTPStatus.FORBIDDEN, {"error": "cross-origin request"})
        return None

    def _context_token(self, request: Request, match: re.Match[str]) -> Response:
        refused = self._sameorigin(request)
        if refused is not None:
            return refused
        return json_response(
            HTTPStatus.OK, {"token": self.context_token()}, {"Cache-Control": "no-store"}
        )

    def _glance_url(self, request: Request, match: re.Match[str]) -> Response:
        refused = self._sameorigin(request)
        if refused is not None:
            return refused
        try:
            url = self.glance_url()
        except DescriptorError as exc:
            return json_response(HTTPStatus.BAD_GATEWAY, {"error": str(exc)})
        return json_response(HTTPStatus.OK, {"url": url}, {"Cache-Control": "no-store"})

    def _all_js(self, request: Request, match: re.Match[str]) -> Response:
        return file_response(self.vendor_dir / ALL_JS_FILE, "text/javascript; charset=utf-8")

    def _own_file(self, request: Request, match: re.Match[str]) -> Response:
        return own_file(_OWN_FILES, match["name"])

    def _vendor_file(self, request: Request, match: re.Match[str]) -> Response:
        known = _VENDOR_FILES.get(match["name"])
        if known is None:
            return Response(HTTPStatus.NOT_FOUND, b"Not Found", "text/plain")
        name, content_type = known
        return file_response(self.vendor_dir / name, content_type)
