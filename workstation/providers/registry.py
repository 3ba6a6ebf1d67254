"""Building a connector from configuration: base URLs, app key and secret, nothing else."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from workstation.providers import alibaba1688, taobao_global
from workstation.providers.base import Provider, ProviderKind
from workstation.providers.http import Clock
from workstation.sandbox import constants


@dataclass(frozen=True)
class ConnectorSettings:
    """Where a connector talks to and as which app. `app_secret` is a secret: never log it."""

    kind: ProviderKind
    gateway_url: str
    auth_url: str
    app_key: str
    app_secret: str

    def __repr__(self) -> str:
        return (f"ConnectorSettings(kind={self.kind.value!r}, gateway_url={self.gateway_url!r}, "
                f"auth_url={self.auth_url!r}, app_key={self.app_key!r})")


# One row per marketplace (domain/marketplaces.py declares the rest): its connector class.
CONNECTORS: dict[ProviderKind, type] = {
    ProviderKind.ALIBABA1688: alibaba1688.Alibaba1688Provider,
    ProviderKind.TAOBAO: taobao_global.TaobaoGlobalProvider,
}

# The sandbox's paths and demo app per marketplace.
SANDBOX = {
    ProviderKind.ALIBABA1688: (constants.GATEWAY_1688, constants.AUTH_1688, constants.APP_KEY_1688,
                               constants.APP_SECRET_1688),
    ProviderKind.TAOBAO: (constants.GATEWAY_TAOBAO_GLOBAL, constants.AUTH_TAOBAO_GLOBAL,
                          constants.APP_KEY_TAOBAO_GLOBAL, constants.APP_SECRET_TAOBAO_GLOBAL),
}

REAL_DEFAULTS = {
    ProviderKind.ALIBABA1688: (alibaba1688.DEFAULT_GATEWAY_URL, alibaba1688.DEFAULT_AUTH_URL),
    ProviderKind.TAOBAO: (taobao_global.DEFAULT_GATEWAY_URL, taobao_global.DEFAULT_AUTH_URL),
}

# Seconds between two calls of one buyer account on the real gateways. Neither platform
# publishes a per-app number (docs/architecture.md, SPEC 1.17, 2.6): 1688 wants "about 1-2 calls/s,
# one probe pauses 1.2 s per call", and one Taobao Global client spaces bulk calls 1 s apart.
# The connectors still back off on the platforms' own rate-limit answers.
LIVE_MIN_INTERVAL = {ProviderKind.ALIBABA1688: 1.2, ProviderKind.TAOBAO: 1.0}
LIVE_TIMEOUT_SECONDS = 15.0  # a whole request; connecting gets at most LIVE_CONNECT_SECONDS of it
LIVE_CONNECT_SECONDS = 10.0


def live_timeout(seconds: float) -> httpx.Timeout:
    """The httpx timeout of a live connector: `seconds` per request, connecting at most 10 s."""
    return httpx.Timeout(seconds, connect=min(seconds, LIVE_CONNECT_SECONDS))


def make_provider(kind: ProviderKind | str, *, gateway_url: str, auth_url: str, app_key: str,
                  app_secret: str, transport: httpx.BaseTransport | None = None,
                  clock: Clock | None = None, min_interval: float | None = None,
                  timeout: httpx.Timeout | None = None) -> Provider:
    """A connector for `kind` ("1688" or "taobao") pointed at the given gateway.

    `min_interval` is the per-account throttle (seconds between calls) and `timeout`
    the httpx timeout; None keeps the connector's defaults.
    """
    kind = ProviderKind(kind)
    extra: dict = {} if min_interval is None else {"min_interval": min_interval}
    if timeout is not None:
        extra["timeout"] = timeout
    cls = CONNECTORS[kind]  # an undeclared kind fails at ProviderKind(kind): never another's branch
    return cls(gateway_url=gateway_url, auth_url=auth_url, app_key=app_key,
               app_secret=app_secret, transport=transport, clock=clock, **extra)


def sandbox_settings(base_url: str, kind: ProviderKind | str) -> ConnectorSettings:
    """The sandbox's URLs and demo app for `kind`, under `base_url` (http://127.0.0.1:PORT)."""
    kind = ProviderKind(kind)
    base = base_url.rstrip("/")
    gateway, auth, key, secret = SANDBOX[kind]
    return ConnectorSettings(kind, base + gateway, base + auth, key, secret)


def real_settings(kind: ProviderKind | str, app_key: str, app_secret: str) -> ConnectorSettings:
    """The real platform's gateway and login page for `kind`."""
    kind = ProviderKind(kind)
    gateway, auth = REAL_DEFAULTS[kind]
    return ConnectorSettings(kind, gateway, auth, app_key, app_secret)


def provider_from_settings(settings: ConnectorSettings, **kw) -> Provider:
    return make_provider(settings.kind, gateway_url=settings.gateway_url,
                         auth_url=settings.auth_url, app_key=settings.app_key,
                         app_secret=settings.app_secret, **kw)


def live_provider(settings: ConnectorSettings, *, min_interval: float, timeout_seconds: float,
                  transport: httpx.BaseTransport | None = None) -> Provider:
    """A connector for a real gateway (or anything configured as one): the system clock, the
    account pacing and the timeout given; nothing of the sandbox's shortcuts."""
    return provider_from_settings(settings, min_interval=min_interval,
                                  timeout=live_timeout(timeout_seconds), transport=transport)
