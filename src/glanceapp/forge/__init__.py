"""The Forge protocol, pure: FIT verification, Forge's JWKS, sign-in tickets.

Imports only the standard library, PyJWT, cryptography and the host-matching rule
of `glanceapp.connect.hosts`. No I/O of its own: Forge's keys are looked up by a
callable the caller provides, and `now` is always passed in.
"""

from glanceapp.forge.errors import (
    ApiHostNotAllowed,
    BadAlgorithm,
    BadSignature,
    EnvironmentNotAllowed,
    ExpiredFit,
    FitError,
    ForgeError,
    ImmatureFit,
    InstallationGone,
    JwksUnavailable,
    MalformedFit,
    MissingClaim,
    MissingFit,
    MissingKeyId,
    UnknownKeyId,
    WrongAudience,
    WrongIssuer,
    WrongScheme,
)
from glanceapp.forge.keys import cache_lifetime, parse_jwks, valid_kid
from glanceapp.forge.tickets import (
    TICKET_TTL,
    looks_like_ticket,
    new_ticket,
    ticket_digest,
    ticket_expiry,
)
from glanceapp.forge.tokens import (
    FIT_ISSUER,
    ForgeRules,
    ParsedFit,
    SignatureMemo,
    VerifiedFit,
    fit_from_header,
    parse_fit,
    read_user_token_expiry,
    verify_fit,
)

__all__ = [
    "FIT_ISSUER",
    "TICKET_TTL",
    "ApiHostNotAllowed",
    "BadAlgorithm",
    "BadSignature",
    "EnvironmentNotAllowed",
    "ExpiredFit",
    "FitError",
    "ForgeError",
    "ForgeRules",
    "ImmatureFit",
    "InstallationGone",
    "JwksUnavailable",
    "MalformedFit",
    "MissingClaim",
    "MissingFit",
    "MissingKeyId",
    "ParsedFit",
    "SignatureMemo",
    "UnknownKeyId",
    "VerifiedFit",
    "WrongAudience",
    "WrongIssuer",
    "WrongScheme",
    "cache_lifetime",
    "fit_from_header",
    "looks_like_ticket",
    "new_ticket",
    "parse_fit",
    "parse_jwks",
    "read_user_token_expiry",
    "ticket_digest",
    "ticket_expiry",
    "valid_kid",
    "verify_fit",
]
