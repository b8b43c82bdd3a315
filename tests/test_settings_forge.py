"""The Forge settings block: defaults, accepted forms and one refusal per rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from glanceapp.settings import Settings, SettingsError, load_settings

APP_ID = "ari:cloud:ecosystem::app/11111111-2222-4333-8444-555555555555"


def load(tmp_path: Path, **overrides: str) -> Settings:
    env = {"GLANCEAPP_SECRET_KEY": "s" * 32, "GLANCEAPP_DATABASE": str(tmp_path / "app.db")}
    env.update({f"GLANCEAPP_{name}": value for name, value in overrides.items()})
    return load_settings(env, env_file=None)


def test_forge_is_off_by_default_with_researched_defaults(tmp_path: Path) -> None:
    settings = load(tmp_path)
    assert settings.forge_app_id is None
    assert settings.forge_environments == frozenset()
    assert (
        settings.forge_jwks_url == "https://forge.cdn.prod.atlassian-dev.net/.well-known/jwks.json"
    )
    assert settings.forge_api_hosts == ("api.atlassian.com",)
    assert settings.forge_jwks_min_refresh == 0
    assert settings.forge_origins == ("*.cdn.prod.atlassian-dev.net", "*.atlassian.net")


def test_forge_settings_are_read(tmp_path: Path) -> None:
    settings = load(
        tmp_path,
        FORGE_APP_ID=f" {APP_ID} ",
        FORGE_ENVIRONMENTS="prod-env, staging_env,",
        FORGE_JWKS_URL="http://127.0.0.1:9000/jwks.json",
        FORGE_API_HOSTS="api.atlassian.com,127.0.0.1",
        FORGE_JWKS_MIN_REFRESH="30s",
        FORGE_ORIGINS="*.cdn.prod.atlassian-dev.net,localhost",
    )
    assert settings.forge_app_id == APP_ID
    assert settings.forge_environments == frozenset({"prod-env", "staging_env"})
    assert settings.forge_jwks_url == "http://127.0.0.1:9000/jwks.json"
    assert settings.forge_api_hosts == ("api.atlassian.com", "127.0.0.1")
    assert settings.forge_jwks_min_refresh == 30
    assert settings.forge_origins == ("*.cdn.prod.atlassian-dev.net", "localhost")


def test_empty_app_id_leaves_forge_off(tmp_path: Path) -> None:
    assert load(tmp_path, FORGE_APP_ID="").forge_app_id is None


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("FORGE_APP_ID", "glanceapp"),
        ("FORGE_APP_ID", "ari:cloud:ecosystem::app/not-a-uuid"),
        ("FORGE_APP_ID", APP_ID.upper()),
        ("FORGE_ENVIRONMENTS", "prod env"),
        ("FORGE_JWKS_URL", "ftp://forge.example/jwks.json"),
        ("FORGE_JWKS_URL", "https://user:pw@forge.example/jwks.json"),
        ("FORGE_API_HOSTS", ""),
        ("FORGE_API_HOSTS", "https://api.atlassian.com"),
        ("FORGE_JWKS_MIN_REFRESH", "-1"),
        ("FORGE_JWKS_MIN_REFRESH", "2h"),
        ("FORGE_ORIGINS", "*"),
    ],
)
def test_bad_forge_value_names_its_variable(tmp_path: Path, name: str, value: str) -> None:
    with pytest.raises(SettingsError) as caught:
        load(tmp_path, **{name: value})
    assert caught.value.variable == f"GLANCEAPP_{name}"
