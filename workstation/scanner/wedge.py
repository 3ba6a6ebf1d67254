"""The key event filter that feeds keyboard-wedge scans to the burst detector.

`install(app)` watches the window that has the keyboard (every window that ever had it
stays watched until it is gone) and the focused widget; never the QApplication. An
application-wide filter written in Python is called for every event of every object of
the process, and PySide must make a Python wrapper for each receiver first: it asks the
C++ object for its type (`typeid`), and QtWebEngine's own objects
(`RenderWidgetHostViewQtDelegateItem`, its dialog controllers, ...) are built without RTTI,
so that read dereferences a null pointer and the process dies in `app.exec()` as soon as a
web page (the login dialog) renders. Key presses from the window system always reach a
window first, so watching windows misses nothing; the focused widget is watched too for
keys sent straight to it (QTest, accessibility tools), each key counted once.

Printable key presses are held back while the detector decides; keys of a scan never reach
the focused widget (no text in a line edit, no Enter pressing a focused button), typing is
replayed to where it was going, in order, a few milliseconds late. While a modal dialog is
open, keys pass at once (its fields take typing at any speed) and a scan there only has its
Enter swallowed, so it stays in the field and never presses OK. GUI thread only.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from workstation.scanner.burst import (
    INI_GROUP,
    BurstDetector,
    BurstSettings,
    Duplicate,
    Key,
    Outcome,
    Release,
    Scan,
    settings_from,
)
from workstation.scanner.layout import physical_char

log = logging.getLogger(__name__)

_MODIFIER_KEYS = frozenset(k.value for k in (
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R))
DISCOVER_MS = 250  # how often newly shown windows are looked for
_LOOK_AGAIN = frozenset({QEvent.Type.WindowBlocked, QEvent.Type.WindowDeactivate, QEvent.Type.FocusOut})
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
    """Emits `scanned(code)` for each scan and `duplicate(code)` for a repeat within the window;
    `scanned_in_field(code)` for a scan into a dialog's field (left there, not a parcel).

    `clock()` (milliseconds) maps timer ticks onto the key events' own timestamps; tests
    pass their own. `platform` picks the native scan code table (the Qt platform name).
    `save(settings)` keeps settings applied from the test page (the app writes the INI).
    """

    scanned = Signal(str)
    duplicate = Signal(str)
    scanned_in_field = Signal(str)
    key_seen = Signal(object)  # KeySeen
    released = Signal(int)  # how many held keys were given back as typing
    settings_changed = Signal(object)  # BurstSettings

    def __init__(self, settings: BurstSettings | None = None, parent: QObject | None = None, *,
                 clock: Callable[[], float] = _monotonic_ms, platform: str | None = None,
                 save: Callable[[BurstSettings], None] | None = None):
        super().__init__(parent)
        self._detector = BurstDetector(settings)
        self._clock = clock
        self._platform = platform if platform is not None else QGuiApplication.platformName()
        self._save = save
        self._replaying = 0
        self._app: QApplication | None = None
        self._windows: dict[int, QWindow] = {}  # watched, by C++ address
        self._widget: QWidget | None = None  # the focused widget, watched
        self._pinned: dict[int, QWidget] = {}  # watched whether focused or not (`watch`)
        self._last_window_event: tuple[int, int, int] | None = None
        self._anchor: tuple[float, float] = (0.0, 0.0)  # (event time, clock) of the last key
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        # Windows shown since the last look (a dialog); without a window manager none is ever
        # "active", so focus signals alone would miss them. Cheap: a list of top-level widgets.
        self._discover = QTimer(self)
        self._discover.setInterval(DISCOVER_MS)
        self._discover.timeout.connect(self._watch_top_levels)
        self.enabled = True

    @classmethod
    def from_ini(cls, ini: QSettings, parent: QObject | None = None) -> WedgeScanner:
        """A scanner with the operator's `scanner/...` settings, keeping what the test page applies."""
        try:
            settings = settings_from(ini.value)
        except ValueError as exc:
            log.warning("scanner settings ignored, defaults used: %s", exc)
            settings = BurstSettings()

        def save(chosen: BurstSettings) -> None:
            for key, value in chosen.to_values().items():
                ini.setValue(f"{INI_GROUP}/{key}", value)
            ini.sync()

        return cls(settings, parent, save=save)

    @property
    def settings(self) -> BurstSettings:
        return self._detector.settings

    def set_settings(self, settings: BurstSettings) -> None:
        self.flush()
        self._detector = BurstDetector(settings)
        self.settings_changed.emit(settings)

    def apply_settings(self, settings: BurstSettings) -> None:
        """Use `settings` from now on and keep them (the INI, through `save`)."""
        self.set_settings(settings)
        if self._save is not None:
            self._save(settings)

    def watches(self, window: QWindow | None) -> bool:
        """Whether keys that reach `window` are seen (for tests and the test page)."""
        return window is not None and shiboken6.getCppPointer(window)[0] in self._windows

    def install(self, app: QApplication | None = None) -> None:
        """Watch the keyboard's window and focused widget from now on (see the module text)."""
        instance = app or QApplication.instance()
        assert isinstance(instance, QApplication)
        if self._app is instance:
            return
        self._app = instance
        instance.focusChanged.connect(self._on_app_focus_changed)
        instance.focusWindowChanged.connect(self._on_app_focus_window_changed)
        self._watch_top_levels()
        self._discover.start()
        self._on_app_focus_window_changed(instance.focusWindow())
        self._on_app_focus_changed(None, instance.focusWidget())

    def uninstall(self, app: QApplication | None = None) -> None:
        self.flush()
        instance = self._app
        if instance is None:
            return
        self._app = None
        self._discover.stop()
        for signal, slot in ((instance.focusChanged, self._on_app_focus_changed),
                             (instance.focusWindowChanged, self._on_app_focus_window_changed)):
            with contextlib.suppress(RuntimeError, TypeError):  # already gone with the application
                signal.disconnect(slot)
        for window in self._windows.values():
            if shiboken6.isValid(window):
                window.removeEventFilter(self)
        self._windows.clear()
        self._set_widget(None)

    def flush(self) -> None:
        """Give back any held keys now (focus change, closing)."""
        self._timer.stop()
        self._act(self._detector.flush())

    # -- what is watched ----------------------------------------------------------------

    def _watch_window(self, window: QWindow | None) -> None:
        if window is None or not shiboken6.isValid(window):
            return
        address = shiboken6.getCppPointer(window)[0]
        if address in self._windows:
            return
        self._windows[address] = window
        window.installEventFilter(self)
        window.destroyed.connect(lambda _obj=None, a=address: self._windows.pop(a, None))

    def _watch_top_levels(self) -> None:
        if self._app is None:
            return
        for widget in QApplication.topLevelWidgets():
            self._watch_window(widget.windowHandle())  # None until it was first shown

    def watch(self, widget: QWidget) -> None:
        """Watch `widget` always, focused or not (the test page's own field)."""
        address = shiboken6.getCppPointer(widget)[0]
        self._pinned[address] = widget
        widget.installEventFilter(self)
        widget.destroyed.connect(lambda _obj=None, a=address: self._pinned.pop(a, None))

    def _set_widget(self, widget: QWidget | None) -> None:
        old = self._widget
        if old is not None and shiboken6.isValid(old) \
                and shiboken6.getCppPointer(old)[0] not in self._pinned:
            old.removeEventFilter(self)
        self._widget = widget
        if widget is not None:
            widget.installEventFilter(self)

    def _on_app_focus_window_changed(self, window: QWindow | None) -> None:
        if self._app is not None:
            self._watch_window(window)

    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._app is None:
            return
        self._set_widget(new)
        if new is not None:
            self._watch_window(new.window().windowHandle())

    # -- the filter ---------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in _LOOK_AGAIN and self._app is not None:
            self._watch_top_levels()  # a dialog opened over this window, or it lost the keyboard
        if kind != QEvent.Type.KeyPress or self._replaying or not self.enabled or self._app is None:
            return False
        assert isinstance(event, QKeyEvent)
        identity = (shiboken6.getCppPointer(event)[0], event.timestamp(), event.key())
        if isinstance(obj, QWindow):
            self._last_window_event = identity
        elif identity == self._last_window_event:
            return False  # the window's key, forwarded to its focused widget: seen already
        if event.key() in _MODIFIER_KEYS:
            return False  # scanners press Shift for capitals: it must not break a burst
        key = self._key_of(event)
        observe = QApplication.activeModalWidget() is not None
        verdict = self._detector.feed(Key(key.text, key.time_ms, key.physical,
                                          _Held(obj, QKeyEvent(event))), observe=observe)
        self.key_seen.emit(KeySeen(key.time_ms, event.key(), event.text(), event.nativeScanCode(),
                                   event.nativeVirtualKey(), event.modifiers().value,
                                   key.physical, verdict.hold))
        self._anchor = (key.time_ms, self._clock())
        self._act(verdict.outcomes)
        self._schedule()
        return verdict.hold

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
            elif isinstance(outcome, Scan) and outcome.in_field:
                log.info("scan %r into a dialog's field", outcome.code)
                self.scanned_in_field.emit(outcome.code)
            elif isinstance(outcome, Scan):
                log.info("scan %r (%d keys)", outcome.code, outcome.keys)
                self.scanned.emit(outcome.code)
            elif isinstance(outcome, Duplicate):
                log.info("duplicate scan %r ignored", outcome.code)
                self.duplicate.emit(outcome.code)

    def _replay(self, release: Release) -> None:
        """Deliver typed keys that were held, in order, to where they were going."""
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
