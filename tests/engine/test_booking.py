"""Booking against the sandbox over loopback: every question and answer, limits, faults."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.helpers.engine import ACCOUNT, World, count, plain_items
from workstation.domain import statuses as st
from workstation.sandbox.catalogue import items_of
from workstation.store.models import AuditEntry, LineStatusChange, ProviderOrder


def book(world: World, oid: str, provider: str = "1688", **kw):  # type: ignore[no-untyped-def]
    activity = world.core.purchase.start_booking(oid, ACCOUNT[provider], **kw)
    return world.core.purchase.run(activity)


@pytest.mark.parametrize("provider", ["1688", "taobao"])
def test_lines_at_the_paid_price_are_booked_in_one_order_per_seller(world: World, provider: str) -> None:
    items = plain_items(provider)
    seller_a = [i for i in items if i.seller_id == items[0].seller_id][:2]
    seller_b = next(i for i in items if i.seller_id != items[0].seller_id)
    oid = world.add_order(provider, [(seller_a[0], 0, 1, None), (seller_a[1], 0, 2, None), (seller_b, 0, 1, None)])
    info = book(world, oid, provider)
    assert info.state == "finished", [s.message for s in info.steps]
    assert info.found_lines == 3 and info.found_provider_orders == 2
    lines = world.lines(oid)
    assert {li.status for li in lines} == {st.BOOKED}
    assert all(li.vend_purch_id and li.account == ACCOUNT[provider] and li.purch_price for li in lines)
    assert lines[0].vend_purch_id == lines[1].vend_purch_id != lines[2].vend_purch_id
    remote = world.sandbox_orders(provider)
    assert len(remote) == 2
    assert {o.order_id for o in remote} == {li.vend_purch_id for li in lines}
    assert count(world.core, AuditEntry, AuditEntry.action == "line.book") == 3
    assert count(world.core, LineStatusChange, LineStatusChange.new_status == st.BOOKED) == 3


def _price_order(world: World) -> tuple[str, Decimal]:
    item = plain_items("1688")[0]
    current = item.skus[0].price
    paid = (current / Decimal("1.25")).quantize(Decimal("0.01"))  # 25 % over: above the 10 % threshold
    return world.add_order("1688", [(item, 0, 1, paid)]), current


def test_a_price_rise_asks_and_confirm_books_at_the_new_price(world: World) -> None:
    oid, current = _price_order(world)
    info = book(world, oid)
    assert info.state == "waiting"
    question = info.pending_question
    assert question is not None
    assert [c.id for c in question.choices] == ["confirm", "skip", "cancel", "abort"]
    assert question.details["new_price"] == str(current) and question.details["threshold_percent"] == "10"
    assert world.lines(oid)[0].status == st.PRICE_CONFIRMATION
    assert world.count_sandbox_orders() == 0  # nothing bought while a question waits
    world.core.activities.answer(info.id, "confirm")
    info = world.core.purchase.run(info.id)
    assert info.state == "finished"
    line = world.lines(oid)[0]
    assert line.status == st.BOOKED and line.purch_price == current
    assert world.count_sandbox_orders() == 1


def test_skip_leaves_the_line_ready_and_cancel_cancels_it(world: World) -> None:
    oid, _ = _price_order(world)
    info = book(world, oid)
    world.core.activities.answer(info.id, "skip")
    info = world.core.purchase.run(info.id)
    assert info.state == "finished" and world.lines(oid)[0].status == st.READY
    assert world.count_sandbox_orders() == 0

    info = book(world, oid)
    world.core.activities.answer(info.id, "cancel")
    info = world.core.purchase.run(info.id)
    assert world.lines(oid)[0].status == st.CANCELLED
    assert count(world.core, AuditEntry, AuditEntry.action == "line.cancel") == 1


def test_abort_stops_the_booking_and_buys_nothing(world: World) -> None:
    oid, _ = _price_order(world)
    info = book(world, oid)
    world.core.activities.answer(info.id, "abort")
    info = world.core.purchase.run(info.id)
    assert info.state == "aborted" and info.is_finished
    assert world.count_sandbox_orders() == 0
    assert world.lines(oid)[0].provider_order_id is None


def test_lower_price_and_threshold_boundary_book_without_asking(world: World) -> None:
    item = plain_items("1688")[1]
    current = item.skus[0].price
    oid = world.add_order("1688", [(item, 0, 1, current + Decimal("3.00")), (item, 1, 1, None)])
    assert book(world, oid).state == "finished"


def test_mode_no_asks_for_every_line(world: World) -> None:
    world.core.settings.set("1688", "price_confirmation_mode", "no")
    oid = world.add_order("1688", [(plain_items("1688")[0], 0, 1, None)])
    assert book(world, oid).pending_question is not None


def test_a_vanished_configuration_asks_and_cancel_cancels_the_line(world: World) -> None:
    item = plain_items("1688")[2]
    world.market.goods.set_sku("1688", item.item_id, item.skus[0].sku_id, vanished=True)
    oid = world.add_order("1688", [(item, 0, 1, None), (item, 1, 1, None)])
    info = book(world, oid)
    assert "configuration no longer exists" in info.pending_question.message  # type: ignore[union-attr]
    world.core.activities.answer(info.id, "cancel")
    info = world.core.purchase.run(info.id)
    assert info.state == "finished"
    first, second = world.lines(oid)
    assert first.status == st.CANCELLED and second.status == st.BOOKED


def test_an_item_taken_off_the_shelf_asks(world: World) -> None:
    item = plain_items("1688")[3]
    world.market.goods.set_item("1688", item.item_id, status="deleted")
    oid = world.add_order("1688", [(item, 0, 1, None)])
    info = book(world, oid)
    assert "no longer available" in info.pending_question.message  # type: ignore[union-attr]
    world.core.activities.answer(info.id, "skip")
    assert world.core.purchase.run(info.id).state == "finished"
    assert world.lines(oid)[0].status == st.READY


def test_too_little_stock_asks(world: World) -> None:
    item = plain_items("1688")[4]
    world.market.goods.set_sku("1688", item.item_id, item.skus[0].sku_id, stock=1)
    oid = world.add_order("1688", [(item, 0, 3, None)])
    info = book(world, oid)
    assert "only 1 in stock" in info.pending_question.message  # type: ignore[union-attr]


def test_tmall_promotions_can_be_refused_by_setting(world: World) -> None:
    tmall = next(i for i in items_of("taobao") if i.is_tmall and not (i.drifts or i.sells_out or i.sku_vanishes))  # type: ignore[arg-type]
    world.core.settings.set("taobao", "tmall_promotions_allowed", "disallow")
    oid = world.add_order("taobao", [(tmall, 0, 1, None)])
    info = book(world, oid, "taobao")
    assert "Tmall promotion" in info.pending_question.message  # type: ignore[union-attr]
    world.core.settings.set("taobao", "tmall_promotions_allowed", "allow")
    oid = world.add_order("taobao", [(tmall, 0, 1, None)])
    info = book(world, oid, "taobao")
    assert info.state == "finished"
    assert world.lines(oid)[0].purch_price == tmall.skus[0].promotion_price


def test_the_booking_limit_is_reported_and_the_rest_stays_ready(world: World) -> None:
    world.market.configure(booking_limit=0)
    items = plain_items("1688")
    oid = world.add_order("1688", [(items[0], 0, 1, None)])
    info = book(world, oid)
    assert info.state == "finished_with_errors"
    assert any("booking limit" in s.message for s in info.errors)
    assert world.lines(oid)[0].status == st.READY and world.lines(oid)[0].provider_order_id is None
    with world.core.db.read() as s:
        assert s.scalar(select(ProviderOrder.state)) == "failed"


@pytest.mark.parametrize("fault", ["timeout", "drop"])
def test_a_creation_with_an_unknown_outcome_is_looked_up_not_sent_again(world: World, fault: str) -> None:
    world.core.connectors("1688").reconcile_pause = 0.05  # type: ignore[attr-defined]
    world.market.faults.add("alibaba.trade.createCrossOrder", fault, delay=4)
    oid = world.add_order("1688", [(plain_items("1688")[0], 0, 1, None)])
    info = book(world, oid)
    assert info.state == "finished", [s.message for s in info.steps]
    assert world.count_sandbox_orders() == 1
    assert world.lines(oid)[0].status == st.BOOKED
    assert any("did not answer clearly" in s.message for s in info.steps)
