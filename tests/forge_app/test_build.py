"""The Custom UI resource in forge/static/glance/ is exactly what its sources build.

`tools/build_forge_ui.py` bundles forge/src/glance.js with the pinned
@forge/bridge and esbuild, and copies index.html, the app's stylesheet and the
bridge's licence. The built files are committed with their hashes; a rebuild into
a temporary folder must reproduce them byte for byte.
"""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType

import pytest

from glanceapp import text

ROOT = Path(__file__).resolve().parents[2]
FORGE = ROOT / "forge"
RESOURCE = FORGE / "static" / "glance"
EXACT_VERSION = re.compile(r"^\d+\.\d+\.\d+$")


def test_the_built_files_match_their_recorded_hashes(build_tool: ModuleType) -> None:
    assert build_tool.check_local() == []


def test_a_rebuild_reproduces_the_committed_resource(
    build_tool: ModuleType, forge_packages: Path, tmp_path: Path
) -> None:
    build_tool.build(tmp_path)
    assert build_tool.compare(tmp_path) == []


def test_a_changed_source_is_caught_by_the_rebuild(
    build_tool: ModuleType, forge_packages: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = tmp_path / "src"
    shutil.copytree(FORGE / "src", sources)
    index = sources / "index.html"
    index.write_text(index.read_text().replace("Loading", "Still loading"))
    monkeypatch.setitem(build_tool.COPIED, "index.html", index)
    out = tmp_path / "out"
    out.mkdir()
    build_tool.build(out)
    problems = build_tool.compare(out)
    assert "index.html: differs from a fresh build (run: make forge-ui)" in problems


def test_a_tampered_file_is_reported(
    build_tool: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "glance"
    shutil.copytree(RESOURCE, copy)
    bundle = copy / "glance.js"
    bundle.write_bytes(bundle.read_bytes() + b"\n/* changed */\n")
    (copy / "extra.js").write_text("// not built\n")
    assert build_tool.check_local(copy) == [
        "glance.js: differs from its hash in SHA256SUMS",
        "extra.js: not a built file",
    ]


def test_the_resource_carries_the_apps_own_stylesheet() -> None:
    """A designer edits static/app.css once; both hosts serve the same bytes."""
    assert (RESOURCE / "app.css").read_bytes() == (ROOT / "static" / "app.css").read_bytes()


def test_the_packages_are_pinned_exactly() -> None:
    package = json.loads((FORGE / "package.json").read_text())
    lock = json.loads((FORGE / "package-lock.json").read_text())
    declared = {**package["dependencies"], **package["devDependencies"]}
    assert set(declared) >= {"@forge/bridge", "@forge/manifest", "esbuild", "tslib"}
    for name, version in declared.items():
        assert EXACT_VERSION.match(version), f"{name} {version} is a range, not a pin"
        assert lock["packages"][f"node_modules/{name}"]["version"] == version, name
        assert lock["packages"][f"node_modules/{name}"]["integrity"].startswith("sha512-")


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[dict[str, str | None]] = []
        self.styles = 0
        self.inline_styles: list[str] = []
        self.handlers: list[str] = []
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "script":
            self.scripts.append(values)
        if tag == "style":
            self.styles += 1
        if "style" in values:
            self.inline_styles.append(tag)
        self.handlers.extend(name for name in values if name.startswith("on"))
        if values.get("id"):
            self.ids.append(str(values["id"]))


def test_the_shell_page_has_no_inline_script_or_style() -> None:
    """Forge's CSP allows only files from the resource folder."""
    page = _Page()
    page.feed((RESOURCE / "index.html").read_text(encoding="utf-8"))
    assert page.scripts == [{"src": "glance.js", "defer": None}]
    assert page.styles == 0
    assert page.inline_styles == []
    assert page.handlers == []
    assert {"link-status", "app-notice"} <= set(page.ids)
    for reference in re.findall(r'(?:src|href)="([^"]+)"', (RESOURCE / "index.html").read_text()):
        assert (RESOURCE / reference).is_file(), f"{reference} is not in the resource"


def test_the_bundle_carries_the_pinned_bridge_and_its_licence() -> None:
    bundle = (RESOURCE / "glance.js").read_text(encoding="utf-8")
    assert "__bridge" in bundle
    licence = (RESOURCE / "forge-bridge.LICENSE.txt").read_text(encoding="utf-8")
    assert "Atlassian" in licence


def test_the_shell_says_what_the_text_catalogue_holds_and_keeps_no_copy() -> None:
    page = (RESOURCE / "index.html").read_text(encoding="utf-8")
    source = (FORGE / "src" / "glance.js").read_text(encoding="utf-8")
    for key, sentence in text.FORGE_SHELL.items():
        assert f'<p data-text="{key}">{sentence}</p>' in page
        assert sentence not in source
        assert f"say('{key}')" in source
