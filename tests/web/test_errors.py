"""Error answers: their status, their words (from glanceapp.text) and where htmx puts them.

A 401 to an htmx request is the problem partial, swapped where the answer would
have gone; every other error answer to an htmx request is the page's notice,
retargeted to #app-notice by the server. Other clients get JSON. No answer
echoes what the request carried.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

import pytest
from litestar import get
from web_site import Site, context_token, htmx, running

from glanceapp import text
from glanceapp.settings import Settings
from glanceapp.web import views


@get("/probe/boom")
async def probe_boom() -> None:
    raise RuntimeError("the secret detail of a bug")


@pytest.fixture
def site(settings: Settings) -> Iterator[Site]:
    with running(settings, probe_boom) as site:
        yield site


def render(site: Site, view: views.View) -> str:
    rendered: bytes = site.services.templates.render(view)
    return rendered.decode()


def test_a_refused_htmx_request_gets_the_reload_problem_in_place(site: Site) -> None:
    answer = site.get("/glance/status", htmx(context_token(secret="s" * 40)))
    assert answer.status_code == 401
    assert answer.headers["www-authenticate"] == "JWT"
    assert answer.headers["content-type"].startswith("text/html")
    assert "hx-retarget" not in answer.headers
    assert answer.text == render(site, views.problem(text.RELOAD))
    assert 'id="problem"' in answer.text
    assert 'role="alert"' in answer.text


def test_a_refused_plain_request_gets_json(site: Site) -> None:
    answer = site.get("/glance/status", {"Authorization": f"JWT {'x' * 20}"})
    assert answer.status_code == 401
    assert answer.headers["www-authenticate"] == "JWT"
    assert answer.json() == {"error": text.RELOAD}


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [("GET", "/no/such/route", 404), ("PUT", "/link", 405)],
)
def test_an_htmx_error_answer_is_the_notice_retargeted(
    site: Site, method: str, path: str, status: int
) -> None:
    answer = site.client.request(method, path, headers=htmx(context_token()))
    assert answer.status_code == status
    assert answer.headers["hx-retarget"] == "#app-notice"
    assert answer.headers["hx-reswap"] == "outerHTML"
    assert answer.text == render(site, views.notice(text.INVALID))
    assert 'id="app-notice"' in answer.text
    assert "hidden" not in answer.text


def test_a_fault_is_the_server_fault_notice_and_a_log_line_without_the_detail_in_the_answer(
    site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger="glanceapp.web"):
        answer = site.get("/probe/boom", htmx())
    assert answer.status_code == 500
    assert answer.headers["hx-retarget"] == "#app-notice"
    assert answer.text == render(site, views.notice(text.SERVER_FAULT))
    assert "secret detail" not in answer.text
    assert any("RuntimeError" in record.getMessage() for record in caplog.records)


def test_a_fault_for_a_plain_client_is_json(site: Site) -> None:
    answer = site.get("/probe/boom")
    assert answer.status_code == 500
    assert answer.json() == {"error": text.SERVER_FAULT}


def test_an_invalid_query_is_refused_without_echoing_it(
    site: Site, make_settings: Callable[..., Settings]
) -> None:
    marker = "echo-me-" + "q" * 300
    answer = site.get(f"/no/such/route?issueKey={marker}", htmx())
    assert marker not in answer.text
    answer = site.get(f"/glance?issueKey={marker}&jwt=x")
    assert answer.status_code in {400, 401}
    assert marker not in answer.text


@pytest.mark.parametrize(
    ("status", "sentence"),
    [
        (400, text.INVALID),
        (401, text.RELOAD),
        (404, text.INVALID),
        (413, text.TOO_LARGE),
        (500, text.SERVER_FAULT),
        (503, text.SERVER_FAULT),
    ],
)
def test_each_status_has_its_words(status: int, sentence: str) -> None:
    assert text.for_status(status) == sentence


def test_every_page_carries_an_empty_notice_and_what_the_browser_may_say(site: Site) -> None:
    page = site.get("/link").text
    assert render(site, views.notice(None)) in page
    assert '<div id="app-notice" class="notice" role="alert" hidden></div>' in page
    assert '<template id="browser-text">' in page
    for key, sentence in text.BROWSER.items():
        assert f'<p data-text="{key}">{sentence}</p>' in page
