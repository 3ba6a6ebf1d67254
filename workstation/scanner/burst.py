"""Telling a keyboard-wedge scanner's burst of keys from a person typing, in pure Python.

The detector is fed keys with their times (milliseconds, any monotonic base) and holds
each printable key until it knows what it is: part of a scan (a burst of at least
`min_length` keys, each within `max_gap_ms` of the previous, ended by Enter, Tab, the
programmed suffix, or, when configured, by an idle timeout) or typing, in which case the
held keys are handed back, in order, for delivery to the focused field. No Qt, no clock
of its own: the caller passes times and calls `tick(now)` when a timer fires.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from workstation.scanner.layout import fold_char, fold_text, is_foreign

END_KEYS = frozenset({"\r", "\n", "\t"})
GS = "\x1d"  # GS1 group separator: part of the code, never an end key
_AIM = re.compile(r"^\][A-Za-z][0-9A-Za-z]")  # AIM symbology identifier, e.g. ]C0


@dataclass(frozen=True)
class BurstSettings:
    """How scanner bursts are recognised; every value is an operator setting."""

    max_gap_ms: float = 50.0  # longest gap between two keys of one scan
    min_length: int = 4  # shortest code accepted as a scan (after prefix/suffix/AIM)
    idle_timeout_ms: float | None = None  # end a scan without suffix after this pause
    prefix: str = ""  # programmed prefix the scanner sends first (stripped; required if set)
    suffix: str = ""  # programmed suffix that ends a scan like Enter (stripped)
    duplicate_window_ms: float = 1500.0  # the same code again within this counts once
    strip_aim: bool = True  # drop a leading AIM identifier (]C0, ]E0, ...)

    def __post_init__(self) -> None:
        if self.max_gap_ms <= 0 or self.min_length < 1 or self.duplicate_window_ms < 0:
            raise ValueError("max_gap_ms must be > 0, min_length >= 1, duplicate_window_ms >= 0")
        if self.idle_timeout_ms is not None and self.idle_timeout_ms < self.max_gap_ms:
            raise ValueError("idle_timeout_ms must not be shorter than max_gap_ms")


@dataclass(frozen=True)
class Key:
    """One key press: the text the layout gave, where it was, and the caller's payload."""

    text: str  # one character as typed through the active layout ("\r" for Enter)
    time_ms: float
    physical: str | None = None  # the US character of the physical key, when known
    payload: Any = None  # what the caller needs to deliver the key later (a QKeyEvent copy)


@dataclass(frozen=True)
class Scan:
    code: str
    keys: int  # how many keys made it (for the test page)


@dataclass(frozen=True)
class Duplicate:
    code: str


@dataclass(frozen=True)
class Release:
    """Keys that turned out to be typing: deliver them, in this order."""

    keys: tuple[Key, ...]


Outcome = Scan | Duplicate | Release


@dataclass
class Verdict:
    """What to do with the key just fed: `hold` it (the caller swallows it) or let it pass,
    after acting on `outcomes` in order (release earlier keys first, then scans)."""

    hold: bool
    outcomes: list[Outcome] = field(default_factory=list)


class BurstDetector:
    """Feed keys with `feed`, call `tick(now)` from a timer. Not thread-safe: one thread."""

    def __init__(self, settings: BurstSettings | None = None):
        self.settings = settings or BurstSettings()
        self._held: list[Key] = []
        self._last_seen: dict[str, float] = {}

    @property
    def holding(self) -> bool:
        return bool(self._held)

    @property
    def last_key_ms(self) -> float | None:
        return self._held[-1].time_ms if self._held else None

    def deadline_ms(self) -> float | None:
        """When `tick` must be called next (None: nothing held)."""
        if not self._held:
            return None
        wait = self.settings.max_gap_ms
        if self.settings.idle_timeout_ms is not None and self._could_be_scan():
            wait = self.settings.idle_timeout_ms
        return self._held[-1].time_ms + wait

    def feed(self, key: Key) -> Verdict:
        """Decide about one key press. Printable keys are held; end keys end a burst."""
        outcomes: list[Outcome] = []
        if self._held and key.time_ms - self._held[-1].time_ms > self.settings.max_gap_ms:
            outcomes.extend(self._close_idle())
        text = key.text
        if text in END_KEYS or self._ends_with_suffix(key):
            hold = False
            if self._held:
                scan = self._finish(key)
                if scan is not None:
                    outcomes.append(scan)
                    hold = True  # the Enter of a scan never reaches the focused widget
                else:
                    outcomes.append(self._release())
            return Verdict(hold, outcomes)
        if not text or (not text.isprintable() and text != GS):
            # Shortcuts and control keys: deliver what was held first, keep the order.
            if self._held:
                outcomes.append(self._release())
            return Verdict(False, outcomes)
        self._held.append(key)
        return Verdict(True, outcomes)

    def tick(self, now_ms: float) -> list[Outcome]:
        """The timer fired: a burst quiet for longer than its gap is typing, or an idle scan."""
        deadline = self.deadline_ms()
        if deadline is None or now_ms < deadline:
            return []
        return self._close_idle()

    def flush(self) -> list[Outcome]:
        """Give back whatever is held (focus moved away, the window closes)."""
        return [self._release()] if self._held else []

    # -- inside -------------------------------------------------------------------------

    def _close_idle(self) -> list[Outcome]:
        if self.settings.idle_timeout_ms is not None:
            scan = self._finish(None)
            if scan is not None:
                return [scan]
        return [self._release()]

    def _could_be_scan(self) -> bool:
        return len(self._held) >= self.settings.min_length + len(self.settings.prefix)

    def _ends_with_suffix(self, key: Key) -> bool:
        suffix = self.settings.suffix
        if not suffix or not self._held:
            return False
        raw = "".join(k.text for k in self._held) + key.text
        return raw.endswith(suffix) or fold_text(raw).endswith(suffix)

    def _decoded(self) -> list[str]:
        """The held keys as the scanner meant them: Latin even through a Cyrillic layout."""
        foreign = any(is_foreign(k.text) for k in self._held)
        if not foreign:
            return [k.text for k in self._held]
        return [k.physical if k.physical else fold_char(k.text) for k in self._held]

    def _finish(self, end: Key | None) -> Scan | Duplicate | None:
        """The held keys as a scan (or a duplicate), or None when they are typing."""
        s = self.settings
        code = "".join(self._decoded())
        if s.suffix and end is not None and end.text not in END_KEYS:
            code = code.removesuffix(s.suffix[:-1])
        if s.prefix:
            if not code.startswith(s.prefix):
                return None
            code = code[len(s.prefix):]
        if s.strip_aim:
            code = _AIM.sub("", code, count=1)
        if len(code.strip(GS)) < s.min_length:
            return None
        keys = len(self._held)
        when = end.time_ms if end is not None else self._held[-1].time_ms
        self._held.clear()
        previous = self._last_seen.get(code)
        self._last_seen[code] = when
        self._forget_old(when)
        if previous is not None and when - previous <= s.duplicate_window_ms:
            return Duplicate(code)
        return Scan(code, keys)

    def _forget_old(self, now: float) -> None:
        if len(self._last_seen) > 64:
            window = self.settings.duplicate_window_ms
            self._last_seen = {c: t for c, t in self._last_seen.items() if now - t <= window}

    def _release(self) -> Release:
        keys = tuple(self._held)
        self._held.clear()
        return Release(keys)
