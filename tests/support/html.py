"""Reading the app's HTML the way the tests do: start tags and their attributes, nothing more."""

from __future__ import annotations

from html.parser import HTMLParser


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))


def elements(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Elements()
    parser.feed(html)
    parser.close()
    return parser.elements


def root(html: str) -> dict[str, str | None]:
    """The attributes of a partial's one root element (its first start tag)."""
    found = elements(html)
    assert found, f"no element in {html!r}"
    return found[0][1]


def by_id(html: str, element_id: str) -> dict[str, str | None]:
    for _, attrs in elements(html):
        if attrs.get("id") == element_id:
            return attrs
    raise AssertionError(f"no element #{element_id} in the page")


def link_state(html: str) -> str | None:
    """`data-link-state` of the partial's root, or of the first element carrying one (pages)."""
    for _, attrs in elements(html):
        if "data-link-state" in attrs:
            return attrs["data-link-state"]
    return None
