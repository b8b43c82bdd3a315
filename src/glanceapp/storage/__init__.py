"""SQLite through aiosqlite: the connection pair, migrations, one module per table group."""

from glanceapp.storage.db import Database
from glanceapp.storage.migrations import MIGRATIONS, apply_migrations

__all__ = ["MIGRATIONS", "Database", "apply_migrations"]
