"""The status rules: which state a key puts its person in, and when renewing needs a sign-in."""

from __future__ import annotations

import pytest

from glanceapp.service.link_status import LinkStatus, StatusRules
from glanceapp.storage.api_keys import ApiKeyRecord

DAY = 86_400.0
START = 1_750_000_000.0
RULES = StatusRules(expiry_warning=3 * DAY, reauth_after=30 * DAY)


def key(*, expires_at: float, generation: int | None = 1, linked_at: float = START) -> ApiKeyRecord:
    return ApiKeyRecord(
        id=1,
        client_key="jira:site",
        account_id="557058:alice",
        service_account="ada",
        state="active",
        created_at=START,
        expires_at=expires_at,
        linked_at=linked_at,
        activated_at=START,
        revoked_at=None,
        revoked_reason=None,
        credential_generation=generation,
    )


def test_no_key_is_unlinked() -> None:
    assert RULES.of(None, START) == LinkStatus("unlinked")


@pytest.mark.parametrize(
    ("now", "state"),
    [
        (START, "linked"),
        (START + 27 * DAY - 1, "linked"),
        (START + 27 * DAY, "expiring"),
        (START + 30 * DAY - 1, "expiring"),
        (START + 30 * DAY, "expired"),
    ],
)
def test_the_state_follows_the_expiry_and_its_warning(now: float, state: str) -> None:
    status = RULES.of(key(expires_at=START + 30 * DAY), now)
    assert status.state == state
    assert status.account == "ada"
    assert status.expires_at == START + 30 * DAY
    assert status.expiring_at == START + 27 * DAY
    assert status.linked_at == START


def test_a_key_this_app_can_recheck_never_asks_for_a_new_sign_in() -> None:
    record = key(expires_at=START + 90 * DAY, generation=7)
    assert not RULES.reauth_due(record, START + 60 * DAY)
    assert not RULES.of(record, START + 60 * DAY).reconnect


def test_a_key_without_a_generation_asks_for_a_sign_in_after_reauth_after() -> None:
    record = key(expires_at=START + 90 * DAY, generation=None)
    assert not RULES.of(record, START + 30 * DAY - 1).reconnect
    assert RULES.of(record, START + 30 * DAY).reconnect
