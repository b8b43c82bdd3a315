"""The Atlassian Connect protocol, pure: qsh, tokens, signed install, descriptor.

Imports only the standard library, PyJWT and cryptography. No I/O of its own
and no clock: `now` is always passed in, and the one thing it needs from
outside (an install's public key) is fetched by the caller and handed in.

Every token received goes through one decoder, `tokens.parse_token` then
`ParsedToken.verified_claims`. This package exports what the rest of the app
uses; tests reach the finer parts through the submodules.
"""

from glanceapp.connect.descriptor import render_descriptor
from glanceapp.connect.errors import (
    BadSignature,
    ConnectError,
    InstallPayloadError,
    KeyRejected,
    KeyServerUnavailable,
    MissingClaim,
    MissingToken,
    TokenError,
    WrongIssuer,
)
from glanceapp.connect.hosts import host_allowed
from glanceapp.connect.install import (
    InstallPayload,
    VerifiedInstall,
    check_install_body,
    check_install_token,
    verify_signed_install,
)
from glanceapp.connect.qsh import CanonicalRequest
from glanceapp.connect.tokens import (
    TokenKind,
    VerifiedToken,
    forget_prepared_secrets,
    parse_tenant_token,
    sign_app_token,
    sign_oauth_assertion,
    token_from_header,
    verify_parsed_token,
)

__all__ = [
    "BadSignature",
    "CanonicalRequest",
    "ConnectError",
    "InstallPayload",
    "InstallPayloadError",
    "KeyRejected",
    "KeyServerUnavailable",
    "MissingClaim",
    "MissingToken",
    "TokenError",
    "TokenKind",
    "VerifiedInstall",
    "VerifiedToken",
    "WrongIssuer",
    "check_install_body",
    "check_install_token",
    "forget_prepared_secrets",
    "host_allowed",
    "parse_tenant_token",
    "render_descriptor",
    "sign_app_token",
    "sign_oauth_assertion",
    "token_from_header",
    "verify_parsed_token",
    "verify_signed_install",
]
