"""Fixtures shared by the Jira client tests: one real fake Jira site and its tenant."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from glanceapp.domain import Tenant
from glanceapp.sandbox.fakejira import FakeJira
from support.keys import rsa_key


@pytest.fixture(scope="module")
def jira_site_key() -> rsa.RSAPrivateKey:
    return rsa_key("install")


@pytest.fixture
def fake(jira_site_key: rsa.RSAPrivateKey) -> Iterator[FakeJira]:
    with FakeJira(app_base_url="https://app.example.com", install_key=jira_site_key) as site:
        try:
            yield site
        finally:
            site.release_hangs()
        assert site.server_errors == []


@pytest.fixture
def tenant(fake: FakeJira) -> Tenant:
    return Tenant(
        client_key=fake.client_key,
        base_url=fake.base_url,
        state="installed",
        shared_secret=fake.shared_secret,
        oauth_client_id=fake.oauth_client_id,
    )
