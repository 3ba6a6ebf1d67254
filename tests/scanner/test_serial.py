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
