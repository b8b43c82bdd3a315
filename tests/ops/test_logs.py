"""The server's own log output: one line per request with a request id, and never a secret.

The full flow runs against the real server process (install, glance with
`?jwt=`, a wrong and a right password, renew, whoami, unlink, refusals that
carry tokens in the wrong place); then its captured stdout and stderr are
searched for every secret that passed through it, including the JWTs, OAuth
assertions and bearer tokens it sent to Jira and the access tokens Jira granted.
"""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qsl, urlsplit

import pytest

from .conftest import MASTER_SECRET, PASSWORD, Launch, Ops, link_state

ACCOUNT_ID = "557058:1aaaaaaa-0000-4000-8000-000000000003"
ACCOUNT = "svc-logs"
WRONG_PASSWORD = "a wrong password, secret too"
ISO_Z = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$")
TEXT_ACCESS = re.compile(
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z INFO glanceapp\.access (?P<message>.+) "
    r"request_id=(?P<request_id>[0-9a-f]+)$"
)
LIFECYCLE_CALLS = 2  # the fixture's install and enable


def run_full_flow(ops: Ops) -> dict[str, str]:
    """Drive every route once (and a few refusals); return the secrets that went by."""
    site, client = ops.site, ops.client
    found = {
        "sharedSecret": site.fake.shared_secret,
        "master secret": MASTER_SECRET,
        "password": PASSWORD,
        "wrong password": WRONG_PASSWORD,
    }
    glance_url = site.glance_url(ACCOUNT_ID)
    found["jwt query value"] = dict(parse_qsl(urlsplit(glance_url).query))["jwt"]
    assert client.get(glance_url).status_code == 200

    context = site.context_token(ACCOUNT_ID)
    found["context token"] = context
    headers = {"Authorization": f"JWT {context}", "HX-Request": "true"}
    assert client.get("/glance/status", headers=headers).status_code == 200
    assert client.get("/link").status_code == 200
    assert client.get("/link/form", headers=headers).status_code == 200
    wrong = client.post(
        "/link", headers=headers, data={"username": ACCOUNT, "password": WRONG_PASSWORD}
    )
    assert link_state(wrong.text) == "error"
    right = client.post("/link", headers=headers, data={"username": ACCOUNT, "password": PASSWORD})
    assert link_state(right.text) == "linked", right.text
    found["first apiKey"] = site.api_key(ACCOUNT_ID)
    found["first sealed apiKey"] = site.property(ACCOUNT_ID)["apiKey"]
    assert link_state(client.post("/link/renew", headers=headers).text) == "linked"
    found["renewed apiKey"] = site.api_key(ACCOUNT_ID)
    answer = ops.whoami(found["renewed apiKey"])
    assert answer.status_code == 200
    assert answer.json()["account"] == ACCOUNT

    # Refusals that carry secrets where they do not belong.
    assert ops.whoami(found["first apiKey"]).status_code == 401
    assert client.get(f"/glance/status?jwt={context}").status_code == 401
    assert (
        client.get("/glance/status", headers={"Authorization": f"Bearer {context}"}).status_code
        == 401
    )
    assert (
        client.get(
            "/api/whoami", headers={"Authorization": f"JWT {found['renewed apiKey']}"}
        ).status_code
        == 401
    )
    assert link_state(client.delete("/link", headers=headers).text) == "unlinked"
    assert ops.whoami(found["renewed apiKey"]).status_code == 401

    # A request id offered by the caller is not taken for ours.
    offered = client.get("/healthz", headers={"X-Request-Id": "chosen-by-the-caller"})
    assert offered.headers.get_list("x-request-id") != ["chosen-by-the-caller"]

    presented = site.fake.presented_credentials
    assert any(c.count(".") == 2 for c in presented), "no JWT assertion was recorded"
    assert any(c.count(".") != 2 for c in presented), "no bearer access token was recorded"
    for index, credential in enumerate(presented):
        found[f"credential between app and Jira #{index}"] = credential
    return found


def request_ids_sent(ops: Ops) -> list[tuple[str, str, int]]:
    """(request id, "METHOD path", status) of every answer our client received."""
    return [
        (r.headers["x-request-id"], f"{r.request.method} {r.request.url.path}", r.status_code)
        for r in ops.responses
    ]


@pytest.mark.parametrize("log_format", ["json", "text"])
def test_one_line_per_request_and_never_a_secret(launch: Launch, log_format: str) -> None:
    ops = launch(log_format=log_format)
    ops.add_account(ACCOUNT)
    secrets = run_full_flow(ops)
    ops.server.stop_cleanly()  # then every access line is written
    stderr = ops.server.stderr()
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert lines, "the server logged nothing"

    access: dict[str, str] = {}
    access_lines = 0
    for line in lines:
        if log_format == "json":
            entry = json.loads(line)  # each line is exactly one JSON object
            assert isinstance(entry, dict), line
            assert {"time", "level", "logger", "message"} <= entry.keys(), line
            assert ISO_Z.match(entry["time"]), line
            if entry["logger"] != "glanceapp.access":
                continue
            request_id, message = entry.get("request_id"), entry["message"]
        else:
            match = TEXT_ACCESS.match(line)
            if match is None:
                assert "glanceapp.access" not in line, f"malformed access line: {line}"
                continue
            request_id, message = match["request_id"], match["message"]
        access_lines += 1
        assert request_id, f"an access line without a request id: {line}"
        assert request_id not in access, f"request id {request_id} logged twice"
        access[request_id] = message

    sent = request_ids_sent(ops)
    assert len({request_id for request_id, _, _ in sent}) == len(sent)
    assert all(re.fullmatch(r"[0-9a-f]{16}", request_id) for request_id, _, _ in sent)
    health = ops.server.health_request_ids
    for request_id, what, status in sent:
        assert request_id in access, f"no access line for {what}"
        assert access[request_id].startswith(f"{what} {status} "), (access[request_id], what)
    for request_id in health:
        assert access[request_id].startswith("GET /healthz ")
    expected = len(sent) + len(health) + LIFECYCLE_CALLS
    assert expected <= access_lines <= expected + ops.server.uncertain_polls

    output = ops.server.all_output()
    assert "jwt=" not in output
    for name, secret in secrets.items():
        assert len(secret) >= 12, name
        assert secret not in output, f"the {name} is in the server's output"
