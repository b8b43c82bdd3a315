"""Per-purpose keys derived from the master secret, and the sealed-value format.

Every purpose gets its own key (HKDF-SHA256, info = purpose), so a value sealed
for one use never opens for another. Former master secrets stay usable for
opening while data is re-encrypted; sealing and MACs always use the current one.

Sealed format: ``v1.<key id>.<base64url(nonce | AES-GCM ciphertext)>`` where the
key id is a short fingerprint of the derived key (never the key itself).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from collections.abc import Iterable
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

TENANT_SECRET = "glanceapp/v1/tenant-shared-secret"  # noqa: S105 - a purpose label, not a secret
PROPERTY_API_KEY = "glanceapp/v1/property-api-key"
API_KEY_MAC = "glanceapp/v1/api-key-mac"
FORGE_USER_TOKEN = "glanceapp/v1/forge-user-token"  # noqa: S105 - a purpose label
FORGE_TICKET_MAC = "glanceapp/v1/forge-ticket-mac"
SIGN_IN_STATE_MAC = "glanceapp/v1/sign-in-state-mac"
PURPOSES = (
    TENANT_SECRET,
    PROPERTY_API_KEY,
    API_KEY_MAC,
    FORGE_USER_TOKEN,
    FORGE_TICKET_MAC,
    SIGN_IN_STATE_MAC,
)

_NONCE_BYTES = 12


class SealError(ValueError):
    """Raised when a sealed value is malformed, under an unknown key, or fails authentication."""


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def derive_key(master: str, purpose: str) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"glanceapp", info=purpose.encode())
    return hkdf.derive(master.encode("utf-8"))


def key_id(key: bytes) -> str:
    return hashlib.sha256(b"glanceapp key id" + key).hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class _PurposeKeys:
    current: bytes
    by_id: dict[str, bytes]


@dataclass(frozen=True)
class Keyring:
    """The derived keys of one master secret plus its predecessors."""

    master: str = field(repr=False)
    old: tuple[str, ...] = field(default=(), repr=False)
    _keys: dict[str, _PurposeKeys] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        for purpose in PURPOSES:
            current = derive_key(self.master, purpose)
            by_id = {key_id(current): current}
            for former in self.old:
                key = derive_key(former, purpose)
                by_id.setdefault(key_id(key), key)
            self._keys[purpose] = _PurposeKeys(current, by_id)

    def seal(self, purpose: str, plaintext: bytes, aad: bytes) -> str:
        key = self._keys[purpose].current
        nonce = os.urandom(_NONCE_BYTES)
        sealed = AESGCM(key).encrypt(nonce, plaintext, aad)
        return f"v1.{key_id(key)}.{b64url(nonce + sealed)}"

    def open(self, purpose: str, token: str, aad: bytes) -> bytes:
        version, _, rest = token.partition(".")
        kid, _, body = rest.partition(".")
        if version != "v1" or not kid or not body:
            raise SealError("not a v1 sealed value")
        key = self._keys[purpose].by_id.get(kid)
        if key is None:
            raise SealError("sealed under a key this keyring does not hold")
        try:
            raw = unb64url(body)
        except ValueError:
            raise SealError("sealed value is not base64url") from None
        if len(raw) < _NONCE_BYTES + 16:
            raise SealError("sealed value is too short")
        try:
            return AESGCM(key).decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], aad)
        except InvalidTag:
            raise SealError("sealed value failed authentication") from None

    def is_current(self, token: str) -> bool:
        """Whether `token` was sealed under the current master secret (no re-encryption due)."""
        parts = token.split(".")
        return len(parts) == 3 and any(parts[1] == key_id(k.current) for k in self._keys.values())

    def mac(self, purpose: str, data: bytes) -> bytes:
        return hmac.digest(self._keys[purpose].current, data, "sha256")

    def macs(self, purpose: str, data: bytes) -> Iterable[bytes]:
        """MACs under the current then every former key: lookups still find old rows."""
        keys = self._keys[purpose]
        yield hmac.digest(keys.current, data, "sha256")
        for key in keys.by_id.values():
            if key != keys.current:
                yield hmac.digest(key, data, "sha256")
