"""The shared input rules: account names, ports, host names and patterns, URLs.

Each caller (settings, the install handler, the sandbox runner, the CLI) words
its own refusals; those messages are tested with the callers. Here: the rules.
"""

from __future__ import annotations

import ast
import os
import sys
from pathlib import Path

import pytest

import glanceapp.rules
from glanceapp.rules import (
    MAX_NAME_LENGTH,
    MAX_PORT,
    MIN_PORT,
    NEW_NAME_RULE,
    RuleError,
    UrlFault,
    is_loopback,
    is_new_name,
    parse_port,
    url_faults,
    valid_host_pattern,
    valid_hostname,
)


def test_rules_import_only_the_standard_library() -> None:
    source = Path(glanceapp.rules.__file__).read_text(encoding="utf-8")
    imported = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            imported.update(alias.name.partition(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.partition(".")[0])
    # mutmut's trampoline is the one import a mutated copy adds, and only while it runs.
    tolerated = {"__future__", "mutmut"} if "MUTANT_UNDER_TEST" in os.environ else {"__future__"}
    assert imported - tolerated <= sys.stdlib_module_names


# Account names


@pytest.mark.parametrize(
    "name", ["a", "alice", "alice.smith@example.com", "build_bot-2", "A" + "b" * 63, "0day"]
)
def test_new_name_accepts(name: str) -> None:
    assert is_new_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "",
        "A" + "b" * 64,
        ".alice",
        "-alice",
        "_alice",
        "@alice",
        "al ice",
        "al'ice",
        "al\tice",
        "alice\n",
        "ålice",
        "a;b",
        "a$(b)",
    ],
)
def test_new_name_refuses(name: str) -> None:
    assert not is_new_name(name)


def test_new_name_rule_says_what_the_form_checks() -> None:
    assert NEW_NAME_RULE == (
        "1 to 64 characters: letters, digits, '.', '_', '@' or '-', starting with a letter or digit"
    )


def test_any_account_name_is_at_most_128_characters() -> None:
    assert MAX_NAME_LENGTH == 128


# Ports


@pytest.mark.parametrize(("text", "port"), [("0", 0), (" 8000 ", 8000), ("65535", 65535)])
def test_parse_port_accepts(text: str, port: int) -> None:
    assert parse_port(text) == port


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("65536", "must be between 0 and 65535"),
        ("-1", "must be between 0 and 65535"),
        ("http", "'http' is not a whole number"),
        ("", "'' is not a whole number"),
        ("80.5", "'80.5' is not a whole number"),
    ],
)
def test_parse_port_refuses(text: str, message: str) -> None:
    with pytest.raises(RuleError) as raised:
        parse_port(text)
    assert str(raised.value) == message


def test_port_range_edges() -> None:
    assert (MIN_PORT, MAX_PORT) == (0, 65535)


# Host names and patterns


@pytest.mark.parametrize(
    ("host", "valid"),
    [
        ("example.atlassian.net", True),
        ("Example.Atlassian.NET.", True),
        ("127.0.0.1", True),
        ("::1", True),
        ("a_b.example", False),
        ("-a.example", False),
        ("a..example", False),
        ("a" * 64 + ".example", False),
        ("bad host.example", False),
    ],
)
def test_valid_hostname(host: str, valid: bool) -> None:
    assert valid_hostname(host) is valid


@pytest.mark.parametrize(
    ("pattern", "valid"),
    [
        ("site.test", True),
        ("*.example.net", True),
        ("127.0.0.1", True),
        ("*.*.atlassian.net", False),
        ("acme.atlassian.net:443", False),
        ("https://acme.atlassian.net", False),
        ("bad host.com", False),
        ("*", False),
        ("", False),
        ("example.com.", False),
        ("a" * 64 + ".example", False),
        ("Site.Test", False),
    ],
)
def test_valid_host_pattern(pattern: str, valid: bool) -> None:
    assert valid_host_pattern(pattern) is valid


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("LocalHost", True),
        ("127.0.0.1", True),
        ("127.1.2.3", True),
        ("::1", True),
        ("127.attacker.example", False),
        ("example.com", False),
        ("10.0.0.1", False),
        ("", False),
        (None, False),
    ],
)
def test_is_loopback(host: str | None, loopback: bool) -> None:
    assert is_loopback(host) is loopback


# URLs


@pytest.mark.parametrize(
    ("url", "faults"),
    [
        ("https://example.atlassian.net", set()),
        ("http://127.0.0.1:8000/", set()),
        ("https://example.atlassian.net/wiki", {UrlFault.PATH}),
        ("https://example.atlassian.net/?a=1", {UrlFault.QUERY}),
        ("https://example.atlassian.net#top", {UrlFault.QUERY}),
        ("https://user:pw@example.atlassian.net", {UrlFault.CREDENTIALS}),
        ("https://a_b.atlassian.net", {UrlFault.BAD_HOST}),
        ("https://x.atlassian.net:99999", {UrlFault.MALFORMED}),
        ("https://[::1", {UrlFault.MALFORMED}),
        ("ftp://example.atlassian.net", {UrlFault.NOT_HTTP}),
        ("example.atlassian.net", {UrlFault.NOT_HTTP, UrlFault.PATH}),
        ("https://", {UrlFault.NOT_HTTP}),
        ("https://ok.atlassian.net\n", {UrlFault.CONTROL}),
        ("https://a b.atlassian.net", {UrlFault.CONTROL, UrlFault.BAD_HOST}),
    ],
)
def test_url_faults(url: str, faults: set[UrlFault]) -> None:
    assert url_faults(url) == faults


def test_a_wildcard_over_a_one_letter_domain_is_a_pattern() -> None:
    assert valid_host_pattern("*.a")


def test_a_host_name_of_exactly_the_longest_length_is_a_pattern() -> None:
    name = ".".join(["a" * 63, "b" * 63, "c" * 63, "d" * 61])
    assert len(name) == 253
    assert valid_host_pattern(name)
    assert not valid_host_pattern(name + "e")
