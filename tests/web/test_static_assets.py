"""The browser-facing files: vendored htmx, app.js, app.css and the templates.

These need no app: templates are rendered with Jinja2 directly, with the
context the server documents for each one, and parsed with the stdlib parser.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from glanceapp import text as catalogue

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
STATIC = ROOT / "static"
VENDOR = STATIC / "vendor"
APP_JS = STATIC / "app.js"
APP_CSS = STATIC / "app.css"

BASE_PATH = "/app"
ALL_JS_URL = "https://connect-cdn.atl-paas.net/all.js"
VERSION = r"\d+\.\d+\.\d+"
VOID_ELEMENTS = frozenset(
    ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr")
)
HX_URL_ATTRIBUTES = ("hx-get", "hx-post", "hx-put", "hx-patch", "hx-delete")
STATES = ("unlinked", "linked", "expiring", "expired", "error")


# --------------------------------------------------------------- helpers


@dataclass(frozen=True)
class Status:
    """The shape the server hands the status templates."""

    state: str
    account: str | None = None
    expires_at: str | None = None
    expiring_at: str | None = None
    expires_in_words: str | None = None
    message: str | None = None
    anonymous: bool = False
    reconnect: bool = False


SAMPLE_STATUS = {
    "unlinked": Status("unlinked"),
    "linked": Status(
        "linked",
        account="alice",
        expires_at="2030-01-31T12:00:00Z",
        expiring_at="2030-01-28T12:00:00Z",
        expires_in_words="in 27 days",
    ),
    "expiring": Status(
        "expiring",
        account="alice",
        expires_at="2030-01-31T12:00:00Z",
        expiring_at="2030-01-28T12:00:00Z",
        expires_in_words="in 2 days",
    ),
    "expired": Status(
        "expired",
        account="alice",
        expires_at="2020-01-31T12:00:00Z",
        expires_in_words="2 hours ago",
    ),
    "error": Status("error", message="Jira could not be reached. Try again in a moment."),
}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    children: list[Element]
    content: list[Element | str] = field(default_factory=list)

    def iter(self) -> list[Element]:
        found = [self]
        for child in self.children:
            found.extend(child.iter())
        return found

    def find_all(self, tag: str | None = None, **attrs: str) -> list[Element]:
        return [
            el
            for el in self.iter()
            if (tag is None or el.tag == tag)
            and all(el.attrs.get(name.replace("_", "-")) == v for name, v in attrs.items())
        ]

    def all_text(self) -> str:
        """The text content, whitespace collapsed."""
        parts = [c if isinstance(c, str) else c.all_text() for c in self.content]
        return " ".join("".join(parts).split())


class TreeBuilder(HTMLParser):
    """A small tolerant DOM: enough to count roots and read attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {}, [])
        self.stack = [self.root]
        self.stray_text: list[str] = []
        self.scripts: list[tuple[dict[str, str], str]] = []
        self._in_script: dict[str, str] | None = None
        self._script_body: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v if v is not None else "" for k, v in attrs}, [])
        self.stack[-1].children.append(element)
        self.stack[-1].content.append(element)
        if tag == "script":
            self._in_script = element.attrs
            self._script_body = []
        if tag not in VOID_ELEMENTS:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_ELEMENTS:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_script is not None:
            self.scripts.append((self._in_script, "".join(self._script_body)))
            self._in_script = None
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return
        raise AssertionError(f"unmatched </{tag}>")

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            self._script_body.append(data)
        if len(self.stack) == 1:
            self.stray_text.append(data)
        else:
            self.stack[-1].content.append(data)


def parse(html: str) -> TreeBuilder:
    builder = TreeBuilder()
    builder.feed(html)
    builder.close()
    assert len(builder.stack) == 1, f"unclosed elements: {[e.tag for e in builder.stack[1:]]}"
    return builder


@pytest.fixture(scope="module")
def env() -> Environment:
    environment = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
    )
    environment.globals["text"] = catalogue
    return environment


def htmx_files() -> list[Path]:
    return sorted(VENDOR.glob("htmx-*.min.js"))


def htmx_version() -> str:
    files = htmx_files()
    assert len(files) == 1, f"expected exactly one vendored htmx, found {files}"
    match = re.fullmatch(rf"htmx-({VERSION})\.min\.js", files[0].name)
    assert match, files[0].name
    return match.group(1)


def page_context(**extra: Any) -> dict[str, Any]:
    return {
        "base_path": BASE_PATH,
        "htmx_version": htmx_version(),
        "all_js_url": ALL_JS_URL,
        **extra,
    }


def partial_contexts() -> list[tuple[str, dict[str, Any]]]:
    """Every partial with contexts that reach every branch."""
    cases: list[tuple[str, dict[str, Any]]] = []
    for state, status in SAMPLE_STATUS.items():
        cases.append(("link_status.html", {"base_path": BASE_PATH, "status": status}))
        cases.append(
            (
                "link_status.html",
                {"base_path": BASE_PATH, "status": replace(status, message="Heads up.")},
            )
        )
        if state == "unlinked":
            cases.append(
                (
                    "link_status.html",
                    {"base_path": BASE_PATH, "status": replace(status, anonymous=True)},
                )
            )
    cases += [
        ("login_form.html", {"base_path": BASE_PATH, "username": "", "error": None}),
        ("login_form.html", {"base_path": BASE_PATH, "username": None, "error": None}),
        (
            "login_form.html",
            {"base_path": BASE_PATH, "username": "alice", "error": "Wrong password."},
        ),
        (
            "link_result.html",
            {"base_path": BASE_PATH, "status": SAMPLE_STATUS["linked"], "error": None},
        ),
        (
            "link_result.html",
            {"base_path": BASE_PATH, "status": None, "error": "Jira refused the change."},
        ),
        ("problem.html", {"message": "Your Jira session has expired. Reload the issue."}),
        ("oidc_start.html", {"base_path": BASE_PATH, "error": None}),
        ("oidc_start.html", {"base_path": BASE_PATH, "error": "The provider is down."}),
        ("oidc_start.html", {"base_path": BASE_PATH, "redirecting": True}),
        (
            "oidc_start.html",
            {
                "base_path": BASE_PATH,
                "error": None,
                "plain_action": f"{BASE_PATH}/forge/link/oidc",
                "hidden": [("ticket", "t"), ("csrf", "c")],
            },
        ),
        (
            "link_status.html",
            {"base_path": BASE_PATH, "status": replace(SAMPLE_STATUS["linked"], reconnect=True)},
        ),
        (
            "link_status.html",
            {
                "base_path": BASE_PATH,
                "status": replace(SAMPLE_STATUS["expiring"], reconnect=True),
            },
        ),
        ("app_notice.html", {"message": None}),
        ("app_notice.html", {"message": "Something went wrong on our side."}),
        ("browser_text.html", {}),
    ]
    return cases


def render_partial(env: Environment, name: str, **context: Any) -> Element:
    tree = parse(env.get_template(f"partials/{name}").render(**context))
    roots = tree.root.children
    assert len(roots) == 1, f"{name}: {len(roots)} root elements"
    assert not "".join(tree.stray_text).strip(), f"{name}: text outside the root element"
    return roots[0]


def status_region(env: Environment, status: Status) -> Element:
    return render_partial(env, "link_status.html", base_path=BASE_PATH, status=status)


def kebab(stem: str) -> str:
    return stem.replace("_", "-")


def template_sources() -> list[Path]:
    return sorted(TEMPLATES.rglob("*"))


def without_jinja_comments(source: str) -> str:
    return re.sub(r"\{#.*?#\}", "", source, flags=re.DOTALL)


# ------------------------------------------------------------ vendored htmx


def test_exactly_one_htmx_is_vendored_with_its_version_in_the_name() -> None:
    assert re.fullmatch(VERSION, htmx_version())


def test_htmx_file_declares_the_version_in_its_name() -> None:
    version = htmx_version()
    declared = re.findall(
        r"version:\s*[\"'](\d+\.\d+\.\d+[^\"']*)[\"']", htmx_files()[0].read_text()
    )
    assert declared == [version]


def test_htmx_is_version_2_0() -> None:
    assert htmx_version().startswith("2.0.")


def test_htmx_licence_travels_with_it() -> None:
    licence = VENDOR / f"htmx-{htmx_version()}.LICENSE"
    assert licence.is_file()
    assert "Zero-Clause BSD" in licence.read_text()


def test_vendor_readme_names_the_vendored_version_and_no_other() -> None:
    readme = (VENDOR / "README.md").read_text()
    version = htmx_version()
    named = set(re.findall(rf"\bhtmx(?:\.org@|[ -])({VERSION})", readme))
    assert named == {version}
    assert f"htmx-{version}.min.js" in readme
    assert f"htmx-{version}.LICENSE" in readme
    assert "0BSD" in readme


def test_every_vendored_file_is_listed_in_the_readme() -> None:
    readme = (VENDOR / "README.md").read_text()
    for path in VENDOR.iterdir():
        if path.name != "README.md":
            assert f"`{path.name}`" in readme, path.name


# ----------------------------------------------------------------- app.js


@pytest.fixture(scope="module")
def app_js() -> str:
    return APP_JS.read_text()


@pytest.mark.parametrize(
    "forbidden",
    [
        r"\beval\s*\(",
        r"\bnew\s+Function\b",
        r"\bFunction\s*\(",
        r"document\.write",
        r"\.innerHTML\b",
        r"\.outerHTML\b",
        r"insertAdjacentHTML",
        r"setTimeout\(\s*['\"`]",
        r"\bhx-on\b",
    ],
)
def test_app_js_builds_no_code_and_no_markup_from_strings(app_js: str, forbidden: str) -> None:
    assert not re.search(forbidden, app_js)


def test_app_js_is_strict(app_js: str) -> None:
    assert "'use strict';" in app_js


@pytest.mark.parametrize(
    "setting",
    [
        "htmx.config.includeIndicatorStyles = false;",
        "htmx.config.allowEval = false;",
        "htmx.config.allowScriptTags = false;",
        "htmx.config.selfRequestsOnly = true;",
        "htmx.config.responseHandling = [",
    ],
)
def test_app_js_configures_htmx_for_a_strict_csp(app_js: str, setting: str) -> None:
    assert setting in app_js


def test_app_js_attaches_the_token_in_one_place(app_js: str) -> None:
    assert app_js.count("'Authorization'") == 1
    assert "htmx:confirm" in app_js
    assert "htmx:configRequest" in app_js
    assert "`JWT ${token}`" in app_js


def test_app_js_checks_origin_and_source_of_every_message(app_js: str) -> None:
    assert app_js.count("addEventListener('message'") == 2
    assert "event.origin !== ORIGIN || event.source !== window.opener" in app_js
    assert "event.origin !== ORIGIN || !isOurPopup(event.source)" in app_js
    # postMessage always names the target origin, never "*".
    calls = re.findall(r"\.postMessage\((?:[^()]|\([^()]*\))*\)", app_js)
    assert len(calls) == app_js.count(".postMessage(") >= 4
    assert all(re.search(r",\s*ORIGIN\)$", call) for call in calls), calls


def test_app_js_clamps_expiry_timers_to_a_day(app_js: str) -> None:
    assert "86400000" in app_js
    assert "Math.min(next - now + BOUNDARY_MARGIN_MS, MAX_TIMER_MS)" in app_js


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_app_js_parses() -> None:
    node = shutil.which("node")
    assert node is not None
    result = subprocess.run(
        [node, "--check", str(APP_JS)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


# ---------------------------------------------------------------- app.css


def test_css_colours_come_from_design_tokens() -> None:
    css = re.sub(r"/\*.*?\*/", "", APP_CSS.read_text(), flags=re.DOTALL)
    assert not re.search(r"\b(?:rgba?|hsla?)\(", css)
    for match in re.finditer(r"#[0-9A-Fa-f]{3,8}\b", css):
        before = css[: match.start()]
        assert re.search(r"var\(--ds-[a-z0-9-]+,\s*$", before), (
            f"bare colour {match.group()} at offset {match.start()}"
        )


def test_css_has_a_dark_fallback_and_a_focus_ring() -> None:
    css = APP_CSS.read_text()
    assert "@media (prefers-color-scheme: dark)" in css
    assert "var(--ds-border-focused, #388BFF)" in css
    assert ":focus-visible" in css


def test_css_loads_nothing_from_elsewhere() -> None:
    css = APP_CSS.read_text()
    assert "@import" not in css
    assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", css)


def test_icon_is_a_24px_svg() -> None:
    svg = ET.parse(STATIC / "icon.svg").getroot()  # noqa: S314 - our own file
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert (svg.get("width"), svg.get("height"), svg.get("viewBox")) == ("24", "24", "0 0 24 24")
    assert not svg.findall(".//{http://www.w3.org/2000/svg}script")


# ------------------------------------------------------- templates: sources


def test_templates_end_in_html() -> None:
    files = [p for p in template_sources() if p.is_file()]
    assert files
    assert all(p.suffix == ".html" for p in files), files


@pytest.mark.parametrize(
    "path", [p for p in template_sources() if p.is_file()], ids=lambda p: p.name
)
def test_template_source_has_no_inline_code_or_style(path: Path) -> None:
    source = without_jinja_comments(path.read_text())
    tags = re.findall(r"<[a-zA-Z][^>]*>", source, flags=re.DOTALL)
    for tag in tags:
        assert not re.search(r"\son[a-z]+\s*=", tag, flags=re.IGNORECASE), tag
        assert not re.search(r"\sstyle\s*=", tag, flags=re.IGNORECASE), tag
        assert not re.search(r"\shx-on", tag), tag
        assert "javascript:" not in tag.lower(), tag
    assert "<style" not in source.lower()
    assert "hx-boost" not in source
    assert "hx-push-url" not in source
    for script in re.findall(r"<script\b[^>]*>(.*?)</script>", source, flags=re.DOTALL):
        assert script.strip() == "", f"inline script in {path.name}"
    assert "| safe" not in source
    assert "|safe" not in source


@pytest.mark.parametrize("path", sorted((TEMPLATES / "pages").glob("*.html")), ids=lambda p: p.name)
def test_pages_extend_base(path: Path) -> None:
    if path.name != "base.html":
        assert path.read_text().lstrip().startswith('{% extends "pages/base.html" %}')


@pytest.mark.parametrize(
    "path", sorted((TEMPLATES / "partials").glob("*.html")), ids=lambda p: p.name
)
def test_partials_never_extend(path: Path) -> None:
    assert "{% extends" not in path.read_text()


# ------------------------------------------------------ templates: partials


def test_every_partial_is_exercised() -> None:
    on_disk = {p.name for p in (TEMPLATES / "partials").glob("*.html")}
    assert on_disk == {name for name, _ in partial_contexts()}


@pytest.mark.parametrize(
    ("name", "context"),
    partial_contexts(),
    ids=[f"{n}-{i}" for i, (n, _) in enumerate(partial_contexts())],
)
def test_partial_has_one_root_named_after_its_file(
    env: Environment, name: str, context: dict[str, Any]
) -> None:
    root = render_partial(env, name, **context)
    assert root.attrs.get("id") == kebab(Path(name).stem)
    ids = [el.attrs["id"] for el in root.iter() if "id" in el.attrs]
    assert len(ids) == len(set(ids)), ids
    for el in root.iter():
        if el.tag == "script":
            pytest.fail(f"{name} renders a script element")
        if el.tag == "button":
            assert el.attrs.get("type") in {"button", "submit"}, el.attrs
        for attr in HX_URL_ATTRIBUTES:
            if attr in el.attrs:
                assert el.attrs[attr].startswith(f"{BASE_PATH}/"), el.attrs


@pytest.mark.parametrize("state", STATES)
def test_status_partial_carries_its_state(env: Environment, state: str) -> None:
    status = SAMPLE_STATUS[state]
    root = status_region(env, status)
    assert root.tag == "section"
    assert root.attrs["data-link-state"] == state
    assert root.attrs.get("data-expires-at") == (status.expires_at or None)
    assert root.attrs.get("data-expiring-at") == (status.expiring_at or None)
    assert root.attrs["hx-get"] == f"{BASE_PATH}/glance/status"
    assert root.attrs["hx-trigger"] == "glanceapp:refresh"
    assert root.attrs["hx-swap"] == "outerHTML"
    assert root.attrs["aria-live"] == "polite"


@pytest.mark.parametrize("state", STATES)
def test_the_glance_never_takes_focus_from_jira(env: Environment, state: str) -> None:
    root = status_region(env, replace(SAMPLE_STATUS[state], message="Heads up."))
    assert not [el for el in root.iter() if "autofocus" in el.attrs]


def test_unlinked_offers_connect(env: Environment) -> None:
    root = status_region(env, SAMPLE_STATUS["unlinked"])
    buttons = root.find_all("button")
    assert [b.attrs.get("data-action") for b in buttons] == ["connect"]
    assert buttons[0].all_text() == "Connect"
    assert not root.find_all(role="alert")


@pytest.mark.parametrize("state", ["linked", "expiring"])
def test_linked_offers_renew_and_disconnect(env: Environment, state: str) -> None:
    root = status_region(env, SAMPLE_STATUS[state])
    assert "alice" in root.all_text()
    (renew,) = root.find_all("button", hx_post=f"{BASE_PATH}/link/renew")
    (disconnect,) = root.find_all("button", hx_delete=f"{BASE_PATH}/link")
    for button in (renew, disconnect):
        assert button.attrs["hx-target"] == "#link-status"
        assert button.attrs["hx-swap"] == "outerHTML"
        assert "hx-confirm" not in button.attrs
    assert ("button--primary" in renew.attrs["class"]) is (state == "expiring")
    (time,) = root.find_all("time")
    assert time.attrs["datetime"] == SAMPLE_STATUS[state].expires_at
    assert time.attrs["title"] == "2030-01-31 12:00:00 UTC"
    assert time.all_text() == SAMPLE_STATUS[state].expires_in_words


def test_expired_offers_reconnect(env: Environment) -> None:
    root = status_region(env, SAMPLE_STATUS["expired"])
    buttons = root.find_all("button")
    assert [b.attrs.get("data-action") for b in buttons] == ["connect"]
    assert buttons[0].all_text() == "Reconnect"
    assert "expired" in root.all_text()
    assert root.find_all("time")[0].all_text() == "2 hours ago"


def test_error_shows_the_message_and_a_retry(env: Environment) -> None:
    root = status_region(env, SAMPLE_STATUS["error"])
    assert root.attrs["role"] == "alert"  # the contract: the partial's root carries the alert
    assert not root.find_all(role="alert")[1:], "one alert, on the root"
    assert SAMPLE_STATUS["error"].message in root.all_text()
    (retry,) = root.find_all("button")
    assert retry.attrs["hx-get"] == f"{BASE_PATH}/glance/status"
    assert retry.attrs["hx-target"] == "#link-status"


def test_error_without_a_message_still_says_something(env: Environment) -> None:
    root = status_region(env, Status("error"))
    assert root.attrs["role"] == "alert"
    assert root.all_text().strip()


@pytest.mark.parametrize("state", ["unlinked", "linked", "expiring", "expired"])
def test_a_message_in_other_states_is_an_alert(env: Environment, state: str) -> None:
    message = "Jira could not be reached; your link is unchanged."
    root = status_region(env, replace(SAMPLE_STATUS[state], message=message))
    assert root.attrs["role"] == "alert"
    assert message in root.all_text()
    assert root.attrs["data-link-state"] == state


@pytest.mark.parametrize("state", ["unlinked", "linked", "expiring", "expired"])
def test_a_status_without_a_message_is_no_alert(env: Environment, state: str) -> None:
    root = status_region(env, SAMPLE_STATUS[state])
    assert "role" not in root.attrs


def test_anonymous_viewer_is_told_to_sign_in_and_gets_no_buttons(env: Environment) -> None:
    root = status_region(env, Status("unlinked", anonymous=True))
    assert not root.find_all("button")
    assert "signed-in Jira user" in root.all_text()


def test_status_escapes_what_it_is_given(env: Environment) -> None:
    evil = "<script>alert(1)</script>"
    html = env.get_template("partials/link_status.html").render(
        base_path=BASE_PATH, status=replace(SAMPLE_STATUS["linked"], account=evil, message=evil)
    )
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>" not in html


def test_login_form_shape(env: Environment) -> None:
    root = render_partial(env, "login_form.html", base_path=BASE_PATH, username="al", error=None)
    assert root.tag == "form"
    assert root.attrs["hx-post"] == f"{BASE_PATH}/link"
    assert root.attrs["hx-target"] == "this"
    assert root.attrs["hx-swap"] == "outerHTML"
    inputs = {el.attrs["name"]: el for el in root.find_all("input")}
    assert set(inputs) == {"username", "password"}
    assert inputs["username"].attrs["autocomplete"] == "username"
    assert inputs["username"].attrs["value"] == "al"
    assert inputs["password"].attrs["type"] == "password"
    assert inputs["password"].attrs["autocomplete"] == "current-password"
    assert "value" not in inputs["password"].attrs
    labelled = {el.attrs.get("for") for el in root.find_all("label")}
    assert {el.attrs["id"] for el in inputs.values()} <= labelled
    (submit,) = root.find_all("button", type="submit")
    assert submit.all_text() == "Link account"
    assert [el.attrs["name"] for el in root.iter() if "autofocus" in el.attrs] == ["password"]
    assert not root.find_all(role="alert")


def test_login_form_error_is_an_escaped_alert(env: Environment) -> None:
    root = render_partial(
        env,
        "login_form.html",
        base_path=BASE_PATH,
        username='"><b>',
        error="Too many attempts <b>now</b>. Try again in 5 minutes.",
    )
    (alert,) = root.find_all(role="alert")
    assert alert.all_text() == "Too many attempts <b>now</b>. Try again in 5 minutes."
    assert not root.find_all("b")
    assert root.find_all("input", name="username")[0].attrs["value"] == '"><b>'


def test_link_result_success(env: Environment) -> None:
    status = SAMPLE_STATUS["linked"]
    root = render_partial(env, "link_result.html", base_path=BASE_PATH, status=status, error=None)
    assert root.attrs["data-link-state"] == "linked"
    assert root.attrs["data-expires-at"] == status.expires_at
    assert "role" not in root.attrs
    assert "Linked as alice. Your key expires in 27 days." in root.all_text()
    assert "You can close this window." in root.all_text()
    assert [b.attrs.get("data-action") for b in root.find_all("button")] == ["close"]


def test_link_result_failure_is_an_error_alert(env: Environment) -> None:
    root = render_partial(
        env, "link_result.html", base_path=BASE_PATH, status=None, error="Jira said <no>."
    )
    assert root.attrs["role"] == "alert"
    assert root.attrs["data-link-state"] == "error"
    assert "Jira said <no>." in root.all_text()


def test_link_result_failure_offers_the_form_again_with_the_username(env: Environment) -> None:
    root = render_partial(
        env,
        "link_result.html",
        base_path=BASE_PATH,
        status=None,
        error="Wrong username or password.",
        username='al"ice',
    )
    (form,) = root.find_all("form")
    assert form.attrs["hx-target"] == "#link-result"  # the next answer replaces the alert too
    assert form.find_all("input", name="username")[0].attrs["value"] == 'al"ice'
    assert root.all_text().count("Wrong username or password.") == 1


def test_problem_is_an_error_alert(env: Environment) -> None:
    message = "Your Jira session has expired. Reload the issue to continue."
    root = render_partial(env, "problem.html", message=message)
    assert root.attrs["role"] == "alert"
    assert root.attrs["data-link-state"] == "error"
    assert root.all_text().strip() == message


# --------------------------------------------------------- templates: pages


def render_page(env: Environment, name: str, **context: Any) -> TreeBuilder:
    return parse(env.get_template(f"pages/{name}").render(**page_context(**context)))


def head_scripts(tree: TreeBuilder) -> list[str]:
    return [attrs["src"] for attrs, _ in tree.scripts]


def static_file_for(url: str) -> Path:
    assert url.startswith(f"{BASE_PATH}/static/"), url
    return STATIC / url.removeprefix(f"{BASE_PATH}/static/")


@pytest.mark.parametrize("state", STATES)
def test_glance_page(env: Environment, state: str) -> None:
    tree = render_page(
        env, "glance.html", status=SAMPLE_STATUS[state], issue_key="TEST-1", project_key="TEST"
    )
    (html,) = tree.root.find_all("html")
    assert html.attrs["lang"] == "en"
    (body,) = tree.root.find_all("body")
    assert body.attrs["data-page"] == "glance"
    (meta,) = tree.root.find_all("meta", name="glanceapp-base")
    assert meta.attrs["content"] == BASE_PATH
    (region,) = tree.root.find_all(id="link-status")
    assert region.attrs["data-link-state"] == state
    scripts = head_scripts(tree)
    assert scripts == [
        f"{BASE_PATH}/static/vendor/htmx-{htmx_version()}.min.js",
        ALL_JS_URL,
        f"{BASE_PATH}/static/app.js",
    ]
    for attrs, body_text in tree.scripts:
        assert attrs.get("src")
        assert not body_text.strip()
    for src in (scripts[0], scripts[2]):
        assert static_file_for(src).is_file()
    (stylesheet,) = tree.root.find_all("link", rel="stylesheet")
    assert static_file_for(stylesheet.attrs["href"]).is_file()


def test_link_page(env: Environment) -> None:
    tree = render_page(env, "link.html")
    (body,) = tree.root.find_all("body")
    assert body.attrs["data-page"] == "link"
    assert ALL_JS_URL not in head_scripts(tree)
    (panel,) = tree.root.find_all(id="link-panel")
    assert panel.attrs["hx-get"] == f"{BASE_PATH}/link/form"
    assert panel.attrs["hx-trigger"] == "load"
    assert panel.attrs["hx-target"] == "this"
    assert panel.attrs["hx-swap"] == "innerHTML"
    assert tree.root.find_all("noscript")


def test_pages_work_without_a_base_path(env: Environment) -> None:
    tree = parse(
        env.get_template("pages/glance.html").render(
            **{
                **page_context(status=SAMPLE_STATUS["linked"], issue_key="T-1", project_key="T"),
                "base_path": "",
            }
        )
    )
    assert head_scripts(tree)[0] == f"/static/vendor/htmx-{htmx_version()}.min.js"
    (renew,) = tree.root.find_all("button", hx_post="/link/renew")
    assert renew.attrs["hx-target"] == "#link-status"


def catalogue_sentences() -> list[str]:
    return [value for value in vars(catalogue).values() if isinstance(value, str) and " " in value]


def test_app_js_keeps_no_copy_of_what_the_app_says(app_js: str) -> None:
    """Its words come from the page's <template id="browser-text">, rendered from glanceapp.text."""
    assert catalogue_sentences()
    for sentence in catalogue_sentences():
        assert sentence not in app_js
    assert "getElementById('browser-text')" in app_js
    asked = set(re.findall(r"'([a-z-]+)'", app_js))
    assert set(catalogue.BROWSER) <= asked


def test_app_js_parses_no_answer_and_stays_small(app_js: str) -> None:
    """Error answers carry their own notice; the browser never reads markup out of a body."""
    assert "DOMParser" not in app_js
    assert "responseText" not in app_js
    assert len(app_js.splitlines()) < 300
