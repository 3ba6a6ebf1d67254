"""Unexpected errors: logged with their traceback and shown with "Copy details", not fatal.

Installed as `sys.excepthook`; Qt's own messages go to logging too. GUI thread only for
the dialog; an error on another thread is logged and shown when the GUI thread gets it.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from workstation.logsetup import redact, tail

log = logging.getLogger("workstation.errors")


class ErrorReporter:
    """Shows each distinct unexpected error once per run, with copyable details."""

    def __init__(self, log_file: Path | None, parent: Callable[[], QWidget | None] = lambda: None):
        self._log_file = log_file
        self._parent = parent
        self._seen: set[str] = set()
        self.shown: list[str] = []  # summaries of the dialogs shown (tests read it)
        self.interactive = True

    def install(self) -> None:
        sys.excepthook = self.excepthook
        qInstallMessageHandler(_qt_message)

    def excepthook(self, exc_type: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.report(exc, "".join(traceback.format_exception(exc_type, exc, tb)))

    def report(self, exc: BaseException, tb_text: str) -> None:
        log.error("unexpected error: %s\n%s", exc, tb_text)
        summary = f"{type(exc).__name__}: {exc}"
        if summary in self._seen:
            return
        self._seen.add(summary)
        self.shown.append(summary)
        details = redact(tb_text + "\n--- last log lines ---\n" + (tail(self._log_file) if self._log_file else ""))
        if self.interactive:
            QTimer.singleShot(0, lambda: self._show(summary, details))

    def _show(self, summary: str, details: str) -> None:
        box = QMessageBox(self._parent())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(box.tr("Unexpected error"))
        box.setText(box.tr("Something went wrong. The workstation carries on; the details are in "
                           "the log."))
        box.setInformativeText(summary)
        box.setDetailedText(details)
        copy = box.addButton(box.tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(summary + "\n\n" + details))
        box.exec()


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context: object, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)
