"""The `http` sign-in: the team's own endpoint checks a username and password.

The request is a POST of JSON `{"username", "password"}` with two headers:
`X-Glanceapp-Timestamp` (Unix seconds) and `X-Glanceapp-Signature:
sha256=<hex HMAC-SHA256 of "<timestamp>." + body under GLANCEAPP_SIGN_IN_SECRET>`,
so the endpoint knows the request came from this app and can refuse one older
than five minutes (a replay). The answer:

- `200 {"account": NAME}` (or `200 {}`: the typed username) -- valid, and names the account;
- `401`, `403` or `404` -- wrong username or password;
- anything else (another status, a redirect, a malformed 200, a timeout, no
  connection) -- no answer: `CheckUnavailable`, with a sentence for the person.

Every one but the first is a refusal: nothing is written. What the person typed
never appears in a message or a log line, and neither does the secret.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from collections.abc import Callable

import httpx

from glanceapp.service.accounts import (
    AccountError,
    CheckUnavailable,
    Credential,
    LocalAccounts,
    check_name,
)
from glanceapp.text import CHECK_NO_ANSWER, CHECK_UNREACHABLE

log = logging.getLogger(__name__)

TIMESTAMP_HEADER = "X-Glanceapp-Timestamp"
SIGNATURE_HEADER = "X-Glanceapp-Signature"
TIMEOUT_SECONDS = 5.0
MAX_ANSWER_BYTES = 16384
REFUSING_STATUSES = frozenset({401, 403, 404})


def signature(secret: str, timestamp: str, body: bytes) -> str:
    """The `X-Glanceapp-Signature` value for this timestamp and body."""
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return f"sha256={digest.hexdigest()}"


def signed_request(
    secret: str, username: str, password: str, *, now: float
) -> tuple[bytes, dict[str, str]]:
    """The body and headers of one check, signed at `now`."""
    body = json.dumps({"username": username, "password": password}).encode()
    timestamp = str(int(now))
    return body, {
        "Content-Type": "application/json",
        "Accept": "application/json",
        TIMESTAMP_HEADER: timestamp,
        SIGNATURE_HEADER: signature(secret, timestamp, body),
    }


def account_from_answer(status: int, content: bytes, username: str) -> str | None:
    """The account a check's answer names; None for a refusal; CheckUnavailable otherwise."""
    if status in REFUSING_STATUSES:
        return None
    if status != 200:
        raise CheckUnavailable(CHECK_NO_ANSWER, f"the sign-in endpoint answered {status}")
    try:
        answer = json.loads(content)
    except (ValueError, RecursionError):
        raise CheckUnavailable(CHECK_NO_ANSWER, "the sign-in endpoint's 200 is not JSON") from None
    if not isinstance(answer, dict):
        raise CheckUnavailable(CHECK_NO_ANSWER, "the sign-in endpoint's 200 is not a JSON object")
    account = answer.get("account", username)
    if not isinstance(account, str):
        raise CheckUnavailable(CHECK_NO_ANSWER, "the sign-in endpoint's account is not a string")
    try:
        return check_name(account)
    except AccountError as exc:
        raise CheckUnavailable(
            CHECK_NO_ANSWER, f"the sign-in endpoint's account is unusable: {exc}"
        ) from None


class HttpCredentials:
    """A `CredentialChecker` that asks the team's endpoint; local keys still follow their account.

    A key from this backend has no credential generation: it is honoured while
    unexpired and unrevoked (renewing it needs a recent sign-in; see
    `LinkService`). A key made earlier for a local account keeps the local check.
    """

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        url: str,
        secret: str,
        local: LocalAccounts,
        clock: Callable[[], float],
        timeout: float = TIMEOUT_SECONDS,
    ) -> None:
        self._http = http
        self._url = url
        self._secret = secret
        self._local = local
        self._clock = clock
        self._timeout = timeout

    async def verify(self, username: str, password: str) -> Credential | None:
        body, headers = signed_request(self._secret, username, password, now=self._clock())
        try:
            async with self._http.stream(
                "POST",
                self._url,
                content=body,
                headers=headers,
                timeout=httpx.Timeout(self._timeout),
                follow_redirects=False,
            ) as response:
                content = b""
                async for chunk in response.aiter_bytes():
                    content += chunk
                    if len(content) > MAX_ANSWER_BYTES:
                        raise CheckUnavailable(
                            CHECK_NO_ANSWER, "the sign-in endpoint's answer is too large"
                        )
                status = response.status_code
        except httpx.TimeoutException:
            log.warning("sign-in check: the endpoint did not answer within %.1f s", self._timeout)
            raise CheckUnavailable(CHECK_UNREACHABLE, "timeout") from None
        except httpx.HTTPError as exc:
            log.warning("sign-in check: the endpoint could not be reached (%s)", type(exc).__name__)
            raise CheckUnavailable(CHECK_UNREACHABLE, type(exc).__name__) from None
        try:
            account = account_from_answer(status, content, username)
        except CheckUnavailable as exc:
            log.warning("sign-in check refused: %s", exc)
            raise
        return None if account is None else Credential(account, None)

    async def still_valid(self, credential: Credential) -> bool:
        if credential.generation is None:
            return True
        return await self._local.still_valid(credential)
