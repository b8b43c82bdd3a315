"""What the link service needs from Jira: one person's user property, read, written, deleted.

`JiraClient` (Connect: app JWT or OAuth act-as-user) and `ForgeUserCaller` (Forge:
the person's own user token through the API gateway) both provide it, so the link
service never asks which host authenticated the person.
"""

from __future__ import annotations

from typing import Any, Protocol

from glanceapp.domain import Tenant


class PropertyCaller(Protocol):
    async def get_property(self, tenant: Tenant, account_id: str, key: str) -> Any | None: ...

    async def put_property(self, tenant: Tenant, account_id: str, key: str, value: Any) -> None: ...

    async def delete_property(self, tenant: Tenant, account_id: str, key: str) -> None: ...
