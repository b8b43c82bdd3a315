"""Forward-only, named migrations, recorded in `schema_migrations`.

Run once before any worker serves (`glanceapp serve` does it in the parent
process); applying them again is a no-op. Each migration runs in its own
`BEGIN IMMEDIATE` transaction, so two processes racing apply each exactly once.
Never edit a released migration: add a new one.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from glanceapp.storage.db import connect_sync

MIGRATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "0001_tenants",
        (
            """CREATE TABLE tenants (
                client_key TEXT PRIMARY KEY,
                shared_secret TEXT,
                base_url TEXT NOT NULL,
                display_url TEXT,
                oauth_client_id TEXT,
                product_type TEXT,
                state TEXT NOT NULL
                    CHECK (state IN ('installed', 'enabled', 'disabled', 'uninstalled')),
                installed_at REAL NOT NULL,
                updated_at REAL NOT NULL,
                uninstalled_at REAL
            )""",
            """CREATE TABLE lifecycle_log (
                id INTEGER PRIMARY KEY,
                event TEXT NOT NULL,
                client_key TEXT NOT NULL,
                kid TEXT,
                base_url TEXT,
                secret_fingerprint TEXT,
                account_id TEXT,
                at REAL NOT NULL
            )""",
            "CREATE INDEX lifecycle_log_client ON lifecycle_log (client_key, id)",
            """CREATE TABLE tenant_generation (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                generation INTEGER NOT NULL
            )""",
            "INSERT INTO tenant_generation (id, generation) VALUES (1, 0)",
            """CREATE TRIGGER lifecycle_log_append_only_update BEFORE UPDATE ON lifecycle_log
               BEGIN SELECT RAISE(ABORT, 'lifecycle_log is append-only'); END""",
            """CREATE TRIGGER lifecycle_log_append_only_delete BEFORE DELETE ON lifecycle_log
               BEGIN SELECT RAISE(ABORT, 'lifecycle_log is append-only'); END""",
        ),
    ),
    (
        "0002_accounts_and_keys",
        (
            """CREATE TABLE accounts (
                name TEXT PRIMARY KEY,
                password_hash TEXT NOT NULL,
                created_at REAL NOT NULL,
                password_changed_at REAL NOT NULL
            )""",
            """CREATE TABLE api_keys (
                id INTEGER PRIMARY KEY,
                key_mac BLOB NOT NULL,
                client_key TEXT NOT NULL REFERENCES tenants (client_key),
                account_id TEXT NOT NULL,
                service_account TEXT NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('pending', 'active', 'revoked')),
                created_at REAL NOT NULL,
                expires_at REAL NOT NULL,
                linked_at REAL NOT NULL,
                activated_at REAL,
                revoked_at REAL,
                revoked_reason TEXT
            )""",
            "CREATE UNIQUE INDEX api_keys_mac ON api_keys (key_mac)",
            """CREATE UNIQUE INDEX api_keys_one_active ON api_keys (client_key, account_id)
               WHERE state = 'active'""",
            "CREATE INDEX api_keys_pending ON api_keys (created_at) WHERE state = 'pending'",
            "CREATE INDEX api_keys_account ON api_keys (service_account, state)",
            "CREATE INDEX api_keys_person ON api_keys (client_key, account_id, state)",
            """CREATE TABLE login_failures (
                id INTEGER PRIMARY KEY,
                service_account TEXT NOT NULL,
                client_key TEXT NOT NULL,
                account_id TEXT NOT NULL,
                at REAL NOT NULL
            )""",
            """CREATE INDEX login_failures_who
               ON login_failures (service_account, client_key, account_id, at)""",
            "CREATE INDEX login_failures_account ON login_failures (service_account, at)",
            """CREATE TABLE property_deletes (
                client_key TEXT NOT NULL REFERENCES tenants (client_key),
                account_id TEXT NOT NULL,
                property_key TEXT NOT NULL,
                created_at REAL NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at REAL NOT NULL,
                PRIMARY KEY (client_key, account_id, property_key)
            )""",
        ),
    ),
    (
        "0003_person_leases",
        (
            """CREATE TABLE person_leases (
                client_key TEXT NOT NULL,
                account_id TEXT NOT NULL,
                holder TEXT NOT NULL,
                expires_at REAL NOT NULL,
                PRIMARY KEY (client_key, account_id)
            )""",
        ),
    ),
    (
        "0004_credential_generations_and_renew_limits",
        (
            # One counter for every account, never reset: an account re-created under a
            # removed one's name gets a generation no key of the old one carries.
            """CREATE TABLE credential_generation (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                last INTEGER NOT NULL
            )""",
            "INSERT INTO credential_generation (id, last) VALUES (1, 0)",
            "ALTER TABLE accounts ADD COLUMN generation INTEGER NOT NULL DEFAULT 0",
            # NULL: an account from a sign-in backend that keeps no generation here.
            "ALTER TABLE api_keys ADD COLUMN credential_generation INTEGER",
            # Keys issued before generations existed belong to local accounts: they carry
            # the account's current generation, or one no account has if it is gone.
            """UPDATE api_keys SET credential_generation = coalesce(
                   (SELECT generation FROM accounts WHERE name = api_keys.service_account), -1)""",
            """CREATE TABLE renew_buckets (
                client_key TEXT NOT NULL,
                account_id TEXT NOT NULL,
                tokens REAL NOT NULL,
                updated_at REAL NOT NULL,
                PRIMARY KEY (client_key, account_id)
            )""",
            "CREATE INDEX api_keys_retired ON api_keys (state, revoked_at)",
            "CREATE INDEX login_failures_person ON login_failures (client_key, account_id, at)",
        ),
    ),
    (
        "0005_forge_installations",
        (
            # A site reached through Forge keeps a tenants row (its sealing id as
            # client_key, no sharedSecret unless Connect installed it too).
            "ALTER TABLE tenants ADD COLUMN forge_served INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE tenants ADD COLUMN cloud_id TEXT",
            """CREATE TABLE forge_installations (
                installation_id TEXT PRIMARY KEY,
                site_id TEXT NOT NULL REFERENCES tenants (client_key),
                cloud_id TEXT,
                site_url TEXT,
                api_base_url TEXT NOT NULL,
                environment_id TEXT,
                app_version TEXT,
                state TEXT NOT NULL CHECK (state IN ('installed', 'uninstalled')),
                installed_at REAL NOT NULL,
                updated_at REAL NOT NULL,
                uninstalled_at REAL
            )""",
            "CREATE INDEX forge_installations_site ON forge_installations (site_id, state)",
            "CREATE INDEX forge_installations_cloud ON forge_installations (cloud_id)",
            """CREATE TABLE forge_tickets (
                ticket_mac TEXT PRIMARY KEY,
                installation_id TEXT NOT NULL
                    REFERENCES forge_installations (installation_id),
                account_id TEXT NOT NULL,
                user_token TEXT NOT NULL,
                created_at REAL NOT NULL,
                expires_at REAL NOT NULL
            )""",
            "CREATE INDEX forge_tickets_expiry ON forge_tickets (expires_at)",
        ),
    ),
    (
        "0006_sign_in_flows",
        (
            """CREATE TABLE sign_in_flows (
                state_mac TEXT PRIMARY KEY,
                site_id TEXT NOT NULL,
                account_id TEXT NOT NULL,
                installation_id TEXT,
                user_token TEXT,
                nonce TEXT NOT NULL,
                code_verifier TEXT NOT NULL,
                created_at REAL NOT NULL,
                expires_at REAL NOT NULL
            )""",
            "CREATE INDEX sign_in_flows_expiry ON sign_in_flows (expires_at)",
        ),
    ),
)


def applied_migrations(connection: sqlite3.Connection) -> list[str]:
    connection.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at REAL NOT NULL)"
    )
    return [
        row[0] for row in connection.execute("SELECT name FROM schema_migrations ORDER BY name")
    ]


def apply_migrations(path: Path, *, upto: str | None = None) -> list[str]:
    """Apply every migration not yet recorded (or those up to `upto`); return the names applied."""
    applied: list[str] = []
    connection = connect_sync(path)
    try:
        applied_migrations(connection)
        for name, statements in MIGRATIONS:
            connection.execute("BEGIN IMMEDIATE")
            try:
                done = connection.execute(
                    "SELECT 1 FROM schema_migrations WHERE name = ?", (name,)
                ).fetchone()
                if done is None:
                    for statement in statements:
                        connection.execute(statement)
                    connection.execute(
                        "INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)",
                        (name, time.time()),
                    )
                    applied.append(name)
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")
            if upto is not None and name == upto:
                break
    finally:
        connection.close()
    return applied
