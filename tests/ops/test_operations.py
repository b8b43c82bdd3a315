"""Operator commands against a live server: `glanceapp backup` and `glanceapp rotate-secret`.

They run as the operator runs them, as separate processes next to the serving
one, with the same environment (docs/operations.md).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
import stat
import threading
from pathlib import Path

from litestar.testing import AsyncTestClient

from glanceapp.app import create_app
from glanceapp.keyring import PROPERTY_API_KEY, TENANT_SECRET, Keyring, derive_key, key_id
from glanceapp.settings import load_settings

from .conftest import (
    MASTER_SECRET,
    PROPERTY_KEY,
    Launch,
    Ops,
    ServerExited,
    base_environment,
    link_state,
    run_cli,
)

ACCOUNT = "svc-operator"
LINKED = "557058:0b0b0b0b-0000-4000-8000-000000000005"
WRITERS = [f"557058:0b0b0b0b-0000-4000-8000-0000000001{i:02d}" for i in range(4)]
SECRET_B = "the-new-master-secret-BBBBBBBBBBBBBBBBBBBBBBBB"
SECRET_C = "a-master-secret-nobody-knows-CCCCCCCCCCCCCCCCC"
WRITES_BEFORE_BACKUP = 3
WAIT_SECONDS = 120.0


def key_id_of(sealed: str) -> str:
    return sealed.split(".")[1]


def current_key_id(master: str, purpose: str) -> str:
    return key_id(derive_key(master, purpose))


class WriteLoad(threading.Thread):
    """Links, renews and unlinks people one after another until told to stop."""

    def __init__(self, ops: Ops) -> None:
        super().__init__(name="ops-write-load", daemon=True)
        self.ops = ops
        self.done = 0
        self.failures: list[str] = []
        self.started_writing = threading.Event()
        self.stop = threading.Event()

    def run(self) -> None:
        site = self.ops.site
        try:
            while not self.stop.is_set():
                for account_id in WRITERS:
                    for action in ("link", "renew", "unlink"):
                        if action == "link":
                            answer = self.ops.link(site, account_id, ACCOUNT)
                        elif action == "renew":
                            answer = self.ops.renew(site, account_id)
                        else:
                            answer = self.ops.unlink(site, account_id)
                        expected = "unlinked" if action == "unlink" else "linked"
                        if answer.status_code != 200 or link_state(answer.text) != expected:
                            self.failures.append(f"{action}: {answer.status_code} {answer.text}")
                        self.done += 1
                        if self.done >= WRITES_BEFORE_BACKUP:
                            self.started_writing.set()
        except Exception as exc:  # reported by the test
            self.failures.append(repr(exc))
        finally:
            self.started_writing.set()


async def whoami_on(database: Path, api_key: str) -> tuple[int, dict[str, str]]:
    """Serve `database` in-process with the product's secret and ask it who holds `api_key`."""
    settings = load_settings(
        {
            "GLANCEAPP_SECRET_KEY": MASTER_SECRET,
            "GLANCEAPP_DATABASE": str(database),
            "GLANCEAPP_WORKERS": "1",
            "GLANCEAPP_PROPERTY_KEY": PROPERTY_KEY,
        },
        env_file=None,
    )
    app = create_app(settings, sweep_interval=None)
    async with AsyncTestClient(app=app) as client:
        answer = await client.get("/api/whoami", headers={"Authorization": f"Bearer {api_key}"})
    return answer.status_code, answer.json()


def test_backup_while_serving_and_writing(launch: Launch, tmp_path: Path) -> None:
    ops = launch()
    ops.add_account(ACCOUNT)
    linked = ops.link(ops.site, LINKED, ACCOUNT)
    assert link_state(linked.text) == "linked", linked.text
    api_key = ops.site.api_key(LINKED)

    load = WriteLoad(ops)
    load.start()
    try:
        assert load.started_writing.wait(WAIT_SECONDS)
        target = tmp_path / "backup.db"
        done = ops.cli("backup", str(target))
    finally:
        load.stop.set()
        load.join(WAIT_SECONDS)
    assert not load.is_alive()
    assert load.failures == []
    assert done.returncode == 0, done.stderr
    assert "keep the master secret" in done.stdout
    assert "GLANCEAPP_SECRET_KEY" in done.stdout
    assert f"{ops.database}.key" in done.stdout

    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not target.with_name("backup.db.partial").exists()
    with contextlib.closing(sqlite3.connect(f"file:{target}?mode=ro", uri=True)) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        tenants = copy.execute("SELECT client_key, state, shared_secret FROM tenants").fetchall()
        assert [(t[0], t[1]) for t in tenants] == [(ops.site.client_key, "enabled")]
        assert tenants[0][2].startswith("v1.")
        active = copy.execute(
            "SELECT key_mac FROM api_keys WHERE account_id = ? AND state = 'active'", (LINKED,)
        ).fetchall()
        assert [bytes(row[0]) for row in active] == [ops.key_mac(api_key)]
        assert copy.execute("SELECT name FROM accounts").fetchall() == [(ACCOUNT,)]

    # The copy is a working database: served with the same secret, the key still works.
    status, body = asyncio.run(whoami_on(target, api_key))
    assert (status, body["account"]) == (200, ACCOUNT)


def test_backup_never_overwrites(tmp_path: Path) -> None:
    env = base_environment()
    env["GLANCEAPP_DATABASE"] = str(tmp_path / "glanceapp.db")
    env["GLANCEAPP_SECRET_KEY"] = MASTER_SECRET
    existing = tmp_path / "existing.db"
    existing.write_bytes(b"an earlier backup")
    done = run_cli(["backup", str(existing)], env, tmp_path)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith("glanceapp: ")
    assert "already exists" in done.stderr
    assert existing.read_bytes() == b"an earlier backup"

    nowhere = tmp_path / "no-such-folder" / "backup.db"
    done = run_cli(["backup", str(nowhere)], env, tmp_path)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1, done.stderr
    assert "does not exist" in done.stderr
    assert not nowhere.parent.exists()


def test_rotate_the_master_secret_while_serving(launch: Launch) -> None:
    ops = launch()
    site = ops.site
    ops.add_account(ACCOUNT)
    assert link_state(ops.link(site, LINKED, ACCOUNT).text) == "linked"
    first_key = site.api_key(LINKED)
    sealed_before = ops.rows("SELECT shared_secret FROM tenants")[0][0]
    assert key_id_of(sealed_before) == current_key_id(MASTER_SECRET, TENANT_SECRET)

    # 1. New secret, former one kept for opening: old data still reads.
    ops.set_env(GLANCEAPP_SECRET_KEY=SECRET_B, GLANCEAPP_OLD_SECRET_KEYS=MASTER_SECRET)
    ops.restart()
    glance = ops.client.get(site.glance_url(LINKED))
    assert glance.status_code == 200
    assert link_state(glance.text) == "linked"
    assert ops.whoami(first_key).status_code == 200

    # 2. rotate-secret re-seals the tenant secret under B; the server notices at once.
    done = ops.cli("rotate-secret")
    assert done.returncode == 0, done.stderr
    assert "re-encrypted 1 tenant secret(s)" in done.stdout
    sealed = ops.rows("SELECT shared_secret FROM tenants")[0][0]
    assert key_id_of(sealed) == current_key_id(SECRET_B, TENANT_SECRET)
    both = Keyring(SECRET_B, (MASTER_SECRET,))
    aad = site.client_key.encode()
    assert both.open(TENANT_SECRET, sealed, aad) == both.open(TENANT_SECRET, sealed_before, aad)
    assert ops.client.get(site.glance_url(LINKED)).status_code == 200
    again = ops.cli("rotate-secret")
    assert again.returncode == 0, again.stderr
    assert "re-encrypted 0 tenant secret(s)" in again.stdout

    # 3. The property is re-sealed under B on its next write.
    assert link_state(ops.renew(site, LINKED).text) == "linked"
    value = site.property(LINKED)
    assert key_id_of(value["apiKey"]) == current_key_id(SECRET_B, PROPERTY_API_KEY)
    renewed = site.api_key(LINKED, keyring=Keyring(SECRET_B))

    # 4. Without the former secret everything the database holds still opens.
    ops.set_env(GLANCEAPP_OLD_SECRET_KEYS=None)
    ops.restart()
    glance = ops.client.get(site.glance_url(LINKED))
    assert glance.status_code == 200
    assert link_state(glance.text) == "linked"
    assert ops.whoami(renewed).status_code == 200
    assert link_state(ops.status(site, LINKED).text) == "linked"

    # 5. A secret sealed under a master secret nobody supplied: exit 1, nothing changed.
    ops.server.stop()
    lost = ops.cli("rotate-secret", GLANCEAPP_SECRET_KEY=SECRET_C)
    assert lost.returncode == 1
    assert "GLANCEAPP_OLD_SECRET_KEYS" in lost.stderr
    assert "1 tenant secret(s)" in lost.stderr
    assert "Traceback" not in lost.stderr
    assert ops.rows("SELECT shared_secret FROM tenants")[0][0] == sealed


def test_a_master_secret_that_cannot_open_the_tenants_is_named(launch: Launch) -> None:
    ops = launch()
    refused: ServerExited | None = None
    try:
        ops.restart(GLANCEAPP_SECRET_KEY=SECRET_C)
    except ServerExited as exited:
        refused = exited
    if refused is not None:  # refusing to start, in one line, is one acceptable answer
        assert refused.returncode == 2
        assert refused.stderr.strip().count("\n") == 0, refused.stderr
        assert "GLANCEAPP_OLD_SECRET_KEYS" in refused.stderr
        return
    answer = ops.client.get(ops.site.glance_url(LINKED))
    assert answer.status_code in (500, 503)
    request_id = answer.headers["x-request-id"]
    ops.server.stop()
    entries = [json.loads(line) for line in ops.server.stderr().splitlines() if line.strip()]
    named = [
        e
        for e in entries
        if e["level"] in ("error", "critical")
        and e.get("request_id") == request_id
        and "secret" in e["message"].lower()
    ]
    assert named, "nothing in the log says why the tenant's requests fail"


def test_backup_without_the_secret_creates_no_key_file(launch: Launch, tmp_path: Path) -> None:
    ops = launch()  # the server's secret comes from its environment, not a key file
    key_file = Path(f"{ops.database}.key")
    assert not key_file.exists()
    done = ops.cli("backup", str(tmp_path / "copy.db"), GLANCEAPP_SECRET_KEY=None)
    assert done.returncode == 0, done.stderr
    assert not key_file.exists(), "backup generated a master secret nobody sealed data under"
