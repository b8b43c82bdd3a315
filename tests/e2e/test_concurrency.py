"""Concurrent changes: at most one active key per person, and Jira holds that key.

Races run through two workers (two apps on one database, each with its own
loop and connections, as `GLANCEAPP_WORKERS` gives), so the per-person lease
in SQLite is what serializes them, not only an in-process lock.
"""

from __future__ import annotations

import asyncio
from collections import Counter

import httpx
import pytest

from .conftest import E2E, PASSWORD, Launch, Site, root

ACCOUNT_ID = "557058:eeeeeeee-0000-4000-8000-000000000006"


def converged(env: E2E, site: Site, account_id: str) -> None:
    """After recovery: one active key and the property holds it, or neither exists."""
    env.clock.advance(3600)
    env.sweep()
    active = env.keys(site, account_id, "active")
    assert len(active) <= 1
    assert env.keys(site, account_id, "pending") == []
    value = site.property(account_id)
    if active:
        api_key = site.api_key(account_id, value)
        assert env.key_mac(api_key) == active[0]["key_mac"]
        assert env.whoami(api_key).status_code == 200
    else:
        assert value is None
        assert env.rows("SELECT * FROM property_deletes") == []


async def send(
    client: httpx.AsyncClient, site: Site, action: str, account_id: str
) -> httpx.Response:
    headers = site.headers(account_id)
    if action == "link":
        form = {"username": "alice", "password": PASSWORD}
        return await client.post("/link", headers=headers, data=form)
    if action == "renew":
        return await client.post("/link/renew", headers=headers)
    assert action == "unlink"
    return await client.delete("/link", headers=headers)


@pytest.mark.parametrize(
    "actions",
    [("link", "link"), ("link", "unlink"), ("renew", "renew"), ("renew", "unlink")],
    ids=lambda a: "-vs-".join(a),
)
async def test_two_changes_racing_for_one_person(launch: Launch, actions: tuple[str, str]) -> None:
    env = launch()
    site = env.site
    other_worker = env.add_worker()
    if actions != ("link", "link"):
        assert (
            root(site.link(env.client, ACCOUNT_ID, "alice", PASSWORD).text)["data-link-state"]
            == "linked"
        )
    first_key = site.api_key(ACCOUNT_ID) if site.property(ACCOUNT_ID) else None

    async with (
        httpx.AsyncClient(base_url=env.base_url, trust_env=False, timeout=30) as one,
        httpx.AsyncClient(base_url=other_worker, trust_env=False, timeout=30) as two,
    ):
        answers = await asyncio.gather(
            send(one, site, actions[0], ACCOUNT_ID), send(two, site, actions[1], ACCOUNT_ID)
        )
    for answer in answers:
        assert answer.status_code == 200, answer.text
        assert root(answer.text)["data-link-state"] in ("linked", "unlinked", "error")

    active = env.keys(site, ACCOUNT_ID, "active")
    assert len(active) <= 1
    if actions == ("link", "link"):
        assert len(active) == 1
    if "unlink" not in actions:
        # Whatever won, Jira holds the active key right away.
        assert env.key_mac(site.api_key(ACCOUNT_ID)) == active[0]["key_mac"]
    if first_key is not None and actions != ("link", "unlink") and active:
        assert env.key_mac(first_key) != active[0]["key_mac"]
    converged(env, site, ACCOUNT_ID)


PEOPLE = 25


async def test_fifty_people_on_two_sites_link_at_once(launch: Launch) -> None:
    """No 5xx, everyone linked, and each site's properties match the active keys.

    The account's hash is cheap and Jira gets the production timeouts: at the
    real argon2id cost, 50 logins queue behind two hashes that use every core,
    which measures the machine (tens of seconds, and the fakes starve past a
    0.5 s timeout), not the consistency asked here.
    """
    env = launch(sites=2, jira_deadline=10.0, jira_timeout=5.0)
    people = [
        (site, f"557058:{index:08d}-0000-4000-8000-00000000{site_index:04d}")
        for site_index, site in enumerate(env.sites)
        for index in range(PEOPLE)
    ]
    limits = httpx.Limits(max_connections=len(people), max_keepalive_connections=len(people))
    async with httpx.AsyncClient(
        base_url=env.base_url, trust_env=False, timeout=60, limits=limits
    ) as client:
        answers = await asyncio.gather(
            *(send(client, site, "link", account_id) for site, account_id in people)
        )
    assert Counter(a.status_code for a in answers) == {200: len(people)}
    assert Counter(root(a.text)["data-link-state"] for a in answers) == {"linked": len(people)}, [
        a.text for a in answers if 'role="alert"' in a.text
    ][:2]
    assert all(a.headers["hx-trigger"] == "glanceapp:linked" for a in answers)

    for site, account_id in people:
        active = env.keys(site, account_id, "active")
        assert len(active) == 1, account_id
        assert env.key_mac(site.api_key(account_id)) == active[0]["key_mac"]
    rows = env.rows("SELECT state, count(*) FROM api_keys GROUP BY state")
    assert {row[0]: row[1] for row in rows} == {"active": len(people)}
    for site in env.sites:
        assert len(site.fake.all_properties()) == PEOPLE
        assert site.fake.server_errors == []
