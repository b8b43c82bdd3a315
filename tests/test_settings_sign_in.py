"""The sign-in settings block: GLANCEAPP_SIGN_IN*, GLANCEAPP_REAUTH_AFTER, GLANCEAPP_OIDC_*."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from glanceapp.settings import Settings, SettingsError

SECRET = "team-sign-in-secret-0123456789-abcdefgh"
MakeSettings = Callable[..., Settings]


def test_local_is_the_default(make_settings: MakeSettings) -> None:
    settings = make_settings()
    assert settings.sign_in == "local"
    assert settings.reauth_seconds == settings.api_key_ttl
    assert settings.oidc_scopes == ("openid", "profile")
    assert settings.oidc_redirect_uri == "https://app.example.com/link/callback"


def test_http_backend_reads_its_url_and_secret(make_settings: MakeSettings) -> None:
    settings = make_settings(
        sign_in="http", sign_in_url="https://login.example.com/check", sign_in_secret=SECRET
    )
    assert settings.sign_in == "http"
    assert settings.sign_in_url == "https://login.example.com/check"
    assert SECRET not in repr(settings)


def test_reauth_after_is_a_duration(make_settings: MakeSettings) -> None:
    assert make_settings(reauth_after="12h").reauth_seconds == 12 * 3600


def test_oidc_backend_reads_its_block(make_settings: MakeSettings) -> None:
    settings = make_settings(
        sign_in="oidc",
        oidc_issuer="https://id.example.com/realms/team/",
        oidc_client_id="glanceapp",
        oidc_client_secret="client-secret-value",
        oidc_scopes="openid profile email",
        oidc_username_claim="sub",
        oidc_required_claim="groups=jira-users",
    )
    assert settings.oidc_issuer == "https://id.example.com/realms/team"
    assert settings.oidc_scopes == ("openid", "profile", "email")
    assert settings.oidc_username_claim == "sub"
    assert settings.oidc_required_claim == ("groups", "jira-users")
    assert "client-secret-value" not in repr(settings)


def test_plain_http_is_allowed_on_loopback_only(make_settings: MakeSettings) -> None:
    settings = make_settings(
        sign_in="http", sign_in_url="http://127.0.0.1:9000/check", sign_in_secret=SECRET
    )
    assert settings.sign_in_url == "http://127.0.0.1:9000/check"
    assert make_settings(oidc_issuer="http://localhost:3000").oidc_issuer == "http://localhost:3000"
    assert make_settings(oidc_issuer="http://[::1]:3000").oidc_issuer == "http://[::1]:3000"


@pytest.mark.parametrize(
    ("overrides", "variable", "problem"),
    [
        ({"sign_in": "ldap"}, "SIGN_IN", "is not one of local, oidc, http"),
        ({"sign_in": "http", "sign_in_secret": SECRET}, "SIGN_IN_URL", "is required"),
        (
            {"sign_in": "http", "sign_in_url": "https://login.example.com/check"},
            "SIGN_IN_SECRET",
            "is required",
        ),
        ({"sign_in_url": "http://login.example.com/check"}, "SIGN_IN_URL", "must be https"),
        # A name that merely starts with 127. is no loopback address: anyone may own it.
        ({"sign_in_url": "http://127.attacker.example/check"}, "SIGN_IN_URL", "must be https"),
        ({"sign_in_url": "ftp://login.example.com/check"}, "SIGN_IN_URL", "not an http(s) URL"),
        ({"sign_in_secret": "short"}, "SIGN_IN_SECRET", "at least 32"),
        ({"reauth_after": "soon"}, "REAUTH_AFTER", "not a duration"),
        ({"reauth_after": "0"}, "REAUTH_AFTER", "greater than 0"),
        ({"sign_in": "oidc", "oidc_client_id": "app"}, "OIDC_ISSUER", "is required"),
        (
            {"sign_in": "oidc", "oidc_issuer": "https://id.example.com"},
            "OIDC_CLIENT_ID",
            "is required",
        ),
        ({"oidc_issuer": "http://id.example.com"}, "OIDC_ISSUER", "must be https"),
        ({"oidc_issuer": "https://id.example.com/?x=1"}, "OIDC_ISSUER", "query or fragment"),
        ({"oidc_scopes": "profile email"}, "OIDC_SCOPES", "must include openid"),
        ({"oidc_scopes": 'openid "quoted"'}, "OIDC_SCOPES", "is not a scope"),
        ({"oidc_username_claim": "a b"}, "OIDC_USERNAME_CLAIM", "is not a claim name"),
        ({"oidc_required_claim": "groups"}, "OIDC_REQUIRED_CLAIM", "name=value"),
        ({"oidc_required_claim": "groups="}, "OIDC_REQUIRED_CLAIM", "name=value"),
        ({"oidc_required_claim": "=x"}, "OIDC_REQUIRED_CLAIM", "name=value"),
    ],
)
def test_malformed_sign_in_settings_name_the_variable(
    make_settings: MakeSettings, overrides: dict[str, str], variable: str, problem: str
) -> None:
    with pytest.raises(SettingsError) as caught:
        make_settings(**overrides)
    assert caught.value.variable == f"GLANCEAPP_{variable}"
    assert problem in caught.value.problem
