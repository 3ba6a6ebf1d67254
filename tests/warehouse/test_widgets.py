"""The warehouse widgets with demo data: receiving after a scan, unmatched list, test page, labels.

Set WORKSTATION_SHOTS=/some/dir to keep screenshots of each widget for a look.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.db import FIXED_NOW
from tests.helpers.warehouse import Clock, shared_waybill
from workstation.scanner.burst import BurstSettings
from workstation.scanner.labels import (
    STOCK_58,
    LineLabel,
    ParcelLabel,
    STOCK_100x150,
    render,
    save_pdf,
)
from workstation.scanner.wedge import WedgeScanner
from workstation.services.orders import OrderService
from workstation.services.warehouse import ReceiveLine, ReceivingService
from workstation.store.database import Database
from workstation.ui.panes.warehouse.label_preview import LabelPreview
from workstation.ui.panes.warehouse.model import RECEIVED_COLUMN, ReceivingModel
from workstation.ui.panes.warehouse.receiving import ReceivingPanel
from workstation.ui.panes.warehouse.scanner_test import ScannerTestPage
from workstation.ui.panes.warehouse.unmatched import UnmatchedList


def shot(widget: QWidget, name: str, tmp_path: Path) -> Path:
    target = Path(os.environ.get("WORKSTATION_SHOTS") or tmp_path)
    target.mkdir(parents=True, exist_ok=True)
    path = target / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


@pytest.fixture
def sqlite_filled(sqlite_db: Database) -> Database:
    from workstation.services import demo

    demo.generate(sqlite_db, orders=80, now=FIXED_NOW)
    return sqlite_db


def test_receiving_after_a_scan(qtbot: QtBot, sqlite_filled: Database, tmp_path: Path,
                                qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    shared_waybill(sqlite_filled)
    found = OrderService(sqlite_filled).lookup("SF9000000000001")
    panel = ReceivingPanel()
    qtbot.addWidget(panel)
    panel.resize(1100, 420)
    panel.show()
    panel.show_lookup(found)
    assert panel.state == "found" and panel.model.rowCount() == len(found.lines)
    assert all(r.received == 0 for r in panel.model.rows())  # zero until counted
    qtmodeltester.check(panel.model)
    panel.model.fill_expected()
    assert panel.model.setData(panel.model.index(0, RECEIVED_COLUMN), 0)
    assert not panel.model.setData(panel.model.index(0, RECEIVED_COLUMN), -3)
    assert "Shortage on 1 line" in panel.summary.text()
    shot(panel, "receiving_after_scan", tmp_path)
    with qtbot.waitSignal(panel.confirmed) as blocker:
        qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    waybill, lines = blocker.args
    assert waybill == "SF9000000000001" and lines[0].qty_received == 0
    result = ReceivingService(sqlite_filled, Clock()).receive(lines, clerk="anna", workstation="ws-2",
                                                              waybill=waybill)
    assert len(result.discrepancies) == 1
    panel.show_lookup(OrderService(sqlite_filled).lookup("SF9000000000001"),
                      ReceivingService(sqlite_filled).received_so_far([li.id for li in found.lines]))
    assert panel.state == "found"  # the short line still waits for the rest


def test_not_found_and_already_received(qtbot: QtBot, sqlite_filled: Database, tmp_path: Path) -> None:
    service = OrderService(sqlite_filled)
    panel = ReceivingPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    panel.show_lookup(service.lookup("SF0000000000000"))
    assert panel.state == "none" and not panel.confirm_button.isEnabled()
    shot(panel, "receiving_not_found", tmp_path)
    line = shared_waybill(sqlite_filled)[0]
    ReceivingService(sqlite_filled).receive([ReceiveLine(li.id, li.qty) for li in shared_waybill(sqlite_filled)],
                                            clerk="anna", workstation="ws-2")
    found = service.lookup(line.vend_purch_waybill or "")
    panel.show_lookup(found, ReceivingService(sqlite_filled).received_so_far([li.id for li in found.lines]))
    assert panel.state == "received" and not panel.confirm_button.isEnabled()
    shot(panel, "receiving_already_received", tmp_path)


def test_unmatched_list(qtbot: QtBot, sqlite_filled: Database, tmp_path: Path) -> None:
    receiving = ReceivingService(sqlite_filled)
    receiving.record_unmatched("YT7777777777777", clerk="anna", workstation="ws-2", note="порван пакет, 2 шт",
                               photo_path="/photos/yt777.jpg")
    receiving.record_unmatched("JT0000000000042", clerk="oleg", workstation="ws-1")
    receiving.record_unmatched("0104601234567893\x1d21ABC", clerk="oleg", workstation="ws-1", note="GS1")
    widget = UnmatchedList()
    qtbot.addWidget(widget)
    widget.resize(1000, 320)
    widget.set_rows(receiving.list_unmatched())
    from workstation.services.warehouse import MatchedScan

    widget.show_matched([MatchedScan(9, "SF1231231231231", "waybill", (5,), ("ORD-0000000105",))])
    assert widget.model.rowCount() == 3 and "3 parcel" in widget.count.text()
    assert widget.model.index(0, 1).data() == "0104601234567893<GS>21ABC"
    shot(widget, "unmatched_list", tmp_path)


def test_scanner_test_page_shows_keys_and_results(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    wedge = WedgeScanner(BurstSettings(), platform="xcb")
    wedge.install(qapp)
    try:
        page = ScannerTestPage()
        qtbot.addWidget(page)
        page.resize(1000, 420)
        page.attach(wedge)
        page.show()
        t = 5000
        for ch in "ЫА1023574470215\r":
            t += 8
            key = Qt.Key.Key_Return if ch == "\r" else Qt.Key(ord(ch.upper()))
            event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, 0, 0, 0, ch)
            event.setTimestamp(t)
            QApplication.sendEvent(page.try_field, event)
        assert page.model.rowCount() == 16
        assert page.results.item(0).text() == "Scan: SF1023574470215"
        assert page.try_field.text() == ""
        shot(page, "scanner_test_page", tmp_path)
    finally:
        wedge.uninstall(qapp)


@pytest.mark.parametrize("stock", [STOCK_58, STOCK_100x150], ids=["58mm", "100x150"])
def test_labels_decode_back_to_their_code(stock, tmp_path: Path, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    line = LineLabel("LN0000000101002", "ORD-0000000101", 2, "2024新款女士羊毛针织开衫 宽松百搭 秋冬外套加厚款",
                     "颜色: 白色; 尺码: XL", qty=2)
    parcel = ParcelLabel("SF1023574470215", "ORD-0000000101", "Мария Смирнова", 17, "1.25 kg", 3)
    for label in (line, parcel):
        image = render(label, stock)
        assert (image.width(), image.height()) == (stock.width_dots, stock.height_dots)
        decoded = zxingcpp.read_barcodes(image)
        assert [(d.text, d.format) for d in decoded] == [(label.code, zxingcpp.BarcodeFormat.Code128)]
    pdf = tmp_path / "labels.pdf"
    save_pdf([line, parcel], stock, pdf)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= 1
    preview = LabelPreview()
    qtbot.addWidget(preview)
    preview.resize(520, 460)
    preview.show_label(line)
    shot(preview, f"label_preview_{stock.width_mm}", tmp_path)


def test_the_receiving_model_passes_the_model_tester(qtmodeltester, sqlite_filled: Database) -> None:  # type: ignore[no-untyped-def]
    from workstation.ui.panes.warehouse.model import RECEIVING_COLUMNS, ReceivingRow

    rows = [ReceivingRow(li, li.qty) for li in OrderService(sqlite_filled).list_lines(limit=20)]
    model = ReceivingModel(RECEIVING_COLUMNS)
    model.set_rows(rows)
    qtmodeltester.check(model)
