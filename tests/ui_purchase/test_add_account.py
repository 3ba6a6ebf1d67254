"""The "+" beside the Purchase pane's account chooser: logs another account in through the login
dialog the app provides, then works with it; hidden when the app provides none."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.engine import ACCOUNT, SECOND, World, plain_items
from workstation.runner.activities import ActivityRunner
from workstation.runner.tasks import TaskRunner
from workstation.sandbox.autologin import sandbox_login
from workstation.sandbox.constants import DEMO_ACCOUNTS_1688
from workstation.ui.panes.purchase.pane import PurchasePane


class FakeLogin(QDialog):
    """Stands in for LoginDialog: `start()` logs `account` in on the sandbox and says so."""

    logged_in = Signal(object)

    def __init__(self, world: World, provider: str, account: str, parent: QWidget):
        super().__init__(parent)
        self.world, self.provider, self.account = world, provider, account
        self.started = False

    def start(self) -> None:
        self.started = True
        QTimer.singleShot(0, self._log_in)

    def _log_in(self) -> None:
        password = dict(DEMO_ACCOUNTS_1688)[self.account]
        core = self.world.core
        row = core.sessions.store(self.provider, sandbox_login(core.connectors(self.provider),
                                                               self.account, password))
        self.logged_in.emit(row)
        self.accept()


@pytest.fixture
def runners(qapp) -> Iterator[list]:  # type: ignore[no-untyped-def,type-arg]
    """The runners the panes made, shut down after the test (activities first)."""
    made: list = []  # type: ignore[type-arg]
    yield made
    for runner in made:
        runner.shutdown(10_000)


def _pane(qtbot: QtBot, world: World, made: list, factory=None) -> PurchasePane:  # type: ignore[no-untyped-def]
    tasks, activities = TaskRunner(), ActivityRunner(world.core.activities)
    made.extend([activities, tasks])
    core = world.core
    pane = PurchasePane(core.orders, core.purchase, core.sessions, core.settings, tasks, activities,
                        login_dialog_factory=factory)
    qtbot.addWidget(pane)
    pane.resize(1200, 500)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def _open(qtbot: QtBot, pane: PurchasePane, oid: str) -> None:
    with qtbot.waitSignal(pane.order_shown, timeout=5000):
        pane.show_order(oid)


def test_plus_logs_another_account_in_and_selects_it(qtbot: QtBot, world: World, runners: list) -> None:
    world.core.sessions.forget("1688", SECOND["1688"])  # one account left: it is chosen by itself
    opened: list[tuple[str, QWidget, FakeLogin]] = []

    def factory(provider: str, parent: QWidget) -> QDialog:
        dialog = FakeLogin(world, provider, SECOND["1688"], parent)
        opened.append((provider, parent, dialog))
        return dialog

    pane = _pane(qtbot, world, runners, factory)
    plus = pane.view.add_account
    assert plus.isVisible() and not plus.isEnabled()  # no order yet: no marketplace to log in to
    assert "Open an order first" in plus.toolTip()

    _open(qtbot, pane, world.add_order("1688", [(plain_items("1688")[0], 0, 1, None)]))
    assert pane.session_combo.account() == ACCOUNT["1688"] and len(pane.session_combo.rows) == 1
    assert plus.isEnabled() and plus.text() == "+"
    assert plus.toolTip() == "Log in another 1688 account"

    with qtbot.waitSignal(pane.order_shown, timeout=10_000):  # the reload after the login
        plus.click()
    [(provider, parent, dialog)] = opened
    assert provider == "1688" and parent is pane and dialog.started
    assert pane.session_combo.account() == SECOND["1688"]  # the new account, chosen
    assert {r.account for r in pane.session_combo.rows} == {ACCOUNT["1688"], SECOND["1688"]}
    assert "Logged in as " + SECOND["1688"] in pane.banner.message()
    qtbot.waitUntil(lambda: pane.add_account.dialog is None, timeout=2000)  # closed and forgotten


def test_a_cancelled_login_changes_nothing_and_plus_opens_a_new_dialog(
        qtbot: QtBot, world: World, runners: list) -> None:
    opened: list[QDialog] = []

    class Plain(QDialog):  # no start(): the pane only opens it
        logged_in = Signal(object)

    def plain_factory(provider: str, parent: QWidget) -> QDialog:
        dialog = Plain(parent)
        opened.append(dialog)
        return dialog

    pane = _pane(qtbot, world, runners, plain_factory)
    _open(qtbot, pane, world.add_order("1688", [(plain_items("1688")[0], 0, 1, None)]))
    chosen_before = pane.session_combo.account()
    pane.view.add_account.click()
    assert len(opened) == 1 and opened[0].isVisible()
    pane.view.add_account.click()  # already open: raised, not a second one
    assert len(opened) == 1
    opened[0].reject()
    qtbot.waitUntil(lambda: pane.add_account.dialog is None, timeout=2000)
    assert pane.session_combo.account() == chosen_before and pane.banner.message() == ""
    pane.view.add_account.click()
    assert len(opened) == 2 and opened[1].isVisible()
    opened[1].reject()


def test_without_a_login_dialog_there_is_no_plus(qtbot: QtBot, world: World, runners: list) -> None:
    world.core.sessions.forget("taobao", ACCOUNT["taobao"])
    world.core.sessions.forget("taobao", SECOND["taobao"])
    pane = _pane(qtbot, world, runners)
    _open(qtbot, pane, world.add_order("taobao", [(plain_items("taobao")[0], 0, 1, None)]))
    assert pane.view.add_account.isHidden() and not pane.add_account.available
    assert pane.add_account.open_login() is None
    assert "No session for Taobao: log an account in (Settings → Sessions)" in pane.hint.text()
