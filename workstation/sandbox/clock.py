"""The sandbox clock: real time plus an offset kept in the state file, and the date formats.

Every process that opens the same sandbox directory sees the same sandbox time,
so `advance(hours)` from the CLI or a test moves the server's clock too.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, timezone

from workstation.sandbox.db import StateDB

CHINA = timezone(timedelta(hours=8))
OFFSET_KEY = "clock.offset_seconds"


class SandboxClock:
    """Sandbox time = real time + the stored offset (seconds)."""

    def __init__(self, db: StateDB):
        self._db = db

    def offset(self) -> float:
        return float(self._db.get_setting(OFFSET_KEY, "0") or 0)

    def timestamp(self) -> float:
        """Sandbox time as epoch seconds."""
        return time.time() + self.offset()

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.timestamp(), UTC)

    def advance(self, hours: float) -> datetime:
        """Move sandbox time forward (never backwards) for every process on this directory."""
        if hours < 0:
            raise ValueError("the sandbox clock only moves forward")
        with self._db.write() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (OFFSET_KEY,)).fetchone()
            offset = float(row["value"]) if row else 0.0
            conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                         (OFFSET_KEY, repr(offset + hours * 3600.0)))
        return self.now()


def china_day(ts: float) -> int:
    """The sandbox day number (China calendar day) of an epoch-seconds time."""
    return int((ts + 8 * 3600) // 86400)


def fmt_1688(ts: float | None) -> str | None:
    """`yyyyMMddHHmmssSSS+0800` (spec 1.1)."""
    if ts is None:
        return None
    dt = datetime.fromtimestamp(ts, CHINA)
    return dt.strftime("%Y%m%d%H%M%S") + f"{dt.microsecond // 1000:03d}+0800"


def fmt_1688_short(ts: float) -> str:
    """`yyyyMMddHHmmss+0800`, the refresh_token_timeout example's shape (spec 1.3)."""
    return datetime.fromtimestamp(ts, CHINA).strftime("%Y%m%d%H%M%S") + "+0800"


def fmt_plain(ts: float | None) -> str | None:
    """`yyyy-MM-dd HH:mm:ss` in China time (1688 gmtPayExpireTime, trace steps)."""
    if ts is None:
        return None
    return datetime.fromtimestamp(ts, CHINA).strftime("%Y-%m-%d %H:%M:%S")


def parse_1688(text: str) -> float:
    """Parse a 1688 date parameter: `yyyyMMddHHmmss[SSS][+ZZZZ]`; no zone means +0800."""
    text = text.strip()
    zone = CHINA
    if len(text) > 5 and text[-5] in "+-" and text[-4:].isdigit():
        sign = 1 if text[-5] == "+" else -1
        zone = timezone(sign * timedelta(hours=int(text[-4:-2]), minutes=int(text[-2:])))
        text = text[:-5]
    if not text.isdigit() or len(text) not in (14, 17):
        raise ValueError(f"bad 1688 date: {text!r}")
    millis = int(text[14:]) if len(text) == 17 else 0
    dt = datetime.strptime(text[:14], "%Y%m%d%H%M%S").replace(tzinfo=zone)
    return dt.timestamp() + millis / 1000


def epoch_ms(ts: float | None) -> int | None:
    return None if ts is None else int(round(ts * 1000))
