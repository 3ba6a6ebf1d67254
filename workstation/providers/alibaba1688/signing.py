"""The 1688 `_aop_signature` (spec 1.2) and the gateway URL layout (spec 1.1), as pure functions."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping

from workstation.providers.http import is_blank

SIGNATURE_PARAM = "_aop_signature"


def url_path(namespace: str, api_name: str, app_key: str, version: int = 1,
             protocol: str = "param2") -> str:
    """`param2/1/{namespace}/{apiName}/{appKey}`: what is signed (no leading slash, no `openapi/`)."""
    return f"{protocol}/{version}/{namespace}/{api_name}/{app_key}"


def signature(url_path: str, params: Mapping[str, object], secret: str) -> str:
    """HEX_UPPER(HMAC_SHA1(secret, url_path + sorted(key+value)...)).

    As the official SDKs do, the concatenated `key + value` strings are sorted (not
    the keys): the two orders differ when one key is a prefix of another. Values are
    signed raw, as sent (JSON strings included), before URL-encoding; the signature
    parameter itself is never part of the signed text. A blank key or value (empty or
    whitespace only) is neither sent nor signed, as the official Java SDKs do.
    """
    pieces = sorted(
        f"{key}{value}" for key, value in params.items()
        if key != SIGNATURE_PARAM and not is_blank(key) and not is_blank(value)
    )
    message = url_path + "".join(pieces)
    digest = hmac.new(secret.encode("utf-8"), message.encode("utf-8"), hashlib.sha1)
    return digest.hexdigest().upper()
