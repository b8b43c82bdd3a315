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
from dataclasses import dataclass
from typing import Any

from litestar import Response, get
from litestar.di import NamedDependency
from markupsafe import Markup

from glanceapp import resources, text
from glanceapp.service.links import LinkState, LinkStatus, too_many_attempts
from glanceapp.web import views
from glanceapp.web.render import Renderer
from glanceapp.web.services import Services
from glanceapp.web.views import StatusView, View, status_view

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
    """One view, as a handler builds it, shown under a label."""

    label: str
    view: View
    block: str | None = None  # for pages: the block to show

    @property
    def template(self) -> str:
        return self.view.template

    @property
    def anchor(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", f"{self.template} {self.label}".lower()).strip("-")


def samples(now: float) -> list[Sample]:
    """Every template in every state, built as the handlers build them, times relative to `now`.

    Each sample goes through the same view builder and `status_view` the server
    uses, with the server's own messages, so what the preview shows is what a
    real answer carries.
    """

    def status(state: LinkState, expires_in: float | None = None, **extra: Any) -> StatusView:
        expires_at = now + expires_in if expires_in is not None else None
        link = LinkStatus(
            state=state,
            account="alice" if expires_at is not None else None,
            expires_at=expires_at,
            expiring_at=expires_at - 3 * DAY if expires_at is not None else None,
            reconnect=extra.pop("reconnect", False),
        )
        return status_view(link, now, **extra)

    linked = status("linked", 30 * DAY)
    unlinked = status("unlinked")
    ticket, csrf = "t" * 43, "c" * 64
    return [
        Sample("unlinked", views.status_partial(unlinked)),
        Sample("linked", views.status_partial(linked)),
        Sample("expiring", views.status_partial(status("expiring", 2 * DAY))),
        Sample("expired", views.status_partial(status("expired", -4 * DAY))),
        Sample(
            "linked, Jira unreachable",
            views.status_partial(status("linked", 30 * DAY, message=text.JIRA_UNREACHABLE)),
        ),
        Sample(
            "renewed",
            views.status_partial(status("linked", 30 * DAY, renewed=True)),
        ),
        Sample(
            "linked, sign in again to renew",
            views.status_partial(status("linked", 20 * DAY, reconnect=True)),
        ),
        Sample(
            "error, Jira refusing", views.status_partial(status("error", message=text.JIRA_REFUSED))
        ),
        Sample("error, no message", views.status_partial(status("error"))),
        Sample(
            "anonymous viewer", views.status_partial(StatusView(state="unlinked", anonymous=True))
        ),
        Sample("empty", views.login_form()),
        Sample("linked", views.link_result(linked)),
        Sample("wrong password", views.link_result(unlinked, text.WRONG_CREDENTIALS, "alice")),
        Sample("too many attempts", views.link_result(unlinked, too_many_attempts(300), "alice")),
        Sample("missing fields", views.link_result(unlinked, text.MISSING_FIELDS)),
        Sample("reload", views.problem(text.RELOAD)),
        Sample("empty (every page)", views.notice(None)),
        # Error answers fill the notice with these too (text.for_status).
        *(Sample(key, views.notice(sentence)) for key, sentence in text.BROWSER.items()),
        Sample("inert: the sentences app.js reads", views.browser_text()),
        Sample("content, linked", views.glance_page(linked, "TEST-1", "TEST"), block="content"),
        Sample("content", views.link_page(), block="content"),
        Sample("Forge sign-in", views.forge_link_page(ticket=ticket, csrf=csrf), block="content"),
        Sample(
            "Forge sign-in, wrong password",
            views.forge_link_page(
                ticket=ticket, csrf=csrf, error=text.WRONG_CREDENTIALS, username="alice"
            ),
            block="content",
        ),
        Sample("Forge sign-in, linked", views.forge_link_page(result=linked), block="content"),
        Sample(
            "Forge sign-in, ticket spent",
            views.forge_link_page(gone=text.TICKET_GONE),
            block="content",
        ),
        Sample("provider sign-in", views.oidc_start()),
        Sample("provider unreachable", views.oidc_start(text.PROVIDER_UNAVAILABLE)),
        Sample("redirecting", views.oidc_start(redirecting=True)),
        Sample(
            "on the way to the provider",
            views.oidc_redirect_page("https://id.example.com/auth?client_id=glanceapp"),
            block="content",
        ),
        Sample(
            "back from the provider, linked",
            views.link_callback_page(linked),
            block="content",
        ),
        Sample(
            "back from the provider, refused",
            views.link_callback_page(error=text.PROVIDER_FLOW_GONE),
            block="content",
        ),
    ]


def render_sample(renderer: Renderer, sample: Sample) -> Markup:
    if sample.block is None:
        return Markup(renderer.render(sample.view).decode())  # noqa: S704 - autoescaped template output
    return renderer.block(sample.view, sample.block)


def dark_variables(app_css: str) -> str:
    """app.css's dark fallbacks, as declarations for the dark pane."""
    match = _DARK_BLOCK.search(app_css)
    if match is None:
        raise ValueError("static/app.css has no prefers-color-scheme: dark block for :root")
    return match["declarations"].strip()


@get("/_dev/preview", include_in_schema=False)
async def preview_page(services: NamedDependency[Services]) -> Response[str]:
    renderer = services.templates
    rendered = [
        {
            "template": sample.template,
            "label": sample.label,
            "anchor": sample.anchor,
            "html": render_sample(renderer, sample),
        }
        for sample in samples(services.clock())
    ]
    page = renderer.environment.from_string(_GALLERY).render(samples=rendered)
    return Response(page, media_type="text/html; charset=utf-8", headers=NO_STORE)


@get("/_dev/preview.css", include_in_schema=False)
async def preview_css() -> Response[str]:
    app_css = (resources.static_dir() / "app.css").read_text(encoding="utf-8")
    css = f"{_LAYOUT_CSS}\n.preview__pane--dark {{\n  {dark_variables(app_css)}\n}}\n"
    return Response(css, media_type="text/css; charset=utf-8", headers=NO_STORE)


HANDLERS = [preview_page, preview_css]
