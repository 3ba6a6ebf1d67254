"""The demo inserts explicit ids; on PostgreSQL it must move the id sequences along, so that
every later insert without an id (a booking's provider order, a new line, an audit row) works."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import delete, func, select

from tests.helpers.db import FIXED_NOW
from workstation.services import demo
from workstation.store.database import Database
from workstation.store.models import AuditEntry, LineStatusChange, Order, OrderLine, ProviderOrder


def insert_without_ids(db: Database, tag: str) -> tuple[int, int, int, int]:
    """One new row in each table with a generated id; returns the ids the database gave."""
    now = datetime.now(UTC)
    with db.write() as s:
        order = s.scalars(select(Order).order_by(Order.id)).first()
        assert order is not None
        top = s.scalar(select(func.max(OrderLine.line_num)).where(OrderLine.order_id == order.id)) or 0
        po = ProviderOrder(provider="1688", account="buyer", client_ref=f"ref-{tag}", external_id=None,
                           created_at=now)
        line = OrderLine(order_id=order.id, line_num=top + 1, label=f"L-{tag}", provider="1688",
                         item_id="1", config_id=None, title_orig="测试", qty=1, price_cust=Decimal("1.00"),
                         delivery_cust=Decimal("0.00"), status="ready", status_changed_at=now)
        entry = AuditEntry(at=now, actor="t", workstation="t", action="test", entity="line", entity_id=tag)
        s.add_all([po, line, entry])
        s.flush()
        change = LineStatusChange(line_id=line.id, old_status=None, new_status="ready", changed_at=now,
                                  source="operator")
        s.add(change)
        s.flush()
        return po.id, line.id, entry.id, change.id


def test_rows_without_ids_go_in_after_the_demo(db: Database) -> None:
    demo.generate(db, orders=40, now=FIXED_NOW)
    with db.read() as s:
        top_po = s.scalar(select(func.max(ProviderOrder.id)))
        top_line = s.scalar(select(func.max(OrderLine.id)))
    assert top_po and top_line
    po_id, line_id, _, _ = insert_without_ids(db, "a")
    assert po_id > top_po and line_id > top_line

    # a second demo batch after ordinary inserts, then ordinary inserts again
    demo.generate(db, orders=15, now=FIXED_NOW)
    po_b, line_b, audit_b, change_b = insert_without_ids(db, "b")
    with db.read() as s:
        assert po_b == s.scalar(select(func.max(ProviderOrder.id)))
        assert line_b == s.scalar(select(func.max(OrderLine.id)))
        ids = list(s.scalars(select(OrderLine.id)))
    assert len(ids) == len(set(ids))


def test_the_demo_never_hands_out_an_id_the_sequence_gave_before(db: Database) -> None:
    demo.generate(db, orders=10, now=FIXED_NOW)
    po_id, line_id, _, _ = insert_without_ids(db, "gone")
    with db.write() as s:  # the newest rows are deleted again
        s.execute(delete(LineStatusChange).where(LineStatusChange.line_id == line_id))
        s.execute(delete(OrderLine).where(OrderLine.id == line_id))
        s.execute(delete(ProviderOrder).where(ProviderOrder.id == po_id))
    demo.generate(db, orders=10, now=FIXED_NOW)
    with db.read() as s:
        demo_pos = list(s.scalars(select(ProviderOrder.id)))
    if db.dialect == "postgresql":
        assert po_id not in demo_pos  # ids of deleted rows are not reused on PostgreSQL
    insert_without_ids(db, "after")
