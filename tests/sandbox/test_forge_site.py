"""The fake Jira's Forge issue view on its own: FakeJira + FakeForge + ForgeIssueSite,
with the app replaced by a stand-in remote that verifies each FIT against the fake
Forge's JWKS the way a remote must.

The full flow in a browser is in tests/browser/test_forge_glance.py.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest
import yaml

from glanceapp import resources
from glanceapp.sandbox.fakeforge import FIT_ISSUER, FakeForge
from glanceapp.sandbox.fakejira import FakeJira
from glanceapp.sandbox.forge_site import (
    FORGE_IFRAME_SANDBOX,
    MODULE_KEY,
    REMOTE_KEY,
    RESOURCE_PATH,
    ForgeIssueSite,
)

VIEWER = "557058:11111111-2222-3333-4444-555555555555"
MANIFEST = Path(__file__).resolve().parents[2] / "forge" / "manifest.yml"


class StandInRemote:
    """A remote on 127.0.0.1 that verifies FITs with the fake's JWKS and says what it saw."""

    def __init__(self) -> None:
        self.forge: FakeForge | None = None
        self.seen: list[dict[str, Any]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                assert owner.forge is not None
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                scheme, _, token = (self.headers.get("authorization") or "").partition(" ")
                try:
                    key = jwt.PyJWKClient(owner.forge.jwks_url).get_signing_key_from_jwt(token)
                    claims = jwt.decode(
                        token,
                        key.key,
                        algorithms=["RS256"],
                        audience=owner.forge.app_id,
                        issuer=FIT_ISSUER,
                    )
                except jwt.PyJWTError as exc:
                    self._send(401, "application/json", json.dumps({"error": str(exc)}))
                    return
                owner.seen.append(
                    {
                        "method": self.command,
                        "path": self.path,
                        "scheme": scheme,
                        "claims": claims,
                        "user_token": self.headers.get("x-forge-oauth-user"),
                        "accept": self.headers.get("accept"),
                        "body": body.decode(),
                    }
                )
                if self.path == "/text":
                    self._send(200, "text/html; charset=utf-8", '<section id="link-status">')
                elif self.path == "/refuse":
                    self._send(409, "application/json", json.dumps({"html": "<p>no</p>"}))
                elif self.path == "/not-json":
                    self._send(500, "text/plain", "boom")
                else:
                    self._send(200, "application/json", json.dumps({"html": "<b>ok</b>"}))

            def _send(self, status: int, content_type: str, text: str) -> None:
                data = text.encode()
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = _answer

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


@pytest.fixture
def remote() -> Iterator[StandInRemote]:
    stand_in = StandInRemote()
    try:
        yield stand_in
    finally:
        stand_in.close()


@pytest.fixture
def site(remote: StandInRemote) -> Iterator[ForgeIssueSite]:
    with (
        FakeJira(app_base_url=remote.url, site_host="localhost") as jira,
        FakeForge(app_base_url=remote.url, jira=jira) as forge,
    ):
        remote.forge = forge
        yield ForgeIssueSite(
            jira, forge, resource_dir=resources.forge_resource_dir(), viewer_account_id=VIEWER
        )


def bridge(site: ForgeIssueSite, name: str, payload: object, **headers: str) -> httpx.Response:
    return httpx.post(
        f"{site.jira.base_url}/_sandbox/forge/bridge",
        json={"name": name, "payload": payload},
        headers={"Origin": site.jira.base_url, **headers},
    )


def fetch_payload(path: str = "/forge/glance/status") -> dict[str, Any]:
    return {
        "remoteKey": REMOTE_KEY,
        "fetchRequestInit": {
            "path": path,
            "method": "GET",
            "body": None,
            "headers": [["accept", "text/html"], ["authorization", "Bearer forged"]],
        },
        "isMultipartFormData": False,
    }


def invoke_payload(path: str = "/forge/link/renew") -> dict[str, Any]:
    return {"path": path, "method": "POST", "body": {}, "invokeType": "ui-remote-fetch"}


def test_the_keys_match_the_manifest() -> None:
    manifest = yaml.safe_load(MANIFEST.read_text())
    assert [remote["key"] for remote in manifest["remotes"]] == [REMOTE_KEY]
    assert [module["key"] for module in manifest["modules"]["jira:issueContext"]] == [MODULE_KEY]


def test_request_remote_carries_a_fit_for_the_viewer_and_no_user_token(
    site: ForgeIssueSite, remote: StandInRemote
) -> None:
    answer = bridge(site, "fetchRemote", fetch_payload("/text"))
    assert answer.status_code == 200
    result = answer.json()
    assert result["status"] == 200
    assert result["body"] == '<section id="link-status">'
    [seen] = remote.seen
    assert seen["method"] == "GET"
    assert seen["scheme"] == "Bearer"
    assert seen["user_token"] is None
    assert seen["accept"] == "text/html"
    claims = seen["claims"]
    assert claims["principal"] == VIEWER
    assert claims["app"]["installationId"] == site.forge.installation_id
    assert claims["context"]["extension"]["issue"]["key"] == site.issue.key
    assert claims["context"]["moduleKey"] == MODULE_KEY


def test_the_page_gets_a_fit_for_the_viewer_to_request_the_remote_itself(
    site: ForgeIssueSite, remote: StandInRemote
) -> None:
    answer = bridge(site, "remoteToken", {"remoteKey": REMOTE_KEY})
    assert answer.status_code == 200
    result = answer.json()
    assert result["baseUrl"] == remote.url
    direct = httpx.get(f"{remote.url}/text", headers={"Authorization": f"Bearer {result['token']}"})
    assert direct.status_code == 200
    [seen] = remote.seen
    assert seen["claims"]["principal"] == VIEWER
    assert seen["user_token"] is None


def test_a_fit_for_an_undeclared_remote_is_refused(
    site: ForgeIssueSite, remote: StandInRemote
) -> None:
    answer = bridge(site, "remoteToken", {"remoteKey": "elsewhere"})
    assert answer.status_code == 400
    assert "token" not in answer.json()


def test_the_page_cannot_choose_the_authorization_header(
    site: ForgeIssueSite, remote: StandInRemote
) -> None:
    bridge(site, "fetchRemote", fetch_payload("/text"))
    [seen] = remote.seen
    assert seen["claims"]["aud"] == site.forge.app_id  # a FIT, not the page's "forged"


def test_invoke_remote_carries_the_viewers_user_token_which_the_gateway_accepts(
    site: ForgeIssueSite, remote: StandInRemote
) -> None:
    answer = bridge(site, "invoke", invoke_payload())
    assert answer.json() == {
        "success": True,
        "payload": {
            "status": 200,
            "headers": answer.json()["payload"]["headers"],
            "body": {"html": "<b>ok</b>"},
        },
    }
    [seen] = remote.seen
    assert seen["method"] == "POST"
    assert seen["claims"]["principal"] == VIEWER
    token = seen["user_token"]
    assert token
    property_url = f"{site.forge.api_base_url}/rest/api/3/user/properties/k"
    own = httpx.put(
        property_url,
        params={"accountId": VIEWER},
        json={"v": 1},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert own.status_code == 201
    other = httpx.get(
        property_url,
        params={"accountId": "557058:someone-else"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert other.status_code == 403


def test_a_refusal_from_the_remote_reaches_the_shell_as_an_error(
    site: ForgeIssueSite, remote: StandInRemote
) -> None:
    result = bridge(site, "invoke", invoke_payload("/refuse")).json()
    assert result["success"] is False
    assert result["error"]["status"] == 409
    assert result["error"]["body"] == {"html": "<p>no</p>"}


def test_an_invoke_answer_that_is_not_json_is_refused(
    site: ForgeIssueSite, remote: StandInRemote
) -> None:
    answer = bridge(site, "invoke", invoke_payload("/not-json"))
    assert answer.status_code == 400
    assert "without JSON" in answer.json()["error"]


def test_an_anonymous_viewer_gets_no_principal_and_no_user_token(
    site: ForgeIssueSite, remote: StandInRemote
) -> None:
    site.viewer_account_id = None
    bridge(site, "fetchRemote", fetch_payload("/text"))
    bridge(site, "invoke", invoke_payload())
    assert [("principal" in s["claims"], s["user_token"]) for s in remote.seen] == [
        (False, None),
        (False, None),
    ]


BAD_CALLS = {
    "an unknown remote": ("fetchRemote", {**fetch_payload(), "remoteKey": "elsewhere"}),
    "a path without a leading slash": (
        "fetchRemote",
        {**fetch_payload(), "fetchRequestInit": {"path": "x", "method": "GET"}},
    ),
    "a protocol-relative path": ("invoke", invoke_payload("//evil.example/x")),
    "a path with a space": ("invoke", invoke_payload("/a b")),
    "an unknown method": (
        "fetchRemote",
        {**fetch_payload(), "fetchRequestInit": {"path": "/x", "method": "TRACE"}},
    ),
    "an invoke that is not invokeRemote": ("invoke", {**invoke_payload(), "invokeType": "x"}),
    "an invoke body that is not an object": ("invoke", {**invoke_payload(), "body": [1]}),
    "a call the servers do not answer": ("getContext", {}),
    "a payload that is not an object": ("invoke", "x"),
}


@pytest.mark.parametrize("call", BAD_CALLS.values(), ids=list(BAD_CALLS))
def test_a_bad_bridge_call_is_refused_and_calls_nothing(
    site: ForgeIssueSite, remote: StandInRemote, call: tuple[str, object]
) -> None:
    name, payload = call
    answer = bridge(site, name, payload)
    assert answer.status_code == 400
    assert answer.json()["error"]
    assert remote.seen == []


def test_other_origins_cannot_use_the_bridge(site: ForgeIssueSite, remote: StandInRemote) -> None:
    answer = bridge(site, "invoke", invoke_payload(), Origin=site.forge.base_url)
    assert answer.status_code == 403
    assert remote.seen == []


def test_the_issue_page_hosts_the_resource_from_another_origin_with_forges_sandbox(
    site: ForgeIssueSite,
) -> None:
    page = httpx.get(site.issue_url)
    assert page.status_code == 200
    policy = page.headers["content-security-policy"]
    assert "script-src 'self';" in policy
    assert f"connect-src 'self' {site.forge.app_base_url};" in policy
    assert f"frame-src {site.resource_origin};" in policy
    assert site.resource_origin != site.jira.base_url
    text = page.text
    assert f'data-iframe-sandbox="{FORGE_IFRAME_SANDBOX}"' in text
    assert "allow-popups" not in FORGE_IFRAME_SANDBOX
    assert "<script>" not in text
    assert "style=" not in text
    assert f'data-resource-url="{site.resource_url}"' in text
    assert "&quot;accountId&quot;: &quot;" + VIEWER in text


def test_the_resource_is_served_with_a_strict_csp_and_the_relay_first(
    site: ForgeIssueSite,
) -> None:
    index = httpx.get(site.resource_url)
    assert index.status_code == 200
    policy = index.headers["content-security-policy"]
    assert "script-src 'self';" in policy
    assert "style-src 'self';" in policy
    assert "unsafe-inline" not in policy
    assert f"frame-ancestors {site.jira.base_url};" in policy
    text = index.text
    assert text.index('src="bridge-relay.js"') < text.index('src="glance.js"')
    relay = httpx.get(f"{site.forge.base_url}{RESOURCE_PATH}bridge-relay.js")
    assert f"const HOST_ORIGIN = '{site.jira.base_url}';" in relay.text
    for name in ("glance.js", "app.css"):
        served = httpx.get(f"{site.forge.base_url}{RESOURCE_PATH}{name}")
        assert served.content == (resources.forge_resource_dir() / name).read_bytes()


@pytest.mark.parametrize("name", ["SHA256SUMS", "..%2Fmanifest.yml", "nothing.js"])
def test_only_the_resources_files_are_served(site: ForgeIssueSite, name: str) -> None:
    assert httpx.get(f"{site.forge.base_url}{RESOURCE_PATH}{name}").status_code == 404


def test_the_theme_tokens_are_the_stylesheets_own_fallbacks(site: ForgeIssueSite) -> None:
    tokens = httpx.get(f"{site.forge.base_url}{RESOURCE_PATH}theme-tokens.css")
    assert tokens.status_code == 200
    light, _, dark = tokens.text.partition('html[data-color-mode="dark"]')
    assert "--ds-text: #172B4D;" in light
    assert "--ds-text: #B6C2CF;" in dark
    assert "--ds-space-100: 8px;" in dark  # spacing is the same in both


def test_the_context_names_the_viewer_and_the_issue(site: ForgeIssueSite) -> None:
    context = site.context()
    assert context["accountId"] == VIEWER
    assert context["extension"]["issue"]["key"] == site.issue.key
    site.viewer_account_id = None
    assert "accountId" not in site.context()
