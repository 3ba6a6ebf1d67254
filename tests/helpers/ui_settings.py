"""Fixtures for the settings dialog: a real SQLite file, the real service, real worker threads."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from workstation.runner.tasks import TaskRunner
from workstation.services.audit import Actor
from workstation.services.secrets import MemorySecretStore
from workstation.services.settings import SettingsService
from workstation.store.database import Database
from workstation.ui.dialogs.settings import SettingsDialog

EXAMPLE = {"name": "王鑫磊奇跡", "mobile": "11147043234", "postal_code": "520045", "province": "广东省",
           "city": "广州市", "district": "白云区", "address": "尚都国际小区东区9号楼23号车库"}
LANDLINE = "020-86123456"


@pytest.fixture
def secrets() -> MemorySecretStore:
    return MemorySecretStore()


@pytest.fixture
def service(sqlite_db: Database, secrets: MemorySecretStore) -> SettingsService:
    return SettingsService(sqlite_db, secrets, Actor("test", "ws"))


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


OpenDialog = Callable[..., SettingsDialog]


@pytest.fixture
def open_dialog(qtbot: QtBot, service: SettingsService, runner: TaskRunner) -> OpenDialog:
    """Opens the dialog as the main window would and waits until both providers are loaded."""

    def open_(provider: str = "1688", **kwargs: object) -> SettingsDialog:
        dialog = SettingsDialog(service, runner, provider=provider, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: all(e.loaded is not None for e in dialog.editors.values()), timeout=5000)
        return dialog

    return open_


def save(qtbot: QtBot, dialog: SettingsDialog) -> None:
    """Click Save and wait until the write lane reports it saved."""
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def save_refused(qtbot: QtBot, dialog: SettingsDialog) -> None:
    with qtbot.waitSignal(dialog.save_refused, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def type_text(widget: QWidget, text: str) -> None:
    """Type as a person does: Chinese through the input method (QTest has keys for ASCII only)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
