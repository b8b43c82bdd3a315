"""Sign-in tickets: lifetime bound by the user token, one shape, hashed at rest."""

from __future__ import annotations

from glanceapp.forge import TICKET_TTL, looks_like_ticket, new_ticket, ticket_digest, ticket_expiry


def test_ticket_lives_ten_minutes_when_the_user_token_outlives_it() -> None:
    assert ticket_expiry(1000.0, 1000 + 3 * 3600) == 1000.0 + TICKET_TTL


def test_ticket_ends_a_minute_before_the_user_token() -> None:
    assert ticket_expiry(1000.0, 1000 + 300) == 1000.0 + 240


def test_user_token_about_to_expire_gives_no_ticket() -> None:
    assert ticket_expiry(1000.0, 1000 + 60) is None
    assert ticket_expiry(1000.0, 900) is None


def test_ticket_without_readable_user_token_expiry_lives_ten_minutes() -> None:
    assert ticket_expiry(1000.0, None) == 1000.0 + TICKET_TTL


def test_tickets_are_fresh_and_well_formed() -> None:
    first, second = new_ticket(), new_ticket()
    assert first != second
    assert looks_like_ticket(first)
    assert not looks_like_ticket(first + "x")
    assert not looks_like_ticket(None)
    assert not looks_like_ticket("a" * 42 + "!")


def test_ticket_digest_is_keyed() -> None:
    ticket = new_ticket()
    assert ticket_digest(b"k1" * 16, ticket) != ticket_digest(b"k2" * 16, ticket)
    assert ticket not in ticket_digest(b"k1" * 16, ticket)
