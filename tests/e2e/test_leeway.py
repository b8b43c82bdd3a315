"""GLANCEAPP_JWT_LEEWAY reaches the running app: its edges move with the setting.

The default (30 s) is covered in test_refusals; here the app runs with other
values, and each edge is probed one second inside and one second outside.
"""

from __future__ import annotations

import pytest

from .conftest import Launch

ACCOUNT_ID = "557058:cccccccc-0000-4000-8000-000000000003"
ISSUED_BEFORE = 600


@pytest.mark.parametrize("leeway", [5, 120])
def test_jwt_leeway_setting_moves_the_expiry_and_issued_at_edges(
    launch: Launch, leeway: int
) -> None:
    env = launch(accounts=(), settings={"JWT_LEEWAY": str(leeway)})
    assert env.settings.jwt_leeway == leeway
    site = env.site
    now = site.now()

    def status_with(token: str) -> int:
        return env.client.get(
            "/glance/status", headers={"Authorization": f"JWT {token}"}
        ).status_code

    def expired_by(seconds: int) -> str:
        """A token whose exp lies `seconds` before the app's now."""
        return site.context_token(ACCOUNT_ID, now=now - ISSUED_BEFORE, ttl=ISSUED_BEFORE - seconds)

    assert status_with(expired_by(leeway)) == 200
    assert status_with(expired_by(leeway + 1)) == 401
    assert status_with(site.context_token(ACCOUNT_ID, now=now + leeway)) == 200
    assert status_with(site.context_token(ACCOUNT_ID, now=now + leeway + 1)) == 401
