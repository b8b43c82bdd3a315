"""Where the templates, static files, descriptor template and Forge resource live.

Found through the package, never the working directory: an installed wheel
carries them in `glanceapp/_resources/`; a source checkout (editable install)
has them at the top level, where designers edit them.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

_HTMX = re.compile(r"^htmx-(\d+\.\d+\.\d+)\.min\.js$")


@cache
def resource_root() -> Path:
    packaged = Path(__file__).resolve().parent / "_resources"
    if (packaged / "templates").is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "templates").is_dir() and (checkout / "atlassian-connect.json").is_file():
        return checkout
    raise RuntimeError("glanceapp's templates and static files are missing from this install")


def templates_dir() -> Path:
    return resource_root() / "templates"


def static_dir() -> Path:
    return resource_root() / "static"


def forge_resource_dir() -> Path:
    """The Forge app's built Custom UI (forge/static/glance/), which the sandbox serves."""
    return resource_root() / "forge" / "static" / "glance"


def descriptor_template() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (resource_root() / "atlassian-connect.json").read_text(encoding="utf-8")
    )
    return data


@cache
def htmx_version() -> str:
    """The version of the vendored htmx, read from its file name."""
    for path in sorted((static_dir() / "vendor").glob("htmx-*.min.js")):
        match = _HTMX.match(path.name)
        if match:
            return match.group(1)
    raise RuntimeError("static/vendor/htmx-<version>.min.js is missing")
