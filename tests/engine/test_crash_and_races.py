"""Nothing is ever bought twice: crashes at every step, two bookings at once. Killed processes:
test_kill_harness.py."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from tests.helpers.engine import ACCOUNT, World, plain_items
from workstation.domain import statuses as st
from workstation.services.activities import ActivityService
from workstation.store.models import ProviderOrder


class Crash(BaseException):
    """Stands for the process dying: not an Exception, so nothing in the engine catches it."""


def two_seller_order(world: World, provider: str = "1688") -> str:
    items = plain_items(provider)
    a = items[0]
    b = next(i for i in items if i.seller_id != a.seller_id)
    return world.add_order(provider, [(a, 0, 1, None), (a, 1, 1, None), (b, 0, 2, None)])


def restart(world: World) -> ActivityService:
    """What the next start does: activities of dead processes go back to the queue."""
    world.core.activities.requeue_dead(lambda owner: False)
    return world.core.activities


def assert_bought_once(world: World, oid: str) -> None:
    lines = world.lines(oid)
    with world.core.db.read() as s:
        ours = {po.client_ref: po for po in s.scalars(select(ProviderOrder))}
    remote = world.market.find_orders()
    refs = [o.client_ref for o in remote]
    assert len(refs) == len(set(refs)), "an order was created twice"
    for order in remote:
        assert order.client_ref in ours and ours[order.client_ref].state == "created"
    assert all(li.status == st.BOOKED for li in lines), [li.status for li in lines]
    assert sum(len(o.lines) for o in remote) == len(lines)


@pytest.mark.parametrize("when", ["before_send", "after_send"])
def test_a_crash_around_order_creation_resumes_without_buying_twice(world: World, when: str) -> None:
    oid = two_seller_order(world)
    connector = world.core.connectors("1688")
    real_create = connector.create_order
    calls = {"n": 0}

    def dying_create(token, request):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:  # the second seller's order
            if when == "after_send":
                real_create(token, request)
            raise Crash()
        return real_create(token, request)

    connector.create_order = dying_create  # type: ignore[method-assign]
    activity = world.core.purchase.start_booking(oid, ACCOUNT["1688"])
    with pytest.raises(Crash):
        world.core.purchase.run(activity)
    connector.create_order = real_create  # type: ignore[method-assign]
    assert world.core.activities.get(activity).state == "running"  # as a killed process leaves it

    service = restart(world)
    assert service.resumable() == [activity]
    info = service.run(activity)
    assert any("Resuming" in s.message for s in info.steps)
    if when == "after_send":  # the look-up finds the order: linked, nothing sent again
        assert info.state == "finished", [s.message for s in info.steps]
        assert_bought_once(world, oid)
        return
    # Never sent, but nobody can know that from one look-up: the lines stay reserved and a
    # person is asked; "no order was created" frees them, and the next booking buys them once.
    assert info.state == "waiting" and info.pending_question.question_key.startswith("unknown:WS")
    reserved = [li for li in world.lines(oid) if li.status == st.OUTCOME_UNKNOWN]
    assert reserved and all(li.provider_order_id is not None for li in reserved)
    world.core.activities.answer(activity, "no_order", "tester")
    info = service.run(activity)
    assert info.state == "finished", [s.message for s in info.steps]
    assert all(li.status in (st.BOOKED, st.READY) for li in world.lines(oid))
    again = world.core.purchase.run(world.core.purchase.start_booking(oid, ACCOUNT["1688"]))
    assert again.state == "finished", [s.message for s in again.steps]
    assert_bought_once(world, oid)


def test_two_bookings_of_the_same_lines_at_once_buy_each_line_once(any_world: World) -> None:
    world = any_world
    world.market.configure(latency_ms=150)
    oid = two_seller_order(world)
    first = world.core.purchase.start_booking(oid, ACCOUNT["1688"])
    second = world.core.purchase.start_booking(oid, ACCOUNT["1688"])
    barrier = threading.Barrier(2)
    results = {}

    def drive(activity_id: str) -> None:
        barrier.wait()
        results[activity_id] = world.core.activities.run(activity_id)

    threads = [threading.Thread(target=drive, args=(a,)) for a in (first, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert_bought_once(world, oid)
    messages = [s.message for r in results.values() for s in r.steps]
    assert any("booked elsewhere" in m or "another booking" in m for m in messages), messages
    assert all(r.state in ("finished", "finished_with_errors") for r in results.values())
