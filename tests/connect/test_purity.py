"""glanceapp.connect stays pure: no web framework, HTTP client or database, in fact or in source.

Besides the standard library, PyJWT and cryptography it may import only
`glanceapp.rules`, the shared input rules, which are pure themselves.

Under mutation testing (`make mutation`) every mutated module imports mutmut's
trampoline and nothing else new; that one import is tolerated only while mutmut
runs the suite (it sets MUTANT_UNDER_TEST), so a normal run still refuses it.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import glanceapp
import glanceapp.connect

FORBIDDEN = ("litestar", "httpx", "aiosqlite", "uvicorn", "jinja2")
ALLOWED_THIRD_PARTY = ("jwt", "cryptography")
PACKAGE = "glanceapp.connect"
BELOW = ("glanceapp.rules",)
"""The pure modules of glanceapp that connect/ may build on."""
CONNECT_DIR = Path(glanceapp.connect.__file__).resolve().parent
MUTMUT_TRAMPOLINE = "mutmut.mutation.trampoline"
UNDER_MUTMUT = "MUTANT_UNDER_TEST" in os.environ
TOLERATED = (MUTMUT_TRAMPOLINE,) if UNDER_MUTMUT else ()


def _top(name: str) -> str:
    return name.partition(".")[0]


def test_importing_connect_loads_no_framework() -> None:
    src = str(Path(glanceapp.__file__).resolve().parent.parent)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [src, os.environ.get("PYTHONPATH")])),
    }
    script = "import json, sys, glanceapp.connect; print(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    modules = set(json.loads(result.stdout))
    assert {PACKAGE, "jwt"} <= modules
    assert sorted(m for m in modules if _top(m) in FORBIDDEN) == []
    others = [
        m
        for m in modules
        if m.startswith("glanceapp.")
        and m != PACKAGE
        and not m.startswith(PACKAGE + ".")
        and m not in BELOW
    ]
    assert others == []
    if not UNDER_MUTMUT:
        assert sorted(m for m in modules if _top(m) == "mutmut") == []


def foreign_imports(source: str, tolerated: tuple[str, ...] = ()) -> list[str]:
    """Modules `source` imports that are not stdlib, jwt, cryptography, glanceapp.connect or BELOW.

    `tolerated` names modules accepted in a `from <module> import ...` only.
    """
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level == 1:
                continue
            if node.level > 1:
                found.append("." * node.level + (node.module or ""))
                continue
            if node.module in tolerated:
                continue
            names = [node.module or ""]
        else:
            continue
        for name in names:
            allowed = (
                _top(name) in sys.stdlib_module_names
                or _top(name) in ALLOWED_THIRD_PARTY
                or name == PACKAGE
                or name.startswith(PACKAGE + ".")
                or name in BELOW
            )
            if not allowed:
                found.append(name)
    return found


MODULES = sorted(CONNECT_DIR.glob("*.py"))


def test_connect_has_its_modules() -> None:
    names = {path.stem for path in MODULES}
    assert {"__init__", "qsh", "tokens", "install", "descriptor", "hosts", "errors"} <= names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_module_imports_only_stdlib_jwt_cryptography(path: Path) -> None:
    assert foreign_imports(path.read_text(encoding="utf-8"), TOLERATED) == []


@pytest.mark.parametrize(
    ("source", "flagged"),
    [
        ("import httpx", ["httpx"]),
        ("from litestar import Litestar", ["litestar"]),
        ("def f():\n    import aiosqlite", ["aiosqlite"]),
        ("from glanceapp.storage import db", ["glanceapp.storage"]),
        ("import glanceapp.web.app", ["glanceapp.web.app"]),
        ("from .. import settings", [".."]),
        ("import json, jwt, cryptography.x509", []),
        ("from . import qsh\nfrom glanceapp.connect.errors import TokenError", []),
        ("from glanceapp.rules import url_faults", []),
        ("from glanceapp.rules_extra import x", ["glanceapp.rules_extra"]),
    ],
)
def test_import_check_flags_foreign_modules(source: str, flagged: list[str]) -> None:
    assert foreign_imports(source) == flagged


TRAMPOLINE_IMPORT = f"from {MUTMUT_TRAMPOLINE} import wrap_in_trampoline as _mutmut_mutated"


def test_import_check_flags_mutmut_trampoline_unless_tolerated() -> None:
    assert foreign_imports(TRAMPOLINE_IMPORT) == [MUTMUT_TRAMPOLINE]
    assert foreign_imports(TRAMPOLINE_IMPORT, (MUTMUT_TRAMPOLINE,)) == []


@pytest.mark.parametrize(
    "source", ["import mutmut.mutation.trampoline", "from mutmut import core", "import httpx"]
)
def test_tolerating_the_trampoline_admits_nothing_else(source: str) -> None:
    assert foreign_imports(source, (MUTMUT_TRAMPOLINE,)) != []


# No clock: `now` is always the caller's

CLOCK_CALLS = ("time", "monotonic", "perf_counter", "now", "utcnow", "today")


def clock_reads(source: str) -> list[str]:
    """Calls in `source` that read a clock (`time.time()`, `datetime.now()`, ...)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in CLOCK_CALLS:
                found.append(ast.unparse(node.func))
        elif isinstance(node, ast.ImportFrom) and node.module in ("time", "datetime"):
            found.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return found


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_module_reads_no_clock(path: Path) -> None:
    assert clock_reads(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    "source",
    [
        "import time\nnow = time.time()",
        "import datetime\nnow = datetime.datetime.now()",
        "from time import monotonic",
        "from datetime import datetime",
    ],
)
def test_clock_check_flags_clock_reads(source: str) -> None:
    assert clock_reads(source) != []


# The package exports exactly what the rest of the app uses


def names_used_outside(source: str) -> set[str]:
    """Names a module imports from glanceapp.connect or one of its modules."""
    used: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.ImportFrom) or node.level or not node.module:
            continue
        if node.module == PACKAGE or node.module.startswith(PACKAGE + "."):
            used.update(alias.name for alias in node.names)
    return used


def test_package_exports_exactly_what_the_app_uses() -> None:
    src = CONNECT_DIR.parent
    used: set[str] = set()
    for path in src.rglob("*.py"):
        if CONNECT_DIR not in path.resolve().parents:
            used |= names_used_outside(path.read_text(encoding="utf-8"))
    assert sorted(glanceapp.connect.__all__) == sorted(used)
    for name in glanceapp.connect.__all__:
        assert getattr(glanceapp.connect, name) is not None
