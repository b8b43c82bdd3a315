"""The security regression tests run on the service tests' fixtures (one SQLite file,
a fake Jira on loopback, an injected clock); the web ones bring the end-to-end
fixtures into their own module."""

from __future__ import annotations

from service.conftest import (  # noqa: F401 - fixtures, found by pytest by name
    account,
    accounts,
    argon,
    clock,
    db,
    db_path,
    fake,
    fake_site,
    hasher,
    http,
    jira_auth,
    jira_time,
    keyring,
    make_jira,
    make_service,
    open_db,
    service,
    sleeper,
    tenant,
    tenants,
    tls,
)
