"""The glance's notice (#app-notice) in headless Chromium: the server's words, or the page's own.

An error answer carries its notice, rendered by the server and retargeted there;
a failure no answer can carry (the app unreachable) is said with the sentence
the page's server-rendered <template id="browser-text"> holds. Either way the
status stays as it was, and the next answer that succeeds clears the notice.
"""

from __future__ import annotations

import pytest
from browser_harness import ConsoleWatch, IssuePage, link_directly
from playwright.sync_api import Route, expect

from glanceapp import text
from glanceapp.sandbox.runner import Sandbox

pytestmark = pytest.mark.browser


def test_an_error_answer_shows_the_servers_notice_then_a_success_clears_it(
    issue: IssuePage, sandbox: Sandbox, console: ConsoleWatch
) -> None:
    link_directly(sandbox)
    issue.open()
    issue.expect_state("linked")
    notice = issue.glance.locator("#app-notice")
    expect(notice).to_be_hidden()

    # Renew goes to a route the server does not have: a real 404, answered as the notice.
    def misroute(route: Route) -> None:
        route.continue_(url=route.request.url.replace("/link/renew", "/link/nowhere"))

    console.expect_error(r"status of 404", url=r"/link/renew$")
    console.expect_error(r"Response Status Error Code 404", url=r"/htmx-[\d.]+\.min\.js$")
    issue.page.context.route("**/link/renew", misroute)
    issue.glance.get_by_role("button", name="Renew").click()
    expect(notice).to_be_visible()
    expect(notice).to_have_text(text.INVALID)
    expect(notice).to_have_attribute("role", "alert")
    issue.expect_state("linked")
    issue.screenshot("notice-from-the-server")

    issue.page.context.unroute("**/link/renew", misroute)
    issue.glance.get_by_role("button", name="Renew").click()
    expect(notice).to_be_hidden()
    issue.expect_state("linked")


def test_the_app_unreachable_is_said_in_the_pages_own_words(
    issue: IssuePage, sandbox: Sandbox, console: ConsoleWatch
) -> None:
    link_directly(sandbox)
    issue.open()
    issue.expect_state("linked")
    console.expect_error(r"ERR_FAILED", url=r"/link$")
    console.expect_error(r"^htmx:(afterRequest|sendError)", url=r"/htmx-[\d.]+\.min\.js$")
    issue.page.context.route("**/link", lambda route: route.abort())
    issue.glance.get_by_role("button", name="Disconnect").click()
    notice = issue.glance.locator("#app-notice")
    expect(notice).to_have_text(text.NETWORK)
    issue.expect_state("linked")
