"""Real key events with the timestamps a scanner (or a person) makes, shared by the scanner tests.

Keys enter through the target's window, as the window system delivers them, after the target
took the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from workstation.scanner.layout import fold_char, us_scan_code


def _through_window(target: QWidget | QWindow) -> QObject:
    """Where a real keyboard's key enters: the window, which hands it to its focused widget.
    `target` gets the focus first; without a window (not shown) the key goes straight to it."""
    if isinstance(target, QWindow):
        return target
    if target.window().focusWidget() is not target:
        target.setFocus()
    window = target.window().windowHandle()
    if window is None or not window.isVisible() or target.window().focusWidget() is not target:
        return target
    return window


class Keyboard:
    """Sends QKeyEvents whose timestamps we choose; `native` adds the physical key's scan code."""

    def __init__(self) -> None:
        self.now = 10_000

    def press(self, target: QWidget | QWindow, ch: str, *, gap: int, native: bool = False) -> None:
        self.now += gap
        if ch == "\r":
            key, text = Qt.Key.Key_Return, "\r"
        elif ch == "\t":
            key, text = Qt.Key.Key_Tab, "\t"
        elif ch.isdigit():
            key, text = Qt.Key(Qt.Key.Key_0.value + int(ch)), ch
        elif ch.isascii() and ch.isalpha():
            key, text = Qt.Key(ord(ch.upper())), ch
        else:
            key, text = Qt.Key.Key_unknown, ch
        mods = Qt.KeyboardModifier.ShiftModifier if ch.isupper() else Qt.KeyboardModifier.NoModifier
        scan_code = 0
        if native:
            found = us_scan_code(fold_char(ch))
            scan_code = found[0] + 8 if found else 0
        receiver = _through_window(target)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, mods, scan_code, 0, 0, text)
            event.setTimestamp(self.now)
            QApplication.sendEvent(receiver, event)

    def type(self, target: QWidget | QWindow, text: str, *, gap: int, native: bool = False) -> None:
        for ch in text:
            self.press(target, ch, gap=gap, native=native)

    def scan(self, target: QWidget | QWindow, code: str, *, gap: int = 4) -> None:
        """A scanner burst ended by Enter, after the pause between two parcels."""
        self.now += 400
        self.type(target, code + "\r", gap=gap)
