"""The serial scale against a real pseudo-terminal: each protocol, motion, garbage, unplugging."""

from __future__ import annotations

import contextlib
import os
import queue
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.scanner.test_serial import Device, wait_for
from workstation.scanner.scale import Reading, ScaleReader, SerialScale, parse_weight, settings_from
from workstation.scanner.serial_reader import SerialSettings


@pytest.fixture
def scale_port(tmp_path: Path) -> Iterator[Device]:
    dev = Device(tmp_path / "ttyScale")
    yield dev
    for fd in (dev.master, dev.slave):
        with contextlib.suppress(OSError):
            os.close(fd)


def run_scale(settings: SerialSettings) -> tuple[ScaleReader, queue.Queue[Reading], list[str]]:
    readings: queue.Queue[Reading] = queue.Queue()
    states: list[str] = []
    scale = ScaleReader(settings, readings.put, states.append)
    scale.start()
    wait_for(lambda: scale.state == "connected")
    return scale, readings, states


def take(readings: queue.Queue[Reading], n: int) -> list[tuple[Decimal, bool]]:
    got = [readings.get(timeout=5) for _ in range(n)]
    return [(r.kg, r.stable) for r in got]


FORMATS = [
    (b"ST,GS,+  1.234kg", Decimal("1.234"), True),   # A&D / CAS, stable gross
    (b"US,GS,+  0.500 kg", Decimal("0.500"), False),  # the same, still moving
    (b"ST,NT,-  0.005kg", Decimal("-0.005"), True),   # net below zero after tare
    (b"+0001.234 kg", Decimal("1.234"), True),
    (b"   1234 g", Decimal("1.234"), True),
    (b"1.234", Decimal("1.234"), True),               # no unit: kilograms
    (b"W:1.234kg", Decimal("1.234"), True),
    (b"S S     2.050 kg", Decimal("2.050"), True),    # Mettler SICS stable
    (b"S D     2.047 kg", Decimal("2.047"), False),   # SICS dynamic
    (b"  0.750 kg ?", Decimal("0.750"), False),       # motion mark
    (b"1,5 kg", Decimal("1.500"), True),              # a decimal comma
    (b"2 lb", Decimal("0.907"), True),
]


@pytest.mark.parametrize(("terminator", "end"), [("CR", b"\r"), ("CRLF", b"\r\n"), ("LF", b"\n")])
def test_each_format_through_a_pty(scale_port: Device, terminator: str, end: bytes) -> None:
    scale, readings, _ = run_scale(SerialSettings(str(scale_port.link), terminator=terminator))
    try:
        # Split across writes as a slow line delivers it, terminator halves included.
        stream = b"".join(line + end for line, _, _ in FORMATS)
        for at in range(0, len(stream), 7):
            scale_port.send(stream[at:at + 7])
        assert take(readings, len(FORMATS)) == [(kg, stable) for _, kg, stable in FORMATS]
    finally:
        assert scale.stop()


def test_unstable_readings_never_become_the_stable_weight(scale_port: Device) -> None:
    scale, readings, _ = run_scale(SerialSettings(str(scale_port.link)))
    try:
        scale_port.send(b"US,GS,+  0.100kg\r")
        take(readings, 1)
        assert scale.last_stable is None and scale.latest is not None
        scale_port.send(b"ST,GS,+  1.234kg\rUS,GS,+  3.000kg\rUS,GS,+  2.900kg\r")
        take(readings, 3)
        assert scale.last_stable is not None and scale.last_stable.kg == Decimal("1.234")
        assert scale.latest is not None and scale.latest.kg == Decimal("2.900")
    finally:
        assert scale.stop()


def test_garbage_is_logged_and_ignored(scale_port: Device, caplog: pytest.LogCaptureFixture) -> None:
    scale, readings, _ = run_scale(SerialSettings(str(scale_port.link), max_line=64))
    try:
        scale_port.send(b"\xff\xfe\x80\x81\rHELLO\rOL,GS,+ 99.99kg\r" + b"9" * 40 + b"\r"
                        + b"#" * 300 + b"\r\x00\x00ST,GS,+  4.321kg\r")
        assert take(readings, 1) == [(Decimal("4.321"), True)]
        assert readings.empty()
    finally:
        assert scale.stop()
    assert "not valid UTF-8" in caplog.text  # the serial reader's own handling
    assert "not a weight, ignored" in caplog.text and "HELLO" in caplog.text
    assert "longer than 64 bytes" in caplog.text
    assert scale.rejected == 3  # HELLO, the overload, the 40 digits


def test_a_scale_that_disappears_and_comes_back(scale_port: Device, caplog: pytest.LogCaptureFixture) -> None:
    scale, readings, states = run_scale(SerialSettings(str(scale_port.link), reconnect_s=0.05))
    try:
        scale_port.send(b"ST,GS,+  1.000kg\r")
        assert take(readings, 1) == [(Decimal("1.000"), True)]
        scale_port.unplug()
        wait_for(lambda: "disconnected" in states)
        scale_port.plug()
        wait_for(lambda: scale.state == "connected" and states.count("connected") == 2)
        scale_port.send(b"ST,GS,+  2.000kg\r")
        assert take(readings, 1) == [(Decimal("2.000"), True)]
        assert "disconnected" in caplog.text
    finally:
        assert scale.stop()
    assert states[-1] == "stopped"


def test_the_qt_scale_emits_weight_on_the_gui_thread(scale_port: Device, qtbot: QtBot) -> None:
    scale = SerialScale(SerialSettings(str(scale_port.link)))
    with qtbot.waitSignal(scale.state_changed, timeout=5000, check_params_cb=lambda s: s == "connected"):
        scale.start()
    try:
        with qtbot.waitSignal(scale.weight, timeout=5000) as blocker:
            scale_port.send(b"US,GS,+  0.500 kg\r")
        assert blocker.args == [Decimal("0.500"), False]
        with qtbot.waitSignal(scale.weight, timeout=5000) as blocker:
            scale_port.send(b"ST,GS,+  0.510 kg\r")
        assert blocker.args == [Decimal("0.510"), True]
        reading = scale.last_stable()
        assert reading is not None and reading.kg == Decimal("0.510")
    finally:
        assert scale.stop()


def test_parse_weight_refuses_what_is_not_a_weight() -> None:
    for line in ("", "kg", "ST,GS,", "OL,GS,+ 9999.9kg", "S +", "1.2.3", "12 stone", "9" * 60):
        assert parse_weight(line) is None, line


def test_settings_from_a_settings_store() -> None:
    assert settings_from(lambda _key, default: default) is None  # no port: no scale
    values = {"scale/port": "/dev/ttyUSB1", "scale/baud": "19200", "scale/parity": "e",
              "scale/terminator": "crlf", "scale/data_bits": "7"}
    got = settings_from(lambda key, default: values.get(key, default))
    assert got == SerialSettings("/dev/ttyUSB1", baudrate=19200, bytesize=7, parity="E", terminator="CRLF")
