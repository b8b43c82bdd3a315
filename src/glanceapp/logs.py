"""Logging set-up: one line per record, text or JSON, timestamps ISO 8601 UTC with `Z`.

Log fields often carry what a request sent (its path, a header's shape, a
clientKey). Both formatters escape control characters in the message and in
every extra field, here and only here, so no request can write a line break
(or a terminal escape) into the log and forge a line of its own. A traceback
is the one multi-line part: in the text format each of its lines is indented,
so none of them can pass for a record of its own.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from typing import Any, Literal

from glanceapp.domain import iso_utc


def printable(text: str) -> str:
    """`text` with every non-printable character (newline, ESC, NUL, ...) as a `\\x..` escape.

    Escaped text is printable, so applying this twice changes nothing.
    """
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else _escape(c) for c in text)


def _escape(character: str) -> str:
    code = ord(character)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def safe_message(record: logging.LogRecord) -> str:
    return printable(record.getMessage())


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": iso_utc(record.created),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": safe_message(record),
        }
        request_id = getattr(record, "request_id", None)
        if request_id:
            entry["request_id"] = printable(str(request_id))
        if record.exc_info and record.exc_info[0] is not None:
            entry["error"] = record.exc_info[0].__name__
        return json.dumps(entry, ensure_ascii=False)


class TextFormatter(logging.Formatter):
    """`<time> <LEVEL> <logger> <message>[ request_id=<id>]`, then any traceback indented.

    The time is formatted once per second, not once per record: an access line
    per request made `strftime` a visible share of a request's cost.
    """

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s %(message)s", "%Y-%m-%dT%H:%M:%SZ")
        self.converter = time.gmtime
        self._second = -1
        self._asctime = ""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        second = int(record.created)
        if second != self._second:
            self._asctime = iso_utc(second)
            self._second = second
        return self._asctime

    def formatException(self, ei: Any) -> str:
        return "\n".join(
            f"    {printable(line)}" for line in super().formatException(ei).splitlines()
        )

    def formatStack(self, stack_info: str) -> str:
        return "\n".join(f"    {printable(line)}" for line in stack_info.splitlines())

    def format(self, record: logging.LogRecord) -> str:
        record.message = safe_message(record)
        record.asctime = self.formatTime(record)
        line = f"{record.asctime} {record.levelname} {record.name} {record.message}"
        request_id = getattr(record, "request_id", None)
        if request_id:
            line = f"{line} request_id={printable(str(request_id))}"
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            line = f"{line}\n{record.exc_text}"
        if record.stack_info:
            line = f"{line}\n{self.formatStack(record.stack_info)}"
        return line


def configure_logging(log_format: Literal["text", "json"], *, level: int = logging.INFO) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if log_format == "json" else TextFormatter())
    root = logging.getLogger()
    for existing in list(root.handlers):
        root.removeHandler(existing)
    root.addHandler(handler)
    root.setLevel(level)
    # Neither format shows a thread or a process: do not look them up for every record.
    logging.logThreads = False
    logging.logProcesses = False
    logging.logMultiprocessing = False
    # httpx logs whole request URLs at INFO; keep it quiet so no query value reaches a log.
    for noisy in ("httpx", "httpcore", "uvicorn.access", "hpack"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
