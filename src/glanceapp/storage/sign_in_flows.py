"""OpenID Connect sign-ins in flight: one row per `state`, stored as a MAC, used once.

A row binds the flow to the verified identity that started it (site and Jira
accountId, and for Forge the installation and the person's sealed user token)
and keeps the `nonce` and PKCE verifier on the server: the app lives in a
third-party iframe, so nothing about the flow is kept in a cookie.
"""

from __future__ import annotations

from dataclasses import dataclass

from glanceapp.storage.db import Database


@dataclass(frozen=True, slots=True)
class SignInFlow:
    site_id: str
    account_id: str
    nonce: str
    code_verifier: str
    expires_at: float
    installation_id: str | None = None
    """Set for a flow started from the Forge sign-in page."""
    sealed_user_token: str | None = None
    """The Forge user token from the spent ticket, sealed under this flow's state MAC."""


class SignInFlows:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(self, state_mac: str, flow: SignInFlow, *, now: float) -> None:
        async with self._db.transaction() as connection:
            await connection.execute("DELETE FROM sign_in_flows WHERE expires_at <= ?", (now,))
            await connection.execute(
                """INSERT INTO sign_in_flows (state_mac, site_id, account_id, installation_id,
                       user_token, nonce, code_verifier, created_at, expires_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    state_mac,
                    flow.site_id,
                    flow.account_id,
                    flow.installation_id,
                    flow.sealed_user_token,
                    flow.nonce,
                    flow.code_verifier,
                    now,
                    flow.expires_at,
                ),
            )

    async def take(self, state_mac: str, *, now: float) -> SignInFlow | None:
        """Remove and return a live flow; None when unknown, used or expired (removed all the same)."""
        async with self._db.transaction() as connection:
            cursor = await connection.execute(
                "DELETE FROM sign_in_flows WHERE state_mac = ? RETURNING *", (state_mac,)
            )
            row = await cursor.fetchone()
            await cursor.close()
        if row is None or row["expires_at"] <= now:
            return None
        return SignInFlow(
            site_id=row["site_id"],
            account_id=row["account_id"],
            nonce=row["nonce"],
            code_verifier=row["code_verifier"],
            expires_at=row["expires_at"],
            installation_id=row["installation_id"],
            sealed_user_token=row["user_token"],
        )

    async def prune(self, *, now: float) -> int:
        return await self._db.execute("DELETE FROM sign_in_flows WHERE expires_at <= ?", (now,))

    async def count(self) -> int:
        row = await self._db.fetchone("SELECT count(*) AS n FROM sign_in_flows")
        return 0 if row is None else int(row["n"])
