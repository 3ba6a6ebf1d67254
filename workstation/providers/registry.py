"""Building a connector from configuration: base URLs, app key and secret, nothing else."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from workstation.providers import alibaba1688, taobao_global
from workstation.providers.base import Provider, ProviderKind
from workstation.providers.http import Clock
from workstation.providers.sandbox import constants


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


REAL_DEFAULTS = {
    ProviderKind.ALIBABA1688: (alibaba1688.DEFAULT_GATEWAY_URL, alibaba1688.DEFAULT_AUTH_URL),
    ProviderKind.TAOBAO: (taobao_global.DEFAULT_GATEWAY_URL, taobao_global.DEFAULT_AUTH_URL),
}


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
    cls = (alibaba1688.Alibaba1688Provider if kind is ProviderKind.ALIBABA1688
           else taobao_global.TaobaoGlobalProvider)
    return cls(gateway_url=gateway_url, auth_url=auth_url, app_key=app_key,
               app_secret=app_secret, transport=transport, clock=clock, **extra)


def sandbox_settings(base_url: str, kind: ProviderKind | str) -> ConnectorSettings:
    """The sandbox's URLs and demo app for `kind`, under `base_url` (http://127.0.0.1:PORT)."""
    kind = ProviderKind(kind)
    base = base_url.rstrip("/")
    if kind is ProviderKind.ALIBABA1688:
        return ConnectorSettings(kind, base + constants.GATEWAY_1688, base + constants.AUTH_1688,
                                 constants.APP_KEY_1688, constants.APP_SECRET_1688)
    return ConnectorSettings(kind, base + constants.GATEWAY_TAOBAO_GLOBAL,
                             base + constants.AUTH_TAOBAO_GLOBAL,
                             constants.APP_KEY_TAOBAO_GLOBAL, constants.APP_SECRET_TAOBAO_GLOBAL)


def real_settings(kind: ProviderKind | str, app_key: str, app_secret: str) -> ConnectorSettings:
    """The real platform's gateway and login page for `kind`."""
    kind = ProviderKind(kind)
    gateway, auth = REAL_DEFAULTS[kind]
    return ConnectorSettings(kind, gateway, auth, app_key, app_secret)


def provider_from_settings(settings: ConnectorSettings, **kw) -> Provider:
    return make_provider(settings.kind, gateway_url=settings.gateway_url,
                         auth_url=settings.auth_url, app_key=settings.app_key,
                         app_secret=settings.app_secret, **kw)
