"""Local service accounts: add, list, remove, passwd, check; bad names; keys revoked with them."""

from __future__ import annotations

import pytest

from glanceapp.domain import Tenant
from glanceapp.service.accounts import MAX_NAME_LENGTH, AccountError, LocalAccounts
from glanceapp.service.passwords import PasswordRejected
from glanceapp.service.throttle import LoginThrottle
from glanceapp.storage.accounts import AccountTable
from glanceapp.storage.api_keys import ApiKeyTable
from glanceapp.storage.db import Database

from .support import ALICE, BOB, PASSWORD, START, CountingArgon2

OTHER_PASSWORD = "another long enough password"


async def test_add_list_check_remove(accounts: LocalAccounts) -> None:
    await accounts.add("ada", PASSWORD, now=START)
    await accounts.add("bob", OTHER_PASSWORD, now=START + 1)

    rows = await accounts.all()
    assert [(r.name, r.created_at, r.password_changed_at) for r in rows] == [
        ("ada", START, START),
        ("bob", START + 1, START + 1),
    ]
    assert await accounts.check("ada", PASSWORD) == "ada"
    assert await accounts.check("bob", OTHER_PASSWORD) == "bob"
    assert await accounts.check("ada", OTHER_PASSWORD) is None

    await accounts.remove("bob")
    assert [r.name for r in await accounts.all()] == ["ada"]
    assert await accounts.check("bob", OTHER_PASSWORD) is None


async def test_check_is_exact_about_the_name(accounts: LocalAccounts) -> None:
    await accounts.add("ada", PASSWORD)
    assert await accounts.check("Ada", PASSWORD) is None
    assert await accounts.check("ada ", PASSWORD) is None
    assert await accounts.check("", PASSWORD) is None


async def test_duplicate_name_is_refused_and_keeps_the_first_password(
    accounts: LocalAccounts,
) -> None:
    await accounts.add("ada", PASSWORD)
    with pytest.raises(AccountError, match="already exists"):
        await accounts.add("ada", OTHER_PASSWORD)
    assert await accounts.check("ada", PASSWORD) == "ada"
    assert await accounts.check("ada", OTHER_PASSWORD) is None
    assert len(await accounts.all()) == 1


@pytest.mark.parametrize(
    "name",
    [
        "",
        " ada",
        "ada ",
        "ada\n",
        "a\nb",
        "a\tb",
        "a\x00b",
        "bell\x07",
        "del\x7f",
        "esc\x1b[31m",
        "nel\x85",
        "zero\u200bwidth",
        "rtl\u202eoverride",
        "x" * (MAX_NAME_LENGTH + 1),
    ],
)
async def test_bad_names_are_refused_before_hashing(
    accounts: LocalAccounts, argon: CountingArgon2, name: str
) -> None:
    with pytest.raises(AccountError):
        await accounts.add(name, PASSWORD)
    assert argon.hash_calls == 0
    assert await accounts.all() == []


@pytest.mark.parametrize("name", ["a", "ada.lovelace@example.com", "Ünïcødé 名前", "x" * 128])
async def test_good_names_are_kept_as_given(accounts: LocalAccounts, name: str) -> None:
    await accounts.add(name, PASSWORD)
    assert [r.name for r in await accounts.all()] == [name]
    assert await accounts.check(name, PASSWORD) == name


async def test_passwd_changes_the_password(accounts: LocalAccounts) -> None:
    await accounts.add("ada", PASSWORD, now=START)
    assert await accounts.set_password("ada", OTHER_PASSWORD, now=START + 60) == 0
    assert await accounts.check("ada", PASSWORD) is None
    assert await accounts.check("ada", OTHER_PASSWORD) == "ada"
    [row] = await accounts.all()
    assert (row.created_at, row.password_changed_at) == (START, START + 60)


@pytest.mark.parametrize("password", ["", "x" * 11, "x" * 1025, "x" * 100_000])
async def test_bad_passwords_are_refused_before_hashing(
    accounts: LocalAccounts, argon: CountingArgon2, password: str
) -> None:
    with pytest.raises(PasswordRejected):
        await accounts.add("ada", password)
    assert await accounts.all() == []
    await accounts.add("ada", PASSWORD)
    argon.reset()
    with pytest.raises(PasswordRejected):
        await accounts.set_password("ada", password)
    assert argon.hash_calls == 0
    assert await accounts.check("ada", PASSWORD) == "ada"


@pytest.mark.parametrize("password", ["x" * 12, "y" * 1024])
async def test_password_length_bounds_are_inclusive(accounts: LocalAccounts, password: str) -> None:
    await accounts.add("ada", password)
    assert await accounts.check("ada", password) == "ada"


async def test_unknown_accounts_cannot_be_changed(accounts: LocalAccounts) -> None:
    with pytest.raises(AccountError, match="no account"):
        await accounts.remove("nobody")
    with pytest.raises(AccountError, match="no account"):
        await accounts.set_password("nobody", PASSWORD)
    assert await accounts.all() == []


async def test_check_costs_one_verify_whether_or_not_the_account_exists(
    accounts: LocalAccounts, argon: CountingArgon2
) -> None:
    await accounts.add("ada", PASSWORD)
    for username, password in [
        ("ada", PASSWORD),
        ("ada", "wrong password, long enough"),
        ("nobody", PASSWORD),
        ("nobody", "wrong password, long enough"),
        ("x" * (MAX_NAME_LENGTH + 1), PASSWORD),
    ]:
        argon.reset()
        result = await accounts.check(username, password)
        assert result == ("ada" if (username, password) == ("ada", PASSWORD) else None)
        assert argon.verify_calls == 1, username


async def test_a_password_over_1024_characters_is_never_hashed(
    accounts: LocalAccounts, argon: CountingArgon2
) -> None:
    await accounts.add("ada", PASSWORD)
    argon.reset()
    assert await accounts.check("ada", PASSWORD + "x" * 1024) is None
    assert await accounts.check("nobody", "x" * 1_000_000) is None
    assert (argon.hash_calls, argon.verify_calls) == (0, 0)


async def generation_of(db: Database, name: str) -> int:
    """The credential generation a key for this local account is issued under."""
    row = await AccountTable(db).get(name)
    assert row is not None
    return row.generation


async def seed_keys(db: Database, tenant: Tenant) -> dict[str, int]:
    """ada: one active and one pending key for ALICE; bob: one active key for BOB."""
    table = ApiKeyTable(db)
    ids: dict[str, int] = {}
    for name, service_account, account_id, active in [
        ("ada-active", "ada", ALICE, True),
        ("ada-pending", "ada", ALICE, False),
        ("bob-active", "bob", BOB, True),
    ]:
        key_id = await table.create_pending(
            key_mac=name.encode().ljust(32, b"\0"),
            client_key=tenant.client_key,
            account_id=account_id,
            service_account=service_account,
            now=START,
            expires_at=START + 1000,
            linked_at=START,
            credential_generation=await generation_of(db, service_account),
        )
        assert key_id is not None
        if active:
            assert await table.activate(key_id, START)
        ids[name] = key_id
    return ids


@pytest.mark.parametrize("change", ["remove", "passwd"])
async def test_remove_and_passwd_revoke_that_accounts_keys(
    accounts: LocalAccounts, db: Database, tenant: Tenant, change: str
) -> None:
    await accounts.add("ada", PASSWORD)
    await accounts.add("bob", OTHER_PASSWORD)
    ids = await seed_keys(db, tenant)
    if change == "remove":
        revoked = await accounts.remove("ada", now=START + 5)
        reason = "account removed"
    else:
        revoked = await accounts.set_password("ada", "a brand new password", now=START + 5)
        reason = "password changed"

    assert revoked == 2
    table = ApiKeyTable(db)
    for name in ("ada-active", "ada-pending"):
        record = await table.get(ids[name])
        assert record is not None
        assert (record.state, record.revoked_at, record.revoked_reason) == (
            "revoked",
            START + 5,
            reason,
        )
    bob = await table.get(ids["bob-active"])
    assert bob is not None
    assert bob.state == "active"
    # A revoked key stays revoked: activation refuses it.
    assert not await table.activate(ids["ada-pending"], START + 6)


async def test_remove_forgets_the_accounts_failed_logins(
    accounts: LocalAccounts, db: Database, tenant: Tenant
) -> None:
    throttle = LoginThrottle(db)
    await accounts.add("ada", PASSWORD)
    await accounts.add("bob", OTHER_PASSWORD)
    for name in ("ada", "bob"):
        for i in range(5):
            await throttle.record_failure(name, tenant.client_key, ALICE, now=START + i)
    await accounts.remove("ada")
    assert await throttle.wait_seconds("ada", tenant.client_key, ALICE, now=START + 10) == 0
    assert await throttle.wait_seconds("bob", tenant.client_key, ALICE, now=START + 10) > 0
