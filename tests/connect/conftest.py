"""RSA keys for the tests that play Jira's install signer, from the support package's one cache."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from support.keys import rsa_key


@pytest.fixture(scope="session")
def jira_install_key() -> rsa.RSAPrivateKey:
    """The key Jira signs install callbacks with; its public half is on the key server."""
    return rsa_key("install")


@pytest.fixture(scope="session")
def other_rsa_key() -> rsa.RSAPrivateKey:
    """A well-formed key that the key server does not vouch for."""
    return rsa_key("stranger")


@pytest.fixture(scope="session")
def weak_rsa_key() -> rsa.RSAPrivateKey:
    """RSA-1024: a key the app must refuse to verify with."""
    return rsa_key("weak", bits=1024)
