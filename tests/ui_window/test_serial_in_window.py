"""A serial scanner set up through Settings -> Scanners in the window app.py composes: its codes
reach the Warehouse pane, and an unplugged port shows in the status bar until it comes back."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.db import FIXED_NOW
from tests.helpers.engine import World
from tests.helpers.ui_settings import type_text
from tests.scanner.test_serial import Device
from workstation.app import _build_window
from workstation.runner.tasks import TaskRunner
from workstation.services import demo
from workstation.services.orders import LineFilter
from workstation.ui.dialogs.settings import SettingsDialog
from workstation.ui.errors import ErrorReporter
from workstation.ui.serial_scanners import SerialStatusLabel


def test_a_serial_scanner_set_up_in_settings_feeds_the_warehouse_pane(
        qtbot: QtBot, world: World, tmp_path: Path) -> None:
    core = world.core
    demo.generate(core.db, orders=40, now=FIXED_NOW)
    waybills = sorted({li.vend_purch_waybill for li in core.orders.list_lines(LineFilter(), 0, 500)
                       if li.vend_purch_waybill and li.status == "sent_by_seller"})
    first, second = waybills[0], waybills[1]
    expected = {li.id for li in core.orders.lookup(first).lines}
    expected_second = {li.id for li in core.orders.lookup(second).lines}

    app = QApplication.instance()
    runner = TaskRunner()
    reporter = ErrorReporter(None)
    reporter.interactive = False
    ini = tmp_path / "ui.ini"
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    window, stop = _build_window(app, core, runner, settings, "test db", reporter)
    qtbot.addWidget(window)
    window.show()
    device = Device(tmp_path / "ttyScanner")
    port = str(device.link)
    try:
        qtbot.waitUntil(lambda: window.orders_pane.orders_model.total > 0, timeout=10_000)
        status = window.statusBar().findChild(SerialStatusLabel)
        assert status is not None and status.isHidden()  # no serial scanner yet: nothing to say

        # Settings -> Scanners, as a person does it: Add, type the port, Save
        window.settings_action.trigger()
        dialog = window.settings_dialog
        assert isinstance(dialog, SettingsDialog) and dialog.scanners_page is not None
        page = dialog.scanners_page
        bar = dialog.tabs.tabBar()
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(dialog.tabs.indexOf(page)).center())
        assert dialog.tabs.currentWidget() is page
        qtbot.waitUntil(lambda: not page.listing_ports, timeout=5000)
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        line = page.port.lineEdit()
        line.selectAll()
        qtbot.keyClick(line, Qt.Key.Key_Delete)
        # pasted, as a path usually is: typed at QTest speed the keyboard wedge would take it for
        # a scan (issue 14, item 1, tuned in the wedge, not here)
        type_text(line, port)
        assert page.drafts[0].port == port
        with qtbot.waitSignal(dialog.saved, timeout=10_000):
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert QSettings(str(ini), QSettings.Format.IniFormat).value("serial_scanners/1/port") == port
        qtbot.waitUntil(lambda: page.model.index(0, 2).data() == "connected", timeout=10_000)
        dialog.close()

        # a code written to the port: the Warehouse pane shows its lines, as for the wedge
        router = window.warehouse_pane.router
        outcomes: list[tuple[str, str]] = []
        router.outcome.connect(lambda o: outcomes.append((o.code, o.source)))
        warehouse = window.warehouse_pane
        device.send(first.encode() + b"\r")
        qtbot.waitUntil(lambda: {r.line.id for r in warehouse.receiving.model.rows()} == expected
                        and window.panes.currentWidget() is warehouse, timeout=20_000)
        assert outcomes == [(first, "serial")]
        with qtbot.waitSignal(router.duplicate, timeout=5_000):
            device.send(first.encode() + b"\r")  # the scanner read the same label again at once
        assert outcomes == [(first, "serial"), (first, "serial")]
        outcomes.clear()

        # unplugged: the status bar says so and keeps trying
        device.unplug()
        qtbot.waitUntil(lambda: not status.isHidden(), timeout=10_000)
        assert status.text().startswith("Scanner ") and status.text().endswith(": disconnected, retrying")
        assert port in status.toolTip()
        assert status.fontMetrics().horizontalAdvance(status.text()) < 420  # fits beside the sync summary

        # plugged back in (the same name, a new device): the message goes, codes flow again
        device.plug()
        qtbot.waitUntil(status.isHidden, timeout=10_000)
        device.send(second.encode() + b"\r")
        qtbot.waitUntil(lambda: {r.line.id for r in warehouse.receiving.model.rows()} == expected_second,
                        timeout=20_000)
        assert outcomes == [(second, "serial")]
        # every serial scan is on record in the scan journal, the repeat as a duplicate
        journal = [(r.code, r.source, r.verdict) for r in reversed(router.scans.list())]
        assert journal == [(first, "serial", "found"), (first, "serial", "duplicate"),
                           (second, "serial", "found")]
        assert reporter.shown == []
    finally:
        stop()
        runner.shutdown()
        for fd in (device.master, device.slave):
            with contextlib.suppress(OSError):
                os.close(fd)
