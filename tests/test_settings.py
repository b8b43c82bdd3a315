"""Settings: defaults, one test per rule, durations, the .env file and the generated key file."""

from __future__ import annotations

import multiprocessing
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from glanceapp.settings import (
    Settings,
    SettingsError,
    default_workers,
    known_variables,
    load_settings,
    parse_duration,
    unknown_variables,
)

SECRET = "s" * 32
OTHER_SECRET = "o" * 40


def load(tmp_path: Path, **overrides: str) -> Settings:
    env = {"GLANCEAPP_SECRET_KEY": SECRET, "GLANCEAPP_DATABASE": str(tmp_path / "app.db")}
    env.update({f"GLANCEAPP_{name}": value for name, value in overrides.items()})
    return load_settings(env, env_file=None)


def test_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    settings = load_settings({"GLANCEAPP_SECRET_KEY": SECRET, "UNRELATED": "x"}, env_file=None)
    assert settings == Settings(
        base_url="http://127.0.0.1:8000",
        host="127.0.0.1",
        port=8000,
        workers=default_workers(),
        database=Path("glanceapp.db"),
        app_key="glanceapp",
        secret_key=SECRET,
        old_secret_keys=(),
        install_keys_url="https://connect-install-keys.atlassian.com",
        oauth_url="https://oauth-2-authorization-server.services.atlassian.com",
        allowed_hosts=("*.atlassian.net", "*.jira.com", "*.jira-dev.com"),
        api_key_ttl=30 * 86400,
        expiry_warning=3 * 86400,
        property_key="glanceapp.link",
        jira_auth="user",
        jwt_leeway=30,
        all_js_url="https://connect-cdn.atl-paas.net/all.js",
        log_format="text",
        dev=False,
    )
    assert 1 <= settings.workers <= 4
    assert settings.base_path == ""
    assert not (tmp_path / "glanceapp.db.key").exists()


def test_every_variable_is_read(tmp_path: Path) -> None:
    settings = load(
        tmp_path,
        BASE_URL="https://app.example.com/base/",
        HOST="0.0.0.0",
        PORT="9000",
        WORKERS="3",
        APP_KEY="com.example.glance",
        OLD_SECRET_KEYS=f"{OTHER_SECRET}, {'p' * 32}",
        INSTALL_KEYS_URL="http://127.0.0.1:9999/keys",
        OAUTH_URL="http://127.0.0.1:9998",
        ALLOWED_HOSTS="Site.Test, *.example.net",
        API_KEY_TTL="2h",
        EXPIRY_WARNING="30m",
        PROPERTY_KEY="my.link",
        JIRA_AUTH="APP",
        JWT_LEEWAY="0",
        ALL_JS_URL="http://127.0.0.1:9997/all.js",
        LOG_FORMAT="json",
        DEV="1",
    )
    assert settings.base_url == "https://app.example.com/base"
    assert settings.base_path == "/base"
    assert settings.base_origin == "https://app.example.com"
    assert (settings.host, settings.port, settings.workers) == ("0.0.0.0", 9000, 3)
    assert settings.app_key == "com.example.glance"
    assert settings.old_secret_keys == (OTHER_SECRET, "p" * 32)
    assert settings.install_keys_url == "http://127.0.0.1:9999/keys"
    assert settings.oauth_url == "http://127.0.0.1:9998"
    assert settings.allowed_hosts == ("site.test", "*.example.net")
    assert (settings.api_key_ttl, settings.expiry_warning) == (7200, 1800)
    assert settings.property_key == "my.link"
    assert settings.jira_auth == "app"
    assert settings.jwt_leeway == 0
    assert settings.all_js_url == "http://127.0.0.1:9997/all.js"
    assert settings.log_format == "json"
    assert settings.dev is True


def test_secrets_stay_out_of_repr(tmp_path: Path) -> None:
    settings = load(tmp_path, OLD_SECRET_KEYS=OTHER_SECRET)
    assert SECRET not in repr(settings)
    assert OTHER_SECRET not in repr(settings)


BAD_VALUES = [
    ("BASE_URL", "ftp://app.example.com"),
    ("BASE_URL", "app.example.com"),
    ("BASE_URL", "https://app.example.com/?tenant=1"),
    ("BASE_URL", "https://app.example.com/#top"),
    ("BASE_URL", "https://user:pw@app.example.com"),
    ("BASE_URL", "http://glance.example.com"),
    ("HOST", " "),
    ("PORT", "65536"),
    ("PORT", "-1"),
    ("PORT", "http"),
    ("PORT", "80.5"),
    ("WORKERS", "0"),
    ("WORKERS", "many"),
    ("DATABASE", ""),
    ("APP_KEY", "my app"),
    ("APP_KEY", "a/b"),
    ("APP_KEY", ""),
    ("SECRET_KEY", "x" * 31),
    ("OLD_SECRET_KEYS", f"{OTHER_SECRET},short"),
    ("INSTALL_KEYS_URL", "file:///etc/keys"),
    ("OAUTH_URL", "https://auth.example.com?x=1"),
    ("ALLOWED_HOSTS", "bad host.com"),
    ("ALLOWED_HOSTS", "https://acme.atlassian.net"),
    ("ALLOWED_HOSTS", "*.*.atlassian.net"),
    ("ALLOWED_HOSTS", "acme.atlassian.net:443"),
    ("ALLOWED_HOSTS", ""),
    ("ALLOWED_HOSTS", " , "),
    ("API_KEY_TTL", "0"),
    ("API_KEY_TTL", "1x"),
    ("API_KEY_TTL", "-5"),
    ("API_KEY_TTL", "1.5h"),
    ("API_KEY_TTL", ""),
    ("EXPIRY_WARNING", "0d"),
    ("EXPIRY_WARNING", "soon"),
    ("PROPERTY_KEY", "glance link"),
    ("PROPERTY_KEY", ""),
    ("PROPERTY_KEY", "k" * 256),
    ("JIRA_AUTH", "admin"),
    ("JWT_LEEWAY", "-1"),
    ("JWT_LEEWAY", "301"),
    ("JWT_LEEWAY", "30s"),
    ("ALL_JS_URL", "javascript:alert(1)"),
    ("ALL_JS_URL", "//connect-cdn.atl-paas.net/all.js"),
    ("LOG_FORMAT", "xml"),
    ("DEV", "maybe"),
]


@pytest.mark.parametrize(("name", "value"), BAD_VALUES)
def test_bad_value_names_its_variable(tmp_path: Path, name: str, value: str) -> None:
    with pytest.raises(SettingsError) as caught:
        load(tmp_path, **{name: value})
    variable = f"GLANCEAPP_{name}"
    assert caught.value.variable == variable
    assert str(caught.value).startswith(f"{variable}: ")
    assert caught.value.problem
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("ttl", "warning"), [("1h", "1h"), ("1h", "2h"), ("60", "1m"), ("2d", "3d")]
)
def test_expiry_warning_must_be_shorter_than_ttl(tmp_path: Path, ttl: str, warning: str) -> None:
    with pytest.raises(SettingsError) as caught:
        load(tmp_path, API_KEY_TTL=ttl, EXPIRY_WARNING=warning)
    assert caught.value.variable == "GLANCEAPP_EXPIRY_WARNING"
    assert "GLANCEAPP_API_KEY_TTL" in caught.value.problem


def test_expiry_warning_default_checked_against_a_short_ttl(tmp_path: Path) -> None:
    with pytest.raises(SettingsError) as caught:
        load(tmp_path, API_KEY_TTL="1d")
    assert caught.value.variable == "GLANCEAPP_EXPIRY_WARNING"


def test_database_that_is_a_directory(tmp_path: Path) -> None:
    with pytest.raises(SettingsError) as caught:
        load(tmp_path, DATABASE=str(tmp_path))
    assert caught.value.variable == "GLANCEAPP_DATABASE"


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("45", 45), ("45s", 45), ("90m", 5400), ("12h", 43200), ("30d", 2_592_000)],
)
def test_durations(tmp_path: Path, text: str, seconds: int) -> None:
    assert parse_duration("GLANCEAPP_API_KEY_TTL", text) == seconds
    settings = load(tmp_path, API_KEY_TTL=text, EXPIRY_WARNING="1")
    assert settings.api_key_ttl == seconds
    assert load(tmp_path, API_KEY_TTL="31d", EXPIRY_WARNING=text).expiry_warning == seconds


@pytest.mark.parametrize(
    ("text", "expected"), [("1", True), ("true", True), ("0", False), ("", False)]
)
def test_dev_flag(tmp_path: Path, text: str, expected: bool) -> None:
    assert load(tmp_path, DEV=text).dev is expected


def test_env_file_is_read_and_environment_wins(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text(
        "# settings for a local run\n"
        "\n"
        "GLANCEAPP_PORT=9001\n"
        "export GLANCEAPP_APP_KEY='from-env-file'\n"
        'GLANCEAPP_PROPERTY_KEY="file.key"\n'
        "NOT_OURS=ignored\n",
        encoding="utf-8",
    )
    environ = {"GLANCEAPP_SECRET_KEY": SECRET, "GLANCEAPP_DATABASE": str(tmp_path / "app.db")}

    from_file = load_settings(environ, env_file=env_file)
    assert (from_file.port, from_file.app_key, from_file.property_key) == (
        9001,
        "from-env-file",
        "file.key",
    )

    overridden = load_settings({**environ, "GLANCEAPP_PORT": "9002"}, env_file=env_file)
    assert (overridden.port, overridden.app_key) == (9002, "from-env-file")


def test_env_file_in_working_directory_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".env").write_text("GLANCEAPP_APP_KEY=cwd-key\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    settings = load_settings({"GLANCEAPP_SECRET_KEY": SECRET})
    assert settings.app_key == "cwd-key"


def test_bad_value_in_env_file_names_its_variable(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("GLANCEAPP_PORT=eighty\n", encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_settings({"GLANCEAPP_SECRET_KEY": SECRET}, env_file=env_file)
    assert caught.value.variable == "GLANCEAPP_PORT"


def test_malformed_env_file_line(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("GLANCEAPP_PORT=9001\nnonsense\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="line 2"):
        load_settings({"GLANCEAPP_SECRET_KEY": SECRET}, env_file=env_file)


# The generated master secret ----------------------------------------------------------


def test_key_file_created_exclusively_with_mode_0600_and_reused(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    database = tmp_path / "app.db"
    env = {"GLANCEAPP_DATABASE": str(database), "GLANCEAPP_SECRET_KEY": ""}
    key_file = tmp_path / "app.db.key"

    first = load_settings(env, env_file=None)
    assert key_file.is_file()
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert first.secret_key == key_file.read_text(encoding="ascii").strip()
    assert len(first.secret_key) >= 32
    assert any("GLANCEAPP_SECRET_KEY is unset" in r.getMessage() for r in caplog.records)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["app.db.key"]

    second = load_settings(env, env_file=None)
    assert second.secret_key == first.secret_key

    other = load_settings({"GLANCEAPP_DATABASE": str(tmp_path / "other.db")}, env_file=None)
    assert other.secret_key != first.secret_key


def test_explicit_secret_key_writes_no_key_file(tmp_path: Path) -> None:
    load(tmp_path)
    assert not (tmp_path / "app.db.key").exists()


def test_key_file_with_no_valid_secret(tmp_path: Path) -> None:
    (tmp_path / "app.db.key").write_text("too short\n", encoding="ascii")
    with pytest.raises(SettingsError) as caught:
        load_settings({"GLANCEAPP_DATABASE": str(tmp_path / "app.db")}, env_file=None)
    assert caught.value.variable == "GLANCEAPP_SECRET_KEY"


def test_key_file_beside_a_database_in_a_missing_folder_names_the_database(
    tmp_path: Path,
) -> None:
    """The key file cannot be created because the database path is wrong: say so."""
    missing_dir = tmp_path / "no-such-dir" / "app.db"
    with pytest.raises(SettingsError) as caught:
        load_settings({"GLANCEAPP_DATABASE": str(missing_dir)}, env_file=None)
    assert caught.value.variable == "GLANCEAPP_DATABASE"
    assert "does not exist" in caught.value.problem
    assert not missing_dir.parent.exists()


def _secret_of_a_worker(database: str, barrier: object, results: object) -> None:
    barrier.wait()  # type: ignore[attr-defined]
    try:
        secret = load_settings({"GLANCEAPP_DATABASE": database}, env_file=None).secret_key
    except SettingsError as exc:
        secret = f"error: {exc}"
    results.put(secret)  # type: ignore[attr-defined]


@pytest.mark.parametrize("attempt", range(5))
def test_workers_starting_together_agree_on_one_secret(tmp_path: Path, attempt: int) -> None:
    context = multiprocessing.get_context("fork")
    workers = 6
    barrier = context.Barrier(workers)
    results = context.Queue()
    database = str(tmp_path / "app.db")
    processes = [
        context.Process(target=_secret_of_a_worker, args=(database, barrier, results))
        for _ in range(workers)
    ]
    for process in processes:
        process.start()
    secrets = [results.get(timeout=30) for _ in processes]
    for process in processes:
        process.join(timeout=30)
        assert process.exitcode == 0
    results.close()
    results.join_thread()
    written = (tmp_path / "app.db.key").read_text(encoding="ascii").strip()
    assert set(secrets) == {written}


def test_cli_reports_a_bad_setting_in_one_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GLANCEAPP_")}
    env.update({"GLANCEAPP_PORT": "99999", "GLANCEAPP_SECRET_KEY": SECRET})
    result = subprocess.run(
        [sys.executable, "-m", "glanceapp", "descriptor"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "GLANCEAPP_PORT" in lines[0]
    assert "Traceback" not in result.stderr


# Review regressions: values urlsplit or int() accept but cannot serve, named like any bad value.

UNPARSABLE_VALUES = [
    ("BASE_URL", "http://[::1"),
    ("BASE_URL", "http://h:99999"),
    ("ALL_JS_URL", "http://[::1"),
    ("API_KEY_TTL", "999999999999d"),
]


@pytest.mark.parametrize(("name", "value"), UNPARSABLE_VALUES)
def test_unparsable_url_or_huge_duration_is_a_settings_error(
    tmp_path: Path, name: str, value: str
) -> None:
    with pytest.raises(SettingsError) as caught:
        load(tmp_path, **{name: value})
    variable = f"GLANCEAPP_{name}"
    assert caught.value.variable == variable
    assert str(caught.value).startswith(f"{variable}: ")
    assert "\n" not in str(caught.value)


def test_cli_reports_an_unparsable_url_in_one_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GLANCEAPP_")}
    env.update({"GLANCEAPP_BASE_URL": "http://[::1", "GLANCEAPP_SECRET_KEY": SECRET})
    result = subprocess.run(
        [sys.executable, "-m", "glanceapp", "descriptor"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "GLANCEAPP_BASE_URL" in lines[0]
    assert "Traceback" not in result.stderr


# A base URL Jira cannot use: Jira reaches apps over HTTPS only; http is for loopback testing.


@pytest.mark.parametrize(
    "url",
    [
        "http://glance.example.com",
        "http://glance.example.com:443",
        "http://10.0.0.5:8000",
        "http://192.168.1.20",
        "http://localhost.example.com",
        "http://127.0.0.1.nip.io",
        "http://[2001:db8::1]",
    ],
)
def test_plain_http_base_url_off_loopback_is_refused(tmp_path: Path, url: str) -> None:
    with pytest.raises(SettingsError) as caught:
        load(tmp_path, BASE_URL=url)
    assert caught.value.variable == "GLANCEAPP_BASE_URL"
    assert "https" in caught.value.problem


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000",
        "http://127.8.9.10",
        "http://localhost:9000/base",
        "http://LOCALHOST",
        "http://[::1]:8000",
        "https://glance.example.com",
        "https://10.0.0.5",
    ],
)
def test_https_or_loopback_base_url_is_accepted(tmp_path: Path, url: str) -> None:
    assert load(tmp_path, BASE_URL=url).base_url == url


# Unknown GLANCEAPP_ names: a warning naming the closest setting, never a stop.


def test_known_variables_are_the_settings_fields() -> None:
    fields = {f"GLANCEAPP_{name.upper()}" for name in Settings.__dataclass_fields__}
    assert fields <= known_variables()
    assert known_variables() - fields == {"GLANCEAPP_REQUIRE_BROWSER"}
    assert "GLANCEAPP_WORKERS" in known_variables()


@pytest.mark.parametrize(
    ("name", "closest"),
    [
        ("GLANCEAPP_WROKERS", "GLANCEAPP_WORKERS"),
        ("GLANCEAPP_BASEURL", "GLANCEAPP_BASE_URL"),
        ("GLANCEAPP_SECRET", "GLANCEAPP_SECRET_KEY"),
        ("GLANCEAPP_API_KEY_TLL", "GLANCEAPP_API_KEY_TTL"),
        ("GLANCEAPP_ZZZZZZZZZZZZZZZZZZZZZZZ", None),
    ],
)
def test_unknown_variable_is_named_with_the_closest_setting(name: str, closest: str | None) -> None:
    source = {name: "2", "GLANCEAPP_PORT": "9000", "OTHER_WROKERS": "1"}
    assert unknown_variables(source) == [(name, closest)]


def test_unknown_variable_does_not_stop_loading(tmp_path: Path) -> None:
    settings = load(tmp_path, WROKERS="2", FUTURE_SETTING="on")
    assert settings.workers == default_workers()


def cli(tmp_path: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GLANCEAPP_")}
    env.update({"GLANCEAPP_SECRET_KEY": SECRET, **extra})
    return subprocess.run(
        [sys.executable, "-m", "glanceapp", *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_cli_warns_once_about_a_misspelt_variable_and_carries_on(tmp_path: Path) -> None:
    result = cli(tmp_path, "descriptor", GLANCEAPP_WROKERS="2")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("{")
    assert result.stderr.splitlines() == [
        "glanceapp: warning: GLANCEAPP_WROKERS is not a setting, ignored; "
        "did you mean GLANCEAPP_WORKERS?"
    ]


def test_cli_warns_about_an_unknown_variable_in_the_env_file(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("GLANCEAPP_PROPERTY_KYE=x\n", encoding="utf-8")
    result = cli(tmp_path, "descriptor")
    assert result.returncode == 0, result.stderr
    assert "GLANCEAPP_PROPERTY_KYE" in result.stderr
    assert "GLANCEAPP_PROPERTY_KEY?" in result.stderr


def test_cli_reports_a_plain_http_base_url_in_one_line(tmp_path: Path) -> None:
    result = cli(tmp_path, "descriptor", GLANCEAPP_BASE_URL="http://glance.example.com")
    assert result.returncode == 2
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("glanceapp: GLANCEAPP_BASE_URL: ")
    assert "https" in line


def test_serve_help_points_to_the_settings_reference(tmp_path: Path) -> None:
    result = cli(tmp_path, "serve", "--help")
    assert result.returncode == 0
    assert "docs/settings.md" in " ".join(result.stdout.split())


def test_the_warning_names_a_misspelt_secret_but_never_prints_its_value(tmp_path: Path) -> None:
    value = "a-master-secret-typed-under-the-wrong-name-0123456789"
    result = cli(tmp_path, "descriptor", GLANCEAPP_SECRET_KYE=value)
    assert result.returncode == 0, result.stderr
    assert "GLANCEAPP_SECRET_KYE" in result.stderr
    assert "did you mean GLANCEAPP_SECRET_KEY?" in result.stderr
    assert value not in result.stderr + result.stdout


def test_the_warning_comes_before_the_error_it_may_explain(tmp_path: Path) -> None:
    result = cli(tmp_path, "descriptor", GLANCEAPP_PORTT="9000", GLANCEAPP_PORT="99999")
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 2, result.stderr
    assert lines[0].startswith("glanceapp: warning: GLANCEAPP_PORTT")
    assert lines[1].startswith("glanceapp: GLANCEAPP_PORT: ")
