"""The access log: one line per request, which a request cannot break into two."""

from __future__ import annotations

import logging

import pytest
from litestar.testing import TestClient

from glanceapp.app import create_app
from glanceapp.settings import Settings

ACCESS = "glanceapp.access"


def test_control_characters_in_the_path_cannot_forge_a_log_line(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=ACCESS)
    with TestClient(create_app(settings)) as client:
        caplog.clear()
        response = client.get("/healthz%0Afake-line%0D%1B[31m%7F")
    assert response.status_code == 404
    records = [r for r in caplog.records if r.name == ACCESS]
    assert len(records) == 1
    message = records[0].getMessage()
    assert message.startswith("GET /healthz\\x0afake-line\\x0d\\x1b[31m\\x7f 404 ")
    assert message.isprintable()
    assert "\n" not in caplog.handler.format(records[0])


def test_a_plain_path_is_logged_as_it_is(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=ACCESS)
    with TestClient(create_app(settings)) as client:
        caplog.clear()
        assert client.get("/healthz").status_code == 200
    (record,) = [r for r in caplog.records if r.name == ACCESS]
    assert record.getMessage().startswith("GET /healthz 200 ")
