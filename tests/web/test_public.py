"""The unauthenticated routes: the descriptor and the health check."""

from __future__ import annotations

from collections.abc import Callable

from litestar.testing import TestClient

from glanceapp.app import create_app
from glanceapp.settings import Settings


def test_descriptor_served_with_base_url_and_key(make_settings: Callable[..., Settings]) -> None:
    settings = make_settings(base_url="https://glance.example.com", app_key="com.example.glance")
    with TestClient(create_app(settings)) as client:
        response = client.get("/atlassian-connect.json")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    descriptor = response.json()
    assert descriptor["baseUrl"] == "https://glance.example.com"
    assert descriptor["key"] == "com.example.glance"
    assert descriptor["authentication"] == {"type": "jwt"}
    assert descriptor["apiMigrations"]["signed-install"] is True
    assert descriptor["apiMigrations"]["context-qsh"] is True
    assert descriptor["lifecycle"] == {
        "installed": "/installed",
        "uninstalled": "/uninstalled",
        "enabled": "/enabled",
        "disabled": "/disabled",
    }
    assert set(descriptor["scopes"]) == {"READ", "WRITE", "DELETE", "ACT_AS_USER"}


def test_descriptor_scopes_follow_jira_auth(make_settings: Callable[..., Settings]) -> None:
    with TestClient(create_app(make_settings(jira_auth="app"))) as client:
        assert client.get("/atlassian-connect.json").json()["scopes"] == ["ADMIN"]


def test_healthz(settings: Settings) -> None:
    with TestClient(create_app(settings)) as client:
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_healthz_when_the_database_is_closed(settings: Settings) -> None:
    with TestClient(create_app(settings)) as client:
        client.blocking_portal.call(client.app.state.services.db.close)
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() != {"status": "ok"}


def test_unknown_route_is_404(settings: Settings) -> None:
    with TestClient(create_app(settings)) as client:
        assert client.get("/no-such-page").status_code == 404
