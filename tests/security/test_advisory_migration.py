"""Keys made before credential generations existed: they must not escape the new check."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from glanceapp.storage.migrations import apply_migrations


def test_keys_from_before_generations_follow_their_account_and_orphans_stay_dead(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    apply_migrations(path, upto="0003_person_leases")
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute(
            "INSERT INTO tenants (client_key, base_url, state, installed_at, updated_at)"
            " VALUES ('site', 'https://acme.atlassian.net', 'enabled', 0, 0)"
        )
        connection.execute(
            "INSERT INTO accounts (name, password_hash, created_at, password_changed_at)"
            " VALUES ('ada', 'x', 0, 0)"
        )
        for mac, account in [(b"a", "ada"), (b"g", "gone")]:
            connection.execute(
                "INSERT INTO api_keys (key_mac, client_key, account_id, service_account, state,"
                " created_at, expires_at, linked_at) VALUES (?, 'site', ?, ?, 'active', 0, 9, 0)",
                (mac, f"person-{account}", account),
            )

    apply_migrations(path)

    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        [(ada_generation,)] = connection.execute(
            "SELECT generation FROM accounts WHERE name = 'ada'"
        ).fetchall()
        keys = dict(
            connection.execute("SELECT service_account, credential_generation FROM api_keys")
        )
        [(last,)] = connection.execute("SELECT last FROM credential_generation").fetchall()
    assert keys["ada"] == ada_generation  # still valid for an account that is still there
    assert keys["gone"] is not None  # a local key, checked like any other...
    assert keys["gone"] < 0  # ...against a generation no account can ever have
    assert last >= ada_generation  # new generations start above every existing one
