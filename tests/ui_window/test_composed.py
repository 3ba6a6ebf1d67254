"""The whole window as app.py composes it: a scan anywhere finds the lines, nothing leaks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.db import FIXED_NOW
from tests.helpers.engine import World
from tests.helpers.warehouse_ui import Keyboard
from tests.helpers.window import composed_window
from workstation.app import _build_window
from workstation.runner.tasks import TaskRunner
from workstation.services import demo
from workstation.services.orders import LineFilter
from workstation.ui.errors import ErrorReporter


def test_a_scan_in_the_composed_window_finds_its_lines(qtbot: QtBot, world: World, tmp_path: Path) -> None:
    core = world.core
    demo.generate(core.db, orders=40, now=FIXED_NOW)
    waybilled = [li for li in core.orders.list_lines(LineFilter(), 0, 500)
                 if li.vend_purch_waybill and li.status == "sent_by_seller"]
    waybill = waybilled[0].vend_purch_waybill
    other = next(li.vend_purch_waybill for li in waybilled if li.vend_purch_waybill != waybill)
    assert waybill and other
    expected = {li.id for li in core.orders.lookup(waybill).lines}
    expected_other = {li.id for li in core.orders.lookup(other).lines}

    with composed_window(qtbot, core, tmp_path / "ui.ini") as composed:
        window, reporter = composed.window, composed.reporter
        keyboard = Keyboard()
        field = window.orders_pane.order_search.field
        field.setFocus()
        qtbot.waitUntil(lambda: window.orders_pane.orders_model.total > 0, timeout=10_000)

        # receiving mode (the default): the Warehouse pane shows the parcel's lines
        keyboard.scan(field, waybill)
        warehouse = window.warehouse_pane
        qtbot.waitUntil(lambda: warehouse.receiving.model.rowCount() == len(expected)
                        and window.panes.currentWidget() is warehouse, timeout=20_000)
        assert field.text() == ""  # not one key of the scan landed in the focused field

        # receiving mode off: the window jumps to "By goods" with exactly those lines selected
        warehouse.receiving_mode.setChecked(False)
        keyboard.scan(field, other.lower())
        pane = window.orders_pane
        qtbot.waitUntil(lambda: window.panes.currentWidget() is pane and pane.tabs.currentIndex() == 1
                        and {r.id for r in pane.goods_model.rows()} == expected_other, timeout=20_000)
        qtbot.waitUntil(lambda: len(pane.goods_table.selectionModel().selectedRows()) == len(expected_other),
                        timeout=5_000)

        # the same parcel again at once: counted once, with a notice
        with qtbot.waitSignal(window.warehouse_pane.router.duplicate, timeout=5_000):
            keyboard.scan(field, other.lower())
        assert window.warehouse_pane.banner.state != "idle"
        assert reporter.shown == []


def test_the_parcel_scale_comes_from_the_ini_file(tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    import os

    from workstation.app import _serial_scale

    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    assert _serial_scale(settings, None) is None  # no scale/port: no scale
    master, slave = os.openpty()
    try:
        settings.setValue("scale/port", os.ttyname(slave))
        settings.setValue("scale/baud", "19200")
        scale = _serial_scale(settings, None)
        assert scale is not None and scale.port == os.ttyname(slave)
        settings.setValue("scale/baud", "fast")
        assert _serial_scale(settings, None) is None
        assert "scale settings ignored" in caplog.text
    finally:
        os.close(master)
        os.close(slave)


def test_the_composed_window_settles_an_unknown_order_by_itself(qtbot: QtBot, world: World, tmp_path: Path) -> None:
    """A create answered 502 that the gateway committed all the same: the window's background
    round looks it up and links it, with nobody pressing anything."""
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import update

    from tests.helpers.engine import ACCOUNT, plain_items
    from workstation.domain import statuses as st
    from workstation.store.models import ProviderOrder

    core = world.core
    item = plain_items("1688")[0]
    oid = world.add_order("1688", [(item, 0, 1, None)])
    world.market.faults.add("alibaba.trade.createCrossOrder", "late_commit", 1, delay=3)
    info = core.purchase.run(core.purchase.start_booking(oid, ACCOUNT["1688"]))
    assert info.state == "waiting" and world.lines(oid)[0].status == st.OUTCOME_UNKNOWN
    qtbot.waitUntil(lambda: len(world.market.find_orders()) == 1, timeout=30_000)
    world.market.faults.clear()
    with core.db.write() as s:  # its next look-up is due now (as if its back-off had run out)
        s.execute(update(ProviderOrder).values(next_check_at=datetime.now(UTC) - timedelta(seconds=1)))

    app = QApplication.instance()
    runner = TaskRunner()
    reporter = ErrorReporter(None)
    reporter.interactive = False
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window, stop = _build_window(app, core, runner, settings, "test db", reporter)
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: world.lines(oid)[0].status == st.BOOKED, timeout=60_000)
        assert world.lines(oid)[0].vend_purch_id == world.market.find_orders()[0].order_id
        assert len(world.market.find_orders()) == 1
        assert reporter.shown == []
    finally:
        stop()
        runner.shutdown()
