"""The template preview: every template in every state, light and dark, only with GLANCEAPP_DEV."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from html.parser import HTMLParser

import pytest
from litestar.testing import TestClient

from glanceapp import resources
from glanceapp.app import create_app
from glanceapp.settings import Settings
from glanceapp.web.preview import dark_variables, samples

STATUS_STATES = ("unlinked", "linked", "expiring", "expired", "error")


class _Panes(HTMLParser):
    """Counts the light and dark panes and every data-link-state inside them."""

    def __init__(self) -> None:
        super().__init__()
        self.panes: dict[str, int] = {"light": 0, "dark": 0}
        self.states: set[str] = set()
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "script":
            self.scripts += 1
        theme = attributes.get("data-theme")
        if theme in self.panes:
            self.panes[theme] += 1
        state = attributes.get("data-link-state")
        if state:
            self.states.add(state)


def test_the_preview_shows_every_template_in_every_state_light_and_dark(
    make_settings: Callable[..., Settings],
) -> None:
    with TestClient(create_app(make_settings(dev="1"))) as client:
        response = client.get("/_dev/preview")
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"
    policy = response.headers["content-security-policy"]
    assert "unsafe-inline" not in policy
    page = response.text
    parsed = _Panes()
    parsed.feed(page)
    count = len(samples(time.time()))
    assert parsed.panes == {"light": count, "dark": count}
    assert parsed.scripts == 0
    assert set(STATUS_STATES) <= parsed.states
    templates = {
        path.relative_to(resources.templates_dir()).as_posix()
        for path in resources.templates_dir().rglob("*.html")
    }
    shown = set(re.findall(r"<code>((?:pages|partials)/[a-z_]+\.html)</code>", page))
    assert shown == templates - {"pages/base.html"}
    assert "Linking needs a signed-in Jira user" in page


def test_the_preview_stylesheet_carries_app_css_dark_fallbacks(
    make_settings: Callable[..., Settings],
) -> None:
    with TestClient(create_app(make_settings(dev="1"))) as client:
        response = client.get("/_dev/preview.css")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/css")
    dark = dark_variables((resources.static_dir() / "app.css").read_text())
    assert "--gl-text:" in dark
    assert dark in response.text
    assert ".preview__pane--dark {" in response.text


def test_without_dev_there_is_no_preview(settings: Settings) -> None:
    assert settings.dev is False
    with TestClient(create_app(settings)) as client:
        assert client.get("/_dev/preview").status_code == 404
        assert client.get("/_dev/preview.css").status_code == 404


def test_a_stylesheet_without_a_dark_block_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="prefers-color-scheme: dark"):
        dark_variables(":root { --gl-text: #000; }")
