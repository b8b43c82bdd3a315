"""The serve-or-call rule, row by row, and every caller asking it rather than deciding itself."""

from __future__ import annotations

from pathlib import Path

import pytest

import glanceapp
from glanceapp.domain import Tenant
from glanceapp.site_use import SiteUse, site_use

SECRET = "s" * 32
BASE = "https://example.atlassian.net"


def site(state: str, *, secret: bool, forge: bool = False) -> Tenant:
    return Tenant(
        client_key="jira:site",
        base_url=BASE,
        state=state,  # type: ignore[arg-type]
        shared_secret=SECRET if secret else None,
        forge_served=forge,
    )


NOTHING = SiteUse()
CONNECT = SiteUse(
    connect_requests=True,
    lifecycle_requests=True,
    signs_as_app=True,
    background_calls=True,
    links_honoured=True,
    links_kept=True,
)
DISABLED = SiteUse(lifecycle_requests=True, signs_as_app=True, links_kept=True)
FORGE_ONLY = SiteUse(links_honoured=True, links_kept=True)


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        pytest.param(None, NOTHING, id="unknown"),
        pytest.param(site("installed", secret=True), CONNECT, id="installed"),
        pytest.param(site("enabled", secret=True), CONNECT, id="enabled"),
        pytest.param(site("enabled", secret=True, forge=True), CONNECT, id="enabled+forge"),
        pytest.param(site("disabled", secret=True), DISABLED, id="disabled"),
        pytest.param(
            site("disabled", secret=True, forge=True),
            SiteUse(
                lifecycle_requests=True, signs_as_app=True, links_honoured=True, links_kept=True
            ),
            id="disabled+forge",
        ),
        pytest.param(site("uninstalled", secret=False), NOTHING, id="uninstalled"),
        pytest.param(site("uninstalled", secret=False, forge=True), FORGE_ONLY, id="forge-only"),
        pytest.param(site("installed", secret=False, forge=True), FORGE_ONLY, id="forge-claimed"),
        pytest.param(site("installed", secret=False), NOTHING, id="forge-left"),
    ],
)
def test_the_rule_table(record: Tenant | None, expected: SiteUse) -> None:
    assert site_use(record) == expected


@pytest.mark.parametrize(
    ("record", "plain", "lifecycle"),
    [
        (site("enabled", secret=True), True, True),
        (site("disabled", secret=True), False, True),
        (site("uninstalled", secret=False, forge=True), False, False),
        (None, False, False),
    ],
)
def test_a_connect_jwt_is_accepted_by_the_rule(
    record: Tenant | None, plain: bool, lifecycle: bool
) -> None:
    use = site_use(record)
    assert use.accepts_connect() is plain
    assert use.accepts_connect(allow_disabled=True) is lifecycle


def test_the_site_record_answers_through_the_rule() -> None:
    for record in (
        site("enabled", secret=True),
        site("disabled", secret=True),
        site("disabled", secret=True, forge=True),
        site("uninstalled", secret=False, forge=True),
        site("uninstalled", secret=False),
    ):
        assert record.served is site_use(record).links_honoured
        assert record.connect_served is site_use(record).background_calls


@pytest.mark.parametrize(
    "relative",
    [
        "web/auth.py",
        "jira/client.py",
        "service/links.py",
        "service/recovery.py",
        "domain.py",
    ],
)
def test_callers_ask_the_rule_and_name_no_state(relative: str) -> None:
    """The states a Connect install can be in are spelled only in the rule (and in storage's
    writes of them), so no caller keeps a second copy of what they mean."""
    text = (Path(glanceapp.__file__).parent / relative).read_text()
    assert "site_use(" in text
    if relative != "domain.py":
        for state in ('"installed"', '"enabled"', '"disabled"', "'disabled'"):
            assert state not in text, f"{relative} decides on {state} itself"
