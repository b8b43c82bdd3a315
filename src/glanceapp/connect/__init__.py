"""The Atlassian Connect protocol, pure: qsh, tokens, signed install, descriptor.

Imports only the standard library, PyJWT and cryptography. No I/O of its own:
the one thing it needs from outside (install public keys) is injected.
"""

from glanceapp.connect.errors import (
    BadAlgorithm,
    BadKeyId,
    BadSignature,
    ConnectError,
    ExpiredToken,
    HostNotAllowed,
    ImmatureToken,
    InstallPayloadError,
    KeyRejected,
    KeyServerUnavailable,
    MalformedToken,
    MissingClaim,
    MissingToken,
    QshMismatch,
    TokenError,
    WrongAudience,
    WrongIssuer,
    WrongScheme,
)
from glanceapp.connect.hosts import host_allowed
from glanceapp.connect.install import (
    InstallPayload,
    KeySource,
    parse_install_payload,
    validate_kid,
    verify_signed_install,
)
from glanceapp.connect.qsh import CanonicalRequest, canonical_request, query_string_hash
from glanceapp.connect.tokens import (
    CONTEXT_QSH,
    TokenKind,
    VerifiedToken,
    read_issuer,
    sign_app_token,
    token_from_header,
    verify_tenant_token,
)

__all__ = [
    "CONTEXT_QSH",
    "BadAlgorithm",
    "BadKeyId",
    "BadSignature",
    "CanonicalRequest",
    "ConnectError",
    "ExpiredToken",
    "HostNotAllowed",
    "ImmatureToken",
    "InstallPayload",
    "InstallPayloadError",
    "KeyRejected",
    "KeyServerUnavailable",
    "KeySource",
    "MalformedToken",
    "MissingClaim",
    "MissingToken",
    "QshMismatch",
    "TokenError",
    "TokenKind",
    "VerifiedToken",
    "WrongAudience",
    "WrongIssuer",
    "WrongScheme",
    "canonical_request",
    "host_allowed",
    "parse_install_payload",
    "query_string_hash",
    "read_issuer",
    "sign_app_token",
    "token_from_header",
    "validate_kid",
    "verify_signed_install",
    "verify_tenant_token",
]
