"""The query string hash against Atlassian's own vectors, the spec's tables and atlassian_jwt.

Jira's side is never computed with glanceapp.connect: the expected values are
the claims inside tokens Atlassian signed, literal strings from the protocol
notes (section T), or what Atlassian's `atlassian_jwt` package computes.
"""

from __future__ import annotations

import hashlib
import json
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, quote_plus, unquote_plus, urlsplit

import jwt
import pytest
from atlassian_jwt.url_utils import canonicalize_request, hash_url
from hypothesis import given, settings
from hypothesis import strategies as st

from glanceapp.connect.errors import QshMismatch
from glanceapp.connect.qsh import (
    CanonicalRequest,
    _decode,
    _encode,
    canonical_request,
    canonical_uri,
    query_string_hash,
)
from glanceapp.connect.tokens import TokenKind, parse_tenant_token, verify_parsed_token

VECTORS_FILE = Path(__file__).resolve().parent.parent / "data" / "jwt-signed-urls.json"
_VECTOR_DATA: dict[str, Any] = json.loads(VECTORS_FILE.read_text(encoding="utf-8"))
VECTOR_SECRET: str = _VECTOR_DATA["secret"]
VECTORS: list[dict[str, str]] = _VECTOR_DATA["tests"]
VECTOR_IDS = [vector["name"] for vector in VECTORS]


def _vector_parts(vector: dict[str, str]) -> tuple[str, str, str]:
    """Path, raw query and context path of a vector's signed URL."""
    url = urlsplit(vector["signedUrl"])
    context_path = urlsplit(vector.get("addonBaseUrl", "")).path
    return url.path, url.query, context_path


def test_vector_file_is_the_april_2014_set() -> None:
    assert len(VECTORS) == 79
    assert len(set(VECTOR_IDS)) == len(VECTOR_IDS)
    assert all({"name", "canonicalUrl", "signedUrl"} <= vector.keys() for vector in VECTORS)
    sub_delims = next(v for v in VECTORS if v["name"] == "BasePath RFC3986 Subdelimiters")
    assert "%26" in sub_delims["canonicalUrl"]


def test_one_vector_has_an_app_base_path_to_strip() -> None:
    with_base = [vector for vector in VECTORS if "addonBaseUrl" in vector]
    assert len(with_base) == 1
    path, _, context_path = _vector_parts(with_base[0])
    assert context_path
    assert path.startswith(context_path + "/")


@pytest.mark.parametrize("vector", VECTORS, ids=VECTOR_IDS)
def test_vector_canonical_request(vector: dict[str, str]) -> None:
    path, query, context_path = _vector_parts(vector)
    assert canonical_request("GET", path, query, context_path) == vector["canonicalUrl"]


@pytest.mark.filterwarnings("ignore::jwt.warnings.InsecureKeyLengthWarning")
@pytest.mark.parametrize("vector", VECTORS, ids=VECTOR_IDS)
def test_vector_qsh_equals_the_signed_claim(vector: dict[str, str]) -> None:
    path, query, context_path = _vector_parts(vector)
    (token,) = parse_qs(query)["jwt"]
    claims = jwt.decode(token, VECTOR_SECRET, algorithms=["HS256"], options={"verify_exp": False})
    assert query_string_hash("GET", path, query, context_path) == claims["qsh"]


# Section T of the protocol notes. Q is the query of atlassian-jwt-js's unit tests.
JWT_PLACEHOLDER = "eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqaXJhIn0.c2lnbmF0dXJl"
Q = (
    "lic=none&tz=Australia%2FSydney&cp=%2Fjira&user_key=&loc=en-US&user_id="
    f"&jwt={JWT_PLACEHOLDER}&xdm_e=http%3A%2F%2Fstorm%3A2990"
    "&xdm_c=channel-servlet-hello-world&xdm_p=1"
)
Q_CANONICAL = (
    "cp=%2Fjira&lic=none&loc=en-US&tz=Australia%2FSydney&user_id=&user_key="
    "&xdm_c=channel-servlet-hello-world&xdm_e=http%3A%2F%2Fstorm%3A2990&xdm_p=1"
)
MOSCOW_QUERY = (
    "lic=none&tz=Europe%2FMoscow&cp=%2Fjira&user_key=admin&loc=en-US&user_id=admin"
    f"&jwt={JWT_PLACEHOLDER}&xdm_e=http%3A%2F%2Flocalhost%3A2990"
    "&xdm_c=channel-servlet-click-me&xdm_p=1"
)
SEARCH_URL = (
    "https://example.atlassian.net/rest/api/3/search"
    "?jql=project%20%3D%20TEST&maxResults=10&fields=summary&fields=status"
)
GLANCE_QUERY = (
    "issueKey=TEST-1&issueId=10001&projectKey=TEST"
    "&xdm_e=https%3A%2F%2Fexample.atlassian.net&cp=&lic=none&jwt=abc"
)

# method, path, raw query, context path, canonical request, qsh (None: canonical only)
SPEC_CASES = [
    pytest.param(
        "GET",
        "/path",
        "",
        "",
        "GET&/path&",
        "799be84a7fa35570087163c0cd9af3abff7ac05c2c12ba0bb1d7eebc984b3ac2",
        id="T1-path",
    ),
    pytest.param(
        "GET",
        "",
        "",
        "",
        "GET&/&",
        "c88caad15a1c1a900b8ac08aa9686f4e8184539bea1deda36e2f649430df3239",
        id="T1-no-path",
    ),
    pytest.param(
        "GET",
        "/",
        "",
        "",
        "GET&/&",
        "c88caad15a1c1a900b8ac08aa9686f4e8184539bea1deda36e2f649430df3239",
        id="T1-root",
    ),
    pytest.param(
        "GET",
        "/hello-world",
        Q,
        "",
        f"GET&/hello-world&{Q_CANONICAL}",
        "8063ff4ca1e41df7bc90c8ab6d0f6207d491cf6dad7c66ea797b4614b71922e9",
        id="T1-hello-world-query",
    ),
    pytest.param(
        "POST",
        "/hello-world",
        Q,
        "",
        f"POST&/hello-world&{Q_CANONICAL}",
        "d7e7f00660965fc15745b2c423a89b85d0853c4463faca362e0371d008eb0927",
        id="T1-post-params-as-body-mode-reads-them",
    ),
    pytest.param(
        "POST",
        "/hello-world",
        "",
        "",
        "POST&/hello-world&",
        "6f95f3738e1b037a3bebbe0ad237d80fdbc1d5ae452e98ce03a9c004c178ebb4",
        id="T1-post-body-ignored",
    ),
    pytest.param(
        "GET",
        "/path/to/service",
        "zee_last=param&repeated=parameter 1&first=param&repeated=parameter 2&repeated=Parameter 2",
        "",
        "GET&/path/to/service&first=param"
        "&repeated=Parameter%202,parameter%201,parameter%202&zee_last=param",
        None,
        id="T1-repeated-and-sorted",
    ),
    pytest.param(
        "GET",
        "/hello-world",
        "a&b=foo&c",
        "",
        "GET&/hello-world&a=&b=foo&c=",
        None,
        id="T1-valueless-params",
    ),
    pytest.param(
        "POST",
        "/jira/rest/api/2/project/jira&a=b&c=d",
        "x=y",
        "/jira",
        "POST&/rest/api/2/project/jira%26a=b%26c=d&x=y",
        None,
        id="T1-ampersand-in-path-under-context-path",
    ),
    pytest.param(
        "GET",
        "/addon/",
        MOSCOW_QUERY,
        "",
        "GET&/addon&cp=%2Fjira&lic=none&loc=en-US&tz=Europe%2FMoscow&user_id=admin"
        "&user_key=admin&xdm_c=channel-servlet-click-me&xdm_e=http%3A%2F%2Flocalhost%3A2990"
        "&xdm_p=1",
        "3a6ff1b66f60eb275d0e4cb6be4261d5d3b0216b91c58dc6524509227ef346de",
        id="T2-real-jira-iframe-url",
    ),
    pytest.param(
        "POST",
        "/installed",
        "",
        "",
        "POST&/installed&",
        "4a2e1de8ca74e6cafe8862d332fa3ac7a8e51e692bc6d798ea4dfedc14948bf4",
        id="T4-installed",
    ),
    pytest.param(
        "GET",
        "/rest/api/3/issue/TEST-1",
        "",
        "",
        "GET&/rest/api/3/issue/TEST-1&",
        "911c9c76fedfbb08877f2191363dac77150b178610f73b226192fdf8ae605d3b",
        id="T4-issue",
    ),
    pytest.param(
        "GET",
        "/rest/api/3/user/properties/my.key",
        "accountId=5b10a2844c20165700ede21g",
        "",
        "GET&/rest/api/3/user/properties/my.key&accountId=5b10a2844c20165700ede21g",
        "6e9050db09ac3ddbd689c2e4c4e2981a388e1210f96e81b0e628a98a6313bf98",
        id="T4-user-property",
    ),
    pytest.param(
        "PUT",
        "/rest/api/3/issue/10001/properties/com.atlassian.jira.issue:my-app:my-glance:status",
        "",
        "",
        "PUT&/rest/api/3/issue/10001/properties/com.atlassian.jira.issue:my-app:my-glance:status&",
        "c9125f6f36a778479beb40f609b4d4c35476f2704c1f00bca4ef736f4ae54b6d",
        id="T4-issue-property",
    ),
    pytest.param(
        "GET",
        urlsplit(SEARCH_URL).path,
        urlsplit(SEARCH_URL).query,
        "",
        "GET&/rest/api/3/search&fields=status,summary&jql=project%20%3D%20TEST&maxResults=10",
        "ae1e1b69b9d7843393a4991246702bf96f1dd97f6fede384915c729b5f3f93cf",
        id="T4-search",
    ),
    pytest.param(
        "GET",
        "/glance",
        GLANCE_QUERY,
        "",
        "GET&/glance&cp=&issueId=10001&issueKey=TEST-1&lic=none&projectKey=TEST"
        "&xdm_e=https%3A%2F%2Fexample.atlassian.net",
        "6a0a5cb066644a6aeba0598f154272a0ad5bbe0d27e008f73f24ffb7cd420e73",
        id="T4-glance",
    ),
]


@pytest.mark.parametrize(
    ("method", "path", "query", "context_path", "canonical", "qsh"), SPEC_CASES
)
def test_spec_vectors(
    method: str, path: str, query: str, context_path: str, canonical: str, qsh: str | None
) -> None:
    request = CanonicalRequest(method, path, query, context_path)
    assert request.canonical() == canonical
    if qsh is not None:
        assert request.qsh() == qsh


def test_method_is_upper_cased() -> None:
    assert canonical_request("post", "/installed") == "POST&/installed&"


def test_context_path_strips_whole_segments_only() -> None:
    assert canonical_request("GET", "/based/test", "", "/base") == "GET&/based/test&"
    assert canonical_request("GET", "/base/test", "", "/base/") == "GET&/test&"
    assert canonical_request("GET", "/base", "", "/base") == "GET&/&"


# Properties. Text stays printable and short; names for the comparison with
# atlassian_jwt are unreserved (see test_matches_atlassian_jwt).
_PRINTABLE = st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S", "Zs"))
_values = st.text(alphabet=_PRINTABLE, max_size=12)
_names = st.text(alphabet=_PRINTABLE, min_size=1, max_size=8).filter(lambda n: n != "jwt")
_unreserved_names = st.text(
    alphabet=string.ascii_letters + string.digits + "-._~", min_size=1, max_size=8
).filter(lambda n: n != "jwt")
_segments = st.text(
    alphabet=st.characters(
        codec="utf-8", categories=("L", "N", "P", "S"), exclude_characters="/?#;:"
    ),
    min_size=1,
    max_size=8,
)
_methods = st.sampled_from(["GET", "POST", "PUT", "DELETE", "get", "Patch"])


def _quote_all(text: str) -> str:
    return quote(text, safe="")


_encoders: st.SearchStrategy[Callable[[str], str]] = st.sampled_from([_quote_all, quote_plus])


def _join_path(segments: list[str], trailing_slash: bool) -> str:
    path = "/" + "/".join(segments)
    return path + "/" if segments and trailing_slash else path


def _app_paths() -> st.SearchStrategy[str]:
    """A path relative to the app's base URL: '/', '/a', '/a/b/' ... (no empty segments)."""
    return st.builds(_join_path, st.lists(_segments, max_size=4), st.booleans())


def _query(pairs: list[tuple[str, str]], encode: Callable[[str], str] = _quote_all) -> str:
    return "&".join(f"{encode(name)}={encode(value)}" for name, value in pairs)


@settings(deadline=None)
@given(
    path=_app_paths(),
    pairs=st.lists(st.tuples(_names, _values), min_size=2, max_size=6),
    data=st.data(),
)
def test_parameter_order_is_irrelevant(
    path: str, pairs: list[tuple[str, str]], data: st.DataObject
) -> None:
    shuffled = data.draw(st.permutations(pairs))
    assert query_string_hash("GET", path, _query(shuffled)) == query_string_hash(
        "GET", path, _query(pairs)
    )


@settings(deadline=None)
@given(
    path=_app_paths(),
    pairs=st.lists(st.tuples(_names, _values), max_size=5),
    token=st.text(alphabet=_PRINTABLE, max_size=40),
    data=st.data(),
)
def test_jwt_parameter_is_ignored(
    path: str, pairs: list[tuple[str, str]], token: str, data: st.DataObject
) -> None:
    position = data.draw(st.integers(min_value=0, max_value=len(pairs)))
    with_jwt = [*pairs[:position], ("jwt", token), *pairs[position:]]
    assert query_string_hash("GET", path, _query(with_jwt)) == query_string_hash(
        "GET", path, _query(pairs)
    )


@settings(deadline=None)
@given(
    path=_app_paths(),
    names=st.lists(_names, min_size=1, max_size=4),
    values=st.lists(st.tuples(_values, _values), min_size=4, max_size=4),
)
def test_plus_and_percent20_hash_alike(
    path: str, names: list[str], values: list[tuple[str, str]]
) -> None:
    pairs = [(name, f"{left} {right}") for name, (left, right) in zip(names, values, strict=False)]
    with_plus = _query(pairs, quote_plus)
    with_percent20 = _query(pairs, _quote_all)
    assert "+" in with_plus
    assert "%20" in with_percent20
    assert query_string_hash("GET", path, with_plus) == query_string_hash(
        "GET", path, with_percent20
    )


def _relative_url(path: str, query: str) -> str:
    return f"{path}?{query}" if query else path


@settings(deadline=None)
@given(
    method=_methods,
    path=_app_paths(),
    pairs=st.lists(st.tuples(_unreserved_names, _values), max_size=6),
    encode=_encoders,
)
def test_matches_atlassian_jwt(
    method: str, path: str, pairs: list[tuple[str, str]], encode: Callable[[str], str]
) -> None:
    """Equal to Atlassian's Python implementation for any request to a root-based app.

    Names are unreserved characters because atlassian_jwt sorts names by their
    encoded form, the spec (and atlassian-jwt-js) by their decoded form; the two
    orders agree when encoding leaves names unchanged. Values are sorted decoded
    by both.
    """
    query = _query(pairs, encode)
    url = _relative_url(path, query)
    assert canonical_request(method, path, query) == canonicalize_request(method, url)
    assert query_string_hash(method, path, query) == hash_url(method, url)


@settings(deadline=None)
@given(
    method=_methods,
    base=st.lists(_segments, min_size=1, max_size=2).map(lambda s: "/" + "/".join(s)),
    path=_app_paths(),
    pairs=st.lists(st.tuples(_unreserved_names, _values), max_size=4),
)
def test_app_base_path_is_stripped(
    method: str, base: str, path: str, pairs: list[tuple[str, str]]
) -> None:
    """An app served under a base path hashes like a root app asked for the rest of the path."""
    query = _query(pairs)
    ours = CanonicalRequest(method, base + path, query, context_path=base).qsh()
    assert ours == hash_url(method, _relative_url(path, query))


# Rules the vectors leave untested


@pytest.mark.parametrize(
    ("query", "canonical"),
    [
        ("a=1&&b=2", "a=1&b=2"),
        ("&a=1&b=2&", "a=1&b=2"),
        ("a=1&&&&b=2&&c=3", "a=1&b=2&c=3"),
        ("&&", ""),
    ],
)
def test_empty_query_pairs_are_skipped_not_the_end(query: str, canonical: str) -> None:
    assert canonical_request("GET", "/glance", query) == f"GET&/glance&{canonical}"


def test_token_for_a_shorter_query_does_not_verify_after_an_empty_pair() -> None:
    """`a=1&&b=2` carries `b=2`; a token Jira signed for `a=1` alone must not cover it."""
    secret = "tenant-shared-secret-0123456789abcdef-0123456789"
    claims = {"iss": "tenant", "iat": 1_700_000_000, "exp": 1_700_000_180}
    signed_for_a = jwt.encode({**claims, "qsh": hash_url("GET", "/glance?a=1")}, secret, "HS256")
    signed_for_both = jwt.encode(
        {**claims, "qsh": hash_url("GET", "/glance?a=1&b=2")}, secret, "HS256"
    )
    request = CanonicalRequest("GET", "/glance", "a=1&&b=2")

    def verify(token: str) -> object:
        return verify_parsed_token(
            parse_tenant_token(token),
            shared_secret=secret,
            kind=TokenKind.REQUEST,
            request=request,
            now=1_700_000_000,
        )

    with pytest.raises(QshMismatch):
        verify(signed_for_a)
    assert verify(signed_for_both) is not None


@pytest.mark.parametrize(
    ("path", "context_path", "uri"),
    [
        ("glance", "", "/glance"),
        ("glance/status", "", "/glance/status"),
        ("glance/", "", "/glance"),
        ("", "", "/"),
        ("/base", "/base", "/"),
    ],
)
def test_canonical_uri_always_starts_with_one_slash(path: str, context_path: str, uri: str) -> None:
    assert canonical_uri(path, context_path) == uri
    assert canonical_request("GET", path, "", context_path) == f"GET&{uri}&"


@pytest.mark.parametrize("path", ["/glance", "/XXXX/glance", "/wiki/glance", "/base"])
def test_defaults_are_no_query_and_no_context_path(path: str) -> None:
    assert canonical_uri(path) == path
    assert canonical_request("GET", path) == f"GET&{path}&"
    assert query_string_hash("GET", path) == hashlib.sha256(f"GET&{path}&".encode()).hexdigest()


def test_a_path_of_slashes_is_the_root() -> None:
    assert canonical_uri("//") == "/"
    assert canonical_uri("/") == "/"


def test_without_a_context_path_nothing_is_cut_from_the_path() -> None:
    """The default context path is empty: a path is never shortened by accident."""
    from glanceapp.connect.qsh import canonical_request, canonical_uri, query_string_hash

    assert canonical_uri("XXXX/glance") == "/XXXX/glance"
    assert canonical_request("GET", "XXXX/glance") == "GET&/XXXX/glance&"
    assert (
        query_string_hash("GET", "XXXX/glance") == hashlib.sha256(b"GET&/XXXX/glance&").hexdigest()
    )


def test_a_context_path_ending_in_any_letter_is_cut_whole() -> None:
    from glanceapp.connect.qsh import canonical_uri

    assert canonical_uri("/boX/glance", "/boX/") == "/glance"


@given(text=st.text(max_size=20))
def test_encoding_skips_only_what_percent_encoding_leaves_alone(text: str) -> None:
    """The shortcuts (unreserved text, no `%` or `+`) give what quote and unquote_plus give."""
    assert _encode(text) == quote(text, safe="-._~")
    assert _decode(text) == unquote_plus(text)


def test_encoding_shortcuts_at_their_edges() -> None:
    assert _encode("TEST-1._~") == "TEST-1._~"
    assert _encode("a b") == "a%20b"
    assert _encode("é") == "%C3%A9"
    assert _encode("") == ""
    assert _decode("a+b") == "a b"
    assert _decode("a%2Bb") == "a+b"
    assert _decode("plain") == "plain"
