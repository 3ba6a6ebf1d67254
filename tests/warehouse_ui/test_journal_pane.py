"""The "Scans" tab and the unmatched list in the composed Warehouse pane, with real key events and threads."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from tests.helpers.warehouse import lines_in
from tests.helpers.warehouse_ui import Floor, Keyboard
from workstation.domain import statuses as st
from workstation.store.models import OrderLine, ScanJournalEntry
from workstation.ui.panes.warehouse.journal import JournalView
from workstation.ui.scan_router import FOUND, NOT_FOUND


def wait_outcomes(qtbot: QtBot, floor: Floor, count: int) -> None:
    qtbot.waitUntil(lambda: len(floor.outcomes) >= count, timeout=10_000)


def scan(qtbot: QtBot, floor: Floor, code: str) -> None:
    floor.window.activateWindow()
    floor.field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is floor.field, timeout=2000)
    Keyboard().scan(floor.field, code)


def journal_codes(view: JournalView) -> list[str]:
    return [item.row.code for item in view.model.rows()]


def test_every_scan_shows_in_the_journal_and_the_saved_filter_follows_receipts(
        qtbot: QtBot, floor: Floor, qtmodeltester, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = floor.pane.journal
    view.period.setCurrentIndex(view.period.findData(-1))  # "any time": the floor's clock is fixed
    floor.pane.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.empty and view.empty.text() != "", timeout=5000)
    assert "No scans in this period yet" in view.empty.text()
    shipped = lines_in(floor.db, st.SENT_BY_SELLER)
    waybill = shipped[0].vend_purch_waybill or ""
    floor.pane.code_field.setText("zz0000000000042")
    floor.pane.find_button.click()  # typed by hand
    wait_outcomes(qtbot, floor, 1)
    scan(qtbot, floor, waybill)
    wait_outcomes(qtbot, floor, 2)
    assert [o.kind for o in floor.outcomes] == [NOT_FOUND, FOUND] and all(o.journal_id for o in floor.outcomes)
    qtbot.waitUntil(lambda: journal_codes(view) == [waybill, "ZZ0000000000042"], timeout=5000)
    assert view.count.text() == "2 scan(s)" and view.stack.currentWidget() is view.table
    found = view.model.row(0)
    assert found.waiting and view.model.index(0, 1).data() == "Found, not confirmed"
    assert view.model.index(1, 5).data() == "Typed" and view.model.index(0, 5).data() == "Scanner (keyboard)"
    assert view.model.index(0, 3).data() == shipped[0].order_id
    qtmodeltester.check(view.model)

    view.verdict.setCurrentIndex(view.verdict.findData(NOT_FOUND))
    qtbot.waitUntil(lambda: journal_codes(view) == ["ZZ0000000000042"], timeout=5000)
    view.verdict.setCurrentIndex(0)
    view.search.setText(shipped[0].order_id)
    qtbot.waitUntil(lambda: journal_codes(view) == [waybill], timeout=5000)
    view.search.clear()
    view.show_unconfirmed()
    qtbot.waitUntil(lambda: journal_codes(view) == [waybill], timeout=5000)
    # The clerk confirms the parcel: it leaves the saved filter, and the empty state says why.
    panel = floor.pane.receiving
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)
    qtbot.mouseClick(panel.fill_button, Qt.MouseButton.LeftButton)
    floor.clock.now += timedelta(minutes=2)  # counted a little after the scan
    with qtbot.waitSignal(floor.pane.received, timeout=10_000):
        panel.confirm_button.click()
    with qtbot.waitSignal(view.model.loaded, timeout=5000):
        view.on_journalled()
    assert view.model.rowCount() == 0 and view.stack.currentWidget() is view.empty
    assert "Nothing is waiting on a shelf uncounted" in view.empty.text()
    view.unconfirmed.setChecked(False)
    qtbot.waitUntil(lambda: len(journal_codes(view)) == 2 and not view.model.row(0).waiting, timeout=5000)
    assert view.model.index(0, 1).data() == "Found"  # confirmed


def test_the_scan_is_on_record_even_when_the_window_fails_showing_it(qtbot: QtBot, floor: Floor) -> None:
    def broken(_outcome: object) -> None:
        raise RuntimeError("the banner fell over")

    floor.router.outcome.connect(broken)
    waybill = lines_in(floor.db, st.SENT_BY_SELLER)[0].vend_purch_waybill or ""
    with qtbot.capture_exceptions() as raised:
        scan(qtbot, floor, waybill)
        wait_outcomes(qtbot, floor, 1)
    assert any("the banner fell over" in str(exc) for _type, exc, _tb in raised)
    with floor.db.read() as s:
        rows = s.execute(select(ScanJournalEntry.id, ScanJournalEntry.code, ScanJournalEntry.verdict)).all()
    assert rows == [(floor.outcomes[0].journal_id, waybill, FOUND)]


def test_a_matched_parcel_shows_its_order_until_dismissed(qtbot: QtBot, floor: Floor, tmp_path: Path) -> None:
    unmatched = floor.pane.unmatched
    scan(qtbot, floor, "JT3141592653589")
    wait_outcomes(qtbot, floor, 1)
    qtbot.waitUntil(lambda: unmatched.model.rowCount() == 1, timeout=5000)
    assert unmatched.model.index(0, 2).data() == "Waiting" and not unmatched.dismiss_button.isEnabled()
    with floor.db.read() as s:
        line = s.scalars(select(OrderLine).where(OrderLine.status == st.PURCHASED,
                                                 OrderLine.vend_purch_waybill.is_(None)).limit(1)).one()
    with floor.db.write() as s:  # another station's sync brought the waybill
        s.execute(update(OrderLine).where(OrderLine.id == line.id).values(vend_purch_waybill="JT3141592653589"))
    assert floor.router.scans.matching.match_pending()  # what the background tick does
    unmatched.refresh()
    qtbot.waitUntil(lambda: unmatched.model.row(0).matched_at is not None, timeout=5000)
    assert unmatched.model.index(0, 2).data() == f"Matched \u2192 {line.order_id}"
    assert not unmatched.notice.isHidden() and line.order_id in unmatched.notice.text()
    with qtbot.waitSignal(unmatched.model.modelReset, timeout=5000):
        unmatched.refresh()  # reloading (a later sync) keeps it
    assert unmatched.model.rowCount() == 1 and unmatched.dismiss_button.isEnabled()
    floor.pane.tabs.setCurrentWidget(unmatched.parentWidget())
    with qtbot.waitSignal(unmatched.dismissed, timeout=5000) as blocker:
        qtbot.mouseClick(unmatched.dismiss_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [1]
    qtbot.waitUntil(lambda: unmatched.model.rowCount() == 0, timeout=5000)
    assert unmatched.notice.isHidden()


class _SerialLike(QObject):
    """What a serial scanner offers the router: `scanned` and `duplicate` signals."""

    scanned = Signal(str)
    duplicate = Signal(str)


def test_a_serial_source_is_journalled_as_serial(qtbot: QtBot, floor: Floor) -> None:
    serial = _SerialLike()
    floor.router.attach(serial, "serial")
    waybill = lines_in(floor.db, st.SENT_BY_SELLER)[0].vend_purch_waybill or ""
    serial.scanned.emit(waybill)
    serial.duplicate.emit(waybill)
    wait_outcomes(qtbot, floor, 2)
    with floor.db.read() as s:
        rows = s.execute(select(ScanJournalEntry.source, ScanJournalEntry.verdict)
                         .order_by(ScanJournalEntry.scanned_at)).all()  # scan order, not write order
    assert [tuple(r) for r in rows] == [("serial", FOUND), ("serial", "duplicate")]
    assert [o.source for o in floor.outcomes] == ["serial", "serial"]
