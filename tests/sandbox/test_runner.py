"""`glanceapp sandbox`: the app and the fake Jira wired together on loopback.

The command itself runs in a subprocess (printed URL, Ctrl-C, data removed);
`Sandbox` runs in-process on a background thread for the rest.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import jwt
import pytest
import uvicorn
from atlassian_jwt.url_utils import hash_url
from cryptography.hazmat.primitives.asymmetric import rsa
from litestar import Litestar

from glanceapp.cli import main as cli_main
from glanceapp.sandbox.issue_site import IFRAME_SANDBOX
from glanceapp.sandbox.runner import (
    DEMO_ACCOUNT,
    AppServer,
    Sandbox,
    SandboxError,
    app_port_of,
    bind_loopback,
    sandbox_environment,
)
from glanceapp.settings import SettingsError
from support.keys import rsa_key

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def site_key() -> rsa.RSAPrivateKey:
    return rsa_key("install")


@pytest.fixture
def sandbox(site_key: rsa.RSAPrivateKey) -> Iterator[Sandbox]:
    with Sandbox(install_key=site_key, sweep_interval=None, dev=False) as running:
        running.start_in_thread()
        yield running
        assert running.fake.server_errors == []


def client() -> httpx.Client:
    return httpx.Client(trust_env=False, timeout=10.0)


# --------------------------------------------------------------------------- the command


@pytest.mark.slow
@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_the_command_prints_the_url_serves_the_issue_and_stops_cleanly(
    tmp_path: Path, stop: signal.Signals
) -> None:
    production_db = tmp_path / "production.db"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("GLANCEAPP_")},
        "GLANCEAPP_PORT": "0",
        "GLANCEAPP_DATABASE": str(production_db),
        "GLANCEAPP_SECRET_KEY": "a-production-secret-that-the-sandbox-must-ignore",
        "PYTHONUNBUFFERED": "1",
    }
    with subprocess.Popen(
        [sys.executable, "-m", "glanceapp", "sandbox"],
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
                    banner[name.strip()] = value.strip().split("  ")[0]
                if line.startswith("Press Ctrl-C"):
                    break
            issue_url = banner["Open the issue"]
            assert issue_url.startswith("http://localhost:")
            forge_issue_url = banner["... on Forge"]
            assert forge_issue_url == issue_url.replace("/browse/", "/forge/browse/")
            assert banner["Fake Forge"].startswith("http://127.0.0.1:")
            assert banner["App"].startswith("http://127.0.0.1:")
            assert banner["Username"] == DEMO_ACCOUNT
            password = banner["Password"]
            assert len(password) >= 12
            data_dir = Path(banner["Data"])
            assert data_dir.is_dir()
            with client() as http:
                page = http.get(issue_url)
                assert page.status_code == 200
                assert 'id="glance-panel"' in page.text
                forge_page = http.get(forge_issue_url)
                assert forge_page.status_code == 200
                assert 'id="forge-panel"' in forge_page.text
        finally:
            process.send_signal(stop)
            rest, _ = process.communicate(timeout=30)
    assert process.returncode == 0
    assert "stopped" in rest
    assert not data_dir.exists()
    assert not production_db.exists()
    assert not Path(f"{production_db}.key").exists()


def test_a_bad_port_is_one_line_and_exit_code_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GLANCEAPP_PORT", "eighty")
    assert cli_main(["sandbox"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "GLANCEAPP_PORT" in err


def test_a_busy_port_is_one_line_and_exit_code_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        monkeypatch.setenv("GLANCEAPP_PORT", str(taken.getsockname()[1]))
        assert cli_main(["sandbox"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "cannot listen on 127.0.0.1" in err
    assert "GLANCEAPP_PORT" in err
    assert "Traceback" not in err


def test_a_busy_jira_port_on_the_command_line_suggests_jira_port(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GLANCEAPP_PORT", "0")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        assert cli_main(["sandbox", "--jira-port", str(taken.getsockname()[1])]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "for the fake Jira" in err
    assert "--jira-port" in err
    assert 'make run ARGS="--jira-port PORT"' in err


def test_a_busy_jira_port_is_refused_and_nothing_is_left_behind(
    site_key: rsa.RSAPrivateKey,
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        with pytest.raises(SandboxError, match="for the fake Jira"):
            Sandbox(jira_port=taken.getsockname()[1], install_key=site_key)


# --------------------------------------------------------------------------- settings


def test_only_harmless_settings_reach_the_sandbox(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("GLANCEAPP_API_KEY_TTL=2d\nGLANCEAPP_DATABASE=/srv/prod.db\n")
    chosen = sandbox_environment(
        {
            "GLANCEAPP_DATABASE": "/srv/glanceapp.db",
            "GLANCEAPP_SECRET_KEY": "x" * 40,
            "GLANCEAPP_OLD_SECRET_KEYS": "y" * 40,
            "GLANCEAPP_BASE_URL": "https://glance.example.com",
            "GLANCEAPP_INSTALL_KEYS_URL": "https://keys.example.com",
            "GLANCEAPP_PORT": "9000",
            "GLANCEAPP_EXPIRY_WARNING": "1d",
            "HOME": "/root",
        },
        env_file=env_file,
    )
    assert chosen == {
        "GLANCEAPP_API_KEY_TTL": "2d",
        "GLANCEAPP_PORT": "9000",
        "GLANCEAPP_EXPIRY_WARNING": "1d",
    }


@pytest.mark.parametrize(
    ("value", "port"), [(None, 8000), ("0", 0), ("8123", 8123), (" 9000 ", 9000)]
)
def test_the_app_port(value: str | None, port: int) -> None:
    env = {} if value is None else {"GLANCEAPP_PORT": value}
    assert app_port_of(env) == port


@pytest.mark.parametrize("value", ["x", "-1", "65536", ""])
def test_a_bad_app_port_names_the_variable(value: str) -> None:
    with pytest.raises(SettingsError, match="GLANCEAPP_PORT"):
        app_port_of({"GLANCEAPP_PORT": value})


def test_settings_point_at_the_fake_and_a_private_database(
    site_key: rsa.RSAPrivateKey,
) -> None:
    with Sandbox(
        install_key=site_key,
        environ={"GLANCEAPP_API_KEY_TTL": "2d", "GLANCEAPP_EXPIRY_WARNING": "1d"},
    ) as box:
        settings = box.settings
        assert settings.base_url == box.app_url
        assert settings.database.parent == box.workdir
        assert settings.install_keys_url == box.fake.install_keys_url
        assert settings.oauth_url == box.fake.oauth_url
        assert settings.allowed_hosts == ("localhost",)
        assert settings.all_js_url == f"{box.fake.base_url}/atlassian-connect/all.js"
        assert settings.jira_auth == "user"
        assert settings.api_key_ttl == 2 * 86400
        assert len(settings.secret_key) >= 32
        assert settings.old_secret_keys == ()
        assert box.fake.base_url.startswith("http://localhost:")
        workdir = box.workdir
    assert not workdir.exists()


def test_the_apps_forge_settings_trust_only_the_fake_forge(site_key: rsa.RSAPrivateKey) -> None:
    with Sandbox(install_key=site_key) as box:
        settings = box.settings
        assert settings.forge_app_id == box.forge.app_id
        assert settings.forge_environments == frozenset({box.forge.environment_id})
        assert settings.forge_jwks_url == box.forge.jwks_url
        assert settings.forge_api_hosts == ("127.0.0.1",)
        assert settings.forge_origins == ("localhost",)  # the issue page's requestRemote
        assert box.forge.api_base_url.startswith("http://127.0.0.1:")
        assert box.forge.site_url == box.fake.base_url  # one site, reached through both hosts


def test_two_sandboxes_have_different_secrets(site_key: rsa.RSAPrivateKey) -> None:
    with Sandbox(install_key=site_key) as one, Sandbox(install_key=site_key) as two:
        assert one.settings.secret_key != two.settings.secret_key
        assert one.workdir != two.workdir


# --------------------------------------------------------------------------- provisioning


def test_the_app_is_installed_with_a_genuine_signed_install(sandbox: Sandbox) -> None:
    recorded = [(r.method, r.path, r.status) for r in sandbox.fake.requests]
    assert ("GET", f"/install-keys/{sandbox.fake.kid}", 200) in recorded

    async def tenant_state() -> str | None:
        tenant = await sandbox.app.state.services.tenants.get(sandbox.fake.client_key)
        return None if tenant is None else str(tenant.state)

    assert sandbox.call(tenant_state) == "enabled"


def test_the_app_is_installed_through_forge_too(sandbox: Sandbox) -> None:
    async def installation_state() -> str | None:
        forge = sandbox.app.state.services.forge
        assert forge is not None
        installation = await forge.store.get(sandbox.forge.installation_id)
        return None if installation is None else str(installation.state)

    assert sandbox.call(installation_state) == "installed"


def test_the_viewer_is_set_on_both_issue_pages(sandbox: Sandbox) -> None:
    assert sandbox.viewer == sandbox.viewer_account_id
    sandbox.set_viewer(None)
    assert sandbox.site.viewer_account_id is None
    assert sandbox.forge_site.viewer_account_id is None
    assert sandbox.viewer is None


def test_the_demo_account_logs_in_with_the_printed_password(sandbox: Sandbox) -> None:
    demo = sandbox.demo
    assert demo is not None
    assert demo.name == DEMO_ACCOUNT
    accounts = sandbox.app.state.services.accounts

    async def check(password: str) -> object:
        return await accounts.check(demo.name, password)

    assert sandbox.call(lambda: check(demo.password)) == demo.name
    assert sandbox.call(lambda: check(demo.password + "x")) is None


def test_the_glance_url_is_signed_for_the_app_and_fresh_enough_for_connect_host(
    sandbox: Sandbox,
) -> None:
    with client() as http:
        answer = http.post(f"{sandbox.fake.base_url}/_sandbox/glance-url")
        assert answer.status_code == 200
        url = httpx.URL(answer.json()["url"])
        assert str(url).startswith(f"{sandbox.app_url}/glance?issueKey=TEST-1&projectKey=TEST&")
        token = url.params["jwt"]
        claims = jwt.decode(token, sandbox.fake.shared_secret, algorithms=["HS256"])
        assert claims["exp"] - time.time() >= 120
        assert claims["sub"] == sandbox.viewer_account_id
        relative = str(url).removeprefix(sandbox.app_url).replace(f"&jwt={token}", "")
        assert claims["qsh"] == hash_url("GET", relative)
        glance = http.get(str(url))
        assert glance.status_code == 200
        assert 'data-link-state="unlinked"' in glance.text


def test_context_tokens_are_minted_for_the_viewer_with_the_configured_lifetime(
    sandbox: Sandbox,
) -> None:
    sandbox.site.context_token_ttl = 7
    with client() as http:
        answer = http.post(
            f"{sandbox.fake.base_url}/_sandbox/context-token",
            headers={"Origin": sandbox.fake.base_url},
        )
        assert answer.status_code == 200
        assert answer.headers["cache-control"] == "no-store"
        token = answer.json()["token"]
        claims = jwt.decode(token, sandbox.fake.shared_secret, algorithms=["HS256"])
        assert claims["qsh"] == "context-qsh"
        assert claims["sub"] == sandbox.viewer_account_id
        assert claims["exp"] - claims["iat"] == 7
        assert claims["context"]["jira"]["issue"]["key"] == "TEST-1"
        status = http.get(
            f"{sandbox.app_url}/glance/status", headers={"Authorization": f"JWT {token}"}
        )
        assert status.status_code == 200


@pytest.mark.parametrize("path", ["/_sandbox/context-token", "/_sandbox/glance-url"])
def test_other_origins_get_no_tokens(sandbox: Sandbox, path: str) -> None:
    with client() as http:
        answer = http.post(
            f"{sandbox.fake.base_url}{path}", headers={"Origin": "http://evil.example"}
        )
    assert answer.status_code == 403
    assert "token" not in answer.text
    assert "url" not in answer.json()


def test_the_issue_page_is_jira_like_and_runs_no_inline_script(sandbox: Sandbox) -> None:
    with client() as http:
        root = http.get(f"{sandbox.fake.base_url}/?theme=dark")
        assert root.status_code == 302
        assert root.headers["location"] == "/browse/TEST-1?theme=dark"
        page = http.get(sandbox.issue_url, params={"theme": "dark"})
    assert page.status_code == 200
    policy = page.headers["content-security-policy"]
    assert "script-src 'self';" in policy
    assert f"frame-src {sandbox.app_url}" in policy
    html = page.text
    assert 'data-color-mode="dark"' in html
    assert 'data-module-key="service-link"' in html
    assert f'data-iframe-sandbox="{IFRAME_SANDBOX}"' in html
    assert "<script>" not in html
    scripts = [
        "/_sandbox/vendor/jquery.min.js",
        "/_sandbox/static/jira-globals.js",
        "/_sandbox/vendor/connect-host.js",
        "/_sandbox/static/host.js",
    ]
    positions = [html.index(f'<script src="{src}" defer></script>') for src in scripts]
    assert positions == sorted(positions), "jQuery, AJS, connect-host.js, then host.js"


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/browse/TEST-2", 404),
        ("/browse/TEST-1?theme=sepia", 400),
        ("/browse/TEST-1?glance=maybe", 400),
        ("/_sandbox/static/../runner.py", 404),
        ("/_sandbox/static/runner.py", 404),
        ("/_sandbox/vendor/htmx.js", 404),
    ],
)
def test_unknown_pages_and_files_are_refused(sandbox: Sandbox, path: str, status: int) -> None:
    with client() as http:
        assert http.get(f"{sandbox.fake.base_url}{path}").status_code == status


def test_all_js_is_atlassians_iframe_js(sandbox: Sandbox) -> None:
    vendored = ROOT / "static" / "vendor" / "atlassian-connect-js-5.3.190-iframe.js"
    with client() as http:
        served = http.get(sandbox.settings.all_js_url)
        host = http.get(f"{sandbox.fake.base_url}/_sandbox/vendor/connect-host.js")
    assert served.status_code == 200
    assert served.headers["content-type"].startswith("text/javascript")
    assert served.content == vendored.read_bytes()
    assert host.status_code == 200
    assert b"connectHost" in host.content


async def test_a_failing_app_startup_ends_serving_without_exiting_the_process() -> None:
    @asynccontextmanager
    async def broken(app: Litestar) -> AsyncIterator[None]:
        raise RuntimeError("the database is gone")
        yield  # pragma: no cover

    sock = bind_loopback(0)
    try:
        server = AppServer(
            uvicorn.Config(Litestar(lifespan=[broken]), lifespan="on", log_config=None, ws="none")
        )
        await server.serve(sockets=[sock])
    finally:
        sock.close()
    assert not server.ready.is_set()
    assert server.should_exit
