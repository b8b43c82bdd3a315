"""RSA keys for the tests that play Jira's install signer (made once per session: RSA is slow)."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa


@pytest.fixture(scope="session")
def jira_install_key() -> rsa.RSAPrivateKey:
    """The key Jira signs install callbacks with; its public half is on the key server."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="session")
def other_rsa_key() -> rsa.RSAPrivateKey:
    """A well-formed key that the key server does not vouch for."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="session")
def weak_rsa_key() -> rsa.RSAPrivateKey:
    """RSA-1024: a key the app must refuse to verify with."""
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)  # noqa: S505
