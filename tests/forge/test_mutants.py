"""Exact refusals and exact boundaries of the Forge protocol: each test pins one rule."""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import json
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

from glanceapp.forge import (
    ApiHostNotAllowed,
    BadAlgorithm,
    BadSignature,
    EnvironmentNotAllowed,
    ExpiredFit,
    ForgeRules,
    ImmatureFit,
    JwksUnavailable,
    MalformedFit,
    MissingClaim,
    MissingFit,
    MissingKeyId,
    SignatureMemo,
    UnknownKeyId,
    WrongAudience,
    WrongIssuer,
    WrongScheme,
    fit_from_header,
    parse_fit,
    parse_jwks,
    read_user_token_expiry,
    ticket_digest,
    verify_fit,
)
from glanceapp.forge.keys import MAX_JWKS_BYTES
from glanceapp.forge.tokens import MAX_FIT_LENGTH, MAX_ID_LENGTH, VerifiedFit, check_claims
from support.keys import rsa_key

from .conftest import API_BASE, CLOUD_ID, DROP, INSTALLATION, KID, LEEWAY, NOW, Minter

OTHER_CLOUD = "ffffffff-0000-4000-8000-0000000000ff"


def _seg(data: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def _check(
    claims: dict[str, Any], rules: ForgeRules, *, require_principal: bool = True
) -> VerifiedFit:
    return check_claims(claims, rules=rules, now=NOW, require_principal=require_principal)


def _refusal(exc: type[Exception], claims: dict[str, Any], rules: ForgeRules) -> str:
    with pytest.raises(exc) as caught:
        _check(claims, rules)
    return str(caught.value)


# --- the Authorization header -------------------------------------------------------


def test_header_refusals_name_their_reason() -> None:
    with pytest.raises(MissingFit) as caught:
        fit_from_header(None)
    assert str(caught.value) == "no Authorization header"
    with pytest.raises(WrongScheme) as caught_scheme:
        fit_from_header("Basic dXNlcjpwYXNz")
    assert str(caught_scheme.value) == "expected the Bearer scheme"
    with pytest.raises(MissingFit) as caught:
        fit_from_header("Bearer    ")
    assert str(caught.value) == "empty Bearer credentials"


def test_bearer_token_is_returned_stripped() -> None:
    assert fit_from_header("Bearer abc.def.ghi") == "abc.def.ghi"
    assert fit_from_header("  bearer   abc.def.ghi  ") == "abc.def.ghi"


# --- splitting and decoding ---------------------------------------------------------


def _malformed(token: str) -> str:
    with pytest.raises(MalformedFit) as caught:
        parse_fit(token)
    return str(caught.value)


def test_token_at_the_length_limit_is_not_refused_for_length() -> None:
    assert _malformed("a" * MAX_FIT_LENGTH) == "token is not a JWT"
    assert _malformed("a" * (MAX_FIT_LENGTH + 1)) == "token is too long"


def test_token_without_three_parts_is_not_a_jwt() -> None:
    assert _malformed("abc.def") == "token is not a JWT"


def test_bad_base64_is_not_a_jwt() -> None:
    assert _malformed("!!!!.e30.c2ln") == "token is not a JWT"


def test_base64_that_is_not_json_is_not_a_jwt() -> None:
    garbage = base64.urlsafe_b64encode(b"not json").rstrip(b"=").decode()
    assert _malformed(f"{garbage}.e30.c2ln") == "token is not a JWT"


def test_json_that_is_not_an_object_is_refused_by_name() -> None:
    assert _malformed(f"{_seg([1, 2])}.e30.c2ln") == "token segment is not a JSON object"


def test_signature_with_characters_outside_base64url_is_malformed(minter: Minter) -> None:
    header, payload, signature = minter.mint().split(".")
    assert _malformed(f"{header}.{payload}.{signature[:-4]}****{signature[-4:]}") == (
        "token is not a JWT"
    )


def test_header_refusals_are_exact(minter: Minter) -> None:
    with pytest.raises(BadAlgorithm) as caught_alg:
        parse_fit(f"{_seg({'alg': 'HS256', 'kid': KID})}.e30.c2ln")
    assert str(caught_alg.value) == "only RS256 is accepted"
    assert _malformed(minter.mint(headers={"crit": ["exp"]})) == (
        "critical header extensions are not supported"
    )
    with pytest.raises(MissingKeyId) as caught_kid:
        parse_fit(minter.mint(headers={"kid": DROP}))
    assert str(caught_kid.value) == "the token names no usable kid"


def test_user_token_at_the_length_limit_still_gives_its_expiry() -> None:
    head = f"{_seg({'alg': 'RS256'})}.{_seg({'exp': NOW})}."
    token = head + "s" * (MAX_FIT_LENGTH - len(head))
    assert len(token) == MAX_FIT_LENGTH
    assert read_user_token_expiry(token) == NOW
    assert read_user_token_expiry(token + "s") is None


# --- signature ----------------------------------------------------------------------


def test_signature_refusals_are_exact(minter: Minter, rules: ForgeRules) -> None:
    with pytest.raises(UnknownKeyId) as caught_kid:
        verify_fit(
            parse_fit(minter.mint(headers={"kid": "elsewhere"})),
            key_for=minter.lookup,
            rules=rules,
            now=NOW,
            require_principal=True,
        )
    assert str(caught_kid.value) == "the token's kid is not among Forge's keys"
    other = rsa_key("stranger")
    with pytest.raises(BadSignature) as caught_sig:
        verify_fit(
            parse_fit(minter.mint(key=other)),
            key_for=minter.lookup,
            rules=rules,
            now=NOW,
            require_principal=True,
        )
    assert str(caught_sig.value) == "signature does not verify"


def test_memo_of_size_n_keeps_n_signatures(minter: Minter, rules: ForgeRules) -> None:
    memo = SignatureMemo(size=2)
    tokens = [parse_fit(minter.mint(minter.claims(now=NOW + i))) for i in range(2)]
    for parsed in tokens:
        verify_fit(
            parsed,
            key_for=minter.lookup,
            rules=rules,
            now=NOW + 1,
            require_principal=True,
            memo=memo,
        )
    assert memo.verified(tokens[0], minter.public)
    assert memo.verified(tokens[1], minter.public)


# --- claims: exact refusals ----------------------------------------------------------


def test_claim_refusals_are_exact(minter: Minter, rules: ForgeRules) -> None:
    claims = minter.claims()
    assert _refusal(WrongIssuer, {**claims, "iss": "x"}, rules) == (
        "iss must be forge/invocation-token"
    )
    assert _refusal(WrongAudience, {**claims, "aud": "x"}, rules) == "the token is for another app"
    assert _refusal(ExpiredFit, {**claims, "exp": NOW - LEEWAY - 1}, rules) == "token has expired"
    assert _refusal(ImmatureFit, {**claims, "iat": NOW + LEEWAY + 1}, rules) == (
        "token was issued in the future"
    )
    assert _refusal(ImmatureFit, {**claims, "nbf": NOW + LEEWAY + 1}, rules) == (
        "token is not valid yet"
    )
    assert _refusal(MissingClaim, {**claims, "app": "x"}, rules) == "app"
    other_app = copy.deepcopy(claims)
    other_app["app"]["id"] = "ari:cloud:ecosystem::app/other"
    assert _refusal(WrongAudience, other_app, rules) == "app.id is another app"


@pytest.mark.parametrize("name", ["exp", "iat"])
@pytest.mark.parametrize("value", ["soon", float("inf"), float("nan")])
def test_bad_time_claim_is_refused_by_name(
    minter: Minter, rules: ForgeRules, name: str, value: object
) -> None:
    assert _refusal(MissingClaim, {**minter.claims(), name: value}, rules) == name


def test_finite_float_times_are_accepted(minter: Minter, rules: ForgeRules) -> None:
    fit = _check({**minter.claims(), "exp": NOW + 25.5, "iat": NOW - 0.5}, rules)
    assert fit.expires_at == NOW + 25


@pytest.mark.parametrize("value", [None, "", "has space", 7])
def test_bad_installation_id_is_refused_by_name(
    minter: Minter, rules: ForgeRules, value: object
) -> None:
    claims = minter.claims()
    claims["app"]["installationId"] = value
    assert _refusal(MissingClaim, claims, rules) == "app.installationId"


def test_installation_id_of_exactly_the_maximum_length_is_accepted(
    minter: Minter, rules: ForgeRules
) -> None:
    claims = minter.claims()
    claims["app"]["installationId"] = "i" * MAX_ID_LENGTH
    assert _check(claims, rules).installation_id == "i" * MAX_ID_LENGTH
    claims["app"]["installationId"] = "i" * (MAX_ID_LENGTH + 1)
    assert _refusal(MissingClaim, claims, rules) == "app.installationId"


def test_bad_principal_is_refused_by_name(minter: Minter, rules: ForgeRules) -> None:
    assert _refusal(MissingClaim, {**minter.claims(), "principal": 42}, rules) == "principal"
    assert _refusal(MissingClaim, minter.claims(principal=None), rules) == "principal"


def test_bad_environment_id_is_refused_by_name(minter: Minter, rules: ForgeRules) -> None:
    claims = minter.claims()
    claims["app"]["environment"]["id"] = "with space"
    assert _refusal(MissingClaim, claims, rules) == "app.environment.id"


def test_environment_refusal_is_exact(minter: Minter, rules: ForgeRules) -> None:
    strict = ForgeRules(
        app_id=rules.app_id,
        environments=frozenset({"only-this-one"}),
        api_hosts=rules.api_hosts,
        leeway=rules.leeway,
    )
    assert _refusal(EnvironmentNotAllowed, minter.claims(), strict) == (
        "the token's environment is not accepted"
    )


def test_fit_without_environment_has_no_environment_id(minter: Minter, rules: ForgeRules) -> None:
    claims = minter.claims()
    del claims["app"]["environment"]
    assert _check(claims, rules).environment_id is None


@pytest.mark.parametrize("value", [None, ""])
def test_missing_api_base_url_is_refused_by_name(
    minter: Minter, rules: ForgeRules, value: object
) -> None:
    claims = minter.claims()
    claims["app"]["apiBaseUrl"] = value
    assert _refusal(MissingClaim, claims, rules) == "app.apiBaseUrl"


def test_api_host_refusal_is_exact(minter: Minter, rules: ForgeRules) -> None:
    claims = minter.claims()
    claims["app"]["apiBaseUrl"] = "https://evil.example/ex/jira/x"
    assert _refusal(ApiHostNotAllowed, claims, rules) == (
        "app.apiBaseUrl is not on an allowed host"
    )


def test_api_base_url_loses_only_its_trailing_slashes(minter: Minter, rules: ForgeRules) -> None:
    claims = minter.claims()
    claims["app"]["apiBaseUrl"] = API_BASE + "X//"
    assert _check(claims, rules).api_base_url == API_BASE + "X"


# --- claims: where the cloudId comes from --------------------------------------------


def test_context_cloud_id_wins_over_installation_contexts(
    minter: Minter, rules: ForgeRules
) -> None:
    claims = minter.claims()
    claims["context"]["cloudId"] = OTHER_CLOUD
    assert _check(claims, rules).cloud_id == OTHER_CLOUD


def test_bad_context_cloud_id_is_refused_by_name(minter: Minter, rules: ForgeRules) -> None:
    claims = minter.claims()
    claims["context"]["cloudId"] = "with space"
    assert _refusal(MissingClaim, claims, rules) == "context.cloudId"


def _trigger(minter: Minter, contexts: list[object], api_base: str = API_BASE) -> dict[str, Any]:
    claims = minter.claims()
    del claims["context"]
    claims["app"]["apiBaseUrl"] = api_base
    claims["app"]["installation"]["contexts"] = contexts
    return claims


def test_installation_context_lookup_skips_junk_and_other_sites(
    minter: Minter, rules: ForgeRules
) -> None:
    contexts: list[object] = [
        "junk",
        {"apiBaseUrl": None, "cloudId": "no-url"},
        {"apiBaseUrl": "https://api.atlassian.com/ex/jira/other", "cloudId": "other-site"},
        {"apiBaseUrl": API_BASE, "cloudId": CLOUD_ID},
    ]
    assert _check(_trigger(minter, contexts), rules).cloud_id == CLOUD_ID


def test_installation_context_url_matches_without_its_trailing_slash(
    minter: Minter, rules: ForgeRules
) -> None:
    contexts: list[object] = [{"apiBaseUrl": API_BASE + "X/", "cloudId": CLOUD_ID}]
    assert _check(_trigger(minter, contexts, API_BASE + "X"), rules).cloud_id == CLOUD_ID


def test_bad_installation_context_cloud_id_is_refused_by_name(
    minter: Minter, rules: ForgeRules
) -> None:
    contexts: list[object] = [{"apiBaseUrl": API_BASE, "cloudId": "with space"}]
    assert _refusal(MissingClaim, _trigger(minter, contexts), rules) == (
        "app.installation.contexts.cloudId"
    )


# --- claims: optional display values -------------------------------------------------


def test_unprintable_or_non_string_display_values_are_dropped(
    minter: Minter, rules: ForgeRules
) -> None:
    claims = minter.claims()
    claims["context"]["siteUrl"] = "https://example.atlassian.net\n"
    claims["app"]["appVersion"] = 3
    fit = _check(claims, rules)
    assert fit.site_url is None
    assert fit.app_version is None
    claims["app"]["appVersion"] = "2.1.0\x00"
    assert _check(claims, rules).app_version is None


@pytest.mark.parametrize("key", [5, "ABC-1\n"])
def test_bad_issue_key_is_dropped(minter: Minter, rules: ForgeRules, key: object) -> None:
    claims = minter.claims()
    claims["context"]["extension"]["issue"]["key"] = key
    assert _check(claims, rules).issue_key is None


def test_issue_key_is_kept_up_to_255_characters(minter: Minter, rules: ForgeRules) -> None:
    claims = minter.claims()
    claims["context"]["extension"]["issue"]["key"] = "K" * 255
    assert _check(claims, rules).issue_key == "K" * 255
    claims["context"]["extension"]["issue"]["key"] = "K" * 256
    assert _check(claims, rules).issue_key is None


def test_installation_used_by_the_fit(minter: Minter, rules: ForgeRules) -> None:
    assert _check(minter.claims(), rules).installation_id == INSTALLATION


# --- the JWKS -----------------------------------------------------------------------


def _jwk(key: rsa.RSAPrivateKey, **extra: object) -> dict[str, object]:
    return {**RSAAlgorithm.to_jwk(key.public_key(), as_dict=True), **extra}


def _jwks_refusal(body: bytes) -> str:
    with pytest.raises(JwksUnavailable) as caught:
        parse_jwks(body)
    return str(caught.value)


def test_jwks_of_exactly_the_maximum_size_is_read() -> None:
    empty = b'{"keys": [], "pad": ""}'
    body = empty[:-2] + b"x" * (MAX_JWKS_BYTES - len(empty)) + b'"}'
    assert len(body) == MAX_JWKS_BYTES
    assert parse_jwks(body) == {}
    assert _jwks_refusal(body + b" ") == "the JWKS is too large"


def test_jwks_refusals_are_exact() -> None:
    assert _jwks_refusal(b"{not json") == "the JWKS is not JSON"
    assert _jwks_refusal(b'{"keys": {}}') == "the JWKS has no keys list"


def test_jwk_without_alg_or_use_is_an_rs256_signing_key(forge_key: rsa.RSAPrivateKey) -> None:
    jwk = _jwk(forge_key, kid="k1")
    jwk.pop("alg", None)
    jwk.pop("use", None)
    assert list(parse_jwks(json.dumps({"keys": [jwk]}).encode())) == ["k1"]


def test_non_object_jwks_entries_are_skipped(forge_key: rsa.RSAPrivateKey) -> None:
    body = json.dumps({"keys": ["junk", 7, None, _jwk(forge_key, kid="k1")]})
    assert list(parse_jwks(body.encode())) == ["k1"]


# --- tickets ------------------------------------------------------------------------


def test_ticket_digest_is_the_hmac_of_the_ticket() -> None:
    key = b"k" * 32
    ticket = "t" * 43
    assert ticket_digest(key, ticket) == hmac.new(key, ticket.encode(), hashlib.sha256).hexdigest()
    assert ticket_digest(key, ticket) != ticket_digest(key, "u" * 43)
