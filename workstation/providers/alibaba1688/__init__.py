"""The 1688 Open Platform connector (docs/protocols.md; its SPEC section 1)."""

from workstation.providers.alibaba1688.client import (
    DEFAULT_AUTH_URL,
    DEFAULT_GATEWAY_URL,
    Alibaba1688Provider,
)
from workstation.providers.alibaba1688.parse import format_date, parse_date
from workstation.providers.alibaba1688.signing import signature, url_path

__all__ = [
    "DEFAULT_AUTH_URL",
    "DEFAULT_GATEWAY_URL",
    "Alibaba1688Provider",
    "format_date",
    "parse_date",
    "signature",
    "url_path",
]
