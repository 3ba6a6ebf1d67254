"""The two gateways' request signatures, as pure functions (spec 1.2 and 2.1).

The connectors carry their own copies; both must agree with the spec, and the
tests compare them on the same vectors.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping


def signature(url_path: str, params: Mapping[str, str], secret: str) -> str:
    """1688 `_aop_signature`: HEX_UPPER(HMAC_SHA1(secret, url_path + sorted(key+value)...)).

    `url_path` is `param2/1/{namespace}/{apiName}/{appKey}` (no leading slash); the
    concatenated `key+value` strings are sorted as whole strings (the SDK rule),
    `_aop_signature` itself is left out.
    """
    pieces = sorted(f"{k}{v}" for k, v in params.items() if k != "_aop_signature")
    message = (url_path + "".join(pieces)).encode("utf-8")
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha1).hexdigest().upper()


def signature_taobao_global(api_path: str, params: Mapping[str, str], secret: str) -> str:
    """Taobao Global (IOP) `sign`: HEX_UPPER(HMAC_SHA256(secret, api_path + key+value sorted by key)).

    `api_path` is the path after `/rest`, with its leading slash (`/product/get`);
    every parameter but `sign` is covered, `access_token` included.
    """
    pieces = "".join(f"{k}{params[k]}" for k in sorted(params) if k != "sign")
    message = (api_path + pieces).encode("utf-8")
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest().upper()


def same(expected: str, given: str | None) -> bool:
    """Constant-time comparison, case-insensitive on the hex."""
    return given is not None and hmac.compare_digest(expected.upper(), given.strip().upper())
