"""The popup's routes and the glance's link actions, on the real app with a real client.

Linking itself (the property write on Jira) is the end-to-end suites' business;
here: what each route answers for the failures a person can act on, that the
answer is exactly the markup the view builders make, and that the template
preview shows that same markup for the same state.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from web_site import NOW, PASSWORD, Site, context_token, htmx, running

from glanceapp import text
from glanceapp.service.links import LinkStatus
from glanceapp.settings import Settings
from glanceapp.text import WRONG_CREDENTIALS
from glanceapp.web import views
from glanceapp.web.preview import render_sample, samples
from glanceapp.web.views import StatusView, status_view


@pytest.fixture
def site(make_settings: Callable[..., Settings]) -> Iterator[Site]:
    with running(make_settings(dev="1")) as site:
        yield site


def render(site: Site, view: views.View) -> str:
    rendered: bytes = site.services.templates.render(view)
    return rendered.decode()


def unlinked() -> StatusView:
    return status_view(LinkStatus("unlinked"), NOW)


def test_the_popup_shell_needs_no_token_and_is_never_stored(site: Site) -> None:
    answer = site.get("/link")
    assert answer.status_code == 200
    assert answer.headers["cache-control"] == "no-store"
    assert 'hx-get="/link/form"' in answer.text


def test_the_form_is_the_login_form_view(site: Site) -> None:
    answer = site.get("/link/form", htmx(context_token()))
    assert answer.status_code == 200, answer.text
    assert answer.headers["cache-control"] == "no-store"
    assert answer.text == render(site, views.login_form())


def test_the_form_needs_a_signed_in_person(site: Site) -> None:
    answer = site.get("/link/form", htmx(context_token(account_id=None)))
    assert answer.status_code == 401
    assert answer.headers["www-authenticate"] == "JWT"


def test_a_wrong_password_answers_the_alert_above_the_form_with_the_username_kept(
    site: Site,
) -> None:
    answer = site.post(
        "/link", htmx(context_token()), data={"username": "alice", "password": "not it"}
    )
    assert answer.status_code == 200, answer.text
    assert "hx-trigger" not in answer.headers
    assert answer.text == render(site, views.link_result(unlinked(), WRONG_CREDENTIALS, "alice"))
    assert 'role="alert" data-link-state="error"' in answer.text
    # The alert leads; the form's intro line follows it, as the real popup shows.
    assert answer.text.index(WRONG_CREDENTIALS) < answer.text.index("Sign in to the service")
    assert 'value="alice"' in answer.text


@pytest.mark.parametrize(
    "data",
    [
        {"username": "alice"},
        {"password": PASSWORD},
        {"username": "", "password": PASSWORD},
        {},
    ],
    ids=["no password", "no username", "empty username", "nothing"],
)
def test_a_missing_field_asks_for_both(site: Site, data: dict[str, str]) -> None:
    answer = site.post("/link", htmx(context_token()), data=data)
    assert answer.status_code == 200
    assert answer.text == render(site, views.link_result(unlinked(), text.MISSING_FIELDS))


def test_a_repeated_field_is_a_missing_one(site: Site) -> None:
    answer = site.post(
        "/link",
        htmx(context_token(), **{"Content-Type": "application/x-www-form-urlencoded"}),
        content=b"username=a&username=b&password=p",
    )
    assert text.MISSING_FIELDS in answer.text


def test_a_field_longer_than_any_account_is_a_wrong_password(site: Site) -> None:
    answer = site.post(
        "/link", htmx(context_token()), data={"username": "a" * 5000, "password": "x"}
    )
    assert answer.status_code == 200
    assert answer.text == render(site, views.link_result(unlinked(), WRONG_CREDENTIALS))


def test_a_body_that_is_not_a_form_is_a_missing_field(site: Site) -> None:
    answer = site.post("/link", htmx(context_token()), json={"username": "alice"})
    assert answer.status_code == 200
    assert text.MISSING_FIELDS in answer.text


def test_linking_needs_a_signed_in_person(site: Site) -> None:
    answer = site.post(
        "/link", htmx(context_token(account_id=None)), data={"username": "a", "password": "b"}
    )
    assert answer.status_code == 401


@pytest.mark.parametrize(("method", "path"), [("POST", "/link/renew"), ("DELETE", "/link")])
def test_renew_and_unlink_without_a_link_answer_the_unchanged_status(
    site: Site, method: str, path: str
) -> None:
    answer = site.client.request(method, path, headers=htmx(context_token()))
    assert answer.status_code == 200, answer.text
    assert answer.headers["cache-control"] == "no-store"
    assert answer.text == render(site, views.status_partial(unlinked()))


# The preview shows what the server answers -------------------------------------------------


def preview_panes(site: Site) -> list[str]:
    """Every light pane of the template preview, as the markup it holds."""
    page = site.get("/_dev/preview").text
    return re.findall(r'data-theme="light">(.*?)</div>\n        <div', page, re.S)


def test_the_preview_shows_the_real_wrong_password_answer(site: Site) -> None:
    answer = site.post(
        "/link", htmx(context_token()), data={"username": "alice", "password": "not it"}
    )
    assert answer.text in preview_panes(site)


def test_the_preview_shows_the_real_missing_fields_answer(site: Site) -> None:
    answer = site.post("/link", htmx(context_token()), data={})
    assert answer.text in preview_panes(site)


def test_the_preview_shows_the_real_status_and_form(site: Site) -> None:
    panes = preview_panes(site)
    assert site.get("/glance/status", htmx(context_token())).text in panes
    assert site.get("/glance/status", htmx(context_token(account_id=None))).text in panes
    assert site.get("/link/form", htmx(context_token())).text in panes


def test_the_preview_shows_the_real_reload_problem(site: Site) -> None:
    answer = site.get("/glance/status", htmx(context_token(secret="x" * 40)))
    assert answer.status_code == 401
    assert answer.text in preview_panes(site)


def test_no_two_preview_samples_of_one_template_look_the_same(site: Site) -> None:
    """Each sample shows a state of its own (the glance page's content is the status, by design)."""
    seen: dict[tuple[str, str], str] = {}
    for sample in samples(NOW):
        key = (sample.template, str(render_sample(site.services.templates, sample)))
        assert key not in seen, f"{sample.label!r} looks like {seen[key]!r}"
        seen[key] = sample.label
