"""Calling Jira for one person with their Forge user token (`x-forge-oauth-user`).

A `ForgeUserCaller` is made per request from a verified FIT: it reaches Jira only
at that FIT's `app.apiBaseUrl`, only for that FIT's `principal`, and only with the
user token that came with it. It has the `JiraClient` property interface, so the
link service uses it without asking which host the person came through, and it
goes through the same retry loop, deadline and error classes. The token never
reaches a log or a repr.
"""

from __future__ import annotations

import json
from typing import Any

from glanceapp.domain import Tenant
from glanceapp.jira.client import BearerAuth, JiraClient, property_of_answer
from glanceapp.jira.errors import JiraNotConfigured


class ForgeUserCaller:
    def __init__(
        self, client: JiraClient, *, api_base_url: str, user_token: str, account_id: str
    ) -> None:
        if not user_token or not account_id:
            raise ValueError("a Forge caller needs a user token and the FIT's principal")
        self._client = client
        self._api_base_url = api_base_url.rstrip("/")
        self._auth = BearerAuth(user_token)
        self._account_id = account_id

    def __repr__(self) -> str:
        return f"ForgeUserCaller(api_base_url={self._api_base_url!r}, token=<hidden>)"

    def _check(self, account_id: str) -> None:
        if account_id != self._account_id:
            # Nothing is sent: the token acts for its own person only.
            raise JiraNotConfigured("a Forge user token acts only for the FIT's principal")

    async def get_property(self, tenant: Tenant, account_id: str, key: str) -> Any | None:
        self._check(account_id)
        answer = await self._client.call(
            tenant,
            "GET",
            account_id,
            key,
            done_on_404=True,
            target=(self._api_base_url, self._auth),
        )
        return property_of_answer(answer, key)

    async def put_property(self, tenant: Tenant, account_id: str, key: str, value: Any) -> None:
        self._check(account_id)
        try:
            body = json.dumps(value, separators=(",", ":"), allow_nan=False).encode()
        except (TypeError, ValueError) as exc:
            raise ValueError(f"the property value is not JSON: {exc}") from None
        await self._client.call(
            tenant, "PUT", account_id, key, body=body, target=(self._api_base_url, self._auth)
        )

    async def delete_property(self, tenant: Tenant, account_id: str, key: str) -> None:
        self._check(account_id)
        await self._client.call(
            tenant,
            "DELETE",
            account_id,
            key,
            done_on_404=True,
            target=(self._api_base_url, self._auth),
        )
