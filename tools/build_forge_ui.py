"""Build the Forge app's Custom UI resource (`forge/static/glance/`) from its sources.

The resource Forge serves in the issue's iframe is static: `index.html` (with
the shell's sentences from `glanceapp.text` written into it), the
shell script bundled with Atlassian's `@forge/bridge`, the app's own stylesheet
and the bridge's licence. Its sources are `forge/src/` and `static/app.css` (one
stylesheet for both hosts: edit `static/app.css`, then rebuild). The packages and
the bundler are pinned exactly in `forge/package.json` and `forge/package-lock.json`.

    python tools/build_forge_ui.py            # build into forge/static/glance/, rewrite SHA256SUMS
    python tools/build_forge_ui.py --check    # rebuild into a temporary folder and compare
    python tools/build_forge_ui.py --local    # no build: compare the files with SHA256SUMS

`make forge-ui` runs the first. The built files are committed, with their hashes
in `forge/static/glance/SHA256SUMS`, so `forge deploy` needs no build step and a
reviewer sees every byte that ships. The packages are installed with `npm ci` in
`forge/` when `forge/node_modules/` is missing or older than the lock file.
Exit status: 0 when everything matches (or was written), 1 on a mismatch,
2 when node, npm or the bundler fails.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORGE = ROOT / "forge"
SOURCES = FORGE / "src"
RESOURCE = FORGE / "static" / "glance"
SUMS_NAME = "SHA256SUMS"
NODE_MODULES = FORGE / "node_modules"
NPM_STAMP = NODE_MODULES / ".installed"
LOCK = FORGE / "package-lock.json"
STYLESHEET = ROOT / "static" / "app.css"
BRIDGE_LICENCE = NODE_MODULES / "@forge" / "bridge" / "LICENSE.txt"

# What ships, by name in the resource folder.
BUNDLE = "glance.js"
COPIED = {
    "index.html": SOURCES / "index.html",
    "app.css": STYLESHEET,
    "forge-bridge.LICENSE.txt": BRIDGE_LICENCE,
}
BUILT = frozenset({BUNDLE, *COPIED})

# One IIFE for the browser; the output depends only on the sources and the pins.
ESBUILD_ARGS = (
    "src/glance.js",
    "--bundle",
    "--format=iife",
    "--platform=browser",
    "--target=es2020",
    "--minify",
    "--legal-comments=eof",
    "--charset=utf8",
    "--log-level=warning",
)


class BuildFailed(Exception):
    """Raised when node, npm or the bundler cannot produce the resource."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_sums(path: Path) -> dict[str, str]:
    """File name -> sha256 from a `sha256sum` file."""
    sums: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        digest, sep, name = line.partition("  ")
        if not sep or len(digest) != 64:
            raise ValueError(f"{path}:{number}: not '<sha256>  <file>'")
        sums[name.strip()] = digest
    return sums


def write_sums(folder: Path) -> None:
    lines = [f"{sha256((folder / name).read_bytes())}  {name}\n" for name in sorted(BUILT)]
    (folder / SUMS_NAME).write_text("".join(lines), encoding="utf-8")


def ensure_packages() -> None:
    """`npm ci` in forge/ unless the installed packages are at least as new as the lock."""
    if NPM_STAMP.exists() and NPM_STAMP.stat().st_mtime >= LOCK.stat().st_mtime:
        return
    npm = shutil.which("npm")
    if npm is None:
        raise BuildFailed("npm is not installed (it comes with Node.js)")
    result = subprocess.run(  # noqa: S603 - npm from PATH, fixed arguments
        [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=FORGE,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise BuildFailed(f"npm ci in forge/ failed: {result.stderr.strip()}")
    NPM_STAMP.touch()


def shell_page(source: Path) -> str:
    """index.html with the shell's sentences (glanceapp.text.FORGE_SHELL) as an inert <template>.

    The shell is static, so it cannot receive the server's notices; what it says
    comes from the one text catalogue, written into its page here.
    """
    from glanceapp import text

    page = source.read_text(encoding="utf-8")
    mark = re.search(r"[ \t]*<!-- browser-text:[^>]*-->", page)
    if mark is None:
        raise BuildFailed(f"{source.name} has no <!-- browser-text: ... --> mark")
    lines = "".join(
        f'\n    <p data-text="{key}">{html.escape(sentence, quote=False)}</p>'
        for key, sentence in text.FORGE_SHELL.items()
    )
    template = f'  <template id="browser-text">{lines}\n  </template>'
    return page[: mark.start()] + template + page[mark.end() :]


def build(out: Path) -> None:
    """Bundle and copy the resource into `out` (an existing folder), with its SHA256SUMS."""
    ensure_packages()
    if shutil.which("node") is None:
        raise BuildFailed("node is not installed")
    # npm's launcher for the pinned esbuild (a script or the native binary).
    esbuild = NODE_MODULES / ".bin" / "esbuild"
    result = subprocess.run(  # noqa: S603 - the pinned bundler, fixed arguments
        [str(esbuild), *ESBUILD_ARGS, f"--outfile={out / BUNDLE}"],
        cwd=FORGE,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise BuildFailed(f"esbuild failed: {result.stderr.strip()}")
    for name, source in COPIED.items():
        if name == "index.html":
            (out / name).write_text(shell_page(source), encoding="utf-8")
        else:
            shutil.copyfile(source, out / name)
    write_sums(out)


def check_local(folder: Path = RESOURCE) -> list[str]:
    """Problems with the built files on disk against their SHA256SUMS (no build)."""
    sums_path = folder / SUMS_NAME
    if not sums_path.is_file():
        return [f"{SUMS_NAME}: missing"]
    sums = read_sums(sums_path)
    problems = [f"{name}: not listed in {SUMS_NAME}" for name in sorted(BUILT - set(sums))]
    for name, digest in sorted(sums.items()):
        path = folder / name
        if name not in BUILT:
            problems.append(f"{name}: listed in {SUMS_NAME} but not built")
        elif not path.is_file():
            problems.append(f"{name}: listed in {SUMS_NAME} but missing")
        elif sha256(path.read_bytes()) != digest:
            problems.append(f"{name}: differs from its hash in {SUMS_NAME}")
    extra = {p.name for p in folder.iterdir()} - BUILT - {SUMS_NAME}
    problems.extend(f"{name}: not a built file" for name in sorted(extra))
    return problems


def compare(built: Path, shipped: Path = RESOURCE) -> list[str]:
    """Files of a fresh build that differ from the shipped ones."""
    problems = []
    for name in sorted(BUILT | {SUMS_NAME}):
        fresh = (built / name).read_bytes()
        path = shipped / name
        if not path.is_file():
            problems.append(f"{name}: built but not in {shipped.relative_to(ROOT)}")
        elif path.read_bytes() != fresh:
            problems.append(f"{name}: differs from a fresh build (run: make forge-ui)")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="rebuild elsewhere and compare")
    mode.add_argument("--local", action="store_true", help="compare files with SHA256SUMS only")
    args = parser.parse_args(argv)

    if args.local:
        problems = check_local()
    else:
        try:
            if args.check:
                with tempfile.TemporaryDirectory(prefix="forge-ui-") as tmp:
                    build(Path(tmp))
                    problems = compare(Path(tmp))
            else:
                RESOURCE.mkdir(parents=True, exist_ok=True)
                for stale in RESOURCE.iterdir():
                    stale.unlink()
                build(RESOURCE)
                print(f"built {len(BUILT)} files into {RESOURCE.relative_to(ROOT)}")
                return 0
        except BuildFailed as exc:
            print(f"build_forge_ui: {exc}", file=sys.stderr)
            return 2
        problems.extend(check_local())
    for problem in problems:
        print(f"build_forge_ui: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(f"all {len(BUILT)} built files match")
    return 0


if __name__ == "__main__":
    sys.exit(main())
