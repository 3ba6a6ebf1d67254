"""Serial scales: the common continuous-output protocols read over the serial scanner's reader.

A scale on a COM port prints its reading several times a second, one line each, in one of
a few families: A&D/CAS style `ST,GS,+  1.234kg` (ST stable, US unstable, OL overload),
Mettler SICS `S S     1.234 kg` (S stable, D dynamic), bare `+0001.234 kg`, `   1234 g`,
`1.234`, labelled `W:1.234kg`; a trailing `?` marks motion on some models. A line without
a stability mark counts as stable (such scales print only settled weights). Lines come
from the very same `SerialReader` and `LineSplitter` as scanner codes (same settings,
same reconnecting thread, same handling of invalid bytes); here they become kilograms.
A line that is none of these is logged and skipped, never raised.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import serial
from PySide6.QtCore import QObject, Signal

from workstation.scanner.serial_reader import Opener, SerialReader, SerialSettings

log = logging.getLogger(__name__)

_TO_KG = {"kg": Decimal(1), "g": Decimal("0.001"), "lb": Decimal("0.45359237"),
          "lbs": Decimal("0.45359237"), "oz": Decimal("0.028349523125")}
_LINE = re.compile(
    r"""^\s*
    (?:(?P<head>ST|US|OL)\s*,\s*(?:(?:GS|NT|TR|GW|NW|G|N|T)\s*,\s*)?)?  # A&D / CAS header
    (?:S\s+(?P<sics>[SD+-])\s+)?                                        # Mettler SICS
    (?:(?:W|WT|GS|NT|G|N)\s*[:=]\s*)?                                   # a label, W:1.234
    (?P<sign>[+-])?\s*
    (?P<num>\d+(?:[.,]\d*)?|[.,]\d+)\s*
    (?P<unit>kg|g|lbs|lb|oz)?\s*
    (?P<motion>\?)?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
GRAMS = Decimal("0.001")


@dataclass(frozen=True)
class Reading:
    """One weight from the scale, in kilograms; `at` is time.monotonic() when it arrived."""

    kg: Decimal
    stable: bool
    at: float = 0.0


def parse_weight(line: str) -> Reading | None:
    """A scale line as a Reading, or None when it is not a weight (overload, garbage)."""
    match = _LINE.match(line)
    if match is None:
        return None
    head = (match["head"] or "").upper()
    if head == "OL" or match["sics"] in ("+", "-"):  # overload / underload: no weight to use
        return None
    unit = (match["unit"] or "kg").lower()
    try:
        kg = Decimal(match["num"].replace(",", ".")) * _TO_KG[unit]
        if match["sign"] == "-":
            kg = -kg
        if unit in ("g", "kg"):  # keep what the scale printed, at least to the gram
            kg = kg.quantize(GRAMS) if kg == kg.quantize(GRAMS) else kg.normalize()
        else:
            kg = kg.quantize(GRAMS)  # pounds and ounces: to the gram, which parcels need at most
    except InvalidOperation:  # dozens of digits of line noise
        return None
    stable = head != "US" and match["sics"] != "D" and not match["motion"]
    return Reading(kg, stable)


class ScaleReader:
    """Reads weights from a serial scale on the serial reader's thread.

    `on_weight(reading)` and `on_state(state)` are called on that thread. The latest
    reading and the latest stable one are kept for whoever asks (`latest`, `last_stable`).
    """

    def __init__(self, settings: SerialSettings, on_weight: Callable[[Reading], None] | None = None,
                 on_state: Callable[[str], None] | None = None, *, opener: Opener = serial.Serial,
                 clock: Callable[[], float] = time.monotonic):
        # AIM identifiers belong to barcodes; a scale line never carries one.
        self.settings = dataclasses.replace(settings, strip_aim=False)
        self._on_weight = on_weight or (lambda _reading: None)
        self._clock = clock
        self._lock = threading.Lock()
        self._latest: Reading | None = None
        self._stable: Reading | None = None
        self.rejected = 0
        self.reader = SerialReader(self.settings, self.feed_line, on_state, opener=opener)

    @property
    def state(self) -> str:
        return self.reader.state

    @property
    def latest(self) -> Reading | None:
        with self._lock:
            return self._latest

    @property
    def last_stable(self) -> Reading | None:
        with self._lock:
            return self._stable

    def start(self) -> None:
        self.reader.start()

    def stop(self, timeout: float = 3.0) -> bool:
        return self.reader.stop(timeout)

    def feed_line(self, line: str) -> Reading | None:
        """One line from the port (public so the parsing can be driven without a port)."""
        parsed = parse_weight(line)
        if parsed is None:
            self.rejected += 1
            # A scale babbling garbage ten times a second must not flood the log.
            if self.rejected <= 5 or self.rejected % 1000 == 0:
                log.warning("scale %s: not a weight, ignored (%d so far): %r",
                            self.settings.port, self.rejected, line[:64])
            return None
        reading = dataclasses.replace(parsed, at=self._clock())
        with self._lock:
            self._latest = reading
            if reading.stable:
                self._stable = reading
        self._on_weight(reading)
        return reading


class SerialScale(QObject):
    """The Qt face of a serial scale: `weight(kg, stable)` and `state_changed(state)`, queued
    to the receivers' thread. `last_stable()` is what a "Read from scale" button takes.
    Call `stop()` before quitting."""

    weight = Signal(object, bool)  # Decimal kilograms, stable
    state_changed = Signal(str)

    def __init__(self, settings: SerialSettings, parent: QObject | None = None, *,
                 opener: Opener = serial.Serial):
        super().__init__(parent)
        self.reader = ScaleReader(settings, lambda r: self.weight.emit(r.kg, r.stable),
                                  self.state_changed.emit, opener=opener)

    @property
    def port(self) -> str:
        return self.reader.settings.port

    @property
    def state(self) -> str:
        return self.reader.state

    def last_stable(self) -> Reading | None:
        return self.reader.last_stable

    def latest(self) -> Reading | None:
        return self.reader.latest

    def start(self) -> None:
        self.reader.start()

    def stop(self, timeout: float = 3.0) -> bool:
        return self.reader.stop(timeout)


def settings_from(values: Callable[[str, object], object]) -> SerialSettings | None:
    """Scale settings from a key/value source (QSettings.value-like); None without a port.

    Keys: scale/port, scale/baud, scale/data_bits, scale/parity, scale/stop_bits,
    scale/terminator; the defaults are the scanner's (9600 8N1 CR).
    """
    port = str(values("scale/port", "") or "").strip()
    if not port:
        return None
    return SerialSettings(
        port,
        baudrate=int(str(values("scale/baud", 9600))),
        bytesize=int(str(values("scale/data_bits", 8))),
        parity=str(values("scale/parity", "N")).upper(),
        stopbits=float(str(values("scale/stop_bits", 1))),
        terminator=str(values("scale/terminator", "CR")).upper(),
    )
