"""Recalculation that adds up (issue 15, point 3): the order's totals follow the lines, the balance
the customer owes is recorded and audited, what the customer paid stays apart from what is due,
hand-bound lines get their purchase delivery, and cancelled lines are not recalculated."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.engine.test_sync_bind import _bought_by_hand
from tests.helpers.engine import ACCOUNT, World, plain_items
from workstation.domain import statuses as st
from workstation.services.errors import InvalidInput
from workstation.store.models import AuditEntry, Order, OrderLine


def settle(world: World, oid: str) -> Decimal:
    """Make the order's totals what its lines say and mark it paid in full; the total."""
    with world.core.db.write() as s:
        order = s.get(Order, oid)
        assert order is not None
        goods = sum((li.price_cust * li.qty for li in order.lines), Decimal("0.00"))
        carriage = sum((li.delivery_cust for li in order.lines), Decimal("0.00"))
        order.goods_amount, order.delivery_amount = goods, carriage
        order.paid_amount, order.is_paid = goods + carriage, True
        return goods + carriage


def test_recalculation_moves_the_totals_records_the_balance_and_keeps_what_was_paid(world: World) -> None:
    item = plain_items("1688")[0]
    paid_price = item.skus[0].price - Decimal("0.50")
    oid = world.add_order("1688", [(item, 0, 2, paid_price), (item, 1, 1, None)])
    total = settle(world, oid)
    info = world.core.purchase.run(world.core.purchase.start_booking(oid, ACCOUNT["1688"]))
    assert info.state == "finished", [s.message for s in info.steps]
    first = world.lines(oid)[0]
    assert first.purch_price is not None and first.purch_delivery is not None

    world.core.purchase.recalculate(oid, [first.id])  # price and delivery, the default

    detail = world.core.orders.order_detail(oid)
    owed = (first.purch_price - paid_price) * 2 + (first.purch_delivery - first.delivery_cust)
    assert detail.order.total_amount == total + owed
    assert detail.order.balance_due == owed and owed != 0
    line = detail.lines[0]
    assert line.price_cust == first.purch_price  # what is due now
    assert line.paid_by_customer == paid_price  # what the customer paid stays
    assert detail.lines[1].paid_by_customer == detail.lines[1].price_cust  # untouched line
    with world.core.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "order.recalculate")).one()
    old, new = json.loads(entry.old_json), json.loads(entry.new_json)
    assert entry.entity_id == oid and entry.actor and entry.workstation
    assert Decimal(old["balance_due"]) == 0 and Decimal(new["balance_due"]) == owed
    assert Decimal(new["goods_amount"]) - Decimal(old["goods_amount"]) == (first.purch_price - paid_price) * 2

    # a second recalculation of the same line changes nothing more and audits no order change
    world.core.purchase.recalculate(oid, [first.id])
    assert world.core.orders.order_detail(oid).order.balance_due == owed
    with world.core.db.read() as s:
        assert len(s.scalars(select(AuditEntry).where(AuditEntry.action == "order.recalculate")).all()) == 1


def test_cancelled_lines_are_not_recalculated_and_nothing_changes(world: World) -> None:
    item = plain_items("1688")[0]
    oid = world.add_order("1688", [(item, 0, 1, item.skus[0].price - Decimal("0.50")), (item, 1, 1, None)])
    settle(world, oid)
    world.core.purchase.run(world.core.purchase.start_booking(oid, ACCOUNT["1688"]))
    lines = world.lines(oid)
    with world.core.db.write() as s:
        line = s.get(OrderLine, lines[1].id)
        assert line is not None
        line.status = st.CANCELLED
    before = world.core.orders.order_detail(oid)
    with pytest.raises(InvalidInput, match=r"line #2 \(cancelled\)"):
        world.core.purchase.recalculate(oid, [li.id for li in lines])
    after = world.core.orders.order_detail(oid)
    assert after == before


def test_hand_bound_lines_get_their_purchase_delivery_so_the_default_recalculation_works(world: World) -> None:
    item = plain_items("1688")[0]
    external = _bought_by_hand(world, [(item, 0, 1), (item, 1, 2)])
    remote = world.core.connectors("1688").get_order(world.core.sessions.token("1688", ACCOUNT["1688"]), external)
    oid = world.add_order("1688", [(item, 0, 1, None), (item, 1, 2, None)])
    settle(world, oid)
    info = world.core.purchase.run(world.core.purchase.start_bind(oid, external, ACCOUNT["1688"]))
    assert info.state == "finished", [s.message for s in info.steps]
    lines = world.lines(oid)
    assert all(li.purch_delivery is not None for li in lines)
    assert sum(li.purch_delivery for li in lines) == remote.delivery_amount  # type: ignore[misc]
    changes = world.core.purchase.recalculate(oid, [li.id for li in lines])  # price and delivery
    assert [c.new_delivery for c in changes] == [li.purch_delivery for li in lines]
    with world.core.db.read() as s:
        bound = s.scalars(select(AuditEntry).where(AuditEntry.action == "line.bind")).all()
    assert all("purch_delivery" in json.loads(e.new_json) for e in bound) and len(bound) == 2
