"""The glance's theme: Jira's mode wins over the system's, colours meet WCAG AA, the CSP allows
exactly the stylesheet origin Jira's theming needs, and the iframe is sized to its content.

Contrast is computed from the values in static/app.css (the fallbacks, which are
what a page without Atlassian's token stylesheet shows), in light and in dark.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from glanceapp import resources
from glanceapp.settings import Settings
from glanceapp.web.headers import THEME_STYLES_ORIGIN, SecurityHeaders

AA_TEXT = 4.5
CSS = (resources.static_dir() / "app.css").read_text(encoding="utf-8")
APP_JS = (resources.static_dir() / "app.js").read_text(encoding="utf-8")
BASE_HTML = (resources.templates_dir() / "pages" / "base.html").read_text(encoding="utf-8")
MEDIA_DARK = re.compile(
    r"@media\s*\(prefers-color-scheme:\s*dark\)\s*\{[^{}]*?:root:not\(\[data-color-mode\]\)\s*\{(?P<body>[^{}]*)\}"
)
JIRA_DARK = re.compile(r':root\[data-color-mode="dark"\]\s*\{(?P<body>[^{}]*)\}')
LIGHT = re.compile(r"(?<![\w\]-]):root\s*\{(?P<body>[^{}]*)\}")
VARIABLE = re.compile(r"(--gl-[a-z0-9-]+):\s*var\(--ds-[a-z0-9-]+,\s*(#[0-9A-Fa-f]{6,8})\)")


def fallbacks(body: str) -> dict[str, str]:
    return dict(VARIABLE.findall(body))


def block(pattern: re.Pattern[str]) -> str:
    match = pattern.search(CSS)
    assert match is not None, pattern.pattern
    return match.group("body")


def light() -> dict[str, str]:
    return fallbacks(block(LIGHT))


def dark() -> dict[str, str]:
    return {**light(), **fallbacks(block(JIRA_DARK))}


def luminance(colour: str) -> float:
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def contrast(foreground: str, background: str) -> float:
    for colour in (foreground, background):
        assert len(colour) == 7, f"{colour} has alpha: contrast needs an opaque pair"
    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula_against_known_pairs() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


# Text on the background it is drawn on, as app.css pairs them.
PAIRS = [
    ("alert", "--gl-text-danger", "--gl-background-danger"),
    ("expiring warning", "--gl-text-warning", "--gl-background-warning"),
    ("body text", "--gl-text", "--gl-surface"),
    ("subtle text", "--gl-text-subtle", "--gl-surface"),
    ("linked account", "--gl-text-success", "--gl-surface"),
    ("expired text", "--gl-text-danger", "--gl-surface"),
    ("primary button", "--gl-text-inverse", "--gl-background-brand-bold"),
]


@pytest.mark.parametrize("mode", [light, dark], ids=["light", "dark"])
@pytest.mark.parametrize(("what", "text", "background"), PAIRS, ids=[p[0] for p in PAIRS])
def test_text_meets_wcag_aa_contrast(
    mode: Callable[[], dict[str, str]], what: str, text: str, background: str
) -> None:
    colours = mode()
    ratio = contrast(colours[text], colours[background])
    assert ratio >= AA_TEXT, f"{what}: {colours[text]} on {colours[background]} is {ratio:.2f}:1"


def test_the_dark_alert_uses_those_variables() -> None:
    rule = re.search(r"\.alert,\s*\.notice:not\(\[hidden\]\)\s*\{(?P<body>[^{}]*)\}", CSS)
    assert rule is not None
    assert "color: var(--gl-text-danger);" in rule.group("body")
    assert "background: var(--gl-background-danger);" in rule.group("body")


def test_jira_dark_and_system_dark_use_the_same_colours() -> None:
    system, jira = fallbacks(block(MEDIA_DARK)), fallbacks(block(JIRA_DARK))
    assert system, "no dark fallbacks found"
    assert system == jira


def test_jira_mode_decides_the_colour_scheme_over_the_system() -> None:
    assert "color-scheme: dark;" in block(JIRA_DARK)
    light_rule = re.search(r':root\[data-color-mode="light"\]\s*\{(?P<body>[^{}]*)\}', CSS)
    assert light_rule is not None
    assert "color-scheme: light;" in light_rule.group("body")
    # The system preference applies only where no host set a mode.
    assert ":root:not([data-color-mode])" in CSS


def test_the_glance_asks_jira_for_its_theme() -> None:
    assert "theming.initializeTheming()" in APP_JS
    start = APP_JS.index("function startGlance()")
    assert "followJiraTheme();" in APP_JS[start : start + 200]


def test_the_expiry_time_does_not_look_like_a_link() -> None:
    rule = re.search(r"(?m)^time\s*\{(?P<body>[^{}]*)\}", CSS)
    assert rule is not None
    assert "text-decoration: none;" in rule.group("body")
    assert "underline" not in rule.group("body")
    assert "cursor: pointer" not in rule.group("body")


def test_pages_wrap_their_content_in_the_container_all_js_measures() -> None:
    """all.js sizes the iframe from `.ac-content`; measuring <body> could never shrink it."""
    assert '<div class="ac-content">' in BASE_HTML
    body = BASE_HTML[BASE_HTML.index("<body") :]
    assert body.index("ac-content") < body.index("<main")
    assert body.index("partials/app_notice.html") < body.index("</div>\n</body>")
    assert re.search(r"\.ac-content\s*\{\s*display: flow-root;", CSS)


def policy(all_js_url: str) -> dict[str, list[str]]:
    settings = Settings(all_js_url=all_js_url, base_url="https://glance.example.com")
    text = SecurityHeaders(settings).policy("'none'")
    return {
        name: values
        for name, *values in (
            directive.split() for directive in text.split(";") if directive.strip()
        )
    }


def test_styles_may_come_from_the_theme_origin_wherever_all_js_is_served() -> None:
    """all.js links Atlassian's theme stylesheets from a fixed origin, even when served elsewhere."""
    csp = policy("http://localhost:8001/atlassian-connect/all.js")
    assert sorted(csp["style-src"]) == sorted(
        ["'self'", "http://localhost:8001", THEME_STYLES_ORIGIN]
    )
    assert THEME_STYLES_ORIGIN not in csp["script-src"]
    assert THEME_STYLES_ORIGIN not in csp["connect-src"]
    assert "'unsafe-inline'" not in csp["style-src"]


def test_the_theme_origin_is_listed_once_when_all_js_comes_from_it() -> None:
    csp = policy(f"{THEME_STYLES_ORIGIN}/all.js")
    assert sorted(csp["style-src"]) == sorted(["'self'", THEME_STYLES_ORIGIN])


def test_the_theme_origin_is_the_one_all_js_loads_themes_from() -> None:
    vendored = sorted((resources.static_dir() / "vendor").glob("atlassian-connect-js-*-iframe.js"))
    assert vendored
    text = Path(vendored[-1]).read_text(encoding="utf-8")
    assert f'var CDN_DOMAIN = "{THEME_STYLES_ORIGIN.removeprefix("https://")}";' in text
    assert 'CDN_URL + "/themes/atlaskit-tokens_"' in text
