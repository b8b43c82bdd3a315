"""Re-fetch the pinned front-end packages with `npm pack` and check them against our hashes.

The browser code under `static/vendor/` is copied unmodified from npm packages.
`static/vendor/SHA256SUMS` (the `sha256sum -c` format) records the hash of every
vendored file. This script answers "is what we serve what was published?":

    python tools/vendor_js.py            # fetch each pin, compare with SHA256SUMS and the files
    python tools/vendor_js.py --local    # no network: compare the files with SHA256SUMS only
    python tools/vendor_js.py --write    # fetch, copy into static/vendor/, rewrite SHA256SUMS

`--write` is for upgrades: change a pin below, run it, review the diff, and
update `static/vendor/README.md`. `npm pack` checks each tarball against the
registry's integrity hash; our own hashes then pin the files we took from it.
Exit status: 0 when everything matches, 1 on a mismatch, 2 when npm fails.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENDOR = ROOT / "static" / "vendor"
SUMS = VENDOR / "SHA256SUMS"


@dataclass(frozen=True)
class Pin:
    """One npm package at one version, and which of its files we vendor under which name."""

    package: str
    version: str
    files: dict[str, str]  # path inside the package -> file name in static/vendor/

    @property
    def spec(self) -> str:
        return f"{self.package}@{self.version}"


PINS = (
    Pin(
        "htmx.org",
        "2.0.11",
        {"dist/htmx.min.js": "htmx-2.0.11.min.js", "LICENSE": "htmx-2.0.11.LICENSE"},
    ),
    Pin(
        "atlassian-connect-js",
        "5.3.190",
        {
            "dist/connect-host.js": "atlassian-connect-js-5.3.190-connect-host.js",
            "dist/iframe.js": "atlassian-connect-js-5.3.190-iframe.js",
            "LICENSE": "atlassian-connect-js-5.3.190.LICENSE",
        },
    ),
    Pin(
        "jquery",
        "3.8.0",
        {"dist/jquery.min.js": "jquery-3.8.0.min.js", "LICENSE.txt": "jquery-3.8.0.LICENSE"},
    ),
)


class NpmFailed(Exception):
    """Raised when `npm pack` cannot produce a package tarball."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_sums(path: Path = SUMS) -> dict[str, str]:
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


def write_sums(sums: dict[str, str], path: Path = SUMS) -> None:
    path.write_text("".join(f"{sums[name]}  {name}\n" for name in sorted(sums)), encoding="utf-8")


def npm_pack(pin: Pin, workdir: Path) -> dict[str, bytes]:
    """The pinned files of one package, fetched with `npm pack` (which checks integrity)."""
    npm = shutil.which("npm")
    if npm is None:
        raise NpmFailed("npm is not installed")
    result = subprocess.run(  # noqa: S603 - npm from PATH, arguments are our own pins
        [npm, "pack", "--silent", "--pack-destination", str(workdir), pin.spec],
        cwd=workdir,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise NpmFailed(f"npm pack {pin.spec} failed: {result.stderr.strip()}")
    tarball = workdir / result.stdout.strip().splitlines()[-1]
    wanted = {f"package/{inner}": inner for inner in pin.files}
    found: dict[str, bytes] = {}
    with tarfile.open(tarball, "r:gz") as archive:
        for member in archive.getmembers():
            if member.name in wanted and member.isfile():
                extracted = archive.extractfile(member)
                if extracted is not None:
                    found[wanted[member.name]] = extracted.read()
    missing = sorted(set(pin.files) - set(found))
    if missing:
        raise NpmFailed(f"{pin.spec} has no {', '.join(missing)}")
    return found


def check_local(sums: dict[str, str]) -> list[str]:
    """Problems with the files on disk against SHA256SUMS (no network)."""
    problems = []
    expected = {name for pin in PINS for name in pin.files.values()}
    for name in sorted(expected - set(sums)):
        problems.append(f"{name}: not listed in {SUMS.name}")
    for name, digest in sorted(sums.items()):
        path = VENDOR / name
        if not path.is_file():
            problems.append(f"{name}: listed in {SUMS.name} but missing")
        elif sha256(path.read_bytes()) != digest:
            problems.append(f"{name}: differs from its hash in {SUMS.name}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--local", action="store_true", help="check files on disk only")
    mode.add_argument("--write", action="store_true", help="store fetched files and hashes")
    args = parser.parse_args(argv)

    sums = read_sums() if SUMS.exists() else {}
    if args.local:
        problems = check_local(sums)
    else:
        problems = []
        fetched: dict[str, bytes] = {}
        with tempfile.TemporaryDirectory(prefix="vendor-js-") as tmp:
            for pin in PINS:
                try:
                    files = npm_pack(pin, Path(tmp))
                except NpmFailed as exc:
                    print(f"vendor_js: {exc}", file=sys.stderr)
                    return 2
                for inner, name in pin.files.items():
                    fetched[name] = files[inner]
        if args.write:
            for name, data in fetched.items():
                (VENDOR / name).write_bytes(data)
            write_sums({name: sha256(data) for name, data in fetched.items()})
            print(f"wrote {len(fetched)} files and {SUMS.relative_to(ROOT)}")
            return 0
        for name, data in sorted(fetched.items()):
            digest = sha256(data)
            if sums.get(name) != digest:
                problems.append(f"{name}: the published file does not match {SUMS.name}")
        problems.extend(check_local(sums))
    for problem in problems:
        print(f"vendor_js: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(f"all {sum(len(pin.files) for pin in PINS)} vendored files match {SUMS.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
