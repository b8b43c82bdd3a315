"""Jira's user properties, as both ways in see them: the store and the REST body rules.

A site reached through Connect (`FakeJira`) and through Forge's API gateway
(`FakeForge`) keeps one set of properties and answers a bad key or body the same
way, so both fakes share this store and these checks.
"""

from __future__ import annotations

import copy
import json
import threading
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, Final
from urllib.parse import unquote

from glanceapp.sandbox.fakejira.http import Request, Response, jira_error

MAX_PROPERTY_BYTES: Final = 32768
MAX_PROPERTY_KEY_LENGTH: Final = 255


class UserProperties:
    """Every user property of one site, keyed by (accountId, key); safe across threads.

    Values are stored as JSON would carry them and handed out as deep copies, so no
    caller can change a stored value in place.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values: dict[tuple[str, str], Any] = {}

    def get(self, account_id: str, key: str) -> Any | None:
        """The stored value, or None when absent."""
        with self._lock:
            return copy.deepcopy(self._values.get((account_id, key)))

    def lookup(self, account_id: str, key: str) -> tuple[bool, Any]:
        """Whether the property exists, and its value; one atomic read."""
        with self._lock:
            found = (account_id, key) in self._values
            return found, copy.deepcopy(self._values.get((account_id, key)))

    def put(self, account_id: str, key: str, value: Any) -> bool:
        """Store `value`; True when it replaced an existing property."""
        stored = json.loads(json.dumps(value))
        with self._lock:
            existed = (account_id, key) in self._values
            self._values[(account_id, key)] = stored
        return existed

    def delete(self, account_id: str, key: str) -> bool:
        """Remove a property; True when it existed."""
        with self._lock:
            return self._values.pop((account_id, key), _ABSENT) is not _ABSENT

    def keys_of(self, account_id: str) -> list[str]:
        with self._lock:
            return sorted(key for owner, key in self._values if owner == account_id)

    def snapshot(self) -> dict[tuple[str, str], Any]:
        with self._lock:
            return copy.deepcopy(self._values)


_ABSENT: Final = object()


@dataclass(frozen=True, slots=True)
class PropertyValue:
    """A request body that is an acceptable property value."""

    value: Any


def property_key(raw: str) -> str | Response:
    """The property key from its (percent-encoded) path segment, or Jira's refusal."""
    key = unquote(raw)
    if len(key) > MAX_PROPERTY_KEY_LENGTH:
        return jira_error(
            HTTPStatus.BAD_REQUEST,
            f"The property key can not be longer than {MAX_PROPERTY_KEY_LENGTH} characters.",
        )
    return key


def property_value(request: Request) -> PropertyValue | Response:
    """The value a PUT carries, or Jira's refusal of its media type, size or JSON."""
    content_type = request.header("content-type") or ""
    if not content_type.startswith("application/json"):
        return jira_error(
            HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "The request body must be application/json"
        )
    if len(request.body) > MAX_PROPERTY_BYTES:
        return jira_error(
            HTTPStatus.BAD_REQUEST,
            f"The property value is longer than {MAX_PROPERTY_BYTES} bytes.",
        )
    try:
        return PropertyValue(json.loads(request.body))
    except ValueError:
        return jira_error(HTTPStatus.BAD_REQUEST, "The property value is not valid JSON.")


def property_missing(key: str) -> Response:
    """Jira's answer for a property that does not exist."""
    return jira_error(HTTPStatus.NOT_FOUND, f"The property with key '{key}' does not exist.")
