"""The application-wide key event filter that feeds keyboard-wedge scans to the burst detector.

Install one `WedgeScanner` on the QApplication. Printable key presses are held back
while the detector decides; keys of a scan never reach the focused widget (no text in a
line edit, no Enter pressing a focused button), typing is replayed to the widget it was
meant for, in order, a few tens of milliseconds late. GUI thread only.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from workstation.scanner.burst import (
    BurstDetector,
    BurstSettings,
    Duplicate,
    Key,
    Outcome,
    Release,
    Scan,
)
from workstation.scanner.layout import physical_char

log = logging.getLogger(__name__)

_MODIFIER_KEYS = frozenset(k.value for k in (
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R))
_KEY_TEXT = {Qt.Key.Key_Return: "\r", Qt.Key.Key_Enter: "\r", Qt.Key.Key_Tab: "\t"}


@dataclass(frozen=True)
class KeySeen:
    """A raw key press as the filter saw it, for the "test scanner" page."""

    time_ms: float
    key: int
    text: str
    native_scan_code: int
    native_virtual_key: int
    modifiers: int
    physical: str | None
    held: bool


@dataclass
class _Held:
    receiver: QObject
    event: QKeyEvent


def _monotonic_ms() -> float:
    return time.monotonic() * 1000.0


class WedgeScanner(QObject):
    """Emits `scanned(code)` for each scan and `duplicate(code)` for a repeat within the window.

    `clock()` (milliseconds) maps timer ticks onto the key events' own timestamps; tests
    pass their own. `platform` picks the native scan code table (the Qt platform name).
    """

    scanned = Signal(str)
    duplicate = Signal(str)
    key_seen = Signal(object)  # KeySeen
    released = Signal(int)  # how many held keys were given back as typing

    def __init__(self, settings: BurstSettings | None = None, parent: QObject | None = None, *,
                 clock: Callable[[], float] = _monotonic_ms, platform: str | None = None):
        super().__init__(parent)
        self._detector = BurstDetector(settings)
        self._clock = clock
        self._platform = platform if platform is not None else QGuiApplication.platformName()
        self._replaying = 0
        self._last_passed: tuple[int, int, int, str, QObject] | None = None
        self._anchor: tuple[float, float] = (0.0, 0.0)  # (event time, clock) of the last key
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.enabled = True

    @property
    def settings(self) -> BurstSettings:
        return self._detector.settings

    def set_settings(self, settings: BurstSettings) -> None:
        self.flush()
        self._detector = BurstDetector(settings)

    def install(self, app: QApplication | None = None) -> None:
        (app or QApplication.instance()).installEventFilter(self)

    def uninstall(self, app: QApplication | None = None) -> None:
        self.flush()
        instance = app or QApplication.instance()
        if instance is not None:
            instance.removeEventFilter(self)

    def flush(self) -> None:
        """Give back any held keys now (focus change, closing)."""
        self._timer.stop()
        self._act(self._detector.flush())

    # -- the filter ---------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress or self._replaying or not self.enabled:
            return False
        if isinstance(obj, QWindow) or not isinstance(obj, QWidget):
            return False  # the window hands the same event to the focus widget next
        assert isinstance(event, QKeyEvent)
        if event.key() in _MODIFIER_KEYS or self._is_propagation(obj, event):
            return False  # scanners press Shift for capitals: it must not break a burst
        key = self._key_of(event)
        verdict = self._detector.feed(Key(key.text, key.time_ms, key.physical,
                                          _Held(obj, QKeyEvent(event))))
        self.key_seen.emit(KeySeen(key.time_ms, event.key(), event.text(), event.nativeScanCode(),
                                   event.nativeVirtualKey(), event.modifiers().value,
                                   key.physical, verdict.hold))
        self._anchor = (key.time_ms, self._clock())
        self._act(verdict.outcomes)
        self._schedule()
        if not verdict.hold:
            self._last_passed = self._identity(obj, event)
        return verdict.hold

    def _is_propagation(self, obj: QObject, event: QKeyEvent) -> bool:
        """True when this is the same key event travelling to a parent of its last receiver."""
        last = self._last_passed
        if last is None or last[:4] != self._identity(obj, event)[:4]:
            return False
        receiver = last[4]
        if not shiboken6.isValid(receiver) or not isinstance(receiver, QWidget):
            return False
        if isinstance(obj, QWidget) and obj.isAncestorOf(receiver):
            self._last_passed = self._identity(obj, event)
            return True
        return False

    @staticmethod
    def _identity(obj: QObject, event: QKeyEvent) -> tuple[int, int, int, str, QObject]:
        return (shiboken6.getCppPointer(event)[0], event.timestamp(), event.key(), event.text(), obj)

    def _key_of(self, event: QKeyEvent) -> Key:
        text = _KEY_TEXT.get(Qt.Key(event.key()), event.text())
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier) \
                and text != "\x1d":
            text = ""  # a shortcut, never part of a code (GS comes as Ctrl+])
        shifted = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if text.isalpha():
            shifted = text.isupper()
        physical = physical_char(self._platform, event.nativeScanCode(), shifted=shifted)
        stamp = event.timestamp()
        time_ms = float(stamp) if stamp else self._clock()
        return Key(text, time_ms, physical)

    # -- outcomes -----------------------------------------------------------------------

    def _act(self, outcomes: list[Outcome]) -> None:
        for outcome in outcomes:
            if isinstance(outcome, Release):
                self._replay(outcome)
            elif isinstance(outcome, Scan):
                log.info("scan %r (%d keys)", outcome.code, outcome.keys)
                self.scanned.emit(outcome.code)
            elif isinstance(outcome, Duplicate):
                log.info("duplicate scan %r ignored", outcome.code)
                self.duplicate.emit(outcome.code)

    def _replay(self, release: Release) -> None:
        """Deliver typed keys that were held, in order, to the widget they were meant for."""
        self._replaying += 1
        try:
            for key in release.keys:
                held: _Held = key.payload
                receiver = held.receiver
                if not shiboken6.isValid(receiver):
                    receiver = QApplication.focusWidget()
                if receiver is None:
                    continue
                QApplication.sendEvent(receiver, held.event)
        finally:
            self._replaying -= 1
        self.released.emit(len(release.keys))

    def _schedule(self) -> None:
        deadline = self._detector.deadline_ms()
        if deadline is None:
            self._timer.stop()
            return
        event_time, clock_time = self._anchor
        now = event_time + (self._clock() - clock_time)
        self._timer.start(max(1, int(deadline - now) + 1))

    def _on_timer_timeout(self) -> None:
        event_time, clock_time = self._anchor
        self._act(self._detector.tick(event_time + (self._clock() - clock_time)))
        self._schedule()
