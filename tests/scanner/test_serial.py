"""The serial reader against a real pseudo-terminal: terminators, unplugging, garbage bytes."""

from __future__ import annotations

import contextlib
import os
import queue
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from workstation.scanner.serial_reader import (
    LineSplitter,
    SerialReader,
    SerialScanner,
    SerialSettings,
)


class Device:
    """A pty pair whose slave is reached through a stable symlink, so it can vanish and return."""

    def __init__(self, link: Path):
        self.link = link
        self.master = -1
        self.slave = -1
        self.plug()

    def plug(self) -> None:
        self.master, self.slave = os.openpty()
        if self.link.is_symlink():
            self.link.unlink()
        self.link.symlink_to(os.ttyname(self.slave))

    def unplug(self) -> None:
        self.link.unlink()
        os.close(self.master)
        os.close(self.slave)

    def send(self, data: bytes) -> None:
        os.write(self.master, data)


@pytest.fixture
def device(tmp_path: Path) -> Iterator[Device]:
    dev = Device(tmp_path / "ttyScanner")
    yield dev
    for fd in (dev.master, dev.slave):
        with contextlib.suppress(OSError):
            os.close(fd)


def wait_for(predicate, timeout: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    # A plain thread has no Qt event loop to wait on: poll the condition with a deadline.
    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            raise AssertionError("condition not met in time")
        time.sleep(0.01)


def run_reader(settings: SerialSettings) -> tuple[SerialReader, queue.Queue[str], list[str]]:
    codes: queue.Queue[str] = queue.Queue()
    states: list[str] = []
    reader = SerialReader(settings, codes.put, states.append)
    reader.start()
    wait_for(lambda: reader.state == "connected")
    return reader, codes, states


def take(codes: queue.Queue[str], n: int) -> list[str]:
    return [codes.get(timeout=5) for _ in range(n)]


@pytest.mark.parametrize(("terminator", "end"), [("CR", b"\r"), ("LF", b"\n"), ("CRLF", b"\r\n")])
def test_each_terminator(device: Device, terminator: str, end: bytes) -> None:
    reader, codes, _ = run_reader(SerialSettings(str(device.link), terminator=terminator))
    try:
        device.send(b"SF1023574470215" + end + b"]C0YT12345" + end[:1])
        device.send(end[1:] + b"7730" + end)
        assert take(codes, 3) == ["SF1023574470215", "YT12345", "7730"]
    finally:
        assert reader.stop()


def test_a_device_that_disappears_and_comes_back(device: Device, caplog: pytest.LogCaptureFixture) -> None:
    reader, codes, states = run_reader(SerialSettings(str(device.link), reconnect_s=0.05))
    try:
        device.send(b"BEFORE01\r")
        assert take(codes, 1) == ["BEFORE01"]
        device.unplug()
        wait_for(lambda: "disconnected" in states)
        device.plug()
        wait_for(lambda: reader.state == "connected" and states.count("connected") == 2)
        device.send(b"AFTER001\r")
        assert take(codes, 1) == ["AFTER001"]
        assert "disconnected" in caplog.text
    finally:
        assert reader.stop()
    assert states[-1] == "stopped"


def test_garbage_is_logged_and_good_codes_survive(device: Device, caplog: pytest.LogCaptureFixture) -> None:
    reader, codes, _ = run_reader(SerialSettings(str(device.link), max_line=64))
    try:
        device.send(b"GOOD0001\r\xff\xfe\x80bad\rGOOD0002\r" + b"X" * 200 + b"\rGOOD0003\r")
        device.send(b"\x00\x00GOOD0004\r\x01\x02\r01046\x1d21AB\r")
        assert take(codes, 5) == ["GOOD0001", "GOOD0002", "GOOD0003", "GOOD0004", "01046\x1d21AB"]
        assert codes.empty()
    finally:
        assert reader.stop()
    assert "not valid UTF-8" in caplog.text
    assert "longer than 64 bytes" in caplog.text
    assert "control characters" in caplog.text


def test_a_missing_port_is_retried_without_a_crash(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    states: list[str] = []
    reader = SerialReader(SerialSettings(str(tmp_path / "nothing"), reconnect_s=0.02), print, states.append)
    reader.start()
    wait_for(lambda: "disconnected" in states)
    assert reader.stop()
    assert caplog.text.count("cannot be opened") == 1  # said once, not every retry


def test_the_splitter_alone() -> None:
    splitter = LineSplitter(SerialSettings("x", terminator="CRLF", max_line=8))
    assert splitter.feed(b"AB") == []
    assert splitter.feed(b"CD\r") == []
    assert splitter.feed(b"\nEF\r\n") == ["ABCD", "EF"]
    assert splitter.feed(b"123456789012") == []  # overlong: skipped up to its end
    assert splitter.feed(b"345\r\nOK\r\n") == ["OK"]


def test_settings_are_checked() -> None:
    with pytest.raises(ValueError):
        SerialSettings("x", terminator="ETX")
    with pytest.raises(ValueError):
        SerialSettings("x", parity="Q")


def test_the_qt_wrapper_delivers_on_the_gui_thread(device: Device, qtbot: QtBot) -> None:
    scanner = SerialScanner(SerialSettings(str(device.link)))
    with qtbot.waitSignal(scanner.state_changed, timeout=5000,
                          check_params_cb=lambda s: s == "connected"):
        scanner.start()
    try:
        with qtbot.waitSignal(scanner.scanned, timeout=5000) as blocker:
            device.send(b"JT1234567890123\r")
        assert blocker.args == ["JT1234567890123"]
    finally:
        assert scanner.stop()


def test_no_suffix_a_pause_ends_the_code(device: Device) -> None:
    reader, codes, _ = run_reader(SerialSettings(str(device.link), terminator="NONE", idle_ms=60))
    try:
        device.send(b"SF10235")
        device.send(b"74470215")  # one code in two writes: no pause between them
        assert take(codes, 1) == ["SF1023574470215"]
        device.send(b"YT7730\r\n")  # a stray CR LF from a scanner set half-way is trimmed
        assert take(codes, 1) == ["YT7730"]
        assert codes.empty()
    finally:
        assert reader.stop()


def test_the_pause_between_reopen_attempts_grows_to_its_limit(tmp_path: Path) -> None:
    attempts: list[float] = []

    def opener(**_kwargs: object) -> None:
        attempts.append(time.monotonic())
        raise OSError("no such device")

    states: list[str] = []
    reader = SerialReader(SerialSettings(str(tmp_path / "gone"), reconnect_s=0.02, reconnect_max_s=0.1),
                          print, states.append, opener=opener)
    reader.start()
    wait_for(lambda: len(attempts) >= 7)
    assert reader.stop()
    gaps = [b - a for a, b in zip(attempts, attempts[1:], strict=False)][:6]
    # an Event.wait never returns early, so each gap is at least its pause: 0.02, 0.04, 0.08, then 0.1
    for gap, pause in zip(gaps, (0.02, 0.04, 0.08, 0.1, 0.1, 0.1), strict=True):
        assert gap >= pause * 0.95
    assert reader.last_error == "no such device"
    assert set(states) == {"connecting", "disconnected", "stopped"}


def test_settings_read_from_and_written_to_ini_keys() -> None:
    from workstation.scanner.serial_config import scanners_from, scanners_to

    first = SerialSettings("/dev/ttyACM0", baudrate=115200, parity="E", stopbits=2, terminator="LF")
    second = SerialSettings("COM3", bytesize=7, stopbits=1.5, terminator="NONE", idle_ms=80)
    keys = scanners_to([first, second])
    assert keys["serial_scanners/size"] == 2
    assert keys["serial_scanners/2/stop_bits"] == "1.5" and "serial_scanners/1/idle_ms" not in keys
    read, problems = scanners_from(lambda key, default: keys.get(key, default))
    assert read == [first, second] and problems == []

    # one wrong entry is left out with its reason; the others still run
    keys.update({"serial_scanners/size": 4, "serial_scanners/3/port": "/dev/ttyUSB0",
                 "serial_scanners/3/baud": "fast", "serial_scanners/4/port": "COM3"})
    read, problems = scanners_from(lambda key, default: keys.get(key, default))
    assert read == [first, second]
    assert "serial_scanners/3/baud" in problems[0] and "configured twice" in problems[1]
    assert scanners_from(lambda key, default: default) == ([], [])


def test_framing_reads_as_the_scanner_manual_says_it() -> None:
    assert SerialSettings("x").framing == "9600 8N1 CR"
    assert SerialSettings("x", baudrate=19200, bytesize=7, parity="E", stopbits=1.5,
                          terminator="NONE", idle_ms=80).framing == "19200 7E1.5 idle 80 ms"
    with pytest.raises(ValueError):
        SerialSettings("x", terminator="NONE", idle_ms=0)
