"""The sandbox stays off the product's spine: `glanceapp serve` never loads it.

The fake Jira and its pages ship in the wheel for `glanceapp sandbox`, but a
production worker must not import a module that mints Jira's tokens. The check runs
in a fresh interpreter, building the app the way each `serve` worker does.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import glanceapp

SRC = Path(glanceapp.__file__).resolve().parent
SANDBOX = "glanceapp.sandbox"

SERVE_WORKER = """
import json, sys
import glanceapp.cli
import glanceapp.storage.migrations
import glanceapp.web.server
from glanceapp.app import create_app_from_env
create_app_from_env()
print(json.dumps(sorted(sys.modules)))
"""


def test_a_serve_worker_loads_no_sandbox_module(tmp_path: Path) -> None:
    env = {name: value for name, value in os.environ.items() if not name.startswith("GLANCEAPP_")}
    env.update(
        {
            "PYTHONPATH": os.pathsep.join(
                filter(None, [str(SRC.parent), os.environ.get("PYTHONPATH")])
            ),
            "GLANCEAPP_SECRET_KEY": "spine-master-secret-0123456789-abcdefghij",
            "GLANCEAPP_DATABASE": str(tmp_path / "glanceapp.db"),
            "GLANCEAPP_BASE_URL": "https://app.example.com",
        }
    )
    result = subprocess.run(
        [sys.executable, "-c", SERVE_WORKER],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    modules = json.loads(result.stdout.splitlines()[-1])
    assert "glanceapp.app" in modules
    assert [m for m in modules if m == SANDBOX or m.startswith(SANDBOX + ".")] == []


def _module_level_imports(tree: ast.Module) -> list[str]:
    """Modules imported outside any function body (what importing the module loads)."""
    found: list[str] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            return
        if isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append(node.module)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def test_no_product_module_imports_the_sandbox_at_import_time() -> None:
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        relative = path.relative_to(SRC)
        if relative.parts[0] == "sandbox":
            continue
        for name in _module_level_imports(ast.parse(path.read_text("utf-8"))):
            if name == SANDBOX or name.startswith(SANDBOX + "."):
                offenders.append(f"{relative}: {name}")
    assert offenders == []
