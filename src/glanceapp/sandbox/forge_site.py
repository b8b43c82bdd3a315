"""The fake Jira's Forge issue view: a page that hosts the app's Custom UI the way Forge does.

`ForgeIssueSite(jira, forge, resource_dir=...)` adds routes to two fakes:

- on the Jira site (`jira`, the page's origin):
  - `GET /forge/browse/<issue key>`: an issue view whose right-hand column holds
    the app's `jira:issueContext` panel: an iframe of the Custom UI resource,
    from a second origin, with Forge's iframe `sandbox` flags. `forge_host.js`
    plays the product's side of the bridge; `?theme=light|dark|auto`;
  - `POST /_sandbox/forge/bridge`: what Forge's servers do for the page: mint a
    FIT for the viewer (`remoteToken`), with which the page itself then fetches
    the remote for `requestRemote`, across origins, so the app's CORS answers
    are exercised; or, with `requests_remote_from_page` off, call the remote
    here (`fetchRemote`); and mint a FIT and pass the viewer's user token in
    `x-forge-oauth-user` (`invoke`, i.e. `invokeRemote`, which Forge's servers
    relay); same-origin callers only;
- on the Forge platform (`forge`, the Custom UI's origin, like Forge's CDN):
  - `GET /_forge/cdn/glance/<file>`: the built resource (`forge/static/glance/`),
    served with a strict CSP (files of the resource only, no inline script or
    style, `connect-src` only the remote, framed only by the Jira site), its
    `index.html` with one script added before the app's own: `bridge-relay.js`,
    which defines `window.__bridge.callBridge` and relays each call to the
    parent page over postMessage (both ends check origin and source).

Forge's tokens come from `FakeForge`: FITs signed by its own RSA key, whose JWKS
the app is pointed at, and user tokens its user-property API accepts only for
the person and site they were minted for.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import Any, Final

import httpx

from glanceapp.sandbox.fakeforge import FakeForge
from glanceapp.sandbox.fakejira import FakeJira, Request, Response, json_response
from glanceapp.sandbox.issue_layout import (
    THEMES,
    Host,
    Issue,
    error_page,
    origin,
    own_file,
    page_response,
    render_issue_page,
    template,
)

# Forge's sandbox for Custom UI iframes: no popups, no top navigation.
FORGE_IFRAME_SANDBOX: Final = (
    "allow-downloads allow-forms allow-modals allow-pointer-lock allow-same-origin allow-scripts"
)
REMOTE_KEY: Final = "glanceapp"  # remotes[].key in forge/manifest.yml
MODULE_KEY: Final = "glanceapp-glance"  # the jira:issueContext key in forge/manifest.yml
MODULE_TYPE: Final = "jira:issueContext"
RESOURCE_PATH: Final = "/_forge/cdn/glance/"
RELAY_FILE: Final = "bridge-relay.js"
THEME_FILE: Final = "theme-tokens.css"
_TOKEN = re.compile(r"--gl-[\w-]+:\s*var\((--ds-[\w-]+),\s*([^;]+)\);")
_DARK_BLOCK = "@media (prefers-color-scheme: dark)"
MAX_BRIDGE_BODY: Final = 64 * 1024
_METHODS: Final = frozenset({"GET", "POST", "PUT", "DELETE"})
_RESOURCE_TYPES: Final = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".svg": "image/svg+xml",
}
_OWN_FILES: Final = {
    "forge-host.js": ("forge_host.js", "text/javascript; charset=utf-8"),
    "host.css": ("host.css", "text/css; charset=utf-8"),
    "favicon.svg": ("favicon.svg", "image/svg+xml"),
}
FORGE_HOST: Final = Host(
    static="/_sandbox/forge/static",
    scripts=("/_sandbox/forge/static/forge-host.js",),
    panel="forge_panel.html",
    title_suffix=" (Forge)",
)
# Request headers the Custom UI may set on a remote call; Forge sets the rest.
_PASSED_HEADERS: Final = frozenset({"accept", "content-type"})


@dataclass(frozen=True, slots=True)
class BridgeRefusal(Exception):
    """Raised when the page asks the fake Forge for something Forge would refuse."""

    message: str


class ForgeIssueSite:
    """The Forge issue view on `jira`, and the Custom UI resource on `forge`.

    Knobs a test may change at any time: `viewer_account_id` (None: an anonymous
    viewer, whose calls carry no `principal` and no user token); and, read when the
    page loads, `declines_navigation` (the person answers "no" when Jira asks
    before `router.open` leaves for another site, so the call rejects) and
    `requests_remote_from_page` (True: `requestRemote` is fetched by the page's
    browser with a FIT, across origins; False: by the fake Forge's server).
    Where Atlassian really makes that request is not documented; the page's
    origin is what the bridge's own code implies.
    """

    def __init__(
        self,
        jira: FakeJira,
        forge: FakeForge,
        *,
        resource_dir: Path,
        viewer_account_id: str | None,
        viewer_name: str = "Sandbox User",
        issue: Issue | None = None,
    ) -> None:
        if not (resource_dir / "index.html").is_file():
            raise FileNotFoundError(
                f"{resource_dir / 'index.html'} is missing (tools/build_forge_ui.py)"
            )
        self.jira = jira
        self.forge = forge
        self.resource_dir = resource_dir
        self.viewer_account_id = viewer_account_id
        self.viewer_name = viewer_name
        self.issue = issue or Issue()
        self.declines_navigation = False
        self.requests_remote_from_page = True
        jira.add_route("GET", r"/forge/browse/(?P<key>[^/]+)", self._issue_page)
        jira.add_route("POST", r"/_sandbox/forge/bridge", self._bridge)
        jira.add_route("GET", r"/_sandbox/forge/static/(?P<name>[a-z.-]+)", self._own_file)
        forge.add_route("GET", RESOURCE_PATH + r"(?P<name>[A-Za-z0-9_.-]+)", self._resource)

    # ------------------------------------------------------------------ addresses

    @property
    def issue_url(self) -> str:
        return f"{self.jira.base_url}/forge/browse/{self.issue.key}"

    @property
    def resource_url(self) -> str:
        """The Custom UI's entry point, on the fake Forge CDN's origin."""
        return f"{self.forge.base_url}{RESOURCE_PATH}index.html"

    @property
    def resource_origin(self) -> str:
        return origin(self.forge.base_url)

    # ------------------------------------------------------------------ the page

    def context(self) -> dict[str, Any]:
        """What `view.getContext()` answers in the panel."""
        issue = self.issue
        answer: dict[str, Any] = {
            "cloudId": self.forge.cloud_id,
            "siteUrl": self.forge.site_url,
            "moduleKey": MODULE_KEY,
            "localId": f"{MODULE_KEY}-{issue.id}",
            "locale": "en-US",
            "timezone": "UTC",
            "environmentType": self.forge.environment_type,
            "environmentId": self.forge.environment_id,
            "extension": {
                "type": MODULE_TYPE,
                "issue": {"id": issue.id, "key": issue.key, "type": "Task", "typeId": "10002"},
                "project": {"id": issue.project_id, "key": issue.project_key, "type": "software"},
                "location": self.issue_url,
            },
        }
        if self.viewer_account_id is not None:
            answer["accountId"] = self.viewer_account_id
        return answer

    def _issue_page(self, request: Request, match: re.Match[str]) -> Response:
        if match["key"] != self.issue.key:
            return error_page(HTTPStatus.NOT_FOUND, "Issue does not exist", "No such issue here.")
        theme = request.param("theme") or "auto"
        if theme not in THEMES:
            return error_page(
                HTTPStatus.BAD_REQUEST, "Unknown theme", "Use ?theme=light, dark or auto."
            )
        connect_view = html.escape(f"/browse/{self.issue.key}")
        page = render_issue_page(
            FORGE_HOST,
            self.issue,
            theme=theme,
            viewer_name=self.viewer_name,
            viewer_account_id=self.viewer_account_id,
            description=(
                "This issue is served by glanceapp's fake Jira site. The panel on the right "
                "is the app's Forge Custom UI, from a second origin, in an iframe with "
                "Forge's sandbox flags; this page answers its bridge calls as Jira does."
            ),
            topbar_note=(
                f'sandbox: the app as a Forge Custom UI (<a href="{connect_view}">Connect view</a>)'
            ),
            panel_values={
                "resource_url": self.resource_url,
                "resource_origin": self.resource_origin,
                "remote_key": REMOTE_KEY,
                "context_json": json.dumps(self.context()),
                "iframe_sandbox": FORGE_IFRAME_SANDBOX,
                "navigation": "decline" if self.declines_navigation else "accept",
                "request_remote": "page" if self.requests_remote_from_page else "forge",
            },
        )
        policy = (
            "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            f"connect-src 'self' {origin(self.forge.app_base_url)}; img-src 'self' data:; "
            f"frame-src {self.resource_origin}; "
            "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
        )
        return page_response(page, policy)

    def _own_file(self, request: Request, match: re.Match[str]) -> Response:
        return own_file(_OWN_FILES, match["name"])

    # ------------------------------------------------------------------ the resource

    def resource_policy(self) -> str:
        """The Custom UI's CSP: its own files, the remote for `fetch.client`, nothing inline."""
        return (
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            f"font-src 'self'; connect-src 'self' {origin(self.forge.app_base_url)}; "
            f"frame-ancestors {origin(self.jira.base_url)}; base-uri 'none'; form-action 'none'"
        )

    def _resource(self, request: Request, match: re.Match[str]) -> Response:
        name = match["name"]
        headers = {"Content-Security-Policy": self.resource_policy(), "Cache-Control": "no-cache"}
        if name == THEME_FILE:
            tokens = self.theme_tokens().encode()
            return Response(HTTPStatus.OK, tokens, _RESOURCE_TYPES[".css"], headers)
        if name == RELAY_FILE:
            relay = template("forge_relay.js").substitute(host_origin=origin(self.jira.base_url))
            return Response(HTTPStatus.OK, relay.encode(), _RESOURCE_TYPES[".js"], headers)
        path = self.resource_dir / name
        content_type = _RESOURCE_TYPES.get(Path(name).suffix)
        if content_type is None or not path.is_file():
            return Response(HTTPStatus.NOT_FOUND, b"Not Found", "text/plain", headers)
        data = path.read_bytes()
        if name == "index.html":
            data = _with_relay(data)
        return Response(HTTPStatus.OK, data, content_type, headers)

    def theme_tokens(self) -> str:
        """Atlassian design tokens for both colour modes, as Forge's theming adds them.

        Jira's real token values are not available offline; the values here are the
        fallbacks the app's own stylesheet names for each token, light and dark.
        """
        stylesheet = (self.resource_dir / "app.css").read_text(encoding="utf-8")
        # The first :root block holds the light values; the system-dark block the dark ones.
        dark_start = stylesheet.find(_DARK_BLOCK)
        if dark_start < 0:
            raise ValueError(f"app.css has no {_DARK_BLOCK} block")
        light_part = stylesheet[:dark_start]
        dark_part = stylesheet[dark_start : stylesheet.find("\n}\n", dark_start)]
        light = dict(_TOKEN.findall(light_part))
        dark = {**light, **dict(_TOKEN.findall(dark_part))}
        blocks = []
        for mode, tokens in (("light", light), ("dark", dark)):
            lines = "".join(f"  {name}: {value.strip()};\n" for name, value in tokens.items())
            blocks.append(
                f'html[data-color-mode="{mode}"] {{\n  color-scheme: {mode};\n{lines}}}\n'
            )
        return "".join(blocks)

    # ------------------------------------------------------------------ the bridge

    def _bridge(self, request: Request, match: re.Match[str]) -> Response:
        sent = request.header("origin")
        if sent is not None and sent != origin(self.jira.base_url):
            return json_response(HTTPStatus.FORBIDDEN, {"error": "cross-origin request"})
        if len(request.body) > MAX_BRIDGE_BODY:
            return json_response(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, {"error": "too large"})
        try:
            call = json.loads(request.body)
            if not isinstance(call, dict):
                raise BridgeRefusal("the call is not a JSON object")
            name = call.get("name")
            payload = call.get("payload")
            if not isinstance(payload, dict):
                raise BridgeRefusal("the payload is not a JSON object")
            if name == "remoteToken":
                answer = self.remote_token(payload)
            elif name == "fetchRemote":
                answer = self.fetch_remote(payload)
            elif name == "invoke":
                answer = self.invoke(payload)
            else:
                raise BridgeRefusal(f"{name!r} is not a call Forge's servers answer")
        except ValueError:
            return json_response(HTTPStatus.BAD_REQUEST, {"error": "the call is not JSON"})
        except BridgeRefusal as refusal:
            return json_response(HTTPStatus.BAD_REQUEST, {"error": refusal.message})
        except httpx.HTTPError as exc:
            return json_response(HTTPStatus.BAD_GATEWAY, {"error": f"the remote failed: {exc}"})
        return json_response(HTTPStatus.OK, answer, {"Cache-Control": "no-store"})

    def _fit(self) -> str:
        return self.forge.mint_fit(
            principal=self.viewer_account_id,
            module_key=MODULE_KEY,
            module_type=MODULE_TYPE,
            issue_key=self.issue.key,
        )

    def remote_token(self, payload: Mapping[str, Any]) -> dict[str, Any]:
        """A FIT for the viewer and where the remote is: what the page needs for `requestRemote`."""
        if payload.get("remoteKey") != REMOTE_KEY:
            raise BridgeRefusal(f"the manifest declares no remote {payload.get('remoteKey')!r}")
        return {"baseUrl": self.forge.app_base_url, "token": self._fit()}

    def fetch_remote(self, payload: Mapping[str, Any]) -> dict[str, Any]:
        """`requestRemote`: the remote's answer as the bridge hands it to `Response`."""
        if payload.get("remoteKey") != REMOTE_KEY:
            raise BridgeRefusal(f"the manifest declares no remote {payload.get('remoteKey')!r}")
        init = payload.get("fetchRequestInit")
        if not isinstance(init, dict):
            raise BridgeRefusal("fetchRequestInit is missing")
        path = _path(init.get("path"))
        method = str(init.get("method") or "GET").upper()
        if method not in _METHODS:
            raise BridgeRefusal(f"{method!r} is not a method Forge passes on")
        headers: dict[str, str] = {}
        for pair in init.get("headers") or []:
            if (
                isinstance(pair, list)
                and len(pair) == 2
                and str(pair[0]).lower() in _PASSED_HEADERS
            ):
                headers[str(pair[0]).lower()] = str(pair[1])
        response = self.forge.request_remote(
            path,
            principal=self.viewer_account_id,
            method=method,
            headers=headers,
            fit=self._fit(),
        )
        return {
            "status": response.status_code,
            "statusText": response.reason_phrase,
            "headers": {k: v for k, v in response.headers.items() if k.lower() != "set-cookie"},
            "body": response.text,
            "isAttachment": False,
        }

    def invoke(self, payload: Mapping[str, Any]) -> dict[str, Any]:
        """`invokeRemote`: a POST with a FIT and the viewer's user token; JSON both ways."""
        if payload.get("invokeType") != "ui-remote-fetch":
            raise BridgeRefusal("only invokeRemote (ui-remote-fetch) is served here")
        path = _path(payload.get("path"))
        if str(payload.get("method") or "").upper() != "POST":
            raise BridgeRefusal("the sandbox relays invokeRemote POSTs only")
        body = payload.get("body")
        if body is not None and not isinstance(body, dict):
            raise BridgeRefusal("an invokeRemote body must be a JSON object")
        response = self.forge.invoke_remote(
            path, principal=self.viewer_account_id, body=body or {}, fit=self._fit()
        )
        try:
            answer_body = response.json() if response.content else None
        except ValueError:
            raise BridgeRefusal(
                f"the remote answered {response.status_code} without JSON, "
                "which invokeRemote cannot pass on"
            ) from None
        result = {
            "status": response.status_code,
            "headers": {k: [v] for k, v in response.headers.items() if k.lower() != "set-cookie"},
            "body": answer_body,
        }
        if response.is_success:
            return {"success": True, "payload": result}
        return {"success": False, "error": result}


def _path(value: object) -> str:
    if not isinstance(value, str) or not value.startswith("/") or value.startswith("//"):
        raise BridgeRefusal("a remote path must start with one /")
    if any(ord(ch) < 0x21 or ch == "\\" for ch in value):
        raise BridgeRefusal("a remote path must not hold spaces or control characters")
    return value


def _with_relay(index: bytes) -> bytes:
    """`index.html` with the bridge relay loaded before anything else in <head>."""
    text = index.decode("utf-8")
    tag = f'<script src="{RELAY_FILE}"></script>'
    head = text.find("<head>")
    if head < 0:
        raise ValueError("the resource's index.html has no <head>")
    at = head + len("<head>")
    return (text[:at] + "\n  " + tag + text[at:]).encode("utf-8")
