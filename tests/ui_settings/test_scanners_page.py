"""Settings -> Scanners with real pseudo-terminals: add a serial scanner, Save, it reads; Test
reads one code while the running reader steps aside; wrong entries are refused."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from tests.helpers.ui_settings import OpenDialog, save, save_refused
from tests.scanner.test_serial import Device
from workstation.runner.tasks import TaskRunner
from workstation.ui.dialogs.settings import SettingsDialog
from workstation.ui.dialogs.settings.scanners import PortInfo, ScannersPage
from workstation.ui.serial_scanners import SerialScanners, SerialStatusLabel


@pytest.fixture
def ini(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "workstation.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def scanners(ini: QSettings) -> Iterator[SerialScanners]:
    manager = SerialScanners(ini)
    yield manager
    assert manager.stop()


@pytest.fixture
def device(tmp_path: Path) -> Iterator[Device]:
    dev = Device(tmp_path / "ttyScanner")
    yield dev
    for fd in (dev.master, dev.slave):
        with contextlib.suppress(OSError):
            os.close(fd)


OpenPage = Callable[..., tuple[SettingsDialog, ScannersPage]]


@pytest.fixture
def open_page(qtbot: QtBot, open_dialog: OpenDialog, scanners: SerialScanners, runner: TaskRunner) -> OpenPage:
    """The settings dialog as the main window opens it, on its Scanners page, ports listed."""

    def open_(ports: Sequence[PortInfo] = ()) -> tuple[SettingsDialog, ScannersPage]:
        dialog = open_dialog(scanners_page_factory=lambda: ScannersPage(scanners, runner,
                                                                        list_ports=lambda: list(ports)))
        page = dialog.scanners_page
        assert page is not None
        dialog.show_page("scanners")
        qtbot.waitUntil(lambda: not page.listing_ports, timeout=5000)
        return dialog, page

    return open_


def type_port(qtbot: QtBot, page: ScannersPage, port: str) -> None:
    line = page.port.lineEdit()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, port)


def wait_connected(qtbot: QtBot, scanners: SerialScanners, port: str) -> None:
    qtbot.waitUntil(lambda: scanners.state(port) == "connected", timeout=5000)


def test_an_empty_machine_says_what_to_do(open_page: OpenPage) -> None:
    dialog, page = open_page(ports=[])
    assert dialog.tabs.currentWidget() is page
    assert page.list_stack.currentWidget() is page.empty and page.empty.isVisible()
    assert "No serial scanner is set up" in page.empty.text()
    assert "No serial port was found on this computer" in page.empty.text()
    assert page.editor.isHidden() and not page.remove_button.isEnabled()
    assert not page.is_dirty()
    page.add_button.click()  # a port can still be typed
    assert page.editor.isVisible() and page.port.currentText() == ""
    assert "No serial port found" in page.ports_hint.text()


def test_the_machine_ports_are_offered(open_page: OpenPage) -> None:
    _dialog, page = open_page(ports=[PortInfo("/dev/ttyACM0", "Honeywell 1900"), PortInfo("/dev/ttyS0")])
    assert [page.port.itemText(i) for i in range(page.port.count())] == ["/dev/ttyACM0", "/dev/ttyS0"]
    assert page.port.itemData(0, Qt.ItemDataRole.ToolTipRole) == "Honeywell 1900"
    assert "No serial port was found" not in page.empty.text()
    page.add_button.click()
    assert page.ports_hint.text().startswith("Honeywell 1900. 2 port(s) on this computer")
    page.add_button.click()
    assert [d.port for d in page.drafts] == ["/dev/ttyACM0", "/dev/ttyS0"]  # each Add takes a free one
    assert page.list_stack.currentWidget() is page.view and page.editor.isVisible()
    assert page.ports_hint.text().startswith("2 port(s)")  # /dev/ttyS0 has no description


def test_a_scanner_set_up_and_saved_reads_codes(qtbot: QtBot, open_page: OpenPage, scanners: SerialScanners,
                                                ini: QSettings, device: Device) -> None:
    dialog, page = open_page(ports=[PortInfo("/dev/ttyS0")])
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    type_port(qtbot, page, str(device.link))
    page.baud.lineEdit().selectAll()
    qtbot.keyClicks(page.baud.lineEdit(), "19200")
    page.suffix.setCurrentIndex(page.suffix.findData("LF"))
    assert page.model.index(0, 1).data() == "19200 8N1 LF"
    assert page.model.index(0, 2).data() == "not saved"
    save(qtbot, dialog)
    assert str(ini.value("serial_scanners/size")) == "1"
    assert ini.value("serial_scanners/1/port") == str(device.link)
    assert str(ini.value("serial_scanners/1/baud")) == "19200" and ini.value("serial_scanners/1/suffix") == "LF"
    wait_connected(qtbot, scanners, str(device.link))
    qtbot.waitUntil(lambda: page.model.index(0, 2).data() == "connected", timeout=5000)
    assert not page.is_dirty()

    with qtbot.waitSignal(scanners.scanned, timeout=5000) as blocker:
        device.send(b"SF1023574470215\n")
    assert blocker.args == ["SF1023574470215"]

    # what was saved is there the next time the dialog opens
    dialog.close()
    _again, page = open_page()
    assert [d.settings().framing for d in page.drafts] == ["19200 8N1 LF"]

    # switching to "a pause ends the code" restarts the reader with it, without a restart of the program
    page.suffix.setCurrentIndex(page.suffix.findData("NONE"))
    assert page.idle.isEnabled()
    page.idle.setValue(80)
    save(qtbot, _again)
    assert str(ini.value("serial_scanners/1/idle_ms")) == "80"
    qtbot.waitUntil(lambda: getattr(scanners.running(str(device.link)), "terminator", "") == "NONE"
                    and scanners.state(str(device.link)) == "connected", timeout=5000)
    with qtbot.waitSignal(scanners.scanned, timeout=5000) as blocker:
        device.send(b"YT7730001")
    assert blocker.args == ["YT7730001"]

    # removed and saved: the port is let go
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert page.list_stack.currentWidget() is page.empty
    with qtbot.waitSignal(scanners.port_released, timeout=5000):
        save(qtbot, _again)
    assert str(ini.value("serial_scanners/size")) == "0" and scanners.ports == []


def test_a_scanner_without_a_port_is_refused(qtbot: QtBot, open_page: OpenPage, ini: QSettings) -> None:
    dialog, page = open_page(ports=[])
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog.show_page("integration")
    save_refused(qtbot, dialog)
    assert dialog.tabs.currentWidget() is page  # brought to the page at fault
    assert "Choose a port" in page.port_row.message
    assert ini.value("serial_scanners/size") is None  # nothing written


def test_the_same_port_twice_is_refused(qtbot: QtBot, open_page: OpenPage, ini: QSettings) -> None:
    dialog, page = open_page(ports=[PortInfo("/dev/ttyS0")])
    for _ in range(2):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        type_port(qtbot, page, "COM3")
    save_refused(qtbot, dialog)
    assert "set up twice" in page.port_row.message
    assert ini.value("serial_scanners/size") is None


def test_test_reads_the_next_code_while_the_running_reader_steps_aside(
        qtbot: QtBot, open_page: OpenPage, scanners: SerialScanners, device: Device) -> None:
    dialog, page = open_page()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    type_port(qtbot, page, str(device.link))
    save(qtbot, dialog)
    port = str(device.link)
    wait_connected(qtbot, scanners, port)

    taken_by_the_router: list[str] = []
    scanners.scanned.connect(taken_by_the_router.append)
    with qtbot.waitSignal(scanners.port_released, timeout=5000):
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert page.test_button.text() == "Stop test"
    qtbot.waitUntil(lambda: "Listening on" in page.test_result.text(), timeout=5000)
    with qtbot.waitSignal(page.test_finished, timeout=5000) as blocker:
        device.send(b"JT0001234567\r")
    assert blocker.args == ["JT0001234567"]
    assert "Read: JT0001234567 (12 characters)" in page.test_result.text()
    assert page.test_button.text() == "Test"

    # the configured reader takes the port back; the code the test read never reached the router
    qtbot.waitUntil(lambda: scanners.running(port) is not None, timeout=5000)
    wait_connected(qtbot, scanners, port)
    with qtbot.waitSignal(scanners.scanned, timeout=5000):
        device.send(b"AFTER0001\r")
    assert taken_by_the_router == ["AFTER0001"]


def test_testing_a_port_that_is_not_there_says_so(qtbot: QtBot, open_page: OpenPage, tmp_path: Path) -> None:
    _dialog, page = open_page()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    type_port(qtbot, page, str(tmp_path / "ttyNothing"))
    with qtbot.waitSignal(page.test_finished, timeout=5000) as blocker:
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [""]
    assert page.test_result.text().startswith(f"Cannot open {tmp_path / 'ttyNothing'}: ")
    assert "No such file" in page.test_result.text()


def test_the_status_bar_label_follows_the_port(qtbot: QtBot, scanners: SerialScanners, tmp_path: Path) -> None:
    from workstation.scanner.serial_reader import SerialSettings

    label = SerialStatusLabel(scanners)
    qtbot.addWidget(label)
    link = tmp_path / ("serial-by-id-usb-Honeywell_Imaging_Metrology_1900GSR-2_18094B2C3A-if00" * 2)
    scanners.restart([SerialSettings(str(link), reconnect_s=0.05, reconnect_max_s=0.2)])
    qtbot.waitUntil(lambda: not label.isHidden(), timeout=5000)
    assert label.text().startswith("Scanner ") and label.text().endswith(": disconnected, retrying")
    assert "…" in label.text() and label.fontMetrics().horizontalAdvance(label.text()) < 450
    assert str(link) in label.toolTip()
    master, slave = os.openpty()
    try:
        link.symlink_to(os.ttyname(slave))
        qtbot.waitUntil(label.isHidden, timeout=5000)
        assert scanners.state(str(link)) == "connected" and scanners.problems() == []
    finally:
        os.close(master)
        os.close(slave)


def test_the_same_code_again_at_once_is_a_duplicate(qtbot: QtBot, ini: QSettings, device: Device) -> None:
    from workstation.scanner.serial_reader import SerialSettings

    now = [100.0]
    scanners = SerialScanners(ini, clock=lambda: now[0])
    try:
        scanners.restart([SerialSettings(str(device.link))])
        wait_connected(qtbot, scanners, str(device.link))
        got: list[tuple[str, str]] = []
        scanners.scanned.connect(lambda code: got.append(("scan", code)))
        scanners.duplicate.connect(lambda code: got.append(("duplicate", code)))
        device.send(b"SF1\rSF1\r")
        qtbot.waitUntil(lambda: len(got) == 2, timeout=5000)
        now[0] += 2.0  # past the window: the same parcel scanned again on purpose
        device.send(b"SF1\r")
        qtbot.waitUntil(lambda: len(got) == 3, timeout=5000)
        assert got == [("scan", "SF1"), ("duplicate", "SF1"), ("scan", "SF1")]
    finally:
        assert scanners.stop()


def test_the_scanners_model_passes_the_model_tester(open_page: OpenPage, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    _dialog, page = open_page(ports=[PortInfo("/dev/ttyS0")])
    page.add_button.click()
    qtmodeltester.check(page.model)
