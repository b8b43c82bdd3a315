"""The descriptor rendered from the project's atlassian-connect.json, against Jira's schema."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from glanceapp.connect.descriptor import render_descriptor

PROJECT_ROOT = Path(__file__).resolve().parents[2]
TEMPLATE_FILE = PROJECT_ROOT / "atlassian-connect.json"
SCHEMA_FILE = PROJECT_ROOT / "tests" / "data" / "jira-global-schema.json"
BASE_URL = "https://glance.example.com"
APP_KEY = "com.example.glanceapp"
GLANCE_URL = "/glance?issueKey={issue.key}&projectKey={project.key}"
EXPECTED_SCOPES = {
    "user": ["READ", "WRITE", "DELETE", "ACT_AS_USER"],
    "app": ["ADMIN"],
}


@pytest.fixture(scope="module")
def template() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(TEMPLATE_FILE.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _errors(validator: jsonschema.protocols.Validator, descriptor: dict[str, Any]) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in validator.iter_errors(descriptor)
    ]


@pytest.mark.parametrize("jira_auth", ["user", "app"])
def test_rendered_descriptor_validates_against_jira_schema(
    template: dict[str, Any], validator: jsonschema.protocols.Validator, jira_auth: Any
) -> None:
    descriptor = render_descriptor(
        template, base_url=BASE_URL, app_key=APP_KEY, jira_auth=jira_auth
    )
    assert _errors(validator, descriptor) == []


def test_schema_refuses_a_broken_descriptor(
    template: dict[str, Any], validator: jsonschema.protocols.Validator
) -> None:
    descriptor = render_descriptor(template, base_url=BASE_URL, app_key=APP_KEY, jira_auth="user")
    broken = copy.deepcopy(descriptor)
    del broken["key"]
    broken["scopes"] = ["EVERYTHING"]
    assert len(_errors(validator, broken)) >= 2


@pytest.mark.parametrize("jira_auth", ["user", "app"])
def test_rendered_descriptor_fields(template: dict[str, Any], jira_auth: Any) -> None:
    descriptor = render_descriptor(
        template, base_url=BASE_URL + "/", app_key=APP_KEY, jira_auth=jira_auth
    )
    assert descriptor["key"] == APP_KEY
    assert descriptor["baseUrl"] == BASE_URL
    assert descriptor["scopes"] == EXPECTED_SCOPES[jira_auth]
    assert descriptor["authentication"] == {"type": "jwt"}
    assert descriptor["lifecycle"] == {
        "installed": "/installed",
        "uninstalled": "/uninstalled",
        "enabled": "/enabled",
        "disabled": "/disabled",
    }
    assert descriptor["apiMigrations"]["signed-install"] is True
    assert descriptor["apiMigrations"]["context-qsh"] is True
    (glance,) = descriptor["modules"]["jiraIssueGlances"]
    assert glance["target"]["url"] == GLANCE_URL


def test_base_url_with_path_is_kept(template: dict[str, Any]) -> None:
    descriptor = render_descriptor(
        template, base_url="https://example.com/glance-app/", app_key=APP_KEY, jira_auth="user"
    )
    assert descriptor["baseUrl"] == "https://example.com/glance-app"


def test_migrations_are_forced_on_and_others_kept(template: dict[str, Any]) -> None:
    edited = copy.deepcopy(template)
    edited["apiMigrations"] = {"gdpr": True, "signed-install": False}
    del edited["authentication"]
    descriptor = render_descriptor(edited, base_url=BASE_URL, app_key=APP_KEY, jira_auth="app")
    assert descriptor["apiMigrations"] == {
        "gdpr": True,
        "signed-install": True,
        "context-qsh": True,
    }
    assert descriptor["authentication"] == {"type": "jwt"}


def test_template_is_not_modified(template: dict[str, Any]) -> None:
    before = copy.deepcopy(template)
    descriptor = render_descriptor(template, base_url=BASE_URL, app_key=APP_KEY, jira_auth="user")
    descriptor["modules"]["jiraIssueGlances"][0]["target"]["url"] = "/changed"
    descriptor["scopes"].append("ADMIN")
    assert template == before


@pytest.mark.parametrize("path", ["/X", "/appX/", "/app.X//"])
def test_base_url_loses_only_trailing_slashes(template: dict[str, Any], path: str) -> None:
    descriptor = render_descriptor(
        template, base_url="https://example.com" + path, app_key=APP_KEY, jira_auth="user"
    )
    assert descriptor["baseUrl"] == "https://example.com" + path.rstrip("/")
