"""Real key events into the real bind dialog and the test-scanner page, with the wedge watching:
a person types at any speed into a dialog; a slow scanner is learnt and then found."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from tests.helpers.engine import World, plain_items, world  # noqa: F401 - fixture
from tests.keys import Keyboard
from tests.scanner.test_wedge import timed_scan
from workstation.runner.tasks import TaskRunner
from workstation.scanner.burst import BurstSettings
from workstation.scanner.wedge import WedgeScanner
from workstation.ui.dialogs.bind import BindDialog
from workstation.ui.panes.warehouse.scanner_test import ScannerTestPage

CODE = "SF6585419100499"


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    made = TaskRunner()
    yield made
    made.shutdown()


def test_typing_into_the_bind_dialog_lands_in_its_field_at_any_speed(
        qtbot: QtBot, qapp: QApplication, world: World, runner: TaskRunner) -> None:  # noqa: F811 - fixture
    oid = world.add_order("1688", [(plain_items("1688")[0], 0, 1, None)])
    wedge = WedgeScanner(BurstSettings(), platform="xcb")
    wedge.install(qapp)
    scans: list[str] = []
    in_field: list[str] = []
    wedge.scanned.connect(scans.append)
    wedge.scanned_in_field.connect(in_field.append)
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        dialog = BindDialog(world.core.purchase, runner, oid, "1688", world.core.sessions.list("1688"),
                            parent=window)
        dialog.open()  # window-modal, as the Purchase pane opens it
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: wedge.watches(dialog.windowHandle()), timeout=5000)
        kb = Keyboard()

        seen: list[str] = []
        wedge.key_seen.connect(lambda key: seen.append(key.text))
        kb.type(dialog.number, "231000000015000045", gap=30)  # a person typing fast
        qtbot.waitUntil(lambda: dialog.number.text() == "231000000015000045", timeout=5000)
        assert "".join(seen) == "231000000015000045"  # the wedge saw every key, and let it through
        dialog.number.clear()
        kb.now += 800
        kb.type(dialog.number, "231000000015000046", gap=5)  # faster than any person: still typing
        assert dialog.number.text() == "231000000015000046"  # at once: nothing is held in a dialog
        assert scans == [] and in_field == [] and dialog.isVisible()

        # a scanner into the dialog: the code stays in the field, its Enter does not press Bind
        dialog.number.clear()
        timed_scan(kb, dialog.number, "231000000015000047", pauses={7: 90}, enter_after=80)
        assert dialog.number.text() == "231000000015000047" and dialog.isVisible()
        assert in_field == ["231000000015000047"] and scans == []

        # the person's own Enter binds, with the number as it stands in the field
        assert dialog.bind_button.isDefault()  # Enter in the field binds; it never cancels
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            kb.press(dialog.number, "\r", gap=700)
        assert dialog.activity_id and world.core.activities.get(dialog.activity_id)
    finally:
        wedge.uninstall(qapp)


def test_learning_from_my_scanner_then_its_scans_are_found(qtbot: QtBot, qapp: QApplication,
                                                           tmp_path: Path) -> None:
    ini_path = str(tmp_path / "workstation.ini")
    wedge = WedgeScanner.from_ini(QSettings(ini_path, QSettings.Format.IniFormat))
    wedge.install(qapp)
    scans: list[str] = []
    wedge.scanned.connect(scans.append)
    try:
        page = ScannerTestPage()
        qtbot.addWidget(page)
        page.resize(1100, 560)
        page.attach(wedge)
        page.show()
        qtbot.waitExposed(page)
        kb = Keyboard()
        slow = ({2: 160}, {9: 260}, {})  # a wireless scanner: pauses, and a slow Enter
        timed_scan(kb, page.try_field, CODE, gap=12, pauses=slow[1], enter_after=300)
        qtbot.waitUntil(lambda: page.try_field.text() == CODE + "", timeout=5000)
        assert scans == [] or CODE not in scans  # with the defaults it leaks into the field

        page.learn.start_button.click()
        page.try_field.clear()
        for pauses in slow:
            timed_scan(kb, page.try_field, CODE, gap=12, pauses=pauses, enter_after=300)
        qtbot.waitUntil(lambda: page.learn.proposal is not None, timeout=5000)
        proposal = page.learn.proposal
        assert proposal is not None and proposal.code == CODE
        assert "Measured on " + CODE in page.learn.status.text()
        assert page.learn.apply_button.isVisible()

        page.learn.apply_button.click()
        assert wedge.settings == proposal.settings
        assert f"then at most {int(proposal.settings.max_gap_ms)} ms" in page.settings_label.text()
        kept = QSettings(ini_path, QSettings.Format.IniFormat)
        assert float(kept.value("scanner/max_pause_ms")) == proposal.settings.max_pause_ms
        assert float(kept.value("scanner/enter_pause_ms")) == proposal.settings.enter_pause_ms

        page.try_field.clear()
        scans.clear()
        for pauses in slow:
            timed_scan(kb, page.try_field, CODE, gap=12, pauses=pauses, enter_after=300)
            kb.now += 2000  # past the duplicate window
        assert scans == [CODE] * 3 and page.try_field.text() == ""
        kb.type(page.try_field, "231000000015000045", gap=30)  # and a person is still a person
        qtbot.waitUntil(lambda: page.try_field.text() == "231000000015000045", timeout=5000)
        assert scans == [CODE] * 3
    finally:
        wedge.uninstall(qapp)
