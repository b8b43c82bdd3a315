"""Which sites may install: host patterns, and plain http only for hosts named exactly."""

from __future__ import annotations

import pytest

from glanceapp.connect import host_allowed
from glanceapp.connect.hosts import host_matches
from glanceapp.rules import valid_hostname

PRODUCTION = ("*.atlassian.net", "*.jira.com", "*.jira-dev.com")
LOCAL = ("127.0.0.1", "*.atlassian.net")


def case_id(value: object) -> str:
    """A case's repr with each backslash spelled out: mutmut cannot re-select ids that hold one."""
    return repr(value).replace("\\", "<bs>")


@pytest.mark.parametrize(
    ("host", "pattern", "matches"),
    [
        ("example.atlassian.net", "example.atlassian.net", True),
        ("Example.Atlassian.NET", "example.atlassian.net", True),
        ("example.atlassian.net", "EXAMPLE.atlassian.net", True),
        ("example.atlassian.net.", "example.atlassian.net", True),
        ("example.atlassian.net", "*.atlassian.net", True),
        ("a.b.atlassian.net", "*.atlassian.net", True),
        ("EXAMPLE.atlassian.net.", "*.Atlassian.net", True),
        ("atlassian.net", "*.atlassian.net", False),
        (".atlassian.net", "*.atlassian.net", False),
        ("evilatlassian.net", "*.atlassian.net", False),
        ("atlassian.net.evil.com", "*.atlassian.net", False),
        ("example.atlassian.net.evil.com", "*.atlassian.net", False),
        ("other.atlassian.net", "example.atlassian.net", False),
        ("127.0.0.1", "127.0.0.1", True),
        ("127.0.0.10", "127.0.0.1", False),
        ("anything", "*", False),
    ],
)
def test_host_matches(host: str, pattern: str, matches: bool) -> None:
    assert host_matches(host, pattern) is matches


@pytest.mark.parametrize(
    ("url", "patterns", "allowed"),
    [
        ("http://127.0.0.1:9", LOCAL, True),
        ("http://127.0.0.1", LOCAL, True),
        ("https://127.0.0.1:9", LOCAL, True),
        ("http://x.atlassian.net", LOCAL, False),
        ("https://x.atlassian.net", LOCAL, True),
        ("https://X.Atlassian.Net/", LOCAL, True),
        ("https://atlassian.net", LOCAL, False),
        ("https://example.jira.com", PRODUCTION, True),
        ("https://example.jira-dev.com", PRODUCTION, True),
        ("https://example.atlassian.com", PRODUCTION, False),
        ("http://example.jira.com", PRODUCTION, False),
        ("https://example.atlassian.net", (), False),
        ("http://[::1]:8000", ("::1",), True),
        ("http://localhost:8000", ("127.0.0.1",), False),
        ("http://fake-jira.test:8080", ("fake-jira.test",), True),
    ],
)
def test_host_allowed(url: str, patterns: tuple[str, ...], allowed: bool) -> None:
    assert host_allowed(url, patterns) is allowed


@pytest.mark.parametrize(
    "url",
    [
        "https://user@x.atlassian.net",
        "https://user:pass@x.atlassian.net",
        "https://x.atlassian.net:443@evil.example.com",
        "https://x.atlassian.net:99999",
        "https://x.atlassian.net:port",
        "https://[x.atlassian.net",
        "ftp://x.atlassian.net",
        "javascript://x.atlassian.net",
        "x.atlassian.net",
        "//x.atlassian.net",
        "https:///x.atlassian.net",
        "https://evil.example.com#.atlassian.net",
        "https://evil.example.com/.atlassian.net",
        "https://evil.example.com?.atlassian.net",
        "",
    ],
)
def test_host_allowed_refuses(url: str) -> None:
    assert host_allowed(url, LOCAL) is False


def test_patterns_may_be_a_one_shot_iterable() -> None:
    assert host_allowed("http://127.0.0.1:9", iter(LOCAL)) is True
    assert host_allowed("https://x.atlassian.net", (p for p in LOCAL)) is True


@pytest.mark.parametrize(
    "url",
    [
        "https://a b.atlassian.net",
        "https://a\\b.atlassian.net",
        "https://x%2f.atlassian.net",
        "https://x%2e.atlassian.net",
        "https://a_b.atlassian.net",
        "https://-a.atlassian.net",
        "https://a-.atlassian.net",
        "https://a..atlassian.net",
        "https://" + "a" * 64 + ".atlassian.net",
        "https://a\tb.atlassian.net",
        "https://exam\nple.atlassian.net",
        "https://ok.atlassian.net\r",
    ],
    ids=case_id,
)
def test_host_allowed_refuses_hostnames_that_are_not_dns_names(url: str) -> None:
    """A wildcard pattern matches on the suffix only: what precedes it must be a valid host."""
    assert host_allowed(url, LOCAL) is False


def test_valid_hostname_allows_253_characters_and_no_more() -> None:
    labels = ["a" * 63, "b" * 63, "c" * 63]
    longest = ".".join([*labels, "d" * 61])
    assert len(longest) == 253
    assert valid_hostname(longest)
    assert not valid_hostname(longest + "d")


@pytest.mark.parametrize(
    "url",
    [" https://x.atlassian.net", "\x07https://x.atlassian.net", "\x00https://x.atlassian.net"],
)
def test_host_allowed_refuses_what_urlsplit_would_strip_first(url: str) -> None:
    """urlsplit drops leading spaces and controls; the stored text would keep them."""
    assert not host_allowed(url, PRODUCTION)
    assert host_allowed(url.lstrip(" \x07\x00"), PRODUCTION)
