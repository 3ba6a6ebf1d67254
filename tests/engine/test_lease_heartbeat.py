"""An activity's lease is renewed from a heartbeat thread while its handler runs, so no other
process takes over a booking whose owner is alive but inside a long network call."""

from __future__ import annotations

import logging
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from workstation.services.activities import FINISHED, RUNNING, ActivityService, Context
from workstation.store.database import Database
from workstation.store.models import Activity

LEASE = 2  # seconds: the heartbeat beats every 2/3 s


def heartbeats() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("activity-lease-")]


def lease_of(db: Database, activity_id: str) -> tuple[str, str | None, datetime | None]:
    with db.read() as s:
        row = s.execute(select(Activity.state, Activity.owner, Activity.lease_until)
                        .where(Activity.id == activity_id)).one()
    return row.state, row.owner, row.lease_until


def wait_for(condition, timeout: float = 30.0, what: str = "condition") -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


class BlockingHandler:
    """Stands for a long network call: blocks (writing nothing) until released."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.release = threading.Event()

    def run(self, ctx: Context) -> None:
        ctx.info("calling the marketplace", key="call")
        self.started.set()
        if not self.release.wait(60):
            raise AssertionError("never released")
        ctx.info("the marketplace answered", key="answered")


def test_a_live_owner_keeps_its_lease_through_a_long_call(db: Database) -> None:
    handler = BlockingHandler()
    owner = ActivityService(db, {"booking": handler}, owner="station-a", lease_seconds=LEASE)
    other = ActivityService(db, {"booking": handler}, owner="station-b", lease_seconds=LEASE)
    activity_id = owner.create("booking", "1688", "buyer", {})
    result: dict[str, object] = {}
    runner = threading.Thread(target=lambda: result.update(info=owner.run(activity_id)))
    runner.start()
    try:
        assert handler.started.wait(30)
        _, _, first_lease = lease_of(db, activity_id)
        assert first_lease is not None
        # Block well past the lease the claim took (5 s in all): without a heartbeat the lease
        # would have run out, and the other station would take the booking over.
        blocked_until = first_lease + timedelta(seconds=LEASE + 1)
        while datetime.now(UTC) < blocked_until:
            assert other.claim(activity_id) is False, "another station took over a live booking"
            state, holder, lease = lease_of(db, activity_id)
            assert (state, holder) == (RUNNING, "station-a")
            assert activity_id not in other.resumable()
            time.sleep(0.25)  # pace the probes; what is waited for is the clock above
        state, holder, lease = lease_of(db, activity_id)
        assert lease is not None and lease > first_lease  # renewed by the heartbeat
        assert lease > datetime.now(UTC)
    finally:
        handler.release.set()
        runner.join(60)
    assert not runner.is_alive()
    info = result["info"]
    assert info.state == FINISHED  # type: ignore[attr-defined]
    assert [s.message for s in info.steps] == ["calling the marketplace", "the marketplace answered"]  # type: ignore[attr-defined]
    assert lease_of(db, activity_id) == (FINISHED, None, None)
    assert heartbeats() == []  # stopped and joined when the handler returned
    assert other.claim(activity_id) is False


def test_the_heartbeat_stops_when_the_handler_raises(db: Database) -> None:
    class Failing:
        def run(self, ctx: Context) -> None:
            raise RuntimeError("boom")

    service = ActivityService(db, {"booking": Failing()}, owner="station-a", lease_seconds=LEASE)
    activity_id = service.create("booking", "1688", "buyer", {})
    assert service.run(activity_id).state == "failed"
    assert heartbeats() == []
    assert lease_of(db, activity_id) == ("failed", None, None)


def test_a_renewal_is_a_compare_and_set_on_owner_and_state(db: Database) -> None:
    service = ActivityService(db, {"booking": BlockingHandler()}, owner="station-a", lease_seconds=LEASE)
    activity_id = service.create("booking", "1688", "buyer", {})
    assert service.claim(activity_id)
    assert service._renew_lease(activity_id) is True
    with db.write() as s:  # taken over by another station after a real expiry
        s.execute(update(Activity).where(Activity.id == activity_id).values(owner="station-b"))
    assert service._renew_lease(activity_id) is False
    _, holder, _ = lease_of(db, activity_id)
    assert holder == "station-b"
    with db.write() as s:
        s.execute(update(Activity).where(Activity.id == activity_id)
                  .values(owner="station-a", state="waiting"))
    assert service._renew_lease(activity_id) is False


def test_the_heartbeat_writes_beside_a_writing_handler(db: Database, caplog: pytest.LogCaptureFixture) -> None:
    """The heartbeat has its own thread, so its writes never meet the handler's write guard."""
    caplog.set_level(logging.WARNING, logger="workstation.services.activities")
    renewals: list[int] = []

    class Busy:
        def run(self, ctx: Context) -> None:
            n = 0
            # write steps until the heartbeat has renewed the lease twice meanwhile
            while len(renewals) < 2:
                ctx.info(f"step {n}", key=f"step:{n}")
                n += 1
                if n > 5000:
                    raise AssertionError("the heartbeat never beat")

    service = ActivityService(db, {"booking": Busy()}, owner="station-a", lease_seconds=1)
    real_renew = service._renew_lease

    def counting_renew(activity_id: str) -> bool:
        ok = real_renew(activity_id)
        renewals.append(int(ok))
        return ok

    service._renew_lease = counting_renew  # type: ignore[method-assign]
    activity_id = service.create("booking", "1688", "buyer", {})
    info = service.run(activity_id)
    assert info.state == FINISHED, [s.message for s in info.errors]
    assert renewals[:2] == [1, 1]
    assert not [r for r in caplog.records if "lease" in r.getMessage()]
    assert heartbeats() == []
