"""200 concurrent link / renew / unlink requests, two tenants, 50 people, default workers.

All requests are sent at once (50 connections) to the real server running its
default number of workers. Nothing may fail with a 5xx or "database is locked",
and at the end the app and both fake Jiras agree about every person: linked in
the app exactly when their property exists and holds the app's one active key.
"""

from __future__ import annotations

import asyncio
import json
import random
import re

import httpx

from .conftest import PASSWORD, Launch, Ops, Site, link_state

PEOPLE_PER_SITE = 25
OPERATIONS = 200
CONNECTIONS = 50
ACCOUNTS = ("svc-busy-a", "svc-busy-b")
STATES = {"unlinked", "linked", "expiring", "expired", "error"}
ACCESS = re.compile(r"^(?P<method>[A-Z]+) (?P<path>\S+) (?P<status>\d{3}) ")


def person(site_index: int, index: int) -> str:
    return f"557058:c0c0c0c0-000{site_index}-4000-8000-{index:012d}"


def plan(ops: Ops) -> list[tuple[Site, str, str, str]]:
    """(site, accountId, action, service account): everyone links, then three random changes.

    Links are the costly ones (argon2id at its real cost), so renew and unlink
    are drawn twice as often.
    """
    rng = random.Random(20_250_101)
    operations = []
    for site_index, site in enumerate(ops.sites):
        for index in range(PEOPLE_PER_SITE):
            account_id = person(site_index, index)
            account = ACCOUNTS[index % len(ACCOUNTS)]
            operations.append((site, account_id, "link", account))
            for action in rng.choices(("link", "renew", "unlink"), weights=(1, 2, 2), k=3):
                operations.append((site, account_id, action, account))
    rng.shuffle(operations)
    assert len(operations) == OPERATIONS
    return operations


async def send_all(ops: Ops, operations: list[tuple[Site, str, str, str]]) -> list[httpx.Response]:
    limits = httpx.Limits(max_connections=CONNECTIONS, max_keepalive_connections=CONNECTIONS)
    async with httpx.AsyncClient(
        base_url=ops.server.base_url, limits=limits, timeout=120.0, trust_env=False
    ) as client:

        async def one(site: Site, account_id: str, action: str, account: str) -> httpx.Response:
            headers = site.headers(account_id)
            if action == "link":
                form = {"username": account, "password": PASSWORD}
                return await client.post("/link", headers=headers, data=form)
            if action == "renew":
                return await client.post("/link/renew", headers=headers)
            return await client.delete("/link", headers=headers)

        return await asyncio.gather(*(one(*operation) for operation in operations))


def test_two_hundred_concurrent_changes_converge_with_jira(launch: Launch) -> None:
    ops = launch(sites=2, workers=None)
    ops.add_accounts(*ACCOUNTS)
    operations = plan(ops)

    answers = asyncio.run(send_all(ops, operations))

    statuses = [a.status_code for a in answers]
    assert statuses == [200] * OPERATIONS, sorted(set(statuses))
    states = [link_state(a.text) for a in answers]
    assert set(states) <= STATES, set(states)
    linked_answers = sum(
        1
        for s, (_, _, action, _) in zip(states, operations, strict=True)
        if action == "link" and s == "linked"
    )
    assert linked_answers > 0

    # Every person: the app and their Jira agree.
    problems = []
    for site_index, site in enumerate(ops.sites):
        for index in range(PEOPLE_PER_SITE):
            account_id = person(site_index, index)
            state = link_state(ops.status(site, account_id).text)
            active = ops.rows(
                "SELECT key_mac FROM api_keys WHERE client_key = ? AND account_id = ? "
                "AND state = 'active'",
                (site.client_key, account_id),
            )
            value = site.property(account_id)
            if state == "linked":
                if len(active) != 1 or value is None:
                    problems.append(
                        f"{account_id}: linked, {len(active)} active, property {value!r}"
                    )
                    continue
                api_key = site.api_key(account_id, value)
                if bytes(active[0][0]) != ops.key_mac(api_key):
                    problems.append(f"{account_id}: Jira holds another key than the active one")
                elif ops.whoami(api_key).status_code != 200:
                    problems.append(f"{account_id}: the key in Jira does not work")
            elif state != "unlinked" or active or value is not None:
                problems.append(f"{account_id}: {state}, {len(active)} active, property {value!r}")
    assert problems == []
    assert ops.rows("SELECT * FROM api_keys WHERE state = 'pending'") == []
    assert ops.rows("SELECT * FROM property_deletes") == []
    keyed = {row[0] for row in ops.rows("SELECT DISTINCT client_key FROM api_keys")}
    assert keyed == {site.client_key for site in ops.sites}
    for site in ops.sites:
        assert site.fake.server_errors == []
        mine = {person(ops.sites.index(site), i) for i in range(PEOPLE_PER_SITE)}
        assert {owner for owner, _ in site.fake.all_properties()} <= mine

    # The server's log: no 5xx, no lock contention, no traceback.
    ops.server.stop_cleanly()
    log = ops.server.all_output()
    assert "database is locked" not in log
    assert "Traceback" not in log
    for line in log.splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        assert entry["level"] not in ("error", "critical"), line
        match = ACCESS.match(entry["message"]) if entry["logger"] == "glanceapp.access" else None
        if match is not None:
            assert int(match["status"]) < 500, line
