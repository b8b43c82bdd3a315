"""One exception tree for the Connect protocol.

`TokenError` and its subclasses are authentication failures (HTTP 401);
`InstallPayloadError` is a malformed callback body (400); `KeyServerUnavailable`
means we could not ask (503), which is never the caller's fault.
"""

from __future__ import annotations


class ConnectError(Exception):
    """Base of every protocol error raised by glanceapp.connect."""


class TokenError(ConnectError):
    """Raised when a request cannot be authenticated; always answered with 401."""


class MissingToken(TokenError):
    """Raised when no JWT is present where one is required."""


class WrongScheme(TokenError):
    """Raised when the Authorization header's scheme is not the route's (e.g. Bearer for JWT)."""


class MalformedToken(TokenError):
    """Raised when the token cannot be decoded as a JWT at all."""


class BadAlgorithm(TokenError):
    """Raised when the token's `alg` is not the one pinned for its kind (HS256 or RS256)."""


class BadSignature(TokenError):
    """Raised when the signature does not verify under the expected key."""


class ExpiredToken(TokenError):
    """Raised when `exp` is in the past beyond the leeway."""


class ImmatureToken(TokenError):
    """Raised when `iat` or `nbf` is in the future beyond the leeway."""


class MissingClaim(TokenError):
    """Raised when a required claim (iss, iat, exp, qsh, aud) is absent or has the wrong type."""


class QshMismatch(TokenError):
    """Raised when `qsh` does not match this request, or is not `context-qsh` where required."""


class WrongIssuer(TokenError):
    """Raised when `iss` names no known tenant, or differs from the install payload's clientKey."""


class WrongAudience(TokenError):
    """Raised when a signed install's `aud` is not this app's base URL."""


class BadKeyId(TokenError):
    """Raised when an install token's `kid` header is not a safe key identifier."""


class KeyRejected(TokenError):
    """Raised when the install-keys server refuses a kid (a 4xx other than 408/429): not genuine."""


class HostNotAllowed(TokenError):
    """Raised when an install names a baseUrl whose host is not in GLANCEAPP_ALLOWED_HOSTS."""


class InstallPayloadError(ConnectError):
    """Raised when a lifecycle body is not JSON within limits or lacks a required field (400)."""


class KeyServerUnavailable(ConnectError):
    """Raised when the install-keys server fails (5xx) or times out (503, retry later)."""
