"""A purchase price the marketplace raises after the booking, brought by synchronisation, goes
through the booking's price rule: within it, audited; above it, a money alarm and audit rows
(who, station, old, new) with the new price kept; unchanged, nothing at all."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.helpers.engine import ACCOUNT, World, count, plain_items
from workstation.services.alerts import ABOVE_RULE
from workstation.services.audit import AuditFilter, AuditService
from workstation.store.models import Alarm, AuditEntry


def booked_line(world: World, provider: str) -> tuple[str, int, Decimal, Decimal]:
    """One line booked at the customer's price: (order, line id, customer price, purchase price)."""
    item = plain_items(provider)[0]
    oid = world.add_order(provider, [(item, 0, 2, None)])
    info = world.core.purchase.run(world.core.purchase.start_booking(oid, ACCOUNT[provider]))
    assert info.state == "finished", [s.message for s in info.steps]
    line = world.lines(oid)[0]
    assert line.purch_price is not None and line.purch_price <= line.price_cust * Decimal("1.10")
    assert sync(world, provider).state == "finished"  # the booking's own order, read once: nothing to say
    return oid, line.id, line.price_cust, line.purch_price


def seller_changes_price(world: World, vend_purch_id: str, unit_price: Decimal) -> None:
    """What a seller does to an unpaid order on the marketplace: a new unit price, the order
    modified now (so the next synchronisation reads it again)."""
    with world.market.db.write() as conn:
        conn.execute("UPDATE lines SET unit_price = ?, paid_amount = NULL WHERE order_id = ?",
                     (str(unit_price), vend_purch_id))
        conn.execute("UPDATE orders SET modified_at = ? WHERE order_id = ?", (world.market.now(), vend_purch_id))


def sync(world: World, provider: str):  # type: ignore[no-untyped-def]
    return world.core.purchase.run(world.core.purchase.start_sync(ACCOUNT[provider]))


def audit_rows(world: World, line_id: int, action: str):  # type: ignore[no-untyped-def]
    return AuditService(world.core.db).list(AuditFilter(line_ids=(line_id,), actions=(action,)))


@pytest.mark.parametrize("provider", ["1688", "taobao"])
def test_a_raise_within_the_rule_is_audited_and_raises_no_alarm(world: World, provider: str) -> None:
    oid, line_id, customer, bought = booked_line(world, provider)
    raised = min(customer * Decimal("1.10"), bought + Decimal("0.50")).quantize(Decimal("0.01"))
    assert raised > bought
    seller_changes_price(world, world.lines(oid)[0].vend_purch_id or "", raised)
    info = sync(world, provider)
    assert info.state == "finished", [s.message for s in info.steps]
    assert world.lines(oid)[0].purch_price == raised
    rows = audit_rows(world, line_id, "line.purchase_price")
    assert len(rows) == 1
    assert rows[0].user == f"sync:{ACCOUNT[provider]}" and rows[0].station == world.core.actor.workstation
    assert Decimal(rows[0].old["purch_price"]) == bought and Decimal(rows[0].new["purch_price"]) == raised
    assert audit_rows(world, line_id, "line.above_rule") == []
    assert count(world.core, Alarm) == 0 and not info.errors


@pytest.mark.parametrize("provider", ["1688", "taobao"])
def test_a_raise_above_the_rule_is_a_money_alarm_with_its_audit_and_nothing_lost(world: World,
                                                                                  provider: str) -> None:
    oid, line_id, customer, bought = booked_line(world, provider)
    vend = world.lines(oid)[0].vend_purch_id or ""
    dear = (customer * Decimal("1.50")).quantize(Decimal("0.01"))
    seller_changes_price(world, vend, dear)
    info = sync(world, provider)
    line = world.lines(oid)[0]
    assert line.purch_price == dear  # the marketplace's price is what the line records: nothing lost
    assert info.state == "finished_with_errors"
    assert [e.line_id for e in info.errors] == [line_id]
    assert "raised the purchase price" in info.errors[0].message and str(dear) in info.errors[0].message
    alarms = world.core.alerts.open()
    assert [(a.kind, a.money, a.order_id, a.line_num, a.external_id) for a in alarms] == [
        (ABOVE_RULE, True, oid, 1, vend)]
    assert str(bought) in alarms[0].message and str(dear) in alarms[0].message
    assert world.core.alerts.counts()[0] == 1  # the status bar's red count
    price = audit_rows(world, line_id, "line.purchase_price")
    rule = audit_rows(world, line_id, "line.above_rule")
    assert len(price) == 1 and len(rule) == 1
    for row in (*price, *rule):
        assert row.user == f"sync:{ACCOUNT[provider]}" and row.station == world.core.actor.workstation
        assert Decimal(row.old["purch_price"]) == bought and Decimal(row.new["purch_price"]) == dear
    assert Decimal(rule[0].old["price_cust"]) == customer

    # the same price read again: nothing new; a second raise: an alarm of its own
    sync(world, provider)
    assert count(world.core, Alarm) == 1 and count(world.core, AuditEntry, AuditEntry.action == "line.above_rule") == 1
    dearer = dear + Decimal("3.00")
    seller_changes_price(world, vend, dearer)
    info = sync(world, provider)
    assert world.lines(oid)[0].purch_price == dearer and info.state == "finished_with_errors"
    assert count(world.core, Alarm, Alarm.kind == ABOVE_RULE, Alarm.resolved_at.is_(None)) == 2
    assert Decimal(audit_rows(world, line_id, "line.above_rule")[0].old["purch_price"]) in {dear, bought}
    assert {Decimal(r.new["purch_price"]) for r in audit_rows(world, line_id, "line.above_rule")} == {dear, dearer}


def test_a_lower_price_is_audited_only_and_an_unchanged_one_leaves_nothing(world: World) -> None:
    oid, line_id, _customer, bought = booked_line(world, "1688")
    before = count(world.core, AuditEntry)
    info = sync(world, "1688")  # unchanged
    assert info.state == "finished" and count(world.core, AuditEntry) == before and count(world.core, Alarm) == 0
    cheaper = bought - Decimal("1.00")
    seller_changes_price(world, world.lines(oid)[0].vend_purch_id or "", cheaper)
    assert sync(world, "1688").state == "finished"
    assert world.lines(oid)[0].purch_price == cheaper
    assert len(audit_rows(world, line_id, "line.purchase_price")) == 1
    assert audit_rows(world, line_id, "line.above_rule") == [] and count(world.core, Alarm) == 0
