"""The Warehouse pane in a main window, driven by real key events through the wedge scanner.

Set WORKSTATION_SHOTS=/some/dir to keep screenshots of the pane for a look.
"""

from __future__ import annotations

import json
import os
from datetime import timedelta
from pathlib import Path

import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from tests.helpers.warehouse import lines_in, shared_waybill
from tests.helpers.warehouse_ui import ACTOR, Floor, Keyboard
from workstation.domain import statuses as st
from workstation.scanner.labels import render
from workstation.scanner.layout import latin_to_cyrillic
from workstation.services.dto import LookupResult
from workstation.store.models import AuditEntry, OrderLine, Receipt, UnmatchedScan
from workstation.ui.feedback import BAD, GOOD, INFO, WARN
from workstation.ui.panes.warehouse.model import RECEIVED_COLUMN
from workstation.ui.scan_router import ALREADY, DUPLICATE, FOUND, NOT_FOUND


def shot(widget: QWidget, name: str, tmp_path: Path) -> Path:
    target = Path(os.environ.get("WORKSTATION_SHOTS") or tmp_path)
    target.mkdir(parents=True, exist_ok=True)
    path = target / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def focus(qtbot: QtBot, floor: Floor, widget: QWidget) -> None:
    floor.window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2000)


def wait_outcomes(qtbot: QtBot, floor: Floor, count: int, timeout: int = 10_000) -> None:
    qtbot.waitUntil(lambda: len(floor.outcomes) >= count, timeout=timeout)


def a_waybill(floor: Floor) -> str:
    line = lines_in(floor.db, st.SENT_BY_SELLER)[0]
    assert line.vend_purch_waybill
    return line.vend_purch_waybill


def test_a_fast_burst_finds_the_lines_and_the_receiving_panel_shows_them(
        qtbot: QtBot, floor: Floor, tmp_path: Path) -> None:
    shared_waybill(floor.db)
    attention: list[bool] = []
    floor.pane.attention_wanted.connect(lambda: attention.append(True))
    focus(qtbot, floor, floor.field)
    Keyboard().scan(floor.field, "SF9000000000001")
    wait_outcomes(qtbot, floor, 1)
    assert attention == [True]  # the window brings the Warehouse pane forward
    outcome = floor.outcomes[0]
    assert outcome.kind == FOUND and outcome.code == "SF9000000000001"
    panel = floor.pane.receiving
    assert panel.state == "found" and panel.model.rowCount() == len(outcome.result.lines) >= 2
    assert len({r.line.order_id for r in panel.model.rows()}) == 2  # one parcel, two orders
    assert floor.field.text() == ""  # the scan never landed in the focused field
    assert floor.pane.banner.state == GOOD and "SF9000000000001" in floor.pane.banner.text()
    assert floor.pane.feedback.sounds_played == [GOOD]
    shot(floor.pane, "receiving", tmp_path)


def test_slow_typing_in_a_field_is_untouched(qtbot: QtBot, floor: Floor) -> None:
    focus(qtbot, floor, floor.field)
    Keyboard().type(floor.field, "note 42", gap=170)
    qtbot.waitUntil(lambda: floor.field.text() == "note 42", timeout=3000)
    qtbot.wait(100)
    assert floor.outcomes == [] and floor.router.pending == 0


def test_a_burst_while_a_button_has_focus_does_not_press_it(qtbot: QtBot, floor: Floor) -> None:
    clicks: list[bool] = []
    floor.button.clicked.connect(lambda: clicks.append(True))
    focus(qtbot, floor, floor.button)
    waybill = a_waybill(floor)
    Keyboard().scan(floor.button, waybill)
    wait_outcomes(qtbot, floor, 1)
    assert floor.outcomes[0].kind == FOUND and clicks == []


def test_a_cyrillic_burst_finds_the_latin_waybill(qtbot: QtBot, floor: Floor) -> None:
    waybill = next(li.vend_purch_waybill for li in lines_in(floor.db, st.SENT_BY_SELLER, 200)
                   if li.vend_purch_waybill and li.vend_purch_waybill[0].isalpha())
    focus(qtbot, floor, floor.field)
    kb = Keyboard()
    kb.now += 400
    kb.type(floor.field, latin_to_cyrillic(waybill) + "\r", gap=5, native=True)
    wait_outcomes(qtbot, floor, 1)
    assert floor.outcomes[0].kind == FOUND and floor.outcomes[0].code == waybill
    assert all(r.line.vend_purch_waybill == waybill for r in floor.pane.receiving.model.rows())
    assert floor.field.text() == ""


def test_a_duplicate_within_the_window_counts_once(qtbot: QtBot, floor: Floor) -> None:
    focus(qtbot, floor, floor.field)
    kb = Keyboard()
    kb.scan(floor.field, "YT0000000000001")
    kb.now -= 300  # the second read 100 ms after the first
    kb.scan(floor.field, "YT0000000000001")
    wait_outcomes(qtbot, floor, 2)
    assert [o.kind for o in floor.outcomes] == [NOT_FOUND, DUPLICATE]
    assert floor.pane.banner.state == INFO and "counted once" in floor.pane.banner.text()
    with floor.db.read() as s:
        assert s.scalars(select(UnmatchedScan.code)).all() == ["YT0000000000001"]


def test_two_hundred_scans_at_scanner_speed_lose_none_and_keep_their_order(qtbot: QtBot, floor: Floor) -> None:
    with floor.db.read() as s:
        known = list(dict.fromkeys(s.scalars(select(OrderLine.vend_purch_waybill).where(
            OrderLine.vend_purch_waybill.is_not(None)).order_by(OrderLine.id)).all()))[:100]
    unknown = [f"ZZ{n:013d}" for n in range(200 - len(known))]
    codes = [c for pair in zip(known, unknown, strict=False) for c in pair] + unknown[len(known):]
    assert len(codes) == 200
    focus(qtbot, floor, floor.field)
    kb = Keyboard()
    for code in codes:
        kb.scan(floor.field, code, gap=3)
    wait_outcomes(qtbot, floor, 200, timeout=60_000)
    assert [o.code for o in floor.outcomes] == codes  # in scan order, none lost
    assert [o.seq for o in floor.outcomes] == list(range(1, 201))
    for o in floor.outcomes:
        assert o.kind in ((FOUND, ALREADY) if o.code in known else (NOT_FOUND,)), o
    with floor.db.read() as s:
        kept = s.scalars(select(UnmatchedScan.code).order_by(UnmatchedScan.scanned_at, UnmatchedScan.id)).all()
    assert kept == unknown  # every unknown code kept, in the order it was scanned
    assert floor.field.text() == ""


def test_receiving_through_the_panel(qtbot: QtBot, floor: Floor, tmp_path: Path) -> None:
    lines = shared_waybill(floor.db)
    focus(qtbot, floor, floor.field)
    Keyboard().scan(floor.field, "SF9000000000001")
    wait_outcomes(qtbot, floor, 1)
    panel = floor.pane.receiving
    qtbot.mouseClick(panel.fill_button, Qt.MouseButton.LeftButton)
    short = panel.model.rows()[0]
    assert panel.model.setData(panel.model.index(0, RECEIVED_COLUMN), short.expected - 1)
    assert "Shortage on 1 line" in panel.summary.text()
    shot(floor.pane, "receiving_counted", tmp_path)
    with qtbot.waitSignal(floor.pane.received, timeout=10_000) as blocker:
        qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    receipt = blocker.args[0]
    assert len(receipt.orders) == 2 and len(receipt.discrepancies) == 1
    assert floor.pane.banner.state == WARN and "discrepanc" in floor.pane.banner.text()
    with floor.db.read() as s:
        got = {r.line_id: r for r in s.scalars(select(Receipt))}
        assert set(got) == {li.id for li in lines}
        assert {(r.clerk, r.workstation) for r in got.values()} == {(ACTOR.user, ACTOR.workstation)}
        assert "shortage" in got[short.line.id].note
        statuses = set(s.scalars(select(OrderLine.status).where(OrderLine.id.in_(list(got)))))
    assert statuses == {st.RECEIVED}
    received = [li for li in receipt.lines if li.qty_received > 0]
    assert [lb.code for lb in floor.pane.labels.labels] == [li.label for li in received]
    # The panel reloads the parcel: only the short line is still waiting.
    qtbot.waitUntil(lambda: panel.model.rowCount() and sum(
        1 for r in panel.model.rows() if not r.already_received) == 1, timeout=5000)


def test_an_unknown_parcel_is_matched_after_a_sync(qtbot: QtBot, floor: Floor, tmp_path: Path) -> None:
    for code, note in (("YT7777777777777", "пакет порван / 包装破损"), ("0104601234567893\x1d21ABC", "")):
        floor.receiving.record_unmatched(code, clerk="anna", workstation="ws-2", note=note,
                                         at=floor.clock.now - timedelta(hours=3))
    focus(qtbot, floor, floor.field)
    Keyboard().scan(floor.field, "JT3141592653589")
    wait_outcomes(qtbot, floor, 1)
    assert floor.outcomes[0].kind == NOT_FOUND and floor.outcomes[0].unmatched is not None
    assert floor.pane.banner.state == BAD and floor.pane.feedback.sounds_played == [BAD]
    unmatched = floor.pane.unmatched
    qtbot.waitUntil(lambda: unmatched.model.rowCount() == 3, timeout=5000)
    line = lines_in(floor.db, st.PURCHASED)[0] if lines_in(floor.db, st.PURCHASED) else \
        lines_in(floor.db, st.SENT_BY_SELLER)[0]
    with floor.db.write() as s:  # what a synchronisation does when the seller ships
        s.execute(update(OrderLine).where(OrderLine.id == line.id)
                  .values(vend_purch_waybill="JT3141592653589"))
    with qtbot.waitSignal(floor.pane.matched_later, timeout=5000) as blocker:
        floor.pane.on_sync_finished()
    matched = blocker.args[0]
    assert [m.code for m in matched] == ["JT3141592653589"] and matched[0].order_ids == (line.order_id,)
    assert not unmatched.notice.isHidden() and line.order_id in unmatched.notice.text()
    qtbot.waitUntil(lambda: unmatched.model.rowCount() == 3
                    and unmatched.model.row(0).matched_at is not None, timeout=5000)
    assert "2 parcel" in unmatched.count.text()
    floor.pane.tabs.setCurrentIndex(1)
    shot(floor.pane, "unmatched", tmp_path)


def test_the_manual_code_field_and_the_jump_to_by_goods(qtbot: QtBot, floor: Floor) -> None:
    waybill = a_waybill(floor)
    jumps: list[LookupResult] = []
    floor.pane.jump_to_lines.connect(jumps.append)
    floor.pane.receiving_mode.setChecked(False)
    focus(qtbot, floor, floor.pane.code_field)
    Keyboard().type(floor.pane.code_field, waybill.lower(), gap=150)  # a person typing
    qtbot.waitUntil(lambda: floor.pane.code_field.text() == waybill.lower(), timeout=5000)
    qtbot.keyClick(floor.pane.code_field, Qt.Key.Key_Return)
    wait_outcomes(qtbot, floor, 1)
    assert floor.outcomes[0].source == "typed" and floor.outcomes[0].kind == FOUND
    assert [j.code for j in jumps] == [waybill]


def test_labels_save_as_pdf_and_decode_back(qtbot: QtBot, floor: Floor, tmp_path: Path) -> None:
    shared_waybill(floor.db)
    focus(qtbot, floor, floor.field)
    Keyboard().scan(floor.field, "SF9000000000001")
    wait_outcomes(qtbot, floor, 1)
    panel = floor.pane.receiving
    panel.model.fill_expected()
    with qtbot.waitSignal(floor.pane.received, timeout=10_000):
        panel.confirm_button.click()
    preview = floor.pane.labels
    assert len(preview.labels) == panel.model.rowCount()
    for label in preview.labels:
        decoded = zxingcpp.read_barcodes(render(label, preview.stock.currentData()))
        assert [d.text for d in decoded] == [label.code]
        assert floor.orders.lookup(label.code).kind == "label"  # scanning the label finds its line
    pdf = tmp_path / "labels.pdf"
    preview.save(pdf)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") \
        == len(preview.labels)
    printer = QPrinter()  # the print path, into a PDF file instead of a dialog and a printer
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.print_to(printer)
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
    preview.list.setCurrentRow(1)
    shot(preview, "label", tmp_path)


def test_forming_a_parcel_and_editing_it_is_audited(qtbot: QtBot, floor: Floor, tmp_path: Path) -> None:
    order_id = lines_in(floor.db, st.RECEIVED, 200)[0].order_id
    pane, section = floor.pane, floor.pane.parcel
    pane.tabs.setCurrentWidget(section)
    section.load_order(order_id)
    qtbot.waitUntil(lambda: section.order_id == order_id and not section.busy, timeout=5000)
    items = section.lines_model.items()
    assert items, "the received lines are chosen at first"
    section.weight.setText("1,25")
    for side, value in zip(section.sides, (30, 20, 10), strict=True):
        side.setValue(value)
    # A scan while the tracking field has focus fills it instead of being looked up.
    focus(qtbot, floor, section.tracking)
    Keyboard().scan(section.tracking, "YT8000000000001")
    assert section.tracking.text() == "YT8000000000001" and floor.outcomes == []
    with qtbot.waitSignal(section.parcel_saved, timeout=5000) as blocker:
        section.form_button.click()
    parcel = blocker.args[0]
    assert parcel.weight_g == 1250 and parcel.tracking_number == "YT8000000000001"
    assert section.labels.labels[0].code == "YT8000000000001"  # the parcel's label, to print
    qtbot.waitUntil(lambda: section.parcels_model.rowCount() == 1 and not section.busy, timeout=5000)
    shot(floor.pane, "parcel", tmp_path)
    section.edit(section.parcels_model.row(0))
    section.weight.setText("1.4")
    with qtbot.waitSignal(section.parcel_saved, timeout=5000) as blocker:
        section.form_button.click()
    edited = blocker.args[0]
    assert edited.weight_g == 1400 and edited.version == parcel.version + 1
    with floor.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "edit_parcel")).one()
    assert (entry.actor, entry.workstation) == (ACTOR.user, ACTOR.workstation)
    assert json.loads(entry.old_json)["weight_g"] == 1250 and json.loads(entry.new_json)["weight_g"] == 1400


def test_a_fully_received_order_leads_to_its_parcel(qtbot: QtBot, floor: Floor) -> None:
    with floor.db.read() as s:
        by_order: dict[str, set[tuple[str, str | None]]] = {}
        for order_id, status, waybill in s.execute(select(OrderLine.order_id, OrderLine.status,
                                                          OrderLine.vend_purch_waybill)):
            by_order.setdefault(order_id, set()).add((status, waybill))
    order_id, waybill = next((oid, next(iter(v))[1]) for oid, v in sorted(by_order.items())
                             if len(v) == 1 and next(iter(v))[0] == st.SENT_BY_SELLER)
    assert waybill and len(floor.orders.lookup(waybill).lines) >= 1
    focus(qtbot, floor, floor.field)
    Keyboard().scan(floor.field, waybill)
    wait_outcomes(qtbot, floor, 1)
    floor.pane.receiving.fill_button.click()
    with qtbot.waitSignal(floor.pane.received, timeout=10_000):
        floor.pane.receiving.confirm_button.click()
    hint = floor.pane.parcel_hint
    assert not hint.isHidden() and order_id in hint.text()
    hint.click()
    section = floor.pane.parcel
    assert floor.pane.tabs.currentWidget() is section
    qtbot.waitUntil(lambda: section.order_id == order_id and not section.busy, timeout=5000)
    assert {i.line_id for i in section.lines_model.items()} == {li.id for li in floor.orders.lookup(waybill).lines}
    with qtbot.waitSignal(section.parcel_saved, timeout=5000) as blocker:
        section.form_button.click()
    assert blocker.args[0].order_id == order_id and blocker.args[0].weight_g is None


def test_the_parcel_models_pass_the_model_tester(qtbot: QtBot, floor: Floor, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    order_id = lines_in(floor.db, st.RECEIVED, 200)[0].order_id
    section = floor.pane.parcel
    section.load_order(order_id)
    qtbot.waitUntil(lambda: section.order_id == order_id and not section.busy, timeout=5000)
    qtmodeltester.check(section.lines_model)
    qtmodeltester.check(section.parcels_model)
    model = section.lines_model
    assert not model.setData(model.index(0, 0), model.row(0).available + 1)  # more than is free
    assert model.setData(model.index(0, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert not model.row(0).chosen
