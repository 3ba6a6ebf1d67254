"""Change records: every write transaction announces what it changed, only once it committed."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import update

from workstation.services.change_listeners import listener_for
from workstation.services.changes import MAX_IDS, ChangeFeed, ChangeRecord
from workstation.store.database import Database
from workstation.store.models import Activity, Order, OrderLine

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _order(oid: str) -> Order:
    return Order(id=oid, provider="taobao", customer_id="C1", customer_name="X", goods_amount=Decimal(1),
                 delivery_amount=Decimal(0), paid_amount=Decimal(1), is_paid=True, created_at=NOW, updated_at=NOW)


def _line(oid: str, n: int) -> OrderLine:
    return OrderLine(order_id=oid, line_num=n, label=f"L-{oid}-{n}", provider="taobao", item_id="1",
                     config_text="", config_text_orig="", title_orig="t", title="t", seller_id="s",
                     seller_nick="s", is_tmall=False, qty=1, price_cust=Decimal(1), delivery_cust=Decimal(0),
                     status="ready", status_changed_at=NOW)


def test_writes_announce_kinds_and_ids_after_commit_and_rollbacks_nothing(db: Database) -> None:
    feed = ChangeFeed.attach(db, "Packing table 2")
    assert ChangeFeed.attach(db, "other") is feed  # one feed per database
    got: list[ChangeRecord] = []
    feed.subscribe(got.append)
    with db.write() as s:
        s.add(_order("ORD-1"))
        s.flush()
        s.add(_line("ORD-1", 1))
        s.add(_line("ORD-1", 2))
    (record,) = got
    assert record.origin == "Packing table 2" and record.source == feed.token
    assert record.ids("orders") == {"ORD-1"} and record.ids("lines") is not None
    assert len(record.ids("lines") or ()) == 2 and not record.touches("scans", "activities")

    with db.write() as s:  # a bulk update names the ids of its WHERE
        s.execute(update(Order).where(Order.id.in_(["ORD-1", "ORD-9"])).values(customer_name="Y"))
    assert got[-1].ids("orders") == {"ORD-1", "ORD-9"}
    with db.write() as s:  # ...or, when it cannot say, the kind alone
        s.execute(update(OrderLine).where(OrderLine.qty > 0).values(qty=2))
    assert got[-1].ids("lines") is None and got[-1].names("lines", [12345])

    with pytest.raises(RuntimeError), db.write() as s:
        s.add(_order("ORD-2"))
        s.flush()
        raise RuntimeError("rolled back")
    with db.write() as s:
        s.get(Order, "ORD-1")  # a write transaction that changed nothing
    assert len(got) == 3  # neither the rolled-back nor the empty one announced anything
    with db.read() as s:
        assert s.get(Order, "ORD-2") is None


def test_a_record_with_too_many_ids_says_the_kind_only(db: Database) -> None:
    feed = ChangeFeed.attach(db, "A")
    got: list[ChangeRecord] = []
    feed.subscribe(got.append)
    with db.write() as s:
        for i in range(MAX_IDS + 5):
            s.add(Activity(id=f"act-{i}", kind="sync", provider="1688", account="a", state="queued",
                           created_at=NOW))
    assert got[-1].ids("activities") is None
    assert ChangeRecord.from_json(got[-1].to_json()) == got[-1]


def test_another_process_gets_the_record_only_once_it_committed(db: Database) -> None:
    """Two feeds with their own tokens stand for two processes; the second listens (NOTIFY on
    PostgreSQL, data_version + change_log on SQLite) and must not see an uncommitted write."""
    writer = ChangeFeed.attach(db, "A")
    reader = ChangeFeed(db, "B")  # same database, another token: what another process would be
    arrived: list[ChangeRecord] = []
    event = threading.Event()

    def take(record: ChangeRecord) -> None:
        if record.source == writer.token:
            arrived.append(record)
            event.set()

    reader.subscribe(take)
    listener = listener_for(reader)
    assert listener is not None
    listener.start()
    try:
        assert listener.listening.wait(10)
        with db.write() as s:
            s.add(_order("ORD-7"))
            s.flush()
            assert not event.wait(0.8)  # flushed, not committed: nothing announced
        assert event.wait(10)
        assert arrived[0].ids("orders") == {"ORD-7"} and arrived[0].origin == "A"
    finally:
        listener.stop()
