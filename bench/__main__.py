"""Measure glanceapp on loopback and write docs/benchmarks.md.

For each combination of link-table size (1 thousand, 1 million rows), worker
count (the default and 1) and concurrency (1 and 16 connections) it drives
`glanceapp serve` with wrk (or, without wrk, a small asyncio load generator)
on three routes:

- floor:  GET /atlassian-connect.json, a precomputed constant response on the same stack;
- glance: GET /glance?... with a request token (qsh bound to the URL) in `jwt`;
- status: GET /glance/status with a context token in `Authorization: JWT`;
- bare:   the same descriptor bytes from a bare Litestar route (`bench.bare`), under the
          same uvicorn options and worker count: the second floor, Litestar and the
          server alone, with none of glanceapp's middleware, injection or logging.

and records requests per second, p50 and p99 latency, and the server's RSS
(sum over the parent and worker processes) when idle and after load.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import re
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
from tests.support.jira import JiraSide

ROOT = Path(__file__).resolve().parents[1]
SECRET = "bench-master-secret-" + "x" * 32
SHARED = "bench-shared-secret-" + "y" * 40
CLIENT_KEY = "bench-tenant"
SITE = "https://bench.atlassian.net"
ACCOUNT = "bench-person-0"
NOTES_HEADING = "## Notes"  # hand-written section after the tables, kept across runs


@dataclass
class Result:
    rows: int
    workers: int
    route: str
    connections: int
    rps: float
    p50_ms: float
    p99_ms: float
    rss_idle_mb: float
    rss_loaded_mb: float
    errors: int


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def request_token(path: str, query: str, account: str) -> str:
    """A request token (qsh bound to the URL), signed as Jira signs: the tests' one signer."""
    return JiraSide(int(time.time())).tenant_token(
        SHARED,
        client_key=CLIENT_KEY,
        method="GET",
        path=f"{path}?{query}" if query else path,
        ttl=3600,
        account_id=account,
    )


def context_token(account: str) -> str:
    return JiraSide(int(time.time())).context_token(
        SHARED, client_key=CLIENT_KEY, account_id=account, ttl=3600
    )


def prepare_database(path: Path, rows: int) -> None:
    """Migrate, install one tenant and fill api_keys with `rows` active links."""
    from glanceapp.connect.install import InstallPayload
    from glanceapp.keyring import Keyring
    from glanceapp.storage.db import Database
    from glanceapp.storage.migrations import apply_migrations
    from glanceapp.storage.tenants import TenantStore

    apply_migrations(path)

    async def install() -> None:
        db = await Database.open(path)
        try:
            await TenantStore(db, Keyring(SECRET)).install(
                InstallPayload(client_key=CLIENT_KEY, base_url=SITE, shared_secret=SHARED),
                kid="bench",
                account_id=None,
            )
        finally:
            await db.close()

    asyncio.run(install())
    now = time.time()
    connection = sqlite3.connect(path)
    try:
        batch = 50_000
        for start in range(0, rows, batch):
            connection.executemany(
                """INSERT INTO api_keys (key_mac, client_key, account_id, service_account, state,
                       created_at, expires_at, linked_at, activated_at)
                   VALUES (?, ?, ?, 'bench', 'active', ?, ?, ?, ?)""",
                (
                    (
                        os.urandom(32),
                        CLIENT_KEY,
                        f"bench-person-{i}",
                        now,
                        now + 86400 * 30,
                        now,
                        now,
                    )
                    for i in range(start, min(rows, start + batch))
                ),
            )
            connection.commit()
    finally:
        connection.close()


def rss_mb(pid: int) -> float:
    """RSS of a process and its children, in MB."""
    total = 0
    pids = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        pids += [int(c) for c in children]
    except OSError:
        pass
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def parse_wrk(output: str) -> tuple[float, float, float, int]:
    def ms(text: str) -> float:
        value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()  # type: ignore[union-attr]
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    p50 = ms(re.search(r"\s50%\s+(\S+)", output).group(1))  # type: ignore[union-attr]
    p99 = ms(re.search(r"\s99%\s+(\S+)", output).group(1))  # type: ignore[union-attr]
    errors = 0
    if match := re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output):
        errors += int(match.group(1))
    return rps, p50, p99, errors


async def _asyncio_load(
    url: str, headers: dict[str, str], connections: int, seconds: float
) -> tuple[float, float, float, int]:
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(limits=limits, timeout=10) as client:

        async def worker() -> None:
            nonlocal errors
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                response = await client.get(url, headers=headers)
                latencies.append((time.perf_counter() - started) * 1000)
                if response.status_code != 200:
                    errors += 1

        await asyncio.gather(*(worker() for _ in range(connections)))
    latencies.sort()
    return (
        len(latencies) / seconds,
        statistics.median(latencies),
        latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
        errors,
    )


def load(
    url: str, headers: dict[str, str], connections: int, seconds: float
) -> tuple[float, float, float, int]:
    wrk = shutil.which("wrk")
    if wrk:
        command = [wrk, "-t1", f"-c{connections}", f"-d{max(1, round(seconds))}s", "--latency", url]
        for name, value in headers.items():
            command += ["-H", f"{name}: {value}"]
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        return parse_wrk(output)
    return asyncio.run(_asyncio_load(url, headers, connections, seconds))


def server_env(
    database: Path, port: int, workers: int, base_url: str | None = None
) -> dict[str, str]:
    env = dict(
        os.environ,
        GLANCEAPP_DATABASE=str(database),
        GLANCEAPP_SECRET_KEY=SECRET,
        GLANCEAPP_PORT=str(port),
        GLANCEAPP_BASE_URL=base_url or f"http://127.0.0.1:{port}",
        GLANCEAPP_LOG_FORMAT="text",
    )
    if workers:
        env["GLANCEAPP_WORKERS"] = str(workers)
    else:
        env.pop("GLANCEAPP_WORKERS", None)
    return env


def wait_until_healthy(process: subprocess.Popen[bytes], port: int) -> subprocess.Popen[bytes]:
    for _ in range(300):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        if process.poll() is not None:
            raise RuntimeError("the server exited during start-up")
        time.sleep(0.1)
    process.kill()
    raise RuntimeError("the server did not start")


def serve(
    database: Path, port: int, workers: int, *, source: Path | None = None
) -> subprocess.Popen[bytes]:
    """`glanceapp serve`; from the `src` folder `source` instead of the installed one if given."""
    env = server_env(database, port, workers)
    if source is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(source), env.get("PYTHONPATH", "")]).rstrip(
            os.pathsep
        )
    process = subprocess.Popen(
        [sys.executable, "-m", "glanceapp", "serve"],
        env=env,
        cwd=database.parent,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return wait_until_healthy(process, port)


def serve_bare(database: Path, port: int, workers: int, base_url: str) -> subprocess.Popen[bytes]:
    """`bench.bare` on `port`, sending the descriptor glanceapp sends for `base_url`."""
    env = server_env(database, port, workers, base_url)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.bare", str(port), str(workers or 1)],
        env=env,
        cwd=database.parent,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return wait_until_healthy(process, port)


def glance_routes(base: str) -> dict[str, tuple[str, dict[str, str]]]:
    """The measured routes of a glanceapp server at `base`, with fresh tokens."""
    glance_path, glance_query = "/glance", "issueKey=BENCH-1&projectKey=BENCH"
    return {
        "floor": (f"{base}/atlassian-connect.json", {}),
        "glance": (
            f"{base}{glance_path}?{glance_query}&jwt={request_token(glance_path, glance_query, ACCOUNT)}",
            {},
        ),
        "status": (
            f"{base}/glance/status",
            {"Authorization": f"JWT {context_token(ACCOUNT)}"},
        ),
    }


def measure_bare(
    database: Path,
    workers: int,
    base_url: str,
    connections: int,
    seconds: float,
    *,
    expect: bytes | None = None,
) -> tuple[float, float, float, int, float, float]:
    """(req/s, p50, p99, non-2xx, RSS idle, RSS loaded) of the bare route.

    With `expect`, first check that the bare route sends exactly those bytes.
    """
    port = free_port()
    process = serve_bare(database, port, workers, base_url)
    try:
        time.sleep(1.0)
        idle = rss_mb(process.pid)
        url = f"http://127.0.0.1:{port}/atlassian-connect.json"
        if expect is not None:
            assert httpx.get(url).content == expect, "the bare route sends other bytes"
        load(url, {}, connections, 1.0)  # warm-up
        rps, p50, p99, errors = load(url, {}, connections, seconds)
        return rps, p50, p99, errors, idle, rss_mb(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=30)


def run(rows_options: list[int], seconds: float) -> list[Result]:
    results: list[Result] = []
    from glanceapp.settings import default_workers

    worker_options = [default_workers(), 1] if default_workers() != 1 else [1]
    for rows in rows_options:
        with tempfile.TemporaryDirectory(prefix="glanceapp-bench-") as folder:
            database = Path(folder) / "bench.db"
            print(f"preparing {rows} link rows", flush=True)
            prepare_database(database, rows)
            for workers in worker_options:
                port = free_port()
                base = f"http://127.0.0.1:{port}"
                process = serve(database, port, workers)
                try:
                    time.sleep(1.0)  # let workers settle before the idle reading
                    idle = rss_mb(process.pid)
                    routes = glance_routes(base)
                    for route, (url, headers) in routes.items():
                        assert httpx.get(url, headers=headers).status_code == 200, route
                        for connections in (1, 16):
                            load(url, headers, connections, 1.0)  # warm-up
                            rps, p50, p99, errors = load(url, headers, connections, seconds)
                            result = Result(
                                rows,
                                workers,
                                route,
                                connections,
                                rps,
                                p50,
                                p99,
                                idle,
                                rss_mb(process.pid),
                                errors,
                            )
                            print(result, flush=True)
                            results.append(result)
                    floor_body = httpx.get(routes["floor"][0]).content
                finally:
                    process.terminate()
                    process.wait(timeout=30)
                for connections in (1, 16):
                    rps, p50, p99, errors, idle, loaded = measure_bare(
                        database, workers, base, connections, seconds, expect=floor_body
                    )
                    result = Result(
                        rows, workers, "bare", connections, rps, p50, p99, idle, loaded, errors
                    )
                    print(result, flush=True)
                    results.append(result)
    return results


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores ({cpu}), {memory:.0f} GiB, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def write_report(results: list[Result], path: Path, command: str, seconds: float) -> None:
    tool = (
        "wrk " + subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout.split("\n")[0]
        if shutil.which("wrk")
        else "the built-in asyncio load generator"
    )
    lines = [
        "# Benchmarks",
        "",
        f"Measured {time.strftime('%Y-%m-%d', time.gmtime())} on {machine()}.",
        f"Load: {tool}, {seconds:g} s per cell after a 1 s warm-up, on loopback; server: `glanceapp serve` (uvicorn).",
        "",
        f"Command: `{command}`",
        "",
        "Routes: **floor** = `GET /atlassian-connect.json` (a precomputed constant response on the same stack);",
        "**glance** = `GET /glance` with a request token (HS256 + qsh of the URL, tenant lookup, link lookup, full page render);",
        "**status** = `GET /glance/status` with a context token (HS256, tenant lookup, link lookup, partial render);",
        "**bare** = the floor's exact bytes from a bare Litestar route (`bench/bare.py`: no middleware, injection or logging) under the same uvicorn options and worker count.",
        "RSS is the sum over the server's parent and worker processes.",
        "",
        "| link rows | workers | route | conns | req/s | p50 ms | p99 ms | non-2xx | RSS idle MB | RSS loaded MB |",
        "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r.rows:,} | {r.workers} | {r.route} | {r.connections} | {r.rps:,.0f} | {r.p50_ms:.2f} | {r.p99_ms:.2f} | {r.errors} | {r.rss_idle_mb:.0f} | {r.rss_loaded_mb:.0f} |"
        )
    lines += [
        "",
        "## Ratios to the floors",
        "",
        "Two floors: the bare Litestar route (what the framework and server cost alone) and",
        "glanceapp's own descriptor route (the same bytes through glanceapp's whole stack).",
        "",
        "| link rows | workers | conns | floor / bare | status / bare | glance / bare | status / floor | glance / floor | glance / status |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    index = {(r.rows, r.workers, r.route, r.connections): r for r in results}
    for (rows, workers, route, conns), r in index.items():
        if route != "floor":
            continue
        status = index.get((rows, workers, "status", conns))
        glance = index.get((rows, workers, "glance", conns))
        bare = index.get((rows, workers, "bare", conns))
        if status and glance and bare:
            lines.append(
                f"| {rows:,} | {workers} | {conns} | {r.rps / bare.rps:.0%} "
                f"| {status.rps / bare.rps:.0%} | {glance.rps / bare.rps:.0%} "
                f"| {status.rps / r.rps:.0%} | {glance.rps / r.rps:.0%} | {glance.rps / status.rps:.0%} |"
            )
    rows_seen = sorted({r.rows for r in results})
    if len(rows_seen) == 2:
        lines += [
            "",
            "## Large table cost (p50 latency, many rows vs few)",
            "",
            "| workers | route | conns | extra latency |",
            "|---:|---|---:|---:|",
        ]
        small, large = rows_seen
        for (rows, workers, route, conns), r in index.items():
            if rows != small or route in ("floor", "bare"):
                continue
            big = index.get((large, workers, route, conns))
            if big:
                lines.append(
                    f"| {workers} | {route} | {conns} | {big.p50_ms / r.p50_ms - 1:+.0%} |"
                )
    notes = ""
    if path.exists():
        previous = path.read_text(encoding="utf-8")
        if NOTES_HEADING in previous:
            notes = previous[previous.index(NOTES_HEADING) :]
    path.write_text("\n".join(lines) + "\n" + ("\n" + notes if notes else ""), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", default="1000,1000000", help="comma-separated link-table sizes")
    parser.add_argument("--seconds", type=float, default=5.0, help="seconds per measurement")
    parser.add_argument("--output", default=str(ROOT / "docs" / "benchmarks.md"))
    args = parser.parse_args()
    rows = [int(r) for r in args.rows.split(",")]
    results = run(rows, args.seconds)
    command = "python -m bench " + " ".join(sys.argv[1:])
    write_report(results, Path(args.output), command.strip(), args.seconds)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
