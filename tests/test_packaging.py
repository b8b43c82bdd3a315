"""A non-editable install serves the descriptor and static files from an empty directory.

Templates, static files and the descriptor template are packed into the wheel
and found through the package, never through the working directory.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import time
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
