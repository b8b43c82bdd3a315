"""The Forge remote end to end: the app under uvicorn on loopback, the fake Forge platform
(and a fake Jira for a site served through both hosts), every step over real HTTP."""

from __future__ import annotations

import contextlib
import logging
import re
import socket
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from glanceapp.app import create_app
from glanceapp.keyring import PROPERTY_API_KEY, Keyring
from glanceapp.sandbox.fakeforge import OMIT, FakeForge
from glanceapp.sandbox.fakejira import FakeJira
from glanceapp.service.accounts import LocalAccounts
from glanceapp.service.passwords import PasswordHasher
from glanceapp.settings import Settings, load_settings
from glanceapp.storage.db import Database
from support.keys import rsa_key

from .conftest import (
    CHEAP_ARGON2,
    JIRA_DEADLINE,
    JIRA_TIMEOUT,
    MASTER_SECRET,
    PASSWORD,
    PROPERTY_KEY,
    AppServer,
    Clock,
    elements,
    plain_http_client,
    root,
)

ALICE = "557058:alice-forge"
BOB = "557058:bob-forge"
_INPUT = re.compile(r'<input type="hidden" name="(ticket|csrf)" value="([^"]+)">')


@dataclass
class ForgeE2E:
    settings: Settings
    clock: Clock
    server: AppServer
    client: httpx.Client
    forge: FakeForge
    jira: FakeJira | None
    keyring: Keyring

    def add_account(self, name: str, password: str = PASSWORD) -> None:
        async def add() -> None:
            db = await Database.open(self.settings.database)
            try:
                await LocalAccounts(db, PasswordHasher(CHEAP_ARGON2)).add(
                    name, password, now=self.clock.now
                )
            finally:
                await db.close()

        self.server.call(add())

    def status(self, account_id: str | None, **fit: Any) -> httpx.Response:
        token = self.forge.mint_fit(principal=account_id, **fit)
        return self.client.get("/forge/glance/status", headers={"Authorization": f"Bearer {token}"})

    def invoke(self, path: str, account_id: str | None, **kwargs: Any) -> httpx.Response:
        return self.forge.invoke_remote(path, principal=account_id, **kwargs)

    def start(self, account_id: str, **kwargs: Any) -> str:
        answer = self.invoke("/forge/link/start", account_id, **kwargs)
        assert answer.status_code == 200, answer.text
        url = answer.json()["url"]
        assert url.startswith(f"{self.settings.base_url}/forge/link?ticket=")
        return str(url)

    def open_page(self, browser: httpx.Client, url: str) -> dict[str, str]:
        page = browser.get(url)
        assert page.status_code == 200, page.text
        return dict(_INPUT.findall(page.text))

    def sign_in(
        self, browser: httpx.Client, fields: dict[str, str], username: str, password: str
    ) -> httpx.Response:
        return browser.post(
            "/forge/link",
            data={**fields, "username": username, "password": password},
            headers={"Origin": "null"},
        )

    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        uri = f"file:{self.settings.database}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
            connection.row_factory = sqlite3.Row
            return list(connection.execute(sql, params).fetchall())

    def active_keys(self, site_id: str, account_id: str) -> list[Any]:
        return self.rows(
            "SELECT * FROM api_keys WHERE client_key = ? AND account_id = ? AND state = 'active'",
            (site_id, account_id),
        )

    def property_writes(self) -> list[str]:
        return [
            f"{r.method} {r.path}"
            for r in self.forge.requests
            if r.method in ("PUT", "DELETE", "GET") and "/user/properties/" in r.path
        ]

    def api_key(self, site_id: str, account_id: str) -> str:
        value = self.forge.property_of(account_id, PROPERTY_KEY)
        assert isinstance(value, dict), value
        aad = f"{site_id}|{account_id}|{PROPERTY_KEY}".encode()
        return self.keyring.open(PROPERTY_API_KEY, value["apiKey"], aad).decode()


LaunchForge = Callable[..., ForgeE2E]


@pytest.fixture(scope="session")
def forge_signing_key() -> rsa.RSAPrivateKey:
    return rsa_key("forge")


@pytest.fixture
def launch_forge(
    tmp_path: Path,
    clock: Clock,
    forge_signing_key: rsa.RSAPrivateKey,
    jira_install_key: rsa.RSAPrivateKey,
) -> Iterator[LaunchForge]:
    stack = contextlib.ExitStack()

    def start(
        *,
        with_connect: bool = False,
        install: bool = True,
        environ: dict[str, str] | None = None,
    ) -> ForgeE2E:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        stack.callback(sock.close)
        sock.bind(("127.0.0.1", 0))
        sock.listen(128)
        base_url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        jira: FakeJira | None = None
        if with_connect:
            jira = FakeJira(
                app_base_url=base_url,
                client_key=f"jira:{uuid.uuid4()}",
                install_key=jira_install_key,
            ).start()
            stack.callback(jira.close)
            clock.follow(jira)
        forge = FakeForge(app_base_url=base_url, jira=jira, signing_key=forge_signing_key)
        forge.start()
        stack.callback(forge.close)
        clock.follow(forge)  # type: ignore[arg-type]
        settings = load_settings(
            {
                "GLANCEAPP_SECRET_KEY": MASTER_SECRET,
                "GLANCEAPP_DATABASE": str(tmp_path / "glanceapp.db"),
                "GLANCEAPP_BASE_URL": base_url,
                "GLANCEAPP_INSTALL_KEYS_URL": jira.install_keys_url if jira else base_url,
                "GLANCEAPP_ALLOWED_HOSTS": "127.0.0.1",
                "GLANCEAPP_JIRA_AUTH": "app",
                "GLANCEAPP_PROPERTY_KEY": PROPERTY_KEY,
                "GLANCEAPP_WORKERS": "1",
                "GLANCEAPP_FORGE_APP_ID": forge.app_id,
                "GLANCEAPP_FORGE_JWKS_URL": forge.jwks_url,
                "GLANCEAPP_FORGE_API_HOSTS": "127.0.0.1",
                **(environ or {}),
            },
            env_file=None,
        )
        app = create_app(
            settings,
            clock=clock.time,
            sweep_interval=None,
            jira_deadline=JIRA_DEADLINE,
            jira_timeout=JIRA_TIMEOUT,
        )
        server = AppServer(app, sock)
        server.start()
        stack.callback(server.stop)
        client = stack.enter_context(plain_http_client(base_url=base_url, timeout=30.0))
        env = ForgeE2E(settings, clock, server, client, forge, jira, Keyring(MASTER_SECRET))
        if jira is not None:
            status, body = jira.install()
            assert status == 204, body
            assert jira.lifecycle("enabled") == 204
        if install:
            answer = forge.install()
            assert answer.status_code == 204, answer.text
        forge.clear_requests()
        env.add_account("alice")
        return env

    with stack:
        yield start


def _browser(env: ForgeE2E) -> httpx.Client:
    return plain_http_client(base_url=env.settings.base_url, timeout=30.0)


def _state(html: str) -> str | None:
    return root(html).get("data-link-state")


# --------------------------------------------------------------------------- the flow


def test_link_through_a_ticket_then_renew_and_unlink(launch_forge: LaunchForge) -> None:
    env = launch_forge()
    site_id = env.forge.cloud_id
    assert _state(env.status(ALICE).text) == "unlinked"

    url = env.start(ALICE)
    with _browser(env) as browser:
        fields = env.open_page(browser, url)
        wrong = env.sign_in(browser, fields, "alice", "not the password")
        assert wrong.status_code == 200
        assert "Wrong username or password." in wrong.text
        assert env.forge.property_of(ALICE, PROPERTY_KEY) is None
        right = env.sign_in(browser, fields, "alice", PASSWORD)
    assert right.status_code == 200, right.text
    assert 'data-link-state="linked"' in right.text
    assert "frame-ancestors 'none'" in right.headers["content-security-policy"]

    # Written with the user token, through the API gateway, sealed for this site and person.
    api_key = env.api_key(site_id, ALICE)
    whoami = env.client.get("/api/whoami", headers={"Authorization": f"Bearer {api_key}"})
    assert whoami.json()["account"] == "alice"
    assert _state(env.status(ALICE).text) == "linked"

    renewed = env.invoke("/forge/link/renew", ALICE)
    assert renewed.status_code == 200
    assert _state(renewed.json()["html"]) == "linked"
    assert "Renewed" in renewed.json()["html"]
    assert env.api_key(site_id, ALICE) != api_key
    assert len(env.active_keys(site_id, ALICE)) == 1

    unlinked = env.invoke("/forge/link/unlink", ALICE)
    assert _state(unlinked.json()["html"]) == "unlinked"
    assert env.forge.property_of(ALICE, PROPERTY_KEY) is None
    assert env.active_keys(site_id, ALICE) == []


def test_spent_ticket_links_nobody(launch_forge: LaunchForge) -> None:
    env = launch_forge()
    env.add_account("mallory")
    url = env.start(ALICE)
    with _browser(env) as browser:
        fields = env.open_page(browser, url)
        assert env.sign_in(browser, fields, "alice", PASSWORD).status_code == 200
        again = env.sign_in(browser, fields, "mallory", PASSWORD)
        assert again.status_code == 400
        assert "expired or was already used" in again.text
        assert browser.get(url).status_code == 400
    assert env.forge.property_of(ALICE, PROPERTY_KEY)["account"] == "alice"


def test_expired_ticket_gives_the_pages_own_error(launch_forge: LaunchForge) -> None:
    env = launch_forge()
    url = env.start(ALICE)
    with _browser(env) as browser:
        fields = env.open_page(browser, url)
        env.clock.advance(601)
        answer = env.sign_in(browser, fields, "alice", PASSWORD)
    assert answer.status_code == 400
    assert "expired or was already used" in answer.text
    assert env.forge.property_of(ALICE, PROPERTY_KEY) is None


def test_ticket_ends_before_a_short_lived_user_token(launch_forge: LaunchForge) -> None:
    env = launch_forge()
    token = env.forge.mint_user_token(ALICE, ttl=180)
    url = env.start(ALICE, user_token=token)
    # The fake mints on real time, which runs on while the app's clock stands still:
    # move the app to one second past "a minute before the token's exp", wherever that is.
    expires_at = jwt.decode(token, options={"verify_signature": False})["exp"]
    with _browser(env) as browser:
        fields = env.open_page(browser, url)
        env.clock.advance(expires_at - 60 - env.clock.now + 1)
        assert env.sign_in(browser, fields, "alice", PASSWORD).status_code == 400


def test_unknown_or_malformed_ticket_is_refused(launch_forge: LaunchForge) -> None:
    env = launch_forge()
    for query in ("", "?ticket=abc", "?ticket=" + "A" * 43, "?ticket=a&ticket=b"):
        page = env.client.get(f"/forge/link{query}")
        assert page.status_code == 400
        assert "<form" not in page.text


def test_cross_site_post_without_the_csrf_token_links_nobody(launch_forge: LaunchForge) -> None:
    env = launch_forge()
    url = env.start(ALICE)
    with _browser(env) as browser:
        fields = env.open_page(browser, url)
    # Another browser (no cookie from the page), with the right ticket and token.
    with _browser(env) as attacker:
        answer = env.sign_in(attacker, fields, "alice", PASSWORD)
        assert answer.status_code == 403
        forged = env.sign_in(
            attacker, {"ticket": fields["ticket"], "csrf": "0" * 64}, "alice", PASSWORD
        )
        assert forged.status_code == 403
    assert env.forge.property_of(ALICE, PROPERTY_KEY) is None
    assert env.property_writes() == []


def test_jira_refusing_the_user_token_at_the_write_leaves_nothing_half_done(
    launch_forge: LaunchForge,
) -> None:
    env = launch_forge()
    token = env.forge.mint_user_token(ALICE)
    url = env.start(ALICE, user_token=token)
    env.forge.inject("PUT", "/ex/jira/", status=401)
    with _browser(env) as browser:
        fields = env.open_page(browser, url)
        answer = env.sign_in(browser, fields, "alice", PASSWORD)
        assert answer.status_code == 200
        assert "Start again from the issue" in answer.text
        assert env.sign_in(browser, fields, "alice", PASSWORD).status_code == 400
    assert env.rows("SELECT * FROM api_keys WHERE state IN ('pending', 'active')") == []
    assert env.rows("SELECT * FROM forge_tickets") == []


def test_start_without_a_user_token_issues_no_url(launch_forge: LaunchForge) -> None:
    env = launch_forge()
    answer = env.invoke("/forge/link/start", ALICE, user_token=OMIT)
    assert answer.status_code == 400
    assert "url" not in answer.json()
    expiring = env.forge.mint_user_token(ALICE, ttl=30)
    assert env.invoke("/forge/link/start", ALICE, user_token=expiring).status_code == 400
    assert env.rows("SELECT * FROM forge_tickets") == []


def test_anonymous_viewer_gets_401_on_status_and_link_routes(launch_forge: LaunchForge) -> None:
    env = launch_forge()
    answer = env.status(None)
    assert answer.status_code == 401
    assert answer.headers["www-authenticate"] == "Bearer"
    assert env.invoke("/forge/link/start", None).status_code == 401


# --------------------------------------------------------------------------- refusals


def test_refused_fit_makes_no_jira_call_and_writes_nothing(
    launch_forge: LaunchForge, forge_signing_key: rsa.RSAPrivateKey
) -> None:
    env = launch_forge()
    other = rsa_key("stranger")
    bad = [
        env.forge.mint_fit(principal=ALICE, key=other),
        env.forge.mint_fit(principal=ALICE, claims_override={"aud": "ari:cloud:ecosystem::app/x"}),
        env.forge.mint_fit(principal=ALICE, claims_override={"iss": "someone"}),
        env.forge.mint_fit(principal=ALICE, app_override={"installationId": OMIT}),
        env.forge.mint_fit(principal=ALICE, app_override={"apiBaseUrl": "https://evil.example/ex"}),
        env.forge.mint_fit(principal=ALICE, header_override={"kid": OMIT}),
        env.forge.mint_fit(principal=ALICE, claims_override={"exp": env.forge.now() - 60}),
    ]
    before = env.rows("SELECT count(*) FROM api_keys")[0][0]
    for fit in bad:
        for path in ("/forge/link/renew", "/forge/link/unlink", "/forge/link/start"):
            answer = env.invoke(path, ALICE, fit=fit)
            assert answer.status_code == 401, (path, answer.text)
            assert answer.headers["www-authenticate"] == "Bearer"
    assert env.property_writes() == []
    assert env.rows("SELECT count(*) FROM api_keys")[0][0] == before
    assert env.rows("SELECT * FROM forge_tickets") == []


def test_unknown_kid_is_refused_after_one_refresh(launch_forge: LaunchForge) -> None:
    env = launch_forge()
    unpublished = rsa_key("unpublished")
    kid = env.forge.add_signing_key(unpublished, publish=False)
    env.forge.clear_requests()
    answer = env.status(ALICE, kid=kid)
    assert answer.status_code == 401
    assert [r.path for r in env.forge.requests] == ["/.well-known/jwks.json"]


def test_rotated_key_is_picked_up(launch_forge: LaunchForge) -> None:
    env = launch_forge()
    assert env.status(ALICE).status_code == 200
    env.forge.rotate_key(keep_old=False)
    assert env.status(ALICE).status_code == 200


def test_jwks_down_is_503_with_retry_after(launch_forge: LaunchForge) -> None:
    env = launch_forge(install=False)
    env.forge.inject("GET", "/.well-known/jwks.json", status=500)
    answer = env.status(ALICE)
    assert answer.status_code == 503
    assert answer.headers["retry-after"] == "5"
    assert env.rows("SELECT * FROM forge_installations") == []


def test_environment_not_listed_is_refused(launch_forge: LaunchForge) -> None:
    env = launch_forge(install=False, environ={"GLANCEAPP_FORGE_ENVIRONMENTS": "somewhere-else"})
    assert env.status(ALICE).status_code == 401
    assert env.rows("SELECT * FROM forge_installations") == []


# --------------------------------------------------------------------------- installations


def test_lost_install_trigger_is_recorded_by_the_first_fit(launch_forge: LaunchForge) -> None:
    env = launch_forge(install=False)
    assert env.rows("SELECT * FROM forge_installations") == []
    assert _state(env.status(ALICE).text) == "unlinked"
    [row] = env.rows("SELECT * FROM forge_installations")
    assert row["installation_id"] == env.forge.installation_id
    assert row["cloud_id"] == env.forge.cloud_id
    assert row["site_id"] == env.forge.cloud_id
    assert row["state"] == "installed"


def test_lifecycle_records_app_version_and_upgrade(launch_forge: LaunchForge) -> None:
    env = launch_forge()
    env.forge.app_version = "2.0.0"
    assert env.forge.upgrade().status_code == 204
    [row] = env.rows("SELECT * FROM forge_installations")
    assert row["app_version"] == "2.0.0"


def test_lifecycle_with_an_unknown_event_is_400(launch_forge: LaunchForge) -> None:
    env = launch_forge()
    fit = env.forge.mint_fit(with_context=False)
    answer = env.client.post(
        "/forge/lifecycle",
        json={"eventType": "avi:forge:exploded:app"},
        headers={"Authorization": f"Bearer {fit}"},
    )
    assert answer.status_code == 400
    assert "eventType" in answer.json()["error"]


def test_uninstalled_installation_is_never_revived(launch_forge: LaunchForge) -> None:
    env = launch_forge()
    url = env.start(ALICE)
    with _browser(env) as browser:
        fields = env.open_page(browser, url)
        assert env.sign_in(browser, fields, "alice", PASSWORD).status_code == 200
    api_key = env.api_key(env.forge.cloud_id, ALICE)
    assert env.forge.pre_uninstall().status_code == 204
    assert env.status(ALICE).status_code == 401
    assert env.forge.install().status_code == 401
    [row] = env.rows("SELECT * FROM forge_installations")
    assert row["state"] == "uninstalled"
    # The last host left: the site's keys are revoked.
    whoami = env.client.get("/api/whoami", headers={"Authorization": f"Bearer {api_key}"})
    assert whoami.status_code == 401
    # A reinstall is a new installation of the same site.
    env.forge.new_installation()
    assert env.forge.install().status_code == 204
    assert _state(env.status(ALICE).text) == "unlinked"
    assert {r["site_id"] for r in env.rows("SELECT * FROM forge_installations")} == {
        env.forge.cloud_id
    }


# --------------------------------------------------------------------------- both hosts


def _link_through_connect(env: ForgeE2E, account_id: str) -> None:
    assert env.jira is not None
    token = env.jira.context_token(account_id, now=int(env.clock.now))
    answer = env.client.post(
        "/link",
        headers={"Authorization": f"JWT {token}", "HX-Request": "true"},
        data={"username": "alice", "password": PASSWORD},
    )
    assert 'data-link-state="linked"' in answer.text, answer.text


def test_connect_linked_person_is_linked_through_forge(launch_forge: LaunchForge) -> None:
    env = launch_forge(with_connect=True)
    assert env.jira is not None
    _link_through_connect(env, ALICE)
    assert _state(env.status(ALICE).text) == "linked"
    [row] = env.rows("SELECT * FROM forge_installations")
    assert row["site_id"] == env.jira.client_key
    # Renewing through Forge keeps the Connect sealing id: Connect still reads it.
    renewed = env.invoke("/forge/link/renew", ALICE)
    assert _state(renewed.json()["html"]) == "linked"
    value = env.jira.property(ALICE, PROPERTY_KEY)
    aad = f"{env.jira.client_key}|{ALICE}|{PROPERTY_KEY}".encode()
    assert env.keyring.open(PROPERTY_API_KEY, value["apiKey"], aad)


def test_uninstalling_connect_keeps_a_site_served_through_forge(launch_forge: LaunchForge) -> None:
    env = launch_forge(with_connect=True)
    assert env.jira is not None
    _link_through_connect(env, ALICE)
    # The install trigger carries no site URL; the first glance through Forge joins the sites.
    assert _state(env.status(ALICE).text) == "linked"
    assert env.jira.install(event="uninstalled")[0] == 204
    assert _state(env.status(ALICE).text) == "linked"
    assert len(env.active_keys(env.jira.client_key, ALICE)) == 1
    # Then Forge leaves too: the last host is gone and the keys with it.
    assert env.forge.pre_uninstall().status_code == 204
    assert env.active_keys(env.jira.client_key, ALICE) == []


def test_uninstalling_forge_keeps_a_site_served_through_connect(launch_forge: LaunchForge) -> None:
    env = launch_forge(with_connect=True)
    assert env.jira is not None
    _link_through_connect(env, ALICE)
    assert env.forge.pre_uninstall().status_code == 204
    assert len(env.active_keys(env.jira.client_key, ALICE)) == 1


# --------------------------------------------------------------------------- CORS


def test_status_answers_cors_for_an_allowed_origin_only(launch_forge: LaunchForge) -> None:
    env = launch_forge(environ={"GLANCEAPP_FORGE_ORIGINS": "*.cdn.prod.atlassian-dev.net"})
    origin = "https://abc123.cdn.prod.atlassian-dev.net"
    preflight = env.client.options(
        "/forge/glance/status",
        headers={"Origin": origin, "Access-Control-Request-Method": "GET"},
    )
    assert preflight.status_code == 204
    assert preflight.headers["access-control-allow-origin"] == origin
    assert "access-control-allow-credentials" not in preflight.headers
    assert preflight.headers["vary"] == "Origin"
    token = env.forge.mint_fit(principal=ALICE)
    answer = env.client.get(
        "/forge/glance/status", headers={"Authorization": f"Bearer {token}", "Origin": origin}
    )
    assert answer.headers["access-control-allow-origin"] == origin
    evil = env.client.get(
        "/forge/glance/status",
        headers={"Authorization": f"Bearer {token}", "Origin": "https://evil.example"},
    )
    assert "access-control-allow-origin" not in evil.headers
    renew = env.invoke("/forge/link/renew", ALICE)
    assert "access-control-allow-origin" not in renew.headers


def test_forge_routes_are_404_when_forge_is_off(launch_forge: LaunchForge) -> None:
    env = launch_forge(install=False, environ={"GLANCEAPP_FORGE_APP_ID": ""})
    assert env.status(ALICE).status_code == 404
    assert env.client.get("/forge/link?ticket=x").status_code == 404


def test_sign_in_page_cannot_be_framed_and_has_no_htmx(launch_forge: LaunchForge) -> None:
    env = launch_forge()
    url = env.start(ALICE)
    with _browser(env) as browser:
        page = browser.get(url)
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert page.headers["referrer-policy"] == "no-referrer"
    assert "samesite=strict" in page.headers["set-cookie"].lower()
    scripts = [attrs.get("src") for tag, attrs in elements(page.text) if tag == "script"]
    assert not any("htmx" in (src or "") for src in scripts)
    form = next(attrs for tag, attrs in elements(page.text) if tag == "form")
    assert form["method"] == "post"
    assert form["action"] == "/forge/link"


# --------------------------------------------------------------------------- recovery


def test_unconfirmed_write_on_a_forge_site_is_settled_on_the_next_call(
    launch_forge: LaunchForge,
) -> None:
    env = launch_forge()
    site_id = env.forge.cloud_id
    url = env.start(ALICE)
    # Every attempt lands in Jira but its answer is lost: the link is not confirmed.
    env.forge.inject("PUT", "/ex/jira/", apply_then_fail=True, times=1000)
    with _browser(env) as browser:
        fields = env.open_page(browser, url)
        answer = env.sign_in(browser, fields, "alice", PASSWORD)
    assert "could not be reached" in answer.text
    env.forge.clear_faults()
    assert env.forge.property_of(ALICE, PROPERTY_KEY) is not None
    [pending] = env.rows("SELECT * FROM api_keys WHERE state = 'pending'")

    # The background sweep has no credential for a Forge-only site: it leaves the key alone.
    env.clock.advance(JIRA_DEADLINE * 3 + 1)
    report = env.server.call(env.server.app.state.services.links.sweep())
    assert report.discarded == 0
    assert env.rows("SELECT state FROM api_keys WHERE id = ?", (pending["id"],))[0][0] == "pending"

    # The person's next call brings their token: recovery reads the property back.
    status = env.invoke("/forge/link/start", ALICE)
    assert status.status_code == 200
    [active] = env.active_keys(site_id, ALICE)
    assert active["id"] == pending["id"]
    assert _state(env.status(ALICE).text) == "linked"


# --------------------------------------------------------------------------- secrets


def test_forge_secrets_stay_out_of_logs_and_database(
    launch_forge: LaunchForge, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    test_thread = threading.get_ident()
    env = launch_forge()
    fits: list[str] = []
    user_tokens: list[str] = []

    def invoke(path: str) -> httpx.Response:
        fit = env.forge.mint_fit(principal=ALICE)
        token = env.forge.mint_user_token(ALICE)
        fits.append(fit)
        user_tokens.append(token)
        return env.invoke(path, ALICE, fit=fit, user_token=token)

    url = invoke("/forge/link/start").json()["url"]
    ticket = url.partition("ticket=")[2]
    with _browser(env) as browser:
        fields = env.open_page(browser, url)
        env.sign_in(browser, fields, "alice", "a-wrong-password-that-is-secret-too")
        assert env.sign_in(browser, fields, "alice", PASSWORD).status_code == 200
    api_keys = [env.api_key(env.forge.cloud_id, ALICE)]
    assert invoke("/forge/link/renew").status_code == 200
    api_keys.append(env.api_key(env.forge.cloud_id, ALICE))
    status_fit = env.forge.mint_fit(principal=ALICE)
    fits.append(status_fit)
    env.client.get("/forge/glance/status", headers={"Authorization": f"Bearer {status_fit}"})
    # Refused: a FIT where an apiKey belongs, and a user token as a FIT.
    env.client.get("/api/whoami", headers={"Authorization": f"Bearer {status_fit}"})
    env.client.get("/forge/glance/status", headers={"Authorization": f"Bearer {user_tokens[0]}"})
    database_files = [Path(f"{env.settings.database}{s}") for s in ("", "-wal", "-shm")]
    stored = b"".join(path.read_bytes() for path in database_files if path.exists())
    assert invoke("/forge/link/unlink").status_code == 200

    app_records = [r for r in caplog.records if r.thread != test_thread]
    formatter = logging.Formatter("%(name)s %(message)s")
    log_text = "\n".join(f"{formatter.format(r)} {r.args!r}" for r in app_records)
    assert "/forge/link/start" in log_text  # the capture sees the app
    secrets = {
        "ticket": ticket,
        "csrf token": fields["csrf"],
        "password": PASSWORD,
        "wrong password": "a-wrong-password-that-is-secret-too",
        **{f"apiKey {i}": key for i, key in enumerate(api_keys)},
        **{f"FIT {i}": fit for i, fit in enumerate(fits)},
        **{f"user token {i}": token for i, token in enumerate(user_tokens)},
    }
    for name, secret in secrets.items():
        assert len(secret) >= 20, name
        assert secret not in log_text, f"{name} is in the logs"
        assert secret.encode() not in stored, f"{name} is in the database files"


def test_renew_flood_through_forge_is_limited_like_connect(launch_forge: LaunchForge) -> None:
    env = launch_forge()
    url = env.start(ALICE)
    with _browser(env) as browser:
        fields = env.open_page(browser, url)
        assert env.sign_in(browser, fields, "alice", PASSWORD).status_code == 200
    answers = [env.invoke("/forge/link/renew", ALICE).json()["html"] for _ in range(5)]
    assert all(_state(html) == "linked" for html in answers)
    limited = [html for html in answers if 'role="alert"' in html]
    assert limited, "a flood of renews was never limited"
    # Each limited renew made no key: at most the burst's worth were created.
    assert len(env.rows("SELECT * FROM api_keys")) < 1 + len(answers)
