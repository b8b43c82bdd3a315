"""FITs minted by a key these tests own, and the rules an app would verify them under."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

from glanceapp.forge import ForgeRules
from support.keys import rsa_key

APP_ID = "ari:cloud:ecosystem::app/11111111-2222-4333-8444-555555555555"
INSTALLATION = "ari:cloud:ecosystem::installation/66666666-7777-4888-9999-000000000000"
CLOUD_ID = "a1b2c3d4-0000-4000-8000-00000000c10d"
API_BASE = f"https://api.atlassian.com/ex/jira/{CLOUD_ID}"
ENVIRONMENT = "e0e0e0e0-1111-4222-8333-444444444444"
ALICE = "557058:alice"
KID = "forge-test-key"
NOW = 1_800_000_000
LEEWAY = 30
_DROP = object()


class Minter:
    """Signs FIT claims with the suite's own key; `claims()` is Forge's shape."""

    def __init__(self, key: rsa.RSAPrivateKey) -> None:
        self.key = key
        self.public: RSAPublicKey = key.public_key()

    def claims(self, *, principal: str | None = ALICE, now: int = NOW) -> dict[str, Any]:
        return {
            "iss": "forge/invocation-token",
            "aud": APP_ID,
            "iat": now,
            "nbf": now,
            "exp": now + 25,
            "jti": "j-1",
            "app": {
                "id": APP_ID,
                "installationId": INSTALLATION,
                "apiBaseUrl": API_BASE,
                "appVersion": "2.1.0",
                "environment": {"type": "PRODUCTION", "id": ENVIRONMENT},
                "installation": {
                    "id": INSTALLATION,
                    "contexts": [{"apiBaseUrl": API_BASE, "cloudId": CLOUD_ID}],
                },
                "module": {"type": "jira:issueContext", "key": "glance"},
            },
            "context": {
                "cloudId": CLOUD_ID,
                "siteUrl": "https://example.atlassian.net",
                "moduleKey": "glance",
                "extension": {"issue": {"key": "ABC-1"}},
            },
            **({"principal": principal} if principal is not None else {}),
        }

    def mint(
        self,
        claims: Mapping[str, Any] | None = None,
        *,
        headers: Mapping[str, Any] | None = None,
        key: Any = None,
        algorithm: str = "RS256",
    ) -> str:
        payload = copy.deepcopy(dict(claims if claims is not None else self.claims()))
        header = {"kid": KID, **(headers or {})}
        header = {k: v for k, v in header.items() if v is not _DROP}
        return jwt.encode(payload, key if key is not None else self.key, algorithm, header)

    def lookup(self, kid: str) -> RSAPublicKey | None:
        return self.public if kid == KID else None


DROP = _DROP


@pytest.fixture(scope="session")
def forge_key() -> rsa.RSAPrivateKey:
    return rsa_key("forge")


@pytest.fixture(scope="session")
def minter(forge_key: rsa.RSAPrivateKey) -> Minter:
    return Minter(forge_key)


@pytest.fixture
def rules() -> ForgeRules:
    return ForgeRules(
        app_id=APP_ID,
        environments=frozenset(),
        api_hosts=("api.atlassian.com",),
        leeway=LEEWAY,
    )
