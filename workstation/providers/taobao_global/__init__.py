"""The Taobao Global distributor connector (docs/protocols.md; its SPEC section 2)."""

from workstation.providers.taobao_global.client import (
    DEFAULT_AUTH_URL,
    DEFAULT_GATEWAY_URL,
    TaobaoGlobalProvider,
)
from workstation.providers.taobao_global.signing import signature

__all__ = ["DEFAULT_AUTH_URL", "DEFAULT_GATEWAY_URL", "TaobaoGlobalProvider", "signature"]
