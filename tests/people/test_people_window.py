"""People in the window as app.py composes it: the sign-in when people exist, a badge scan that
switches the person, what a clerk sees, a clerk refused a settings change, and the idle timeout."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.helpers.db import FIXED_NOW
from tests.helpers.engine import World
from tests.keys import Keyboard
from workstation.app import _build_window
from workstation.domain.roles import ADMINISTRATOR, CLERK, PURCHASER
from workstation.runner.tasks import TaskRunner
from workstation.services import demo
from workstation.services.audit import Actor
from workstation.services.orders import LineFilter
from workstation.services.people import IdleTimeout
from workstation.store.models import ScanJournalEntry
from workstation.ui.errors import ErrorReporter


@pytest.fixture
def composed(qtbot: QtBot, world: World, tmp_path: Path) -> Iterator[tuple[Any, World, ErrorReporter]]:
    core = world.core
    demo.generate(core.db, orders=20, now=FIXED_NOW)
    root = Actor("root", "setup")
    core.people.add(root, "olga", ADMINISTRATOR, "admin-pass", "Olga Admin")
    admin = Actor("olga", "setup", ADMINISTRATOR)
    core.people.add(admin, "anna", CLERK, "clerk-pass", "Anna Clerk")
    core.people.add(admin, "ivan", PURCHASER, "buyer-pass", "Ivan Buyer")
    runner = TaskRunner()
    reporter = ErrorReporter(None)
    reporter.interactive = False
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window, stop = _build_window(QApplication.instance(), core, runner, settings, "test db", reporter)
    qtbot.addWidget(window)
    window.show()
    try:
        yield window, world, reporter
    finally:
        stop()
        runner.shutdown()


def _signed_in_with_password(qtbot: QtBot, window: Any, login: str, password: str) -> None:
    station = window.station_people
    qtbot.waitUntil(lambda: station.dialog is not None and station.dialog.isVisible(), timeout=10_000)
    dialog = station.dialog
    dialog.login.setText(login)
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: station.actor.signed_in and station.actor.user == login, timeout=10_000)


def test_a_clerk_is_refused_a_settings_change_in_the_window(qtbot: QtBot, composed: Any) -> None:
    window, world, reporter = composed
    core, station = world.core, window.station_people
    # people exist: the station asks who is there and shows nothing behind it
    qtbot.waitUntil(lambda: station.dialog is not None and station.dialog.isVisible(), timeout=10_000)
    assert not core.actor.signed_in and not window.panes.isVisible()
    assert station.label.text() == "Nobody signed in"
    station.dialog.login.setText("anna")
    station.dialog.password.setText("wrong-pass")
    qtbot.mouseClick(station.dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrong login or password" in station.dialog.message.text(), timeout=10_000)
    assert not core.actor.signed_in

    _signed_in_with_password(qtbot, window, "anna", "clerk-pass")
    qtbot.waitUntil(lambda: not station.dialog.isVisible(), timeout=5_000)
    assert window.panes.isVisible() and station.label.text() == "Signed in: Anna Clerk (Clerk)"
    panes = window.panes
    assert not window.settings_action.isVisible()  # no Settings (keys, accounts) for a clerk
    assert not panes.isTabVisible(panes.indexOf(window.purchase_pane))  # no booking either
    assert not panes.isTabVisible(panes.indexOf(window.activities_pane))
    assert panes.isTabVisible(panes.indexOf(window.warehouse_pane))
    assert not window.pane_actions[panes.indexOf(window.purchase_pane)].isEnabled()  # Ctrl+2 does nothing

    # the settings dialog as the window makes it, reached anyway: the service refuses the change
    before = core.settings.get("1688").overpayment_threshold_percent
    dialog = window._settings_dialog_factory(window)
    qtbot.addWidget(dialog)
    dialog.show()
    prices = dialog.editor.prices
    qtbot.waitUntil(prices.isEnabled, timeout=10_000)
    assert "People" not in [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    prices.threshold.setText(str(before + 7))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "may not change settings" in dialog.status.text(), timeout=10_000)
    assert core.settings.get("1688").overpayment_threshold_percent == before
    dialog.close()

    # an administrator signing in (File -> Switch user) gets Settings back, with the People page
    window.station_people.switch_action.trigger()
    _signed_in_with_password(qtbot, window, "olga", "admin-pass")
    assert window.settings_action.isVisible() and window.settings_action.isEnabled()
    assert panes.isTabVisible(panes.indexOf(window.purchase_pane))
    admin_dialog = window._settings_dialog_factory(window)
    qtbot.addWidget(admin_dialog)
    titles = [admin_dialog.tabs.tabText(i) for i in range(admin_dialog.tabs.count())]
    assert "People" in titles
    people_page = admin_dialog.tabs.widget(titles.index("People"))
    qtbot.waitUntil(lambda: people_page.model.rowCount() == 3, timeout=10_000)
    assert reporter.shown == []


def test_a_badge_scan_switches_the_person_and_idling_signs_out(qtbot: QtBot, composed: Any) -> None:
    window, world, reporter = composed
    core, station = world.core, window.station_people
    now = [datetime(2026, 12, 2, 9, 0, tzinfo=UTC)]
    station.idle = IdleTimeout(30, lambda: now[0])  # the clock under test
    station.idle_timer.setInterval(20)
    admin = Actor("olga", "setup", ADMINISTRATOR)
    anna_badge, ivan_badge = core.people.issue_badge(admin, "anna"), core.people.issue_badge(admin, "ivan")
    keyboard = Keyboard()

    # at the sign-in, the clerk scans her badge: it lands in the dialog's field and signs her in
    qtbot.waitUntil(lambda: station.dialog is not None and station.dialog.isVisible(), timeout=10_000)
    station.dialog.login.setFocus()
    keyboard.scan(station.dialog.login, anna_badge)
    qtbot.waitUntil(lambda: core.actor.user == "anna" and core.actor.signed_in, timeout=10_000)
    qtbot.waitUntil(lambda: not station.dialog.isVisible(), timeout=5_000)
    assert station.dialog.login.text() == ""  # the code did not stay on screen

    # her scan of a parcel is journalled in her name
    waybill = next(li.vend_purch_waybill for li in core.orders.list_lines(LineFilter(), 0, 500)
                   if li.vend_purch_waybill)
    field = window.orders_pane.order_search.field
    field.setFocus()
    with qtbot.waitSignal(window.warehouse_pane.router.outcome, timeout=20_000):
        keyboard.scan(field, waybill)
    with core.db.read() as s:
        assert list(s.scalars(select(ScanJournalEntry.clerk))) == ["anna"]

    # the purchaser scans his badge anywhere in the window: he takes over; it is no parcel
    assert not window.panes.isTabVisible(window.panes.indexOf(window.purchase_pane))
    with qtbot.waitSignal(station.person_changed, timeout=10_000):
        keyboard.scan(field, ivan_badge)
    assert core.actor.user == "ivan" and core.actor.role == PURCHASER
    assert field.text() == ""
    assert window.panes.isTabVisible(window.panes.indexOf(window.purchase_pane))
    assert not window.settings_action.isVisible()
    assert "Ivan Buyer took over from anna" in window.statusBar().currentMessage()
    with core.db.read() as s:
        assert s.scalar(select(func.count()).select_from(ScanJournalEntry)) == 1  # the badge is not journalled

    # left alone past the timeout: back to the sign-in, nothing shown behind it
    now[0] += timedelta(minutes=29)
    qtbot.wait(60)  # a few idle checks pass while the time is not up yet
    assert core.actor.signed_in
    now[0] += timedelta(minutes=1)
    qtbot.waitUntil(lambda: not core.actor.signed_in and station.dialog.isVisible(), timeout=10_000)
    assert not window.panes.isVisible()
    assert "without use" in station.dialog.reason.text()
    assert reporter.shown == []
