"""Telling a keyboard-wedge scanner's burst of keys from a person typing, in pure Python.

The detector is fed keys with their times (milliseconds, any monotonic base) and holds
each printable key until it knows what it is. A scan opens with a run of `start_keys` keys
each within `start_gap_ms` of the one before (scanners send 5-15 ms apart; people do not
keep under 20 ms), goes on with gaps up to `max_gap_ms` and a few pauses up to
`max_pause_ms` (Bluetooth and wireless scanners stop for 70-100 ms now and then), and ends
with Enter, Tab or the programmed suffix within `enter_pause_ms` (or, when configured, an
idle timeout). The first slow gap of the opening run makes the burst typing: the held keys
are handed back, in order, for delivery to the focused field, and the keys that follow
while the person goes on pass at once. While observing (a dialog's field), nothing is held:
a scan only has its Enter swallowed. `propose` turns three scans of one label into settings.
No Qt, no clock of its own: the caller passes times and calls `tick(now)` when a timer fires.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from workstation.domain.layouts import fold_char, fold_russian, is_foreign

END_KEYS = frozenset({"\r", "\n", "\t"})
GS = "\x1d"  # GS1 group separator: part of the code, never an end key
_AIM = re.compile(r"^\][A-Za-z][0-9A-Za-z]")  # AIM symbology identifier, e.g. ]C0


@dataclass(frozen=True)
class BurstSettings:
    """How scanner bursts are recognised; every value is an operator setting (see OPTIONS)."""

    max_gap_ms: float = 50.0  # usual longest gap between two keys of one scan
    max_pause_ms: float = 150.0  # an occasional longer pause inside a scan (Bluetooth, wireless)
    max_pauses: int = 3  # how many such pauses one scan may hold
    enter_pause_ms: float = 250.0  # longest wait for the Enter (or suffix) after the last key
    start_keys: int = 4  # a scan opens with this many keys...
    start_gap_ms: float = 20.0  # ...each within this of the one before: faster than people type
    min_length: int = 4  # shortest code accepted as a scan (after prefix/suffix/AIM)
    idle_timeout_ms: float | None = None  # end a scan without suffix after this pause
    prefix: str = ""  # programmed prefix the scanner sends first (stripped; required if set)
    suffix: str = ""  # programmed suffix that ends a scan like Enter (stripped)
    duplicate_window_ms: float = 1500.0  # the same code again within this counts once
    strip_aim: bool = True  # drop a leading AIM identifier (]C0, ]E0, ...)

    def __post_init__(self) -> None:
        if self.max_gap_ms <= 0 or self.min_length < 1 or self.duplicate_window_ms < 0:
            raise ValueError("max_gap_ms must be > 0, min_length >= 1, duplicate_window_ms >= 0")
        if self.start_gap_ms <= 0 or self.start_keys < 2 or self.max_pauses < 0:
            raise ValueError("start_gap_ms must be > 0, start_keys >= 2, max_pauses >= 0")
        if self.max_pause_ms < self.max_gap_ms or self.enter_pause_ms < self.max_gap_ms:
            raise ValueError("max_pause_ms and enter_pause_ms must not be shorter than max_gap_ms")
        if self.idle_timeout_ms is not None and self.idle_timeout_ms < self.max_gap_ms:
            raise ValueError("idle_timeout_ms must not be shorter than max_gap_ms")

    def to_values(self) -> dict[str, object]:
        """The operator settings as INI values (key without the `scanner/` group)."""
        return {o.key: getattr(self, o.key) for o in OPTIONS}


@dataclass(frozen=True)
class Option:
    key: str
    kind: type
    description: str


# The operator settings, declared once: INI keys `scanner/<key>`, the learn step, the test page.
OPTIONS: tuple[Option, ...] = (
    Option("max_gap_ms", float, "usual longest gap between two keys of one scan (ms)"),
    Option("max_pause_ms", float, "an occasional longer pause a scan may hold (ms)"),
    Option("max_pauses", int, "how many such pauses one scan may hold"),
    Option("enter_pause_ms", float, "longest wait for the Enter after the last key (ms)"),
    Option("start_keys", int, "a scan opens with this many quick keys"),
    Option("start_gap_ms", float, "longest gap between those opening keys (ms)"),
    Option("min_length", int, "shortest code taken for a scan"),
    Option("duplicate_window_ms", float, "the same code again within this counts once (ms)"),
)
INI_GROUP = "scanner"


def settings_from(values: Callable[[str, object], object]) -> BurstSettings:
    """Burst settings from a key/value source (QSettings.value-like); bad values keep the default.

    Raises ValueError naming the keys when the values read do not make sense together.
    """
    default = BurstSettings()
    chosen: dict[str, object] = {}
    for option in OPTIONS:
        raw = values(f"{INI_GROUP}/{option.key}", None)
        if raw is None or raw == "":
            continue
        try:
            chosen[option.key] = option.kind(float(str(raw))) if option.kind is int else option.kind(str(raw))
        except ValueError:
            continue
    try:
        return replace(default, **chosen)  # type: ignore[arg-type]
    except ValueError as exc:
        raise ValueError(f"{INI_GROUP}/{', '.join(chosen)}: {exc}") from exc


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
    in_field: bool = False  # its keys already reached the focused field (a dialog's): not a parcel scan


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


@dataclass
class _Entry:
    key: Key
    delivered: bool  # passed on at once (observing a dialog's field), not held


class BurstDetector:
    """Feed keys with `feed`, call `tick(now)` from a timer. Not thread-safe: one thread.

    A burst is a scan when it opens with `start_keys` keys each within `start_gap_ms` of the
    one before (people do not sustain that), goes on with gaps up to `max_gap_ms` and at most
    `max_pauses` pauses up to `max_pause_ms`, and is ended by Enter, Tab or the suffix within
    `enter_pause_ms` of its last key. The first slow gap of the opening run makes it typing:
    the held keys go back at once, and keys that follow within `max_pause_ms` pass untouched.
    """

    def __init__(self, settings: BurstSettings | None = None):
        self.settings = settings or BurstSettings()
        self._held: list[_Entry] = []
        self._pauses = 0
        self._last_ms: float | None = None  # the last key of any kind that was fed
        self._typing = False  # the last burst was a person's: keep passing keys while they come
        self._last_seen: dict[str, float] = {}

    @property
    def holding(self) -> bool:
        return any(not e.delivered for e in self._held)

    @property
    def last_key_ms(self) -> float | None:
        return self._held[-1].key.time_ms if self._held else None

    def deadline_ms(self) -> float | None:
        """When `tick` must be called next (None: nothing held)."""
        if not self._held:
            return None
        s = self.settings
        last = self._held[-1].key.time_ms
        if not self._started():
            wait = max(s.start_gap_ms, s.enter_pause_ms) if self._long_enough() else s.start_gap_ms
            return last + wait
        if self._long_enough() and s.idle_timeout_ms is not None:
            return last + s.idle_timeout_ms
        wait = s.max_pause_ms if self._pauses < s.max_pauses else s.max_gap_ms
        if self._long_enough():
            wait = max(wait, s.enter_pause_ms)
        return last + wait

    def feed(self, key: Key, *, observe: bool = False) -> Verdict:
        """Decide about one key press. Printable keys are held (passed when `observe`: a
        dialog's field takes typing at any speed); end keys end a burst."""
        outcomes: list[Outcome] = []
        gap = key.time_ms - self._last_ms if self._last_ms is not None else float("inf")
        self._last_ms = key.time_ms
        deadline = self.deadline_ms()
        if deadline is not None and key.time_ms > deadline:
            outcomes.extend(self._close_idle())
        text = key.text
        if text in END_KEYS or self._ends_with_suffix(key):
            self._typing = False
            if not self._held:
                return Verdict(False, outcomes)
            scan = self._finish(key) if gap <= self.settings.enter_pause_ms else None
            if scan is not None:
                outcomes.append(scan)
                return Verdict(True, outcomes)  # a scan's Enter never reaches the focused widget
            outcomes.extend(self._release())
            return Verdict(False, outcomes)
        if not text or (not text.isprintable() and text != GS):
            # Shortcuts and control keys: deliver what was held first, keep the order.
            outcomes.extend(self._release())
            self._typing = False
            return Verdict(False, outcomes)
        if self._typing and not self._held and gap <= self.settings.max_pause_ms:
            return Verdict(False, outcomes)  # a person still typing
        self._typing = False
        if self._held and not self._continues(gap):
            outcomes.extend(self._release())
            self._typing = True
            return Verdict(False, outcomes)
        self._held.append(_Entry(key, observe))
        return Verdict(not observe, outcomes)

    def tick(self, now_ms: float) -> list[Outcome]:
        """The timer fired: a burst quiet for longer than it may be is typing, or an idle scan."""
        deadline = self.deadline_ms()
        if deadline is None or now_ms <= deadline:
            return []
        return self._close_idle()

    def flush(self) -> list[Outcome]:
        """Give back whatever is held (focus moved away, the window closes)."""
        return self._release()

    # -- inside -------------------------------------------------------------------------

    def _continues(self, gap: float) -> bool:
        """Whether a printable key `gap` ms after the last held one belongs to the same scan."""
        s = self.settings
        if not self._started():
            return gap <= s.start_gap_ms
        if gap <= s.max_gap_ms:
            return True
        if gap <= s.max_pause_ms and self._pauses < s.max_pauses:
            self._pauses += 1
            return True
        return False

    def _started(self) -> bool:
        return len(self._held) >= self.settings.start_keys

    def _long_enough(self) -> bool:
        return len(self._held) >= self.settings.min_length + len(self.settings.prefix)

    def _close_idle(self) -> list[Outcome]:
        if self.settings.idle_timeout_ms is not None and self._started():
            scan = self._finish(None)
            if scan is not None:
                return [scan]
        released = self._release()
        self._typing = True
        return released

    def _ends_with_suffix(self, key: Key) -> bool:
        suffix = self.settings.suffix
        if not suffix or not self._held:
            return False
        raw = "".join(e.key.text for e in self._held) + key.text
        return raw.endswith(suffix) or fold_russian(raw).endswith(suffix)

    def _decoded(self) -> list[str]:
        """The held keys as the scanner meant them: the physical key where the platform gave
        it, else Latin folded from a Cyrillic layout (a US scanner never means Cyrillic)."""
        keys = [e.key for e in self._held]
        foreign = any(is_foreign(k.text) for k in keys)
        return [k.physical if k.physical else (fold_char(k.text) if foreign else k.text) for k in keys]

    def _finish(self, end: Key | None) -> Scan | Duplicate | None:
        """The held keys as a scan (or a duplicate), or None when they are typing."""
        s = self.settings
        if len(self._held) < min(s.start_keys, s.min_length + len(s.prefix)):
            return None
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
        in_field = any(e.delivered for e in self._held)
        when = end.time_ms if end is not None else self._held[-1].key.time_ms
        self._reset()
        if in_field:
            return Scan(code, keys, in_field=True)
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

    def _reset(self) -> None:
        self._held.clear()
        self._pauses = 0

    def _release(self) -> list[Outcome]:
        keys = tuple(e.key for e in self._held if not e.delivered)
        self._reset()
        return [Release(keys)] if keys else []


# -- learning from the operator's own scanner -------------------------------------------

LEARN_SCANS = 3


class LearnError(ValueError):
    """The scans given to `propose` cannot be learnt from (the message says why, plainly)."""


@dataclass(frozen=True)
class Proposal:
    """Settings proposed from a few scans of one label, and what was measured."""

    settings: BurstSettings
    code: str
    longest_gap_ms: float  # between two keys, pauses left out
    longest_start_gap_ms: float
    longest_pause_ms: float  # 0 when the scanner never paused
    longest_enter_ms: float
    notes: tuple[str, ...]


def _ceil(value: float) -> float:
    return float(int(value) + (0 if value == int(value) else 1))


def propose(scans: list[list[tuple[str, float]]], current: BurstSettings) -> Proposal:
    """Settings that fit `scans`: each the (text, time_ms) of every key of one scan, its Enter
    (or Tab) last. Wants LEARN_SCANS scans of the same code; raises LearnError otherwise."""
    if len(scans) < LEARN_SCANS:
        raise LearnError(f"scan the same label {LEARN_SCANS} times")
    codes: list[str] = []
    gaps: list[list[float]] = []
    enters: list[float] = []
    for keys in scans:
        if len(keys) < 3 or keys[-1][0] not in END_KEYS:
            raise LearnError("a scan must be a few keys ended by Enter or Tab: check the scanner's suffix")
        times = [t for _text, t in keys]
        gaps.append([b - a for a, b in zip(times[:-2], times[1:-1], strict=True)])
        enters.append(times[-1] - times[-2])
        codes.append(fold_russian("".join(text for text, _t in keys[:-1])))
    if len(set(codes)) != 1:
        raise LearnError("the scans differ: scan the same label each time")
    every = sorted(g for row in gaps for g in row)
    typical = every[len(every) // 2] if every else 1.0
    pause_above = max(3 * typical, typical + 30, current.start_gap_ms)
    plain = [g for g in every if g <= pause_above] or [typical]
    pauses = [g for g in every if g > pause_above]
    start = [g for row in gaps for g in row[: current.start_keys - 1] if g <= pause_above] or [typical]
    notes: list[str] = []
    start_keys = current.start_keys
    for row in gaps:
        early = [i for i, g in enumerate(row[: start_keys - 1]) if g > pause_above]
        if early:
            start_keys = max(2, early[0] + 1)
    if start_keys < current.start_keys:
        notes.append(f"the scanner paused within its first keys: a scan now opens with {start_keys} quick keys")
    start_gap = min(45.0, max(8.0, _ceil(max(start) * 1.5 + 3)))
    if start_gap > 25:
        notes.append("this scanner opens slowly: a person typing very fast may be taken for it; "
                     "speed it up in its own settings if you can")
    max_gap = min(100.0, max(40.0, start_gap, _ceil(max(plain) * 1.5 + 5)))
    longest_pause = max(pauses, default=0.0)
    max_pause = min(1000.0, max(BurstSettings.max_pause_ms, max_gap, _ceil(longest_pause * 1.5)))
    per_scan = max(sum(1 for g in row if g > pause_above) for row in gaps)
    max_pauses = max(BurstSettings.max_pauses, per_scan + 1)
    enter_pause = min(1000.0, max(150.0, max_gap, _ceil(max(enters) * 2 + 20)))
    if longest_pause:
        notes.append(f"the scanner paused up to {longest_pause:.0f} ms inside a code")
    settings = replace(current, start_gap_ms=start_gap, start_keys=start_keys, max_gap_ms=max_gap,
                       max_pause_ms=max_pause, max_pauses=max_pauses, enter_pause_ms=enter_pause,
                       min_length=min(current.min_length, len(codes[0])))
    return Proposal(settings, codes[0], max(plain), max(start), longest_pause, max(enters), tuple(notes))
