"""The Forge app folder (`forge/`): its build tool, and its pinned npm packages.

Tests that need Node.js skip, saying why, when `node` or `npm` is absent;
`make test` installs the packages (`npm ci` in forge/) before pytest, so in CI
they always run.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORGE = ROOT / "forge"


@pytest.fixture(scope="session")
def build_tool() -> Iterator[ModuleType]:
    """tools/build_forge_ui.py, loaded by path (tools/ is not a package)."""
    name = "_glanceapp_tools_build_forge_ui"
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / "build_forge_ui.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules[name]


@pytest.fixture(scope="session")
def node() -> str:
    path = shutil.which("node")
    if path is None or shutil.which("npm") is None:
        pytest.skip("node and npm are not installed: the Forge build and manifest checks need them")
    return path


@pytest.fixture(scope="session")
def forge_packages(node: str, build_tool: ModuleType) -> Path:
    """forge/node_modules, installed with `npm ci` if make has not done it yet."""
    build_tool.ensure_packages()
    return FORGE / "node_modules"
