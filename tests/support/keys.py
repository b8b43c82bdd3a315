"""RSA keys for tests, generated in one place and once per process.

Generating a 2048-bit key costs about 0.1 s; a suite needs only a handful of
distinct ones, each named for its role. `rsa_key(name)` returns the same key for the
same name for the whole session (and to the benchmark), so no test pays twice.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric import rsa

from glanceapp.sandbox.fakejira import public_pem


@functools.cache
def rsa_key(name: str, *, bits: int = 2048) -> rsa.RSAPrivateKey:
    """The RSA key pair named `name` (of `bits` bits), the same one on every call."""
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


@dataclass(frozen=True)
class RsaKey:
    """A key pair with its public half as the PEM an install-keys service serves."""

    private: rsa.RSAPrivateKey = field(repr=False)

    @property
    def public_pem(self) -> str:
        return public_pem(self.private)
