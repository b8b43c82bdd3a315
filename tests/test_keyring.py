"""The keyring: per-purpose keys from the master secret, sealed values, MACs."""

from __future__ import annotations

import re

import pytest

from glanceapp.keyring import (
    API_KEY_MAC,
    PROPERTY_API_KEY,
    PURPOSES,
    TENANT_SECRET,
    Keyring,
    SealError,
    b64url,
    unb64url,
)

MASTER = "master-secret-for-tests-0123456789abcdef"
NEW_MASTER = "the-next-master-secret-0123456789abcdef"
AAD = b"client-key|557058:abc|glanceapp.link"
SEALED_FORMAT = re.compile(r"^v1\.[0-9a-f]{12}\.[A-Za-z0-9_-]+$")


@pytest.fixture
def keyring() -> Keyring:
    return Keyring(MASTER)


def test_seal_open_roundtrip(keyring: Keyring) -> None:
    sealed = keyring.seal(PROPERTY_API_KEY, b"the api key", AAD)
    assert keyring.open(PROPERTY_API_KEY, sealed, AAD) == b"the api key"
    assert b"the api key" not in sealed.encode()


def test_sealing_twice_gives_different_values(keyring: Keyring) -> None:
    first = keyring.seal(TENANT_SECRET, b"secret", AAD)
    second = keyring.seal(TENANT_SECRET, b"secret", AAD)
    assert first != second
    assert keyring.open(TENANT_SECRET, first, AAD) == keyring.open(TENANT_SECRET, second, AAD)


@pytest.mark.parametrize("purpose", PURPOSES)
def test_sealed_format(keyring: Keyring, purpose: str) -> None:
    for plaintext in (b"", b"x", b"a longer plaintext " * 20):
        assert SEALED_FORMAT.match(keyring.seal(purpose, plaintext, AAD))


def test_wrong_aad_fails(keyring: Keyring) -> None:
    sealed = keyring.seal(PROPERTY_API_KEY, b"the api key", AAD)
    with pytest.raises(SealError, match="authentication"):
        keyring.open(PROPERTY_API_KEY, sealed, b"client-key|557058:other|glanceapp.link")


def test_other_purpose_fails(keyring: Keyring) -> None:
    sealed = keyring.seal(PROPERTY_API_KEY, b"the api key", AAD)
    with pytest.raises(SealError):
        keyring.open(TENANT_SECRET, sealed, AAD)


def test_old_master_secret_still_opens_after_rotation() -> None:
    sealed = Keyring(MASTER).seal(TENANT_SECRET, b"shared secret", AAD)
    rotated = Keyring(NEW_MASTER, old=(MASTER,))
    assert rotated.open(TENANT_SECRET, sealed, AAD) == b"shared secret"
    assert not rotated.is_current(sealed)
    resealed = rotated.seal(TENANT_SECRET, b"shared secret", AAD)
    assert rotated.is_current(resealed)
    assert resealed.split(".")[1] != sealed.split(".")[1]
    with pytest.raises(SealError):
        Keyring(MASTER).open(TENANT_SECRET, resealed, AAD)


def test_unknown_key_id_fails() -> None:
    sealed = Keyring(MASTER).seal(TENANT_SECRET, b"shared secret", AAD)
    with pytest.raises(SealError, match="does not hold"):
        Keyring(NEW_MASTER).open(TENANT_SECRET, sealed, AAD)


def test_tampered_body_fails(keyring: Keyring) -> None:
    sealed = keyring.seal(TENANT_SECRET, b"shared secret", AAD)
    version, kid, body = sealed.split(".")
    raw = bytearray(unb64url(body))
    for index in (0, len(raw) // 2, len(raw) - 1):
        tampered = bytearray(raw)
        tampered[index] ^= 0x01
        with pytest.raises(SealError, match="authentication"):
            keyring.open(TENANT_SECRET, f"{version}.{kid}.{b64url(bytes(tampered))}", AAD)


@pytest.mark.parametrize(
    "token",
    ["", "v1", "v2.abcdefabcdef.AAAA", "v1..AAAA", "v1.abcdefabcdef.", "not a sealed value"],
)
def test_malformed_values_fail(keyring: Keyring, token: str) -> None:
    with pytest.raises(SealError):
        keyring.open(TENANT_SECRET, token, AAD)


def test_truncated_and_non_base64_bodies_fail(keyring: Keyring) -> None:
    sealed = keyring.seal(TENANT_SECRET, b"shared secret", AAD)
    version, kid, body = sealed.split(".")
    with pytest.raises(SealError, match="too short"):
        keyring.open(TENANT_SECRET, f"{version}.{kid}.{body[:20]}", AAD)
    with pytest.raises(SealError):
        keyring.open(TENANT_SECRET, f"{version}.{kid}.{body[:-3]}*==", AAD)


def test_mac_is_deterministic_and_purpose_separated(keyring: Keyring) -> None:
    mac = keyring.mac(API_KEY_MAC, b"the api key")
    assert mac == keyring.mac(API_KEY_MAC, b"the api key")
    assert mac == Keyring(MASTER).mac(API_KEY_MAC, b"the api key")
    assert len(mac) == 32
    assert mac != keyring.mac(API_KEY_MAC, b"another api key")
    assert mac != keyring.mac(TENANT_SECRET, b"the api key")
    assert mac != keyring.mac(PROPERTY_API_KEY, b"the api key")
    assert mac != Keyring(NEW_MASTER).mac(API_KEY_MAC, b"the api key")


def test_macs_after_rotation_find_old_rows() -> None:
    old_mac = Keyring(MASTER).mac(API_KEY_MAC, b"the api key")
    rotated = Keyring(NEW_MASTER, old=(MASTER,))
    macs = list(rotated.macs(API_KEY_MAC, b"the api key"))
    assert macs[0] == rotated.mac(API_KEY_MAC, b"the api key")
    assert old_mac in macs[1:]


def test_repr_shows_no_secret(keyring: Keyring) -> None:
    assert MASTER not in repr(keyring)
    assert MASTER not in repr(Keyring(NEW_MASTER, old=(MASTER,)))
