"""Make sure Debian's Chromium is present for the browser tests, installing it when we can.

Installs with apt only when running as root on Debian; otherwise prints why the
browser tests will be skipped (or, with GLANCEAPP_REQUIRE_BROWSER=1, fail).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")


def main() -> int:
    if CHROMIUM.exists():
        return 0
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    apt = shutil.which("apt-get")
    if is_root and Path("/etc/debian_version").exists() and apt:
        print("installing Debian's chromium for the browser tests", flush=True)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run([apt, "update", "-qq"], check=False, env=env)  # noqa: S603 - fixed argv
        result = subprocess.run(  # noqa: S603 - fixed argv
            [apt, "install", "-y", "-qq", "chromium"], check=False, env=env
        )
        if result.returncode == 0 and CHROMIUM.exists():
            return 0
    print(f"note: {CHROMIUM} is not available; browser tests will be skipped", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
