"""Serial (COM port) barcode scanners: a pyserial reader on its own thread that survives unplugging.

`SerialReader` is plain Python with a callback, so it runs and is tested without Qt;
`SerialScanner` wraps it in a QObject whose `scanned(code)` arrives on the GUI thread.
Bytes are split into lines on the configured terminator (CR, LF, CRLF), or, for a scanner
that sends no suffix ("NONE"), a code ends when the line stays quiet for `idle_ms`; a
line that is not valid UTF-8 or is longer than `max_line` is logged and dropped, never
raised, and never takes the good codes around it with it. A port that vanishes (USB
unplugged) is reopened with a growing pause, from `reconnect_s` up to `reconnect_max_s`.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import serial
from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

TERMINATORS = {"CR": b"\r", "LF": b"\n", "CRLF": b"\r\n", "NONE": b""}  # NONE: ends by idle_ms
PARITIES = {"N": serial.PARITY_NONE, "E": serial.PARITY_EVEN, "O": serial.PARITY_ODD,
            "M": serial.PARITY_MARK, "S": serial.PARITY_SPACE}
_AIM = re.compile(r"^\][A-Za-z][0-9A-Za-z]")


@dataclass(frozen=True)
class SerialSettings:
    """A serial scanner's line settings; the defaults are the common 9600 8N1 with CR."""

    port: str
    baudrate: int = 9600
    bytesize: int = 8
    parity: str = "N"  # N / E / O / M / S
    stopbits: float = 1
    terminator: str = "CR"  # CR / LF / CRLF / NONE
    idle_ms: int = 100  # NONE only: a code ends after this long without a byte
    max_line: int = 512  # bytes; longer lines are cut off and logged
    reconnect_s: float = 0.5  # first pause before reopening a vanished port; doubles each failure
    reconnect_max_s: float = 5.0  # the longest pause: a port plugged back in is found within this
    strip_aim: bool = True

    def __post_init__(self) -> None:
        if self.terminator not in TERMINATORS:
            raise ValueError(f"terminator must be one of {', '.join(TERMINATORS)}, not {self.terminator!r}")
        if self.parity not in PARITIES:
            raise ValueError(f"parity must be one of {', '.join(PARITIES)}, not {self.parity!r}")
        if self.bytesize not in (5, 6, 7, 8) or self.stopbits not in (1, 1.5, 2):
            raise ValueError("data bits must be 5-8 and stop bits 1, 1.5 or 2")
        if self.terminator == "NONE" and not 10 <= self.idle_ms <= 5000:
            raise ValueError("the idle time that ends a code must be 10-5000 ms")
        if self.baudrate <= 0:
            raise ValueError("the baud rate must be a positive number")

    @property
    def framing(self) -> str:
        """"9600 8N1 CR": what the scanner's manual calls its settings."""
        stop = f"{self.stopbits:g}"
        end = f"idle {self.idle_ms} ms" if self.terminator == "NONE" else self.terminator
        return f"{self.baudrate} {self.bytesize}{self.parity}{stop} {end}"


class LineSplitter:
    """Bytes in, codes out: splits on the terminator, drops bad lines with a log entry."""

    def __init__(self, settings: SerialSettings):
        self._end = TERMINATORS[settings.terminator]
        self._max = settings.max_line
        self._strip_aim = settings.strip_aim
        self._port = settings.port
        self._buffer = bytearray()
        self._skipping = False  # inside an overlong line: drop until the next terminator

    @property
    def pending(self) -> bool:
        """Bytes wait for their end (a terminator, or the idle time)."""
        return bool(self._buffer) or self._skipping

    def flush(self) -> list[str]:
        """The line went quiet: what is buffered is one code (framing NONE)."""
        raw = bytes(self._buffer)
        self._buffer.clear()
        skipping, self._skipping = self._skipping, False
        if skipping:
            return []
        code = self._decode(raw)
        return [code] if code else []

    def feed(self, data: bytes) -> list[str]:
        self._buffer += data
        codes: list[str] = []
        while self._end:
            at = self._buffer.find(self._end)
            if at < 0:
                break
            raw = bytes(self._buffer[:at])
            del self._buffer[: at + len(self._end)]
            if self._skipping:
                self._skipping = False
                continue
            code = self._decode(raw)
            if code:
                codes.append(code)
        if len(self._buffer) > self._max:
            if not self._skipping:
                log.warning("serial scanner %s: line longer than %d bytes discarded (starts %r)",
                            self._port, self._max, bytes(self._buffer[:32]))
            self._skipping = True
            self._buffer.clear()
        return codes

    def _decode(self, raw: bytes) -> str:
        if len(raw) > self._max:
            log.warning("serial scanner %s: line longer than %d bytes discarded (%d bytes, starts %r)",
                        self._port, self._max, len(raw), raw[:32])
            return ""
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            log.warning("serial scanner %s: line is not valid UTF-8 (%s), discarded: %r",
                        self._port, exc.reason, raw[:64])
            return ""
        # Stray CR/LF from a terminator set differently on the device; NULs from line noise.
        code = text.strip("\r\n\x00 \t")
        if self._strip_aim:
            code = _AIM.sub("", code, count=1)
        if any(not ch.isprintable() and ch != "\x1d" for ch in code):
            log.warning("serial scanner %s: control characters in %r, discarded", self._port, code)
            return ""
        return code


Opener = Callable[..., Any]


class SerialReader:
    """Reads codes from a serial port on a daemon thread; reconnects when the port vanishes.

    `on_code(code)` and `on_state(state)` are called on the reader's thread; state is
    "connecting", "connected", "disconnected" or "stopped". `last_error` says why the port
    could not be opened or was lost. `stop()` waits for the thread; `request_stop()` does
    not (the GUI thread uses it and waits for "stopped").
    """

    def __init__(self, settings: SerialSettings, on_code: Callable[[str], None],
                 on_state: Callable[[str], None] | None = None, *, opener: Opener = serial.Serial):
        self.settings = settings
        self._on_code = on_code
        self._on_state = on_state or (lambda _state: None)
        self._opener = opener
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.state = "stopped"
        self.last_error = ""

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name=f"serial-{self.settings.port}",
                                        daemon=True)
        self._thread.start()

    def request_stop(self) -> None:
        """Ask the thread to stop, without waiting: it says "stopped" within a read timeout."""
        self._stop.set()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def stop(self, timeout: float = 3.0) -> bool:
        """Ask the thread to stop and wait; True when it stopped in time."""
        self._stop.set()
        thread = self._thread
        if thread is None:
            return True
        thread.join(timeout)
        return not thread.is_alive()

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self._on_state(state)

    def _pause(self, failures: int) -> float:
        s = self.settings
        return min(s.reconnect_max_s, s.reconnect_s * 2 ** min(failures, 16))

    def _run(self) -> None:
        failures = 0  # attempts in a row that found no port: the pause grows with them
        while not self._stop.is_set():
            self._set_state("connecting")
            try:
                port = self._open()
            except (serial.SerialException, OSError, ValueError) as exc:
                self.last_error = str(exc) or type(exc).__name__
                if failures == 0:
                    log.warning("serial scanner %s cannot be opened: %s; retrying, every %.1f s at most",
                                self.settings.port, exc, self.settings.reconnect_max_s)
                self._set_state("disconnected")
                self._stop.wait(self._pause(failures))
                failures += 1
                continue
            failures = 0
            self.last_error = ""
            log.info("serial scanner %s connected", self.settings.port)
            self._set_state("connected")
            try:
                self._read(port)
            except (serial.SerialException, OSError) as exc:
                self.last_error = str(exc) or type(exc).__name__
                log.warning("serial scanner %s disconnected: %s", self.settings.port, exc)
                self._set_state("disconnected")
                self._stop.wait(self._pause(0))
            finally:
                with contextlib.suppress(serial.SerialException, OSError):
                    port.close()
        self._set_state("stopped")

    def _open(self) -> Any:
        s = self.settings
        # the read timeout is how often the stop flag is looked at, and how late an idle end is seen
        timeout = min(0.1, s.idle_ms / 2000) if s.terminator == "NONE" else 0.1
        return self._opener(port=s.port, baudrate=s.baudrate, bytesize=s.bytesize,
                            parity=PARITIES[s.parity], stopbits=s.stopbits, timeout=timeout)

    def _read(self, port: Any) -> None:
        splitter = LineSplitter(self.settings)
        idle = self.settings.idle_ms / 1000 if self.settings.terminator == "NONE" else None
        last_byte = time.monotonic()
        while not self._stop.is_set():
            data = port.read(max(1, port.in_waiting or 1))
            if data:
                last_byte = time.monotonic()
                codes = splitter.feed(data)
            elif idle is not None and splitter.pending and time.monotonic() - last_byte >= idle:
                codes = splitter.flush()
            else:
                continue
            for code in codes:
                try:
                    self._on_code(code)
                except Exception:  # a bad handler must not stop the scanner
                    log.exception("serial scanner %s: handler failed for %r", self.settings.port, code)


class SerialScanner(QObject):
    """The Qt face of a serial scanner: `scanned(code)` and `state_changed(state)`, queued to
    the receivers' thread (the GUI thread). Call `stop()` before quitting."""

    scanned = Signal(str)
    state_changed = Signal(str)

    def __init__(self, settings: SerialSettings, parent: QObject | None = None, *,
                 opener: Opener = serial.Serial):
        super().__init__(parent)
        self.reader = SerialReader(settings, self.scanned.emit, self.state_changed.emit,
                                   opener=opener)

    @property
    def port(self) -> str:
        return self.reader.settings.port

    @property
    def state(self) -> str:
        return self.reader.state

    @property
    def last_error(self) -> str:
        return self.reader.last_error

    def start(self) -> None:
        self.reader.start()

    def request_stop(self) -> None:
        """Stop without waiting; `state_changed("stopped")` follows."""
        self.reader.request_stop()

    def stop(self, timeout: float = 3.0) -> bool:
        return self.reader.stop(timeout)
