"""The whole window as app.py composes it (`_build_window`), for tests of the joins between panes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from workstation.ui.errors import ErrorReporter


@dataclass
class Composed:
    window: Any  # workstation.ui.mainwindow.MainWindow
    reporter: ErrorReporter  # `reporter.shown`: what would have been shown as an unexpected error
    settings: QSettings
    runner: Any  # workstation.runner.tasks.TaskRunner


@contextmanager
def composed_window(qtbot: QtBot, core: Any, ini: Path) -> Iterator[Composed]:
    """The window over `core`, shown, with its own task runner and `ini` as workstation.ini;
    everything beside it stopped afterwards, as app.py stops it at quit."""
    from workstation.app import _build_window
    from workstation.runner.tasks import TaskRunner

    runner = TaskRunner()
    reporter = ErrorReporter(None)
    reporter.interactive = False
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    window, stop = _build_window(QApplication.instance(), core, runner, settings, "test db", reporter)
    qtbot.addWidget(window)
    window.show()
    try:
        yield Composed(window, reporter, settings, runner)
    finally:
        stop()
        runner.shutdown()
