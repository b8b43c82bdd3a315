"""Every table has one owner: SQL lives in `glanceapp.storage`, each table's statements in one module.

Read as source text, so a statement slipped into the service or the CLI, or a
second module that writes a table, fails here before anyone has to find it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

import glanceapp

PACKAGE = Path(glanceapp.__file__).parent
STORAGE = PACKAGE / "storage"
# The schema itself (CREATE, ALTER, backfills) is the migrations' business.
SCHEMA = STORAGE / "migrations.py"

SQL_STATEMENT = re.compile(
    r"\b(SELECT\s+\S|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|PRAGMA\s+\w|"
    r"BEGIN\s+IMMEDIATE|COMMIT\b|ROLLBACK\b)"
)
DATABASE_CALL = re.compile(r"\.(execute|executemany|executescript|fetchone|fetchall)\(")
WRITE = re.compile(r"\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+([a-z_][a-z0-9_]*)\b")
# Any statement naming a table: a read as much as a write. Table names are lower case,
# so `DO UPDATE SET` names none.
TOUCH = re.compile(r"\b(?:FROM|JOIN|INTO|UPDATE)\s+([a-z_][a-z0-9_]*)\b")
REVOKE = re.compile(r"SET\s+state\s*=\s*'revoked'")


def _sources_outside_storage() -> list[Path]:
    """Every module of the package but storage's: service, the CLI, web, jira, the sandbox."""
    return sorted(path for path in PACKAGE.rglob("*.py") if STORAGE not in path.parents)


def _storage_modules() -> list[Path]:
    return sorted(path for path in STORAGE.glob("*.py") if path != SCHEMA)


@pytest.mark.parametrize(
    "path", _sources_outside_storage(), ids=lambda path: str(path.relative_to(PACKAGE))
)
def test_no_module_outside_storage_holds_sql(path: Path) -> None:
    text = path.read_text()
    assert SQL_STATEMENT.findall(text) == [], f"{path} holds SQL; it belongs in storage/"
    assert DATABASE_CALL.findall(text) == [], f"{path} runs statements; storage/ does"


def test_each_table_is_written_by_one_storage_module() -> None:
    writers: dict[str, set[str]] = defaultdict(set)
    for path in _storage_modules():
        for table in WRITE.findall(path.read_text()):
            writers[table].add(path.name)
    shared = {table: sorted(names) for table, names in writers.items() if len(names) > 1}
    assert shared == {}
    assert writers["property_deletes"] == {"property_deletes.py"}
    assert writers["api_keys"] == {"api_keys.py"}
    assert writers["tenants"] == {"tenants.py"}


def test_each_table_is_read_and_written_by_one_storage_module() -> None:
    """No module reads another's table either: its owner answers for it (a method, not a join)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for path in _storage_modules():
        for table in TOUCH.findall(path.read_text()):
            owners[table].add(path.name)
    assert {table: sorted(names) for table, names in owners.items() if len(names) > 1} == {}
    assert owners["api_keys"] == {"api_keys.py"}
    assert owners["tenants"] == {"tenants.py"}
    assert owners["forge_installations"] == {"forge.py"}


def test_keys_are_revoked_by_one_statement() -> None:
    found = [
        (path.name, len(REVOKE.findall(path.read_text())))
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != SCHEMA and REVOKE.search(path.read_text())
    ]
    assert found == [("api_keys.py", 1)]


def test_the_scan_recognises_what_it_forbids() -> None:
    """The patterns above must match the statements they are meant to keep out."""
    assert SQL_STATEMENT.search('"SELECT 1 FROM tenants"')
    assert SQL_STATEMENT.search('"""UPDATE api_keys SET state = ?"""')
    assert SQL_STATEMENT.search('"DELETE FROM property_deletes WHERE x = ?"')
    assert DATABASE_CALL.search("await connection.execute(sql)")
    assert not SQL_STATEMENT.search("print(f\"{'UPDATED':20} SITE\")")
    assert WRITE.findall("INSERT INTO tenants (a) VALUES (?)") == ["tenants"]
    assert TOUCH.findall("SELECT a FROM api_keys k\n JOIN\n tenants t ON 1") == [
        "api_keys",
        "tenants",
    ]
    assert TOUCH.findall("ON CONFLICT (a) DO UPDATE SET b = 1") == []
    assert TOUCH.findall("SELECT * FROM keys2") == ["keys2"]
