"""The serial scanners of this computer as INI keys: each key declared once, read and written here.

One group, `serial_scanners`, holds a Qt settings array (what QSettings.beginWriteArray
writes, readable with plain keys too)::

    [serial_scanners]
    size=2
    1\\port=/dev/ttyACM0
    1\\baud=9600
    1\\suffix=CR
    2\\port=COM3
    2\\suffix=NONE
    2\\idle_ms=80

Plain Python: `values` is any QSettings.value-like callable, so this runs without Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from workstation.scanner.serial_reader import PARITIES, TERMINATORS, SerialSettings

log = logging.getLogger(__name__)

GROUP = "serial_scanners"
MAX_SCANNERS = 16  # more than any bench has ports; bounds a broken `size`


@dataclass(frozen=True)
class Key:
    """One INI key of a serial scanner: its name, the SerialSettings field, type and default."""

    name: str
    field: str
    kind: type
    default: Any
    description: str


KEYS: tuple[Key, ...] = (
    Key("port", "port", str, "", "device path or COM name: /dev/ttyACM0, /dev/serial/by-id/..., COM3"),
    Key("baud", "baudrate", int, 9600, "bits per second, as set on the scanner"),
    Key("data_bits", "bytesize", int, 8, "5, 6, 7 or 8"),
    Key("parity", "parity", str, "N", "N (none), E (even), O (odd), M (mark), S (space)"),
    Key("stop_bits", "stopbits", float, 1, "1, 1.5 or 2"),
    Key("suffix", "terminator", str, "CR", "what ends a code: CR, LF, CRLF, or NONE (a pause)"),
    Key("idle_ms", "idle_ms", int, 100, "suffix NONE: a code ends after this many quiet milliseconds"),
)
SUFFIXES = tuple(TERMINATORS)
PARITY_NAMES = tuple(PARITIES)
BAUD_RATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)

Values = Callable[[str, object], object]


def _convert(key: Key, raw: object) -> Any:
    text = str(raw).strip()
    if key.kind is str:
        return text if key.name == "port" else text.upper()
    if key.kind is float:
        value = float(text)
        return int(value) if value.is_integer() else value
    return int(text)


def entry_from(values: Values, prefix: str) -> SerialSettings:
    """One scanner from the keys under `prefix` ("serial_scanners/1/"); ValueError when a value is wrong."""
    fields: dict[str, Any] = {}
    for key in KEYS:
        raw = values(prefix + key.name, key.default)
        try:
            fields[key.field] = _convert(key, key.default if raw is None or raw == "" else raw)
        except ValueError:
            raise ValueError(f"{prefix}{key.name} = {raw!r} is not a valid value ({key.description})") from None
    if not fields["port"]:
        raise ValueError(f"{prefix}port is empty")
    return SerialSettings(**fields)


def scanners_from(values: Values) -> tuple[list[SerialSettings], list[str]]:
    """Every serial scanner in the INI, and what was wrong with the entries that were left out."""
    try:
        size = min(int(str(values(f"{GROUP}/size", 0) or 0)), MAX_SCANNERS)
    except ValueError:
        return [], [f"{GROUP}/size is not a number"]
    scanners: list[SerialSettings] = []
    problems: list[str] = []
    ports: set[str] = set()
    for n in range(1, size + 1):
        try:
            entry = entry_from(values, f"{GROUP}/{n}/")
        except ValueError as exc:
            problems.append(str(exc))
            continue
        if entry.port in ports:
            problems.append(f"{GROUP}/{n}/port: {entry.port} is configured twice")
            continue
        ports.add(entry.port)
        scanners.append(entry)
    for problem in problems:
        log.warning("serial scanner left out: %s", problem)
    return scanners, problems


def scanners_to(scanners: list[SerialSettings]) -> dict[str, object]:
    """The keys that describe `scanners` (after removing the group, write exactly these)."""
    out: dict[str, object] = {f"{GROUP}/size": len(scanners)}
    for n, entry in enumerate(scanners, start=1):
        for key in KEYS:
            value = getattr(entry, key.field)
            if key.name == "idle_ms" and entry.terminator != "NONE":
                continue  # meaningless with a suffix; not written, so the INI says only what counts
            out[f"{GROUP}/{n}/{key.name}"] = f"{value:g}" if isinstance(value, float) else value
    return out
