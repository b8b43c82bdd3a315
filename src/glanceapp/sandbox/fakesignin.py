"""A team's own sign-in endpoint, as the `http` backend expects one: a real server on loopback.

`POST /check` takes JSON `{"username", "password"}` and verifies what a careful
team's endpoint would: the `X-Glanceapp-Timestamp` is within five minutes of its
own clock, and `X-Glanceapp-Signature` is `sha256=<hex HMAC-SHA256 of
"<timestamp>." + body>` under the shared secret, compared in constant time.
Either failing is answered 400 (the app then tells the person it got no usable
answer); a right password 200 `{"account": NAME}`, a wrong one 401.

Like the fake Jira it never imports the app's own protocol code, so a shared
misreading cannot make both sides agree. It records which usernames it was
asked about and whether the signature held, never a password.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from typing import Final

from glanceapp.sandbox.fakejira import LoopbackFake, Request, Response, json_response

CHECK_PATH: Final = "/check"
MAX_AGE_SECONDS: Final = 300
_SIGNATURE = re.compile(r"^sha256=([0-9a-f]{64})$")


@dataclass(frozen=True, slots=True)
class Check:
    """One check the endpoint answered: who was asked about, and what it concluded."""

    username: str | None
    signed: bool
    status: int


class FakeSignIn(LoopbackFake):
    name = "fake-sign-in"

    def __init__(self, *, secret: str) -> None:
        super().__init__()
        self._secret = secret.encode()
        self._accounts: dict[str, tuple[str, str | None]] = {}
        self._checks: list[Check] = []
        self._clock_offset = 0
        self._state_lock = threading.Lock()
        self.add_route("POST", re.escape(CHECK_PATH), self._check)

    @property
    def secret(self) -> str:
        with self._state_lock:
            return self._secret.decode()

    @property
    def url(self) -> str:
        return f"{self.base_url}{CHECK_PATH}"

    def add_person(self, username: str, password: str, *, account: str | None = None) -> None:
        """A person the team's service knows; `account` is the name it answers (absent: none)."""
        with self._state_lock:
            self._accounts[username] = (password, account)

    def remove_person(self, username: str) -> None:
        with self._state_lock:
            self._accounts.pop(username, None)

    def set_secret(self, secret: str) -> None:
        with self._state_lock:
            self._secret = secret.encode()

    def set_clock(self, offset_seconds: int) -> None:
        with self._state_lock:
            self._clock_offset = offset_seconds

    @property
    def checks(self) -> list[Check]:
        with self._state_lock:
            return list(self._checks)

    def _now(self) -> int:
        with self._state_lock:
            return int(time.time()) + self._clock_offset

    def _signed(self, request: Request) -> bool:
        timestamp = request.header("x-glanceapp-timestamp") or ""
        match = _SIGNATURE.match(request.header("x-glanceapp-signature") or "")
        if not timestamp.isdigit() or match is None:
            return False
        if abs(self._now() - int(timestamp)) > MAX_AGE_SECONDS:
            return False
        with self._state_lock:
            secret = self._secret
        expected = hmac.new(secret, timestamp.encode() + b"." + request.body, hashlib.sha256)
        return hmac.compare_digest(expected.hexdigest(), match.group(1))

    def _check(self, request: Request, _: re.Match[str]) -> Response:
        if not self._signed(request):
            self._note(Check(None, False, HTTPStatus.BAD_REQUEST))
            return json_response(HTTPStatus.BAD_REQUEST, {"error": "bad or stale signature"})
        try:
            body = json.loads(request.body)
        except ValueError:
            body = None
        if (
            not isinstance(body, dict)
            or not isinstance(body.get("username"), str)
            or not isinstance(body.get("password"), str)
        ):
            self._note(Check(None, True, HTTPStatus.BAD_REQUEST))
            return json_response(HTTPStatus.BAD_REQUEST, {"error": "username and password"})
        username, password = body["username"], body["password"]
        with self._state_lock:
            known = self._accounts.get(username)
        if known is None or not hmac.compare_digest(known[0].encode(), password.encode()):
            self._note(Check(username, True, HTTPStatus.UNAUTHORIZED))
            return json_response(HTTPStatus.UNAUTHORIZED, {"error": "wrong username or password"})
        self._note(Check(username, True, HTTPStatus.OK))
        return json_response(HTTPStatus.OK, {} if known[1] is None else {"account": known[1]})

    def _note(self, check: Check) -> None:
        with self._state_lock:
            self._checks.append(check)
