"""The Forge Custom UI in headless Chromium, hosted by the fake Jira's Forge issue page.

The panel is the built resource (forge/static/glance/) from the fake Forge's
origin, in an iframe with Forge's sandbox flags and a strict CSP; the page answers
its bridge calls, and the fake Forge mints the FITs (verified by the app against
the fake's JWKS) and the user tokens (accepted by the fake's user-property API
only for the viewer). Nothing waits on time: Playwright waits for states, and the
shared clock of the app and both fakes is moved forward where time matters. Any
console error or CSP violation, in any frame or tab, fails the test.
"""

from __future__ import annotations

import re
from typing import Self

import pytest
from browser_harness import ARTIFACTS, ConsoleWatch, link_directly
from playwright.sync_api import Frame, FrameLocator, Locator, Page, expect

from glanceapp.sandbox.forge_site import FORGE_IFRAME_SANDBOX
from glanceapp.sandbox.runner import Sandbox
from glanceapp.storage.api_keys import ApiKeyTable
from support.clock import Clock

ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
HOUR = 3600
PROPERTY_KEY = "glanceapp.link"

pytestmark = pytest.mark.browser


class ForgeIssuePage:
    """The fake Jira's Forge issue page in one tab, and the Custom UI inside it."""

    def __init__(self, page: Page, sandbox: Sandbox) -> None:
        self.page = page
        self.sandbox = sandbox

    @property
    def panel(self) -> FrameLocator:
        return self.page.frame_locator("#forge-slot iframe")

    @property
    def status(self) -> Locator:
        return self.panel.locator("#link-status")

    def open(self, query: str = "") -> Self:
        self.page.goto(self.sandbox.forge_issue_url + query)
        expect(self.page.locator("#forge-panel")).to_have_attribute("data-forge-state", "created")
        expect(self.panel.locator("body")).to_have_attribute("data-shell-state", "ready")
        return self

    def frame(self) -> Frame:
        resource = self.sandbox.forge_site.resource_url
        for frame in self.page.frames:
            if frame.url == resource:
                return frame
        raise AssertionError(f"no Custom UI frame among {[f.url for f in self.page.frames]}")

    def expect_state(self, state: str) -> None:
        expect(self.status).to_have_attribute("data-link-state", state)

    def screenshot(self, name: str, target: Page | None = None) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        (target or self.page).screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        if target is None:
            self.page.locator("#forge-panel").screenshot(path=str(ARTIFACTS / f"{name}.panel.png"))


@pytest.fixture
def forge_issue(page: Page, sandbox: Sandbox) -> ForgeIssuePage:
    return ForgeIssuePage(page, sandbox)


def stored_link(sandbox: Sandbox) -> object:
    return sandbox.fake.property(sandbox.viewer_account_id, PROPERTY_KEY)


def key_states(sandbox: Sandbox) -> list[str]:
    """The states of the app's apiKey records, oldest first."""

    async def states() -> list[str]:
        records = await ApiKeyTable(sandbox.app.state.services.db).listing()
        return [record.state for record in records]

    result = sandbox.call(states)
    assert isinstance(result, list)
    return result


def sign_in(tab: Page, username: str, password: str) -> None:
    tab.get_by_label("Username").fill(username)
    tab.get_by_label("Password").fill(password)
    tab.get_by_role("button", name="Link account").click()


def test_forge_link_renew_and_disconnect_update_the_panel_in_place(
    forge_issue: ForgeIssuePage, sandbox: Sandbox, clock: Clock
) -> None:
    demo = sandbox.demo
    assert demo is not None
    forge_issue.open()
    iframe = forge_issue.page.locator("#forge-slot iframe")
    expect(iframe).to_have_attribute("sandbox", FORGE_IFRAME_SANDBOX)
    forge_issue.expect_state("unlinked")
    frame = forge_issue.frame()
    frame.evaluate("window.forgeTestMarker = 'first load'")
    forge_issue.screenshot("forge-01-unlinked")

    # Connect: invokeRemote mints a ticket, router.open opens the sign-in page in a tab.
    with forge_issue.page.expect_popup() as opened:
        forge_issue.panel.get_by_role("button", name="Connect").click()
    tab = opened.value
    assert tab.url.startswith(f"{sandbox.app_url}/forge/link?ticket=")
    expect(tab.get_by_label("Username")).to_be_visible()
    forge_issue.screenshot("forge-02-sign-in", tab)

    sign_in(tab, demo.name, "not-the-password")
    expect(tab.get_by_role("alert")).to_contain_text("Wrong username or password")
    forge_issue.screenshot("forge-03-wrong-password", tab)
    assert stored_link(sandbox) is None
    forge_issue.expect_state("unlinked")

    sign_in(tab, demo.name, demo.password)
    result = tab.locator("#link-result")
    expect(result).to_have_attribute("data-link-state", "linked")
    forge_issue.screenshot("forge-04-signed-in", tab)

    # The panel notices by itself (it polls while the sign-in is open): no reload.
    forge_issue.page.bring_to_front()
    forge_issue.expect_state("linked")
    expect(forge_issue.status).to_contain_text(f"Linked as {demo.name}")
    linked_expiry = forge_issue.status.get_attribute("data-expires-at")
    assert linked_expiry is not None
    assert ISO_UTC.match(linked_expiry)
    assert frame.evaluate("window.forgeTestMarker") == "first load", "the panel was reloaded"
    stored = stored_link(sandbox)
    assert isinstance(stored, dict)
    assert stored["expiresAt"] == linked_expiry
    assert stored["account"] == demo.name
    forge_issue.screenshot("forge-05-linked")
    tab.close()

    # Renew replaces the key (the old one revoked, a new one active) an hour later:
    # the panel shows the later expiry without a reload.
    assert key_states(sandbox) == ["active"]
    clock.advance(HOUR)
    forge_issue.panel.get_by_role("button", name="Renew").click()
    expect(forge_issue.status).not_to_have_attribute("data-expires-at", linked_expiry)
    forge_issue.expect_state("linked")
    expect(forge_issue.status).not_to_have_attribute("role", "alert")
    renewed_expiry = forge_issue.status.get_attribute("data-expires-at")
    assert renewed_expiry is not None
    assert renewed_expiry > linked_expiry
    renewed = stored_link(sandbox)
    assert isinstance(renewed, dict)
    assert key_states(sandbox) == ["revoked", "active"]
    assert renewed["expiresAt"] == renewed_expiry
    assert renewed["linkedAt"] == stored["linkedAt"]
    forge_issue.screenshot("forge-06-renewed")

    forge_issue.panel.get_by_role("button", name="Disconnect").click()
    forge_issue.expect_state("unlinked")
    expect(forge_issue.panel.get_by_role("button", name="Connect")).to_be_visible()
    assert stored_link(sandbox) is None
    assert frame.evaluate("window.forgeTestMarker") == "first load", "the panel was reloaded"
    forge_issue.screenshot("forge-07-disconnected")


def test_a_person_linked_through_connect_is_linked_on_the_forge_page(
    forge_issue: ForgeIssuePage, sandbox: Sandbox
) -> None:
    demo = sandbox.demo
    assert demo is not None
    link_directly(sandbox)
    connect_expiry = stored_link(sandbox)
    assert isinstance(connect_expiry, dict)
    forge_issue.open()
    forge_issue.expect_state("linked")
    expect(forge_issue.status).to_contain_text(f"Linked as {demo.name}")
    expect(forge_issue.status).to_have_attribute("data-expires-at", connect_expiry["expiresAt"])


def test_an_anonymous_viewer_is_told_linking_needs_a_signed_in_user(
    forge_issue: ForgeIssuePage, sandbox: Sandbox, console: ConsoleWatch
) -> None:
    # The status route answers a FIT without `principal` with 401, which the
    # browser reports as a failed load of the page's requestRemote.
    console.expect_error(r"status of 401 \(Unauthorized\)", url=r"/forge/glance/status$")
    sandbox.set_viewer(None)
    forge_issue.open()
    expect(forge_issue.status).to_contain_text("Linking needs a signed-in Jira user")
    expect(forge_issue.panel.get_by_role("button")).to_have_count(0)
    forge_issue.screenshot("forge-08-anonymous")


@pytest.mark.parametrize("color_scheme", ["dark"])
def test_the_panel_is_light_on_a_light_jira_even_when_the_system_is_dark(
    forge_issue: ForgeIssuePage, color_scheme: str
) -> None:
    forge_issue.open("?theme=light")
    expect(forge_issue.panel.locator("html")).to_have_attribute("data-color-mode", "light")
    expect(forge_issue.panel.locator("body")).to_have_css("color", "rgb(23, 43, 77)")


def test_the_panel_follows_jiras_theme_through_the_bridge(
    forge_issue: ForgeIssuePage,
) -> None:
    forge_issue.open("?theme=dark")
    expect(forge_issue.panel.locator("html")).to_have_attribute("data-color-mode", "dark")
    # The dark tokens are in force: the text is the dark theme's (#B6C2CF).
    expect(forge_issue.panel.locator("body")).to_have_css("color", "rgb(182, 194, 207)")
    forge_issue.screenshot("forge-09-dark")
