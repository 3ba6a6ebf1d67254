"""The two gateways' request signatures, as pure functions (spec 1.2 and 2.1).

The connectors carry their own copies; both must agree with the spec, and the
tests compare them on the same vectors.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping

# Java's Character.isWhitespace leaves these out; Python's str.isspace() counts them.
_NOT_JAVA_SPACE = frozenset("\u00a0\u2007\u202f\u0085")


def blank(text: object) -> bool:
    """Empty or whitespace only, as the official Java SDKs' `isEmpty`: such a parameter is
    neither sent nor signed by them, so the gateway's check leaves it out too."""
    return text is None or all(ch.isspace() and ch not in _NOT_JAVA_SPACE for ch in str(text))


def signed(params: Mapping[str, str], leave_out: str) -> dict[str, str]:
    """The parameters a signature covers: all but `leave_out` and the blank ones."""
    return {k: v for k, v in params.items() if k != leave_out and not blank(k) and not blank(v)}


def signature(url_path: str, params: Mapping[str, str], secret: str) -> str:
    """1688 `_aop_signature`: HEX_UPPER(HMAC_SHA1(secret, url_path + sorted(key+value)...)).

    `url_path` is `param2/1/{namespace}/{apiName}/{appKey}` (no leading slash); the
    concatenated `key+value` strings are sorted as whole strings (the SDK rule),
    `_aop_signature` itself and blank values are left out.
    """
    pieces = sorted(f"{k}{v}" for k, v in signed(params, "_aop_signature").items())
    message = (url_path + "".join(pieces)).encode("utf-8")
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha1).hexdigest().upper()


def signature_taobao_global(api_path: str, params: Mapping[str, str], secret: str) -> str:
    """Taobao Global (IOP) `sign`: HEX_UPPER(HMAC_SHA256(secret, api_path + key+value sorted by key)).

    `api_path` is the path after `/rest`, with its leading slash (`/product/get`);
    every parameter but `sign` and the blank ones is covered, `access_token` included.
    """
    covered = signed(params, "sign")
    pieces = "".join(f"{k}{covered[k]}" for k in sorted(covered))
    message = (api_path + pieces).encode("utf-8")
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest().upper()


def same(expected: str, given: str | None) -> bool:
    """Constant-time comparison, case-insensitive on the hex."""
    return given is not None and hmac.compare_digest(expected.upper(), given.strip().upper())
