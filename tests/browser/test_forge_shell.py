"""The Forge shell against servers older and newer than itself, and against failures.

The Custom UI shell only swaps what the server renders. Here the fake Forge host
(the real issue page, relay and fake Forge) fronts a scripted stand-in remote, so
each test can answer what a different server version, or a failing one, would:
the shell must show a notice and keep what it has, never a broken or false state.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from playwright.sync_api import Page, expect

from glanceapp import resources
from glanceapp.sandbox.fakeforge import FakeForge
from glanceapp.sandbox.fakejira import FakeJira
from glanceapp.sandbox.forge_site import ForgeIssueSite

pytestmark = pytest.mark.browser

VIEWER = "557058:aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"
UNLINKED = (
    '<section id="link-status" class="link-status" data-link-state="unlinked">'
    '<p class="link-status__text">You are not linked to the service yet.</p>'
    '<div class="actions"><button type="button" class="button" data-action="connect">'
    "Connect</button></div></section>"
)
LINKED_WITH_A_NEWER_BUTTON = (
    '<section id="link-status" class="link-status" data-link-state="linked"'
    ' data-expires-at="2099-01-01T00:00:00Z">'
    '<p class="link-status__text">Linked as <strong>demo</strong></p>'
    '<div class="actions">'
    '<button type="button" class="button" hx-post="/link/renew">Renew</button>'
    '<button type="button" class="button" data-action="share">Share</button>'
    "</div></section>"
)


class ScriptedRemote:
    """A remote on 127.0.0.1 answering each path as the test says; records the calls."""

    def __init__(self) -> None:
        self.answers: dict[str, tuple[int, str, str]] = {}
        self.calls: list[str] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                self.rfile.read(length)
                if not (self.headers.get("authorization") or "").startswith("Bearer "):
                    status, content_type, body = 401, "application/json", "{}"
                else:
                    owner.calls.append(f"{self.command} {self.path}")
                    status, content_type, body = owner.answers.get(
                        self.path, (404, "application/json", '{"error": "no such route"}')
                    )
                data = body.encode()
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

    def html(self, path: str, body: str, status: int = 200) -> None:
        self.answers[path] = (status, "text/html; charset=utf-8", body)

    def json(self, path: str, body: object, status: int = 200) -> None:
        self.answers[path] = (status, "application/json", json.dumps(body))

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


@pytest.fixture
def remote() -> Iterator[ScriptedRemote]:
    scripted = ScriptedRemote()
    try:
        yield scripted
    finally:
        scripted.close()


@pytest.fixture
def site(remote: ScriptedRemote) -> Iterator[ForgeIssueSite]:
    with (
        FakeJira(app_base_url=remote.url, site_host="localhost") as jira,
        FakeForge(app_base_url=remote.url, jira=jira) as forge,
    ):
        site = ForgeIssueSite(
            jira, forge, resource_dir=resources.forge_resource_dir(), viewer_account_id=VIEWER
        )
        site.requests_remote_from_page = False  # the scripted remote answers no CORS
        yield site


def test_an_older_server_whose_answer_is_not_a_status_leaves_a_notice_not_a_broken_panel(
    page: Page, site: ForgeIssueSite, remote: ScriptedRemote
) -> None:
    remote.html("/forge/glance/status", "<p>An older page, not a status region.</p>")
    page.goto(site.issue_url)
    panel = page.frame_locator("#forge-slot iframe")
    expect(panel.locator("#app-notice")).to_contain_text("cannot show")
    expect(panel.locator("#link-status")).not_to_have_attribute("data-link-state", "linked")
    expect(panel.get_by_text("An older page")).to_have_count(0)


def test_a_newer_servers_unknown_button_is_left_alone_and_known_ones_work(
    page: Page, site: ForgeIssueSite, remote: ScriptedRemote
) -> None:
    remote.html("/forge/glance/status", LINKED_WITH_A_NEWER_BUTTON)
    remote.json("/forge/link/renew", {"html": LINKED_WITH_A_NEWER_BUTTON.replace("2099", "2100")})
    page.goto(site.issue_url)
    panel = page.frame_locator("#forge-slot iframe")
    status = panel.locator("#link-status")
    expect(status).to_have_attribute("data-link-state", "linked")
    panel.get_by_role("button", name="Share").click()
    panel.get_by_role("button", name="Renew").click()
    expect(status).to_have_attribute("data-expires-at", "2100-01-01T00:00:00Z")
    # Only the renew went out (status refreshes come with focus); Share sent nothing.
    others = [call for call in remote.calls if call != "GET /forge/glance/status"]
    assert others == ["POST /forge/link/renew"]


def test_a_failing_renew_keeps_the_status_and_says_so(
    page: Page, site: ForgeIssueSite, remote: ScriptedRemote
) -> None:
    remote.html("/forge/glance/status", LINKED_WITH_A_NEWER_BUTTON)
    remote.json("/forge/link/renew", {"error": "boom"}, status=500)
    page.goto(site.issue_url)
    panel = page.frame_locator("#forge-slot iframe")
    status = panel.locator("#link-status")
    expect(status).to_have_attribute("data-link-state", "linked")
    panel.get_by_role("button", name="Renew").click()
    expect(panel.locator("#app-notice")).to_contain_text("Something went wrong on our side")
    expect(status).to_have_attribute("data-expires-at", "2099-01-01T00:00:00Z")


def test_a_sign_in_url_that_is_not_a_web_address_is_never_opened(
    page: Page, site: ForgeIssueSite, remote: ScriptedRemote
) -> None:
    remote.html("/forge/glance/status", UNLINKED)
    remote.json("/forge/link/start", {"url": "javascript:alert(1)"})
    page.goto(site.issue_url)
    panel = page.frame_locator("#forge-slot iframe")
    panel.get_by_role("button", name="Connect").click()
    expect(panel.locator("#app-notice")).to_contain_text("cannot show")
    assert page.locator("#forge-panel").get_attribute("data-last-navigation") is None
    assert len(page.context.pages) == 1


def test_declining_to_leave_jira_for_the_sign_in_page_says_how_to_try_again(
    page: Page, site: ForgeIssueSite, remote: ScriptedRemote
) -> None:
    site.declines_navigation = True
    remote.html("/forge/glance/status", UNLINKED)
    remote.json("/forge/link/start", {"url": f"{remote.url}/forge/link?ticket=t"})
    page.goto(site.issue_url)
    panel = page.frame_locator("#forge-slot iframe")
    panel.get_by_role("button", name="Connect").click()
    expect(panel.locator("#app-notice")).to_contain_text("Press Connect to try again")
    expect(panel.locator("#link-status")).to_have_attribute("data-link-state", "unlinked")
    assert len(page.context.pages) == 1
