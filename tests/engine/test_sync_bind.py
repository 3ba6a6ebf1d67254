"""Synchronisation on the sandbox clock, expired sessions, binding, unbinding, recalculation."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal

import pytest

from tests.helpers.engine import ACCOUNT, World, plain_items
from workstation.domain import statuses as st
from workstation.providers.base import Address, OrderRequest, OrderRequestLine
from workstation.services.demo_sandbox import DEMO_WAREHOUSE
from workstation.services.errors import InvalidInput
from workstation.services.purchase.service import NeedsConfirmation
from workstation.store.models import AuditEntry, LineStatusChange


def booked_order(world: World, provider: str = "1688") -> str:
    items = plain_items(provider)
    oid = world.add_order(provider, [(items[0], 0, 1, None), (items[0], 1, 2, None)])
    info = world.core.purchase.run(world.core.purchase.start_booking(oid, ACCOUNT[provider]))
    assert info.state == "finished", [s.message for s in info.steps]
    return oid


def sync(world: World, provider: str = "1688"):  # type: ignore[no-untyped-def]
    return world.core.purchase.run(world.core.purchase.start_sync(ACCOUNT[provider]))


@pytest.mark.parametrize("provider", ["1688", "taobao"])
def test_sync_moves_lines_through_every_status_with_the_sandbox_clock(world: World, provider: str) -> None:
    oid = booked_order(world, provider)
    vend = world.lines(oid)[0].vend_purch_id
    assert sync(world, provider).state == "finished"
    assert {li.status for li in world.lines(oid)} == {st.BOOKED}

    world.market.pay(vend, provider)
    info = sync(world, provider)
    assert {li.status for li in world.lines(oid)} == {st.PURCHASED}, [s.message for s in info.steps]

    world.market.advance(26)
    info = sync(world, provider)
    lines = world.lines(oid)
    assert {li.status for li in lines} == {st.SENT_BY_SELLER}, [s.message for s in info.steps]
    assert all(li.vend_purch_waybill for li in lines)
    found = world.core.orders.lookup(lines[0].vend_purch_waybill or "")
    assert found.kind == "waybill" and {li.order_id for li in found.lines} == {oid}
    with world.core.db.read() as s:
        history = [h.new_status for h in s.query(LineStatusChange).filter_by(line_id=lines[0].id)
                   .order_by(LineStatusChange.id)]
    assert history == [st.BOOKED, st.PURCHASED, st.SENT_BY_SELLER]
    session = world.core.sessions.get(provider, ACCOUNT[provider])
    assert session.last_sync_at is not None and "ours" in session.last_sync_result


def test_sync_never_overrides_what_the_warehouse_set(world: World) -> None:
    oid = booked_order(world)
    with world.core.db.write() as s:
        from workstation.store.models import OrderLine

        line = s.get(OrderLine, world.lines(oid)[0].id)
        assert line is not None
        line.status = st.RECEIVED
    world.market.pay(world.lines(oid)[0].vend_purch_id, "1688")
    sync(world)
    assert world.lines(oid)[0].status == st.RECEIVED
    assert world.lines(oid)[1].status == st.PURCHASED


def test_an_expired_session_is_refreshed_and_a_dead_one_is_flagged(world: World) -> None:
    booked_order(world)
    world.market.advance(11)  # past the 1688 access token's 10 hours
    assert sync(world).state == "finished"  # refreshed with the refresh token
    world.market.advance(24 * 400)  # past every refresh token too
    info = sync(world)
    assert info.state == "finished_with_errors"
    assert any("expired" in s.message for s in info.errors)
    assert world.core.sessions.get("1688", ACCOUNT["1688"]).state == "expired"
    # the other provider is untouched
    assert world.core.sessions.get("taobao", ACCOUNT["taobao"]).state != "expired"


def _bought_by_hand(world: World, picks) -> str:  # type: ignore[no-untyped-def]
    connector = world.core.connectors("1688")
    token = world.core.sessions.token("1688", ACCOUNT["1688"])
    request = OrderRequest(client_ref="HAND-1", seller_id=picks[0][0].seller_id, address=Address(**DEMO_WAREHOUSE),
                           lines=tuple(OrderRequestLine(i.item_id, i.skus[k].sku_id, q, i.skus[k].price)
                                       for i, k, q in picks))
    return connector.create_order(token, request).order_id


def test_binding_matches_every_item(world: World) -> None:
    item = plain_items("1688")[0]
    external = _bought_by_hand(world, [(item, 0, 1), (item, 1, 2)])
    oid = world.add_order("1688", [(item, 0, 1, None), (item, 1, 2, None)])
    info = world.core.purchase.run(world.core.purchase.start_bind(oid, external, ACCOUNT["1688"]))
    assert info.state == "finished", [s.message for s in info.steps]
    lines = world.lines(oid)
    assert {li.vend_purch_id for li in lines} == {external} and {li.status for li in lines} == {st.BOOKED}
    world.market.pay(external, "1688")
    sync(world)
    assert {li.status for li in world.lines(oid)} == {st.PURCHASED}


def test_binding_asks_about_a_quantity_and_about_items_that_match_nothing(world: World) -> None:
    items = plain_items("1688")
    same_seller = [i for i in items if i.seller_id == items[0].seller_id]
    external = _bought_by_hand(world, [(same_seller[0], 0, 3), (same_seller[1], 0, 1)])
    oid = world.add_order("1688", [(same_seller[0], 0, 1, None)])
    bind_id = world.core.purchase.start_bind(oid, external, ACCOUNT["1688"])
    info = world.core.purchase.run(bind_id)
    assert "quantity 1" in info.pending_question.message  # type: ignore[union-attr]
    labels = [c.label for c in info.pending_question.choices]  # type: ignore[union-attr]
    assert "Abort binding" in labels and "Abort booking" not in labels  # it names what it stops
    info = world.core.activities.answer(bind_id, "bind")
    info = world.core.purchase.run(bind_id)
    assert "matches no line" in info.pending_question.message  # type: ignore[union-attr]
    world.core.activities.answer(bind_id, "skip")
    info = world.core.purchase.run(bind_id)
    assert info.state == "finished"
    assert world.lines(oid)[0].vend_purch_id == external


def test_binding_with_no_match_binds_nothing(world: World) -> None:
    items = plain_items("1688")
    external = _bought_by_hand(world, [(items[0], 0, 1)])
    oid = world.add_order("1688", [(items[5], 0, 1, None)])
    bind_id = world.core.purchase.start_bind(oid, external, ACCOUNT["1688"])
    world.core.purchase.run(bind_id)
    world.core.activities.answer(bind_id, "skip")
    info = world.core.purchase.run(bind_id)
    assert info.state == "finished_with_errors" and world.lines(oid)[0].vend_purch_id is None
    info = world.core.purchase.run(world.core.purchase.start_bind(oid, "999999999", ACCOUNT["1688"]))
    assert any("no marketplace order" in s.message for s in info.errors)


def test_unbind_all_bound_lines_then_book_again(world: World) -> None:
    oid = booked_order(world)
    first = world.lines(oid)[0].vend_purch_id
    # the marketplace order still exists: unbinding needs to be asked for explicitly
    with pytest.raises(NeedsConfirmation, match=f"{first} still exists"):
        world.core.purchase.start_unbind(oid, ACCOUNT["1688"])
    info = world.core.purchase.run(world.core.purchase.start_unbind(oid, ACCOUNT["1688"], force=True))
    assert info.state == "finished"
    assert all(li.vend_purch_id is None and li.status == st.READY for li in world.lines(oid))
    assert all(li.unbound_from == first for li in world.lines(oid))
    with world.core.db.read() as s:
        entries = s.query(AuditEntry).filter_by(action="line.unbind").all()
    assert len(entries) == 2 and all(json.loads(e.new_json)["order_still_exists"] for e in entries)
    assert len(world.sandbox_orders("1688")) == 1  # unbinding cancels nothing on the marketplace
    # booking them again asks first: the first order lives on
    activity = world.core.purchase.start_booking(oid, ACCOUNT["1688"])
    asked = world.core.purchase.run(activity)
    assert asked.state == "waiting" and asked.pending_question.question_key.startswith("rebuy:")
    assert len(world.sandbox_orders("1688")) == 1
    while (info := world.core.activities.get(activity)).state == "waiting":
        world.core.activities.answer(activity, "buy_again")
        world.core.purchase.run(activity)
    assert info.state == "finished" and world.lines(oid)[0].vend_purch_id != first
    assert all(li.unbound_from is None for li in world.lines(oid))


def test_recalculation_sets_purchase_figures_and_keeps_the_old_ones(world: World) -> None:
    item = plain_items("1688")[0]
    oid = world.add_order("1688", [(item, 0, 1, item.skus[0].price - Decimal("0.50"))])
    world.core.purchase.run(world.core.purchase.start_booking(oid, ACCOUNT["1688"]))
    line = world.lines(oid)[0]
    changes = world.core.purchase.recalculate(oid, [line.id], price=True, delivery=False)
    assert changes[0].new_price == line.purch_price and changes[0].old_price == line.price_cust
    assert world.lines(oid)[0].price_cust == line.purch_price
    assert world.lines(oid)[0].delivery_cust == line.delivery_cust
    with world.core.db.read() as s:
        entry = s.query(AuditEntry).filter_by(action="line.recalculate").one()
    assert json.loads(entry.old_json)["price_cust"] == str(line.price_cust)


def test_bad_requests_are_refused_with_a_clear_message_and_change_nothing(world: World) -> None:
    purchase = world.core.purchase
    item = plain_items("1688")[0]
    oid = world.add_order("1688", [(item, 0, 1, None)])
    unpaid = world.add_order("1688", [(item, 0, 1, None)], paid=False)
    taobao = world.add_order("taobao", [(plain_items("taobao")[0], 0, 1, None)])
    cases = [
        (lambda: purchase.start_booking("ORD-0000999999", ACCOUNT["1688"]), "ORD-0000999999"),
        (lambda: purchase.start_booking(oid, ACCOUNT["1688"], [424242]), "424242"),
        (lambda: purchase.start_booking(oid, ACCOUNT["1688"], [world.lines(taobao)[0].id]), "not lines of order"),
        (lambda: purchase.start_booking(unpaid, ACCOUNT["1688"]), "not paid"),
        (lambda: purchase.start_booking(oid, "nobody"), "Unknown account"),
        (lambda: purchase.start_booking(oid, ACCOUNT["taobao"]), "taobao account"),
        (lambda: purchase.start_booking(oid, ACCOUNT["1688"], warehouse_id=999), "Warehouse address 999"),
        (lambda: purchase.recalculate(oid, [world.lines(oid)[0].id]), "No purchase figures"),
    ]
    for call, words in cases:
        with pytest.raises(InvalidInput if "ORD-0000999999" not in words else Exception, match=words):
            call()
    assert world.core.activities.list() == []
    info = purchase.run(purchase.start_booking(oid, ACCOUNT["1688"], warehouse_id=None))
    assert info.state == "finished"
    with pytest.raises(InvalidInput, match="not waiting"):
        world.core.activities.answer(info.id, "confirm")


def test_an_answer_that_is_not_a_choice_is_refused(world: World) -> None:
    item = plain_items("1688")[0]
    oid = world.add_order("1688", [(item, 0, 1, item.skus[0].price / 2)])
    info = world.core.purchase.run(world.core.purchase.start_booking(oid, ACCOUNT["1688"]))
    with pytest.raises(InvalidInput, match="confirm, skip, cancel, abort"):
        world.core.activities.answer(info.id, "maybe")
    assert world.core.activities.get(info.id).state == "waiting"


def test_finished_activities_are_purged_after_retention_waiting_ones_never(world: World) -> None:
    item = plain_items("1688")[0]
    waiting = world.core.purchase.run(world.core.purchase.start_booking(
        world.add_order("1688", [(item, 0, 1, item.skus[0].price / 2)]), ACCOUNT["1688"]))
    done = world.core.purchase.run(world.core.purchase.start_booking(
        world.add_order("1688", [(item, 1, 1, None)]), ACCOUNT["1688"]))
    assert waiting.state == "waiting" and done.state == "finished"
    assert world.core.activities.purge(timedelta(days=1)) == 0
    assert world.core.activities.purge(timedelta(seconds=-1)) == 1
    assert [a.id for a in world.core.activities.list()] == [waiting.id]


def test_cancel_stops_a_waiting_activity_and_an_ended_one_cannot_be_cancelled(world: World) -> None:
    item = plain_items("1688")[0]
    oid = world.add_order("1688", [(item, 0, 1, item.skus[0].price / 2)])
    info = world.core.purchase.run(world.core.purchase.start_booking(oid, ACCOUNT["1688"]))
    assert [a.id for a in info.actions] == ["Cancel"]
    info = world.core.activities.cancel(info.id)
    assert info.state == "aborted" and info.is_cancelled and info.actions == ()
    assert world.core.purchase.run(info.id).state == "aborted"  # a cancelled one never runs again
    assert world.lines(oid)[0].provider_order_id is None
    with pytest.raises(InvalidInput, match="already ended"):
        world.core.activities.cancel(info.id)


def test_an_unpaid_order_closed_by_the_marketplace_cancels_its_lines(world: World) -> None:
    oid = booked_order(world, "taobao")
    world.market.advance(73)  # unpaid orders close after three days
    info = sync(world, "taobao")
    assert {li.status for li in world.lines(oid)} == {st.CANCELLED}, [s.message for s in info.steps]


def test_logistics_are_read_only_while_a_line_lacks_its_waybill(world: World) -> None:
    oid = booked_order(world)
    world.market.pay(world.lines(oid)[0].vend_purch_id, "1688")
    world.market.advance(26)
    connector = world.core.connectors("1688")
    real = connector.waybills
    calls: list[str] = []

    def counting(token, order_id):  # type: ignore[no-untyped-def]
        calls.append(order_id)
        return real(token, order_id)

    connector.waybills = counting  # type: ignore[method-assign]
    sync(world)
    assert all(li.vend_purch_waybill for li in world.lines(oid)) and len(calls) == 1
    world.market.advance(1)
    with world.core.db.write() as s:  # read everything again, as after a restart of the cursor
        from workstation.store.models import ProviderSession

        s.query(ProviderSession).update({"sync_cursor": None})
    sync(world)
    assert len(calls) == 1  # the waybills are known: no second logistics call
