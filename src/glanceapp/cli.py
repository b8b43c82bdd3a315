"""The `glanceapp` console script: serve, sandbox, descriptor and operator commands.

A bad setting ends the process with one line naming the variable, exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

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
        print(f"{row['client_key']:40} {row['state']:11} {iso_utc(row['updated_at']):20} {row['base_url']}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="glanceapp", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    commands.add_parser("serve", help="run the production server").set_defaults(func=cmd_serve)
    commands.add_parser("descriptor", help="print the descriptor the server would serve").set_defaults(
        func=cmd_descriptor
    )
    tenants = commands.add_parser("tenants", help="installed Jira sites").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    tenants.add_parser("list", help="list tenants and their state").set_defaults(func=cmd_tenants_list)
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


def _path(text: str) -> Path:
    return Path(text)


if __name__ == "__main__":
    sys.exit(main())
