"""The serial scanners of this computer at run time: started from the INI, restarted on Save,
paused for a settings-page test, stopped at quit; and their state for the status bar.

GUI thread only. Each port is read by a `SerialScanner` on its own thread; the GUI thread
never opens, reads or joins a port while the program runs (it asks a reader to stop and
waits for its queued "stopped"). Only `stop()`, at quit, waits for the threads.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import serial
import shiboken6
from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from workstation.scanner.serial_config import GROUP, scanners_from, scanners_to
from workstation.scanner.serial_reader import Opener, SerialScanner, SerialSettings
from workstation.ui.look import PROBLEM_COLOUR

log = logging.getLogger(__name__)

DUPLICATE_WINDOW_MS = 1500.0  # as the wedge's default: a presentation scanner re-reading a label
DISCONNECTED = "disconnected"


class SerialScanners(QObject):
    """Owns one reader per configured port. `scanned(code)` for each code, `duplicate(code)` for
    the same code again on the same port within the window; `state_changed(port, state)`."""

    scanned = Signal(str)
    duplicate = Signal(str)
    state_changed = Signal(str, str)  # port, "connecting" / "connected" / "disconnected" / "stopped"
    port_released = Signal(str)  # no reader holds this port any more (after suspend)

    def __init__(self, settings: QSettings, parent: QObject | None = None, *, opener: Opener = serial.Serial,
                 clock: Callable[[], float] = time.monotonic,
                 duplicate_window_ms: float = DUPLICATE_WINDOW_MS):
        super().__init__(parent)
        self._settings = settings
        self._opener = opener
        self._clock = clock
        self._window = duplicate_window_ms / 1000
        self._wanted: dict[str, SerialSettings] = {}
        self._live: dict[str, SerialScanner] = {}
        self._stopping: dict[str, SerialScanner] = {}  # asked to stop, not stopped yet
        self._suspended: set[str] = set()
        self._states: dict[str, str] = {}
        self._errors: dict[str, str] = {}
        self._last: dict[str, tuple[str, float]] = {}  # port -> last code and when
        self._tests: dict[str, SerialScanner] = {}  # waiting for the configured reader to let go
        self._testing: set[SerialScanner] = set()  # test readers not stopped yet

    # -- configuration --------------------------------------------------------------------

    def configured(self) -> list[SerialSettings]:
        """The scanners the INI names now (entries with wrong values are logged and left out)."""
        self._settings.sync()
        return scanners_from(self._settings.value)[0]

    def start(self) -> None:
        """Start the readers of the INI's scanners (at start-up)."""
        self.restart(self.configured())

    def apply(self, scanners: list[SerialSettings]) -> None:
        """Write `scanners` to the INI and run exactly those (Save in Settings -> Scanners)."""
        self._settings.remove(GROUP)
        for key, value in scanners_to(scanners).items():
            self._settings.setValue(key, value)
        self._settings.sync()
        self.restart(scanners)

    def restart(self, scanners: list[SerialSettings]) -> None:
        """Run `scanners`: readers whose settings did not change keep running."""
        self._wanted = {s.port: s for s in scanners}
        for port, scanner in list(self._live.items()):
            if self._wanted.get(port) != scanner.reader.settings or port in self._suspended:
                self._release(port)
        for port in list(self._states):
            if port not in self._wanted and port not in self._stopping:
                self._forget(port)
        for port in self._wanted:
            self._start_if_free(port)

    # -- the settings page's test ---------------------------------------------------------

    def suspend(self, port: str) -> bool:
        """Stop reading `port` until `resume(port)`; True when it is free already, else
        `port_released(port)` follows."""
        self._suspended.add(port)
        if port in self._live:
            self._release(port)
        return port not in self._stopping

    def resume(self, port: str) -> None:
        self._suspended.discard(port)
        self._start_if_free(port)

    def open_test(self, entry: SerialSettings) -> SerialScanner:
        """A reader of `entry` for the settings page's Test, owned here (it may outlive the page).
        The configured reader of that port pauses first and resumes once the test reader stopped;
        end the test with `end_test`."""
        scanner = SerialScanner(entry, self, opener=self._opener)
        port = entry.port

        def on_state(state: str) -> None:
            if state == "stopped":
                self._testing.discard(scanner)
                scanner.deleteLater()
                self.resume(port)

        scanner.state_changed.connect(on_state)
        self._testing.add(scanner)
        if self.suspend(port):
            scanner.start()
        else:
            self._tests[port] = scanner  # started by _on_scanner_state_changed when the port is free
        return scanner

    def end_test(self, scanner: SerialScanner) -> None:
        if self._tests.get(scanner.port) is scanner:  # never started
            del self._tests[scanner.port]
            self._testing.discard(scanner)
            scanner.deleteLater()
            self.resume(scanner.port)
            return
        scanner.request_stop()

    # -- state ----------------------------------------------------------------------------

    @property
    def ports(self) -> list[str]:
        return list(self._wanted)

    def running(self, port: str) -> SerialSettings | None:
        """The settings `port` is read with now; None while nothing reads it."""
        scanner = self._live.get(port)
        return scanner.reader.settings if scanner is not None else None

    def state(self, port: str) -> str:
        return self._states.get(port, "stopped")

    def error(self, port: str) -> str:
        return self._errors.get(port, "")

    def problems(self) -> list[tuple[str, str]]:
        """(port, why) of every configured scanner that is not connected after trying."""
        return [(port, self._errors.get(port, "")) for port in self._wanted
                if self._states.get(port) == DISCONNECTED and port not in self._suspended]

    def stop(self, timeout: float = 3.0) -> bool:
        """At quit: stop every reader and wait for them; True when all stopped in time."""
        self._wanted = {}
        self._tests.clear()
        scanners = [*self._live.values(), *self._stopping.values(), *self._testing]
        for scanner in scanners:
            scanner.request_stop()
        end = time.monotonic() + timeout
        stopped = all([scanner.stop(max(0.0, end - time.monotonic())) for scanner in scanners])
        self._live.clear()
        self._stopping.clear()
        self._testing.clear()
        return stopped

    # -- inside ---------------------------------------------------------------------------

    def _start_if_free(self, port: str) -> None:
        entry = self._wanted.get(port)
        if entry is None or port in self._live or port in self._stopping or port in self._suspended:
            return
        scanner = SerialScanner(entry, self, opener=self._opener)
        scanner.scanned.connect(lambda code, p=port: self._on_scanner_scanned(p, code))
        scanner.state_changed.connect(lambda state, s=scanner: self._on_scanner_state_changed(s, state))
        self._live[port] = scanner
        self._states[port], self._errors[port] = "connecting", ""  # not what the reader before it said
        self.state_changed.emit(port, "connecting")
        scanner.start()

    def _release(self, port: str) -> None:
        scanner = self._live.pop(port)
        self._stopping[port] = scanner
        scanner.request_stop()

    def _forget(self, port: str) -> None:
        self._states.pop(port, None)
        self._errors.pop(port, None)
        self._last.pop(port, None)
        self.state_changed.emit(port, "stopped")

    def _on_scanner_scanned(self, port: str, code: str) -> None:
        now = self._clock()
        last = self._last.get(port)
        self._last[port] = (code, now)
        if last is not None and last[0] == code and now - last[1] <= self._window:
            log.info("serial scanner %s: duplicate scan %r ignored", port, code)
            self.duplicate.emit(code)
            return
        self.scanned.emit(code)

    def _on_scanner_state_changed(self, scanner: SerialScanner, state: str) -> None:
        port = scanner.port
        if state == "stopped":
            if self._stopping.get(port) is scanner:
                del self._stopping[port]
                if shiboken6.isValid(scanner):
                    scanner.deleteLater()
                self.port_released.emit(port)
                if port not in self._wanted:
                    self._forget(port)
                test = self._tests.pop(port, None)
                if test is not None:
                    test.start()
                self._start_if_free(port)
            return
        if self._live.get(port) is not scanner:
            return  # a reader on its way out
        if state == "connecting" and self._states.get(port) == DISCONNECTED:
            return  # each retry passes through "connecting": still disconnected for the person
        self._states[port] = state
        self._errors[port] = scanner.last_error if state == DISCONNECTED else ""
        self.state_changed.emit(port, state)


class SerialStatusLabel(QLabel):
    """For the status bar: "Scanner /dev/ttyACM0: disconnected, retrying", hidden while every
    serial scanner is connected. The tooltip has every port and its reason."""

    MAX_PORT_PX = 170  # a /dev/serial/by-id/... name is elided in the middle; the tooltip has it whole

    def __init__(self, scanners: SerialScanners, parent: QWidget | None = None):
        super().__init__(parent)
        self._scanners = scanners
        self.setStyleSheet(f"color: {PROBLEM_COLOUR}; padding: 0 6px;")
        self.setTextFormat(Qt.TextFormat.PlainText)
        scanners.state_changed.connect(self._on_scanners_state_changed)
        self.hide()

    def _on_scanners_state_changed(self, _port: str, _state: str) -> None:
        self.refresh()

    def refresh(self) -> None:
        problems = self._scanners.problems()
        if not problems:
            self.clear()
            self.setToolTip("")
            self.hide()
            return
        if len(problems) == 1:
            port = self.fontMetrics().elidedText(problems[0][0], Qt.TextElideMode.ElideMiddle, self.MAX_PORT_PX)
            text = self.tr("Scanner %1: disconnected, retrying").replace("%1", port)
        else:
            text = self.tr("%1 scanners disconnected, retrying").replace("%1", str(len(problems)))
        self.setText(text)
        self.setToolTip("\n".join(f"{port}: {why or self.tr('not connected')}" for port, why in problems))
        self.show()
