"""The receiving mode is remembered between starts: the window as app.py composes it, twice, on one INI file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.engine import World
from workstation.app import _build_window
from workstation.runner.tasks import TaskRunner
from workstation.ui.errors import ErrorReporter


def start(qtbot: QtBot, world: World, ini: Path):  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    reporter = ErrorReporter(None)
    reporter.interactive = False
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    window, stop = _build_window(QApplication.instance(), world.core, runner, settings, "test db", reporter)
    qtbot.addWidget(window)
    return window, stop, runner, settings


def test_receiving_mode_is_remembered_between_starts(qtbot: QtBot, world: World, tmp_path: Path) -> None:
    ini = tmp_path / "workstation.ini"
    window, stop, runner, settings = start(qtbot, world, ini)
    try:
        assert window.warehouse_pane.receiving_mode.isChecked()  # the default on a first start
        window.warehouse_pane.receiving_mode.setChecked(False)
    finally:
        stop()
        runner.shutdown()
        settings.sync()
        window.close()
    assert QSettings(str(ini), QSettings.Format.IniFormat).value("warehouse/receiving_mode", type=bool) is False
    window, stop, runner, settings = start(qtbot, world, ini)  # the next start
    try:
        assert not window.warehouse_pane.receiving_mode.isChecked()
        window.warehouse_pane.receiving_mode.setChecked(True)
    finally:
        stop()
        runner.shutdown()
        settings.sync()
        window.close()
    window, stop, runner, _settings = start(qtbot, world, ini)
    try:
        assert window.warehouse_pane.receiving_mode.isChecked()
    finally:
        stop()
        runner.shutdown()
