"""Parcels in the Parcel section: several orders of one customer in one parcel, a tracking number
on one parcel only, and the 100 x 150 label over its whole page.

Set WORKSTATION_SHOTS=/some/dir to keep the label and the section for a look.
"""

from __future__ import annotations

import os
from pathlib import Path

import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from tests.helpers.warehouse import lines_in
from tests.helpers.warehouse_ui import Floor
from workstation.domain import statuses as st
from workstation.scanner.labels import STOCK_58, STOCKS, ParcelLabel, STOCK_100x150, render
from workstation.services.warehouse import ReceiveLine
from workstation.store.models import Order
from workstation.ui.panes.warehouse.label_preview import LabelPreview
from workstation.ui.panes.warehouse.parcel import ParcelSection


def two_orders_of_one_customer(floor: Floor) -> tuple[str, str]:
    """Two orders whose shipped lines are all received, made the same customer's."""
    shipped = lines_in(floor.db, st.SENT_BY_SELLER, 300)
    a, b = list(dict.fromkeys(li.order_id for li in shipped))[:2]
    with floor.db.write() as s:
        first = s.get(Order, a)
        assert first is not None
        s.execute(update(Order).where(Order.id == b).values(customer_id=first.customer_id,
                                                            customer_name=first.customer_name))
    for oid in (a, b):
        floor.receiving.receive([ReceiveLine(li.id, li.qty) for li in shipped if li.order_id == oid],
                                clerk="anna", workstation="ws-2")
    return a, b


def load(qtbot: QtBot, floor: Floor, order_id: str) -> ParcelSection:
    section = floor.pane.parcel
    floor.pane.tabs.setCurrentWidget(section)
    section.load_order(order_id)
    qtbot.waitUntil(lambda: section.order_id == order_id and not section.busy, timeout=5000)
    return section


def test_lines_of_two_orders_of_one_customer_go_in_one_parcel(qtbot: QtBot, floor: Floor, tmp_path: Path) -> None:
    a, b = two_orders_of_one_customer(floor)
    section = load(qtbot, floor, a)
    model = section.lines_model
    assert b in section.title.text()
    rows = model.rows()
    assert {r.line.order_id for r in rows} == {a, b}
    assert all(r.chosen for r in rows if r.line.order_id == a and r.available)
    assert not any(r.chosen for r in rows if r.line.order_id == b)  # the other order: ticked by hand
    for n, r in enumerate(rows):
        if r.line.order_id == b:
            assert model.setData(model.index(n, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    with qtbot.waitSignal(section.parcel_saved, timeout=5000) as blocker:
        section.form_button.click()
    parcel = blocker.args[0]
    assert parcel.order_ids == (a, b) and {i.line_id for i in parcel.items} == {r.line.id for r in rows if r.available}
    assert a in section.labels.labels[0].order_id and b in section.labels.labels[0].order_id
    qtbot.waitUntil(lambda: section.parcels_model.rowCount() == 1 and not section.busy, timeout=5000)
    orders_column = [c.key for c in section.parcels_model.columns].index("orders")
    assert section.parcels_model.index(0, orders_column).data() == f"{a}, {b}"
    load(qtbot, floor, b)  # the parcel is listed under either order
    assert [p.id for p in section.parcels_model.rows()] == [parcel.id]


def test_a_tracking_number_already_on_a_parcel_is_refused_naming_it(qtbot: QtBot, floor: Floor) -> None:
    a, b = two_orders_of_one_customer(floor)
    section = load(qtbot, floor, a)
    section.tracking.setText("RB123456785CN")
    with qtbot.waitSignal(section.parcel_saved, timeout=5000) as blocker:
        section.form_button.click()
    first = blocker.args[0]
    qtbot.waitUntil(lambda: not section.busy and section.order_id == a, timeout=5000)
    section = load(qtbot, floor, b)
    model = section.lines_model
    for n, r in enumerate(model.rows()):  # all of b that is free
        if r.line.order_id == b and not r.chosen and r.available:
            model.setData(model.index(n, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    section.tracking.setText("rb123456785cn")
    section.form_button.click()
    qtbot.waitUntil(lambda: "already on parcel" in section.error.text(), timeout=5000)
    assert f"P{first.id}" in section.error.text() and a in section.error.text()
    assert [p.id for p in floor.parcels.parcels_of(b)] == []


def ink_rows(image: QImage) -> list[int]:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width = gray.width()
    rows = []
    for y in range(gray.height()):
        line = bytes(gray.constScanLine(y))[:width]
        if min(line) < 128:
            rows.append(y)
    return rows


def tallest_bar(image: QImage) -> int:
    """The longest vertical run of ink in one column: the barcode's height in dots."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    best = 0
    for x in range(0, gray.width(), 3):
        run = 0
        for y in range(gray.height()):
            run = run + 1 if gray.pixelColor(x, y).value() < 128 else 0
            best = max(best, run)
    return best


def test_the_100x150_label_uses_the_page(qtbot: QtBot, tmp_path: Path) -> None:
    label = ParcelLabel("RB123456785CN", "ORD-0000000138, ORD-0000000141", "王鑫磊 Wang Xinlei", 17, "2.345 kg",
                        3, "广东省 广州市 白云区 尚都国际小区东区9号楼23号车库 520045")
    image = render(label, STOCK_100x150)
    rows = ink_rows(image)
    assert rows[0] < image.height() * 0.08 and rows[-1] > image.height() * 0.9  # top to bottom, not a third
    assert tallest_bar(image) >= STOCK_100x150.dots(35)  # a tall barcode, easy to hit with a hand scanner
    assert [d.text for d in zxingcpp.read_barcodes(image)] == ["RB123456785CN"]
    small = render(label, STOCK_58)
    assert [d.text for d in zxingcpp.read_barcodes(small)] == ["RB123456785CN"]
    target = Path(os.environ.get("WORKSTATION_SHOTS") or tmp_path)
    target.mkdir(parents=True, exist_ok=True)
    assert image.save(str(target / "label-100x150.png"))
    preview = LabelPreview()  # on screen the whole label shows, not its top cut to the widget
    qtbot.addWidget(preview)
    preview.resize(380, 600)
    preview.stock.setCurrentIndex(list(STOCKS).index(STOCK_100x150))
    preview.show_label(label)
    preview.show()
    qtbot.waitExposed(preview)
    qtbot.waitUntil(lambda: 0 < preview.shown_size[1] <= preview.image.height(), timeout=2000)
    shown_w, shown_h = preview.shown_size
    assert shown_w <= preview.image.width() and abs(shown_h / shown_w - 1.5) < 0.02
