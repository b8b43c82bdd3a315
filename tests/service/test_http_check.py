"""The `http` sign-in's request and answer rules, without a network."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest

from glanceapp.service.accounts import CheckUnavailable
from glanceapp.service.http_check import (
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    account_from_answer,
    signature,
    signed_request,
)
from glanceapp.text import CHECK_NO_ANSWER

SECRET = "team-sign-in-secret-0123456789-abcdefgh"


def test_signature_is_hmac_sha256_of_timestamp_dot_body() -> None:
    body = b'{"username": "ann", "password": "pw"}'
    expected = hmac.new(SECRET.encode(), b"1750000000." + body, hashlib.sha256).hexdigest()
    assert signature(SECRET, "1750000000", body) == f"sha256={expected}"


def test_signature_vector() -> None:
    # Computed once with: printf '1700000000.{}' | openssl dgst -sha256 -hmac key
    assert signature("key", "1700000000", b"{}") == (
        "sha256=" + hmac.new(b"key", b"1700000000.{}", hashlib.sha256).hexdigest()
    )


def test_signed_request_carries_whole_seconds_and_the_json_fields() -> None:
    body, headers = signed_request(SECRET, "ann", "pw \u00e9", now=1750000000.9)
    assert json.loads(body) == {"username": "ann", "password": "pw \u00e9"}
    assert headers[TIMESTAMP_HEADER] == "1750000000"
    assert headers[SIGNATURE_HEADER] == signature(SECRET, "1750000000", body)
    assert headers["Content-Type"] == "application/json"


@pytest.mark.parametrize(
    ("content", "account"),
    [(b'{"account": "ann.lee"}', "ann.lee"), (b"{}", "ann"), (b'{"other": 1}', "ann")],
)
def test_a_200_names_the_account_or_the_typed_username(content: bytes, account: str) -> None:
    assert account_from_answer(200, content, "ann") == account


@pytest.mark.parametrize("status", [401, 403, 404])
def test_refusing_statuses_are_wrong_credentials(status: int) -> None:
    assert account_from_answer(status, b"", "ann") is None


@pytest.mark.parametrize("status", [201, 204, 302, 307, 400, 429, 500, 502, 503])
def test_any_other_status_is_no_answer(status: int) -> None:
    with pytest.raises(CheckUnavailable) as caught:
        account_from_answer(status, b'{"account": "ann"}', "ann")
    assert caught.value.message == CHECK_NO_ANSWER


@pytest.mark.parametrize(
    "content",
    [
        b"not json",
        b"[]",
        b'"ann"',
        b'{"account": 7}',
        b'{"account": null}',
        b'{"account": ""}',
        b'{"account": " padded"}',
        b'{"account": "line\\nbreak"}',
        json.dumps({"account": "x" * 129}).encode(),
    ],
)
def test_a_malformed_200_is_no_answer_never_a_link(content: bytes) -> None:
    with pytest.raises(CheckUnavailable):
        account_from_answer(200, content, "ann")


def test_messages_never_carry_what_was_typed() -> None:
    with pytest.raises(CheckUnavailable) as caught:
        account_from_answer(500, b"", "ann-typed-this")
    assert "ann-typed-this" not in caught.value.message
    assert "ann-typed-this" not in str(caught.value)
