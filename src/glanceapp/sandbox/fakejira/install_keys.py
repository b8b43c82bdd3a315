"""Atlassian's install-keys service: the PEM public keys that verify RS256 signed installs.

Served at `{base_url}/install-keys/{kid}` as `text/plain`, a 404 for an unknown or
malformed `kid`, exactly what the app's key fetcher meets in production.
"""

from __future__ import annotations

import re
import threading
from http import HTTPStatus
from typing import Final

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from glanceapp.sandbox.fakejira.http import Request, Response

KID: Final = re.compile(r"^[A-Za-z0-9_-]+$")
ROUTE: Final = r"/install-keys/(?P<kid>[^/]+)"


def public_pem(private_key: rsa.RSAPrivateKey) -> str:
    """The SubjectPublicKeyInfo PEM of a key pair, as the service serves it."""
    return (
        private_key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )


class InstallKeys:
    """The published public keys by `kid`; safe across threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pems: dict[str, str] = {}

    def add(self, kid: str, pem: str | bytes) -> None:
        if not KID.fullmatch(kid):
            raise ValueError("kid must match ^[A-Za-z0-9_-]+$")
        text = pem.decode() if isinstance(pem, bytes) else pem
        with self._lock:
            self._pems[kid] = text

    def pem(self, kid: str) -> str | None:
        with self._lock:
            return self._pems.get(kid) if KID.fullmatch(kid) else None

    def serve(self, request: Request, match: re.Match[str]) -> Response:
        """`GET /install-keys/{kid}`."""
        pem = self.pem(match["kid"])
        if pem is None:
            return Response(HTTPStatus.NOT_FOUND, b"Not Found", "text/plain")
        return Response(HTTPStatus.OK, pem.encode(), "text/plain")
