"""The Purchase pane's models pass qtmodeltester and group lines as the seeds describe."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from workstation.domain import statuses as st
from workstation.runner.tasks import ImmediateRunner
from workstation.services.dto import LineRow
from workstation.ui.dialogs.recalc import RecalcDialog
from workstation.ui.panes.purchase.choosers import normalise_order_id
from workstation.ui.panes.purchase.model import PurchaseLinesModel

BASE = LineRow(id=1, order_id="ORD-0000000001", line_num=1, label="L1", provider="1688", item_id="61000001",
               config_id="s1", title_orig="纯棉短袖T恤", title="Cotton T-shirt", config_text="colour: white",
               config_text_orig="颜色:白色", image_url="", seller_nick="广州服饰", qty=2,
               price_cust=Decimal("20.00"), delivery_cust=Decimal("5.00"), purch_price=None,
               purch_delivery=None, status=st.READY, vend_purch_id=None, vend_purch_waybill=None, account=None)


def _lines() -> list[LineRow]:
    return [
        BASE,
        replace(BASE, id=2, line_num=2, status=st.BOOKED, vend_purch_id="231000000015000045", account="buyer",
                purch_price=Decimal("21.50"), purch_delivery=Decimal("4.00")),
        replace(BASE, id=3, line_num=3, status=st.SENT_BY_SELLER, vend_purch_id="231000000015000046",
                vend_purch_waybill="SF1234567890123", account="buyer", purch_price=Decimal("18.00")),
        replace(BASE, id=4, line_num=4, status=st.PRICE_CONFIRMATION),
        replace(BASE, id=5, line_num=5, status=st.CANCELLED),
    ]


def test_lines_model_passes_qtmodeltester_and_groups_in_purchase_order(qtmodeltester: ModelTester) -> None:
    model = PurchaseLinesModel()
    qtmodeltester.check(model)  # empty
    model.set_lines(_lines())
    qtmodeltester.check(model)
    assert [(g.key, [li.id for li in rows]) for g, rows in model.groups()] == [
        ("ready", [1]), ("price", [4]), ("booked", [2]), ("purchased", [3]), ("closed", [5])]
    heading = model.index(model.group_row("booked"), 0)
    assert model.data(heading) == "Booked · 1 line(s)"
    assert [li.id for li in model.lines_of([heading, model.index_of_line(1)])] == [1, 2]
    purch = [c.key for c in model.columns].index("purch")
    dearer = model.index_of_line(2, purch)
    assert model.data(dearer) == "¥21.50" and model.data(dearer, 9) is not None  # ForegroundRole: red
    waybill = [c.key for c in model.columns].index("waybill")
    assert "Staff only" in model.data(model.index_of_line(3, waybill), 3)  # ToolTipRole
    model.set_lines([])
    qtmodeltester.check(model)


def test_recalc_preview_model_passes_qtmodeltester(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    line = _lines()[1]
    dialog = RecalcDialog(None, ImmediateRunner(), "ORD-0000000001", [line])  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.row(0).new_price == Decimal("21.50")
    assert dialog.model.row(0).new_delivery == Decimal("4.00")
    assert dialog.save_button.isEnabled()


def test_recalculation_of_a_cancelled_line_is_refused_in_the_dialog(qtbot: QtBot) -> None:
    cancelled = replace(_lines()[1], id=6, line_num=6, status=st.CANCELLED)
    dialog = RecalcDialog(None, ImmediateRunner(), "ORD-0000000001", [_lines()[1], cancelled])  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    assert "#6" in dialog.error.text() and "not charged" in dialog.error.text()


def test_order_numbers_are_read_the_way_people_type_them() -> None:
    assert normalise_order_id(" ord-123 ") == "ORD-0000000123"
    assert normalise_order_id("123") == "ORD-0000000123"
    assert normalise_order_id("ORD-0000000123") == "ORD-0000000123"
    assert normalise_order_id("Wang") == "WANG"
