"""The vendored browser code is what was published, and everything that loads it agrees.

No browser and no network: `tools/vendor_js.py --local` compares the files with
`static/vendor/SHA256SUMS`; `python tools/vendor_js.py` (network) re-fetches them.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from glanceapp.sandbox import issue_site

ROOT = Path(__file__).resolve().parents[2]
VENDOR = ROOT / "static" / "vendor"


@pytest.fixture(scope="module")
def vendor_js() -> Iterator[ModuleType]:
    """tools/vendor_js.py, loaded by path (tools/ is not a package)."""
    name = "_glanceapp_tools_vendor_js"
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / "vendor_js.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules[name]


def test_every_vendored_file_matches_its_recorded_hash(vendor_js: ModuleType) -> None:
    assert vendor_js.main(["--local"]) == 0


def test_every_file_in_vendor_is_pinned(vendor_js: ModuleType) -> None:
    pinned = {name for pin in vendor_js.PINS for name in pin.files.values()}
    present = {path.name for path in VENDOR.iterdir()} - {"README.md", "SHA256SUMS"}
    assert present == pinned


def test_the_hashes_cover_exactly_the_pinned_files(vendor_js: ModuleType) -> None:
    pinned = {name for pin in vendor_js.PINS for name in pin.files.values()}
    assert set(vendor_js.read_sums()) == pinned


def test_the_readme_names_each_pin_and_its_licence(vendor_js: ModuleType) -> None:
    readme = (VENDOR / "README.md").read_text()
    for pin in vendor_js.PINS:
        assert f"`{pin.spec}`" in readme, pin.spec
    assert "Apache-2.0" in readme
    assert "MIT" in readme


def test_the_connect_js_is_5_3_and_jquery_is_3() -> None:
    host = (VENDOR / "atlassian-connect-js-5.3.190-connect-host.js").read_text()
    assert "connectHost" in host
    header = (VENDOR / "jquery-3.8.0.min.js").read_text()[:120]
    assert re.search(r"jQuery v3\.\d+\.\d+", header), "connect-host.js needs jQuery 3"


def test_the_fake_jira_serves_pinned_files(vendor_js: ModuleType) -> None:
    pinned = {name for pin in vendor_js.PINS for name in pin.files.values()}
    served = {name for name, _ in issue_site._VENDOR_FILES.values()} | {issue_site.ALL_JS_FILE}
    assert served <= pinned


def test_a_tampered_file_is_reported(
    vendor_js: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "vendor"
    copy.mkdir()
    for path in VENDOR.iterdir():
        (copy / path.name).write_bytes(path.read_bytes())
    jquery = copy / "jquery-3.8.0.min.js"
    jquery.write_bytes(jquery.read_bytes() + b"\n/* changed */\n")
    monkeypatch.setattr(vendor_js, "VENDOR", copy)
    monkeypatch.setattr(vendor_js, "SUMS", copy / "SHA256SUMS")
    problems = vendor_js.check_local(vendor_js.read_sums(copy / "SHA256SUMS"))
    assert problems == ["jquery-3.8.0.min.js: differs from its hash in SHA256SUMS"]
