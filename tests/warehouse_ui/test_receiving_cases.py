"""Receiving as a clerk does it, in the Warehouse pane with real key events and real services:
greyed lines that cannot arrive, keeping a parcel as unmatched with a note and a photo, counts
kept across scans, Confirm with nothing counted, repeated confirms, labels after "not found".

Set WORKSTATION_SHOTS=/some/dir to keep screenshots for a look.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, update

from tests.helpers.warehouse import lines_in
from tests.helpers.warehouse_ui import Floor, Keyboard
from tests.warehouse_ui.test_pane import focus, shot, wait_outcomes
from workstation.domain import statuses as st
from workstation.store.models import OrderLine, Receipt, UnmatchedPhoto, UnmatchedScan
from workstation.ui.panes.warehouse.model import RECEIVED_COLUMN
from workstation.ui.scan_router import DUPLICATE, FOUND, NOT_FOUND


def order_with_a_cancelled_line(floor: Floor) -> tuple[str, OrderLine, OrderLine]:
    """An order with two shipped lines, one of them cancelled meanwhile (the ...138 case)."""
    by_order: dict[str, list[OrderLine]] = {}
    for li in lines_in(floor.db, st.SENT_BY_SELLER, 300):
        by_order.setdefault(li.order_id, []).append(li)
    order_id, (good, gone) = next((k, v[:2]) for k, v in by_order.items() if len(v) >= 2)
    with floor.db.write() as s:
        s.execute(update(OrderLine).where(OrderLine.id == gone.id).values(status=st.CANCELLED))
    return order_id, good, gone


_KEYBOARD = Keyboard()  # one clock for the test run: a later scan of a code is not a duplicate


def scan(qtbot: QtBot, floor: Floor, code: str) -> None:
    before = len(floor.outcomes)
    focus(qtbot, floor, floor.field)
    _KEYBOARD.now += 5_000  # seconds apart, as a clerk scans parcels
    _KEYBOARD.scan(floor.field, code)
    wait_outcomes(qtbot, floor, before + 1)
    assert floor.outcomes[-1].kind != DUPLICATE


def row_of(floor: Floor, line_id: int) -> int:
    return next(n for n, r in enumerate(floor.pane.receiving.model.rows()) if r.line.id == line_id)


def receipts(floor: Floor) -> list[tuple[int, int]]:
    with floor.db.read() as s:
        return [(r.line_id, r.qty_received) for r in s.scalars(select(Receipt).order_by(Receipt.id))]


def test_a_cancelled_line_is_greyed_with_its_reason_and_the_rest_is_received(
        qtbot: QtBot, floor: Floor, tmp_path: Path) -> None:
    order_id, good, gone = order_with_a_cancelled_line(floor)
    scan(qtbot, floor, order_id)
    assert floor.outcomes[-1].kind == FOUND
    panel, model = floor.pane.receiving, floor.pane.receiving.model
    assert panel.state == "found" and panel.confirm_button.isEnabled()
    grey = model.index(row_of(floor, gone.id), RECEIVED_COLUMN)
    status = model.index(row_of(floor, gone.id), [c.key for c in model.columns].index("status"))
    expected = model.index(row_of(floor, gone.id), [c.key for c in model.columns].index("expected"))
    assert not model.flags(grey) & Qt.ItemFlag.ItemIsEditable and not model.flags(grey) & Qt.ItemFlag.ItemIsEnabled
    assert model.data(grey, Qt.ItemDataRole.ForegroundRole).color() == QColor("#8a8a8a")
    assert "Cancelled" in status.data() and "not coming" in status.data()
    assert "does not hold up" in status.data(Qt.ItemDataRole.ToolTipRole)
    assert "1 greyed line" in panel.summary.text()
    assert expected.data() == "\u2014"  # not "Expected 3"
    assert not model.setData(grey, 1)
    assert "greyed" in floor.pane.banner.text() or "greyed" in panel.banner.text()
    panel.fill_button.click()
    assert model.rows()[row_of(floor, gone.id)].received == 0
    shot(floor.pane, "receiving-greyed", tmp_path)
    with qtbot.waitSignal(floor.pane.received, timeout=10_000) as blocker:
        panel.confirm_button.click()
    assert gone.id not in {li.line_id for li in blocker.args[0].lines}
    assert {line_id for line_id, _q in receipts(floor)} >= {good.id} and gone.id not in dict(receipts(floor))
    with floor.db.read() as s:
        assert s.get(OrderLine, good.id).status == st.RECEIVED  # type: ignore[union-attr]


def png_file(tmp_path: Path) -> Path:
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("#c8a165"))  # a cardboard box
    path = tmp_path / "parcel.png"
    assert image.save(str(path))
    return path


def test_a_parcel_is_kept_as_unmatched_with_a_note_and_a_photo(qtbot: QtBot, floor: Floor, tmp_path: Path) -> None:
    order_id, _good, gone = order_with_a_cancelled_line(floor)
    with floor.db.write() as s:  # every line of the parcel cancelled: nothing can be received
        s.execute(update(OrderLine).where(OrderLine.order_id == order_id).values(status=st.CANCELLED))
    scan(qtbot, floor, order_id)
    panel = floor.pane.receiving
    assert panel.state == "blocked" and not panel.confirm_button.isEnabled() and panel.keep_button.isEnabled()
    panel.keep_button.click()
    dialog = panel.keep_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.ok_button.isEnabled()
    # no camera here: the button says so, and the file is the way
    assert not dialog.camera_button.isEnabled() and dialog.camera_button.text() == "No camera found"
    qtbot.keyClicks(dialog.note_edit, "all lines cancelled, the seller sent it anyway")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.photo_loaded, timeout=10_000) as missing:
        dialog.load_photo(tmp_path / "missing.jpg")
    assert missing.args == [False] and "not an image" in dialog.error.text()
    with qtbot.waitSignal(dialog.photo_loaded, timeout=10_000) as loaded:
        dialog.load_photo(png_file(tmp_path))
    assert loaded.args == [True] and dialog.remove_button.isEnabled()
    with qtbot.waitSignal(panel.kept, timeout=10_000) as blocker:
        dialog.ok_button.click()
    kept = blocker.args[0]
    assert kept.note == "all lines cancelled, the seller sent it anyway"
    with floor.db.read() as s:
        row = s.get(UnmatchedScan, kept.id)
        photo = s.scalars(select(UnmatchedPhoto).where(UnmatchedPhoto.unmatched_id == kept.id)).one()
    assert row is not None and row.matched_order_id == gone.order_id
    assert photo.mime == "image/jpeg" and photo.data[:2] == b"\xff\xd8" and photo.source.endswith("parcel.png")
    assert QImage.fromData(photo.data).size().width() == 640
    assert "Kept as unmatched" in panel.summary.text() and "kept as an unmatched" in floor.pane.banner.text()
    qtbot.waitUntil(lambda: any(r.id == kept.id for r in floor.pane.unmatched.model.rows()), timeout=5000)


def test_a_not_found_parcel_gets_its_note_on_the_row_its_scan_kept(qtbot: QtBot, floor: Floor,
                                                                    tmp_path: Path) -> None:
    scan(qtbot, floor, "JT0000000000777")
    assert floor.outcomes[-1].kind == NOT_FOUND
    panel = floor.pane.receiving
    panel.keep_button.click()
    dialog = panel.keep_dialog
    assert dialog is not None
    dialog.note_edit.setPlainText("no waybill label, two phone cases inside")
    with qtbot.waitSignal(dialog.photo_loaded, timeout=10_000):
        dialog.load_photo(png_file(tmp_path))
    with qtbot.waitSignal(panel.kept, timeout=10_000):
        dialog.ok_button.click()
    with floor.db.read() as s:
        rows = s.scalars(select(UnmatchedScan)).all()
        photos = s.scalar(select(func.count()).select_from(UnmatchedPhoto))
    assert [(r.code, r.note) for r in rows] == [("JT0000000000777", "no waybill label, two phone cases inside")]
    assert photos == 1 and rows[0].photo_path.endswith("parcel.png")


def two_waybills(floor: Floor) -> tuple[str, str]:
    waybills = list(dict.fromkeys(li.vend_purch_waybill for li in lines_in(floor.db, st.SENT_BY_SELLER, 300)
                                  if li.vend_purch_waybill))
    return waybills[0], waybills[1]


def test_counts_typed_and_not_confirmed_survive_the_next_scan(qtbot: QtBot, floor: Floor, tmp_path: Path) -> None:
    first, second = two_waybills(floor)
    scan(qtbot, floor, first)
    panel = floor.pane.receiving
    counted_line = panel.model.rows()[0].line.id
    assert panel.model.setData(panel.model.index(0, RECEIVED_COLUMN), 1)  # type 1 in a Received cell
    scan(qtbot, floor, second)  # ... and scan the next waybill
    assert panel.result is not None and panel.result.code == second
    assert not panel.held_bar.isHidden() and first in panel.held_label.text() + "".join(
        panel.held_buttons.itemAt(i).widget().text() for i in range(panel.held_buttons.count()))
    back = panel.held_buttons.itemAt(0).widget()
    assert "1 unit" in back.text()
    shot(floor.pane, "receiving-held", tmp_path)
    back.click()
    assert panel.result is not None and panel.result.code == first
    assert panel.model.rows()[0].received == 1 and panel.held_bar.isHidden()  # the count is back
    with qtbot.waitSignal(floor.pane.received, timeout=10_000):
        panel.confirm_button.click()
    assert (counted_line, 1) in receipts(floor)
    # the same waybill scanned again later also brings held counts back
    scan(qtbot, floor, second)
    assert panel.model.setData(panel.model.index(0, RECEIVED_COLUMN), 2)
    scan(qtbot, floor, "ZZ0000000000001")  # not found: held too, not lost
    assert len(panel.held) == 1
    scan(qtbot, floor, second)
    assert panel.model.rows()[0].received == 2 and not panel.held


def answer(qtbot: QtBot, floor: Floor, button_text: str) -> None:
    panel = floor.pane.receiving
    qtbot.waitUntil(lambda: panel.question is not None and panel.question.isVisible(), timeout=5000)
    box = panel.question
    assert isinstance(box, QMessageBox) and "Nothing was counted" in box.text()
    assert box.defaultButton().text() == "Go back and count"  # a stray Enter records nothing
    button = next(b for b in box.buttons() if b.text() == button_text)
    button.click()
    qtbot.waitUntil(lambda: panel.question is None, timeout=5000)


def test_confirm_with_nothing_counted_asks_and_confirming_again_records_nothing_more(
        qtbot: QtBot, floor: Floor) -> None:
    waybill, _other = two_waybills(floor)
    scan(qtbot, floor, waybill)
    panel = floor.pane.receiving
    panel.confirm_button.click()
    answer(qtbot, floor, "Go back and count")
    assert receipts(floor) == [] and panel.state == "found"
    panel.confirm_button.click()
    with qtbot.waitSignal(floor.pane.received, timeout=10_000):
        answer(qtbot, floor, "Record as missing")
    recorded = receipts(floor)
    assert recorded and all(q == 0 for _l, q in recorded)  # a full shortage, asked for
    qtbot.waitUntil(lambda: panel.state == "confirmed", timeout=5000)
    assert not panel.confirm_button.isEnabled() and not panel.fill_button.isEnabled()
    assert not panel.model.setData(panel.model.index(0, RECEIVED_COLUMN), 1)  # read-only now
    # the same Confirm once more (a retry, a second click that got through): nothing new
    with qtbot.waitSignal(floor.pane.received, timeout=10_000):
        floor.pane.receive(waybill, tuple(panel.lines_to_receive()))
    assert receipts(floor) == recorded
    # scanning the parcel again starts a new count
    scan(qtbot, floor, waybill)
    assert panel.state == "found" and panel.confirm_button.isEnabled()


def test_a_not_found_scan_clears_the_previous_receipts_labels(qtbot: QtBot, floor: Floor) -> None:
    waybill, _other = two_waybills(floor)
    scan(qtbot, floor, waybill)
    floor.pane.receiving.fill_button.click()
    with qtbot.waitSignal(floor.pane.received, timeout=10_000):
        floor.pane.receiving.confirm_button.click()
    assert floor.pane.labels.labels and floor.pane.labels.image.isVisibleTo(floor.pane.labels)
    scan(qtbot, floor, "ZZ9999999999999")
    assert floor.outcomes[-1].kind == NOT_FOUND
    assert floor.pane.labels.labels == [] and not floor.pane.labels.image.isVisibleTo(floor.pane.labels)
