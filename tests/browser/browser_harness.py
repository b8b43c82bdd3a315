"""The pieces the browser tests share: the console watch and the issue page with its
glance. The clock both servers follow is the support package's. Fixtures live in
conftest.py.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Self
from urllib.parse import urlsplit

from playwright.sync_api import (
    ConsoleMessage,
    Error,
    Frame,
    FrameLocator,
    Locator,
    Page,
    WebError,
    expect,
)

from glanceapp.sandbox.runner import Sandbox

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
LOOPBACK = frozenset({"127.0.0.1", "localhost"})
NETWORK_FAILURE = re.compile(r"^Failed to load resource: net::ERR_[A-Z_]+$")
CSP_WORDS = re.compile(r"Content Security Policy|CSP violation", re.IGNORECASE)


# --------------------------------------------------------------------------- console


@dataclass
class ConsoleWatch:
    """Console errors and page errors of one browser context, judged at the end of a test."""

    problems: list[str] = field(default_factory=list)
    expected: list[tuple[re.Pattern[str], re.Pattern[str]]] = field(default_factory=list)
    excused: list[str] = field(default_factory=list)

    def expect_error(self, text: str, *, url: str) -> None:
        """Excuse console errors whose text and source URL match (never a CSP violation)."""
        self.expected.append((re.compile(text), re.compile(url)))

    def on_console(self, message: ConsoleMessage) -> None:
        if message.type != "error":
            return
        text = message.text
        url = message.location.get("url", "")
        where = f"{text} (at {url or 'unknown'})"
        if CSP_WORDS.search(text):
            self.problems.append(f"CSP: {where}")
        elif self._offline_noise(text, url) or self._expected(text, url):
            self.excused.append(where)
        else:
            self.problems.append(f"console error: {where}")

    @staticmethod
    def _offline_noise(text: str, url: str) -> bool:
        """A load from somewhere off this machine failed, as it must offline."""
        return bool(NETWORK_FAILURE.match(text)) and urlsplit(url).hostname not in LOOPBACK

    def _expected(self, text: str, url: str) -> bool:
        return any(
            text_pattern.search(text) and url_pattern.search(url)
            for text_pattern, url_pattern in self.expected
        )

    def on_web_error(self, error: WebError) -> None:
        self.problems.append(f"uncaught error: {error.error}")


# --------------------------------------------------------------------------- the issue page


class IssuePage:
    """The fake Jira issue page in one browser tab, and the glance inside it."""

    def __init__(self, page: Page, sandbox: Sandbox) -> None:
        self.page = page
        self.sandbox = sandbox

    @property
    def glance(self) -> FrameLocator:
        return self.page.frame_locator("#glance-slot iframe")

    @property
    def status(self) -> Locator:
        """The glance's status region (`#link-status`)."""
        return self.glance.locator("#link-status")

    def open(self, query: str = "") -> Self:
        """Load the issue and wait until connect-host.js has established the glance."""
        self.page.goto(self.sandbox.issue_url + query)
        expect(self.page.locator("#glance-panel")).to_have_attribute(
            "data-glance-state", "established"
        )
        return self

    def glance_frame(self) -> Frame:
        """The glance's frame, for evaluating script inside it."""
        for frame in self.page.frames:
            if urlsplit(frame.url).path.endswith("/glance"):
                return frame
        raise AssertionError(f"no glance frame among {[f.url for f in self.page.frames]}")

    def expect_state(self, state: str) -> None:
        expect(self.status).to_have_attribute("data-link-state", state)

    def screenshot(self, name: str, target: Page | None = None) -> Path:
        """Save one state as test artifacts (test-artifacts/, gitignored).

        `<name>.png` is the whole page (the issue, or `target`, e.g. the popup);
        for the issue page `<name>.glance.png` is the glance panel alone.
        """
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        (target or self.page).screenshot(path=str(path), full_page=True)
        if target is None:
            panel = self.page.locator("#glance-panel")
            panel.screenshot(path=str(ARTIFACTS / f"{name}.glance.png"))
        return path


def link_directly(sandbox: Sandbox) -> None:
    """Link the viewer to the demo account through the app's own service, skipping the popup."""
    demo = sandbox.demo
    assert demo is not None

    async def link() -> None:
        services = sandbox.app.state.services
        tenant = await services.tenants.get(sandbox.fake.client_key)
        assert tenant is not None
        outcome = await services.links.link(
            tenant, sandbox.viewer_account_id, demo.name, demo.password
        )
        assert outcome.ok, outcome.error

    sandbox.call(link)


def close_popup(popup: Page) -> None:
    """Press the popup's "Close window" button and see the popup close.

    The button's `window.close()` can end the page while Playwright is still
    finishing the click it sent, which it reports as an error (the target
    closed). Whatever the click reports, the close event, awaited here, is what
    shows the button worked: a click that failed for any other reason never
    closes the popup, and the wait for the event fails the test.
    """
    with popup.expect_event("close"), contextlib.suppress(Error):
        popup.get_by_role("button", name="Close window").click()
    assert popup.is_closed()
