"""App launchers: the product served for a test or the benchmark.

`AppServer` runs one `create_app(...)` under uvicorn in a thread with its own event
loop, on a socket bound before the app starts (the end-to-end suites); `Server` runs
the real `python -m glanceapp serve` in its own process group (the operations
suite), output captured to files. Neither sleeps for a fixed time:
start-up is bounded polling.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import httpx
import uvicorn
from litestar import Litestar

T = TypeVar("T")

START_ATTEMPTS = 1000
START_POLL_SECONDS = 0.01
STOP_TIMEOUT_SECONDS = 30.0
CALL_TIMEOUT_SECONDS = 60.0
SERVE_START_POLLS = 600
SERVE_POLL_SECONDS = 0.05
SERVE_STOP_TIMEOUT_SECONDS = 20.0
STARTUP_LINE = "Application startup complete."
SHUTDOWN_LINE = "Application shutdown complete."


class AppServer:
    """uvicorn serving one Litestar app in a thread with its own event loop."""

    def __init__(
        self,
        app: Litestar,
        sock: socket.socket,
        *,
        on_stop: Callable[[], Coroutine[Any, Any, None]] | None = None,
    ) -> None:
        config = uvicorn.Config(
            app,
            lifespan="on",
            log_config=None,
            access_log=False,
            ws="none",
            timeout_graceful_shutdown=5,
        )
        self.app = app
        self.server = uvicorn.Server(config)
        self.loop = asyncio.new_event_loop()
        self._sock = sock
        self._on_stop = on_stop
        self._exited = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="e2e-uvicorn", daemon=True)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        try:
            self.loop.run_until_complete(self.server.serve(sockets=[self._sock]))
            if self._on_stop is not None:
                self.loop.run_until_complete(self._on_stop())
            self.loop.run_until_complete(self.loop.shutdown_asyncgens())
            self.loop.run_until_complete(self.loop.shutdown_default_executor())
        except BaseException as exc:  # reported by start()/stop() in the test's thread
            self._error = exc
        finally:
            self.loop.close()
            self._exited.set()

    def start(self) -> None:
        self._thread.start()
        for _ in range(START_ATTEMPTS):
            if self.server.started:
                return
            if self._exited.wait(START_POLL_SECONDS):
                break
        self.stop()
        raise RuntimeError(f"the app server did not start: {self._error!r}")

    def stop(self) -> None:
        self.server.should_exit = True
        self._thread.join(STOP_TIMEOUT_SECONDS)
        assert not self._thread.is_alive(), "uvicorn did not stop"
        if self._error is not None:
            raise self._error

    def call(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run a coroutine on the server's loop (where the app's resources live)."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(CALL_TIMEOUT_SECONDS)


class ServerExited(RuntimeError):
    """Raised by `Server.start` when the process ends instead of serving."""

    def __init__(self, returncode: int, stderr: str) -> None:
        super().__init__(f"the server exited with {returncode}:\n{stderr}")
        self.returncode = returncode
        self.stderr = stderr


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except FileNotFoundError:
        return b""


@dataclass
class Server:
    """`python -m glanceapp serve` in its own process group, output captured to files."""

    directory: Path
    env: dict[str, str] = field(repr=False)
    port: int
    workers: int
    proc: subprocess.Popen[bytes] | None = None
    runs: int = 0
    health_request_ids: list[str] = field(default_factory=list)
    uncertain_polls: int = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def stderr_path(self) -> Path:
        return self.directory / f"server-{self.runs}.stderr"

    @property
    def stdout_path(self) -> Path:
        return self.directory / f"server-{self.runs}.stdout"

    def stderr(self) -> str:
        """What the current (or last) run wrote to stderr."""
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")

    def all_output(self) -> str:
        """stdout and stderr of every run so far."""
        parts = []
        for run in range(1, self.runs + 1):
            for stream in ("stdout", "stderr"):
                path = self.directory / f"server-{run}.{stream}"
                if path.exists():
                    parts.append(path.read_text(encoding="utf-8", errors="replace"))
        return "\n".join(parts)

    def start(self, **overrides: str | None) -> None:
        """Start with `overrides` (full variable names; None removes one) over the base env."""
        assert self.proc is None, "already running"
        env = dict(self.env)
        for name, value in overrides.items():
            if value is None:
                env.pop(name, None)
            else:
                env[name] = value
        self.runs += 1
        with open(self.stdout_path, "wb") as out, open(self.stderr_path, "wb") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "glanceapp", "serve"],
                env=env,
                cwd=self.directory,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                start_new_session=True,
            )
        try:
            self._wait_ready()
        except BaseException:
            self.stop()
            raise

    def _wait_ready(self) -> None:
        assert self.proc is not None
        with httpx.Client(timeout=5.0, trust_env=False) as client:
            for _ in range(SERVE_START_POLLS):
                if self.proc.poll() is not None:
                    raise ServerExited(self.proc.returncode, self.stderr())
                try:
                    answer = client.get(f"{self.base_url}/healthz")
                except httpx.ConnectError:
                    pass
                except httpx.TransportError:
                    self.uncertain_polls += 1
                else:
                    self.health_request_ids.append(answer.headers.get("x-request-id", ""))
                    if answer.status_code == 200 and self.stderr().count(STARTUP_LINE) >= (
                        self.workers
                    ):
                        return
                time.sleep(SERVE_POLL_SECONDS)
        raise RuntimeError(f"the server did not come up:\n{self.stderr()}")

    def stop(self) -> int | None:
        """SIGTERM the whole group, wait, then SIGKILL whatever is left. Safe to call twice.

        Returns the exit code of a server that stopped by itself, None if it had to be killed
        (or was not running).
        """
        proc, self.proc = self.proc, None
        if proc is None:
            return None
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        exit_code: int | None
        try:
            exit_code = proc.wait(timeout=SERVE_STOP_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            exit_code = None
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        return exit_code

    def stop_cleanly(self) -> None:
        """SIGTERM, and check every worker shut its application down and the process ended.

        uvicorn re-raises the signal it handled after a graceful shutdown, so the exit
        status is 0 or -SIGTERM; a server that had to be killed fails here.
        """
        exit_code = self.stop()
        assert exit_code in (0, -signal.SIGTERM), exit_code
        assert self.stderr().count(SHUTDOWN_LINE) == self.workers, self.stderr()[-2000:]

    def kill(self) -> None:
        """SIGKILL every process of the server at once: a crash, not a shutdown."""
        proc, self.proc = self.proc, None
        assert proc is not None, "not running"
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()

    def restart(self, **overrides: str | None) -> None:
        self.stop()
        self.start(**overrides)

    def worker_pids(self) -> list[int]:
        """The processes serving requests: the children of a multi-worker parent, else itself."""
        assert self.proc is not None
        children = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children")
        pids = [int(p) for p in children.read_text().split()] if children.exists() else []
        # multiprocessing also starts a resource tracker; workers are the spawned mains.
        workers = [p for p in pids if b"spawn_main" in _cmdline(p)]
        return workers or [self.proc.pid]
