"""One frozen Settings object, built once from the environment and passed in.

Nothing here is read at import time: `load_settings()` is called by the CLI (and
by tests with their own environment mapping), and the result travels explicitly.
"""

from __future__ import annotations

import base64
import dataclasses
import difflib
import logging
import os
import re
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from glanceapp.rules import (
    RuleError,
    UrlFault,
    is_loopback,
    parse_port,
    url_faults,
    valid_host_pattern,
)

log = logging.getLogger(__name__)

PREFIX = "GLANCEAPP_"
MIN_SECRET_LENGTH = 32
_DURATION = re.compile(r"^(\d+)([smhd]?)$")
MAX_DURATION_SECONDS = 3650 * 86400
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
_PROPERTY_KEY = re.compile(r"^[A-Za-z0-9._-]{1,255}$")
_APP_KEY = re.compile(r"^[a-zA-Z0-9._-]{1,64}$")
_FORGE_APP_ID = re.compile(
    r"^ari:cloud:ecosystem::app/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
)
_ENVIRONMENT_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
# GLANCEAPP_ names that are not app settings but are legitimately set around it:
# the test harness's switch that makes a missing browser a failure.
NOT_SETTINGS: frozenset[str] = frozenset({"REQUIRE_BROWSER"})


class SettingsError(ValueError):
    """Raised when a GLANCEAPP_ variable is missing its form; names the variable."""

    def __init__(self, variable: str, problem: str) -> None:
        super().__init__(f"{variable}: {problem}")
        self.variable = variable
        self.problem = problem


@dataclass(frozen=True)
class Settings:
    base_url: str = "http://127.0.0.1:8000"
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 1
    database: Path = Path("glanceapp.db")
    app_key: str = "glanceapp"
    secret_key: str = field(default="", repr=False)
    old_secret_keys: tuple[str, ...] = field(default=(), repr=False)
    install_keys_url: str = "https://connect-install-keys.atlassian.com"
    oauth_url: str = "https://oauth-2-authorization-server.services.atlassian.com"
    allowed_hosts: tuple[str, ...] = ("*.atlassian.net", "*.jira.com", "*.jira-dev.com")
    api_key_ttl: int = 30 * 86400
    expiry_warning: int = 3 * 86400
    property_key: str = "glanceapp.link"
    jira_auth: Literal["user", "app"] = "user"
    jwt_leeway: int = 30
    all_js_url: str = "https://connect-cdn.atl-paas.net/all.js"
    log_format: Literal["text", "json"] = "text"
    dev: bool = False
    # The Forge remote: off unless forge_app_id is set.
    forge_app_id: str | None = None
    forge_environments: frozenset[str] = frozenset()
    forge_jwks_url: str = "https://forge.cdn.prod.atlassian-dev.net/.well-known/jwks.json"
    forge_api_hosts: tuple[str, ...] = ("api.atlassian.com",)
    forge_jwks_min_refresh: int = 0
    forge_origins: tuple[str, ...] = ("*.cdn.prod.atlassian-dev.net", "*.atlassian.net")
    # How long revoked and expired apiKey rows are kept (for audit) before the sweep purges them.
    key_retention: int = 90 * 86400
    # The team's own sign-in: `local` accounts, their OpenID Connect provider, or their HTTP check.
    sign_in: Literal["local", "oidc", "http"] = "local"
    sign_in_url: str | None = None
    sign_in_secret: str | None = field(default=None, repr=False)
    # None: the apiKey TTL. Renewing a key from `oidc` or `http` needs a sign-in this recent.
    reauth_after: int | None = None
    oidc_issuer: str | None = None
    oidc_client_id: str | None = None
    oidc_client_secret: str | None = field(default=None, repr=False)
    oidc_scopes: tuple[str, ...] = ("openid", "profile")
    # None: `preferred_username`, falling back to `sub`.
    oidc_username_claim: str | None = None
    oidc_required_claim: tuple[str, str] | None = None

    @property
    def base_path(self) -> str:
        """The path part of the base URL without a trailing slash ('' at the root)."""
        return urlsplit(self.base_url).path.rstrip("/")

    @property
    def reauth_seconds(self) -> int:
        """How recent a sign-in must be to renew a key from `oidc` or `http`."""
        return self.api_key_ttl if self.reauth_after is None else self.reauth_after

    @property
    def oidc_redirect_uri(self) -> str:
        return f"{self.base_url}/link/callback"

    @property
    def base_origin(self) -> str:
        parts = urlsplit(self.base_url)
        return f"{parts.scheme}://{parts.netloc}"


def known_variables() -> frozenset[str]:
    """Every GLANCEAPP_ name the loader reads: one per Settings field, derived, never listed twice."""
    return frozenset(PREFIX + f.name.upper() for f in dataclasses.fields(Settings)) | {
        PREFIX + name for name in NOT_SETTINGS
    }


def unknown_variables(source: Mapping[str, str]) -> list[tuple[str, str | None]]:
    """GLANCEAPP_ names in `source` that no setting reads, each with the closest known name.

    Only ever a warning: a setting of an older or newer release must not stop a
    rollback, but a typo such as GLANCEAPP_WROKERS should not go unnoticed.
    """
    known = known_variables()
    unknown = []
    for name in sorted(source):
        if name.startswith(PREFIX) and name not in known:
            close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
            unknown.append((name, close[0] if close else None))
    return unknown


def merged_environment(
    environ: Mapping[str, str] | None = None, *, env_file: Path | None = Path(".env")
) -> dict[str, str]:
    """The variables settings are read from: the `.env` file, overridden by the environment."""
    source: dict[str, str] = {}
    if env_file is not None:
        source.update(read_env_file(env_file))
    source.update(os.environ if environ is None else environ)
    return {k: v for k, v in source.items() if k.startswith(PREFIX)}


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def read_env_file(path: Path) -> dict[str, str]:
    """Parse a minimal `.env`: KEY=VALUE lines, `#` comments, optional quotes."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("export "):
            line = line[len("export ") :].lstrip()
        name, sep, value = line.partition("=")
        if not sep:
            raise SettingsError(str(path), f"line {number} is not KEY=VALUE")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        values[name.strip()] = value
    return values


def parse_duration(variable: str, text: str) -> int:
    match = _DURATION.match(text.strip())
    if not match:
        raise SettingsError(variable, f"{text!r} is not a duration like 30d, 12h, 90m or 3600")
    seconds = int(match.group(1)) * _UNITS[match.group(2)]
    if seconds <= 0:
        raise SettingsError(variable, "must be greater than 0")
    if seconds > MAX_DURATION_SECONDS:
        raise SettingsError(variable, "must be at most 3650d (ten years)")
    return seconds


def _http_url(variable: str, text: str, faults: frozenset[UrlFault]) -> None:
    """Refuse what no URL setting may be: unparsable, or not http(s) with a host."""
    if UrlFault.MALFORMED in faults:
        raise SettingsError(variable, f"{text!r} is not a valid URL")
    if UrlFault.NOT_HTTP in faults:
        raise SettingsError(variable, f"{text!r} is not an http(s) URL")


def _url(variable: str, text: str, *, allow_path: bool = True) -> str:
    faults = url_faults(text)
    _http_url(variable, text, faults)
    if UrlFault.QUERY in faults:
        raise SettingsError(variable, "must not have a query or fragment")
    if UrlFault.CREDENTIALS in faults:
        raise SettingsError(variable, "must not carry credentials")
    if not allow_path and UrlFault.PATH in faults:
        raise SettingsError(variable, "must not have a path")
    return text.rstrip("/")


def port_setting(variable: str, text: str) -> int:
    """A port to listen on (0: any free port), refused with the variable's name."""
    try:
        return parse_port(text)
    except RuleError as exc:
        raise SettingsError(variable, str(exc)) from None


def _int(variable: str, text: str, low: int, high: int) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        raise SettingsError(variable, f"{text!r} is not a whole number") from None
    if not low <= value <= high:
        raise SettingsError(variable, f"must be between {low} and {high}")
    return value


def _choice(variable: str, text: str, choices: tuple[str, ...]) -> str:
    value = text.strip().lower()
    if value not in choices:
        raise SettingsError(variable, f"{text!r} is not one of {', '.join(choices)}")
    return value


def _flag(variable: str, text: str) -> bool:
    value = text.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("", "0", "false", "no", "off"):
        return False
    raise SettingsError(variable, f"{text!r} is not a boolean (use 1 or 0)")


def _hosts(variable: str, text: str) -> tuple[str, ...]:
    hosts = tuple(h.strip().lower() for h in text.split(",") if h.strip())
    if not hosts:
        raise SettingsError(variable, "needs at least one host pattern")
    for host in hosts:
        if not valid_host_pattern(host):
            raise SettingsError(variable, f"{host!r} is not a host name or *.domain pattern")
    return hosts


def _secret(variable: str, text: str) -> str:
    if len(text) < MIN_SECRET_LENGTH:
        raise SettingsError(variable, f"must be at least {MIN_SECRET_LENGTH} characters")
    return text


def load_key_file(path: Path) -> str:
    """Read the generated master secret, creating it exclusively (mode 0600) if absent.

    The secret is written and synced to a private temporary file first, then
    hard-linked into place: the link either creates the key file whole or fails
    because it exists, so two workers starting together agree (exactly one
    writes) and none ever reads a file that is still empty.
    """
    variable = f"{PREFIX}SECRET_KEY"
    if not path.exists():
        secret = base64.urlsafe_b64encode(secrets.token_bytes(32)).rstrip(b"=")
        temporary = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
        try:
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(secret + b"\n")
                    handle.flush()
                    os.fsync(handle.fileno())
                os.link(temporary, path)
            finally:
                temporary.unlink(missing_ok=True)
        except FileExistsError:
            pass
        except OSError as exc:
            raise SettingsError(
                variable, f"unset, and the key file {path} cannot be created: {exc.strerror}"
            ) from None
        else:
            log.warning(
                "GLANCEAPP_SECRET_KEY is unset: generated a master secret in %s; "
                "back it up with the database",
                path,
            )
            return secret.decode()
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(
            variable, f"unset, and the key file {path} cannot be read: {exc}"
        ) from None
    if len(text) < MIN_SECRET_LENGTH:
        raise SettingsError(variable, f"unset, and the key file {path} holds no valid secret")
    return text


def load_settings(
    environ: Mapping[str, str] | None = None,
    *,
    env_file: Path | None = Path(".env"),
    need_secret: bool = True,
) -> Settings:
    """Build Settings from `environ` (default: os.environ) over an optional `.env` file.

    Commands that never touch sealed data pass `need_secret=False`: they read an
    existing key file but never create one (a secret nothing was sealed under
    would only mislead the operator), leaving `secret_key` empty.
    """
    env = merged_environment(environ, env_file=env_file)

    def get(name: str) -> str | None:
        return env.get(PREFIX + name)

    kwargs: dict[str, object] = {}
    if (v := get("BASE_URL")) is not None:
        base_url = _url(PREFIX + "BASE_URL", v)
        parts = urlsplit(base_url)
        if parts.scheme != "https" and not is_loopback(parts.hostname):
            raise SettingsError(
                PREFIX + "BASE_URL",
                f"{base_url!r} must use https: Jira reaches apps only over HTTPS "
                "(http is allowed for localhost and loopback addresses, for local testing)",
            )
        kwargs["base_url"] = base_url
    if (v := get("HOST")) is not None:
        if not v.strip():
            raise SettingsError(PREFIX + "HOST", "must not be empty")
        kwargs["host"] = v.strip()
    if (v := get("PORT")) is not None:
        kwargs["port"] = port_setting(PREFIX + "PORT", v)
    kwargs["workers"] = (
        _int(PREFIX + "WORKERS", v, 1, 64)
        if (v := get("WORKERS")) is not None
        else default_workers()
    )
    if (v := get("DATABASE")) is not None:
        if not v.strip():
            raise SettingsError(PREFIX + "DATABASE", "must not be empty")
        kwargs["database"] = Path(v)
    database = Path(str(kwargs.get("database", Settings.database)))
    if database.exists() and database.is_dir():
        raise SettingsError(PREFIX + "DATABASE", f"{database} is a directory")
    if (v := get("APP_KEY")) is not None:
        if not _APP_KEY.match(v):
            raise SettingsError(PREFIX + "APP_KEY", "use 1-64 letters, digits, '.', '_' or '-'")
        kwargs["app_key"] = v
    if (v := get("OLD_SECRET_KEYS")) is not None and v.strip():
        kwargs["old_secret_keys"] = tuple(
            _secret(PREFIX + "OLD_SECRET_KEYS", s.strip()) for s in v.split(",") if s.strip()
        )
    if (v := get("INSTALL_KEYS_URL")) is not None:
        kwargs["install_keys_url"] = _url(PREFIX + "INSTALL_KEYS_URL", v)
    if (v := get("OAUTH_URL")) is not None:
        kwargs["oauth_url"] = _url(PREFIX + "OAUTH_URL", v)
    if (v := get("ALLOWED_HOSTS")) is not None:
        kwargs["allowed_hosts"] = _hosts(PREFIX + "ALLOWED_HOSTS", v)
    if (v := get("API_KEY_TTL")) is not None:
        kwargs["api_key_ttl"] = parse_duration(PREFIX + "API_KEY_TTL", v)
    if (v := get("EXPIRY_WARNING")) is not None:
        kwargs["expiry_warning"] = parse_duration(PREFIX + "EXPIRY_WARNING", v)
    ttl = int(str(kwargs.get("api_key_ttl", Settings.api_key_ttl)))
    warning = int(str(kwargs.get("expiry_warning", Settings.expiry_warning)))
    if warning >= ttl:
        raise SettingsError(PREFIX + "EXPIRY_WARNING", "must be shorter than GLANCEAPP_API_KEY_TTL")
    if (v := get("PROPERTY_KEY")) is not None:
        if not _PROPERTY_KEY.match(v):
            raise SettingsError(
                PREFIX + "PROPERTY_KEY", "use 1-255 letters, digits, '.', '_' or '-'"
            )
        kwargs["property_key"] = v
    if (v := get("JIRA_AUTH")) is not None:
        kwargs["jira_auth"] = _choice(PREFIX + "JIRA_AUTH", v, ("user", "app"))
    if (v := get("JWT_LEEWAY")) is not None:
        kwargs["jwt_leeway"] = _int(PREFIX + "JWT_LEEWAY", v, 0, 300)
    if (v := get("ALL_JS_URL")) is not None:
        _http_url(PREFIX + "ALL_JS_URL", v, url_faults(v))
        kwargs["all_js_url"] = v
    if (v := get("LOG_FORMAT")) is not None:
        kwargs["log_format"] = _choice(PREFIX + "LOG_FORMAT", v, ("text", "json"))
    if (v := get("DEV")) is not None:
        kwargs["dev"] = _flag(PREFIX + "DEV", v)
    if (v := get("KEY_RETENTION")) is not None:
        retention = parse_duration(PREFIX + "KEY_RETENTION", v)
        if retention < 86400:
            raise SettingsError(
                PREFIX + "KEY_RETENTION", "must be at least 1d (revoked keys are kept for audit)"
            )
        kwargs["key_retention"] = retention

    kwargs.update(_forge_settings(get))
    kwargs.update(_sign_in_settings(get))

    if (v := get("SECRET_KEY")) is not None and v != "":
        kwargs["secret_key"] = _secret(PREFIX + "SECRET_KEY", v)
    elif need_secret or Path(f"{database}.key").exists():
        if not Path(database).parent.is_dir():
            # The key file lives beside the database: the database path is what is wrong.
            raise SettingsError(
                PREFIX + "DATABASE", f"the folder of {database} does not exist or is not a folder"
            )
        kwargs["secret_key"] = load_key_file(Path(f"{database}.key"))
    return Settings(**kwargs)  # type: ignore[arg-type]


def _forge_settings(get: Callable[[str], str | None]) -> dict[str, object]:
    """The Forge block: `GLANCEAPP_FORGE_*`."""
    kwargs: dict[str, object] = {}
    if (v := get("FORGE_APP_ID")) is not None and v.strip():
        if not _FORGE_APP_ID.match(v.strip()):
            raise SettingsError(
                PREFIX + "FORGE_APP_ID", "must be ari:cloud:ecosystem::app/<uuid> (lower case)"
            )
        kwargs["forge_app_id"] = v.strip()
    if (v := get("FORGE_ENVIRONMENTS")) is not None:
        environments = frozenset(e.strip() for e in v.split(",") if e.strip())
        for environment in environments:
            if not _ENVIRONMENT_ID.match(environment):
                raise SettingsError(
                    PREFIX + "FORGE_ENVIRONMENTS", f"{environment!r} is not an environment id"
                )
        kwargs["forge_environments"] = environments
    if (v := get("FORGE_JWKS_URL")) is not None:
        kwargs["forge_jwks_url"] = _url(PREFIX + "FORGE_JWKS_URL", v)
    if (v := get("FORGE_API_HOSTS")) is not None:
        kwargs["forge_api_hosts"] = _hosts(PREFIX + "FORGE_API_HOSTS", v)
    if (v := get("FORGE_JWKS_MIN_REFRESH")) is not None:
        kwargs["forge_jwks_min_refresh"] = (
            0 if v.strip() == "0" else parse_duration(PREFIX + "FORGE_JWKS_MIN_REFRESH", v)
        )
        if int(str(kwargs["forge_jwks_min_refresh"])) > 3600:
            raise SettingsError(PREFIX + "FORGE_JWKS_MIN_REFRESH", "must be at most 1h")
    if (v := get("FORGE_ORIGINS")) is not None:
        kwargs["forge_origins"] = _hosts(PREFIX + "FORGE_ORIGINS", v)
    return kwargs


_CLAIM_NAME = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
_SCOPE = re.compile(r"^[\x21\x23-\x5b\x5d-\x7e]{1,128}$")


def _team_url(variable: str, text: str) -> str:
    """An https URL, or plain http on loopback only: it carries passwords or tokens."""
    url = _url(variable, text.strip())
    parts = urlsplit(url)
    if parts.scheme != "https" and not is_loopback(parts.hostname):
        raise SettingsError(variable, "must be https (plain http only on 127.0.0.1 or localhost)")
    return url


def _sign_in_settings(get: Callable[[str], str | None]) -> dict[str, object]:
    """The sign-in block: `GLANCEAPP_SIGN_IN*`, `GLANCEAPP_REAUTH_AFTER`, `GLANCEAPP_OIDC_*`."""
    kwargs: dict[str, object] = {}
    backend = "local"
    if (v := get("SIGN_IN")) is not None and v.strip():
        backend = _choice(PREFIX + "SIGN_IN", v, ("local", "oidc", "http"))
    kwargs["sign_in"] = backend
    if (v := get("REAUTH_AFTER")) is not None and v.strip():
        kwargs["reauth_after"] = parse_duration(PREFIX + "REAUTH_AFTER", v)
    if (v := get("SIGN_IN_URL")) is not None and v.strip():
        kwargs["sign_in_url"] = _team_url(PREFIX + "SIGN_IN_URL", v)
    if (v := get("SIGN_IN_SECRET")) is not None and v != "":
        kwargs["sign_in_secret"] = _secret(PREFIX + "SIGN_IN_SECRET", v)
    if (v := get("OIDC_ISSUER")) is not None and v.strip():
        kwargs["oidc_issuer"] = _team_url(PREFIX + "OIDC_ISSUER", v)
    if (v := get("OIDC_CLIENT_ID")) is not None and v.strip():
        client_id = v.strip()
        if len(client_id) > 255 or not client_id.isprintable():
            raise SettingsError(PREFIX + "OIDC_CLIENT_ID", "must be 1-255 printable characters")
        kwargs["oidc_client_id"] = client_id
    if (v := get("OIDC_CLIENT_SECRET")) is not None and v != "":
        kwargs["oidc_client_secret"] = v
    if (v := get("OIDC_SCOPES")) is not None and v.strip():
        scopes = tuple(dict.fromkeys(v.split()))
        for scope in scopes:
            if not _SCOPE.match(scope):
                raise SettingsError(PREFIX + "OIDC_SCOPES", f"{scope!r} is not a scope")
        if "openid" not in scopes:
            raise SettingsError(PREFIX + "OIDC_SCOPES", "must include openid")
        kwargs["oidc_scopes"] = scopes
    if (v := get("OIDC_USERNAME_CLAIM")) is not None and v.strip():
        if not _CLAIM_NAME.match(v.strip()):
            raise SettingsError(PREFIX + "OIDC_USERNAME_CLAIM", f"{v!r} is not a claim name")
        kwargs["oidc_username_claim"] = v.strip()
    if (v := get("OIDC_REQUIRED_CLAIM")) is not None and v.strip():
        name, sep, value = v.strip().partition("=")
        if not sep or not _CLAIM_NAME.match(name.strip()) or not value.strip():
            raise SettingsError(PREFIX + "OIDC_REQUIRED_CLAIM", "must be name=value")
        kwargs["oidc_required_claim"] = (name.strip(), value.strip())
    if backend == "http":
        for name, key in (("SIGN_IN_URL", "sign_in_url"), ("SIGN_IN_SECRET", "sign_in_secret")):
            if key not in kwargs:
                raise SettingsError(PREFIX + name, "is required when GLANCEAPP_SIGN_IN=http")
    if backend == "oidc":
        for name, key in (("OIDC_ISSUER", "oidc_issuer"), ("OIDC_CLIENT_ID", "oidc_client_id")):
            if key not in kwargs:
                raise SettingsError(PREFIX + name, "is required when GLANCEAPP_SIGN_IN=oidc")
    return kwargs
