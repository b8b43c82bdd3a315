"""Regression tests named for the attack they stop, found by the security review.

An oversized login field is answered like a wrong password without reaching the
service: no failed login is counted (a row per attempt), and nothing the caller
sent is kept in the server's render memo (which would let anyone grow it).
"""

from __future__ import annotations

import re
from html import unescape

import pytest

from glanceapp.text import WRONG_CREDENTIALS

from .conftest import E2E, PASSWORD, Launch, root

ACCOUNT_ID = "557058:eeeeeeee-0000-4000-8000-000000000006"
ALERT = re.compile(r'<p class="alert"[^>]*>(.*?)</p>', re.S)


def memo_size(env: E2E) -> int:
    return len(env.server.app.state.services.templates._memo)


@pytest.mark.parametrize(
    ("username", "password"),
    [("u" * 60_000, PASSWORD), ("alice", "p" * 2000)],
    ids=["60KB-username", "2000-char-password"],
)
def test_oversized_login_field_counts_no_failure_and_is_not_memoized(
    launch: Launch, username: str, password: str
) -> None:
    env = launch()
    site = env.site
    counts, memo = env.counts(), memo_size(env)

    answer = site.link(env.client, ACCOUNT_ID, username, password)

    assert answer.status_code == 200
    attrs = root(answer.text)
    assert attrs["role"] == "alert"
    assert attrs["data-link-state"] != "linked"
    found = ALERT.search(answer.text)
    assert found is not None
    assert unescape(found.group(1)).strip() == WRONG_CREDENTIALS
    assert username not in answer.text
    assert env.counts() == counts  # no login_failures row, no key
    assert env.rows("SELECT count(*) FROM login_failures")[0][0] == 0
    assert memo_size(env) == memo
    assert site.property_writes() == []
    # The memo is on (the status partial is memoized), so its size above means something.
    assert site.status(env.client, ACCOUNT_ID).status_code == 200
    assert memo_size(env) == memo + 1
    # The account is not locked or slowed by the refused attempts: the right password links.
    assert root(site.link(env.client, ACCOUNT_ID, "alice", PASSWORD).text)["data-link-state"] == (
        "linked"
    )


def test_multipart_login_links_and_a_file_part_is_never_a_password(launch: Launch) -> None:
    """Clients other than htmx may post multipart/form-data; file parts are refused."""
    env = launch()
    site = env.site
    headers = site.headers(ACCOUNT_ID)

    as_file = env.client.post(
        "/link",
        headers=headers,
        files={"username": (None, "alice"), "password": ("p.txt", PASSWORD.encode())},
    )
    assert root(as_file.text)["role"] == "alert"
    assert env.rows("SELECT count(*) FROM api_keys")[0][0] == 0

    linked = env.client.post(
        "/link",
        headers=headers,
        files={"username": (None, "alice"), "password": (None, PASSWORD)},
    )
    assert root(linked.text)["data-link-state"] == "linked"
    assert linked.headers["hx-trigger"] == "glanceapp:linked"
