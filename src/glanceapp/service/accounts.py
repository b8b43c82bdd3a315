"""Local service accounts, the embedded default behind the `CredentialChecker` interface.

A team that keeps accounts elsewhere can provide another `CredentialChecker`
(for instance one that asks their own service over HTTP); the link operations
only ever call `verify()` and `still_valid()`.

A `Credential` names the account and the generation it was proved under. A key
records that generation; for local accounts the transaction that activates the
key checks it again, and `/api/whoami` checks it on every call, so a password
change or a removal cuts off even a login that was in flight when it ran.
"""

from __future__ import annotations

import time
import unicodedata
from dataclasses import dataclass
from typing import Protocol

from glanceapp.rules import MAX_NAME_LENGTH
from glanceapp.service.passwords import PasswordHasher
from glanceapp.storage.accounts import AccountRow, AccountTable
from glanceapp.storage.api_keys import ACCOUNT_REMOVED_REASON, PASSWORD_CHANGED_REASON, ApiKeyTable
from glanceapp.storage.db import Database
from glanceapp.storage.login_failures import LoginFailures


class AccountError(ValueError):
    """Raised for an operator mistake on accounts: a bad name, a duplicate, an unknown account."""


@dataclass(frozen=True, slots=True)
class Credential:
    """Who a password proved: the account's canonical name and its credential generation.

    `generation` is None for a backend that keeps no generation in this database;
    such a backend answers `still_valid` its own way.
    """

    account: str
    generation: int | None


class CheckUnavailable(Exception):
    """Raised by a `CredentialChecker` that could not get an answer (the person is told why).

    `message` is a sentence for the person; it never carries what they typed.
    """

    def __init__(self, message: str, detail: str) -> None:
        super().__init__(detail)
        self.message = message


class CredentialChecker(Protocol):
    async def verify(self, username: str, password: str) -> Credential | None:
        """The credential proved when username and password are right, else None.

        Raises `CheckUnavailable` when no answer could be had.
        """

    async def still_valid(self, credential: Credential) -> bool:
        """Whether a key issued under this credential may still be honoured."""


def check_name(name: str) -> str:
    if not name or len(name) > MAX_NAME_LENGTH:
        raise AccountError(f"an account name has 1 to {MAX_NAME_LENGTH} characters")
    if name != name.strip():
        raise AccountError("an account name cannot start or end with a space")
    if any(unicodedata.category(c).startswith("C") for c in name):
        raise AccountError("an account name cannot contain control characters")
    return name


class LocalAccounts:
    def __init__(self, db: Database, hasher: PasswordHasher) -> None:
        self._db = db
        self._table = AccountTable(db)
        self._hasher = hasher

    async def verify(self, username: str, password: str) -> Credential | None:
        row = await self._table.get(username) if 0 < len(username) <= MAX_NAME_LENGTH else None
        ok = await self._hasher.verify(row.password_hash if row else None, password)
        return Credential(row.name, row.generation) if row is not None and ok else None

    async def check(self, username: str, password: str) -> str | None:
        """The account's canonical name when the credentials are right, else None."""
        credential = await self.verify(username, password)
        return None if credential is None else credential.account

    async def still_valid(self, credential: Credential) -> bool:
        """A local key stays valid only while its account has the generation it was issued under."""
        if credential.generation is None:
            return False
        return await self._table.holds_generation(credential.account, credential.generation)

    async def add(self, name: str, password: str, *, now: float | None = None) -> None:
        check_name(name)
        password_hash = await self._hasher.hash(password)
        now = time.time() if now is None else now
        async with self._db.transaction() as connection:
            if not await AccountTable.add_in(connection, name, password_hash, now=now):
                raise AccountError(f"account {name!r} already exists")

    async def set_password(self, name: str, password: str, *, now: float | None = None) -> int:
        """Change a password; revokes the account's apiKeys. Returns how many were revoked."""
        password_hash = await self._hasher.hash(password)
        now = time.time() if now is None else now
        async with self._db.transaction() as connection:
            if not await AccountTable.set_password_in(connection, name, password_hash, now=now):
                raise AccountError(f"no account named {name!r}")
            return await ApiKeyTable.revoke_for_account_in(
                connection, name, now=now, reason=PASSWORD_CHANGED_REASON
            )

    async def remove(self, name: str, *, now: float | None = None) -> int:
        """Remove an account and revoke its apiKeys. Returns how many were revoked."""
        now = time.time() if now is None else now
        async with self._db.transaction() as connection:
            if not await AccountTable.remove_in(connection, name):
                raise AccountError(f"no account named {name!r}")
            revoked = await ApiKeyTable.revoke_for_account_in(
                connection, name, now=now, reason=ACCOUNT_REMOVED_REASON
            )
            await LoginFailures.forget_account_in(connection, name)
            return revoked

    async def all(self) -> list[AccountRow]:
        return await self._table.all()
