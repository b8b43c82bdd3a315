"""The unauthenticated routes: the descriptor and the health check."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from litestar import Litestar, Response, get
from litestar.testing import TestClient

from glanceapp.app import create_app
from glanceapp.settings import Settings
from glanceapp.web.public import PrebuiltAnswer, descriptor_route


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


def test_descriptor_answer_is_what_a_litestar_response_would_send() -> None:
    """The prebuilt answer sends what Litestar's own Response sends for the same bytes."""
    body = b'{"key": "glanceapp"}'

    @get("/litestar.json", media_type="application/json")
    async def litestar_response() -> Response[bytes]:
        return Response(body, media_type="application/json", headers={"Cache-Control": "no-cache"})

    app = Litestar([descriptor_route(body), litestar_response], openapi_config=None)
    with TestClient(app) as client:
        prebuilt = [client.get("/atlassian-connect.json") for _ in range(2)]
        reference = client.get("/litestar.json")
    for answer in prebuilt:
        assert answer.status_code == reference.status_code == 200
        assert answer.headers.multi_items() == reference.headers.multi_items()
        assert answer.content == reference.content == body


def test_descriptor_served_by_the_app_carries_the_edge_headers(settings: Settings) -> None:
    with TestClient(create_app(settings)) as client:
        first = client.get("/atlassian-connect.json")
        second = client.get("/atlassian-connect.json")
    assert first.content == second.content
    assert first.headers["x-request-id"] != second.headers["x-request-id"]
    assert first.headers["x-content-type-options"] == "nosniff"
    assert first.headers["content-length"] == str(len(first.content))


def test_a_prebuilt_answer_hands_each_request_its_own_header_list() -> None:
    """A layer that edits the headers of one answer in place cannot leak into the next."""
    answer = PrebuiltAnswer(
        b"{}", media_type="application/json", headers={"Cache-Control": "no-cache"}
    )
    sent: list[dict[str, Any]] = []

    async def send(message: Any) -> None:
        sent.append(message)
        if message["type"] == "http.response.start":
            message["headers"].append((b"x-added", b"by a layer"))

    async def receive() -> Any:
        return {"type": "http.request", "body": b""}

    for _ in range(2):
        asyncio.run(answer({"type": "http", "method": "GET"}, receive, send))  # type: ignore[arg-type]
    starts = [message for message in sent if message["type"] == "http.response.start"]
    assert [len(start["headers"]) for start in starts] == [4, 4]
    assert starts[1]["headers"][:3] == [
        (b"cache-control", b"no-cache"),
        (b"content-type", b"application/json"),
        (b"content-length", b"2"),
    ]
    bodies = [message for message in sent if message["type"] == "http.response.body"]
    assert [body["body"] for body in bodies] == [b"{}", b"{}"]
    assert all(body["more_body"] is False for body in bodies)
