"""How Jira signs what it sends an app: signed installs, tenant tokens, context tokens, iframe URLs.

The one place that mints Jira's side of Connect's tokens, for the fake Jira and for
every test or benchmark that plays Jira by hand. It signs with PyJWT and computes each
qsh with Atlassian's own `atlassian_jwt`, never with the app's protocol code, so a
shared misreading of the protocol cannot make both sides agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final
from urllib.parse import quote, urlencode

import jwt
from atlassian_jwt.url_utils import hash_url
from cryptography.hazmat.primitives.asymmetric import rsa

from glanceapp.sandbox.fakejira.loopback import apply_overrides

CONTEXT_QSH: Final = "context-qsh"
DEFAULT_TOKEN_TTL: Final = 180


def qsh(method: str, target: str) -> str:
    """The query string hash of a request: `target` is path?query relative to the app."""
    return str(hash_url(method, target))


def install_token(
    private_key: rsa.RSAPrivateKey,
    *,
    kid: str,
    client_key: str,
    audience: str | list[str],
    installer: str,
    now: int,
    ttl: int = DEFAULT_TOKEN_TTL,
    path: str = "/installed",
    claims_override: Mapping[str, object] | None = None,
) -> str:
    """An RS256 signed-install token for a POST to `path` (relative to the app's base URL)."""
    claims: dict[str, Any] = {
        "iss": client_key,
        "aud": audience,
        "sub": installer,
        "iat": now,
        "exp": now + ttl,
        "qsh": qsh("POST", path),
    }
    apply_overrides(claims, claims_override)
    return jwt.encode(claims, private_key, algorithm="RS256", headers={"kid": kid})


def tenant_token(
    shared_secret: str,
    *,
    client_key: str,
    method: str,
    target: str,
    now: int,
    ttl: int = DEFAULT_TOKEN_TTL,
    account_id: str | None = None,
    claims_override: Mapping[str, object] | None = None,
) -> str:
    """An HS256 token of the tenant bound by qsh to (method, target), `sub` if a user acts."""
    claims: dict[str, Any] = {
        "iss": client_key,
        "iat": now,
        "exp": now + ttl,
        "qsh": qsh(method, target),
    }
    if account_id is not None:
        claims["sub"] = account_id
    apply_overrides(claims, claims_override)
    return jwt.encode(claims, shared_secret.encode(), algorithm="HS256")


def context_token(
    shared_secret: str,
    *,
    client_key: str,
    account_id: str | None,
    now: int,
    ttl: int = DEFAULT_TOKEN_TTL,
    issue_key: str = "TEST-1",
    project_key: str = "TEST",
) -> str:
    """What `AP.context.getToken()` returns inside an issue glance (`sub` omitted if None)."""
    claims: dict[str, Any] = {
        "iss": client_key,
        "qsh": CONTEXT_QSH,
        "context": {
            "jira": {
                "issue": {"key": issue_key, "id": "10001"},
                "project": {"key": project_key, "id": "10000"},
            },
        },
        "iat": now,
        "exp": now + ttl,
    }
    if account_id is not None:
        claims["sub"] = account_id
    return jwt.encode(claims, shared_secret.encode(), algorithm="HS256")


def iframe_url(
    shared_secret: str,
    path_and_query: str,
    *,
    client_key: str,
    app_key: str,
    app_base_url: str,
    site_url: str,
    account_id: str | None,
    now: int,
    ttl: int = DEFAULT_TOKEN_TTL,
) -> str:
    """The signed URL Jira would load in the app's iframe for `path_and_query`.

    `path_and_query` is relative to the app's base URL (as in the descriptor, with
    the context variables already substituted); Jira appends its own parameters.
    """
    if not path_and_query.startswith("/"):
        raise ValueError("path_and_query must start with '/'")
    extra = urlencode(
        {
            "xdm_e": site_url,
            "xdm_c": f"channel-{app_key}__glance",
            "cp": "",
            "lic": "none",
            "cv": "1.0",
        },
        quote_via=quote,
    )
    separator = "&" if "?" in path_and_query else "?"
    relative = f"{path_and_query}{separator}{extra}"
    token = tenant_token(
        shared_secret,
        client_key=client_key,
        method="GET",
        target=relative,
        now=now,
        ttl=ttl,
        account_id=account_id,
    )
    return f"{app_base_url.rstrip('/')}{relative}&jwt={token}"
