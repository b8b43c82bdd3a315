"""Security headers as the real server sends them, on every screen a person or Jira sees.

One server, two sites: one whose install names a custom `displayUrl`, one
without any. A person links, renews and unlinks on the first; every answer is
kept and checked against the header rules of the hardening issue. HSTS needs an
https base URL, which a loopback server cannot have, so that case runs the app
in-process.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from glanceapp.app import create_app
from glanceapp.sandbox.fakejira import OMIT
from glanceapp.settings import load_settings
from glanceapp.web.headers import THEME_STYLES_ORIGIN

from .conftest import GLANCE_PATH, MASTER_SECRET, PASSWORD, Launch, Ops, link_state

DISPLAY_URL = "https://custom.example.com"
ALL_JS_ORIGIN = "https://connect-cdn.atl-paas.net"
ACCOUNT_ID = "557058:0a0a0a0a-0000-4000-8000-000000000001"
ACCOUNT = "svc-headers"


def csp(response: httpx.Response) -> dict[str, list[str]]:
    """The Content-Security-Policy as {directive: [sources]} (exactly one header)."""
    values = response.headers.get_list("content-security-policy")
    assert len(values) == 1, f"expected one CSP header, got {values}"
    directives: dict[str, list[str]] = {}
    for part in values[0].split(";"):
        words = part.split()
        if words:
            assert words[0] not in directives, f"directive {words[0]} twice"
            directives[words[0]] = words[1:]
    return directives


def origin(url: str) -> str:
    parsed = httpx.URL(url)
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.scheme}://{parsed.host}{port}"


Answers = dict[str, httpx.Response]


@pytest.fixture(scope="module")
def product(module_launch: Launch) -> Ops:
    ops = module_launch(
        sites=2,
        site_payloads=[{"displayUrl": DISPLAY_URL}, {"displayUrl": OMIT}],
        # A displayUrl is framed only when its host is allowed too.
        GLANCEAPP_ALLOWED_HOSTS="127.0.0.1,custom.example.com",
    )
    ops.add_account(ACCOUNT)
    return ops


@pytest.fixture(scope="module")
def answers(product: Ops) -> Answers:
    """Every kind of response, collected in the order a person would cause them."""
    ops, custom, plain = product, product.sites[0], product.sites[1]
    client = ops.client
    got: Answers = {}
    got["glance page"] = client.get(custom.glance_url(ACCOUNT_ID))
    got["glance page, site without displayUrl"] = client.get(plain.glance_url(ACCOUNT_ID))
    got["status partial"] = ops.status(custom, ACCOUNT_ID)
    got["popup shell"] = client.get("/link")
    got["login form partial"] = client.get("/link/form", headers=custom.headers(ACCOUNT_ID))
    got["link refused (wrong password)"] = ops.link(
        custom, ACCOUNT_ID, ACCOUNT, "not the password!"
    )
    got["link result"] = ops.link(custom, ACCOUNT_ID, ACCOUNT, PASSWORD)
    assert link_state(got["link result"].text) == "linked", got["link result"].text
    got["renew"] = ops.renew(custom, ACCOUNT_ID)
    got["whoami"] = ops.whoami(custom.api_key(ACCOUNT_ID))
    got["unlink"] = ops.unlink(custom, ACCOUNT_ID)
    got["401 for htmx, no token"] = client.get("/glance/status", headers={"HX-Request": "true"})
    got["401 glance, no token"] = client.get(GLANCE_PATH)
    got["descriptor"] = client.get("/atlassian-connect.json")
    got["healthz"] = client.get("/healthz")
    got["static script"] = client.get("/static/app.js")
    got["404"] = client.get("/no/such/page", headers={"HX-Request": "true"})
    return got


TENANT_HTML = (
    "glance page",
    "status partial",
    "login form partial",
    "link refused (wrong password)",
    "link result",
    "renew",
    "unlink",
)
FROM_A_TOKEN = (*TENANT_HTML, "glance page, site without displayUrl", "whoami", "popup shell")
ALL = (
    *FROM_A_TOKEN,
    "401 for htmx, no token",
    "401 glance, no token",
    "descriptor",
    "healthz",
    "static script",
    "404",
)
HTML = (
    *TENANT_HTML,
    "glance page, site without displayUrl",
    "popup shell",
    "401 for htmx, no token",
)


def test_the_collected_answers_are_what_they_claim(answers: Answers) -> None:
    expected = {name: 200 for name in ALL}
    expected.update({"401 for htmx, no token": 401, "401 glance, no token": 401, "404": 404})
    assert {name: answers[name].status_code for name in ALL} == expected
    assert link_state(answers["unlink"].text) == "unlinked"
    for name in HTML:
        assert answers[name].headers["content-type"].startswith("text/html"), name


@pytest.mark.parametrize("name", TENANT_HTML)
def test_tenant_html_may_be_framed_by_its_site_and_display_url_only(
    answers: Answers, product: Ops, name: str
) -> None:
    policy = csp(answers[name])
    site = product.sites[0]
    assert sorted(policy["frame-ancestors"]) == sorted([origin(site.fake.base_url), DISPLAY_URL])


def test_a_site_without_display_url_frames_with_its_base_url_alone(
    answers: Answers, product: Ops
) -> None:
    policy = csp(answers["glance page, site without displayUrl"])
    assert policy["frame-ancestors"] == [origin(product.sites[1].fake.base_url)]


@pytest.mark.parametrize("name", HTML)
def test_scripts_styles_and_connections_come_from_the_app_and_all_js_only(
    answers: Answers, name: str
) -> None:
    response = answers[name]
    policy = csp(response)
    for directive in ("script-src", "connect-src"):
        assert sorted(policy[directive]) == sorted(["'self'", ALL_JS_ORIGIN]), directive
    # Styles also from the one origin all.js loads Jira's theme stylesheets from.
    assert sorted(policy["style-src"]) == sorted({"'self'", ALL_JS_ORIGIN, THEME_STYLES_ORIGIN})
    header = response.headers["content-security-policy"]
    assert "'unsafe-inline'" not in header
    assert "'unsafe-eval'" not in header
    assert policy.get("default-src") == ["'none'"]


def test_the_popup_may_not_be_framed(answers: Answers) -> None:
    assert csp(answers["popup shell"])["frame-ancestors"] == ["'none'"]


def test_before_a_tenant_is_known_the_allowed_hosts_frame_over_https(answers: Answers) -> None:
    assert csp(answers["401 for htmx, no token"])["frame-ancestors"] == [
        "https://127.0.0.1",
        "https://custom.example.com",
    ]


@pytest.mark.parametrize("name", ALL)
def test_every_answer_hides_the_referrer_and_forbids_sniffing(answers: Answers, name: str) -> None:
    headers = answers[name].headers
    assert headers.get_list("referrer-policy") == ["no-referrer"]
    assert headers.get_list("x-content-type-options") == ["nosniff"]
    assert "strict-transport-security" not in headers  # the base URL is http


@pytest.mark.parametrize("name", FROM_A_TOKEN)
def test_nothing_rendered_from_a_token_is_cached(answers: Answers, name: str) -> None:
    assert answers[name].headers.get_list("cache-control") == ["no-store"]


@pytest.mark.parametrize("name", ALL)
def test_nothing_forbids_framing_or_cuts_the_opener(answers: Answers, name: str) -> None:
    headers = answers[name].headers
    assert "x-frame-options" not in headers
    assert "cross-origin-opener-policy" not in headers


def test_every_answer_carries_a_request_id(answers: Answers) -> None:
    ids = [answers[name].headers.get("x-request-id") for name in ALL]
    assert all(ids), ids
    assert len(set(ids)) == len(ids)


# --------------------------------------------------------------------------- in-process: https


@pytest.fixture
def https_app(tmp_path: Path) -> Litestar:
    settings = load_settings(
        {
            "GLANCEAPP_SECRET_KEY": MASTER_SECRET,
            "GLANCEAPP_DATABASE": str(tmp_path / "glanceapp.db"),
            "GLANCEAPP_BASE_URL": "https://app.example.com",
            "GLANCEAPP_ALLOWED_HOSTS": "*.atlassian.net,site.test",
            "GLANCEAPP_WORKERS": "1",
        },
        env_file=None,
    )
    return create_app(settings, sweep_interval=None)


async def test_hsts_is_sent_when_the_base_url_is_https(https_app: Litestar) -> None:
    async with AsyncTestClient(app=https_app) as client:
        answers = [
            await client.get("/healthz"),
            await client.get("/link"),
            await client.get("/atlassian-connect.json"),
            await client.get("/glance/status", headers={"HX-Request": "true"}),
        ]
    assert [a.status_code for a in answers] == [200, 200, 200, 401]
    for answer in answers:
        hsts = answer.headers.get_list("strict-transport-security")
        assert len(hsts) == 1
        assert hsts[0].startswith("max-age=")
        assert int(hsts[0].split(";")[0].removeprefix("max-age=")) >= 15_552_000  # 180 days
    unknown_tenant = csp(answers[3])["frame-ancestors"]
    assert unknown_tenant == ["https://*.atlassian.net", "https://site.test"]


def test_a_refused_oversized_body_carries_the_security_headers(product: Ops) -> None:
    site = product.sites[0]
    answer = product.client.post(
        "/link",
        headers={**site.headers(ACCOUNT_ID), "Content-Type": "application/x-www-form-urlencoded"},
        content=b"username=" + b"x" * (65 * 1024),
    )
    assert answer.status_code == 413
    assert answer.headers.get("x-request-id")
    assert answer.headers.get_list("x-content-type-options") == ["nosniff"]
    assert answer.headers.get_list("referrer-policy") == ["no-referrer"]
