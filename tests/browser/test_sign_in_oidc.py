"""The `oidc` sign-in in headless Chromium: Connect in the glance, the popup goes to a real,
certified OpenID Connect provider (oidc-provider under node, on loopback), the person
signs in on the provider's own login page, and the glance shows the link by itself."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from browser_harness import ConsoleWatch, IssuePage, close_popup
from cryptography.hazmat.primitives.asymmetric import rsa
from playwright.sync_api import Page, expect

from glanceapp.sandbox.oidc_provider import (
    CLIENT_ID,
    CLIENT_SECRET,
    USERS,
    Provider,
    provider_missing,
)
from glanceapp.sandbox.runner import Sandbox
from support.clock import Clock

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def provider() -> Iterator[Provider]:
    missing = provider_missing()
    if missing is not None:
        pytest.fail(f"the OpenID Connect provider for these tests is missing: {missing}")
    running = Provider()
    try:
        yield running
    finally:
        running.close()


@pytest.fixture
def sandbox(
    clock: Clock, site_install_key: rsa.RSAPrivateKey, provider: Provider
) -> Iterator[Sandbox]:
    with Sandbox(
        clock=clock,
        install_key=site_install_key,
        dev=False,
        sweep_interval=None,
        environ={
            "GLANCEAPP_LOG_FORMAT": "text",
            "GLANCEAPP_SIGN_IN": "oidc",
            "GLANCEAPP_OIDC_ISSUER": provider.issuer,
            "GLANCEAPP_OIDC_CLIENT_ID": CLIENT_ID,
            "GLANCEAPP_OIDC_CLIENT_SECRET": CLIENT_SECRET,
        },
    ) as running:
        clock.follow(running)
        running.start_in_thread()
        yield running
        assert running.fake.server_errors == []


def test_link_through_the_providers_own_login_page(
    issue: IssuePage, page: Page, provider: Provider, console: ConsoleWatch
) -> None:
    # The provider's login page has no icon; the browser asks for one all the same.
    console.expect_error("404", url=re.escape(f"{provider.issuer}/favicon.ico"))
    issue.open()
    issue.expect_state("unlinked")
    with page.expect_popup() as opened:
        issue.glance.get_by_role("button", name="Connect").click()
    popup = opened.value
    expect(popup.get_by_label("Password")).to_have_count(0)
    popup.get_by_role("button", name="Continue to sign in").click()

    popup.wait_for_url(re.compile(re.escape(provider.issuer) + r"/interaction/"))
    popup.locator("#provider-username").fill("ann")
    popup.locator("#provider-password").fill("not ann's password")
    popup.locator("#provider-submit").click()
    expect(popup.locator("#login-error")).to_have_text("Wrong username or password.")
    issue.expect_state("unlinked")

    popup.locator("#provider-username").fill("ann")
    popup.locator("#provider-password").fill(USERS["ann"]["password"])
    popup.locator("#provider-submit").click()

    result = popup.locator("#link-result")
    expect(result).to_have_attribute("data-link-state", "linked")
    expect(result).to_contain_text("Linked as ann")
    issue.screenshot("oidc-01-popup-linked", popup)
    # The popup, back from the provider, told the glance; the glance refreshed itself.
    issue.expect_state("linked")
    expect(issue.status).to_contain_text("Linked as ann")
    close_popup(popup)
