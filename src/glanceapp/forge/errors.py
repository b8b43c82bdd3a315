"""One exception tree for the Forge protocol.

`FitError` and its subclasses are authentication failures (HTTP 401 with
`WWW-Authenticate: Bearer`); `JwksUnavailable` means we could not ask Forge for
its keys (503 with `Retry-After`), which is never the caller's fault.
"""

from __future__ import annotations


class ForgeError(Exception):
    """Base of every protocol error raised by glanceapp.forge."""


class FitError(ForgeError):
    """Raised when a Forge Invocation Token cannot be trusted; always answered with 401."""


class MissingFit(FitError):
    """Raised when no `Authorization: Bearer` FIT is present."""


class WrongScheme(FitError):
    """Raised when the Authorization header's scheme is not Bearer."""


class MalformedFit(FitError):
    """Raised when the token cannot be decoded as a JWT, or is too long."""


class BadAlgorithm(FitError):
    """Raised when the header's `alg` is anything but RS256 (`none` and HS256 included)."""


class MissingKeyId(FitError):
    """Raised when the header has no usable `kid`."""


class UnknownKeyId(FitError):
    """Raised when the `kid` is not in Forge's JWKS, even after one refresh."""


class BadSignature(FitError):
    """Raised when the signature does not verify under the key its `kid` names."""


class ExpiredFit(FitError):
    """Raised when `exp` is in the past beyond the leeway."""


class ImmatureFit(FitError):
    """Raised when `iat` or `nbf` is in the future beyond the leeway."""


class WrongAudience(FitError):
    """Raised when `aud` (or `app.id`) is not this app's Forge id."""


class WrongIssuer(FitError):
    """Raised when `iss` is not `forge/invocation-token`."""


class MissingClaim(FitError):
    """Raised when a required claim (`exp`, `iat`, `app.installationId`, `principal`...) is absent."""


class EnvironmentNotAllowed(FitError):
    """Raised when `app.environment.id` is not in GLANCEAPP_FORGE_ENVIRONMENTS."""


class ApiHostNotAllowed(FitError):
    """Raised when `app.apiBaseUrl` is not on a host in GLANCEAPP_FORGE_API_HOSTS."""


class InstallationGone(FitError):
    """Raised when the FIT names an installation the app has recorded as uninstalled."""


class JwksUnavailable(ForgeError):
    """Raised when Forge's JWKS cannot be fetched, or is not a JWKS (503, retry later)."""
