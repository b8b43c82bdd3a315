"""The issue view both sandbox hosts draw: Jira's chrome around one app panel.

The Connect view (`issue_site`) and the Forge view (`forge_site`) show the same
issue in the same layout (top bar, project sidebar, summary, details) and differ
only in the panel that hosts the app and the scripts that drive it. This module
holds that layout, the issue it shows, and the small HTTP answers both pages share.
Like the fakes it imports nothing from glanceapp outside the sandbox.
"""

from __future__ import annotations

import html
import string
from collections.abc import Mapping
from dataclasses import dataclass
from http import HTTPStatus
from importlib import resources
from pathlib import Path
from typing import Final
from urllib.parse import urlsplit

from glanceapp.sandbox.fakejira import Response

THEMES: Final = ("light", "dark", "auto")
LAYOUT_FILE: Final = "issue_layout.html"
SITE_NOTE: Final = "sandbox: a local stand-in for a Jira Cloud site"


@dataclass(frozen=True, slots=True)
class Issue:
    """The one issue the fake site shows."""

    key: str = "TEST-1"
    id: str = "10001"
    project_key: str = "TEST"
    project_id: str = "10000"
    project_name: str = "Test project"
    summary: str = "Link the team's service to your Jira account"
    description: str = (
        "This issue is served by glanceapp's fake Jira site.\n"
        "The panel on the right is the app's glance, in an iframe hosted by "
        "Atlassian's connect-host.js, exactly as Jira hosts it."
    )
    status: str = "In progress"
    assignee: str = "Unassigned"
    reporter: str = "Sandbox Admin"
    priority: str = "Medium"


@dataclass(frozen=True, slots=True)
class Host:
    """What one host puts into the shared layout."""

    static: str
    """URL prefix of the page's own files (favicon.svg, host.css)."""
    scripts: tuple[str, ...]
    """Script URLs loaded (deferred, in order) in the head."""
    panel: str
    """Template file of the panel in the issue's right-hand column."""
    title_suffix: str = ""
    html_attributes: str = ""
    """Raw attributes appended to <html> (a trusted constant)."""


def render_issue_page(
    host: Host,
    issue: Issue,
    *,
    theme: str,
    viewer_name: str,
    viewer_account_id: str | None,
    panel_values: Mapping[str, str],
    description: str | None = None,
    topbar_note: str | None = None,
) -> bytes:
    """The issue page: every value HTML-escaped; `topbar_note` is trusted HTML (default text)."""
    values = {
        "theme": theme,
        "issue_key": issue.key,
        "issue_id": issue.id,
        "project_key": issue.project_key,
        "project_id": issue.project_id,
        "project_name": issue.project_name,
        "summary": issue.summary,
        "description": issue.description if description is None else description,
        "status": issue.status,
        "assignee": issue.assignee,
        "reporter": issue.reporter,
        "priority": issue.priority,
        "viewer_name": viewer_name if viewer_account_id else "Anonymous",
        "viewer_title": viewer_account_id or "not logged in",
        "static": host.static,
        "title_suffix": host.title_suffix,
    }
    escaped = {name: html.escape(value) for name, value in values.items()}
    panel = template(host.panel).substitute(
        {**escaped, **{name: html.escape(value) for name, value in panel_values.items()}}
    )
    head = "\n".join(f'  <script src="{html.escape(src)}" defer></script>' for src in host.scripts)
    page = template(LAYOUT_FILE).substitute(
        {
            **escaped,
            "html_attributes": host.html_attributes,
            "head": head,
            "topbar_note": html.escape(SITE_NOTE) if topbar_note is None else topbar_note,
            "panel": panel.rstrip("\n"),
        }
    )
    return page.encode()


def page_response(page: bytes, policy: str) -> Response:
    """An issue page, never cached, under its own Content-Security-Policy."""
    return Response(
        HTTPStatus.OK,
        page,
        "text/html; charset=utf-8",
        {"Cache-Control": "no-store", "Content-Security-Policy": policy},
    )


def error_page(status: int, title: str, text: str) -> Response:
    """A bare HTML page for a request the fake site cannot answer with an issue view."""
    body = (
        "<!doctype html><html lang=en><meta charset=utf-8>"
        f"<title>{html.escape(title)}</title><h1>{html.escape(title)}</h1>"
        f"<p>{html.escape(text)}</p></html>"
    )
    return Response(status, body.encode(), "text/html; charset=utf-8")


def own_file(files: Mapping[str, tuple[str, str]], name: str) -> Response:
    """One of the page's files shipped in this package, by its URL name, or a 404."""
    known = files.get(name)
    if known is None:
        return Response(HTTPStatus.NOT_FOUND, b"Not Found", "text/plain")
    file_name, content_type = known
    data = resources.files(__package__).joinpath(file_name).read_bytes()
    return Response(HTTPStatus.OK, data, content_type, {"Cache-Control": "no-cache"})


def file_response(path: Path, content_type: str) -> Response:
    """A vendored file from disk, cacheable for an hour."""
    return Response(
        HTTPStatus.OK, path.read_bytes(), content_type, {"Cache-Control": "max-age=3600"}
    )


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def template(name: str) -> string.Template:
    return string.Template(resources.files(__package__).joinpath(name).read_text("utf-8"))
