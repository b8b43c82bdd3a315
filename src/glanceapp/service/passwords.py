"""argon2id password hashing, bounded and off the event loop.

At most two hash computations run at once per worker (each takes tens of
milliseconds and 64 MiB), so a burst of logins cannot starve the server.
Passwords over 1024 characters are refused before any hashing.
"""

from __future__ import annotations

import asyncio

import argon2
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 1024
MAX_CONCURRENT_HASHES = 2


class PasswordRejected(ValueError):
    """Raised when a new password is shorter than 12 or longer than 1024 characters."""


def _is_text(password: str) -> bool:
    """False for a str that cannot be UTF-8 (lone surrogates, e.g. undecodable stdin bytes)."""
    try:
        password.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_new_password(password: str) -> str:
    if not _is_text(password):
        raise PasswordRejected("the password is not valid UTF-8 text")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise PasswordRejected(f"the password must be at least {MIN_PASSWORD_LENGTH} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise PasswordRejected(f"the password must be at most {MAX_PASSWORD_LENGTH} characters")
    return password


class PasswordHasher:
    def __init__(self, hasher: argon2.PasswordHasher | None = None) -> None:
        self._hasher = hasher or argon2.PasswordHasher(type=argon2.Type.ID)
        self._slots = asyncio.Semaphore(MAX_CONCURRENT_HASHES)
        self._dummy: str | None = None

    def hash_sync(self, password: str) -> str:
        return self._hasher.hash(check_new_password(password))

    async def hash(self, password: str) -> str:
        check_new_password(password)
        async with self._slots:
            return await asyncio.to_thread(self._hasher.hash, password)

    def _verify_sync(self, password_hash: str, password: str) -> bool:
        try:
            return self._hasher.verify(password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    async def verify(self, password_hash: str | None, password: str) -> bool:
        """Check a password; with no hash (unknown account) do the same work and return False."""
        if len(password) > MAX_PASSWORD_LENGTH or not _is_text(password):
            return False
        async with self._slots:
            if password_hash is None:
                if self._dummy is None:
                    self._dummy = await asyncio.to_thread(
                        self._hasher.hash, "glanceapp-no-such-account"
                    )
                await asyncio.to_thread(self._verify_sync, self._dummy, password)
                return False
            return await asyncio.to_thread(self._verify_sync, password_hash, password)
