"""A fake Jira Cloud site: a real HTTP server on loopback that behaves the way Jira does.

One `FakeJira` plays three Atlassian services on one port:

- the Jira site itself (`base_url`, module `site`), serving the user-property REST
  API the app uses and authenticating callers exactly like Jira;
- Atlassian's install-keys service (`install_keys_url`, module `install_keys`),
  handing out the PEM public key that verifies its RS256 signed installs;
- Atlassian's OAuth 2.0 authorization server (`oauth_url`, module `oauth`), granting
  access tokens for the JWT-bearer (act-as-user) flow.

It also drives the app as Jira would: signed lifecycle callbacks, context tokens and
signed iframe URLs, all minted by `signer`, the one place that signs Jira's side.
Underneath: `http` (a small HTTP micro-framework), `loopback` (the base every fake
shares: lifecycle, routing, the request log and injected faults) and `properties`
(the user-property store and body rules, shared with the fake Forge).

The fake is deliberately independent of the app's own protocol code: it never imports
anything from glanceapp outside `glanceapp.sandbox` and computes every qsh with
Atlassian's `atlassian_jwt` package, so a shared misreading of the protocol cannot
make both sides agree.
"""

from glanceapp.sandbox.fakejira.http import (
    MAX_REQUEST_BYTES,
    Request,
    Response,
    Route,
    RouteHandler,
    jira_error,
    json_response,
)
from glanceapp.sandbox.fakejira.install_keys import public_pem
from glanceapp.sandbox.fakejira.loopback import (
    OMIT,
    Fault,
    LoopbackFake,
    RecordedRequest,
    apply_overrides,
)
from glanceapp.sandbox.fakejira.oauth import (
    ACCESS_TOKEN_TTL,
    ASSERTION_LIFETIME_ERROR,
    ASSERTION_MAX_LIFETIME,
    JWT_BEARER_GRANT,
    OAUTH_ISSUER_PREFIX,
    OAUTH_SUBJECT_PREFIX,
    IssuedAccessToken,
)
from glanceapp.sandbox.fakejira.properties import (
    MAX_PROPERTY_BYTES,
    MAX_PROPERTY_KEY_LENGTH,
    UserProperties,
)
from glanceapp.sandbox.fakejira.signer import CONTEXT_QSH
from glanceapp.sandbox.fakejira.site import MIN_SECRET_LENGTH, FakeJira

__all__ = [
    "ACCESS_TOKEN_TTL",
    "ASSERTION_LIFETIME_ERROR",
    "ASSERTION_MAX_LIFETIME",
    "CONTEXT_QSH",
    "JWT_BEARER_GRANT",
    "MAX_PROPERTY_BYTES",
    "MAX_PROPERTY_KEY_LENGTH",
    "MAX_REQUEST_BYTES",
    "MIN_SECRET_LENGTH",
    "OAUTH_ISSUER_PREFIX",
    "OAUTH_SUBJECT_PREFIX",
    "OMIT",
    "FakeJira",
    "Fault",
    "IssuedAccessToken",
    "LoopbackFake",
    "RecordedRequest",
    "Request",
    "Response",
    "Route",
    "RouteHandler",
    "UserProperties",
    "apply_overrides",
    "jira_error",
    "json_response",
    "public_pem",
]
