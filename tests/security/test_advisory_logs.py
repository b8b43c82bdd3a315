"""Advisories on logs: a request cannot write a line of its own into the log.

`GET /static/x%00%0a<fake line>` once put a forged access-log line into the
text log through the error handlers, which logged the path raw. Escaping now
happens in the formatters (text and JSON), for every field of every record.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator

import pytest
from litestar.testing import TestClient

from glanceapp.app import create_app
from glanceapp.logs import JsonFormatter, TextFormatter, configure_logging, printable
from glanceapp.settings import Settings

FORGED = "2026-01-01T00:00:00Z INFO glanceapp.access POST /installed 204 0.1ms"
RECORD_START = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ ")


@pytest.fixture
def restore_root_logger() -> Iterator[None]:
    """configure_logging replaces the root logger's handlers and turns off the thread and
    process lookups of every record; put all of it back after, so no later test depends
    on running before this one."""
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    saved_flags = (logging.logThreads, logging.logProcesses, logging.logMultiprocessing)
    yield
    logging.logThreads, logging.logProcesses, logging.logMultiprocessing = saved_flags
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in saved_handlers:
        root.addHandler(handler)
    root.setLevel(saved_level)


def record(message: str, *args: object, **extra: object) -> logging.LogRecord:
    entry = logging.LogRecord("glanceapp.web", logging.INFO, __file__, 1, message, args, None)
    entry.__dict__.update(extra)
    return entry


@pytest.mark.parametrize(
    "path",
    [
        "/static/x\x00\n" + FORGED,
        "/static/x\r\n" + FORGED,
        "/static/\x1b[2J\x1b[31mred",
        "/static/\u2028" + FORGED,
        "/static/\u202egnp.exe",
    ],
)
def test_control_characters_in_a_field_cannot_forge_a_text_log_line(path: str) -> None:
    line = TextFormatter().format(record("refused %s %s: %s", "GET", path, "MalformedToken"))
    assert len(line.splitlines()) == 1
    assert line.isprintable()
    assert f"refused GET {printable(path)}: MalformedToken" in line
    assert printable(path) != path


@pytest.mark.parametrize("path", ["/static/x\x00\n" + FORGED, "/static/\x1b[31m\u2028"])
def test_control_characters_in_a_field_are_escaped_in_the_json_log(path: str) -> None:
    line = JsonFormatter().format(record("unhandled on GET %s", path, request_id="ab\ncd"))
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["message"].isprintable()
    assert entry["request_id"] == "ab\\x0acd"


def test_escaping_is_idempotent_so_escaped_fields_are_not_escaped_twice() -> None:
    once = printable("a\nb\x1b")
    assert once == "a\\x0ab\\x1b"
    assert printable(once) == once


def test_a_traceback_cannot_pass_for_a_record_of_its_own() -> None:
    try:
        raise ValueError("bad value\n" + FORGED)
    except ValueError as exc:
        entry = record("unhandled %s", "ValueError")
        entry.exc_info = (type(exc), exc, exc.__traceback__)
    lines = TextFormatter().format(entry).splitlines()
    assert RECORD_START.match(lines[0])
    assert all(line.startswith("    ") for line in lines[1:])
    assert not any(RECORD_START.match(line) for line in lines[1:])


@pytest.mark.parametrize("log_format", ["text", "json"])
def test_a_forged_log_line_through_the_error_handlers_stays_one_escaped_field(
    settings: Settings,
    capsys: pytest.CaptureFixture[str],
    restore_root_logger: None,
    log_format: str,
) -> None:
    """The request from the review, through the whole app, under both log formats."""
    configure_logging(log_format)  # type: ignore[arg-type]  # writes to capsys's stderr
    app = create_app(settings, sweep_interval=None)
    forged_path = "/static/x%00%0a" + FORGED.replace(" ", "%20")
    with TestClient(app=app, raise_server_exceptions=False) as client:
        client.get(forged_path)
        client.get("/glance/status%0a" + FORGED.replace(" ", "%20"))
        client.get("/glance/status", headers={"authorization": "JWT x"})
    lines = [line for line in capsys.readouterr().err.splitlines() if line]
    assert lines
    for line in lines:
        if log_format == "json":
            entry = json.loads(line)
            assert entry["message"].isprintable()
            assert not entry["message"].startswith(FORGED)
        else:
            assert RECORD_START.match(line) or line.startswith("    "), line
            assert not line.startswith(FORGED)
    access = [line for line in lines if "glanceapp.access" in line and "/installed" in line]
    assert all("\\x0a" in line for line in access)  # only ever the escaped request path
