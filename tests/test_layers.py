"""Imports point downward only: each layer is checked from its source with `ast`.

web -> service -> jira, storage -> connect, forge -> domain -> site_use, and rules.
`domain` (the site record and time formatting) sits below both `jira/` and
`storage/`, so neither needs the other; `site_use` (may we serve or call a site)
is read by the site record itself; `rules` (names, URLs, hosts, ports) sits below
everything. Imports inside functions count too: a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import glanceapp

SRC = Path(glanceapp.__file__).resolve().parent

ONLY = {
    "site_use": {"site_use"},
    "domain": {"domain", "site_use"},
    "rules": {"rules"},
    "connect": {"connect", "rules"},
    "forge": {"forge", "connect", "rules"},
    "keyring": {"keyring"},
}
"""The pure layers, below everything: the parts of glanceapp each may import, and no other."""

NEVER = {
    "jira": {"storage", "service", "web", "app", "cli", "sandbox"},
    "storage": {"jira", "service", "web", "app", "cli", "sandbox"},
    "service": {"web", "app", "cli", "sandbox"},
    "web": {"cli", "sandbox"},
}
"""The parts of glanceapp each layer above them must never import."""


def layer_of(path: Path) -> str:
    """`connect` for src/glanceapp/connect/tokens.py, `domain` for src/glanceapp/domain.py."""
    relative = path.relative_to(SRC)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def imported_layers(source: str) -> set[str]:
    """The parts of glanceapp a module imports, by their first name under `glanceapp`."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules = [node.module]
            if node.module == "glanceapp":
                modules = [f"glanceapp.{alias.name}" for alias in node.names]
        else:
            continue
        for module in modules:
            parts = module.split(".")
            if parts[0] == "glanceapp" and len(parts) > 1:
                found.add(parts[1])
    return found


SOURCES = sorted(SRC.rglob("*.py"))


def test_relative_imports_are_not_used() -> None:
    """Every import names its module in full, so the checks below see all of them."""
    relative = [
        str(path.relative_to(SRC))
        for path in SOURCES
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and node.level
    ]
    assert relative == []


@pytest.mark.parametrize("layer", sorted(ONLY))
def test_pure_layer_imports_only_what_is_below_it(layer: str) -> None:
    wrong = {
        str(path.relative_to(SRC)): sorted(imported_layers(path.read_text("utf-8")) - ONLY[layer])
        for path in SOURCES
        if layer_of(path) == layer
    }
    assert {name: layers for name, layers in wrong.items() if layers} == {}


@pytest.mark.parametrize("layer", sorted(NEVER))
def test_layer_never_imports_what_is_above_it(layer: str) -> None:
    wrong = {
        str(path.relative_to(SRC)): sorted(imported_layers(path.read_text("utf-8")) & NEVER[layer])
        for path in SOURCES
        if layer_of(path) == layer
    }
    assert {name: layers for name, layers in wrong.items() if layers} == {}


def test_every_layer_named_here_exists() -> None:
    layers = {layer_of(path) for path in SOURCES}
    assert set(ONLY) | set(NEVER) <= layers


@pytest.mark.parametrize(
    ("source", "layers"),
    [
        ("from glanceapp.storage.tenants import TenantStore", {"storage"}),
        ("import glanceapp.web.app", {"web"}),
        ("from glanceapp import resources, settings", {"resources", "settings"}),
        ("def f():\n    from glanceapp.service import links", {"service"}),
        ("import json\nfrom jwt import PyJWT", set()),
    ],
)
def test_import_reader_finds_each_layer(source: str, layers: set[str]) -> None:
    assert imported_layers(source) == layers
