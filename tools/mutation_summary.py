"""Per-module counts of a mutmut run, read from mutants/ (what docs/testing.md records).

    python tools/mutation_summary.py [MODULE_PREFIX ...]

A mutant is killed when a test failed (or timed out) under it; it survived when
the selected tests passed, or when no test of the suite ran its code at all.
Mutants never checked (outside the run's selection) are left out.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

MUTANTS = Path("mutants")
KILLED = {1, 3, 36, 24, -24, 152, 255}
SURVIVED = {0, 5, 33}


def verdict(exit_code: int | None) -> str:
    if exit_code is None:
        return "not checked"
    if exit_code in KILLED:
        return "killed"
    if exit_code in SURVIVED:
        return "survived"
    return "other"


def module_of(meta: Path) -> str:
    relative = meta.relative_to(MUTANTS / "src").with_suffix("").with_suffix("")
    return ".".join(relative.parts)


def main(prefixes: list[str]) -> int:
    if not MUTANTS.is_dir():
        print("no mutants/ here: run `make mutation-<target>` first", file=sys.stderr)
        return 2
    total: Counter[str] = Counter()
    for meta in sorted(MUTANTS.glob("src/**/*.py.meta")):
        module = module_of(meta)
        if prefixes and not module.startswith(tuple(prefixes)):
            continue
        codes = json.loads(meta.read_text(encoding="utf-8")).get("exit_code_by_key", {})
        counts = Counter(verdict(code) for code in codes.values())
        counts.pop("not checked", None)
        if not counts:
            continue
        total.update(counts)
        print(f"{module:40} {dict(sorted(counts.items()))}")
    checked = total["killed"] + total["survived"] + total["other"]
    rate = 100 * total["killed"] / checked if checked else 0.0
    print(f"{'total':40} {dict(sorted(total.items()))}  killed {rate:.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
