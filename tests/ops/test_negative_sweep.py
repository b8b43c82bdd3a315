"""A negative sweep in the spirit of Atlassian's connect-security-req-tester.

Against the real server: every URL of the served descriptor and every route
that needs a JWT or an apiKey is called with GET, POST and its own method,
carrying no token, an `alg: none` token, a token signed with a wrong secret (or
key) and an expired one, in the header and in the `jwt` query parameter. Each
must answer 401 (405 only where the path has no such method), and nothing may
be written: not in the database, not in Jira. The bodies carry what a bypass
would act on (the tenant's own clientKey, a real person, a real password, a new
sharedSecret), so a hole would show as a write.
"""

from __future__ import annotations

import base64
import json
import secrets
import time
from collections.abc import Iterator
from typing import Any

import httpx
import jwt
import pytest
from atlassian_jwt.url_utils import hash_url
from cryptography.hazmat.primitives.asymmetric import rsa

from glanceapp import resources
from support.keys import rsa_key

from .conftest import GLANCE_PATH, PASSWORD, PROPERTY_KEY, Launch, Ops, Site, link_state

ACCOUNT_ID = "557058:5eeeeeee-0000-4000-8000-000000000002"
ACCOUNT = "svc-sweep-7f3a"
CONTEXT_QSH = "context-qsh"

# Where each path is authenticated, and which methods exist on it.
KIND = {
    "/glance": "request",
    "/glance/status": "context",
    "/link/form": "context",
    "/link": "context",
    "/link/renew": "context",
    "/api/whoami": "bearer",
    "/enabled": "request",
    "/disabled": "request",
    "/installed": "install",
    "/uninstalled": "install",
}
PATH_METHODS = {
    "/glance": {"GET"},
    "/glance/status": {"GET"},
    "/link/form": {"GET"},
    "/link": {"GET", "POST", "DELETE"},
    "/link/renew": {"POST"},
    "/api/whoami": {"GET"},
    "/enabled": {"POST"},
    "/disabled": {"POST"},
    "/installed": {"POST"},
    "/uninstalled": {"POST"},
}
PUBLIC = {("GET", "/link")}
ROUTES = [
    ("GET", GLANCE_PATH),
    ("GET", "/glance/status"),
    ("GET", "/link/form"),
    ("POST", "/link"),
    ("POST", "/link/renew"),
    ("DELETE", "/link"),
    ("GET", "/api/whoami"),
    ("POST", "/enabled"),
    ("POST", "/disabled"),
    ("POST", "/installed"),
    ("POST", "/uninstalled"),
]


def b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def unsigned(claims: dict[str, Any], **header: str) -> str:
    return f"{b64({'alg': 'none', 'typ': 'JWT', **header})}.{b64(claims)}."


class Sweep:
    """The tokens and bodies of the sweep for one installed site."""

    def __init__(self, ops: Ops, stranger: rsa.RSAPrivateKey) -> None:
        self.ops = ops
        self.site: Site = ops.site
        self.stranger = stranger

    def claims(self, kind: str, method: str, target: str, *, now: int) -> dict[str, Any]:
        qsh = CONTEXT_QSH if kind in ("context", "bearer") else hash_url(method, target)
        claims: dict[str, Any] = {
            "iss": self.site.client_key,
            "sub": ACCOUNT_ID,
            "iat": now,
            "exp": now + 180,
            "qsh": qsh,
        }
        if kind == "install":
            claims["aud"] = self.ops.server.base_url
        return claims

    def tokens(self, kind: str, method: str, target: str) -> dict[str, str | None]:
        now = int(time.time())
        fresh = self.claims(kind, method, target, now=now)
        expired = {**self.claims(kind, method, target, now=now - 3600), "exp": now - 600}
        wrong = secrets.token_urlsafe(48)
        found: dict[str, str | None] = {
            "no token": None,
            "alg none": unsigned(fresh),
            "HS256, wrong secret": jwt.encode(fresh, wrong, algorithm="HS256"),
        }
        if kind == "install":
            kid = {"kid": self.site.fake.kid}
            private = self.site.fake.private_key
            found["RS256, stranger's key"] = jwt.encode(
                fresh, self.stranger, algorithm="RS256", headers=kid
            )
            found["alg none with kid"] = unsigned(fresh, **kid)
            found["expired (right key)"] = jwt.encode(
                expired, private, algorithm="RS256", headers=kid
            )
        else:
            secret = self.site.fake.shared_secret
            found["expired (right secret)"] = jwt.encode(expired, secret, algorithm="HS256")
        return found

    def body(self, path: str) -> dict[str, Any]:
        fake = self.site.fake
        if path == "/link":
            return {"data": {"username": ACCOUNT, "password": PASSWORD}}
        if path in ("/installed", "/uninstalled", "/enabled", "/disabled"):
            payload = {
                "key": fake.app_key,
                "clientKey": fake.client_key,
                "baseUrl": fake.base_url,
                "productType": "jira",
                "eventType": path.strip("/"),
            }
            if path == "/installed":
                payload["sharedSecret"] = "hijacked-" + secrets.token_urlsafe(40)
            return {"content": json.dumps(payload), "headers": {"Content-Type": "application/json"}}
        return {}

    def snapshot(self) -> dict[str, Any]:
        """Everything a bypass could change."""
        fake = self.site.fake
        return {
            "counts": self.ops.counts(),
            "tenants": [tuple(r) for r in self.ops.rows("SELECT * FROM tenants ORDER BY 1")],
            "api_keys": [tuple(r) for r in self.ops.rows("SELECT * FROM api_keys ORDER BY id")],
            "properties": fake.all_properties(),
            "grants": fake.grant_count,
            "shared secret": fake.shared_secret,
        }


@pytest.fixture(scope="module")
def stranger() -> rsa.RSAPrivateKey:
    return rsa_key("stranger")


@pytest.fixture(scope="module")
def sweep(module_launch: Launch, stranger: rsa.RSAPrivateKey) -> Sweep:
    ops = module_launch()
    ops.add_account(ACCOUNT)
    answer = ops.link(ops.site, ACCOUNT_ID, ACCOUNT)
    assert link_state(answer.text) == "linked", answer.text
    ops.site.fake.clear_requests()
    return Sweep(ops, stranger)


def calls(sweep: Sweep, method: str, target: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(description, httpx request arguments) for every token in every place."""
    path = target.partition("?")[0]
    kind = KIND[path]
    body = sweep.body(path) if method in ("POST", "PUT", "DELETE") else {}
    for name, token in sweep.tokens(kind, method, target).items():
        extra_headers = dict(body.get("headers", {}))
        arguments = {k: v for k, v in body.items() if k != "headers"}
        if token is None:
            yield name, {"url": target, "headers": extra_headers, **arguments}
            continue
        placements = {
            "header": (target, {"Authorization": f"JWT {token}", "HX-Request": "true"}),
            "query": (f"{target}{'&' if '?' in target else '?'}jwt={token}", {}),
        }
        if kind == "bearer":
            placements["bearer"] = (target, {"Authorization": f"Bearer {token}"})
        for where, (url, headers) in placements.items():
            yield (
                f"{name} in {where}",
                {"url": url, "headers": {**extra_headers, **headers}, **arguments},
            )


@pytest.mark.parametrize(("own_method", "target"), ROUTES, ids=[f"{m} {t}" for m, t in ROUTES])
def test_every_refused_token_is_401_and_writes_nothing(
    sweep: Sweep, own_method: str, target: str
) -> None:
    path = target.partition("?")[0]
    fake = sweep.site.fake
    before = sweep.snapshot()
    fake.clear_requests()
    problems: list[str] = []
    own_answers = 0
    with httpx.Client(base_url=sweep.ops.server.base_url, timeout=60.0, trust_env=False) as client:
        for method in dict.fromkeys((own_method, "GET", "POST")):
            if (method, path) in PUBLIC:
                continue
            may_405 = method not in PATH_METHODS[path]
            for name, arguments in calls(sweep, method, target):
                answer = client.request(method, **arguments)
                where = f"{method} {target} with {name}"
                allowed = {401, 405} if may_405 else {401}
                if answer.status_code not in allowed:
                    problems.append(f"{where}: {answer.status_code} {answer.text[:200]}")
                    continue
                if answer.status_code == 401:
                    if not answer.headers.get("www-authenticate"):
                        problems.append(f"{where}: 401 without WWW-Authenticate")
                    for secret in (sweep.site.client_key, ACCOUNT_ID, ACCOUNT):
                        if secret in answer.text:
                            problems.append(f"{where}: the 401 body names {secret!r}")
                if method == own_method:
                    own_answers += 1
    assert problems == []
    assert own_answers >= 4, "the route's own method was not swept"
    assert sweep.snapshot() == before
    written = [
        f"{r.method} {r.path}" for r in fake.requests if r.method in ("PUT", "DELETE", "POST")
    ]
    assert written == [], "the app wrote to Jira during refused requests"


def descriptor_urls(descriptor: dict[str, Any]) -> tuple[set[tuple[str, str]], set[str]]:
    """(authenticated (method, url) pairs, public urls) named in a descriptor."""
    authenticated = {("POST", url) for url in descriptor["lifecycle"].values()}
    public: set[str] = set()
    for modules in descriptor["modules"].values():
        for module in modules:
            target = module["target"]["url"]
            target = target.replace("{issue.key}", "TEST-1").replace("{project.key}", "TEST")
            authenticated.add(("GET", target))
            if "icon" in module:
                public.add(module["icon"]["url"])
    return authenticated, public


def test_the_sweep_covers_every_url_of_the_served_descriptor(sweep: Sweep) -> None:
    descriptor = sweep.ops.client.get("/atlassian-connect.json").json()
    authenticated, public = descriptor_urls(descriptor)
    assert authenticated, "the descriptor names no URL?"
    assert authenticated <= set(ROUTES)
    for url in public:
        assert url.startswith("/static/")
        assert sweep.ops.client.get(url).status_code == 200


def test_public_routes_reveal_nothing_about_tenants_or_people(sweep: Sweep) -> None:
    ops, fake = sweep.ops, sweep.site.fake
    assert link_state(ops.status(ops.site, ACCOUNT_ID).text) == "linked"
    assert fake.property(ACCOUNT_ID, PROPERTY_KEY) is not None
    htmx = next(p.name for p in (resources.static_dir() / "vendor").glob("htmx-*.min.js"))
    descriptor = ops.client.get("/atlassian-connect.json").json()
    _, icons = descriptor_urls(descriptor)
    urls = [
        "/atlassian-connect.json",
        "/link",
        "/healthz",
        "/static/app.js",
        "/static/app.css",
        f"/static/vendor/{htmx}",
        *icons,
    ]
    telling = {
        "clientKey": fake.client_key,
        "site baseUrl": fake.base_url,
        "site host": fake.base_url.removeprefix("http://"),
        "accountId": ACCOUNT_ID,
        "installer accountId": fake.installer_account_id,
        "service account": ACCOUNT,
        "oauthClientId": fake.oauth_client_id,
    }
    for url in urls:
        answer = ops.client.get(url)
        assert answer.status_code == 200, url
        seen = answer.text + "\n" + "\n".join(f"{k}: {v}" for k, v in answer.headers.items())
        for what, value in telling.items():
            assert value not in seen, f"{url} reveals the {what}"
