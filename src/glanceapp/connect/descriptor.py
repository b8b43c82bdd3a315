"""The app descriptor, rendered from the `atlassian-connect.json` template."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any, Literal

SCOPES: dict[str, list[str]] = {
    "user": ["READ", "WRITE", "DELETE", "ACT_AS_USER"],
    "app": ["ADMIN"],
}


def render_descriptor(
    template: Mapping[str, Any],
    *,
    base_url: str,
    app_key: str,
    jira_auth: Literal["user", "app"],
) -> dict[str, Any]:
    """Fill the template's `key`, `baseUrl` and `scopes`; everything else is the template's."""
    descriptor = copy.deepcopy(dict(template))
    descriptor["key"] = app_key
    descriptor["baseUrl"] = base_url.rstrip("/")
    descriptor["scopes"] = list(SCOPES[jira_auth])
    descriptor["authentication"] = {"type": "jwt"}
    migrations = dict(descriptor.get("apiMigrations") or {})
    migrations.update({"signed-install": True, "context-qsh": True})
    descriptor["apiMigrations"] = migrations
    return descriptor
