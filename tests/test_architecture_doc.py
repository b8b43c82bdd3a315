"""docs/architecture.md names one home for each rule and each table: it must stay true."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "architecture.md"
RULE_ROW = re.compile(r"^\| (?P<rule>[^|]+) \| `(?P<path>src/[^`]+)` \| `(?P<name>\w+)` \|$", re.M)
TABLE_ROW = re.compile(r"^\| (?P<tables>`[^|]+) \| `(?P<path>src/[^`]+)` \|$", re.M)
WRITE = r"\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+{table}\b"


def test_the_page_names_the_rules_a_newcomer_asks_about() -> None:
    rules = " ".join(match["rule"] for match in RULE_ROW.finditer(DOC.read_text()))
    for topic in (
        "token kinds",
        "site usability",
        "key activation",
        "crash recovery",
        "lockout",
        "the user property's shape",
    ):
        assert topic in rules
    assert len(TABLE_ROW.findall(DOC.read_text())) >= 9


@pytest.mark.parametrize(
    ("path", "name"),
    [(m["path"], m["name"]) for m in RULE_ROW.finditer(DOC.read_text())],
    ids=lambda value: str(value),
)
def test_each_rule_lives_where_the_page_says(path: str, name: str) -> None:
    source = (ROOT / path).read_text()
    defined = re.compile(rf"^\s*(?:async def|def|class) {name}\b|^{name}\s*[:=]", re.M)
    assert defined.search(source), f"{name} is not defined in {path}"


@pytest.mark.parametrize(
    ("tables", "path"),
    [(m["tables"], m["path"]) for m in TABLE_ROW.finditer(DOC.read_text())],
    ids=lambda value: str(value),
)
def test_each_table_is_written_where_the_page_says(tables: str, path: str) -> None:
    source = (ROOT / path).read_text()
    for table in re.findall(r"`(\w+)`", tables):
        assert re.search(WRITE.format(table=table), source), f"{path} never writes {table}"
