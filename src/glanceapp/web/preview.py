"""The template preview (GLANCEAPP_DEV only): every page and partial, in every state, light and dark.

`GET /_dev/preview` renders each template with sample data twice, side by side:
once with the light design-token fallbacks of `static/app.css`, once with its
dark ones. Pages show their `content` block (what sits inside `<main>`); nothing
on the preview runs script, so it needs no Jira and no token. Templates are read
again on every request while GLANCEAPP_DEV is on (Jinja's auto-reload), so a
designer saves and reloads.

`GET /_dev/preview.css` is the preview's own layout plus the dark variables,
taken from app.css's `prefers-color-scheme: dark` block at request time, so the
preview never drifts from the stylesheet it shows.

The routes exist only when `create_app` is built with `settings.dev`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from jinja2 import Environment
from litestar import Request, Response, get
from litestar.datastructures import State
from litestar.di import NamedDependency
from litestar.plugins.jinja import JinjaTemplateEngine
from markupsafe import Markup

from glanceapp import resources
from glanceapp.domain import iso_utc
from glanceapp.web.services import Services
from glanceapp.web.views import StatusView, relative_words

NO_STORE = {"Cache-Control": "no-store"}
DAY = 86400.0
_DARK_BLOCK = re.compile(
    r"@media\s*\(prefers-color-scheme:\s*dark\)\s*\{[^{}]*?:root:not\(\[data-color-mode\]\)\s*"
    r"\{(?P<declarations>[^{}]*)\}",
)

_GALLERY = """<!doctype html>
<html lang="en" data-color-mode="preview">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Template preview - glanceapp</title>
  <link rel="stylesheet" href="{{ base_path }}/static/app.css">
  <link rel="stylesheet" href="{{ base_path }}/_dev/preview.css">
  <link rel="icon" href="{{ base_path }}/static/icon.svg" type="image/svg+xml">
</head>
<body data-page="preview">
  <main class="preview">
    <h1 class="preview__title">Template preview</h1>
    <p class="preview__note">Every page and partial with sample data, in the light and dark
      fallbacks of <code>static/app.css</code>. Save a template and reload this page.
      Nothing here runs script; buttons do nothing.</p>
    {%- for sample in samples %}
    <section class="preview__sample" id="{{ sample.anchor }}">
      <h2 class="preview__name"><code>{{ sample.template }}</code> <span>{{ sample.label }}</span></h2>
      <div class="preview__panes">
        <div class="preview__pane preview__pane--light" data-theme="light">{{ sample.html }}</div>
        <div class="preview__pane preview__pane--dark" data-theme="dark">{{ sample.html }}</div>
      </div>
    </section>
    {%- endfor %}
  </main>
</body>
</html>
"""

_LAYOUT_CSS = """
/* The preview's layout; the dark pane gets app.css's dark fallbacks below. */
.preview { max-width: 1100px; margin: 0 auto; padding: 16px; }
.preview__title { margin: 0 0 4px; font-size: 24px; line-height: 28px; }
.preview__note { color: var(--gl-text-subtle); margin: 0 0 24px; }
.preview__sample { margin: 0 0 24px; }
.preview__name { font-size: 14px; margin: 0 0 8px; }
.preview__name span { color: var(--gl-text-subtle); font-weight: 400; }
.preview__panes { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.preview__pane {
  padding: 8px;
  border: 1px solid var(--gl-border);
  border-radius: 3px;
  color: var(--gl-text);
  background: var(--gl-surface);
}
"""


@dataclass(frozen=True, slots=True)
class Sample:
    """One template rendered one way."""

    template: str
    label: str
    context: dict[str, Any] = field(default_factory=dict)
    block: str | None = None  # for pages: the block to show

    @property
    def anchor(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", f"{self.template} {self.label}".lower()).strip("-")


def samples(now: float) -> list[Sample]:
    """Sample data for every template and state, times relative to `now`."""

    def status(state: str, expires_in: float | None = None, **extra: Any) -> StatusView:
        expires_at = now + expires_in if expires_in is not None else None
        expiring_at = expires_at - 3 * DAY if expires_at is not None else None
        return StatusView(
            state=state,
            account=extra.pop("account", "alice" if expires_at is not None else None),
            expires_at=iso_utc(expires_at) if expires_at is not None else None,
            expiring_at=iso_utc(expiring_at) if expiring_at is not None else None,
            expires_in_words=relative_words(expires_at, now) if expires_at is not None else None,
            **extra,
        )

    status_partial = "partials/link_status.html"
    linked = status("linked", 30 * DAY)
    return [
        Sample(status_partial, "unlinked", {"status": status("unlinked")}),
        Sample(status_partial, "linked", {"status": linked}),
        Sample(status_partial, "expiring", {"status": status("expiring", 2 * DAY)}),
        Sample(status_partial, "expired", {"status": status("expired", -4 * DAY)}),
        Sample(
            status_partial,
            "linked, with a message",
            {
                "status": status(
                    "linked",
                    30 * DAY,
                    message="Jira could not be reached, so nothing was changed. "
                    "Try again in a moment.",
                )
            },
        ),
        Sample(
            status_partial,
            "error",
            {"status": status("error", message="The link status could not be loaded.")},
        ),
        Sample(status_partial, "error, no message", {"status": status("error")}),
        Sample(
            status_partial,
            "anonymous viewer",
            {"status": StatusView(state="unlinked", anonymous=True)},
        ),
        Sample("partials/login_form.html", "empty", {"username": "", "error": None}),
        Sample(
            "partials/login_form.html",
            "wrong password",
            {"username": "alice", "error": "Wrong username or password."},
        ),
        Sample("partials/link_result.html", "linked", {"status": linked, "error": None}),
        Sample(
            "partials/link_result.html",
            "failed",
            {
                "status": status("unlinked"),
                "error": "Too many attempts. Try again in 5 minutes.",
                "username": "alice",
            },
        ),
        Sample(
            "partials/problem.html",
            "reload",
            {"message": "Your Jira session has expired. Reload the issue to continue."},
        ),
        Sample(
            "pages/glance.html",
            "content, linked",
            {"status": linked, "issue_key": "TEST-1", "project_key": "TEST"},
            block="content",
        ),
        Sample("pages/link.html", "content", {}, block="content"),
        Sample(
            "pages/forge_link.html",
            "Forge sign-in",
            {"ticket": "t" * 43, "csrf": "c" * 64, "username": "", "error": None},
            block="content",
        ),
        Sample(
            "pages/forge_link.html",
            "Forge sign-in, wrong password",
            {
                "ticket": "t" * 43,
                "csrf": "c" * 64,
                "username": "alice",
                "error": "Wrong username or password.",
            },
            block="content",
        ),
        Sample(
            "pages/forge_link.html",
            "Forge sign-in, linked",
            {"result": linked},
            block="content",
        ),
        Sample(
            "pages/forge_link.html",
            "Forge sign-in, ticket spent",
            {"gone": "This sign-in link has expired or was already used."},
            block="content",
        ),
        Sample(
            status_partial,
            "linked, sign in again to renew",
            {"status": status("linked", 20 * DAY, reconnect=True)},
        ),
        Sample("partials/oidc_start.html", "provider sign-in", {"error": None}),
        Sample(
            "partials/oidc_start.html",
            "provider unreachable",
            {
                "error": "The sign-in provider cannot be reached right now, so nothing was "
                "changed. Try again in a moment."
            },
        ),
        Sample("partials/oidc_start.html", "redirecting", {"redirecting": True}),
        Sample(
            "pages/oidc_redirect.html",
            "on the way to the provider",
            {"provider_url": "https://id.example.com/auth?client_id=glanceapp"},
            block="content",
        ),
        Sample(
            "pages/link_callback.html",
            "back from the provider, linked",
            {"result": linked, "error": None, "forge": False},
            block="content",
        ),
        Sample(
            "pages/link_callback.html",
            "back from the provider, refused",
            {
                "result": None,
                "error": "This sign-in has expired or was already used. "
                "Start again from the issue in Jira.",
                "forge": False,
            },
            block="content",
        ),
    ]


def render_sample(environment: Environment, sample: Sample) -> Markup:
    template = environment.get_template(sample.template)
    if sample.block is None:
        return Markup(template.render(sample.context))  # noqa: S704 - autoescaped template output
    render_block = template.blocks[sample.block]
    context = template.new_context(sample.context)
    return Markup("".join(render_block(context)))  # noqa: S704 - autoescaped template output


def dark_variables(app_css: str) -> str:
    """app.css's dark fallbacks, as declarations for the dark pane."""
    match = _DARK_BLOCK.search(app_css)
    if match is None:
        raise ValueError("static/app.css has no prefers-color-scheme: dark block for :root")
    return match["declarations"].strip()


def _environment(request: Request[Any, Any, State]) -> Environment:
    engine = request.app.template_engine
    assert isinstance(engine, JinjaTemplateEngine)
    return engine.engine


@get("/_dev/preview", include_in_schema=False)
async def preview_page(
    request: Request[Any, Any, State], services: NamedDependency[Services]
) -> Response[str]:
    environment = _environment(request)
    rendered = [
        {
            "template": sample.template,
            "label": sample.label,
            "anchor": sample.anchor,
            "html": render_sample(environment, sample),
        }
        for sample in samples(services.clock())
    ]
    page = environment.from_string(_GALLERY).render(samples=rendered)
    return Response(page, media_type="text/html; charset=utf-8", headers=NO_STORE)


@get("/_dev/preview.css", include_in_schema=False)
async def preview_css() -> Response[str]:
    app_css = (resources.static_dir() / "app.css").read_text(encoding="utf-8")
    css = f"{_LAYOUT_CSS}\n.preview__pane--dark {{\n  {dark_variables(app_css)}\n}}\n"
    return Response(css, media_type="text/css; charset=utf-8", headers=NO_STORE)


HANDLERS = [preview_page, preview_css]
