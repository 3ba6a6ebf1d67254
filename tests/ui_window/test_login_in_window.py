"""The login dialog in the composed window, with the keyboard-wedge scanner watching keys.

Issue 14 item 3: `make run` -> Purchase -> open an order -> "+" died in `app.exec()` every
time while the wedge was an application-wide event filter. PySide must wrap each receiver
of an application filter in Python; it asks the C++ object for its type (`typeid`), and
QtWebEngine's own QObjects (RenderWidgetHostViewQtDelegateItem and others) are built
without RTTI, so the first event posted to one, once the login page rendered, read through
a null type_info and crashed. The wedge now watches windows and the focused widget only.
Without that change this test dies with SIGSEGV while the page loads.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.engine import World, plain_items
from tests.helpers.sessions import webengine
from tests.keys import Keyboard
from tests.sessions.qt_helpers import run_js
from workstation.app import _build_window
from workstation.runner.tasks import TaskRunner
from workstation.scanner.wedge import WedgeScanner
from workstation.ui.dialogs.login import LoginDialog
from workstation.ui.errors import ErrorReporter

pytestmark = [webengine, pytest.mark.slow]
WAIT = 20_000
LOGIN_VALUE = "document.querySelector('input[name=login]').value"


def test_the_login_dialog_opens_and_takes_typing_with_the_wedge_watching(
        qtbot: QtBot, world: World, tmp_path: Path) -> None:
    oid = world.add_order("1688", [(plain_items("1688")[0], 0, 1, None)])
    app = QApplication.instance()
    runner = TaskRunner()
    reporter = ErrorReporter(None)
    reporter.interactive = False
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window, stop = _build_window(app, world.core, runner, settings, "test db", reporter)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    wedge: WedgeScanner = window.warehouse_pane.scanner_test._scanner
    scans: list[str] = []
    wedge.scanned.connect(scans.append)
    try:
        pane = window.purchase_pane
        window.panes.setCurrentWidget(pane)
        with qtbot.waitSignal(pane.order_shown, timeout=WAIT):
            pane.show_order(oid)
        pane.view.add_account.click()  # "+"
        dialog = pane.add_account.dialog
        assert isinstance(dialog, LoginDialog)
        # the page loads and renders: with an application-wide Python filter this is where it died
        qtbot.waitUntil(lambda: dialog.status.text() == "Log in on the page above.", timeout=WAIT)
        assert run_js(qtbot, dialog.page, "!!document.querySelector('input[name=password]')")
        qtbot.waitUntil(lambda: dialog.view.focusProxy() is not None, timeout=WAIT)
        target = dialog.view.focusProxy()

        # a password manager's speed: the page gets every key, the wedge takes none for a scan
        Keyboard().type(target, "buyer_wang", gap=6)
        qtbot.waitUntil(lambda: run_js(qtbot, dialog.page, LOGIN_VALUE) == "buyer_wang", timeout=WAIT)
        assert scans == []

        dialog.reject()
        qtbot.waitUntil(lambda: pane.add_account.dialog is None, timeout=WAIT)
        qtbot.waitUntil(lambda: wedge.enabled, timeout=WAIT)

        # the scanner works again in the window, and the login page is gone without a crash
        window.panes.setCurrentWidget(window.orders_pane)
        field = window.orders_pane.order_search.field
        Keyboard().scan(field, "SF9000000000001")
        qtbot.waitUntil(lambda: scans == ["SF9000000000001"], timeout=WAIT)
        assert field.text() == ""  # not one key of it leaked into the focused field
        assert reporter.shown == []
    finally:
        stop()
        runner.shutdown()
