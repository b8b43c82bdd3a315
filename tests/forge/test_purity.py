"""glanceapp.forge stays pure: no web framework, HTTP client or database, in fact or in source."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import glanceapp
import glanceapp.forge

FORBIDDEN = ("litestar", "httpx", "aiosqlite", "uvicorn", "jinja2")
ALLOWED = ("jwt", "cryptography", "glanceapp.forge", "glanceapp.connect.hosts", "glanceapp.rules")
FORGE_DIR = Path(glanceapp.forge.__file__).resolve().parent
# Under mutation testing every mutated module imports mutmut's trampoline: tolerated only
# while mutmut runs the suite (as in tests/connect/test_purity.py), never in a normal run.
TOLERATED = ("mutmut.mutation.trampoline",) if "MUTANT_UNDER_TEST" in os.environ else ()


def test_importing_forge_loads_no_framework() -> None:
    src = str(Path(glanceapp.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": src}
    script = "import json, sys, glanceapp.forge; print(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    modules = set(json.loads(result.stdout))
    assert "glanceapp.forge" in modules
    assert sorted(m for m in modules if m.partition(".")[0] in FORBIDDEN) == []
    outside = [
        m
        for m in modules
        if m.startswith("glanceapp.")
        and not m.startswith(("glanceapp.forge", "glanceapp.connect"))
        and m != "glanceapp.rules"
    ]
    assert outside == []


@pytest.mark.parametrize("path", sorted(FORGE_DIR.glob("*.py")), ids=lambda p: p.name)
def test_forge_sources_import_only_stdlib_jwt_cryptography(path: Path) -> None:
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [("." * node.level) + (node.module or "")]
        else:
            continue
        for name in names:
            top = name.partition(".")[0]
            if name.startswith(ALLOWED) or top in sys.stdlib_module_names or top in ALLOWED:
                continue
            if name in TOLERATED:
                continue
            found.append(name)
    assert found == []


@pytest.mark.parametrize("path", sorted(FORGE_DIR.glob("*.py")), ids=lambda p: p.name)
def test_forge_sources_read_no_clock(path: Path) -> None:
    """`now` is always passed in: no module calls a clock or imports one."""
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in ("time", "monotonic", "perf_counter", "now", "utcnow", "today"):
                found.append(ast.unparse(node.func))
        elif isinstance(node, ast.ImportFrom) and node.module in ("time", "datetime"):
            found.append(node.module)
        elif isinstance(node, ast.Import):
            found.extend(a.name for a in node.names if a.name in ("time", "datetime"))
    assert found == []
