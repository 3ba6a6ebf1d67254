"""Where each provider's connector talks to: the sandbox (the embedded default) or a live gateway.

Per provider the warehouse keeps (database, shared by every station): the mode, the gateway's
base URL, the app key, the OAuth authorize URL and redirect URI, the pacing of one buyer
account's calls and the request timeout. The app secret lives in the secret store (the OS
keyring when there is one) under the same name as the `api_secret` setting; nothing shows it
back, nothing logs it, the audit says only that it was set. Every change is audited as the
other settings are (who, station, when, old, new).

`check_connection` makes one harmless signed call (an order list without a buyer token) and
says in plain words what is wrong and which setting fixes it. No Qt: the window runs it on the
runner's network lane, the CLI in its own process.
"""

from __future__ import annotations

import email.utils
import json
import logging
import socket
import ssl
import time
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import httpx
from sqlalchemy import select

from workstation.domain import marketplaces
from workstation.domain.roles import Permission
from workstation.providers import alibaba1688, taobao_global
from workstation.providers.base import ProviderKind
from workstation.providers.http import body_excerpt, scrub
from workstation.providers.registry import (
    LIVE_MIN_INTERVAL,
    LIVE_TIMEOUT_SECONDS,
    REAL_DEFAULTS,
    ConnectorSettings,
    live_timeout,
    sandbox_settings,
)
from workstation.services.audit import Actor, audit
from workstation.services.errors import InvalidInput, UserFacingError
from workstation.services.login import RETURN_URL
from workstation.services.people import require
from workstation.services.secrets import SecretStore
from workstation.store.database import Database
from workstation.store.models import ProviderSetting

log = logging.getLogger(__name__)

PROVIDERS = ("1688", "taobao")
MODE_SANDBOX = "sandbox"
MODE_LIVE = "live"
MODE_NAMES = {MODE_SANDBOX: "Sandbox (demo)", MODE_LIVE: "Live"}

# The fields of a connection, in the order people read them, and what each is called on screen.
FIELDS = ("mode", "base_url", "app_key", "app_secret", "authorize_url", "redirect_uri",
          "min_interval", "timeout")
LABELS = {"mode": "Mode", "base_url": "Gateway base URL", "app_key": "App key",
          "app_secret": "App secret", "authorize_url": "Authorize URL", "redirect_uri": "Redirect URI",
          "min_interval": "Request pacing", "timeout": "Timeout",
          # not settings of the workstation, but what the person has to fix
          "clock": "this computer's clock", "proxy": "the proxy", "network": "the network connection"}
# Where each field is stored (ProviderSetting keys). The app key is the `api_key` setting and the
# secret the `api_secret` one: one key per provider, whichever page or command sets it.
STORED = {"mode": "connection.mode", "base_url": "connection.base_url", "app_key": "api_key",
          "authorize_url": "connection.authorize_url", "redirect_uri": "connection.redirect_uri",
          "min_interval": "connection.min_interval", "timeout": "connection.timeout"}
SECRET_SET_AT = "connection.app_secret_set_at"  # when the secret last changed (no value)
SECRET_SET = "(set)"
MIN_INTERVAL_RANGE = (0.1, 60.0)
TIMEOUT_RANGE = (1.0, 300.0)
CLOCK_SKEW_LIMIT = 600.0  # seconds; TOP refuses 10 min (docs/architecture.md), the others say nothing
LOOPBACK = ("127.0.0.1", "localhost", "::1")
PROVIDER_NAMES = {m.kind: m.name for m in marketplaces.MARKETPLACES}
CONSOLES = {"1688": "open.1688.com", "taobao": "open.taobao.global"}


def secret_name(provider: str) -> str:
    """The secret store's name for the provider's app secret (the `api_secret` setting's)."""
    return f"setting:{provider}:api_secret"


class ConnectionInputError(InvalidInput):
    """Refused connection settings; `errors` maps each field at fault to its message."""

    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(errors.values()))
        self.errors = errors


class ConnectionIncomplete(UserFacingError):
    """A live connection lacks what it needs (app key or secret); the message names it."""


@dataclass(frozen=True)
class ConnectionSettings:
    """One provider's connection as stored. The secret itself is never here."""

    provider: str
    mode: str
    base_url: str
    app_key: str
    app_secret_set: bool
    authorize_url: str
    redirect_uri: str
    min_interval: float
    timeout: float
    secret_changed_at: str = ""  # ISO time of the last secret change, "" when never

    @property
    def is_live(self) -> bool:
        return self.mode == MODE_LIVE

    def fingerprint(self) -> tuple[Any, ...]:
        """What a connector is built from: a change here means a new connector."""
        return tuple(getattr(self, f.name) for f in fields(self))


def defaults(provider: str) -> dict[str, Any]:
    """A fresh installation's values: the sandbox, and the real gateways ready for Live."""
    kind = ProviderKind(check_provider(provider))
    gateway, authorize = REAL_DEFAULTS[kind]
    return {"mode": MODE_SANDBOX, "base_url": gateway, "app_key": "", "authorize_url": authorize,
            "redirect_uri": RETURN_URL, "min_interval": LIVE_MIN_INTERVAL[kind],
            "timeout": LIVE_TIMEOUT_SECONDS}


def check_provider(provider: str) -> str:
    if provider not in PROVIDERS:
        raise InvalidInput(f"unknown provider {provider!r}; expected one of {', '.join(PROVIDERS)}")
    return provider


# ---------------------------------------------------------------- checking input


def _mode(raw: Any) -> str:
    text = str(raw).strip().lower()
    if text in ("sandbox", "sandbox (demo)", "demo"):
        return MODE_SANDBOX
    if text == "live":
        return MODE_LIVE
    raise ValueError(f"Mode: expected sandbox or live, got {raw!r}")


def _url(label: str, raw: Any, *, base: bool) -> str:
    text = str(raw).strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{label}: {text!r} is not a web address (https://host/path)")
    if parts.username or parts.password:
        raise ValueError(f"{label}: no user or password in the address")
    if base and (parts.query or parts.fragment):
        raise ValueError(f"{label}: the base URL ends before any ? or #")
    if base and parts.scheme == "http" and parts.hostname not in LOOPBACK:
        # The token call carries the app secret in its body: never in clear over a network.
        raise ValueError(f"{label}: use https:// (plain http only to this computer, 127.0.0.1)")
    try:
        parts.port  # noqa: B018 - a bad port raises here
    except ValueError:
        raise ValueError(f"{label}: the port of {text!r} is not a number") from None
    return text.rstrip("/") if base else text


def _app_key(raw: Any) -> str:
    text = str(raw).strip()
    if not text:
        return ""
    if len(text) > 64 or any(c.isspace() or c in "/?#&%" for c in text):
        raise ValueError("App key: letters and digits only, as the platform's console shows it")
    return text


def _seconds(label: str, bounds: tuple[float, float]) -> Callable[[Any], float]:
    def parse(raw: Any) -> float:
        text = str(raw).strip().lower().removesuffix("s").strip().replace(",", ".")
        try:
            value = float(text)
        except ValueError:
            raise ValueError(f"{label}: {raw!r} is not a number of seconds") from None
        low, high = bounds
        if not low <= value <= high:
            raise ValueError(f"{label}: between {low:g} and {high:g} seconds")
        return round(value, 3)
    return parse


PARSERS: dict[str, Callable[[Any], Any]] = {
    "mode": _mode,
    "base_url": lambda raw: _url(LABELS["base_url"], raw, base=True),
    "app_key": _app_key,
    "authorize_url": lambda raw: _url(LABELS["authorize_url"], raw, base=True),
    "redirect_uri": lambda raw: _url(LABELS["redirect_uri"], raw, base=False),
    "min_interval": _seconds(LABELS["min_interval"], MIN_INTERVAL_RANGE),
    "timeout": _seconds(LABELS["timeout"], TIMEOUT_RANGE),
}


def _secret(raw: str) -> str:
    text = raw.strip()  # a pasted secret often brings a newline
    if not text:
        raise ValueError("App secret: empty; paste the AppSecret from the platform's console")
    if len(text) > 256 or any(c.isspace() or not c.isprintable() for c in text):
        raise ValueError("App secret: one word without spaces, as the platform's console shows it")
    return text


# ---------------------------------------------------------------- the service


class ConnectionService:
    """Reads, checks, stores (audited) and tests the providers' connections. Thread-safe."""

    def __init__(self, db: Database, secrets: SecretStore, actor: Actor,
                 sandbox_url: Callable[[], str] | None = None):
        self._db = db
        self._secrets = secrets
        self._actor = actor
        self.sandbox_url = sandbox_url  # the embedded sandbox's base URL (started on demand)

    def get(self, provider: str, *, look_up_secret: bool = True) -> ConnectionSettings:
        """The stored connection. `look_up_secret=False` skips the secret store (the keyring)
        and tells whether a secret is set from when it last changed: for frequent callers."""
        values = defaults(provider)
        keys = [*STORED.values(), SECRET_SET_AT]
        with self._db.read() as s:
            stored = dict(s.execute(select(ProviderSetting.key, ProviderSetting.value_json).where(
                ProviderSetting.provider == provider, ProviderSetting.key.in_(keys))).all())
        for field, key in STORED.items():
            if key in stored:
                values[field] = json.loads(stored[key])
        changed_at = json.loads(stored[SECRET_SET_AT]) if SECRET_SET_AT in stored else ""
        is_set = bool(self.app_secret(provider)) if look_up_secret else bool(changed_at)
        return ConnectionSettings(provider=provider, app_secret_set=is_set,
                                  secret_changed_at=changed_at, **values)

    def as_dict(self, provider: str) -> dict[str, Any]:
        current = self.get(provider)
        out = {f.name: getattr(current, f.name) for f in fields(current)}
        out["mode_name"] = MODE_NAMES[current.mode]
        return out

    def app_secret(self, provider: str) -> str:
        return self._secrets.get(secret_name(provider)) or ""

    def check(self, provider: str, changes: Mapping[str, Any],
              app_secret: str | None = None) -> tuple[dict[str, Any], str | None]:
        """The checked values of `changes` (and of a new secret); ConnectionInputError lists
        every field at fault. Stores nothing."""
        check_provider(provider)
        parsed: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for field, raw in changes.items():
            if field not in PARSERS:
                errors[field] = f"unknown connection setting {field!r}; known: {', '.join(PARSERS)}"
                continue
            try:
                parsed[field] = PARSERS[field](raw)
            except ValueError as exc:
                errors[field] = str(exc)
        secret = None
        if app_secret is not None:
            try:
                secret = _secret(app_secret)
            except ValueError as exc:
                errors["app_secret"] = str(exc)
        if errors:
            raise ConnectionInputError(errors)
        return parsed, secret

    def update(self, provider: str, changes: Mapping[str, Any],
               app_secret: str | None = None) -> ConnectionSettings:
        """Check everything, then store what differs in one transaction (audited); administrators only."""
        require(self._actor, Permission.KEYS)
        parsed, secret = self.check(provider, changes, app_secret)
        before = self.get(provider)
        now = datetime.now(UTC)
        if secret is not None:
            # First the secret store: a locked keyring refuses before anything else is written.
            self._secrets.set(secret_name(provider), secret)
        with self._db.write() as s:
            for field, value in parsed.items():
                old = getattr(before, field)
                if value == old:
                    continue
                self._put(s, provider, STORED[field], value, now)
                audit(s, self._actor, "setting", "provider", provider, {STORED[field]: old},
                      {STORED[field]: value}, now)
            if secret is not None:
                self._put(s, provider, SECRET_SET_AT, now.isoformat(), now)
                audit(s, self._actor, "setting.secret", "provider", provider, {},
                      {"api_secret": SECRET_SET}, now)
        after = self.get(provider)
        if after != before:
            log.info("%s connection: %s", provider, ", ".join(
                f"{f} {getattr(before, f)!r} -> {getattr(after, f)!r}" for f in STORED
                if getattr(before, f) != getattr(after, f)) or "app secret replaced")
        return after

    def _put(self, s, provider: str, key: str, value: Any, now: datetime) -> None:  # type: ignore[no-untyped-def]
        encoded = json.dumps(value, ensure_ascii=False)
        row = s.get(ProviderSetting, (provider, key))
        if row is None:
            s.add(ProviderSetting(provider=provider, key=key, value_json=encoded, updated_at=now,
                                  updated_by=self._actor.user))
        else:
            row.value_json, row.updated_at, row.updated_by = encoded, now, self._actor.user

    def live_settings(self, settings: ConnectionSettings, app_secret: str | None = None) -> ConnectorSettings:
        """The connector settings of a live connection; ConnectionIncomplete names what is missing."""
        name = PROVIDER_NAMES[settings.provider]
        if not settings.app_key:
            raise ConnectionIncomplete(
                f"{name} is set to Live but has no App key: enter it in Settings → {name} → "
                f"Connection (or workstation-cli marketplace set {settings.provider} --app-key KEY).")
        secret = app_secret if app_secret is not None else self.app_secret(settings.provider)
        if not secret:
            raise ConnectionIncomplete(
                f"{name} is set to Live but no App secret is stored: enter it in Settings → {name} "
                f"→ Connection (or workstation-cli marketplace set {settings.provider} --app-secret-stdin).")
        return ConnectorSettings(ProviderKind(settings.provider), settings.base_url,
                                 settings.authorize_url, settings.app_key, secret)

    def draft(self, provider: str, changes: Mapping[str, Any] | None = None) -> ConnectionSettings:
        """The stored connection with `changes` (checked) applied, stored nowhere."""
        parsed, _ = self.check(provider, changes or {})
        current = self.get(provider)
        return ConnectionSettings(**{**{f.name: getattr(current, f.name) for f in fields(current)},
                                     **parsed})

    def test(self, provider: str, changes: Mapping[str, Any] | None = None,
             app_secret: str | None = None, *,
             transport: httpx.BaseTransport | None = None) -> ConnectionCheck:
        """Test the stored connection, or the one on screen (`changes`, a typed secret) before it
        is saved. Network I/O: never on the GUI thread."""
        try:
            settings = self.draft(provider, changes)
            secret = self.check(provider, {}, app_secret)[1] if app_secret else None
        except ConnectionInputError as exc:
            field, message = next(iter(exc.errors.items()))
            return ConnectionCheck(False, message, field, provider, "", "", 0.0)
        if not settings.is_live:
            if self.sandbox_url is None:
                return ConnectionCheck(False, "The sandbox is not available in this program.", "mode",
                                       provider, MODE_SANDBOX, "", 0.0)
            target = sandbox_settings(self.sandbox_url(), provider)
            return check_connection(target, timeout_seconds=settings.timeout, mode=MODE_SANDBOX,
                                    transport=transport)
        try:
            target = self.live_settings(settings, secret)
        except ConnectionIncomplete as exc:
            field = "app_key" if not settings.app_key else "app_secret"
            return ConnectionCheck(False, str(exc), field, provider, MODE_LIVE, settings.base_url, 0.0)
        return check_connection(target, timeout_seconds=settings.timeout, mode=MODE_LIVE,
                                transport=transport)


# ---------------------------------------------------------------- the connection test


@dataclass(frozen=True)
class ConnectionCheck:
    """What Test connection found: `ok`, a plain `message`, and the `setting` to fix (a FIELDS
    name, or clock / proxy / network; "" when nobody can tell)."""

    ok: bool
    message: str
    setting: str
    provider: str
    mode: str
    url: str  # what was called; never carries a secret
    seconds: float
    code: str = ""  # the platform's own error code, when it gave one

    @property
    def setting_label(self) -> str:
        return LABELS.get(self.setting, self.setting)


def _probe(target: ConnectorSettings, now_ms: int) -> tuple[str, dict[str, str]]:
    """The signed read that changes nothing: an order list of one, without a buyer's token.

    Both gateways check the app key and the signature before they ask for a token, so
    "this call needs an authorised user" is the answer of a connection that works."""
    gateway = target.gateway_url.rstrip("/")
    if target.kind is ProviderKind.ALIBABA1688:
        path = alibaba1688.url_path("com.alibaba.trade", "alibaba.trade.getBuyerOrderList", target.app_key)
        params = {"page": "1", "pageSize": "1", "_aop_timestamp": str(now_ms)}
        params["_aop_signature"] = alibaba1688.signature(path, params, target.app_secret)
        return f"{gateway}/{path}", params
    api = "/purchase/orders/query"
    params = {"page_no": "1", "page_size": "1", "app_key": target.app_key, "timestamp": str(now_ms),
              "sign_method": "sha256"}
    params["sign"] = taobao_global.signature(api, params, target.app_secret)
    return gateway + api, params


def check_connection(target: ConnectorSettings, *, timeout_seconds: float = LIVE_TIMEOUT_SECONDS,
                     mode: str = MODE_LIVE, transport: httpx.BaseTransport | None = None,
                     clock: Callable[[], float] = time.time) -> ConnectionCheck:
    """One harmless signed call to `target`'s gateway, and what its answer means."""
    provider = target.kind.value
    url, params = _probe(target, int(clock() * 1000))
    shown = url.replace(f"/{target.app_key}", "/{app key}") if target.kind is ProviderKind.ALIBABA1688 else url
    where = _where(target, mode)
    started = time.monotonic()

    def result(ok: bool, message: str, setting: str = "", code: str = "") -> ConnectionCheck:
        text = scrub(message, [target.app_secret])
        check = ConnectionCheck(ok, text, setting, provider, mode, shown, round(time.monotonic() - started, 3), code)
        log.info("connection test %s (%s) %s: %s%s", provider, mode, shown, "ok" if ok else "FAILED",
                 "" if ok else f" [{setting}] {text}")
        return check

    try:
        with httpx.Client(transport=transport, timeout=live_timeout(timeout_seconds),
                          follow_redirects=False, headers={"User-Agent": "workstation/0.1"}) as client:
            response = client.post(url, data=params)
            response.read()
    except httpx.ProxyError as exc:
        return result(False, *_proxy_refused(str(exc), target))
    except httpx.ConnectTimeout:
        return result(False, f"No answer from {_host(url)} within {min(timeout_seconds, 10.0):g} s while "
                      "connecting: this computer has no working network, or a firewall drops the "
                      "traffic. Check the network connection and the host in Gateway base URL.", "network")
    except httpx.TimeoutException:
        return result(False, f"{where} took the request but gave no answer within {timeout_seconds:g} s. "
                      "Try again; if it keeps happening on a slow line, raise Timeout.", "timeout")
    except httpx.ConnectError as exc:
        return result(False, *_connect_failed(exc, url))
    except httpx.HTTPError as exc:
        return result(False, f"The connection to {_host(url)} broke off before an answer "
                      f"({type(exc).__name__}: {str(exc)[:120]}): whatever answers there does not "
                      "speak to us like the gateway. Check Gateway base URL.", "base_url")
    return result(*_answer(response, target, where, clock))


def _where(target: ConnectorSettings, mode: str) -> str:
    host = _host(target.gateway_url)
    if mode == MODE_SANDBOX:
        return f"The sandbox (demo) at {host}"
    return f"The {PROVIDER_NAMES[target.kind.value]} gateway at {host}"


def _host(url: str) -> str:
    return urlsplit(url).netloc or url


def _env_proxy(url: str) -> str:
    proxies = urllib.request.getproxies()
    found = proxies.get(urlsplit(url).scheme) or proxies.get("all") or ""
    parts = urlsplit(found)
    return parts.hostname + (f":{parts.port}" if parts.port else "") if parts.hostname else found


def _proxy_refused(text: str, target: ConnectorSettings) -> tuple[str, str]:
    proxy = _env_proxy(target.gateway_url) or "the proxy"
    if "407" in text:
        return (f"The proxy {proxy} asks for a user and password (HTTP 407 Proxy Authentication "
                "Required) before it lets anything through to the gateway. Put them in the "
                "proxy address (HTTPS_PROXY=http://user:password@host:port) or ask the network "
                "administrator to let this computer through."), "proxy"
    return (f"The proxy {proxy} refused to reach {_host(target.gateway_url)} ({text[:120]}). "
            "Check the proxy (HTTPS_PROXY) or ask the network administrator."), "proxy"


def _causes(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        nested = next((a for a in getattr(current, "args", ()) if isinstance(a, BaseException)), None)
        current = current.__cause__ or nested or current.__context__
    return seen


def _connect_failed(exc: httpx.ConnectError, url: str) -> tuple[str, str]:
    host, netloc = urlsplit(url).hostname or url, _host(url)
    chain = _causes(exc)
    text = " ".join(str(e) for e in chain).lower()
    if any(isinstance(e, socket.gaierror) for e in chain) or any(word in text for word in (
            "name or service not known", "temporary failure in name resolution", "getaddrinfo",
            "nodename nor servname", "no address associated", "name resolution")):
        return (f"The gateway's name {host} cannot be looked up (DNS): this computer has no network "
                "or no working DNS, or the host in Gateway base URL is misspelt. Check the "
                "network connection, then Gateway base URL."), "network"
    if any(isinstance(e, ConnectionRefusedError) for e in chain) or "refused" in text or "10061" in text:
        return (f"Nothing answers at {netloc} (connection refused): the host or port in Gateway "
                "base URL is wrong, or the server that should listen there is not running."), "base_url"
    if any(isinstance(e, ssl.SSLCertVerificationError) for e in chain) or "certificate" in text:
        return (f"{netloc} showed a certificate this computer does not trust: a proxy that inspects "
                "HTTPS, or Gateway base URL names the wrong host. Check Gateway base URL; never "
                "turn certificate checks off."), "base_url"
    if any(isinstance(e, ssl.SSLError) for e in chain) or "ssl" in text or "tls" in text:
        return (f"{netloc} does not speak HTTPS as a gateway does ({str(exc)[:100]}): check the "
                "scheme and port in Gateway base URL."), "base_url"
    if "unreachable" in text or "no route" in text or "errno 101" in text or "errno 113" in text:
        return (f"No network route to {netloc} (network unreachable): this computer is not "
                "connected. Check the network connection."), "network"
    return (f"Cannot connect to {netloc} ({str(exc)[:120]}): check the network connection and "
            "Gateway base URL."), "network"


def _server_skew(response: httpx.Response, clock: Callable[[], float]) -> float | None:
    """Seconds this computer's clock is ahead (+) of the server's, from its Date header."""
    raw = response.headers.get("Date")
    if not raw:
        return None
    try:
        server = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    if server.tzinfo is None:
        return None
    return clock() - server.timestamp()


def _skew_text(seconds: float) -> str:
    minutes = round(abs(seconds) / 60)
    amount = f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"
    return f"{amount} {'ahead of' if seconds > 0 else 'behind'}"


def _clock_message(where: str, skew: float | None, quoted: str = "") -> str:
    gateway = where[0].lower() + where[1:]
    off = f"is {_skew_text(skew)} {gateway}," if skew is not None else f"is off for {gateway},"
    return (f"This computer's clock {off} which refuses requests stamped that far off{quoted}. Set "
            "the system date, time and time zone (turn automatic time on), then test again.")


def _answer(response: httpx.Response, target: ConnectorSettings, where: str,
            clock: Callable[[], float]) -> tuple[bool, str, str, str]:
    status = response.status_code
    if status == 407:
        proxy = _env_proxy(target.gateway_url)
        via = f"The proxy {proxy}" if proxy else f"{_host(target.gateway_url)}, in Gateway base URL,"
        return (False, f"{via} answered as a proxy that wants a user and password (HTTP 407 Proxy "
                "Authentication Required). Put them in the proxy address "
                "(HTTPS_PROXY=http://user:password@host:port) or ask the network administrator; "
                "Gateway base URL must name the gateway itself, not the proxy.", "proxy", "407")
    kind = response.headers.get("Content-Type", "").lower()
    head = response.content[:512].lstrip().lower()
    if "html" in kind or head.startswith((b"<!doctype", b"<html", b"<")):
        excerpt = body_excerpt(response, 80)
        default = REAL_DEFAULTS[target.kind][0]
        return (False, f"{_host(target.gateway_url)} answered with a web page (HTTP {status}"
                f"{': ' + repr(excerpt) if excerpt else ''}) instead of the gateway's JSON: Gateway "
                f"base URL points at a web site rather than the API gateway (for {PROVIDER_NAMES[target.kind.value]} "
                f"{default}), or a login page of the network or a proxy is in the way.", "base_url",
                str(status))
    try:
        body = json.loads(response.content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return (False, f"{_host(target.gateway_url)} answered HTTP {status} with something that is not "
                f"the gateway's JSON ({body_excerpt(response, 60)!r}): check Gateway base URL.",
                "base_url", str(status))
    if not isinstance(body, dict):
        return (False, f"{_host(target.gateway_url)} answered JSON that no gateway sends: check "
                "Gateway base URL.", "base_url", str(status))
    skew = _server_skew(response, clock)
    if target.kind is ProviderKind.ALIBABA1688:
        verdict = _verdict_1688(status, body)
    else:
        verdict = _verdict_taobao(body)
    outcome, code, said = verdict
    if outcome == "unknown" and status == 404:
        outcome = "base_url"
    if outcome != "clock" and skew is not None and abs(skew) > CLOCK_SKEW_LIMIT:
        return False, _clock_message(where, skew), "clock", code
    key = target.app_key
    console = CONSOLES[target.kind.value]
    said = said.rstrip(". ")
    quoted = f" ({code}: {said})" if said else f" ({code})" if code else ""
    if outcome == "ok":
        return (True, f"Connected. {where} accepted the app key {key} and the signature made with the "
                "app secret. Buyer accounts can now be logged in (Sessions).", "", code)
    if outcome == "app_key":
        return (False, f"{where} does not accept the app key {key}{quoted}. Check App key: it must be "
                f"the AppKey of your application on {console}, and the application must have the "
                "buyer order APIs.", "app_key", code)
    if outcome == "app_secret":
        return (False, f"{where} knows the app key {key} but refused the signature{quoted}: the App "
                f"secret is wrong. Copy the AppSecret of this application from {console} again and "
                "save it.", "app_secret", code)
    if outcome == "clock":
        return False, _clock_message(where, skew, quoted), "clock", code
    if outcome == "base_url":
        path = urlsplit(target.gateway_url).path or "/"
        name = PROVIDER_NAMES[target.kind.value]
        return (False, f"{_host(target.gateway_url)} answers, but no {name} API gateway is under "
                f"{path}{quoted}. Check Gateway base URL (for {name} it is "
                f"{REAL_DEFAULTS[target.kind][0]}).", "base_url", code)
    if outcome == "min_interval":
        return (False, f"{where} is throttling this application{quoted}. Wait a minute and test again; "
                "if bookings run into it too, raise Request pacing.", "min_interval", code)
    return (False, f"{where} answered HTTP {status} with an error this test does not know{quoted}.",
            "", code)


def _text(body: Mapping[str, Any], *names: str) -> str:
    for name in names:
        value = body.get(name)
        if value not in (None, ""):
            return str(value)
    return ""


def _verdict_1688(status: int, body: Mapping[str, Any]) -> tuple[str, str, str]:
    code = _text(body, "error_code", "errorCode", "code")
    said = _text(body, "error_message", "errorMessage", "errorMsg", "message", "exception")[:160]
    low, words = code.lower(), f"{code} {said}".lower()
    if "signature" in low:
        return "app_secret", code, said
    if "acldecline" in low or "appkey" in low or "appkey" in words.replace(" ", "") and "not" in words:
        return "app_key", code, said
    if "timestamp" in words:
        return "clock", code, said
    if "apiunsupported" in low or (status == 404 and not code):
        return "base_url", code, said
    if "frequency" in low or "qos" in low:
        return "min_interval", code, said
    if status == 401 or code == "401" or "authoriz" in words or "token" in low or "parammissing" in low:
        return "ok", code, said  # key and signature accepted; the call wants a buyer, as expected
    if not code and (body.get("success") in (True, "true") or "result" in body):
        return "ok", code, said
    return "unknown", code, said


def _verdict_taobao(body: Mapping[str, Any]) -> tuple[str, str, str]:
    code = _text(body, "code")
    said = _text(body, "message", "msg")[:160]
    low = code.lower()
    if code == "0":
        return "ok", code, said
    if "signature" in low:
        return "app_secret", code, said
    if "appkey" in low or "apikey" in low:
        return "app_key", code, said
    if "timestamp" in low or ("invalidparameter" in low and "timestamp" in said.lower()):
        return "clock", code, said
    if "apipath" in low or low == "invalidapi":
        return "base_url", code, said
    if "limit" in low:
        return "min_interval", code, said
    if "accesstoken" in low or ("missingparameter" in low and "access_token" in said):
        return "ok", code, said  # key and signature accepted; the call wants a buyer, as expected
    return "unknown", code, said
