"""Before and after, side by side: two glanceapp source trees, interleaved, medians per route.

    python -m bench.compare --base /tmp/perf-base/src [--rounds 5] [--seconds 5]

This machine's noise is larger than most changes worth measuring, so figures from
another day are no baseline. Each round serves, one after the other, the bare
Litestar route, the `--base` tree and this tree (the two trees' order alternating
between rounds), each with one worker, and loads each route at 16 connections;
the report is the median over rounds of each route's req/s, and the ratios of
those medians. Both trees run on the same database (1,000 link rows).

Beside req/s it reports the server's CPU time per request (user + system, the
server process and its workers, over the measured seconds): on a machine shared
with other work, throughput moves with everyone else's load, CPU per request far less.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

from bench.__main__ import (
    ROOT,
    free_port,
    glance_routes,
    load,
    prepare_database,
    serve,
    serve_bare,
)

ROUTES = ("floor", "glance", "status")
CONNECTIONS = 16


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and its children so far."""
    total = 0
    pids = [pid]
    with contextlib.suppress(OSError):
        pids += [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    for p in pids:
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def measured(
    pid: int, url: str, headers: dict[str, str], seconds: float
) -> tuple[float, float, int]:
    """(req/s, server CPU µs per request, non-2xx) of one load after a 1 s warm-up."""
    load(url, headers, CONNECTIONS, 1.0)
    before = cpu_seconds(pid)
    rps, _, _, errors = load(url, headers, CONNECTIONS, seconds)
    spent = cpu_seconds(pid) - before
    return rps, spent / max(1.0, rps * seconds) * 1e6, errors


def measure_tree(
    database: Path, source: Path, seconds: float
) -> dict[str, tuple[float, float, int]]:
    """(req/s, CPU µs per request, non-2xx) per route of the glanceapp in `source`, one worker."""
    port = free_port()
    process = serve(database, port, 1, source=source)
    try:
        time.sleep(1.0)
        figures = {}
        for route, (url, headers) in glance_routes(f"http://127.0.0.1:{port}").items():
            assert httpx.get(url, headers=headers).status_code == 200, route
            figures[route] = measured(process.pid, url, headers, seconds)
        return figures
    finally:
        process.terminate()
        process.wait(timeout=30)


def compare(base: Path, rounds: int, seconds: float) -> str:
    trees = {"before": base.resolve(), "after": ROOT / "src"}
    runs: dict[str, dict[str, list[float]]] = {
        side: {route: [] for route in ROUTES} for side in trees
    }
    cpu: dict[str, dict[str, list[float]]] = {
        side: {route: [] for route in ROUTES} for side in trees
    }
    bare: list[float] = []
    bare_cpu: list[float] = []
    errors = 0
    with tempfile.TemporaryDirectory(prefix="glanceapp-bench-compare-") as folder:
        databases = {}
        for side in trees:
            databases[side] = Path(folder) / side / "bench.db"
            databases[side].parent.mkdir()
        prepare_database(databases["before"], 1000)
        shutil.copy(databases["before"], databases["after"])
        for number in range(rounds):
            port = free_port()
            process = serve_bare(databases["after"], port, 1, "http://127.0.0.1:8000")
            try:
                url = f"http://127.0.0.1:{port}/atlassian-connect.json"
                rps, spent, failed = measured(process.pid, url, {}, seconds)
            finally:
                process.terminate()
                process.wait(timeout=30)
            bare.append(rps)
            bare_cpu.append(spent)
            errors += failed
            print(f"round {number + 1}: bare {rps:,.0f} ({spent:.0f} µs)", flush=True)
            order = list(trees) if number % 2 == 0 else list(reversed(trees))
            for side in order:
                figures = measure_tree(databases[side], trees[side], seconds)
                for route, (route_rps, route_cpu, failed) in figures.items():
                    runs[side][route].append(route_rps)
                    cpu[side][route].append(route_cpu)
                    errors += failed
                print(
                    f"round {number + 1}: {side} "
                    + ", ".join(f"{r} {figures[r][0]:,.0f}" for r in ROUTES),
                    flush=True,
                )
    return report(runs, bare, errors, rounds, seconds) + "\n\n" + cpu_report(cpu, bare_cpu)


def report(
    runs: dict[str, dict[str, list[float]]],
    bare: list[float],
    errors: int,
    rounds: int,
    seconds: float,
) -> str:
    median = _medians(runs)
    bare_median = statistics.median(bare)
    lines = [
        f"{rounds} interleaved rounds, one worker, {CONNECTIONS} connections, {seconds:g} s per "
        f"cell after a 1 s warm-up; non-2xx answers: {errors}.",
        "",
        "| route | before req/s (median) | after req/s (median) | change | before runs | after runs |",
        "|---|---:|---:|---:|---|---|",
        f"| bare | {bare_median:,.0f} | {bare_median:,.0f} | | {_runs(bare)} | |",
    ]
    for route in ROUTES:
        before, after = median["before"][route], median["after"][route]
        lines.append(
            f"| {route} | {before:,.0f} | {after:,.0f} | {after / before - 1:+.0%} "
            f"| {_runs(runs['before'][route])} | {_runs(runs['after'][route])} |"
        )
    lines += [
        "",
        "| ratio of medians | before | after |",
        "|---|---:|---:|",
    ]
    lines += _ratio_rows(
        median,
        bare_median,
        (
            ("floor (descriptor) / bare", "floor", None),
            ("status / bare", "status", None),
            ("glance / bare", "glance", None),
            ("status / floor", "status", "floor"),
            ("glance / floor", "glance", "floor"),
            ("glance / status", "glance", "status"),
        ),
    )
    return "\n".join(lines)


def cpu_report(cpu: dict[str, dict[str, list[float]]], bare: list[float]) -> str:
    """Server CPU µs per request, medians over rounds, and what they imply as ratios."""
    median = _medians(cpu)
    bare_median = statistics.median(bare)
    lines = [
        "| server CPU µs per request (median) | before | after | change |",
        "|---|---:|---:|---:|",
        f"| bare | {bare_median:.0f} | {bare_median:.0f} | |",
    ]
    for route in ROUTES:
        before, after = median["before"][route], median["after"][route]
        lines.append(f"| {route} | {before:.0f} | {after:.0f} | {after / before - 1:+.0%} |")
    lines += [
        "",
        "| one core's rate, ratio (inverse CPU per request) | before | after |",
        "|---|---:|---:|",
    ]
    # CPU per request is a cost: the rate ratio is its inverse.
    lines += _ratio_rows(
        median,
        bare_median,
        (("floor (descriptor) / bare", "floor", None), ("glance / status", "glance", "status")),
        inverse=True,
    )
    return "\n".join(lines)


def _medians(runs: dict[str, dict[str, list[float]]]) -> dict[str, dict[str, float]]:
    """The median of each side's runs per route."""
    return {
        side: {route: statistics.median(values) for route, values in routes.items()}
        for side, routes in runs.items()
    }


def _ratio_rows(
    median: dict[str, dict[str, float]],
    bare_median: float,
    pairs: tuple[tuple[str, str, str | None], ...],
    *,
    inverse: bool = False,
) -> list[str]:
    """One table row per (name, route, route it is divided by; None for the bare route)."""
    rows = []
    for name, top, bottom in pairs:
        cells = []
        for side in ("before", "after"):
            below = bare_median if bottom is None else median[side][bottom]
            ratio = below / median[side][top] if inverse else median[side][top] / below
            cells.append(f"{ratio:.0%}")
        rows.append(f"| {name} | {cells[0]} | {cells[1]} |")
    return rows


def _runs(values: list[float]) -> str:
    return ", ".join(f"{v:,.0f}" for v in values)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--base", required=True, help="the `src` folder of the tree to compare with"
    )
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    print(compare(Path(args.base), args.rounds, args.seconds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
