"""The glance follows Jira's theme the way Jira passes it, and is as tall as its content.

The fake Jira sets `data-color-mode` and `data-theme` on its <html> as Jira does;
the glance calls `AP.theming.initializeTheming()`, and Atlassian's connect-host.js
and all.js carry the theme across. The system preference is emulated opposite to
Jira's mode, so only the theme passed through Connect can explain the result.
"""

from __future__ import annotations

import re

import pytest
from browser_harness import IssuePage, link_directly
from playwright.sync_api import expect

from glanceapp.sandbox.runner import Sandbox

pytestmark = pytest.mark.browser

STATUS_COLOUR = "getComputedStyle(document.querySelector('#link-status')).color"
ROOT_SCHEME = "getComputedStyle(document.documentElement).colorScheme"


def luminance(css_colour: str) -> float:
    red, green, blue = (
        int(part) / 255 for part in css_colour[css_colour.index("(") + 1 : -1].split(",")[:3]
    )
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


@pytest.mark.parametrize("color_scheme", ["light"])
def test_dark_jira_on_a_light_system_gives_a_dark_glance(
    issue: IssuePage, sandbox: Sandbox, color_scheme: str
) -> None:
    link_directly(sandbox)
    issue.open("?theme=dark")
    issue.expect_state("linked")
    glance_html = issue.glance.locator("html")
    expect(glance_html).to_have_attribute("data-color-mode", "dark")
    # all.js applied Jira's theme state, not only a colour mode.
    expect(glance_html).to_have_attribute("data-theme", re.compile(r"(^| )dark:dark( |$)"))
    assert issue.page.evaluate("matchMedia('(prefers-color-scheme: light)').matches")
    frame = issue.glance_frame()
    assert frame.evaluate(ROOT_SCHEME) == "dark"
    assert luminance(frame.evaluate(STATUS_COLOUR)) > 0.5
    issue.screenshot("12-glance-dark-jira-light-system")


@pytest.mark.parametrize("color_scheme", ["dark"])
def test_light_jira_on_a_dark_system_gives_a_light_glance(
    issue: IssuePage, sandbox: Sandbox, color_scheme: str
) -> None:
    link_directly(sandbox)
    issue.open("?theme=light")
    issue.expect_state("linked")
    expect(issue.glance.locator("html")).to_have_attribute("data-color-mode", "light")
    frame = issue.glance_frame()
    assert frame.evaluate(ROOT_SCHEME) == "light"
    assert luminance(frame.evaluate(STATUS_COLOUR)) < 0.3


@pytest.mark.parametrize("color_scheme", ["light"])
def test_switching_jira_theme_while_the_glance_is_open(
    issue: IssuePage, sandbox: Sandbox, color_scheme: str
) -> None:
    issue.open("?theme=light")
    issue.expect_state("unlinked")
    glance_html = issue.glance.locator("html")
    expect(glance_html).to_have_attribute("data-color-mode", "light")
    # Jira switches by rewriting its <html> attributes; connect-host.js observes them.
    issue.page.evaluate("document.documentElement.setAttribute('data-color-mode', 'dark')")
    expect(glance_html).to_have_attribute("data-color-mode", "dark")
    assert luminance(issue.glance_frame().evaluate(STATUS_COLOUR)) > 0.5


IFRAME_FITS = """(contentHeight) => {
  const iframe = document.querySelector('#glance-slot iframe');
  return iframe !== null && Math.abs(iframe.getBoundingClientRect().height - contentHeight) <= 2;
}"""
CONTENT_HEIGHT = "Math.ceil(document.querySelector('.ac-content').getBoundingClientRect().height)"


def test_the_iframe_is_as_tall_as_the_glance_content(issue: IssuePage, sandbox: Sandbox) -> None:
    issue.open()
    issue.expect_state("unlinked")
    frame = issue.glance_frame()
    short = frame.evaluate(CONTENT_HEIGHT)
    issue.page.wait_for_function(IFRAME_FITS, arg=short)

    link_directly(sandbox)
    frame.evaluate("htmx.trigger('#link-status', 'glanceapp:refresh')")
    issue.expect_state("linked")
    tall = frame.evaluate(CONTENT_HEIGHT)
    assert tall > short
    issue.page.wait_for_function(IFRAME_FITS, arg=tall)

    issue.glance.get_by_role("button", name="Disconnect").click()
    issue.expect_state("unlinked")
    issue.page.wait_for_function(IFRAME_FITS, arg=frame.evaluate(CONTENT_HEIGHT))
    issue.screenshot("13-glance-sized-to-content")
