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
from pathlib import Path
from typing import Any

from glanceapp.domain import iso_utc
from glanceapp.logs import configure_logging, printable
from glanceapp.rules import NEW_NAME_RULE, is_new_name
from glanceapp.settings import (
    Settings,
    SettingsError,
    load_settings,
    merged_environment,
    unknown_variables,
)

EXIT_USAGE = 2
# X-Forwarded-For and -Proto are believed only from a reverse proxy on this machine:
# anyone else could name any address they like.
TRUSTED_PROXIES = "127.0.0.1,::1"
SETTINGS_DOC = "docs/settings.md"
MAX_PASSWORD_BYTES_ON_STDIN = 8192


class CommandError(Exception):
    """Raised by a command for an operator mistake; printed as one line, exit code 2."""


def warn_unknown_variables(environ: dict[str, str] | None = None) -> None:
    """One stderr line per GLANCEAPP_ name no setting reads; never stops the process."""
    for name, closest in unknown_variables(merged_environment(environ)):
        hint = f"; did you mean {closest}?" if closest else ""
        print(f"glanceapp: warning: {name} is not a setting, ignored{hint}", file=sys.stderr)


def _settings(*, need_secret: bool = True) -> Settings:
    # Warn first: a misspelt name is often why a setting then looks missing or bad.
    warn_unknown_variables()
    return load_settings(need_secret=need_secret)


def check_new_username(name: str) -> str:
    """Refuse a name for a new account that breaks NEW_NAME_RULE.

    Accounts made before the rule keep working: login, passwd, remove and unlock
    take any stored name.
    """
    if not is_new_name(name):
        raise CommandError(f"{name!r} is not a valid account name: use {NEW_NAME_RULE}")
    return name


def check_tenant_secrets(settings: Settings) -> None:
    """Refuse to serve when the master secrets cannot open what the database holds.

    Otherwise every request of such a tenant would fail; this names the fix instead.
    """
    from glanceapp.keyring import Keyring
    from glanceapp.storage.tenants import unreadable_secrets

    keyring = Keyring(settings.secret_key, settings.old_secret_keys)
    unreadable = unreadable_secrets(settings.database, keyring)
    if unreadable:
        raise SettingsError(
            "GLANCEAPP_SECRET_KEY",
            f"cannot open {unreadable} stored tenant secret(s); put the master secret they "
            "were sealed under in GLANCEAPP_OLD_SECRET_KEYS",
        )


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from glanceapp.storage.migrations import apply_migrations
    from glanceapp.web.server import PROTOCOL

    settings = _settings()
    configure_logging(settings.log_format)
    apply_migrations(settings.database)
    check_tenant_secrets(settings)
    uvicorn.run(
        "glanceapp.app:create_app_from_env",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=settings.workers,
        access_log=False,
        log_config=None,
        server_header=False,
        proxy_headers=True,
        forwarded_allow_ips=TRUSTED_PROXIES,
        lifespan="on",
        http=PROTOCOL,  # head limit and read deadlines: see glanceapp.web.server
    )
    return 0


def cmd_sandbox(args: argparse.Namespace) -> int:
    from glanceapp.sandbox.runner import SandboxError, main

    warn_unknown_variables()
    try:
        return main(jira_port=args.jira_port, sign_in=args.sign_in, oidc_issuer=args.oidc_issuer)
    except SandboxError as exc:
        raise CommandError(str(exc)) from None


def cmd_descriptor(args: argparse.Namespace) -> int:
    from glanceapp.app import descriptor_for

    print(json.dumps(descriptor_for(_settings(need_secret=False)), indent=2))
    return 0


def cmd_tenants_list(args: argparse.Namespace) -> int:
    from glanceapp.storage.forge import installation_listing
    from glanceapp.storage.migrations import apply_migrations
    from glanceapp.storage.tenants import connect_listing

    settings = _settings(need_secret=False)
    apply_migrations(settings.database)
    forge = installation_listing(settings.database)
    rows = connect_listing(settings.database, {row["site_id"] for row in forge})
    if not rows and not forge:
        print("no tenants installed")
        return 0
    if rows:
        print(f"{'CLIENT KEY':40} {'STATE':11} {'UPDATED':20} BASE URL")
        for row in rows:
            # Stored before installs refused control characters, a clientKey could hold some:
            # a listing never writes one raw to the operator's terminal.
            print(
                f"{printable(row['client_key']):40} {row['state']:11} "
                f"{iso_utc(row['updated_at']):20} {printable(row['base_url'])}"
            )
    if forge:
        if rows:
            print()
        print(
            f"{'FORGE INSTALLATION':72} {'CLOUD ID':36} {'STATE':11} {'VERSION':9} "
            f"{'UPDATED':20} SITE"
        )
        for row in forge:
            site = row["site_url"] or row["api_base_url"]
            if row["site_id"] not in (row["cloud_id"], row["installation_id"]):
                site = f"{site} (Connect {row['site_id']})"
            print(
                f"{printable(row['installation_id']):72} {printable(row['cloud_id'] or '-'):36} "
                f"{row['state']:11} {printable(row['app_version'] or '-'):9} "
                f"{iso_utc(row['updated_at']):20} {printable(site)}"
            )
    return 0


def read_password_line(data: bytes) -> str:
    """The password from piped stdin: exactly one line, its line end (LF or CRLF) optional.

    More than one line is refused rather than cut at the first: a file piped by
    mistake, or a password with a line break in it, would otherwise set a
    password the operator did not mean.
    """
    if not data:
        raise CommandError("no password on stdin")
    if len(data) > MAX_PASSWORD_BYTES_ON_STDIN:
        raise CommandError(
            f"stdin holds more than {MAX_PASSWORD_BYTES_ON_STDIN} bytes; "
            "the password is one line of at most 1024 characters"
        )
    for ending in (b"\r\n", b"\n"):
        if data.endswith(ending):
            data = data[: -len(ending)]
            break
    if b"\n" in data or b"\r" in data:
        raise CommandError("stdin holds more than one line; the password is exactly one line")
    return data.decode("utf-8", errors="surrogateescape")


def _read_password(prompt: str) -> str:
    """Exactly one line of stdin when it is not a terminal; otherwise prompted twice without echo."""
    if not sys.stdin.isatty():
        limit = MAX_PASSWORD_BYTES_ON_STDIN + 1
        raw = getattr(sys.stdin, "buffer", None)  # absent when stdin is replaced by a text stream
        data = (
            raw.read(limit)
            if raw is not None
            else sys.stdin.read(limit).encode("utf-8", errors="surrogateescape")
        )
        return read_password_line(data)
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

    settings = _settings(need_secret=False)
    action = args.action
    password = ""
    try:
        if action == "add":
            check_new_username(args.name)
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

    settings = _settings(need_secret=False)

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
                f"{r.id}\t{printable(r.service_account)}\t{printable(r.client_key)}"
                f"\t{printable(r.account_id)}\t{state}\t{iso_utc(r.expires_at)}"
            )
        return 0

    return _run_with_db(settings, run)


def cmd_backup(args: argparse.Namespace) -> int:
    """A consistent copy through SQLite's backup API, safe while the server is writing."""
    import os

    from glanceapp.storage.db import backup_into
    from glanceapp.storage.migrations import apply_migrations

    settings = _settings(need_secret=False)
    target = Path(args.path)
    if target.exists():
        raise CommandError(f"{target} already exists; choose a new file")
    if not target.parent.is_dir():
        raise CommandError(f"the folder {target.parent} does not exist")
    apply_migrations(settings.database)
    partial = target.with_name(target.name + ".partial")
    try:
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        raise CommandError(f"{partial} exists: another backup may be running") from None
    try:
        check = backup_into(settings.database, partial)
        if check != "ok":
            raise CommandError(f"the copy failed its integrity check: {check}")
        partial.rename(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    print(f"backed up {settings.database} to {target}")
    print(
        "keep the master secret with it (GLANCEAPP_SECRET_KEY as the server has it, or the "
        f"key file {settings.database}.key if it uses one): without it the backup's secrets "
        "cannot be read"
    )
    return 0


def cmd_rotate_secret(args: argparse.Namespace) -> int:
    """Re-seal every secret the database holds under the current master secret.

    Procedure: set the new secret in GLANCEAPP_SECRET_KEY and the former one in
    GLANCEAPP_OLD_SECRET_KEYS, restart, then run this. Values already under the
    current secret are left alone, so running it twice is harmless.
    """
    from glanceapp.keyring import Keyring
    from glanceapp.storage.migrations import apply_migrations
    from glanceapp.storage.tenants import reseal_secrets

    settings = _settings()
    keyring = Keyring(settings.secret_key, settings.old_secret_keys)
    apply_migrations(settings.database)
    resealed, unreadable = reseal_secrets(settings.database, keyring)
    print(f"re-encrypted {resealed} tenant secret(s) under the current master secret")
    if unreadable:
        print(
            f"{unreadable} tenant secret(s) are under a master secret that is neither current "
            "nor in GLANCEAPP_OLD_SECRET_KEYS; add it there and run this again",
            file=sys.stderr,
        )
        return 1
    print(
        "apiKeys issued before the rotation keep working while the former secret stays in "
        "GLANCEAPP_OLD_SECRET_KEYS; user properties are re-encrypted on their next write"
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="glanceapp", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    commands.add_parser(
        "serve",
        help="run the production server",
        description=(
            "Run the production server (uvicorn, GLANCEAPP_WORKERS processes). Settings come "
            "from GLANCEAPP_* environment variables or a .env file in the working directory; "
            f"every variable, its form, default and effect is in {SETTINGS_DOC} of "
            "glanceapp's source. A bad setting stops the server with one line naming it, exit 2."
        ),
    ).set_defaults(func=cmd_serve)
    sandbox = commands.add_parser(
        "sandbox", help="run the app with a built-in fake Jira site, offline (make run)"
    )
    sandbox.add_argument(
        "--jira-port", type=int, metavar="PORT", help="fake Jira port (default: app port + 1)"
    )
    sandbox.add_argument(
        "--sign-in",
        choices=("local", "oidc", "http"),
        default="local",
        help="how people sign in: local accounts (default), an OpenID Connect provider "
        "(a certified one on loopback from a source checkout, or --oidc-issuer), or a "
        "signed HTTP check against a team endpoint run on loopback",
    )
    sandbox.add_argument(
        "--oidc-issuer",
        metavar="URL",
        help="with --sign-in oidc: your provider's issuer (client from GLANCEAPP_OIDC_CLIENT_ID)",
    )
    sandbox.set_defaults(func=cmd_sandbox)
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
        sub.add_argument(
            "name", help=f"for a new account: {NEW_NAME_RULE}" if action == "add" else None
        )
        sub.set_defaults(func=cmd_users)

    backup = commands.add_parser("backup", help="copy the database consistently while serving")
    backup.add_argument("path")
    backup.set_defaults(func=cmd_backup)
    commands.add_parser(
        "rotate-secret", help="re-encrypt stored secrets under the current master secret"
    ).set_defaults(func=cmd_rotate_secret)

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
    except Exception as exc:
        from glanceapp.storage.db import DatabaseUnavailable

        if not isinstance(exc, DatabaseUnavailable):
            raise
        print(f"glanceapp: GLANCEAPP_DATABASE: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return result


if __name__ == "__main__":
    sys.exit(main())
