"""Headless Chromium against the sandbox: the app on 127.0.0.1, the fake Jira on localhost.

Each test gets a fresh `Sandbox` (its own database, a real uvicorn server on a
free port, a fake Jira site on another) whose app reads `clock`, a clock the test
moves forward instead of waiting; the fake Jira follows the same offset.

Every browser context fails its test on any JavaScript error and on any console
error, except failed loads from hosts other than loopback (all.js and
connect-host.js know Atlassian's CDN and feature-gate services, unreachable
offline) and what a test declares it expects. A CSP violation is never excused.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_harness import ConsoleWatch, IssuePage
from cryptography.hazmat.primitives.asymmetric import rsa
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, expect, sync_playwright

from glanceapp.sandbox.runner import Sandbox
from support.clock import Clock
from support.keys import rsa_key

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",  # as root, Chromium refuses to start with its sandbox
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
# Reports every CSP violation as a console error, in every frame, whatever its CSP.
REPORT_CSP_VIOLATIONS = """
document.addEventListener('securitypolicyviolation', (event) => {
  console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`
    + ` at ${event.sourceFile}:${event.lineNumber}`);
});
"""
EXPECT_TIMEOUT_MS = 15_000


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def chromium() -> Path:
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is not installed (Debian: apt-get install chromium)"
        if os.environ.get("GLANCEAPP_REQUIRE_BROWSER") == "1":
            pytest.fail(f"GLANCEAPP_REQUIRE_BROWSER=1 but {reason}")
        pytest.skip(f"browser tests need Chromium: {reason}")
    return CHROMIUM


@pytest.fixture(scope="module")
def playwright(chromium: Path) -> Iterator[Playwright]:
    """Module-scoped: Playwright's sync API runs an event loop on this thread while it is
    open, which pytest-asyncio's tests elsewhere must not find still running."""
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="module")
def browser(playwright: Playwright, chromium: Path) -> Iterator[Browser]:
    launched = playwright.chromium.launch(
        executable_path=str(chromium), args=CHROMIUM_ARGS, headless=True
    )
    try:
        yield launched
    finally:
        launched.close()


@pytest.fixture(scope="session")
def site_install_key() -> rsa.RSAPrivateKey:
    return rsa_key("install")


@pytest.fixture
def clock() -> Clock:
    return Clock.running()


@pytest.fixture
def context_token_ttl() -> int:
    """How long the fake Jira's context tokens live; tests override it."""
    return 180


@pytest.fixture
def dev() -> bool:
    """GLANCEAPP_DEV for the app under test; tests override it."""
    return False


@pytest.fixture
def sandbox(
    clock: Clock, context_token_ttl: int, site_install_key: rsa.RSAPrivateKey, dev: bool
) -> Iterator[Sandbox]:
    with Sandbox(
        clock=clock,
        context_token_ttl=context_token_ttl,
        install_key=site_install_key,
        dev=dev,
        sweep_interval=None,
        environ={"GLANCEAPP_LOG_FORMAT": "text"},
    ) as running:
        clock.follow(running)
        running.start_in_thread()
        yield running
        assert running.fake.server_errors == []


@pytest.fixture
def console() -> ConsoleWatch:
    return ConsoleWatch()


@pytest.fixture
def color_scheme() -> str:
    return "light"


@pytest.fixture
def context(browser: Browser, console: ConsoleWatch, color_scheme: str) -> Iterator[BrowserContext]:
    opened = browser.new_context(
        color_scheme=color_scheme,  # type: ignore[arg-type]
        viewport={"width": 1280, "height": 720},
    )
    opened.set_default_timeout(EXPECT_TIMEOUT_MS)
    opened.add_init_script(REPORT_CSP_VIOLATIONS)
    opened.on("console", console.on_console)
    opened.on("weberror", console.on_web_error)
    try:
        yield opened
    finally:
        opened.close()
    assert console.problems == [], "\n".join(console.problems)


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return context.new_page()


@pytest.fixture(autouse=True, scope="session")
def _expect_timeout() -> None:
    expect.set_options(timeout=EXPECT_TIMEOUT_MS)


@pytest.fixture
def issue(page: Page, sandbox: Sandbox) -> IssuePage:
    return IssuePage(page, sandbox)
