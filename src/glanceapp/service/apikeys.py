"""apiKeys: 256 random bits behind a recognisable prefix; only their HMAC is stored.

The key travels to Jira inside the user property, sealed under its own derived
key with `clientKey|accountId|propertyKey` as associated data, so a value
copied to another account or site does not open.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable
from typing import Any

from glanceapp.domain import iso_utc
from glanceapp.keyring import API_KEY_MAC, PROPERTY_API_KEY, Keyring, SealError

API_KEY_PREFIX = "glk_"
API_KEY_PATTERN = re.compile(r"^glk_[A-Za-z0-9_-]{43}$")
PROPERTY_VERSION = 1


def new_api_key() -> str:
    return API_KEY_PREFIX + secrets.token_urlsafe(32)


def looks_like_api_key(text: str) -> bool:
    return bool(API_KEY_PATTERN.fullmatch(text))


def key_mac(keyring: Keyring, api_key: str) -> bytes:
    return keyring.mac(API_KEY_MAC, api_key.encode("ascii"))


def key_macs(keyring: Keyring, api_key: str) -> Iterable[bytes]:
    return keyring.macs(API_KEY_MAC, api_key.encode("ascii"))


def property_aad(client_key: str, account_id: str, property_key: str) -> bytes:
    return f"{client_key}|{account_id}|{property_key}".encode()


def property_value(
    keyring: Keyring,
    *,
    api_key: str,
    account: str,
    expires_at: float,
    linked_at: float,
    client_key: str,
    account_id: str,
    property_key: str,
) -> dict[str, Any]:
    """The user property's JSON value, exactly as the contract gives it."""
    sealed = keyring.seal(
        PROPERTY_API_KEY,
        api_key.encode("ascii"),
        property_aad(client_key, account_id, property_key),
    )
    return {
        "v": PROPERTY_VERSION,
        "account": account,
        "apiKey": sealed,
        "expiresAt": iso_utc(expires_at),
        "linkedAt": iso_utc(linked_at),
    }


def api_key_from_property(
    keyring: Keyring, value: object, *, client_key: str, account_id: str, property_key: str
) -> str | None:
    """The apiKey a stored property holds, or None if it holds none we can open."""
    if not isinstance(value, dict) or value.get("v") != PROPERTY_VERSION:
        return None
    sealed = value.get("apiKey")
    if not isinstance(sealed, str):
        return None
    try:
        plain = keyring.open(
            PROPERTY_API_KEY, sealed, property_aad(client_key, account_id, property_key)
        )
    except SealError:
        return None
    text = plain.decode("ascii", errors="replace")
    return text if looks_like_api_key(text) else None
