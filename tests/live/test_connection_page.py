"""Settings → provider → Connection, as an administrator uses it: switch to Live, type the
gateway's address, key and secret, press Test connection (answered off the GUI thread), read
the answer, Save. The live gateway is the sandbox process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.live import Canned, Sandbox, loopback
from workstation.runner.tasks import TaskRunner
from workstation.services.audit import Actor, AuditFilter, AuditService
from workstation.services.connection import ConnectionCheck, ConnectionService
from workstation.services.secrets import MemorySecretStore
from workstation.services.settings import SettingsService
from workstation.store.database import Database
from workstation.ui.dialogs.settings import SettingsDialog
from workstation.ui.dialogs.settings.connection import ConnectionSection


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


@pytest.fixture
def secrets() -> MemorySecretStore:
    return MemorySecretStore()


@pytest.fixture
def connection(sqlite_db: Database, secrets: MemorySecretStore, sandbox_process: Sandbox) -> ConnectionService:
    return ConnectionService(sqlite_db, secrets, Actor("olga", "ws-2"), sandbox_url=lambda: sandbox_process.url)


@pytest.fixture
def dialog(qtbot: QtBot, sqlite_db: Database, secrets: MemorySecretStore, connection: ConnectionService,
           runner: TaskRunner) -> SettingsDialog:
    made = SettingsDialog(SettingsService(sqlite_db, secrets, Actor("olga", "ws-2")), runner, provider="1688",
                          connection_service=connection)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitUntil(lambda: all(e.loaded is not None and e.connection is not None and e.connection.isEnabled()
                                for e in made.editors.values()), timeout=5000)
    made.show_page("connection")
    return made


def press_test(qtbot: QtBot, page: ConnectionSection, timeout: int = 15000) -> ConnectionCheck:
    """Click Test connection; the window stays responsive while the answer is on its way."""
    with qtbot.waitSignal(page.tested, timeout=timeout) as blocker:
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
        assert not page.test_button.isEnabled()  # one test at a time, and the GUI thread is free
        assert page.result_title.text() == "Testing…"
    check = blocker.args[0]
    assert isinstance(check, ConnectionCheck)
    return check


def _all_texts(root: QWidget) -> list[str]:
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText(), widget.displayText()]
        elif isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        texts.append(widget.toolTip())
    return texts


def go_live(qtbot: QtBot, page: ConnectionSection, base_url: str, key: str, secret: str) -> None:
    page.mode.setCurrentIndex(page.mode.findData("live"))
    for field, text in ((page.base_url, base_url), (page.app_key, key), (page.app_secret, secret)):
        field.clear()
        qtbot.keyClicks(field, text)


def test_live_test_connection_then_save(qtbot: QtBot, dialog: SettingsDialog, sandbox_process: Sandbox,
                                        connection: ConnectionService, secrets: MemorySecretStore,
                                        sqlite_db: Database) -> None:
    page = dialog.editors["1688"].connection
    assert page is not None
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Connection"
    assert page.mode.currentText() == "Sandbox (demo)" and not page.base_url.isEnabled()  # live fields wait
    assert page.base_url.text() == "https://gw.open.1688.com/openapi"
    assert page.min_interval.value() == pytest.approx(1.2) and page.timeout.value() == 15
    assert page.secret_state.text() == "Not stored"

    sandboxed = press_test(qtbot, page)  # the sandbox mode tests the sandbox
    assert sandboxed.ok and sandboxed.mode == "sandbox"

    go_live(qtbot, page, sandbox_process.gateway("1688"), "8801699", "sandbox-1688-secret")
    assert page.base_url.isEnabled()
    wrong = press_test(qtbot, page)
    assert not wrong.ok and wrong.setting == "app_key"
    assert page.result_title.text() == "✖ Connection failed"
    assert page.result_text.text() == wrong.message and "does not accept the app key 8801699" in wrong.message
    assert page.result_fix.text() == "Setting to fix: App key"
    assert page.rows["app_key"].message == "Test connection found the problem here"

    page.app_key.clear()
    qtbot.keyClicks(page.app_key, "8801688")
    assert page.rows["app_key"].message == ""  # editing clears the pointer
    good = press_test(qtbot, page)
    assert good.ok, good.message
    assert page.result_title.text() == "✔ Connection works"
    assert page.result_text.text() == (
        f"Connected. The 1688.com gateway at 127.0.0.1:{sandbox_process.port} accepted the app key 8801688 "
        "and the signature made with the app secret. Buyer accounts can now be logged in (Sessions).")
    assert page.result_fix.text() == ""
    assert connection.get("1688").mode == "sandbox"  # a test saves nothing

    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = connection.get("1688")
    assert (stored.mode, stored.base_url, stored.app_key, stored.app_secret_set) == (
        "live", sandbox_process.gateway("1688"), "8801688", True)
    assert secrets.get("setting:1688:api_secret") == "sandbox-1688-secret"
    assert page.app_secret.text() == "" and page.secret_state.text() == "A secret is stored"
    assert not any("sandbox-1688-secret" in text for text in _all_texts(dialog))
    database = Path(sqlite_db.engine.url.database or "")
    for path in database.parent.glob(database.name + "*"):  # the database and its journal files
        assert b"sandbox-1688-secret" not in path.read_bytes()
    rows = AuditService(sqlite_db).list(AuditFilter(actions=("setting", "setting.secret")))
    assert {r.user for r in rows} == {"olga"} and {r.station for r in rows} == {"ws-2"}
    assert "sandbox-1688-secret" not in repr([r.changes(plain=True) for r in rows])
    assert not dialog.has_unsaved_changes()

    stored_test = press_test(qtbot, page)  # saved values, secret from the store: still fine
    assert stored_test.ok


def test_a_bad_address_is_refused_on_save_and_a_hanging_gateway_times_out(
        qtbot: QtBot, dialog: SettingsDialog, connection: ConnectionService) -> None:
    page = dialog.editors["taobao"].connection
    assert page is not None
    dialog.chooser.setCurrentIndex(dialog.chooser.findData("taobao"))
    go_live(qtbot, page, "http://api.taobao.global/rest", "500888", "s3cret")
    with qtbot.waitSignal(dialog.save_refused, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.rows["base_url"].message == (
        "Gateway base URL: use https:// (plain http only to this computer, 127.0.0.1)")
    assert connection.get("taobao").mode == "sandbox"  # nothing was written

    with loopback(Canned(200, b"{}", {"Content-Type": "application/json"}, delay=6)) as url:
        page.base_url.clear()
        qtbot.keyClicks(page.base_url, url + "/rest")
        page.timeout.setValue(1)
        check = press_test(qtbot, page)
    assert not check.ok and check.setting == "timeout"
    assert page.result_fix.text() == "Setting to fix: Timeout"
    assert page.rows["timeout"].message == "Test connection found the problem here"
