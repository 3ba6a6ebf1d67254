"""The main window driven as a clerk would: real database, real worker threads, real events."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from tests.helpers.db import FIXED_NOW
from workstation.runner.tasks import TaskRunner
from workstation.services import demo
from workstation.services.orders import LineFilter, OrderService
from workstation.store.database import Database
from workstation.ui.errors import ErrorReporter
from workstation.ui.mainwindow import MainWindow
from workstation.ui.panes.orders.model import GOODS_COLUMNS, LINE_COLUMNS
from workstation.ui.table import ListTableModel, PagedTableModel


@pytest.fixture
def window(qtbot: QtBot, sqlite_db: Database, tmp_path: Path) -> Iterator[MainWindow]:
    demo.generate(sqlite_db, orders=120, now=FIXED_NOW)
    runner = TaskRunner()
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    win = MainWindow(OrderService(sqlite_db), runner, settings, "test db")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.orders_pane.orders_model.total == 120, timeout=5000)
    yield win
    runner.shutdown()


def test_orders_show_and_the_first_opens_with_its_lines(window: MainWindow, qtbot: QtBot) -> None:
    pane = window.orders_pane
    assert pane.order_search.count.text() == "120 order(s)"
    first = pane.orders_model.row(0)
    qtbot.waitUntil(lambda: pane.detail.model.rowCount() == first.line_count, timeout=5000)
    assert pane.detail.title.text().startswith(first.id)


def test_lazy_fetching_loads_pages_as_the_list_scrolls(window: MainWindow, qtbot: QtBot) -> None:
    model = window.orders_pane.goods_model
    qtbot.waitUntil(lambda: model.total > 300, timeout=5000)
    assert model.rowCount() == 200  # one page
    window.orders_pane.tabs.setCurrentIndex(1)
    window.orders_pane.goods_table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 200, timeout=5000)


def test_typing_a_search_narrows_the_orders(window: MainWindow, qtbot: QtBot) -> None:
    pane = window.orders_pane
    qtbot.keyClicks(pane.order_search.field, "ord-0000000150")
    qtbot.waitUntil(lambda: pane.orders_model.total == 1, timeout=5000)
    assert pane.orders_model.row(0).id == "ORD-0000000150"
    pane.order_search.field.clear()
    qtbot.keyClicks(pane.order_search.field, "nobody-like-this")
    qtbot.keyClick(pane.order_search.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.orders_model.total == 0 and not pane.orders_model.is_loading, timeout=5000)
    assert "No orders match" in pane.order_search.count.text()


def test_by_goods_finds_lines_by_tracking_number(window: MainWindow, qtbot: QtBot, sqlite_db: Database) -> None:
    pane = window.orders_pane
    with_waybill = [li for li in OrderService(sqlite_db).list_lines(LineFilter(), 0, 2000)
                    if li.vend_purch_waybill]
    waybill = with_waybill[0].vend_purch_waybill
    assert waybill
    window.panes.setCurrentWidget(pane)
    pane.tabs.setCurrentIndex(1)
    qtbot.keyClicks(pane.goods_search.field, waybill.lower())
    qtbot.waitUntil(lambda: 0 < pane.goods_model.total < 20, timeout=5000)
    assert all(r.vend_purch_waybill == waybill for r in pane.goods_model.rows())
    column = [c.key for c in GOODS_COLUMNS].index("waybill")
    assert pane.goods_model.index(0, column).data() == waybill


def test_find_shortcut_focuses_the_search(window: MainWindow, qtbot: QtBot) -> None:
    window.panes.setCurrentIndex(2)
    window.activateWindow()
    window.find_action.trigger()
    assert window.panes.currentWidget() is window.orders_pane
    assert window.orders_pane.tabs.currentIndex() == 0
    assert window.focusWidget() is window.orders_pane.order_search.field


def test_placeholder_panes_say_what_comes_and_have_no_buttons(window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    for pane in (window.purchase_pane, window.activities_pane):
        assert not pane.findChildren(QAbstractButton)
        assert any(len(label.text()) > 100 for label in pane.findChildren(QLabel))


def test_models_pass_the_model_tester(qtmodeltester, sqlite_db: Database, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    demo.generate(sqlite_db, orders=40, now=FIXED_NOW)
    service = OrderService(sqlite_db)
    runner = TaskRunner()
    paged = PagedTableModel(GOODS_COLUMNS, runner, service.count_lines,
                            lambda q, o, n: service.list_lines(q, o, n), page_size=25)
    paged.set_query(LineFilter())
    qtbot.waitUntil(lambda: paged.rowCount() == 25, timeout=5000)
    qtmodeltester.check(paged)
    detail = ListTableModel(LINE_COLUMNS)
    detail.set_rows(service.order_detail("ORD-0000000101").lines)
    qtmodeltester.check(detail)
    runner.shutdown()


def test_an_error_in_a_slot_is_logged_and_reported_once(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    reporter = ErrorReporter(None)
    reporter.interactive = False
    runner = TaskRunner(on_unhandled=reporter.report)

    def boom() -> None:
        raise RuntimeError("disk on fire")

    for _ in range(3):
        runner.run(boom)
    qtbot.waitUntil(lambda: runner.pending() == 0, timeout=5000)
    assert reporter.shown == ["RuntimeError: disk on fire"]
    assert caplog.text.count("disk on fire") >= 3
    runner.shutdown()


def test_late_pages_of_an_old_search_are_dropped(qtbot: QtBot, sqlite_db: Database) -> None:
    demo.generate(sqlite_db, orders=30, now=FIXED_NOW)
    service = OrderService(sqlite_db)
    runner = TaskRunner()
    model = PagedTableModel(GOODS_COLUMNS, runner, service.count_lines,
                            lambda q, o, n: service.list_lines(q, o, n))
    model.set_query(LineFilter(waybill_prefix="SF"))
    model.set_query(LineFilter(waybill_prefix="NOTHING-STARTS-LIKE-THIS"))
    qtbot.waitUntil(lambda: runner.pending() == 0, timeout=5000)
    assert model.rowCount() == 0 and model.total == 0
    runner.shutdown()


def test_a_scan_shows_its_lines_in_by_goods_without_reading_them_again(qtbot: QtBot, sqlite_db: Database) -> None:
    from workstation.ui.panes.orders.pane import OrdersPane

    demo.generate(sqlite_db, orders=30, now=FIXED_NOW)
    service = OrderService(sqlite_db)
    reads: list[object] = []

    class Counting(OrderService):
        def list_lines(self, flt, offset=0, limit=200):  # type: ignore[no-untyped-def]
            reads.append(flt)
            return super().list_lines(flt, offset, limit)

    runner = TaskRunner()
    pane = OrdersPane(Counting(sqlite_db), runner)
    qtbot.addWidget(pane)
    qtbot.waitUntil(lambda: runner.pending() == 0, timeout=5000)
    waybill = next(li.vend_purch_waybill for o in service.list_orders(limit=30)
                   for li in service.order_detail(o.id).lines if li.vend_purch_waybill)
    found = service.lookup(waybill)
    assert found.lines
    reads.clear()
    pane.show_lines(found)
    assert pane.tabs.currentIndex() == 1
    assert [pane.goods_model.row(i).id for i in range(pane.goods_model.rowCount())] == [li.id for li in found.lines]
    qtbot.waitUntil(lambda: runner.pending() == 0, timeout=5000)
    assert reads == []  # the scan service's lines, shown as they came
    pane.goods_model.refresh()  # a refresh reads the same lines again, from the database
    qtbot.waitUntil(lambda: bool(reads) and runner.pending() == 0, timeout=5000)
    assert {pane.goods_model.row(i).id for i in range(pane.goods_model.rowCount())} == {li.id for li in found.lines}
    runner.shutdown()


@pytest.mark.parametrize("url, short", [
    ("sqlite:////home/anna/.local/share/workstation/workstation.sqlite3", "workstation.sqlite3"),
    ("postgresql+psycopg://app:***@db1.local:5432/warehouse", "PostgreSQL app@db1.local/warehouse"),
    ("postgresql+psycopg://db1/warehouse?sslmode=require", "PostgreSQL db1/warehouse"),
    ("test db", "test db"),
])
def test_the_status_bar_names_the_database_shortly(url: str, short: str) -> None:
    from workstation.ui.mainwindow import short_database_label

    assert short_database_label(url) == short


def test_a_long_status_message_can_be_read_whole(qtbot: QtBot, sqlite_db: Database, tmp_path: Path) -> None:
    runner = TaskRunner()
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    url = f"sqlite:///{tmp_path}/a/very/long/path/that/took/the/room/workstation.sqlite3"
    win = MainWindow(OrderService(sqlite_db), runner, settings, url)
    qtbot.addWidget(win)
    win.resize(900, 600)
    win.show()
    assert win.db_label.text() == "workstation.sqlite3" and win.db_label.toolTip() == url
    message = "Sandbox ready: demo accounts logged in on 1688 and Taobao; the demo orders can be booked now"
    win.statusBar().showMessage(message)
    assert win.statusBar().toolTip() == message
    win.statusBar().clearMessage()
    assert win.statusBar().toolTip() == ""
    win.close()
    runner.shutdown()
