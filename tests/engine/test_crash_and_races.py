"""Nothing is ever bought twice: crashes at every step, killed processes, two bookings at once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.engine.conftest import ACCOUNT, World, plain_items
from workstation.domain import statuses as st
from workstation.services.activities import ActivityService
from workstation.store.models import OrderLine, ProviderOrder


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


def _cli(data: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "workstation.cli", "--data-dir", str(data), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


KILLS = int(os.environ.get("WORKSTATION_KILLS", "6"))


@pytest.mark.slow
def test_booking_processes_killed_at_random_points_never_buy_twice(world: World) -> None:
    """SIGKILL a real `workstation-cli book` at random moments, then `resume`; repeat."""
    from workstation.providers.sandbox.launcher import write_port_file

    port = int(world.base_url.rsplit(":", 1)[1])
    write_port_file(world.data_dir / "sandbox", port)  # the CLI finds the running sandbox
    world.market.configure(latency_ms=60)
    # the CLI uses the file secret store: give it the demo sessions
    from workstation.services.secrets import FileSecretStore

    store = FileSecretStore(world.data_dir / "secrets.json")
    for name, value in world.core.secrets.data.items():  # type: ignore[attr-defined]
        store.set(name, value)
    rng = random.Random(20261123)
    orders = []
    for _ in range(KILLS):
        oid = two_seller_order(world)
        orders.append(oid)
        before = len(world.core.activities.list(kind="booking"))
        proc = _cli(world.data_dir, "book", oid, "--account", ACCOUNT["1688"])
        if rng.random() < 0.8:  # most kills land inside the booking, a few before it starts
            deadline = time.monotonic() + 20
            while len(world.core.activities.list(kind="booking")) == before and time.monotonic() < deadline:
                time.sleep(0.02)
        time.sleep(rng.uniform(0.0, 1.2))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        done = _cli(world.data_dir, "resume")
        out, err = done.communicate(timeout=120)
        assert done.returncode == 0, err
    remote = world.market.find_orders()
    refs = [o.client_ref for o in remote]
    assert len(refs) == len(set(refs)), "an order was created twice"
    with world.core.db.read() as s:
        pos = {po.id: po for po in s.scalars(select(ProviderOrder))}
        lines = s.scalars(select(OrderLine).where(OrderLine.order_id.in_(orders))).all()
    by_ref = {o.client_ref: o for o in remote}
    assert {po.client_ref for po in pos.values() if po.state == "created"} == set(refs)
    assert not [po for po in pos.values() if po.state in ("submitting", "unknown")], "an intent left open"
    interrupted = 0
    for line in lines:
        if line.provider_order_id is None:  # killed before its order was sent: free, and not bought
            assert line.status == st.READY
            continue
        interrupted += 1
        po = pos[line.provider_order_id]
        assert line.status == st.BOOKED and po.state == "created"
        assert line.vend_purch_id == by_ref[po.client_ref].order_id
    assert sum(len(o.lines) for o in remote) == interrupted
    assert world.core.activities.list(states=["running"]) == []
    # Not vacuous: some kills landed after the booking had started and were resumed.
    resumed = [a for a in world.core.activities.list(kind="booking")
               if any("Resuming" in st_.message for st_ in world.core.activities.get(a.id).steps)
               or a.state != "finished"]
    assert interrupted > 0 and len(world.core.activities.list(kind="booking")) > 0, resumed
