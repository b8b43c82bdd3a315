"""Security headers on every kind of answer the web edge makes, through the real app.

HTML answers carry the Content-Security-Policy, with `frame-ancestors` the
calling site (the glance), `'none'` (the popup, the Forge sign-in tab) or the
allowed hosts; every answer carries nosniff and no-referrer; nothing sends
X-Frame-Options or COOP (Jira frames the glance, the popup keeps its opener).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest
from web_site import SITE_URL, Site, context_token, htmx, running

from glanceapp.settings import Settings


@pytest.fixture
def site(settings: Settings) -> Iterator[Site]:
    with running(settings) as site:
        yield site


def policy(answer: httpx.Response) -> dict[str, str]:
    directives = (part.strip() for part in answer.headers["content-security-policy"].split(";"))
    return dict(d.split(" ", 1) for d in directives if d)


def assert_common(answer: httpx.Response) -> None:
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["referrer-policy"] == "no-referrer"
    assert "x-frame-options" not in answer.headers
    assert "cross-origin-opener-policy" not in answer.headers


def test_the_status_partial_may_be_framed_by_its_site_only(site: Site) -> None:
    answer = site.get("/glance/status", htmx(context_token()))
    assert answer.status_code == 200
    assert_common(answer)
    csp = policy(answer)
    assert csp["frame-ancestors"] == SITE_URL
    assert csp["default-src"] == "'none'"
    assert "'unsafe-inline'" not in answer.headers["content-security-policy"]
    assert "'unsafe-eval'" not in answer.headers["content-security-policy"]


def test_the_popup_is_never_framed(site: Site) -> None:
    answer = site.get("/link")
    assert_common(answer)
    assert policy(answer)["frame-ancestors"] == "'none'"


def test_an_error_notice_carries_the_same_policy(site: Site) -> None:
    answer = site.get("/no/such/route", htmx())
    assert answer.status_code == 404
    assert_common(answer)
    assert "frame-ancestors" in policy(answer)


def test_a_refusal_carries_the_headers_too(site: Site) -> None:
    answer = site.get("/glance/status", htmx(context_token(secret="s" * 40)))
    assert answer.status_code == 401
    assert_common(answer)
    assert "frame-ancestors" in policy(answer)


def test_json_gets_no_policy_but_the_common_headers(site: Site) -> None:
    answer = site.get("/healthz")
    assert answer.status_code == 200
    assert_common(answer)
    assert "content-security-policy" not in answer.headers


def test_https_answers_ask_for_https_from_now_on(site: Site) -> None:
    answer = site.get("/healthz")
    assert answer.headers["strict-transport-security"].startswith("max-age=")


def test_plain_http_asks_for_nothing_it_cannot_keep(make_settings: Callable[..., Settings]) -> None:
    with running(make_settings(base_url="http://localhost:8000")) as site:
        answer = site.get("/healthz")
    assert "strict-transport-security" not in answer.headers
