"""Jira failing at the property PUT and DELETE: what each store holds, and after recovery.

Faults are injected into the fake Jira (500, 429 with Retry-After, refusals, and
hangs past the app's 0.5 s request timeout within its 2 s deadline). After each,
the app's database (read-only, our own connection) and the fake's property are
compared; then recovery (`LinkService.sweep`, on the app's own loop, after the
clock passes the pending grace) must converge on what Jira holds.
"""

from __future__ import annotations

from typing import Any

import pytest

from glanceapp.sandbox.fakejira import OMIT, RecordedRequest
from glanceapp.text import JIRA_REFUSED

from .conftest import E2E, PASSWORD, PENDING_GRACE, Launch, Site, root

ACCOUNT_ID = "557058:dddddddd-0000-4000-8000-000000000005"
PROPERTIES = "/rest/api/3/user/properties"
PERSISTENT = 50
JIRA_DOWN = {"status": 503, "retry_after": 60}
"""Jira down, back in a minute: past the deadline, so the app gives up after one try
(for tests about what happens next, not about the retrying)."""


def calls(site: Site, method: str) -> list[RecordedRequest]:
    return [r for r in site.fake.requests if r.method == method and r.path.startswith(PROPERTIES)]


def states(env: E2E) -> list[str]:
    return [r["state"] for r in env.keys(env.site, ACCOUNT_ID)]


def shown(env: E2E) -> str | None:
    return root(env.site.status(env.client, ACCOUNT_ID).text)["data-link-state"]


def link(env: E2E) -> Any:
    return env.site.link(env.client, ACCOUNT_ID, "alice", PASSWORD)


def check_alert_not_linked(answer: Any) -> None:
    assert answer.status_code == 200
    attrs = root(answer.text)
    assert attrs["role"] == "alert"
    assert attrs["data-link-state"] != "linked"
    assert "hx-trigger" not in answer.headers


def recover(env: E2E) -> Any:
    """Lift every fault, move past the pending grace, and run recovery once."""
    env.site.fake.clear_faults()
    env.site.fake.release_hangs()
    env.clock.advance(PENDING_GRACE + 1)
    return env.sweep()


def linked_key(env: E2E) -> str:
    assert root(link(env).text)["data-link-state"] == "linked"
    env.site.fake.clear_requests()
    return env.site.api_key(ACCOUNT_ID)


# --------------------------------------------------------------------------- PUT


@pytest.mark.parametrize(
    ("status", "retry_after"),
    [(500, None), (503, None), (429, 1)],
    ids=["500", "503", "429-retry-after-1"],
)
def test_put_failing_once_is_retried_and_links(
    launch: Launch, status: int, retry_after: int | None
) -> None:
    env = launch()
    env.site.fake.inject("PUT", PROPERTIES, status=status, retry_after=retry_after, times=1)
    answer = link(env)
    assert answer.status_code == 200
    assert root(answer.text)["data-link-state"] == "linked"
    assert answer.headers["hx-trigger"] == "glanceapp:linked"
    puts = calls(env.site, "PUT")
    assert [(r.status, r.fault) for r in puts] == [(status, True), (201, False)]
    assert states(env) == ["active"]
    assert env.whoami(env.site.api_key(ACCOUNT_ID)).status_code == 200


@pytest.mark.parametrize(
    "fault",
    [
        {"status": 500},
        {"status": 429, "retry_after": 5},
        {"hang": True},
    ],
    ids=["500-until-deadline", "429-retry-after-past-deadline", "hang"],
)
def test_put_never_answered_leaves_a_pending_key_that_recovery_discards(
    launch: Launch, fault: dict[str, Any]
) -> None:
    env = launch()
    site = env.site
    site.fake.inject("PUT", PROPERTIES, times=PERSISTENT, **fault)

    check_alert_not_linked(link(env))
    assert site.property(ACCOUNT_ID) is None
    assert states(env) == ["pending"]
    assert shown(env) == "unlinked"
    if fault.get("retry_after"):
        # Retry-After beyond the deadline: no point trying again.
        assert len(calls(site, "PUT")) == 1
    else:
        assert len(calls(site, "PUT")) >= 2

    # Too early: recovery leaves a key whose write may still be in flight.
    site.fake.clear_faults()
    site.fake.release_hangs()
    report = env.sweep()
    assert (report.activated, report.discarded) == (0, 0)
    assert states(env) == ["pending"]

    report = recover(env)
    assert (report.activated, report.discarded) == (0, 1)
    assert states(env) == []
    assert site.property(ACCOUNT_ID) is None
    assert shown(env) == "unlinked"

    assert root(link(env).text)["data-link-state"] == "linked"
    assert states(env) == ["active"]


@pytest.mark.parametrize(
    "fault",
    [{"status": 500}, {"hang": True}],
    ids=["applied-then-500", "applied-then-hang"],
)
def test_put_that_landed_unconfirmed_is_activated_by_recovery(
    launch: Launch, fault: dict[str, Any]
) -> None:
    env = launch()
    site = env.site
    site.fake.inject("PUT", PROPERTIES, times=PERSISTENT, apply_then_fail=True, **fault)

    check_alert_not_linked(link(env))
    api_key = site.api_key(ACCOUNT_ID)  # the write landed
    assert states(env) == ["pending"]
    assert shown(env) == "unlinked"
    assert env.whoami(api_key).status_code == 401  # not valid before it is confirmed

    report = recover(env)
    assert (report.activated, report.discarded) == (1, 0)
    assert states(env) == ["active"]
    assert site.api_key(ACCOUNT_ID) == api_key
    assert env.whoami(api_key).status_code == 200
    assert shown(env) == "linked"


@pytest.mark.parametrize("status", [400, 403])
def test_put_refused_changes_nothing(launch: Launch, status: int) -> None:
    env = launch()
    site = env.site
    site.fake.inject("PUT", PROPERTIES, status=status, times=PERSISTENT)

    check_alert_not_linked(link(env))
    assert len(calls(site, "PUT")) == 1  # a refusal is final
    assert states(env) == []
    assert site.property(ACCOUNT_ID) is None
    assert shown(env) == "unlinked"


def test_renew_refused_keeps_the_current_link(launch: Launch) -> None:
    env = launch()
    site = env.site
    old_key = linked_key(env)
    value = site.property(ACCOUNT_ID)
    site.fake.inject("PUT", PROPERTIES, status=403, times=PERSISTENT)

    env.clock.advance(60)
    answer = site.renew(env.client, ACCOUNT_ID)
    assert answer.status_code == 200
    attrs = root(answer.text)
    assert attrs["role"] == "alert"
    assert attrs["data-link-state"] == "linked"  # the previous state, unchanged
    assert site.property(ACCOUNT_ID) == value
    assert states(env) == ["active"]
    assert env.whoami(old_key).status_code == 200


@pytest.mark.parametrize("landed", [False, True], ids=["not-landed", "landed"])
def test_renew_that_hangs_converges_on_what_jira_holds(launch: Launch, landed: bool) -> None:
    env = launch()
    site = env.site
    old_key = linked_key(env)
    site.fake.inject("PUT", PROPERTIES, hang=True, apply_then_fail=landed, times=PERSISTENT)

    env.clock.advance(60)
    answer = site.renew(env.client, ACCOUNT_ID)
    assert answer.status_code == 200
    attrs = root(answer.text)
    assert attrs["role"] == "alert"
    assert attrs["data-link-state"] == "linked"
    assert states(env) == ["active", "pending"]
    assert env.whoami(old_key).status_code == 200  # the old key holds until settled

    report = recover(env)
    if landed:
        new_key = site.api_key(ACCOUNT_ID)
        assert new_key != old_key
        assert (report.activated, report.discarded) == (1, 0)
        assert states(env) == ["revoked", "active"]
        assert env.whoami(old_key).status_code == 401
        assert env.whoami(new_key).status_code == 200
    else:
        assert site.api_key(ACCOUNT_ID) == old_key
        assert (report.activated, report.discarded) == (0, 1)
        assert states(env) == ["active"]
        assert env.whoami(old_key).status_code == 200
    assert shown(env) == "linked"


# --------------------------------------------------------------------------- DELETE


@pytest.mark.parametrize(
    "fault", [{"status": 500}, {"hang": True}], ids=["500-until-deadline", "hang"]
)
def test_unlink_with_jira_down_is_immediate_and_the_delete_retried(
    launch: Launch, fault: dict[str, Any]
) -> None:
    env = launch()
    site = env.site
    api_key = linked_key(env)
    site.fake.inject("DELETE", PROPERTIES, times=PERSISTENT, **fault)

    answer = site.unlink(env.client, ACCOUNT_ID)
    assert answer.status_code == 200
    assert root(answer.text)["data-link-state"] == "unlinked"
    assert env.whoami(api_key).status_code == 401
    assert states(env) == ["revoked"]
    assert site.property(ACCOUNT_ID) is not None  # Jira still has it
    assert len(env.rows("SELECT * FROM property_deletes")) == 1
    assert shown(env) == "unlinked"

    # Not yet due: recovery leaves it.
    site.fake.clear_faults()
    site.fake.release_hangs()
    assert env.sweep().deleted == 0
    assert site.property(ACCOUNT_ID) is not None

    env.clock.advance(3600)
    assert env.sweep().deleted == 1
    assert site.property(ACCOUNT_ID) is None
    assert env.rows("SELECT * FROM property_deletes") == []
    assert env.whoami(api_key).status_code == 401


def test_delete_429_with_retry_after_is_honoured_inline(launch: Launch) -> None:
    env = launch()
    site = env.site
    linked_key(env)
    site.fake.inject("DELETE", PROPERTIES, status=429, retry_after=1, times=1)

    answer = site.unlink(env.client, ACCOUNT_ID)
    assert root(answer.text)["data-link-state"] == "unlinked"
    assert [(r.status, r.fault) for r in calls(site, "DELETE")] == [(429, True), (204, False)]
    assert site.property(ACCOUNT_ID) is None
    assert env.rows("SELECT * FROM property_deletes") == []


def test_relink_before_the_retried_delete_keeps_the_new_property(launch: Launch) -> None:
    env = launch()
    site = env.site
    linked_key(env)
    site.fake.inject("DELETE", PROPERTIES, times=PERSISTENT, **JIRA_DOWN)
    assert root(site.unlink(env.client, ACCOUNT_ID).text)["data-link-state"] == "unlinked"
    site.fake.clear_faults()

    assert root(link(env).text)["data-link-state"] == "linked"
    new_key = site.api_key(ACCOUNT_ID)
    env.clock.advance(3600)
    assert env.sweep().deleted == 0
    assert site.api_key(ACCOUNT_ID) == new_key
    assert env.whoami(new_key).status_code == 200
    assert env.rows("SELECT * FROM property_deletes") == []


# Regression: recovery once treated a disabled (still installed) site like an
# uninstalled one, dropping pending deletes and discarding keys whose PUT may have landed.


def test_a_delete_pending_while_the_site_is_disabled_is_retried_after_enable(
    launch: Launch,
) -> None:
    """Disabling the app is temporary: the property of an unlinked person must still go."""
    env = launch()
    site = env.site
    linked_key(env)
    site.fake.inject("DELETE", PROPERTIES, times=PERSISTENT, **JIRA_DOWN)
    assert root(site.unlink(env.client, ACCOUNT_ID).text)["data-link-state"] == "unlinked"
    assert site.fake.lifecycle("disabled") == 204
    site.fake.clear_faults()

    env.clock.advance(3600)
    env.sweep()  # while disabled: Jira would refuse the app's calls
    assert site.fake.lifecycle("enabled") == 204
    env.clock.advance(3600)
    env.sweep()
    assert site.property(ACCOUNT_ID) is None


def test_a_landed_write_pending_while_the_site_is_disabled_is_settled_after_enable(
    launch: Launch,
) -> None:
    env = launch()
    site = env.site
    site.fake.inject("PUT", PROPERTIES, apply_then_fail=True, times=PERSISTENT, **JIRA_DOWN)
    check_alert_not_linked(link(env))
    api_key = site.api_key(ACCOUNT_ID)
    assert site.fake.lifecycle("disabled") == 204
    site.fake.clear_faults()

    env.clock.advance(PENDING_GRACE + 1)
    env.sweep()  # while disabled
    assert site.fake.lifecycle("enabled") == 204
    env.sweep()
    assert states(env) == ["active"]
    assert env.whoami(api_key).status_code == 200


# --------------------------------------------------------------------------- OAuth (user mode)


def test_a_401_to_a_cached_bearer_token_gets_one_fresh_grant(launch: Launch) -> None:
    env = launch(jira_auth="user")
    site = env.site
    linked_key(env)
    grants = site.fake.grant_count
    site.fake.inject("PUT", PROPERTIES, status=401, times=1)

    env.clock.advance(60)
    answer = site.renew(env.client, ACCOUNT_ID)
    assert root(answer.text)["data-link-state"] == "linked"
    assert "role" not in root(answer.text)
    assert site.fake.grant_count == grants + 1
    assert [r.status for r in calls(site, "PUT")] == [401, 200]
    assert states(env) == ["revoked", "active"]


def test_a_401_in_app_mode_is_a_refusal(launch: Launch) -> None:
    env = launch(jira_auth="app")
    site = env.site
    site.fake.inject("PUT", PROPERTIES, status=401, times=1)
    check_alert_not_linked(link(env))
    assert [r.status for r in calls(site, "PUT")] == [401]
    assert states(env) == []


def test_oauth_server_down_writes_nothing_and_recovery_cleans_up(launch: Launch) -> None:
    env = launch(jira_auth="user")
    site = env.site
    site.fake.inject("POST", "/oauth/oauth2/token", status=503, times=PERSISTENT)

    check_alert_not_linked(link(env))
    assert calls(site, "PUT") == []
    assert site.property(ACCOUNT_ID) is None
    assert states(env) == ["pending"]

    report = recover(env)
    assert (report.activated, report.discarded) == (0, 1)
    assert states(env) == []
    assert root(link(env).text)["data-link-state"] == "linked"


# --------------------------------------------------------------------------- a tenant that cannot act as a user


def reinstall_without_oauth_client_id(site: Site) -> None:
    status, body = site.fake.install(payload_override={"oauthClientId": OMIT})
    assert status == 204, body


def test_link_for_a_tenant_without_oauth_client_id_leaves_no_pending_key(launch: Launch) -> None:
    """Nothing can be sent (no oauthClientId to act as the user): the new key is discarded
    at once, not left pending for recovery to chase forever."""
    env = launch(jira_auth="user")
    site = env.site
    reinstall_without_oauth_client_id(site)
    grants = site.fake.grant_count

    answer = link(env)

    check_alert_not_linked(answer)
    assert states(env) == []
    assert JIRA_REFUSED in answer.text
    assert env.rows("SELECT count(*) FROM api_keys WHERE state = 'pending'")[0][0] == 0
    assert calls(site, "PUT") == []
    assert site.fake.grant_count == grants
    assert site.property(ACCOUNT_ID) is None


def test_sweep_discards_a_pending_key_whose_tenant_lost_its_oauth_client_id(
    launch: Launch,
) -> None:
    """The property cannot be read at all (JiraNotConfigured) until a reinstall: recovery
    discards the pending key (failing closed) instead of retrying it on every sweep."""
    env = launch(jira_auth="user")
    site = env.site
    site.fake.inject("PUT", PROPERTIES, times=PERSISTENT, **JIRA_DOWN)
    check_alert_not_linked(link(env))
    assert states(env) == ["pending"]
    reinstall_without_oauth_client_id(site)
    gets = len(calls(site, "GET"))

    report = recover(env)

    assert (report.activated, report.discarded, report.retry_later) == (0, 1, 0)
    assert states(env) == []
    assert len(calls(site, "GET")) == gets
    assert env.sweep().retry_later == 0
