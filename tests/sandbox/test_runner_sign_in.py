"""`glanceapp sandbox --sign-in oidc|http`: the sandbox with the team's own sign-in."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from glanceapp.cli import main as cli_main
from glanceapp.sandbox import oidc_provider
from glanceapp.sandbox.runner import DEMO_ACCOUNT, Sandbox, sign_in_backend
from support.keys import rsa_key


def client() -> httpx.Client:
    return httpx.Client(trust_env=False, timeout=10.0)


def test_oidc_without_an_issuer_or_a_provider_is_one_line_and_exit_code_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # What a wheel install looks like: no tools/oidc-provider beside the package.
    monkeypatch.setattr(oidc_provider, "PROVIDER_SCRIPT", tmp_path / "absent" / "provider.mjs")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GLANCEAPP_PORT", "0")
    assert cli_main(["sandbox", "--sign-in", "oidc"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "--sign-in oidc needs --oidc-issuer URL" in err
    assert "make provider" in err
    assert "Traceback" not in err


def test_an_issuer_without_oidc_is_one_line_and_exit_code_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli_main(["sandbox", "--oidc-issuer", "https://id.example.com"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_an_issuer_without_a_client_id_is_one_line_and_exit_code_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GLANCEAPP_PORT", "0")
    monkeypatch.delenv("GLANCEAPP_OIDC_CLIENT_ID", raising=False)
    code = cli_main(["sandbox", "--sign-in", "oidc", "--oidc-issuer", "https://id.example.com"])
    assert code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "GLANCEAPP_OIDC_CLIENT_ID" in err


def test_http_sign_in_links_with_the_endpoints_demo_person() -> None:
    key = rsa_key("install")
    with contextlib.ExitStack() as stack:
        overrides, lines = sign_in_backend("http", None, stack)
        password = lines[-1].split()[-1]
        sandbox = stack.enter_context(
            Sandbox(install_key=key, sweep_interval=None, dev=False, environ=overrides)
        )
        sandbox.start_in_thread()
        token = sandbox.fake.context_token(sandbox.viewer_account_id)
        with client() as http:
            answer = http.post(
                f"{sandbox.app_url}/link",
                headers={"Authorization": f"JWT {token}", "HX-Request": "true"},
                data={"username": DEMO_ACCOUNT, "password": password},
            )
        assert answer.status_code == 200
        assert 'data-link-state="linked"' in answer.text
        assert sandbox.settings.sign_in == "http"


@pytest.mark.slow
def test_the_command_with_oidc_runs_a_certified_provider_and_stops_it(tmp_path: Path) -> None:
    missing = oidc_provider.provider_missing()
    if missing is not None:
        pytest.fail(f"the OpenID Connect provider is missing: {missing}")
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("GLANCEAPP_")},
        "GLANCEAPP_PORT": "0",
        "PYTHONUNBUFFERED": "1",
    }
    with subprocess.Popen(
        [sys.executable, "-m", "glanceapp", "sandbox", "--sign-in", "oidc"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as process:
        assert process.stdout is not None
        banner: dict[str, str] = {}
        try:
            for line in process.stdout:
                name, sep, value = line.strip().partition(":")
                if sep and value.strip():
                    banner[name.strip()] = value.strip()
                if line.startswith("Press Ctrl-C"):
                    break
            issuer = banner["Sign-in"].rsplit(" ", 1)[-1]
            assert issuer.startswith("http://127.0.0.1:")
            assert banner["Username"].startswith("ann")
            with client() as http:
                discovery = http.get(f"{issuer}/.well-known/openid-configuration")
                assert discovery.status_code == 200
                assert discovery.json()["issuer"] == issuer
                app = banner["App"].split()[0]
                assert http.get(f"{app}/link/callback").status_code == 400
        finally:
            process.send_signal(signal.SIGINT)
            rest, _ = process.communicate(timeout=30)
    assert process.returncode == 0
    assert "stopped" in rest
    with client() as http, pytest.raises(httpx.ConnectError):
        http.get(f"{issuer}/.well-known/openid-configuration")
