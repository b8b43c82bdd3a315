"""The fake Jira's issue view on its own: a FakeJira with an IssueSite and a stand-in app.

The full flow in a browser is in tests/browser; here the site's rules, with the
app replaced by a small server that serves only a descriptor.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from glanceapp import resources
from glanceapp.sandbox.fakejira import FakeJira
from glanceapp.sandbox.issue_site import DescriptorError, Issue, IssueSite
from support.keys import rsa_key

VENDOR = resources.static_dir() / "vendor"
VIEWER = "557058:11111111-2222-3333-4444-555555555555"


def descriptor(key: str = "glanceapp", base_url: str = "http://127.0.0.1:1") -> dict[str, Any]:
    return {
        "key": key,
        "baseUrl": base_url,
        "modules": {
            "jiraIssueGlances": [
                {
                    "key": "status-glance",
                    "name": {"value": "Status"},
                    "icon": {"url": "/img/icon.svg"},
                    "content": {"type": "label", "label": {"value": "Status label"}},
                    "target": {
                        "type": "web_panel",
                        "url": "/g/{project.key}/{issue.id}?k={issue.key}",
                    },
                }
            ]
        },
    }


class StandInApp:
    """Serves `descriptor` at /atlassian-connect.json on 127.0.0.1."""

    def __init__(self) -> None:
        self.descriptor: dict[str, Any] = {}
        self.closed = False
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = json.dumps(owner.descriptor).encode()
                self.send_response(200 if self.path == "/atlassian-connect.json" else 404)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


@pytest.fixture(scope="module")
def key() -> rsa.RSAPrivateKey:
    return rsa_key("install")


@pytest.fixture
def app() -> Iterator[StandInApp]:
    stand_in = StandInApp()
    yield stand_in
    stand_in.close()


@pytest.fixture
def fake(app: StandInApp, key: rsa.RSAPrivateKey) -> Iterator[FakeJira]:
    with FakeJira(app_base_url=app.url, install_key=key, site_host="localhost") as running:
        yield running


@pytest.fixture
def site(fake: FakeJira, app: StandInApp) -> IssueSite:
    app.descriptor = descriptor(base_url=app.url)
    return IssueSite(
        fake,
        vendor_dir=VENDOR,
        viewer_account_id=VIEWER,
        issue=Issue(key="ABC-7", id="20007", project_key="ABC", project_id="20000"),
    )


def test_the_site_calls_itself_localhost_and_listens_on_loopback(fake: FakeJira) -> None:
    assert fake.base_url.startswith("http://localhost:")
    port = int(fake.base_url.rsplit(":", 1)[1])
    with httpx.Client(trust_env=False) as http:
        answer = http.get(f"http://127.0.0.1:{port}/install-keys/{fake.kid}")
    assert answer.status_code == 200


@pytest.mark.parametrize("host", ["0.0.0.0", "example.com", "::1"])
def test_the_site_refuses_a_host_it_cannot_answer_on(host: str) -> None:
    with pytest.raises(ValueError, match="site_host"):
        FakeJira(app_base_url="http://127.0.0.1:1", site_host=host)


def test_the_glance_is_read_from_the_descriptor_and_its_url_filled_in(site: IssueSite) -> None:
    glance = site.glance()
    assert glance.key == "status-glance"
    assert glance.label == "Status label"
    assert glance.icon_url.endswith("/img/icon.svg")
    assert site.glance_path() == "/g/ABC/20007?k=ABC-7"
    assert site.glance_url().startswith(f"{site.fake.app_base_url}/g/ABC/20007?k=ABC-7&xdm_e=")


def test_the_page_names_the_glance_and_the_issue(site: IssueSite) -> None:
    with httpx.Client(trust_env=False) as http:
        page = http.get(site.issue_url)
    assert page.status_code == 200
    assert 'data-module-key="status-glance"' in page.text
    assert 'data-issue-id="20007"' in page.text
    assert "ABC-7" in page.text


def test_a_descriptor_for_another_app_is_refused(site: IssueSite, app: StandInApp) -> None:
    app.descriptor = descriptor(key="someone-else", base_url=app.url)
    with pytest.raises(DescriptorError, match="someone-else"):
        site.glance()


def test_a_descriptor_without_a_glance_is_refused(site: IssueSite, app: StandInApp) -> None:
    app.descriptor = {"key": "glanceapp", "baseUrl": app.url, "modules": {}}
    with pytest.raises(DescriptorError, match="no issue glance"):
        site.glance()


def test_an_app_that_is_down_gives_a_502_page(fake: FakeJira, app: StandInApp) -> None:
    site = IssueSite(fake, vendor_dir=VENDOR, viewer_account_id=VIEWER)
    app.close()
    with httpx.Client(trust_env=False) as http:
        page = http.get(site.issue_url)
        url = http.post(f"{fake.base_url}/_sandbox/glance-url")
    assert page.status_code == 502
    assert "descriptor at " in page.text
    assert url.status_code == 502


def test_iframe_tokens_must_outlive_connect_hosts_freshness_gate(fake: FakeJira) -> None:
    with pytest.raises(ValueError, match="at least 120"):
        IssueSite(fake, vendor_dir=VENDOR, viewer_account_id=VIEWER, iframe_token_ttl=119)


def test_context_tokens_must_live(fake: FakeJira) -> None:
    with pytest.raises(ValueError, match="positive"):
        IssueSite(fake, vendor_dir=VENDOR, viewer_account_id=VIEWER, context_token_ttl=0)


def test_missing_vendored_javascript_is_named(fake: FakeJira, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"jquery-3\.8\.0\.min\.js"):
        IssueSite(fake, vendor_dir=tmp_path, viewer_account_id=VIEWER)
