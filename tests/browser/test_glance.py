"""The glance in headless Chromium, hosted by Atlassian's connect-host.js on the fake Jira.

Nothing here waits on time: Playwright's `expect` waits for states, and where the
product's behaviour depends on time the test moves the shared clock of the app
and the fake Jira forward. Each state is saved as a screenshot in test-artifacts/.
"""

from __future__ import annotations

import re

import httpx
import jwt
import pytest
from browser_harness import ConsoleWatch, IssuePage, close_popup, link_directly
from playwright.sync_api import Page, expect

from glanceapp.sandbox.issue_site import IFRAME_SANDBOX
from glanceapp.sandbox.runner import Sandbox
from support.clock import Clock

ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
HOUR = 3600
PROPERTY_KEY = "glanceapp.link"

pytestmark = pytest.mark.browser


def connect(issue: IssuePage) -> Page:
    """Press Connect in the glance; the popup it opens."""
    with issue.page.expect_popup() as opened:
        issue.glance.get_by_role("button", name="Connect").click()
    popup = opened.value
    expect(popup.get_by_label("Username")).to_be_visible()
    return popup


def log_in(popup: Page, username: str, password: str) -> None:
    popup.get_by_label("Username").fill(username)
    popup.get_by_label("Password").fill(password)
    popup.get_by_role("button", name="Link account").click()


def stored_link(sandbox: Sandbox) -> object:
    """The user property the app keeps on the viewer's Jira account (None when absent)."""
    return sandbox.fake.property(sandbox.viewer_account_id, PROPERTY_KEY)


def test_link_renew_and_disconnect_update_the_glance_in_place(
    issue: IssuePage, sandbox: Sandbox, clock: Clock
) -> None:
    demo = sandbox.demo
    assert demo is not None
    issue.open()
    expect(issue.page.locator("#glance-slot iframe")).to_have_attribute("sandbox", IFRAME_SANDBOX)
    issue.expect_state("unlinked")
    # A marker in the glance's document: a reload anywhere below would lose it.
    glance = issue.glance_frame()
    glance.evaluate("window.glanceTestMarker = 'first load'")
    issue.screenshot("01-glance-unlinked")

    popup = connect(issue)
    issue.screenshot("02-popup-login-form", popup)

    log_in(popup, demo.name, "not-the-password")
    wrong = popup.get_by_role("alert")
    expect(wrong).to_contain_text("Wrong username or password")
    issue.screenshot("03-popup-wrong-password", popup)
    issue.expect_state("unlinked")
    assert stored_link(sandbox) is None

    # The form comes back with the alert, the username kept: just try again.
    expect(popup.get_by_label("Username")).to_have_value(demo.name)
    log_in(popup, demo.name, demo.password)
    result = popup.locator("#link-result")
    expect(result).to_have_attribute("data-link-state", "linked")
    expect(result).to_contain_text(f"Linked as {demo.name}")
    issue.screenshot("04-popup-linked", popup)

    # The popup told the glance; the glance fetched its new status by itself.
    issue.expect_state("linked")
    expect(issue.status).to_contain_text(f"Linked as {demo.name}")
    expect(issue.status).to_contain_text("Your key expires in 30 days")
    linked_expiry = issue.status.get_attribute("data-expires-at")
    assert linked_expiry is not None
    assert ISO_UTC.match(linked_expiry)
    assert glance.evaluate("window.glanceTestMarker") == "first load", "the glance was reloaded"
    stored = stored_link(sandbox)
    assert isinstance(stored, dict)
    assert stored["expiresAt"] == linked_expiry
    assert stored["account"] == demo.name
    issue.screenshot("05-glance-linked")

    close_popup(popup)

    clock.advance(HOUR)
    issue.glance.get_by_role("button", name="Renew").click()
    expect(issue.status).not_to_have_attribute("data-expires-at", linked_expiry)
    issue.expect_state("linked")
    renewed_expiry = issue.status.get_attribute("data-expires-at")
    assert renewed_expiry is not None
    assert renewed_expiry > linked_expiry
    renewed = stored_link(sandbox)
    assert isinstance(renewed, dict)
    assert renewed["expiresAt"] == renewed_expiry
    assert renewed["linkedAt"] == stored["linkedAt"]
    issue.screenshot("06-glance-renewed")

    issue.glance.get_by_role("button", name="Disconnect").click()
    issue.expect_state("unlinked")
    expect(issue.status).not_to_have_attribute("data-expires-at", re.compile(".*"))
    expect(issue.glance.get_by_role("button", name="Connect")).to_be_visible()
    assert stored_link(sandbox) is None
    assert glance.evaluate("window.glanceTestMarker") == "first load", "the glance was reloaded"
    issue.screenshot("07-glance-disconnected")


@pytest.mark.parametrize("context_token_ttl", [5])
def test_a_long_open_glance_keeps_working_on_short_lived_context_tokens(
    issue: IssuePage, sandbox: Sandbox, clock: Clock, context_token_ttl: int
) -> None:
    demo = sandbox.demo
    assert demo is not None
    issue.open()
    issue.expect_state("unlinked")
    iframe_src = issue.page.locator("#glance-slot iframe").get_attribute("src")
    assert iframe_src is not None
    iframe_jwt = httpx.URL(iframe_src).params["jwt"]
    early_token = sandbox.site.context_token()

    # The glance stays open for two hours: every token it was given has expired.
    clock.advance(2 * HOUR)
    assert jwt.decode(iframe_jwt, options={"verify_signature": False})["exp"] < clock()
    refused = httpx.get(
        f"{sandbox.app_url}/glance/status",
        headers={"Authorization": f"JWT {early_token}"},
        trust_env=False,
    )
    assert refused.status_code == 401

    popup = connect(issue)
    log_in(popup, demo.name, demo.password)
    expect(popup.locator("#link-result")).to_have_attribute("data-link-state", "linked")
    issue.expect_state("linked")
    linked_expiry = issue.status.get_attribute("data-expires-at")
    assert linked_expiry is not None

    clock.advance(2 * HOUR)
    issue.glance.get_by_role("button", name="Renew").click()
    expect(issue.status).not_to_have_attribute("data-expires-at", linked_expiry)
    issue.expect_state("linked")
    issue.screenshot("08-glance-renewed-after-hours-open")

    issue.glance.get_by_role("button", name="Disconnect").click()
    issue.expect_state("unlinked")


def test_an_uninstalled_site_shows_the_reload_problem(
    issue: IssuePage, sandbox: Sandbox, console: ConsoleWatch
) -> None:
    link_directly(sandbox)
    issue.open()
    issue.expect_state("linked")

    status, _ = sandbox.fake.install(event="uninstalled")
    assert status == 204
    console.expect_error(r"status of 401", url=r"/link/renew$")
    issue.glance.get_by_role("button", name="Renew").click()

    problem = issue.glance.locator("#problem")
    expect(problem).to_have_attribute("role", "alert")
    expect(problem).to_contain_text("Reload")
    expect(issue.status).to_have_count(0)
    issue.screenshot("09-glance-reload-problem")


@pytest.mark.parametrize("color_scheme", ["dark"])
def test_the_dark_theme_renders(issue: IssuePage, sandbox: Sandbox, color_scheme: str) -> None:
    link_directly(sandbox)
    issue.open("?theme=dark")
    issue.expect_state("linked")
    expect(issue.page.locator("html")).to_have_attribute("data-color-mode", "dark")
    host_background = issue.page.evaluate("getComputedStyle(document.body).backgroundColor")
    glance_text = issue.glance_frame().evaluate(
        "getComputedStyle(document.querySelector('#link-status')).color"
    )
    assert luminance(host_background) < 0.2, host_background
    assert luminance(glance_text) > 0.5, glance_text
    issue.screenshot("10-glance-linked-dark")


def test_an_anonymous_viewer_is_told_to_log_in(issue: IssuePage, sandbox: Sandbox) -> None:
    sandbox.site.viewer_account_id = None
    issue.open()
    issue.expect_state("unlinked")
    expect(issue.status).to_contain_text("Linking needs a signed-in Jira user")
    expect(issue.glance.get_by_role("button", name="Connect")).to_have_count(0)
    issue.screenshot("11-glance-anonymous")


def test_closing_and_reopening_the_glance_loads_it_afresh(
    issue: IssuePage, sandbox: Sandbox
) -> None:
    issue.page.goto(f"{sandbox.issue_url}?glance=closed")
    expect(issue.page.locator("#glance-panel")).to_have_attribute("data-glance-state", "closed")
    expect(issue.page.locator("#glance-slot iframe")).to_have_count(0)
    issue.page.get_by_role("button", name="Service link").click()
    expect(issue.page.locator("#glance-panel")).to_have_attribute(
        "data-glance-state", "established"
    )
    issue.expect_state("unlinked")
    issue.page.get_by_role("button", name="Close Service link").click()
    expect(issue.page.locator("#glance-slot iframe")).to_have_count(0)


@pytest.mark.parametrize("dev", [True])
def test_the_template_preview_renders_cleanly(page: Page, sandbox: Sandbox, dev: bool) -> None:
    page.goto(f"{sandbox.app_url}/_dev/preview")
    expect(page.get_by_role("heading", name="Template preview")).to_be_visible()
    panes = page.locator(".preview__pane--dark")
    expect(panes.first).to_be_visible()
    dark_text = panes.first.evaluate("pane => getComputedStyle(pane).color")
    light_text = page.locator(".preview__pane--light").first.evaluate(
        "pane => getComputedStyle(pane).color"
    )
    assert luminance(dark_text) > 0.5 > luminance(light_text)
    IssuePage(page, sandbox).screenshot("12-template-preview", target=page)


def luminance(css_color: str) -> float:
    """Relative luminance (0 black .. 1 white) of an `rgb()`/`rgba()` colour."""
    match = re.match(r"rgba?\((\d+), (\d+), (\d+)", css_color)
    assert match, css_color
    red, green, blue = (int(part) / 255 for part in match.groups())
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue
