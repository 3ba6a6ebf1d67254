"""The audit a person can read: price confirmations, picked configurations, sync prices, bookings."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest

from tests.helpers.engine import ACCOUNT, World, count, plain_items
from workstation.domain import statuses as st
from workstation.domain.pricing import percent_shown
from workstation.services.audit import AuditFilter, AuditService, to_csv
from workstation.store.models import AuditEntry, OrderLine


def book(world: World, oid: str):  # type: ignore[no-untyped-def]
    return world.core.purchase.run(world.core.purchase.start_booking(oid, ACCOUNT["1688"]))


def drifted(world: World, lines: int = 1, qty: int = 2) -> str:
    item = plain_items("1688")[0]
    paid = (item.skus[0].price / Decimal("1.25")).quantize(Decimal("0.01"))
    return world.add_order("1688", [(item, 0, qty, paid)] * lines)


def test_percentages_show_the_digits_that_decide() -> None:
    assert percent_shown(Decimal("100.00"), Decimal("110.00"), Decimal(10)) == "10.0"
    assert percent_shown(Decimal("99.99"), Decimal("110.00"), Decimal(10)) == "10.01"  # asked: above 10 %
    assert percent_shown(Decimal("100"), Decimal("109.96"), Decimal(10)) == "9.96"  # not "10.0"
    assert percent_shown(Decimal("299.91"), Decimal("329.91"), Decimal(10)) == "10.003"
    assert percent_shown(Decimal("10"), Decimal("12"), Decimal(10)) == "20.0"
    assert percent_shown(Decimal("0"), Decimal("12"), Decimal(10)) is None


def test_a_confirmed_price_is_audited_once_with_who_answered(world: World) -> None:
    oid = drifted(world, lines=2)
    info = book(world, oid)
    question = info.pending_question
    assert question is not None
    d = question.details
    first, second = world.lines(oid)
    assert (d["line_num"], d["label"], d["order_id"]) == (1, first.label, oid)
    assert d["item_url"] == f"https://detail.1688.com/offer/{first.item_id}.html"
    diff = Decimal(d["new_price"]) - first.price_cust
    assert Decimal(d["difference"]) == diff and Decimal(d["line_difference"]) == diff * 2
    assert Decimal(d["threshold_price"]) == (first.price_cust * Decimal("1.1")).quantize(Decimal("0.01"), "ROUND_DOWN")
    world.core.activities.answer(info.id, "confirm", answered_by="olga")
    info = world.core.purchase.run(info.id)
    assert info.pending_question is not None and info.pending_question.details["line_num"] == 2
    world.core.activities.answer(info.id, "confirm", answered_by="")  # as the window answers
    info = world.core.purchase.run(info.id)
    assert info.state == "finished", [s.message for s in info.steps]
    rows = AuditService(world.core.db).list(AuditFilter(order_id=oid, actions=("line.price_confirm",)))
    assert sorted((r.line_num, r.user) for r in rows) == [(1, "olga"), (2, world.core.actor.user)]  # replays: once
    assert all(r.station == world.core.actor.workstation for r in rows)
    books = AuditService(world.core.db).list(AuditFilter(order_id=oid, actions=("line.book",)))
    assert len(books) == 2 and all("purch_delivery" in r.new and r.new["purch_delivery"] is not None for r in books)


def test_an_automatic_confirmation_is_a_step_of_the_activity(world: World) -> None:
    item = plain_items("1688")[1]
    price = item.skus[0].price
    oid = world.add_order("1688", [(item, 0, 1, price - Decimal("0.50")), (item, 1, 1, None)])
    info = book(world, oid)
    assert info.state == "finished"
    auto = [s for s in info.steps if "confirmed automatically" in s.message]
    assert len(auto) == 1 and auto[0].line_id == world.lines(oid)[0].id  # the unchanged price needs no step
    assert f"¥{price}" in auto[0].message and "threshold 10%" in auto[0].message


def test_mode_no_asks_an_unchanged_price_and_says_so(world: World) -> None:
    world.core.settings.set("1688", "price_confirmation_mode", "no")
    oid = world.add_order("1688", [(plain_items("1688")[0], 0, 1, None)])
    question = book(world, oid).pending_question
    assert question is not None and question.details["difference"] == "0.00"
    assert question.details["mode"] == "no"


@pytest.mark.parametrize("provider", ["1688", "taobao"])
def test_another_configuration_is_picked_in_the_question_and_booked(world: World, provider: str) -> None:
    item = next(i for i in plain_items(provider) if len(i.skus) >= 3)
    gone = item.skus[0]
    world.market.goods.set_sku(provider, item.item_id, gone.sku_id, vanished=True)
    oid = world.add_order(provider, [(item, 0, 1, None)])
    info = world.core.purchase.run(world.core.purchase.start_booking(oid, ACCOUNT[provider]))
    question = info.pending_question
    assert question is not None and question.question_key.startswith("config:")
    picks = [c for c in question.choices if c.id.startswith("sku:")]
    assert {c.id for c in question.choices} - {c.id for c in picks} == {"skip", "cancel", "abort"}
    offered = {o["choice"]: o for o in question.details["offered"]}
    assert {p.id for p in picks} == {c for c, o in offered.items() if o["pickable"]}
    chosen = item.skus[1]
    choice = f"sku:{chosen.sku_id}"
    assert f"¥{offered[choice]['price']}" in next(p.label for p in picks if p.id == choice)
    world.core.activities.answer(info.id, choice, answered_by="olga")
    info = world.core.purchase.run(info.id)
    assert info.state in ("finished", "waiting"), [s.message for s in info.steps]
    if info.state == "waiting":  # the other configuration costs more than the rule allows: asked as a price
        assert info.pending_question is not None and info.pending_question.question_key.startswith("price:")
        world.core.activities.answer(info.id, "confirm", answered_by="olga")
        info = world.core.purchase.run(info.id)
    assert info.state == "finished", [s.message for s in info.steps]
    line = world.lines(oid)[0]
    ours = (lambda sku: sku.native_sku_id) if provider == "taobao" else (lambda sku: sku.sku_id)
    assert line.status == st.BOOKED and line.config_id == ours(chosen)
    assert line.config_text_orig == chosen.config_text
    remote = world.sandbox_orders(provider)
    assert [ln.sku_id for o in remote for ln in o.lines] == [chosen.sku_id]
    row = AuditService(world.core.db).list(AuditFilter(line_ids=(line.id,), actions=("line.configuration",)))
    assert len(row) == 1 and row[0].user == "olga"
    assert row[0].old["config_id"] == ours(gone) and row[0].new["config_id"] == ours(chosen)


def test_a_purchase_price_brought_by_sync_is_audited(world: World) -> None:
    item = plain_items("1688")[0]
    oid = world.add_order("1688", [(item, 0, 1, None)])
    assert book(world, oid).state == "finished"
    line = world.lines(oid)[0]
    paid_there = line.purch_price
    assert paid_there is not None
    with world.core.db.write() as s:  # what this station knew before the seller's price came in
        s.get(OrderLine, line.id).purch_price = paid_there + Decimal("3.00")  # type: ignore[union-attr]
    info = world.core.purchase.run(world.core.purchase.start_sync(ACCOUNT["1688"]))
    assert info.state == "finished", [s.message for s in info.steps]
    assert world.lines(oid)[0].purch_price == paid_there
    rows = AuditService(world.core.db).list(AuditFilter(line_ids=(line.id,), actions=("line.purchase_price",)))
    assert len(rows) == 1
    assert rows[0].user == f"sync:{ACCOUNT['1688']}" and rows[0].station == world.core.actor.workstation
    assert Decimal(rows[0].old["purch_price"]) == paid_there + 3 and Decimal(rows[0].new["purch_price"]) == paid_there
    assert rows[0].new["vend_purch_id"] == line.vend_purch_id
    info = world.core.purchase.run(world.core.purchase.start_sync(ACCOUNT["1688"]))
    assert count(world.core, AuditEntry, AuditEntry.action == "line.purchase_price") == 1  # unchanged: no row


def test_the_audit_is_filtered_by_order_line_and_time_and_exported(world: World) -> None:
    one, two = drifted(world), drifted(world)
    for oid in (one, two):
        info = book(world, oid)
        world.core.activities.answer(info.id, "confirm", answered_by="olga")
        assert world.core.purchase.run(info.id).state == "finished"
    service = AuditService(world.core.db)
    everything = service.list()
    assert {r.order_id for r in everything} >= {one, two}
    mine = service.list(AuditFilter(order_id=one))
    assert mine and {r.order_id for r in mine} == {one}
    assert service.count(AuditFilter(order_id=one)) == len(mine)
    label = world.lines(two)[0].label
    assert service.resolve_lines(["#1"], two) == service.resolve_lines([label]) == (world.lines(two)[0].id,)
    later = service.list(AuditFilter(since=max(r.at for r in everything)))
    assert later and all(r.at == max(x.at for x in everything) for r in later)
    assert service.list(AuditFilter(text="olga")) and not service.list(AuditFilter(text="nobody-here"))
    rows = list(csv.DictReader(io.StringIO(to_csv(mine))))
    confirm = [r for r in rows if r["action"] == "line.price_confirm" and r["field"] == "price accepted to buy"]
    assert len(confirm) == 1 and confirm[0]["user"] == "olga" and confirm[0]["line"] == "#1"
    assert confirm[0]["new"] and confirm[0]["station"] == world.core.actor.workstation


def test_the_station_is_named_by_its_setting_or_the_host(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import socket

    from workstation.services.audit import Actor

    monkeypatch.setenv("WORKSTATION_STATION", "  Packing   table 2 ")
    assert Actor.local().workstation == "Packing table 2"
    monkeypatch.setenv("WORKSTATION_STATION", "")
    assert Actor.local().workstation == socket.gethostname()
