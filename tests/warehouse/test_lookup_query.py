"""The one-query lookup (services/lookup.py) on SQLite and PostgreSQL: each kind of code, a
Cyrillic-layout reading, the kind order when a code matches twice, receipts, and nothing found."""

from __future__ import annotations

from sqlalchemy import select, update

from tests.helpers.db import FIXED_NOW
from workstation.domain.layouts import to_russian
from workstation.services import demo
from workstation.services.lookup import find
from workstation.services.orders import OrderService
from workstation.services.warehouse import ReceiveLine, ReceivingService
from workstation.store.database import Database
from workstation.store.models import OrderLine


def test_each_kind_of_code_is_found_in_one_query_with_its_receipts(db: Database) -> None:
    demo.generate(db, orders=12, now=FIXED_NOW)
    with db.read() as s:
        line = s.scalars(select(OrderLine).where(OrderLine.vend_purch_waybill.is_not(None),
                                                 OrderLine.vend_purch_id.is_not(None))
                         .order_by(OrderLine.id)).first()
        assert line is not None
        order_lines = list(s.scalars(select(OrderLine.id).where(OrderLine.order_id == line.order_id)
                                     .order_by(OrderLine.line_num)))
    with db.write() as s:  # a waybill with letters, so another layout reads it differently
        s.execute(update(OrderLine).where(OrderLine.id == line.id).values(vend_purch_waybill="SF7000000000001"))
    ReceivingService(db).receive([ReceiveLine(line.id, 1)], clerk="anna", workstation="ws-1",
                                 waybill="SF7000000000001")
    orders = OrderService(db)
    with db.read_connection() as conn:
        by_waybill = find(conn, " sf7000000000001\r")
        assert (by_waybill.result.kind, by_waybill.result.code) == ("waybill", "SF7000000000001")
        assert line.id in {li.id for li in by_waybill.result.lines} and by_waybill.receipts[line.id] == 1
        cyrillic = find(conn, to_russian("sf7000000000001"))
        assert (cyrillic.result.kind, cyrillic.result.layout, cyrillic.result.code) == (
            "waybill", "ru", "SF7000000000001")
        assert find(conn, line.label).result.kind == "label"
        assert [li.id for li in find(conn, line.label).result.lines] == [line.id]
        by_order = find(conn, line.order_id.lower()).result
        assert by_order.kind == "order" and [li.id for li in by_order.lines] == order_lines
        nothing = find(conn, "ZZ0000000000000")
        assert nothing.result.kind == "none" and nothing.result.lines == () and nothing.receipts == {}
        assert find(conn, "   ").result.code == ""
    with db.write() as s:  # a code that is a waybill of one line and the label of another: waybill first
        other = s.scalars(select(OrderLine).where(OrderLine.id != line.id)).first()
        assert other is not None
        s.execute(update(OrderLine).where(OrderLine.id == other.id).values(vend_purch_waybill=line.label))
    both = orders.lookup(line.label)
    assert both.kind == "waybill" and [li.id for li in both.lines] == [other.id]
    assert orders.lookup(line.vend_purch_id or "").kind in {"waybill", "provider_order"}
