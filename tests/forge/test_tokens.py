"""FIT verification: every refusal of the contract is a named test (the attack in its name)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives import serialization

from glanceapp.forge import (
    ApiHostNotAllowed,
    BadAlgorithm,
    BadSignature,
    EnvironmentNotAllowed,
    ExpiredFit,
    ForgeRules,
    ImmatureFit,
    MalformedFit,
    MissingClaim,
    MissingFit,
    MissingKeyId,
    SignatureMemo,
    UnknownKeyId,
    VerifiedFit,
    WrongAudience,
    WrongIssuer,
    WrongScheme,
    fit_from_header,
    parse_fit,
    read_user_token_expiry,
    verify_fit,
)
from support.keys import rsa_key

from .conftest import (
    ALICE,
    API_BASE,
    CLOUD_ID,
    DROP,
    ENVIRONMENT,
    INSTALLATION,
    KID,
    LEEWAY,
    NOW,
    Minter,
)


def _verify(
    minter: Minter,
    token: str,
    rules: ForgeRules,
    *,
    now: float = NOW,
    require_principal: bool = True,
) -> VerifiedFit:
    return verify_fit(
        parse_fit(token),
        key_for=minter.lookup,
        rules=rules,
        now=now,
        require_principal=require_principal,
    )


def _b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def test_valid_fit_gives_the_identity(minter: Minter, rules: ForgeRules) -> None:
    fit = _verify(minter, minter.mint(), rules)
    assert fit == VerifiedFit(
        installation_id=INSTALLATION,
        api_base_url=API_BASE,
        cloud_id=CLOUD_ID,
        site_url="https://example.atlassian.net",
        account_id=ALICE,
        environment_id=ENVIRONMENT,
        app_version="2.1.0",
        issue_key="ABC-1",
        expires_at=NOW + 25,
    )


def test_trigger_fit_takes_cloud_id_from_installation_contexts(
    minter: Minter, rules: ForgeRules
) -> None:
    claims = minter.claims(principal=None)
    del claims["context"]
    fit = _verify(minter, minter.mint(claims), rules, require_principal=False)
    assert fit.cloud_id == CLOUD_ID
    assert fit.account_id is None
    assert fit.site_url is None


def test_header_without_bearer_is_missing() -> None:
    with pytest.raises(MissingFit):
        fit_from_header(None)
    with pytest.raises(MissingFit):
        fit_from_header("Bearer   ")


def test_connect_jwt_scheme_is_refused() -> None:
    with pytest.raises(WrongScheme):
        fit_from_header("JWT abc.def.ghi")


def test_alg_none_is_refused(minter: Minter) -> None:
    token = f"{_b64({'alg': 'none', 'kid': KID})}.{_b64(minter.claims())}."
    with pytest.raises(MalformedFit):
        parse_fit(token)
    token = f"{_b64({'alg': 'none', 'kid': KID})}.{_b64(minter.claims())}.c2ln"
    with pytest.raises(BadAlgorithm):
        parse_fit(token)


def test_hs256_signed_with_the_public_key_is_refused(minter: Minter, rules: ForgeRules) -> None:
    pem = minter.public.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    header = _b64({"alg": "HS256", "kid": KID, "typ": "JWT"})
    payload = _b64(minter.claims())
    signature = hmac.new(pem, f"{header}.{payload}".encode(), hashlib.sha256).digest()
    token = f"{header}.{payload}.{base64.urlsafe_b64encode(signature).rstrip(b'=').decode()}"
    with pytest.raises(BadAlgorithm):
        _verify(minter, token, rules)


def test_rs512_is_refused(minter: Minter) -> None:
    with pytest.raises(BadAlgorithm):
        parse_fit(minter.mint(algorithm="RS512"))


def test_fit_without_kid_is_refused(minter: Minter) -> None:
    with pytest.raises(MissingKeyId):
        parse_fit(minter.mint(headers={"kid": DROP}))


def test_fit_with_unsafe_kid_is_refused(minter: Minter) -> None:
    with pytest.raises(MissingKeyId):
        parse_fit(minter.mint(headers={"kid": "key\n"}))
    numeric = f"{_b64({'alg': 'RS256', 'kid': 7})}.{_b64(minter.claims())}.c2ln"
    with pytest.raises(MissingKeyId):
        parse_fit(numeric)


def test_fit_with_unknown_kid_is_refused(minter: Minter, rules: ForgeRules) -> None:
    with pytest.raises(UnknownKeyId):
        _verify(minter, minter.mint(headers={"kid": "someone-else"}), rules)


def test_fit_signed_by_another_key_is_refused(minter: Minter, rules: ForgeRules) -> None:
    other = rsa_key("stranger")
    with pytest.raises(BadSignature):
        _verify(minter, minter.mint(key=other), rules)


def test_tampered_payload_is_refused(minter: Minter, rules: ForgeRules) -> None:
    header, _, signature = minter.mint().split(".")
    claims = minter.claims()
    claims["principal"] = "557058:mallory"
    with pytest.raises(BadSignature):
        _verify(minter, f"{header}.{_b64(claims)}.{signature}", rules)


def test_crit_header_is_refused(minter: Minter) -> None:
    with pytest.raises(MalformedFit):
        parse_fit(minter.mint(headers={"crit": ["exp"]}))


@pytest.mark.parametrize("token", ["", "a.b", "a.b.c.d", "!!.!!.!!", "x" * 20000])
def test_garbage_is_malformed(token: str) -> None:
    with pytest.raises(MalformedFit):
        parse_fit(token)


@pytest.mark.parametrize("audience", ["ari:cloud:ecosystem::app/another", ["x", "y"], None, 7])
def test_fit_for_another_app_is_refused(
    minter: Minter, rules: ForgeRules, audience: object
) -> None:
    claims = minter.claims()
    claims["aud"] = audience
    with pytest.raises(WrongAudience):
        _verify(minter, minter.mint(claims), rules)


def test_app_id_contradicting_aud_is_refused(minter: Minter, rules: ForgeRules) -> None:
    claims = minter.claims()
    claims["app"]["id"] = "ari:cloud:ecosystem::app/another"
    with pytest.raises(WrongAudience):
        _verify(minter, minter.mint(claims), rules)


@pytest.mark.parametrize("issuer", ["forge/other", DROP, "https://forge"])
def test_wrong_issuer_is_refused(minter: Minter, rules: ForgeRules, issuer: object) -> None:
    claims = minter.claims()
    claims["iss"] = issuer
    if issuer is DROP:
        del claims["iss"]
    with pytest.raises(WrongIssuer):
        _verify(minter, minter.mint(claims), rules)


def test_expired_fit_is_accepted_within_leeway_and_refused_beyond(
    minter: Minter, rules: ForgeRules
) -> None:
    token = minter.mint()
    assert _verify(minter, token, rules, now=NOW + 25 + LEEWAY).account_id == ALICE
    with pytest.raises(ExpiredFit):
        _verify(minter, token, rules, now=NOW + 25 + LEEWAY + 1)


def test_fit_from_the_future_is_refused_beyond_leeway(minter: Minter, rules: ForgeRules) -> None:
    token = minter.mint(minter.claims(now=NOW + LEEWAY))
    assert _verify(minter, token, rules, now=NOW).account_id == ALICE
    later = minter.mint(minter.claims(now=NOW + LEEWAY + 1))
    with pytest.raises(ImmatureFit):
        _verify(minter, later, rules, now=NOW)


def test_not_yet_valid_fit_is_refused(minter: Minter, rules: ForgeRules) -> None:
    claims = minter.claims()
    claims["nbf"] = NOW + LEEWAY + 1
    with pytest.raises(ImmatureFit):
        _verify(minter, minter.mint(claims), rules)


@pytest.mark.parametrize("claim", ["exp", "iat"])
def test_missing_time_claim_is_refused(minter: Minter, rules: ForgeRules, claim: str) -> None:
    claims = minter.claims()
    del claims[claim]
    with pytest.raises(MissingClaim):
        _verify(minter, minter.mint(claims), rules)


def test_non_numeric_exp_is_refused(minter: Minter, rules: ForgeRules) -> None:
    claims = minter.claims()
    claims["exp"] = "never"
    with pytest.raises(MissingClaim):
        _verify(minter, minter.mint(claims), rules)


@pytest.mark.parametrize("value", [None, "", "has space", 12, "x" * 300])
def test_missing_or_bad_installation_id_is_refused(
    minter: Minter, rules: ForgeRules, value: object
) -> None:
    claims = minter.claims()
    if value is None:
        del claims["app"]["installationId"]
    else:
        claims["app"]["installationId"] = value
    with pytest.raises(MissingClaim):
        _verify(minter, minter.mint(claims), rules)


def test_missing_app_claim_is_refused(minter: Minter, rules: ForgeRules) -> None:
    claims = minter.claims()
    del claims["app"]
    with pytest.raises(MissingClaim):
        _verify(minter, minter.mint(claims), rules)


def test_anonymous_fit_is_refused_on_user_routes(minter: Minter, rules: ForgeRules) -> None:
    token = minter.mint(minter.claims(principal=None))
    with pytest.raises(MissingClaim):
        _verify(minter, token, rules)
    assert _verify(minter, token, rules, require_principal=False).account_id is None


def test_non_string_principal_is_refused(minter: Minter, rules: ForgeRules) -> None:
    claims = minter.claims()
    claims["principal"] = {"accountId": ALICE}
    with pytest.raises(MissingClaim):
        _verify(minter, minter.mint(claims), rules, require_principal=False)


def test_environment_not_listed_is_refused(minter: Minter, rules: ForgeRules) -> None:
    listed = ForgeRules(
        app_id=rules.app_id,
        environments=frozenset({"the-production-one"}),
        api_hosts=rules.api_hosts,
        leeway=rules.leeway,
    )
    with pytest.raises(EnvironmentNotAllowed):
        _verify(minter, minter.mint(), listed)
    claims = minter.claims()
    del claims["app"]["environment"]
    with pytest.raises(EnvironmentNotAllowed):
        _verify(minter, minter.mint(claims), listed)


def test_environment_listed_is_accepted(minter: Minter, rules: ForgeRules) -> None:
    listed = ForgeRules(
        app_id=rules.app_id,
        environments=frozenset({ENVIRONMENT}),
        api_hosts=rules.api_hosts,
        leeway=rules.leeway,
    )
    assert _verify(minter, minter.mint(), listed).environment_id == ENVIRONMENT


@pytest.mark.parametrize(
    "api_base",
    [
        "https://evil.example.com/ex/jira/x",
        "http://api.atlassian.com.evil.example/ex/jira/x",
        "https://api.atlassian.com.evil.example/ex/jira/x",
        "https://user@api.atlassian.com/ex/jira/x",
        "https://api.atlassian.com\n/ex/jira/x",
        "",
    ],
)
def test_api_base_url_host_not_allowed_is_refused(
    minter: Minter, rules: ForgeRules, api_base: str
) -> None:
    claims = minter.claims()
    claims["app"]["apiBaseUrl"] = api_base
    with pytest.raises((ApiHostNotAllowed, MissingClaim)):
        _verify(minter, minter.mint(claims), rules)


def test_user_token_expiry_is_read_when_present() -> None:
    token = jwt.encode({"exp": NOW + 3600, "sub": ALICE}, "k" * 32, algorithm="HS256")
    assert read_user_token_expiry(token) == NOW + 3600
    assert read_user_token_expiry("opaque-token") is None
    no_exp = jwt.encode({"sub": ALICE}, "k" * 32, algorithm="HS256")
    assert read_user_token_expiry(no_exp) is None


# --------------------------------------------------------------------------- the signature memo


def test_memo_never_vouches_for_a_different_token(minter: Minter, rules: ForgeRules) -> None:
    memo = SignatureMemo()
    token = minter.mint()
    verify_fit(
        parse_fit(token),
        key_for=minter.lookup,
        rules=rules,
        now=NOW,
        require_principal=True,
        memo=memo,
    )
    header, _payload, signature = token.split(".")
    claims = minter.claims()
    claims["principal"] = "557058:mallory"
    forged = f"{header}.{_b64(claims)}.{signature}"
    with pytest.raises(BadSignature):
        verify_fit(
            parse_fit(forged),
            key_for=minter.lookup,
            rules=rules,
            now=NOW,
            require_principal=True,
            memo=memo,
        )


def test_memo_still_checks_expiry_on_every_call(minter: Minter, rules: ForgeRules) -> None:
    memo = SignatureMemo()
    parsed = parse_fit(minter.mint())
    verify_fit(
        parsed, key_for=minter.lookup, rules=rules, now=NOW, require_principal=True, memo=memo
    )
    with pytest.raises(ExpiredFit):
        verify_fit(
            parsed,
            key_for=minter.lookup,
            rules=rules,
            now=NOW + 25 + LEEWAY + 1,
            require_principal=True,
            memo=memo,
        )


def test_memo_forgets_a_key_the_jwks_replaced(minter: Minter, rules: ForgeRules) -> None:
    memo = SignatureMemo()
    parsed = parse_fit(minter.mint())
    verify_fit(
        parsed, key_for=minter.lookup, rules=rules, now=NOW, require_principal=True, memo=memo
    )
    other = rsa_key("stranger").public_key()
    with pytest.raises(BadSignature):
        verify_fit(
            parsed,
            key_for=lambda kid: other,
            rules=rules,
            now=NOW,
            require_principal=True,
            memo=memo,
        )


def test_memo_is_bounded(minter: Minter, rules: ForgeRules) -> None:
    memo = SignatureMemo(size=2)
    tokens = [parse_fit(minter.mint(minter.claims(now=NOW + i))) for i in range(3)]
    for parsed in tokens:
        verify_fit(
            parsed,
            key_for=minter.lookup,
            rules=rules,
            now=NOW + 2,
            require_principal=True,
            memo=memo,
        )
    assert not memo.verified(tokens[0], minter.public)
    assert memo.verified(tokens[2], minter.public)
