"""The status partial's `error` state: an unconfirmed link whose property Jira will not show.

A link whose property write went unanswered leaves a pending key. Once it is
past the pending grace, reading the glance's status settles it by reading the
property; when the site's Jira fails (5xx) or refuses (403) that read, whether
the person is linked is unknown, and the partial says so: 200, `role="alert"`,
`data-link-state="error"`, never a guess.
"""

from __future__ import annotations

import pytest

from glanceapp.text import STATUS_UNKNOWN

from .conftest import E2E, PASSWORD, PENDING_GRACE, Launch, root

ACCOUNT_ID = "557058:eeeeeeee-0000-4000-8000-000000000009"
PROPERTIES = "/rest/api/3/user/properties"
PERSISTENT = 50


def states(env: E2E) -> list[str]:
    return [r["state"] for r in env.keys(env.site, ACCOUNT_ID)]


def property_reads(env: E2E) -> int:
    return sum(
        1 for r in env.site.fake.requests if r.method == "GET" and r.path.startswith(PROPERTIES)
    )


def unconfirmed_link(env: E2E) -> None:
    """A link whose write landed at Jira but whose answer was lost."""
    fake = env.site.fake
    fake.inject("PUT", PROPERTIES, status=503, retry_after=60, apply_then_fail=True, times=1)
    answer = env.site.link(env.client, ACCOUNT_ID, "alice", PASSWORD)
    assert root(answer.text)["data-link-state"] != "linked"
    assert states(env) == ["pending"]
    fake.clear_faults()
    fake.clear_requests()


@pytest.mark.parametrize("status", [500, 503, 403])
def test_jira_failing_the_property_read_shows_the_error_state(launch: Launch, status: int) -> None:
    env = launch()
    unconfirmed_link(env)
    env.clock.advance(PENDING_GRACE + 1)
    env.site.fake.inject("GET", PROPERTIES, status=status, times=PERSISTENT)

    answer = env.site.status(env.client, ACCOUNT_ID)

    assert answer.status_code == 200
    attrs = root(answer.text)
    assert attrs["id"] == "link-status"
    assert attrs["data-link-state"] == "error"
    assert attrs["role"] == "alert"
    assert "data-expires-at" not in attrs
    assert STATUS_UNKNOWN.split(".")[0] in answer.text
    assert property_reads(env) >= 1
    assert states(env) == ["pending"]  # nothing decided while Jira cannot say

    env.site.fake.clear_faults()
    settled = env.site.status(env.client, ACCOUNT_ID)
    assert root(settled.text)["data-link-state"] == "linked"
    assert "role" not in root(settled.text)
    assert states(env) == ["active"]


def test_a_young_unconfirmed_link_is_left_to_its_writer(launch: Launch) -> None:
    """Within the pending grace the write may still be in flight: no read, the stored state."""
    env = launch()
    unconfirmed_link(env)
    env.site.fake.inject("GET", PROPERTIES, status=503, times=PERSISTENT)
    assert root(env.site.status(env.client, ACCOUNT_ID).text)["data-link-state"] == "unlinked"
    assert property_reads(env) == 0


def test_an_unlinked_person_costs_no_jira_call(launch: Launch) -> None:
    env = launch()
    env.site.fake.clear_requests()
    assert root(env.site.status(env.client, ACCOUNT_ID).text)["data-link-state"] == "unlinked"
    assert property_reads(env) == 0
