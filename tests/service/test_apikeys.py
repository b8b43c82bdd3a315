"""apiKeys: shape and randomness, the stored MAC, and the property's sealed value."""

from __future__ import annotations

import base64
import json
import re
from typing import Any

import pytest

from glanceapp.keyring import API_KEY_MAC, PROPERTY_API_KEY, TENANT_SECRET, Keyring
from glanceapp.service.apikeys import (
    API_KEY_PREFIX,
    api_key_from_property,
    key_mac,
    key_macs,
    looks_like_api_key,
    new_api_key,
    property_aad,
    property_value,
)

from .support import ALICE, BOB, MASTER, PROPERTY_KEY, START, TTL

OLD_MASTER = "the-former-master-secret-0123456789-abcdefgh"
CLIENT_KEY = "jira:11111111-2222-4333-8444-555555555555"
OTHER_CLIENT_KEY = "jira:99999999-2222-4333-8444-555555555555"
SEALED = re.compile(r"^v1\.[0-9a-f]{12}\.[A-Za-z0-9_-]+$")


def make_value(keyring: Keyring, api_key: str, **where: str) -> dict[str, Any]:
    context = {"client_key": CLIENT_KEY, "account_id": ALICE, "property_key": PROPERTY_KEY}
    context.update(where)
    return property_value(
        keyring,
        api_key=api_key,
        account="ada",
        expires_at=START + TTL,
        linked_at=START,
        **context,
    )


def read_back(keyring: Keyring, value: object, **where: str) -> str | None:
    context = {"client_key": CLIENT_KEY, "account_id": ALICE, "property_key": PROPERTY_KEY}
    context.update(where)
    return api_key_from_property(keyring, value, **context)


def test_new_api_key_has_the_prefix_and_256_random_bits() -> None:
    keys = [new_api_key() for _ in range(500)]
    assert len(set(keys)) == len(keys)
    for key in keys:
        assert key.startswith(API_KEY_PREFIX)
        assert API_KEY_PREFIX == "glk_"
        body = key[len(API_KEY_PREFIX) :]
        assert re.fullmatch(r"[A-Za-z0-9_-]{43}", body)
        assert len(base64.urlsafe_b64decode(body + "=")) == 32
        assert looks_like_api_key(key)
    # Every position varies: the bits are not a fixed pattern with a counter at the end.
    for position in range(4, 4 + 43):
        assert len({key[position] for key in keys}) > 10


@pytest.mark.parametrize(
    "text",
    ["", "glk_", "glk_" + "a" * 42, "glk_" + "a" * 44, "GLK_" + "a" * 43, "glk_" + "a" * 42 + "=",
     " glk_" + "a" * 43, "glk_" + "a" * 43 + "\n", "xyz_" + "a" * 43],
)  # fmt: skip
def test_looks_like_api_key_is_strict(text: str) -> None:
    assert not looks_like_api_key(text)


def test_key_mac_is_deterministic_and_keyed() -> None:
    keyring = Keyring(MASTER)
    key, other = new_api_key(), new_api_key()
    mac = key_mac(keyring, key)
    assert len(mac) == 32
    assert mac == key_mac(Keyring(MASTER), key)
    assert mac != key_mac(keyring, other)
    assert mac != key_mac(Keyring(OLD_MASTER), key)
    assert key.encode() not in mac
    assert mac == keyring.mac(API_KEY_MAC, key.encode())
    assert mac != keyring.mac(PROPERTY_API_KEY, key.encode())  # a key of its own purpose
    assert list(key_macs(keyring, key)) == [mac]


def test_key_macs_after_rotation_still_find_rows_made_under_the_old_secret() -> None:
    key = new_api_key()
    old_mac = key_mac(Keyring(OLD_MASTER), key)
    rotated = Keyring(MASTER, old=(OLD_MASTER,))
    macs = list(key_macs(rotated, key))
    assert macs[0] == key_mac(Keyring(MASTER), key)
    assert old_mac in macs


def test_property_value_has_exactly_the_contract_shape() -> None:
    keyring = Keyring(MASTER)
    key = new_api_key()
    value = make_value(keyring, key)
    assert set(value) == {"v", "account", "apiKey", "expiresAt", "linkedAt"}
    assert value["v"] == 1
    assert value["account"] == "ada"
    assert value["expiresAt"] == "2025-07-15T15:06:40Z"
    assert value["linkedAt"] == "2025-06-15T15:06:40Z"
    assert SEALED.match(value["apiKey"])
    assert key not in json.dumps(value)
    assert key[len(API_KEY_PREFIX) :] not in json.dumps(value)
    # Each write seals anew (fresh nonce).
    assert make_value(keyring, key)["apiKey"] != value["apiKey"]


def test_property_round_trip() -> None:
    keyring = Keyring(MASTER)
    key = new_api_key()
    assert read_back(keyring, make_value(keyring, key)) == key
    # The associated data is exactly clientKey|accountId|propertyKey.
    sealed = keyring.seal(
        PROPERTY_API_KEY, key.encode(), f"{CLIENT_KEY}|{ALICE}|{PROPERTY_KEY}".encode()
    )
    assert read_back(keyring, {"v": 1, "apiKey": sealed}) == key
    assert (
        property_aad(CLIENT_KEY, ALICE, PROPERTY_KEY)
        == f"{CLIENT_KEY}|{ALICE}|{PROPERTY_KEY}".encode()
    )


@pytest.mark.parametrize(
    "where",
    [
        {"account_id": BOB},
        {"client_key": OTHER_CLIENT_KEY},
        {"property_key": "glanceapp.other"},
        {"client_key": CLIENT_KEY + "|" + ALICE, "account_id": ""},
    ],
    ids=["other-account", "other-site", "other-property", "shifted-separator"],
)
def test_a_value_copied_elsewhere_does_not_open(where: dict[str, str]) -> None:
    keyring = Keyring(MASTER)
    value = make_value(keyring, new_api_key())
    assert read_back(keyring, value, **where) is None


def tamper(sealed: str, position: int) -> str:
    version, kid, body = sealed.split(".")
    raw = bytearray(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    raw[position] ^= 0x01
    return f"{version}.{kid}.{base64.urlsafe_b64encode(bytes(raw)).rstrip(b'=').decode()}"


@pytest.mark.parametrize(
    "change",
    [
        lambda v: {**v, "apiKey": tamper(v["apiKey"], 0)},  # nonce
        lambda v: {**v, "apiKey": tamper(v["apiKey"], 20)},  # ciphertext
        lambda v: {**v, "apiKey": tamper(v["apiKey"], -1)},  # tag
        lambda v: {**v, "apiKey": "v2" + v["apiKey"][2:]},
        lambda v: {**v, "apiKey": "v1.000000000000." + v["apiKey"].split(".")[2]},
        lambda v: {**v, "apiKey": v["apiKey"][:-10]},
        lambda v: {**v, "apiKey": "v1.abc.!!!"},
        lambda v: {**v, "apiKey": ""},
        lambda v: {**v, "apiKey": 42},
        lambda v: {k: x for k, x in v.items() if k != "apiKey"},
        lambda v: {**v, "v": 2},
        lambda v: {**v, "v": "1"},
        lambda v: [v],
        lambda v: None,
        lambda v: "a string",
    ],
)
def test_a_tampered_value_does_not_open(change: Any) -> None:
    keyring = Keyring(MASTER)
    assert read_back(keyring, change(make_value(keyring, new_api_key()))) is None


def test_a_value_sealed_for_another_purpose_does_not_open() -> None:
    keyring = Keyring(MASTER)
    key = new_api_key()
    aad = property_aad(CLIENT_KEY, ALICE, PROPERTY_KEY)
    assert (
        read_back(keyring, {"v": 1, "apiKey": keyring.seal(TENANT_SECRET, key.encode(), aad)})
        is None
    )


@pytest.mark.parametrize("plain", [b"not an api key", b"glk_short", "glk_é".encode()])
def test_a_sealed_value_that_is_no_api_key_reads_as_none(plain: bytes) -> None:
    keyring = Keyring(MASTER)
    sealed = keyring.seal(PROPERTY_API_KEY, plain, property_aad(CLIENT_KEY, ALICE, PROPERTY_KEY))
    assert read_back(keyring, {"v": 1, "apiKey": sealed}) is None


def test_a_value_sealed_under_an_old_master_secret_still_opens() -> None:
    key = new_api_key()
    value = make_value(Keyring(OLD_MASTER), key)
    assert read_back(Keyring(MASTER, old=(OLD_MASTER,)), value) == key
    assert read_back(Keyring(MASTER), value) is None
    # New values are sealed under the current secret only.
    fresh = make_value(Keyring(MASTER, old=(OLD_MASTER,)), key)
    assert read_back(Keyring(MASTER), fresh) == key
    assert read_back(Keyring(OLD_MASTER), fresh) is None
