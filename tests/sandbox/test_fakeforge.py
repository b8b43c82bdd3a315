"""The fake Forge platform checks what Forge and Jira's API gateway would."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from glanceapp.sandbox.fakeforge import FIT_ISSUER, OMIT, FakeForge
from glanceapp.sandbox.fakejira import FakeJira
from support.keys import rsa_key

ALICE = "557058:alice"
BOB = "557058:bob"


@pytest.fixture(scope="module")
def signing_key() -> rsa.RSAPrivateKey:
    return rsa_key("forge")


@pytest.fixture
def forge(signing_key: rsa.RSAPrivateKey) -> Iterator[FakeForge]:
    with FakeForge(app_base_url="http://127.0.0.1:9", signing_key=signing_key) as fake:
        yield fake


def _verify(forge: FakeForge, token: str) -> dict[str, object]:
    jwks = httpx.get(forge.jwks_url).json()
    kid = jwt.get_unverified_header(token)["kid"]
    jwk = next(k for k in jwks["keys"] if k["kid"] == kid)
    key = jwt.PyJWK(jwk).key
    claims: dict[str, object] = jwt.decode(
        token, key, algorithms=["RS256"], audience=forge.app_id, issuer=FIT_ISSUER
    )
    return claims


def _url(forge: FakeForge, account_id: str, key: str = "glanceapp.link") -> str:
    return f"{forge.api_base_url}/rest/api/3/user/properties/{key}?accountId={account_id}"


def test_jwks_is_served_with_max_age(forge: FakeForge) -> None:
    forge.jwks_max_age = 123
    answer = httpx.get(forge.jwks_url)
    assert answer.status_code == 200
    assert answer.headers["cache-control"] == "public, max-age=123"
    assert [k["kid"] for k in answer.json()["keys"]] == [forge.kid]


def test_minted_fit_verifies_against_the_jwks_with_forge_claims(forge: FakeForge) -> None:
    claims = _verify(forge, forge.mint_fit(principal=ALICE, issue_key="KEY-7"))
    app = claims["app"]
    assert isinstance(app, dict)
    assert app["installationId"] == forge.installation_id
    assert app["apiBaseUrl"] == forge.api_base_url
    assert app["installation"]["contexts"] == [
        {"apiBaseUrl": forge.api_base_url, "cloudId": forge.cloud_id}
    ]
    assert app["environment"]["id"] == forge.environment_id
    assert claims["principal"] == ALICE
    assert claims["context"] == {
        "cloudId": forge.cloud_id,
        "siteUrl": forge.site_url,
        "moduleKey": "glance",
        "extension": {"type": "jira:issueContext", "issue": {"key": "KEY-7"}},
    }


def test_overrides_drop_claims_and_header_fields(forge: FakeForge) -> None:
    token = forge.mint_fit(
        principal=ALICE,
        app_override={"installationId": OMIT},
        header_override={"kid": OMIT},
    )
    assert "kid" not in jwt.get_unverified_header(token)
    claims = jwt.decode(token, options={"verify_signature": False})
    assert "installationId" not in claims["app"]


def test_rotated_key_replaces_the_old_one_when_not_kept(forge: FakeForge) -> None:
    old = forge.kid
    new = forge.rotate_key(keep_old=False)
    kids = [k["kid"] for k in httpx.get(forge.jwks_url).json()["keys"]]
    assert kids == [new]
    assert old != new


def test_user_token_writes_reads_and_deletes_own_property(forge: FakeForge) -> None:
    headers = {"Authorization": f"Bearer {forge.mint_user_token(ALICE)}"}
    put = httpx.put(_url(forge, ALICE), json={"v": 1}, headers=headers)
    assert put.status_code == 201
    assert forge.property_of(ALICE, "glanceapp.link") == {"v": 1}
    got = httpx.get(_url(forge, ALICE), headers=headers)
    assert got.json()["value"] == {"v": 1}
    assert httpx.delete(_url(forge, ALICE), headers=headers).status_code == 204
    assert forge.property_of(ALICE, "glanceapp.link") is None
    assert httpx.get(_url(forge, ALICE), headers=headers).status_code == 404


def test_user_token_cannot_touch_another_persons_property(forge: FakeForge) -> None:
    headers = {"Authorization": f"Bearer {forge.mint_user_token(ALICE)}"}
    answer = httpx.put(_url(forge, BOB), json={"v": 1}, headers=headers)
    assert answer.status_code == 403
    assert forge.property_of(BOB, "glanceapp.link") is None


def test_user_token_for_another_site_is_refused(forge: FakeForge) -> None:
    token = forge.mint_user_token(ALICE, cloud_id="another-cloud")
    answer = httpx.put(
        _url(forge, ALICE), json={"v": 1}, headers={"Authorization": f"Bearer {token}"}
    )
    assert answer.status_code == 401
    assert forge.property_of(ALICE, "glanceapp.link") is None


def test_expired_user_token_is_refused(forge: FakeForge) -> None:
    token = forge.mint_user_token(ALICE, ttl=60)
    forge.set_clock(60)
    answer = httpx.put(
        _url(forge, ALICE), json={"v": 1}, headers={"Authorization": f"Bearer {token}"}
    )
    assert answer.status_code == 401


def test_unknown_or_missing_token_is_refused(forge: FakeForge) -> None:
    assert httpx.get(_url(forge, ALICE)).status_code == 401
    forged = jwt.encode({"sub": ALICE}, "x" * 32, algorithm="HS256")
    answer = httpx.get(_url(forge, ALICE), headers={"Authorization": f"Bearer {forged}"})
    assert answer.status_code == 401


def test_request_log_keeps_no_token(forge: FakeForge) -> None:
    token = forge.mint_user_token(ALICE)
    httpx.get(_url(forge, ALICE), headers={"Authorization": f"Bearer {token}"})
    assert token not in repr(forge.requests)
    assert forge.requests[-1].auth_scheme == "Bearer"


def test_injected_fault_answers_instead(forge: FakeForge) -> None:
    forge.inject("PUT", "/ex/jira/", status=503, retry_after=2)
    headers = {"Authorization": f"Bearer {forge.mint_user_token(ALICE)}"}
    answer = httpx.put(_url(forge, ALICE), json={"v": 1}, headers=headers)
    assert answer.status_code == 503
    assert answer.headers["retry-after"] == "2"
    assert forge.property_of(ALICE, "glanceapp.link") is None


def test_site_shared_with_fake_jira_shares_properties(signing_key: rsa.RSAPrivateKey) -> None:
    with (
        FakeJira(app_base_url="http://127.0.0.1:9", install_key=signing_key) as jira,
        FakeForge(app_base_url="http://127.0.0.1:9", jira=jira, signing_key=signing_key) as forge,
    ):
        jira.set_property(ALICE, "glanceapp.link", {"v": 1, "through": "connect"})
        headers = {"Authorization": f"Bearer {forge.mint_user_token(ALICE)}"}
        got = httpx.get(_url(forge, ALICE), headers=headers)
        assert got.json()["value"] == {"v": 1, "through": "connect"}
        assert forge.site_url == jira.base_url


def test_user_token_minted_on_a_moved_clock_is_accepted(forge: FakeForge) -> None:
    forge.set_clock(3600)
    headers = {"Authorization": f"Bearer {forge.mint_user_token(ALICE)}"}
    assert httpx.put(_url(forge, ALICE), json={"v": 1}, headers=headers).status_code == 201
