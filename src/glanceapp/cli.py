"""The `glanceapp` console script: serve, sandbox, descriptor and operator commands.

A bad setting ends the process with one line naming the variable, exit code 2.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from glanceapp.logs import configure_logging, iso_utc
from glanceapp.settings import Settings, SettingsError, load_settings

EXIT_USAGE = 2


class CommandError(Exception):
    """Raised by a command for an operator mistake; printed as one line, exit code 2."""


def _settings() -> Settings:
    return load_settings()


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from glanceapp.storage.migrations import apply_migrations

    settings = _settings()
    configure_logging(settings.log_format)
    apply_migrations(settings.database)
    uvicorn.run(
        "glanceapp.app:create_app_from_env",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=settings.workers,
        access_log=False,
        log_config=None,
        server_header=False,
        proxy_headers=False,
        lifespan="on",
    )
    return 0


def cmd_descriptor(args: argparse.Namespace) -> int:
    from glanceapp.app import descriptor_for

    print(json.dumps(descriptor_for(_settings()), indent=2))
    return 0


def _open_sync(settings: Settings):  # type: ignore[no-untyped-def]
    from glanceapp.storage.db import connect_sync
    from glanceapp.storage.migrations import apply_migrations

    apply_migrations(settings.database)
    return connect_sync(settings.database)


def cmd_tenants_list(args: argparse.Namespace) -> int:
    settings = _settings()
    connection = _open_sync(settings)
    try:
        rows = connection.execute(
            """SELECT client_key, base_url, display_url, state, installed_at, updated_at
               FROM tenants ORDER BY client_key"""
        ).fetchall()
    finally:
        connection.close()
    if not rows:
        print("no tenants installed")
        return 0
    print(f"{'CLIENT KEY':40} {'STATE':11} {'UPDATED':20} BASE URL")
    for row in rows:
        print(
            f"{row['client_key']:40} {row['state']:11} {iso_utc(row['updated_at']):20} {row['base_url']}"
        )
    return 0


def _read_password(prompt: str) -> str:
    """One line of stdin when it is not a terminal; otherwise prompted twice without echo."""
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line:
            raise CommandError("no password on stdin")
        return line[:-1] if line.endswith("\n") else line
    import getpass

    first = getpass.getpass(f"{prompt}: ")
    second = getpass.getpass(f"{prompt} (again): ")
    if first != second:
        raise CommandError("the two passwords differ")
    return first


def _run_with_db(settings: Settings, action: Callable[[Any], Awaitable[int]]) -> int:
    from glanceapp.storage.db import Database
    from glanceapp.storage.migrations import apply_migrations

    async def run() -> int:
        db = await Database.open(settings.database)
        try:
            return await action(db)
        finally:
            await db.close()

    apply_migrations(settings.database)
    return asyncio.run(run())


def _accounts(db: Any) -> Any:
    from glanceapp.service.accounts import LocalAccounts
    from glanceapp.service.passwords import PasswordHasher

    return LocalAccounts(db, PasswordHasher())


def cmd_users(args: argparse.Namespace) -> int:
    from glanceapp.service.accounts import AccountError, check_name
    from glanceapp.service.passwords import PasswordRejected, check_new_password
    from glanceapp.service.throttle import LoginThrottle

    settings = _settings()
    action = args.action
    password = ""
    try:
        if action in ("add", "passwd"):
            check_name(args.name)
            password = check_new_password(_read_password(f"password for {args.name}"))
    except (AccountError, PasswordRejected) as exc:
        raise CommandError(str(exc)) from None

    async def run(db: Any) -> int:
        accounts = _accounts(db)
        try:
            if action == "add":
                await accounts.add(args.name, password)
                print(f"added account {args.name}")
            elif action == "passwd":
                revoked = await accounts.set_password(args.name, password)
                print(f"changed the password of {args.name}; revoked {revoked} apiKey(s)")
            elif action == "remove":
                revoked = await accounts.remove(args.name)
                print(f"removed account {args.name}; revoked {revoked} apiKey(s)")
            elif action == "unlock":
                cleared = await LoginThrottle(db).unlock(args.name)
                print(f"unlocked {args.name} ({cleared} failed attempt(s) cleared)")
            else:
                rows = await accounts.all()
                if not rows:
                    print("no accounts")
                for row in rows:
                    print(f"{row.name}\tcreated {iso_utc(row.created_at)}")
        except AccountError as exc:
            raise CommandError(str(exc)) from None
        return 0

    return _run_with_db(settings, run)


def cmd_keys(args: argparse.Namespace) -> int:
    from glanceapp.storage.api_keys import ApiKeyTable

    settings = _settings()

    async def run(db: Any) -> int:
        table = ApiKeyTable(db)
        if args.action == "revoke":
            if not await table.revoke(args.id, now=time.time(), reason="revoked by operator"):
                record = await table.get(args.id)
                if record is None:
                    raise CommandError(f"no apiKey with id {args.id}")
                print(f"apiKey {args.id} was already revoked")
                return 0
            print(f"revoked apiKey {args.id}")
            return 0
        records = await table.listing(args.tenant)
        if not records:
            print("no apiKeys")
            return 0
        now = time.time()
        print("ID\tACCOUNT\tTENANT\tJIRA ACCOUNT\tSTATE\tEXPIRES")
        for r in records:
            state = "expired" if r.state == "active" and now >= r.expires_at else r.state
            print(
                f"{r.id}\t{r.service_account}\t{r.client_key}\t{r.account_id}\t{state}"
                f"\t{iso_utc(r.expires_at)}"
            )
        return 0

    return _run_with_db(settings, run)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="glanceapp", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    commands.add_parser("serve", help="run the production server").set_defaults(func=cmd_serve)
    commands.add_parser(
        "descriptor", help="print the descriptor the server would serve"
    ).set_defaults(func=cmd_descriptor)
    tenants = commands.add_parser("tenants", help="installed Jira sites").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    tenants.add_parser("list", help="list tenants and their state").set_defaults(
        func=cmd_tenants_list
    )

    users = commands.add_parser("users", help="local service accounts").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    users.add_parser("list", help="list accounts").set_defaults(func=cmd_users)
    for action, text in (
        ("add", "create an account (password from stdin, or prompted twice)"),
        ("remove", "remove an account and revoke its apiKeys"),
        ("passwd", "change a password and revoke the account's apiKeys"),
        ("unlock", "clear failed login attempts for an account"),
    ):
        sub = users.add_parser(action, help=text)
        sub.add_argument("name")
        sub.set_defaults(func=cmd_users)

    keys = commands.add_parser("keys", help="apiKeys (never the key itself)").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    listing = keys.add_parser("list", help="list apiKeys by id, account, tenant, state, expiry")
    listing.add_argument("--tenant", metavar="CLIENTKEY")
    listing.set_defaults(func=cmd_keys)
    revoke = keys.add_parser("revoke", help="revoke an apiKey by id")
    revoke.add_argument("id", type=int)
    revoke.set_defaults(func=cmd_keys)
    for register in EXTRA_COMMANDS:
        register(commands)
    return parser


EXTRA_COMMANDS: list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = []


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        result: int = args.func(args)
    except SettingsError as exc:
        print(f"glanceapp: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except CommandError as exc:
        print(f"glanceapp: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    return result


if __name__ == "__main__":
    sys.exit(main())
