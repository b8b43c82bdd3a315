"""The built wheel works where an operator installs it, not only in the checkout.

Templates, static files and the descriptor template are packed into the wheel
and found through the package, never through the working directory. The wheel,
installed into a fresh virtual environment exactly as the README's install line
says (with its extras, if it ever names any), runs `glanceapp sandbox` and
`glanceapp serve` from another directory.
"""

from __future__ import annotations

import importlib.util
import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

REPO = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def run(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        args, capture_output=True, text=True, timeout=300, check=False, **kwargs
    )
    assert result.returncode == 0, f"{args} failed:\n{result.stdout}\n{result.stderr}"
    return result


def build_wheel(out: Path) -> Path:
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out)]
    if importlib.util.find_spec("hatchling") is not None:
        command.append("--no-build-isolation")
    run([*command, str(REPO)])
    [wheel] = out.glob("glanceapp-*.whl")
    return wheel


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def clean_environment(site: Path, port: int) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("GLANCEAPP_", "PYTHON", "COV_", "PYTEST_"))
    }
    env.update(
        {
            "PYTHONPATH": str(site),
            "PYTHONDONTWRITEBYTECODE": "1",
            "GLANCEAPP_PORT": str(port),
            "GLANCEAPP_HOST": "127.0.0.1",
            "GLANCEAPP_WORKERS": "1",
            "GLANCEAPP_BASE_URL": f"http://127.0.0.1:{port}",
        }
    )
    return env


def test_installed_wheel_serves_from_an_empty_directory(tmp_path: Path) -> None:
    wheel = build_wheel(tmp_path / "dist")
    site = tmp_path / "site"
    run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--quiet",
            "--target",
            str(site),
            str(wheel),
        ]
    )

    resources = site / "glanceapp" / "_resources"
    assert (resources / "atlassian-connect.json").is_file()
    assert (resources / "templates").is_dir()
    [htmx] = sorted((resources / "static" / "vendor").glob("htmx-*.min.js"))

    empty = tmp_path / "empty"
    empty.mkdir()
    port = free_port()
    env = clean_environment(site, port)

    where = run(
        [sys.executable, "-c", "import glanceapp; print(glanceapp.__file__)"], cwd=empty, env=env
    )
    assert Path(where.stdout.strip()).is_relative_to(site), where.stdout

    log_path = tmp_path / "serve.log"
    with log_path.open("w") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "glanceapp", "serve"],
            cwd=empty,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        base = f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=base, timeout=5) as http:
            for _ in range(100):
                if server.poll() is not None:
                    pytest.fail(f"glanceapp serve exited early:\n{log_path.read_text()}")
                try:
                    if http.get("/healthz").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                time.sleep(0.1)  # waiting for a server process to come up
            else:
                pytest.fail(f"glanceapp serve never answered /healthz:\n{log_path.read_text()}")

            descriptor = http.get("/atlassian-connect.json")
            assert descriptor.status_code == 200
            assert descriptor.json()["baseUrl"] == base

            script = http.get(f"/static/vendor/{htmx.name}")
            assert script.status_code == 200
            assert script.content == htmx.read_bytes()
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=15)
    assert server.returncode in (0, -15), log_path.read_text()
    assert "Traceback" not in log_path.read_text()


# --------------------------------------------------------------------------- a fresh venv

README_INSTALL = re.compile(
    r"^\S*pip install (?P<target>\S*glanceapp\S*\.whl)(?P<extras>\[[^\]]*\])?\s*$"
)
START_DEADLINE = 90.0


def readme_install_extras() -> str:
    """The extras the README's install line names ('' when none); fails if there is no line."""
    lines = [
        match
        for line in (REPO / "README.md").read_text(encoding="utf-8").splitlines()
        if (match := README_INSTALL.match(line.split("#")[0].strip()))
    ]
    assert lines, "README.md has no `pip install …glanceapp….whl` line"
    extras = {match.group("extras") or "" for match in lines}
    assert len(extras) == 1, f"README.md install lines disagree on extras: {extras}"
    return extras.pop()


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv (no system site packages) holding the wheel and its declared dependencies."""
    root = tmp_path_factory.mktemp("install")
    wheel = build_wheel(root / "dist")
    venv = root / "venv"
    run([sys.executable, "-m", "venv", str(venv)])
    run(
        [
            str(venv / "bin" / "python"),
            "-m",
            "pip",
            "install",
            "--quiet",
            f"{wheel}{readme_install_extras()}",
        ],
        env=outside_environment(),
    )
    return venv


def outside_environment(**settings: str) -> dict[str, str]:
    """This environment without anything of the checkout's: no GLANCEAPP_, PYTHON* or venv."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("GLANCEAPP_", "PYTHON", "COV_", "PYTEST_", "VIRTUAL_ENV"))
    }
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.update(settings)
    return env


class Console:
    """A child process's merged output, read on a thread so waiting for a line needs no sleep."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, args=(process.stdout,), daemon=True)
        self._reader.start()

    def _read(self, stream: object) -> None:
        for line in stream:  # type: ignore[attr-defined]
            self._queue.put(line)
        self._queue.put(None)

    def wait_for(self, marker: str, deadline: float) -> str:
        """The first line containing `marker`; fails at end of output or at the deadline."""
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                pytest.fail(f"no {marker!r} in time:\n{self.text()}")
            try:
                line = self._queue.get(timeout=remaining)
            except queue.Empty:
                continue
            if line is None:
                pytest.fail(f"the process ended before {marker!r}:\n{self.text()}")
            self.lines.append(line)
            if marker in line:
                return line

    def drain(self) -> None:
        self._reader.join(timeout=30)
        while not self._queue.empty():
            line = self._queue.get_nowait()
            if line is not None:
                self.lines.append(line)

    def text(self) -> str:
        return "".join(self.lines)


Start = Callable[[list[str], dict[str, str]], tuple[subprocess.Popen[str], "Console"]]


@pytest.fixture
def start(tmp_path: Path) -> Iterator[Start]:
    """Start a command from the venv in an empty directory; stopped with SIGTERM at the end."""
    started: list[tuple[subprocess.Popen[str], Console]] = []

    def start_(command: list[str], env: dict[str, str]) -> tuple[subprocess.Popen[str], Console]:
        elsewhere = tmp_path / f"elsewhere-{len(started)}"
        elsewhere.mkdir()
        process = subprocess.Popen(
            command,
            cwd=elsewhere,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        console = Console(process)
        started.append((process, console))
        return process, console

    yield start_
    for process, console in started:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=30)
        if process.stdout is not None and not process.stdout.closed:
            console.drain()
            process.stdout.close()


def stop(process: subprocess.Popen[str], console: Console) -> int:
    process.send_signal(signal.SIGTERM)
    code = process.wait(timeout=60)
    console.drain()
    assert process.stdout is not None
    process.stdout.close()
    return code


def test_installed_wheel_runs_the_sandbox_from_another_directory(
    installed: Path, start: Start
) -> None:
    app_port, jira_port = free_port(), free_port()
    env = outside_environment(GLANCEAPP_PORT=str(app_port))
    process, console = start(
        [str(installed / "bin" / "glanceapp"), "sandbox", "--jira-port", str(jira_port)], env
    )
    deadline = time.monotonic() + START_DEADLINE
    issue_line = console.wait_for("Open the issue:", deadline)
    console.wait_for("Press Ctrl-C to stop.", deadline)
    issue_url = issue_line.split("Open the issue:", 1)[1].strip()
    assert issue_url.startswith(f"http://localhost:{jira_port}/")

    with httpx.Client(timeout=10) as http:
        app = f"http://127.0.0.1:{app_port}"
        assert http.get(f"{app}/healthz").json() == {"status": "ok"}
        descriptor = http.get(f"{app}/atlassian-connect.json")
        assert descriptor.status_code == 200
        assert descriptor.json()["baseUrl"] == app
        page = http.get(issue_url)
        assert page.status_code == 200
        assert 'id="glance-panel"' in page.text
        assert "connect-host.js" in page.text

    assert stop(process, console) == 0, console.text()
    assert "glanceapp sandbox stopped" in console.text()
    assert "Traceback" not in console.text()
    assert "ModuleNotFoundError" not in console.text()


def test_installed_wheel_serves_from_another_directory(installed: Path, start: Start) -> None:
    port = free_port()
    env = outside_environment(
        GLANCEAPP_PORT=str(port),
        GLANCEAPP_WORKERS="1",
        GLANCEAPP_BASE_URL=f"http://127.0.0.1:{port}",
        GLANCEAPP_SECRET_KEY="installed-wheel-test-master-secret-0123456789",
    )
    process, console = start([str(installed / "bin" / "glanceapp"), "serve"], env)
    console.wait_for("Application startup complete", time.monotonic() + START_DEADLINE)

    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as http:
        assert http.get("/healthz").json() == {"status": "ok"}
        descriptor = http.get("/atlassian-connect.json")
        assert descriptor.status_code == 200
        assert descriptor.json()["baseUrl"] == f"http://127.0.0.1:{port}"
        # A proxy on loopback forwards the real client; the access log names it.
        http.get("/healthz?forwarded", headers={"X-Forwarded-For": "203.0.113.7"})

    assert stop(process, console) in (0, -signal.SIGTERM), console.text()
    assert "Traceback" not in console.text()
    access = [line for line in console.lines if "glanceapp.access" in line]
    assert any("GET /healthz 200" in line and "client=127.0.0.1" in line for line in access)
    assert any("client=203.0.113.7" in line for line in access), access
