"""SIGKILL in the middle of a write load: nothing acknowledged is lost, recovery converges.

Twenty people link, renew and unlink (one thread each, so each person's own
history is ordered). Two property writes are held by the fake Jira so they are
certainly in flight at the crash: one that landed in Jira before its answer was
lost, one that never landed. After a number of acknowledged answers the whole
server process group gets SIGKILL. Then: the database passes its integrity
check; recovery (the app's own sweep, run in-process an hour later so every
lease of the dead workers has expired) settles every pending key; and after a
restart each person's state is what their acknowledged answers promised, and
every active key is the one their Jira property holds.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import threading
import time
from dataclasses import dataclass, field

import httpx
from litestar.testing import AsyncTestClient

from glanceapp.app import create_app
from glanceapp.sandbox.fakejira import Fault, RecordedRequest
from glanceapp.service.links import SweepReport
from glanceapp.settings import load_settings

from .conftest import PASSWORD, PROPERTY_KEY, Launch, Ops, Site, link_state

PEOPLE = [f"557058:c7a5c7a5-0000-4000-8000-{i:012d}" for i in range(20)]
ACCOUNTS = ("svc-crash-a", "svc-crash-b")
ACKS_BEFORE_KILL = 20
CYCLE = ("link", "renew", "unlink")
RECOVERY_LATER_SECONDS = 3600
MAX_SWEEPS = 5
PROPERTY_PATH = f"/rest/api/3/user/properties/{PROPERTY_KEY}"


@dataclass
class History:
    """What one person was told, and what may therefore be true after the crash."""

    account_id: str
    possible: set[str] = field(default_factory=lambda: {"unlinked"})
    maybe_pending: bool = False
    acknowledged: list[tuple[str, str | None]] = field(default_factory=list)
    in_flight: str | None = None
    failures: list[str] = field(default_factory=list)

    def answered(self, action: str, state: str | None) -> None:
        self.acknowledged.append((action, state))
        if state == "error":
            # Jira did not confirm: the write may have landed; recovery decides.
            if action in ("link", "renew"):
                self.maybe_pending = True
            return
        self.possible = {state or "?"}
        if action == "unlink" or state == "linked":
            self.maybe_pending = False  # an unlink or a new active key settles older pendings

    def expected(self) -> set[str]:
        possible = set(self.possible)
        if self.in_flight in ("link", "renew") or self.maybe_pending:
            possible.add("linked")
        if self.in_flight == "unlink":
            possible.add("unlinked")
        return possible


class Crash:
    """Runs the load and kills the server after ACKS_BEFORE_KILL acknowledged answers."""

    def __init__(self, ops: Ops, held: list[Fault]) -> None:
        self.ops = ops
        self.held = held
        self.histories = [History(p) for p in PEOPLE]
        self.killed = threading.Event()
        self._lock = threading.Lock()
        self._acks = 0

    def _acknowledged(self) -> None:
        with self._lock:
            self._acks += 1
            due = self._acks >= ACKS_BEFORE_KILL and all(f.fired for f in self.held)
            if not due or self.killed.is_set():
                return
            self.ops.server.kill()
            self.killed.set()

    def _person(self, index: int, history: History) -> None:
        site, account = self.ops.site, ACCOUNTS[index % len(ACCOUNTS)]
        with httpx.Client(
            base_url=self.ops.server.base_url, timeout=60.0, trust_env=False
        ) as client:
            step = 0
            while not self.killed.is_set():
                action = CYCLE[step % len(CYCLE)]
                step += 1
                headers = site.headers(history.account_id)
                try:
                    if action == "link":
                        form = {"username": account, "password": PASSWORD}
                        answer = client.post("/link", headers=headers, data=form)
                    elif action == "renew":
                        answer = client.post("/link/renew", headers=headers)
                    else:
                        answer = client.delete("/link", headers=headers)
                except httpx.ConnectError:
                    return  # never sent: the server is gone
                except httpx.TransportError:
                    history.in_flight = action
                    return
                if answer.status_code != 200:
                    history.failures.append(f"{action}: {answer.status_code} {answer.text[:200]}")
                    return
                history.answered(action, link_state(answer.text))
                self._acknowledged()

    def run(self) -> None:
        threads = [
            threading.Thread(target=self._person, args=(i, h), name=f"crash-{i}", daemon=True)
            for i, h in enumerate(self.histories)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120.0)
        assert not any(t.is_alive() for t in threads), "a load thread is stuck"


def held_at_the_crash(crash: Crash, requests: list[RecordedRequest]) -> list[tuple[History, bool]]:
    """(person, whether the write landed) for each held write still unanswered at the crash.

    A held write the app gave up on (its timeout) was retried, or followed by the
    person's next operation: either shows as a later PUT for that person.
    """
    found = []
    for index, record in enumerate(requests):
        if not record.fault:
            continue
        account_id = dict(record.query)["accountId"]
        history = next(h for h in crash.histories if h.account_id == account_id)
        later = [
            r
            for r in requests[index + 1 :]
            if r.method == "PUT" and dict(r.query)["accountId"] == account_id
        ]
        if history.in_flight in ("link", "renew") and not later:
            found.append((history, record.status == 500))  # 500: landed, answer lost
    return found


def integrity(ops: Ops) -> list[tuple[str]]:
    uri = f"file:{ops.database}?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
        return connection.execute("PRAGMA integrity_check").fetchall()


async def recover(ops: Ops, site: Site) -> list[SweepReport]:
    """The app's own recovery, an hour later, with the product's settings."""
    settings = load_settings(
        {k: v for k, v in ops.env.items() if k.startswith("GLANCEAPP_")}, env_file=None
    )
    later = RECOVERY_LATER_SECONDS
    app = create_app(settings, clock=lambda: time.time() + later, sweep_interval=None)
    reports = []
    site.fake.set_clock(later)
    try:
        async with AsyncTestClient(app=app):
            links = app.state.services.links
            for _ in range(MAX_SWEEPS):
                report = await links.sweep()
                reports.append(report)
                if report.retry_later == 0:
                    break
    finally:
        site.fake.set_clock(0)
    return reports


def test_sigkill_under_write_load_loses_nothing_acknowledged(launch: Launch) -> None:
    ops = launch(workers=None)
    site, fake = ops.site, ops.site.fake
    ops.add_accounts(*ACCOUNTS)
    landed = fake.inject("PUT", PROPERTY_PATH, hang=True, apply_then_fail=True)
    lost = fake.inject("PUT", PROPERTY_PATH, hang=True)

    crash = Crash(ops, [landed, lost])
    try:
        crash.run()
    finally:
        fake.release_hangs()
    assert crash.killed.is_set(), "the load ended before the crash"
    assert [h.failures for h in crash.histories if h.failures] == []
    assert landed.fired == 1
    assert lost.fired == 1
    acknowledged_links = sum(
        1 for h in crash.histories for a, s in h.acknowledged if a == "link" and s == "linked"
    )
    assert acknowledged_links > 0

    # The database survived the crash.
    assert integrity(ops) == [("ok",)]
    pending = ops.rows("SELECT count(*) FROM api_keys WHERE state = 'pending'")[0][0]
    still_held = held_at_the_crash(crash, fake.requests)
    assert pending >= len(still_held)

    # Recovery settles what was pending.
    reports = asyncio.run(recover(ops, site))
    assert reports[-1].retry_later == 0, reports
    assert sum(r.activated + r.discarded for r in reports) >= pending
    assert ops.rows("SELECT * FROM api_keys WHERE state = 'pending'") == []
    assert ops.rows("SELECT * FROM property_deletes") == []

    # After a restart every person is where their acknowledged answers left them.
    ops.restart()
    for history, landed_in_jira in still_held:
        history.in_flight = None
        if landed_in_jira:  # recovery must keep that key
            history.possible = {"linked"}

    problems = []
    states = {}
    for history in crash.histories:
        account_id = history.account_id
        state = states[account_id] = link_state(ops.status(site, account_id).text)
        if state not in history.expected():
            problems.append(
                f"{account_id}: {state}, expected {history.expected()} after "
                f"{history.acknowledged} (in flight: {history.in_flight})"
            )
        active = ops.rows(
            "SELECT key_mac FROM api_keys WHERE client_key = ? AND account_id = ? "
            "AND state = 'active'",
            (site.client_key, account_id),
        )
        value = site.property(account_id)
        if state == "linked":
            assert len(active) == 1, account_id
            assert value is not None, f"{account_id} is linked without a property"
            api_key = site.api_key(account_id, value)
            assert bytes(active[0][0]) == ops.key_mac(api_key), account_id
            assert ops.whoami(api_key).status_code == 200
        else:
            assert active == [], account_id
            assert value is None, f"{account_id} is {state} but Jira still holds a key"
    assert problems == []
    active_total = ops.rows("SELECT count(*) FROM api_keys WHERE state = 'active'")[0][0]
    assert active_total == list(states.values()).count("linked")
    assert integrity(ops) == [("ok",)]
