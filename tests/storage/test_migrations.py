"""Forward-only named migrations: from empty, from each older schema, raced by processes."""

from __future__ import annotations

import multiprocessing
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from glanceapp.storage.migrations import MIGRATIONS, apply_migrations

NAMES = [name for name, _ in MIGRATIONS]


@contextmanager
def connect(path: Path) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        yield connection


def recorded(path: Path) -> list[str]:
    with connect(path) as connection:
        return [
            row[0]
            for row in connection.execute("SELECT name FROM schema_migrations ORDER BY rowid")
        ]


def schema(path: Path) -> set[tuple[str, str]]:
    with connect(path) as connection:
        return {
            (row[0], row[1])
            for row in connection.execute(
                "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            )
        }


def test_names_are_unique_and_ordered() -> None:
    assert len(set(NAMES)) == len(NAMES)
    assert sorted(NAMES) == NAMES
    assert NAMES[0] == "0001_tenants"


def test_from_an_empty_database_applies_all_in_order(tmp_path: Path) -> None:
    path = tmp_path / "app.db"
    assert apply_migrations(path) == NAMES
    assert recorded(path) == NAMES
    tables = {name for kind, name in schema(path) if kind == "table"}
    assert {"schema_migrations", "tenants", "lifecycle_log", "tenant_generation"} <= tables


def test_second_run_applies_nothing(tmp_path: Path) -> None:
    path = tmp_path / "app.db"
    apply_migrations(path)
    before = schema(path)
    assert apply_migrations(path) == []
    assert recorded(path) == NAMES
    assert schema(path) == before


@pytest.mark.parametrize("upto", NAMES)
def test_from_each_older_schema(tmp_path: Path, upto: str) -> None:
    path = tmp_path / "app.db"
    done = NAMES[: NAMES.index(upto) + 1]
    assert apply_migrations(path, upto=upto) == done
    assert recorded(path) == done

    assert apply_migrations(path) == NAMES[len(done) :]
    assert recorded(path) == NAMES

    fresh = tmp_path / "fresh.db"
    apply_migrations(fresh)
    assert schema(path) == schema(fresh)


def test_a_failing_migration_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "app.db"
    broken = (*MIGRATIONS, ("9999_broken", ("CREATE TABLE half_done (x)", "NOT SQL")))
    monkeypatch.setattr("glanceapp.storage.migrations.MIGRATIONS", broken)
    with pytest.raises(sqlite3.OperationalError):
        apply_migrations(path)
    assert recorded(path) == NAMES
    assert ("table", "half_done") not in schema(path)


def _migrate(path: str, barrier: object, results: object) -> None:
    barrier.wait()  # type: ignore[attr-defined]
    try:
        results.put(apply_migrations(Path(path)))  # type: ignore[attr-defined]
    except Exception as exc:  # reported to the parent, which fails the test
        results.put(f"error: {exc!r}")  # type: ignore[attr-defined]


@pytest.mark.parametrize("attempt", range(8))
def test_processes_racing_apply_each_migration_once(tmp_path: Path, attempt: int) -> None:
    context = multiprocessing.get_context("fork")
    workers = 4
    barrier = context.Barrier(workers)
    results = context.Queue()
    path = str(tmp_path / "app.db")
    processes = [
        context.Process(target=_migrate, args=(path, barrier, results)) for _ in range(workers)
    ]
    for process in processes:
        process.start()
    applied = [results.get(timeout=60) for _ in processes]
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    results.close()
    results.join_thread()
    assert all(isinstance(names, list) for names in applied), applied
    assert sorted(name for names in applied for name in names) == NAMES
    assert recorded(Path(path)) == NAMES


def test_lifecycle_log_is_append_only(tmp_path: Path) -> None:
    path = tmp_path / "app.db"
    apply_migrations(path)
    with connect(path) as connection:
        connection.execute(
            "INSERT INTO lifecycle_log (event, client_key, at) VALUES ('installed', 'ck', 1.0)"
        )
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            connection.execute("UPDATE lifecycle_log SET event = 'uninstalled'")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            connection.execute("DELETE FROM lifecycle_log")
        rows = connection.execute("SELECT event, client_key FROM lifecycle_log").fetchall()
    assert rows == [("installed", "ck")]
