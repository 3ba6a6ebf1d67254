"""OT API request signing: SHA-256 of method name + values sorted by name + secret (docs.otapi.net)."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta

TIMESTAMP_FORMAT = "%Y%m%d%H%M%S"  # OT's yyyyMMddHHmmss, UTC
ALLOWED_SKEW = timedelta(hours=1)


def signature(method: str, params: Mapping[str, str], secret: str) -> str:
    """OT's lower-case hex SHA-256 over `method`, the values of every parameter but `signature`
    in the order of their names (before URL-encoding), and `secret`."""
    values = "".join(str(params[name]) for name in sorted(params) if name != "signature")
    return hashlib.sha256(f"{method}{values}{secret}".encode()).hexdigest()


def timestamp(moment: datetime | None = None) -> str:
    return (moment or datetime.now(UTC)).astimezone(UTC).strftime(TIMESTAMP_FORMAT)


def parse_timestamp(text: str) -> datetime | None:
    try:
        return datetime.strptime(text, TIMESTAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None


def sign(method: str, params: Mapping[str, str], secret: str, moment: datetime | None = None) -> dict[str, str]:
    """`params` with `timestamp` and `signature` added, ready to send."""
    out = {k: v for k, v in params.items() if k != "signature"}
    out["timestamp"] = timestamp(moment)
    out["signature"] = signature(method, out, secret)
    return out


def check(method: str, params: Mapping[str, str], secret: str, now: datetime | None = None) -> str | None:
    """None when the request is signed right; else OT's AccessDenied sub-code."""
    if not params.get("timestamp"):
        return "MissingTimestamp"
    if not params.get("signature"):
        return "MissingSignature"
    moment = parse_timestamp(params["timestamp"])
    if moment is None or abs((now or datetime.now(UTC)) - moment) > ALLOWED_SKEW:
        return "InvalidTimestamp"
    if not hmac.compare_digest(signature(method, params, secret), params["signature"].lower()):
        return "InvalidSignature"
    return None
