"""Secrets never leave their place: not in logs, not in the database, not in Jira's copy.

A whole flow runs with every logger at DEBUG (the app serves in-process, so
caplog sees its records). The app's outgoing HTTP client is ours, only to
record what credentials it sent: OAuth assertions, bearer access tokens, app
JWTs. Then every secret is searched for in the log text, in the database's
files (main, WAL, shared memory), and in the properties the fake Jira stores.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

from .conftest import MASTER_SECRET, PASSWORD, Launch, root

ACCOUNT_ID = "557058:99999999-0000-4000-8000-000000000008"
WRONG_PASSWORD = "a-wrong-password-that-is-secret-too"
GLANCE = "/glance?issueKey=TEST-1&projectKey=TEST"


@pytest.mark.parametrize("jira_auth", ["user", "app"])
def test_secrets_stay_out_of_logs_database_and_jira(
    launch: Launch, caplog: pytest.LogCaptureFixture, jira_auth: str
) -> None:
    caplog.set_level(logging.DEBUG)
    test_thread = threading.get_ident()
    sent: list[str] = []

    async def remember(request: httpx.Request) -> None:
        authorization = request.headers.get("authorization")
        if authorization:
            sent.append(authorization.partition(" ")[2])
        if request.url.path.endswith("/oauth2/token"):
            form = dict(parse_qsl(request.content.decode()))
            sent.append(form["assertion"])

    http = httpx.AsyncClient(
        timeout=httpx.Timeout(10.0, connect=5.0),
        follow_redirects=False,
        trust_env=False,
        event_hooks={"request": [remember]},
    )
    env = launch(jira_auth=jira_auth, http_client=http, on_stop=http.aclose)
    site, client = env.site, env.client
    tokens: list[str] = []

    def headers() -> dict[str, str]:
        token = site.context_token(ACCOUNT_ID)
        tokens.append(token)
        return {"Authorization": f"JWT {token}", "HX-Request": "true"}

    url = site.iframe_url(GLANCE, ACCOUNT_ID)
    tokens.append(dict(parse_qsl(urlsplit(url).query))["jwt"])
    assert client.get(url).status_code == 200
    assert client.get("/link/form", headers=headers()).status_code == 200
    wrong = {"username": "alice", "password": WRONG_PASSWORD}
    assert root(client.post("/link", headers=headers(), data=wrong).text)["role"] == "alert"
    right = {"username": "alice", "password": PASSWORD}
    answer = client.post("/link", headers=headers(), data=right)
    assert root(answer.text)["data-link-state"] == "linked"
    api_keys = [site.api_key(ACCOUNT_ID)]
    env.clock.advance(3600)
    assert root(client.post("/link/renew", headers=headers()).text)["data-link-state"] == "linked"
    api_keys.append(site.api_key(ACCOUNT_ID))
    jira_copy = repr(site.fake.all_properties())
    for api_key in api_keys:
        env.whoami(api_key)
        # Refused requests carrying secrets in the wrong place.
        client.get("/glance/status", headers={"Authorization": f"Bearer {api_key}"})
        client.get("/api/whoami", headers={"Authorization": f"JWT {api_key}"})
    client.get("/api/whoami", headers={"Authorization": f"Bearer {tokens[0]}"})
    assert client.get(f"/glance/status?jwt={tokens[1]}").status_code == 401
    database_files = [Path(f"{env.database}{suffix}") for suffix in ("", "-wal", "-shm")]
    stored = b"".join(path.read_bytes() for path in database_files if path.exists())
    assert root(client.delete("/link", headers=headers()).text)["data-link-state"] == "unlinked"

    if jira_auth == "user":
        assert any(t.count(".") != 2 for t in sent), "no bearer access token was recorded"
    assert sent, "the app sent no credentials to Jira?"
    # The test's own client logs the URLs it requests (with `jwt=`) from this thread;
    # the app and the fakes log from theirs.
    app_records = [r for r in caplog.records if r.thread != test_thread]
    formatter = logging.Formatter("%(name)s %(message)s")
    log_text = "\n".join(f"{formatter.format(r)} {r.args!r}" for r in app_records)
    assert "GET /glance 200" in log_text  # the capture sees the app

    secrets = {
        "sharedSecret": site.fake.shared_secret,
        "master secret": MASTER_SECRET,
        "password": PASSWORD,
        "wrong password": WRONG_PASSWORD,
        **{f"apiKey {i}": key for i, key in enumerate(api_keys)},
        **{f"Jira token {i}": token for i, token in enumerate(tokens)},
        **{f"credential sent to Jira {i}": token for i, token in enumerate(sent)},
    }
    for name, secret in secrets.items():
        assert len(secret) >= 20, name
        assert secret not in log_text, f"{name} is in the logs"
        assert secret.encode() not in stored, f"{name} is in the database files"
    for name in ("password", "wrong password", "apiKey 0", "apiKey 1", "sharedSecret"):
        assert secrets[name] not in jira_copy, f"{name} is in Jira's copy"
