"""Two Jira sites, one accountId string: two different people to the app.

Both sites are installed into the same app. Their OAuth grants go through one
router (as Atlassian's one authorization server), so in `user` mode a bearer
token cached for the wrong site would show as a 401 from the other fake.
"""

from __future__ import annotations

import pytest

from glanceapp.keyring import SealError

from .conftest import PASSWORD, PENDING_GRACE, PROPERTY_KEY, Launch, by_id, root

ACCOUNT_ID = "557058:ffffffff-0000-4000-8000-000000000007"
GLANCE = "/glance?issueKey=TEST-1&projectKey=TEST"


@pytest.mark.parametrize("jira_auth", ["user", "app"])
def test_same_account_id_on_two_sites(launch: Launch, jira_auth: str) -> None:
    env = launch(jira_auth=jira_auth, sites=2, accounts=("alice", "bob"))
    a, b = env.sites
    client = env.client

    assert root(a.link(client, ACCOUNT_ID, "alice", PASSWORD).text)["data-link-state"] == "linked"
    key_a = a.api_key(ACCOUNT_ID)
    value_a = a.property(ACCOUNT_ID)
    assert b.property(ACCOUNT_ID) is None
    assert root(b.status(client, ACCOUNT_ID).text)["data-link-state"] == "unlinked"
    page = client.get(b.iframe_url(GLANCE, ACCOUNT_ID))
    assert by_id(page.text, "link-status")["data-link-state"] == "unlinked"
    assert [r["client_key"] for r in env.rows("SELECT client_key FROM api_keys")] == [a.client_key]

    # A's value copied into B's Jira for the same accountId: it does not open there...
    b.fake.set_property(ACCOUNT_ID, PROPERTY_KEY, value_a)
    with pytest.raises(SealError):
        b.api_key(ACCOUNT_ID)
    assert root(b.status(client, ACCOUNT_ID).text)["data-link-state"] == "unlinked"
    # ...and recovery on B does not take it for B's own unconfirmed write.
    b.fake.inject("PUT", "/rest/api/3/user/properties", status=503, retry_after=60, times=50)
    answer = b.link(client, ACCOUNT_ID, "bob", PASSWORD)
    assert root(answer.text)["role"] == "alert"
    assert b.property(ACCOUNT_ID) == value_a
    b.fake.clear_faults()
    env.clock.advance(PENDING_GRACE + 1)
    report = env.sweep()
    assert (report.activated, report.discarded) == (0, 1)
    assert env.keys(b, ACCOUNT_ID) == []
    assert root(b.status(client, ACCOUNT_ID).text)["data-link-state"] == "unlinked"
    assert env.whoami(key_a).json()["account"] == "alice"

    # B links for real: each site has its own key, account and property.
    answer = b.link(client, ACCOUNT_ID, "bob", PASSWORD)
    assert root(answer.text)["data-link-state"] == "linked"
    key_b = b.api_key(ACCOUNT_ID)
    assert key_b != key_a
    assert env.whoami(key_a).json()["account"] == "alice"
    assert env.whoami(key_b).json()["account"] == "bob"
    assert "alice" in a.status(client, ACCOUNT_ID).text
    assert "bob" in b.status(client, ACCOUNT_ID).text
    assert a.property(ACCOUNT_ID) == value_a

    # Unlinking on B leaves A alone.
    assert root(b.unlink(client, ACCOUNT_ID).text)["data-link-state"] == "unlinked"
    assert b.property(ACCOUNT_ID) is None
    assert a.property(ACCOUNT_ID) == value_a
    assert env.whoami(key_a).status_code == 200
    assert env.whoami(key_b).status_code == 401
    assert root(a.status(client, ACCOUNT_ID).text)["data-link-state"] == "linked"

    for site in (a, b):
        refused = [r for r in site.fake.requests if r.status in (401, 403)]
        assert refused == [], refused
        assert site.fake.server_errors == []
    if jira_auth == "user":
        for site in (a, b):
            assert {t.account_id for t in site.fake.access_tokens} == {ACCOUNT_ID}
