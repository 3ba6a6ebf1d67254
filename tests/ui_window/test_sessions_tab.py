"""The Sessions tab of the settings dialog, in the composed window (issue 15, point 7): it
follows the provider chosen at the top, and "Start synchronisation" synchronises the selected
account now through the same background timer the window runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.engine import ACCOUNT, World
from tests.helpers.sessions import webengine
from workstation.app import _build_window
from workstation.runner.tasks import TaskRunner
from workstation.ui.errors import ErrorReporter
from workstation.ui.panes.sessions import SessionsPane

pytestmark = [webengine, pytest.mark.slow]
WAIT = 20_000


def test_the_sessions_tab_follows_the_provider_and_starts_a_synchronisation(
        qtbot: QtBot, world: World, tmp_path: Path) -> None:
    app = QApplication.instance()
    runner = TaskRunner()
    reporter = ErrorReporter(None)
    reporter.interactive = False
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window, stop = _build_window(app, world.core, runner, settings, "test db", reporter)
    qtbot.addWidget(window)
    window.show()
    try:
        window.settings_action.trigger()
        dialog = window.settings_dialog
        assert dialog is not None
        pane = dialog.sessions_widget
        assert isinstance(pane, SessionsPane)
        dialog.tabs.setCurrentWidget(pane)  # the user opens the Sessions tab
        dialog.chooser.setCurrentIndex(dialog.chooser.findData("taobao"))
        qtbot.waitUntil(lambda: {r.provider for r in pane.model.rows()} == {"taobao"}, timeout=WAIT)
        dialog.chooser.setCurrentIndex(dialog.chooser.findData("1688"))
        qtbot.waitUntil(lambda: {r.provider for r in pane.model.rows()} == {"1688"}, timeout=WAIT)

        row = next(i for i, r in enumerate(pane.model.rows()) if r.account == ACCOUNT["1688"])
        pane.view.selectRow(row)
        assert pane.sync_button.isVisible() and pane.sync_button.isEnabled()
        before = len(world.core.activities.list(kind="sync", account=ACCOUNT["1688"]))
        pane.sync_button.click()
        qtbot.waitUntil(lambda: "started" in pane.status.text(), timeout=WAIT)
        qtbot.waitUntil(lambda: len(world.core.activities.list(kind="sync", account=ACCOUNT["1688"])) == before + 1,
                        timeout=WAIT)
        dialog.reject()
    finally:
        stop()
        runner.shutdown()
