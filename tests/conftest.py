"""Fixtures shared across the suite: settings on a fresh database, and Jira's side of signing.

Jira's tokens come from the support package's `JiraSide`, built on the sandbox's
signer (PyJWT and Atlassian's own `atlassian_jwt`, never glanceapp.connect), so a
qsh or claim bug cannot hide on both sides.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from glanceapp.settings import Settings, load_settings
from support.jira import APP_BASE_URL, NOW, JiraSide
from support.keys import RsaKey, rsa_key

MASTER_SECRET = "test-master-secret-0123456789-abcdefghij"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: takes seconds (builds a wheel, starts servers)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under mutmut, keep only the unit suite of the target being mutated.

    `make mutation-<target>` names it in GLANCEAPP_MUTATION_TESTS (test path
    prefixes), so a mutant of connect/ is judged by tests/connect alone and not
    by every slower suite that happens to call it. Outside mutmut this does nothing.
    """
    scope = os.environ.get("GLANCEAPP_MUTATION_TESTS", "").split()
    if not scope or "MUTANT_UNDER_TEST" not in os.environ:
        return
    kept = [item for item in items if item.nodeid.startswith(tuple(scope))]
    dropped = [item for item in items if not item.nodeid.startswith(tuple(scope))]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture
def make_settings(tmp_path: Path) -> Callable[..., Settings]:
    """Settings on a database in tmp_path; keyword overrides name variables without the prefix."""

    def make(**overrides: str) -> Settings:
        env = {
            "GLANCEAPP_SECRET_KEY": MASTER_SECRET,
            "GLANCEAPP_DATABASE": str(tmp_path / "glanceapp.db"),
            "GLANCEAPP_BASE_URL": APP_BASE_URL,
            "GLANCEAPP_ALLOWED_HOSTS": "*.atlassian.net,site.test",
            "GLANCEAPP_WORKERS": "1",
        }
        env.update({f"GLANCEAPP_{name.upper()}": value for name, value in overrides.items()})
        return load_settings(env, env_file=None)

    return make


@pytest.fixture
def settings(make_settings: Callable[..., Settings]) -> Settings:
    return make_settings()


@pytest.fixture(scope="session")
def install_key() -> RsaKey:
    """The key pair the (fake) install-keys server publishes."""
    return RsaKey(rsa_key("install"))


@pytest.fixture(scope="session")
def stranger_key() -> RsaKey:
    """A key pair the install-keys server knows nothing about."""
    return RsaKey(rsa_key("stranger"))


@pytest.fixture
def jira() -> JiraSide:
    return JiraSide(NOW)


@pytest.fixture
def real_time_jira() -> JiraSide:
    """Jira's side for tests that run the app on the real clock."""
    return JiraSide(int(time.time()))
