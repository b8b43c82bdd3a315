"""Fixtures shared across the suite: settings on a fresh database, and Jira's side of signing.

Jira's tokens are made here with PyJWT and Atlassian's own `atlassian_jwt`
(never with glanceapp.connect), so a qsh or claim bug cannot hide on both sides.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jwt
import pytest
from atlassian_jwt.url_utils import hash_url
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from glanceapp.settings import Settings, load_settings

MASTER_SECRET = "test-master-secret-0123456789-abcdefghij"
APP_BASE_URL = "https://app.example.com"
SITE_URL = "https://acme.atlassian.net"
NOW = 1_750_000_000


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


@dataclass(frozen=True)
class RsaKey:
    private: rsa.RSAPrivateKey = field(repr=False)

    @property
    def public_pem(self) -> str:
        return (
            self.private.public_key()
            .public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
            .decode()
        )


@pytest.fixture(scope="session")
def install_key() -> RsaKey:
    """The key pair the (fake) install-keys server publishes."""
    return RsaKey(rsa.generate_private_key(public_exponent=65537, key_size=2048))


@pytest.fixture(scope="session")
def stranger_key() -> RsaKey:
    """A key pair the install-keys server knows nothing about."""
    return RsaKey(rsa.generate_private_key(public_exponent=65537, key_size=2048))


class JiraSide:
    """How Jira signs its calls to the app: PyJWT plus atlassian_jwt's qsh."""

    def __init__(self, now: int = NOW) -> None:
        self.now = now

    def install_token(
        self,
        key: RsaKey,
        *,
        client_key: str,
        path: str = "/installed",
        kid: str = "kid-1",
        aud: str | list[str] = APP_BASE_URL,
        qsh: str | None = None,
        ttl: int = 180,
        extra: Mapping[str, Any] | None = None,
        drop: tuple[str, ...] = (),
    ) -> str:
        """An RS256 signed-install token; `path` is relative to the app's base URL."""
        claims: dict[str, Any] = {
            "iss": client_key,
            "sub": "557058:admin",
            "aud": aud,
            "iat": self.now,
            "exp": self.now + ttl,
            "qsh": hash_url("POST", path) if qsh is None else qsh,
        }
        claims.update(extra or {})
        for name in drop:
            claims.pop(name, None)
        return jwt.encode(claims, key.private, algorithm="RS256", headers={"kid": kid})

    def tenant_token(
        self,
        shared_secret: str,
        *,
        client_key: str,
        method: str = "POST",
        path: str = "/enabled",
        qsh: str | None = None,
        ttl: int = 180,
        account_id: str | None = None,
    ) -> str:
        """An HS256 token of the tenant; `qsh` defaults to the hash of (method, path)."""
        claims: dict[str, Any] = {
            "iss": client_key,
            "iat": self.now,
            "exp": self.now + ttl,
            "qsh": hash_url(method, path) if qsh is None else qsh,
        }
        if account_id is not None:
            claims["sub"] = account_id
        return jwt.encode(claims, shared_secret.encode(), algorithm="HS256")

    @staticmethod
    def lifecycle_body(
        event: str,
        *,
        client_key: str,
        shared_secret: str | None = None,
        base_url: str = SITE_URL,
        **extra: Any,
    ) -> dict[str, Any]:
        body: dict[str, Any] = {
            "key": "glanceapp",
            "clientKey": client_key,
            "baseUrl": base_url,
            "displayUrl": base_url,
            "productType": "jira",
            "description": "Atlassian JIRA at " + base_url,
            "eventType": event,
        }
        if shared_secret is not None:
            body["sharedSecret"] = shared_secret
        body.update(extra)
        return body


@pytest.fixture
def jira() -> JiraSide:
    return JiraSide(NOW)


@pytest.fixture
def real_time_jira() -> JiraSide:
    """Jira's side for tests that run the app on the real clock."""
    return JiraSide(int(time.time()))
