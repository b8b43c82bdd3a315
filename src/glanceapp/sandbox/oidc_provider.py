"""A real OpenID Connect provider for the tests and the sandbox: panva's `oidc-provider`
(OpenID Certified) run by node on loopback, behind a small proxy that can rewrite its
token answers.

It runs from a source checkout, where `make provider` installs it into
`tools/oidc-provider/` (npm, pinned); an installed wheel has no provider.

The proxy is the issuer the app is configured with; it forwards every request
(the browser's and the app's) to the provider unchanged, keeping the `Host`
header so the provider builds its URLs on the proxy's address. A test can set
`rewrite` to replace the ID token in the token endpoint's answer: the forged
tokens a certified provider will never mint (`alg: none`, HS256 keyed with the
public key, another audience, an expired one, a wrong nonce) reach the app as if
the provider had sent them. The provider signs with a key the tests made, so a
forged token can also be signed correctly and fail only on the claim it breaks.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import shutil
import subprocess
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import httpx
import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

ROOT = Path(__file__).resolve().parents[3]
PROVIDER_DIR = ROOT / "tools" / "oidc-provider"
PROVIDER_SCRIPT = PROVIDER_DIR / "provider.mjs"
PROVIDER_MODULE = PROVIDER_DIR / "node_modules" / "oidc-provider" / "package.json"
CLIENT_ID = "glanceapp-sandbox"
CLIENT_SECRET = "glanceapp-sandbox-client-secret-0123456789"  # noqa: S105 - a loopback test client
KID = "tests-rs256"
STOP_TIMEOUT_SECONDS = 10.0

USERS: dict[str, dict[str, Any]] = {
    "ann": {
        "password": "ann's provider password",
        "sub": "f3b0c6d2-ann",
        "claims": {"preferred_username": "ann", "name": "Ann Lee", "groups": ["jira-users"]},
    },
    "nameless": {
        "password": "nameless provider password",
        "sub": "9a7e-nameless",
        "claims": {"name": "No Username", "groups": ["jira-users"]},
    },
}

Rewrite = Callable[[str], str]


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def provider_missing() -> str | None:
    """Why the provider cannot run here, or None."""
    if not PROVIDER_SCRIPT.is_file():
        return "it runs only from a source checkout of glanceapp"
    if shutil.which("node") is None:
        return "node is not installed"
    if not PROVIDER_MODULE.is_file():
        return "oidc-provider is not installed: run `make provider`"
    return None


class _ProxyHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: requests carry codes and tokens."""

    def do_GET(self) -> None:
        self._forward()

    do_POST = do_GET

    def _forward(self) -> None:
        proxy: RewritingProxy = self.server.proxy  # type: ignore[attr-defined]
        length = int(self.headers.get("Content-Length", "0") or "0")
        body = self.rfile.read(length) if length else b""
        if proxy.down:
            self._answer(503, [("Content-Type", "text/plain")], b"provider down")
            return
        headers = [
            (name, value)
            for name, value in self.headers.items()
            if name.lower() not in ("content-length", "connection", "accept-encoding")
        ]
        # The bare transport: no cookie jar, so one browser's provider session never
        # rides along with another's request.
        answer = proxy.transport.handle_request(
            httpx.Request(self.command, proxy.upstream + self.path, content=body, headers=headers)
        )
        try:
            content = answer.read()
        finally:
            answer.close()
        rewrite = proxy.rewrite
        if (
            rewrite is not None
            and self.command == "POST"
            and self.path.split("?")[0] == "/token"
            and answer.status_code == 200
        ):
            token = json.loads(content)
            token["id_token"] = rewrite(token["id_token"])
            content = json.dumps(token).encode()
        kept = [
            (name, value)
            for name, value in answer.headers.multi_items()
            if name.lower()
            not in ("content-length", "connection", "transfer-encoding", "content-encoding")
        ]
        self._answer(answer.status_code, kept, content)

    def _answer(self, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class RewritingProxy:
    """The issuer address: forwards to the provider; may rewrite the token answer's ID token."""

    def __init__(self) -> None:
        self.upstream = ""
        self.rewrite: Rewrite | None = None
        self.down = False
        self.transport = httpx.HTTPTransport()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _ProxyHandler)
        self._server.daemon_threads = True
        self._server.proxy = self  # type: ignore[attr-defined]
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="oidc-proxy", daemon=True
        )
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(STOP_TIMEOUT_SECONDS)
        self.transport.close()


class Provider:
    """oidc-provider under node, with the proxy in front as its issuer."""

    def __init__(self, redirect_uri: str = "http://127.0.0.1/link/callback") -> None:
        """`redirect_uri`: a loopback URI matches on any port (a native client, RFC 8252)."""
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.key))
        jwk.update(kid=KID, use="sig", alg="RS256")
        self.proxy = RewritingProxy()
        self.issuer = self.proxy.url
        config = {
            "issuer": self.issuer,
            "port": 0,
            "client": {
                "client_id": CLIENT_ID,
                "client_secret": CLIENT_SECRET,
                "application_type": "native",
                "redirect_uris": [redirect_uri],
            },
            "jwks": {"keys": [jwk]},
            "users": USERS,
        }
        env = {**os.environ, "GLANCEAPP_TEST_PROVIDER": json.dumps(config)}
        env.pop("NODE_OPTIONS", None)
        node = shutil.which("node")
        if node is None:
            self.proxy.close()
            raise RuntimeError("node is not installed")
        self._process = subprocess.Popen(  # noqa: S603 - our own script, by absolute paths
            [node, str(PROVIDER_SCRIPT)],
            cwd=PROVIDER_DIR,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self._process.stdout is not None
        line = self._process.stdout.readline()  # blocks until listening, or EOF if it died
        if not line:
            self._process.wait(STOP_TIMEOUT_SECONDS)
            self.proxy.close()
            raise RuntimeError(f"the OpenID Connect provider exited ({self._process.returncode})")
        self.proxy.upstream = f"http://127.0.0.1:{json.loads(line)['port']}"

    @property
    def public_pem(self) -> bytes:
        return self.key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    def close(self) -> None:
        self._process.terminate()
        try:
            self._process.wait(STOP_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(STOP_TIMEOUT_SECONDS)
        if self._process.stdout is not None:
            self._process.stdout.close()
        self.proxy.close()

    # -- forging what a certified provider never mints ---------------------------

    def resign(self, token: str, **changes: Any) -> str:
        """The token with claims changed (None removes one), signed by the provider's key."""
        claims = jwt.decode(token, options={"verify_signature": False})
        for name, value in changes.items():
            if value is None:
                claims.pop(name, None)
            else:
                claims[name] = value
        return jwt.encode(claims, self.key, algorithm="RS256", headers={"kid": KID})

    @staticmethod
    def unsigned(token: str) -> str:
        """The same claims with `alg: none` and no signature."""
        payload = token.split(".")[1]
        header = b64(json.dumps({"alg": "none", "typ": "JWT"}).encode())
        return f"{header}.{payload}."

    def hs256_with_public_key(self, token: str) -> str:
        """The same claims MACed with HS256 under the provider's public key (key confusion)."""
        payload = token.split(".")[1]
        header = b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": KID}).encode())
        signing_input = f"{header}.{payload}".encode()
        mac = hmac.new(self.public_pem, signing_input, hashlib.sha256).digest()
        return f"{header}.{payload}.{b64(mac)}"


def sign_in_at_provider(authorize_url: str, login: str, password: str, *, stop_at: str) -> str:
    """Play the person's browser at the provider: its login page, then back to the app.

    Returns the URL the provider sends the browser to (the app's callback), without
    fetching it.
    """
    with httpx.Client(trust_env=False, follow_redirects=False, timeout=30.0) as browser:
        url = authorize_url
        for _ in range(10):
            if url.startswith(stop_at):
                return url
            page = browser.get(url)
            if page.status_code in (302, 303):
                url = urljoin(url, page.headers["location"])
                continue
            assert page.status_code == 200, page.text
            assert 'id="provider-login"' in page.text, page.text
            action = page.text.split('id="provider-login" method="post" action="', 1)[1]
            action = action.split('"', 1)[0]
            answer = browser.post(urljoin(url, action), data={"login": login, "password": password})
            assert answer.status_code in (302, 303), answer.text
            url = urljoin(url, answer.headers["location"])
        raise AssertionError("the provider did not send the browser back to the app")
