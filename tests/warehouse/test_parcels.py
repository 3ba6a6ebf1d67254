"""Parcels to the customer: forming, editing under optimistic locking, audit."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.exc import IntegrityError

from tests.helpers.db import FIXED_NOW
from tests.helpers.warehouse import lines_in
from workstation.domain import statuses as st
from workstation.services import demo
from workstation.services.errors import InvalidInput
from workstation.services.warehouse import (
    ConflictError,
    ParcelItem,
    ParcelService,
    ReceiveLine,
    ReceivingService,
    Size,
)
from workstation.services.warehouse.parcels import TrackingTaken, format_kg
from workstation.store.database import Database, create_db_engine
from workstation.store.migrate import upgrade
from workstation.store.models import AuditEntry, Order, OrderLine, Parcel


def received_order(filled: Database, receiving: ReceivingService) -> list[OrderLine]:
    """An order whose shipped lines were all received."""
    first = lines_in(filled, st.SENT_BY_SELLER)[0]
    with filled.read() as s:
        lines = list(s.scalars(select(OrderLine).where(OrderLine.order_id == first.order_id,
                                                       OrderLine.status == st.SENT_BY_SELLER)))
    receiving.receive([ReceiveLine(li.id, li.qty) for li in lines], clerk="anna", workstation="ws-2")
    return lines


def test_form_a_parcel_from_received_lines(filled: Database, receiving: ReceivingService,
                                           parcels: ParcelService) -> None:
    lines = received_order(filled, receiving)
    order_id = lines[0].order_id
    parcel = parcels.form_parcel(order_id, [ParcelItem(li.id, li.qty) for li in lines], clerk="anna",
                                 workstation="ws-2", weight_kg="1,254", size=Size(30, 20, 10),
                                 tracking="cp123456789cn")
    assert parcel.weight_g == 1254 and parcel.weight_kg == Decimal("1.254")  # to the gram, as typed
    assert parcel.tracking_number == "CP123456789CN"
    assert parcel.size == Size(30, 20, 10) and parcel.version == 1
    assert parcels.parcels_of(order_id) == [parcel]
    with filled.read() as s:
        assert {li.status for li in s.scalars(select(OrderLine).where(
            OrderLine.id.in_([li.id for li in lines])))} == {st.PACKED}
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "form_parcel")).one()
        assert entry.actor == "anna" and json.loads(entry.new_json)["tracking"] == "CP123456789CN"


def test_only_received_quantities_of_the_order_are_packed(filled: Database, receiving: ReceivingService,
                                                         parcels: ParcelService) -> None:
    lines = received_order(filled, receiving)
    order_id = lines[0].order_id
    other = lines_in(filled, st.SENT_BY_SELLER)[0]
    with pytest.raises(InvalidInput, match="not a line of"):
        parcels.form_parcel(order_id, [ParcelItem(other.id, 1)], clerk="a", workstation="w")
    with pytest.raises(InvalidInput, match="cannot be packed"):
        parcels.form_parcel(order_id, [ParcelItem(lines[0].id, lines[0].qty + 1)], clerk="a", workstation="w")
    with pytest.raises(InvalidInput, match="Weight"):
        parcels.form_parcel(order_id, [ParcelItem(lines[0].id, 1)], clerk="a", workstation="w", weight_kg="-1")
    with pytest.raises(InvalidInput, match="received lines"):
        parcels.form_parcel(other.order_id, [ParcelItem(other.id, 1)], clerk="a", workstation="w")
    assert parcels.parcels_of(order_id) == []


def test_edit_is_audited_and_a_stale_version_is_refused(filled: Database, receiving: ReceivingService,
                                                        parcels: ParcelService) -> None:
    lines = received_order(filled, receiving)
    order_id = lines[0].order_id
    parcel = parcels.form_parcel(order_id, [ParcelItem(li.id, li.qty) for li in lines],
                                 clerk="anna", workstation="ws-2")
    edited = parcels.edit_parcel(parcel.id, parcel.version, clerk="oleg", workstation="ws-1",
                                 weight_kg=Decimal("2.5"), tracking="RR123456789CN")
    assert edited.version == parcel.version + 1 and edited.weight_g == 2500
    with pytest.raises(ConflictError):  # a second workstation still holding version 1
        parcels.edit_parcel(parcel.id, parcel.version, clerk="anna", workstation="ws-2", weight_kg="9")
    assert parcels.parcels_of(order_id)[0].weight_g == 2500
    if len(lines) > 1:  # take a line out: it goes back to received
        smaller = parcels.edit_parcel(parcel.id, edited.version, clerk="oleg", workstation="ws-1",
                                      items=[ParcelItem(lines[0].id, lines[0].qty)])
        assert smaller.version == edited.version + 1 and len(smaller.items) == 1
        with filled.read() as s:
            assert s.get(OrderLine, lines[1].id).status == st.RECEIVED  # type: ignore[union-attr]
    with filled.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "edit_parcel")
                          .order_by(AuditEntry.id)).first()
        assert entry is not None and entry.actor == "oleg"
        assert json.loads(entry.old_json)["weight_g"] is None
        assert json.loads(entry.new_json)["tracking"] == "RR123456789CN"


def test_the_weight_is_kept_in_grams_exactly_as_the_scale_gave_it(
        filled: Database, receiving: ReceivingService, parcels: ParcelService) -> None:
    lines = received_order(filled, receiving)
    parcel = parcels.form_parcel(lines[0].order_id, [ParcelItem(lines[0].id, 1)], clerk="anna",
                                 workstation="ws-2", weight_kg="2.345")
    assert parcel.weight_g == 2345 and format_kg(parcel.weight_g) == "2.345 kg"  # was 2.34 (half-even)
    assert parcels.parcels_of(lines[0].order_id)[0].weight_g == 2345
    assert format_kg(1250) == "1.250 kg" and format_kg(None) == ""
    with pytest.raises(InvalidInput, match="finer than a gram"):
        parcels.edit_parcel(parcel.id, parcel.version, clerk="a", workstation="w", weight_kg="2.3455")


def test_an_outgoing_tracking_number_is_on_one_parcel_only(
        filled: Database, receiving: ReceivingService, parcels: ParcelService) -> None:
    lines = received_order(filled, receiving)
    order_id = lines[0].order_id
    one = ParcelItem(lines[0].id, 1)
    p1 = parcels.form_parcel(order_id, [one], clerk="anna", workstation="ws-2", tracking="RB123456785CN")
    rest = ParcelItem(lines[0].id, lines[0].qty - 1) if lines[0].qty > 1 else ParcelItem(lines[1].id, 1)
    with pytest.raises(TrackingTaken, match=f"already on parcel P{p1.id} \\({order_id}\\)"):
        parcels.form_parcel(order_id, [rest], clerk="oleg", workstation="ws-1", tracking="rb123456785cn")
    p2 = parcels.form_parcel(order_id, [rest], clerk="oleg", workstation="ws-1")
    with pytest.raises(TrackingTaken, match=f"P{p1.id}"):
        parcels.edit_parcel(p2.id, p2.version, clerk="oleg", workstation="ws-1", tracking="RB123456785CN")
    assert parcels.edit_parcel(p1.id, p1.version, clerk="anna", workstation="ws-2",
                               tracking="RB123456785CN").tracking_number == "RB123456785CN"  # its own: fine
    with filled.write() as s, pytest.raises(IntegrityError):  # the database holds it too
        s.execute(update(Parcel).where(Parcel.id == p2.id).values(tracking_number="RB123456785CN"))
        s.flush()


def test_a_parcel_holds_lines_of_several_orders_of_one_customer(
        filled: Database, receiving: ReceivingService, parcels: ParcelService) -> None:
    shipped = lines_in(filled, st.SENT_BY_SELLER, 200)
    a_id, b_id, c_id = list(dict.fromkeys(li.order_id for li in shipped))[:3]
    with filled.write() as s:  # the customer of a ordered b too; c is someone else's
        a = s.get(Order, a_id)
        assert a is not None
        s.execute(update(Order).where(Order.id == b_id).values(customer_id=a.customer_id,
                                                               customer_name=a.customer_name))
        s.execute(update(Order).where(Order.id == c_id).values(customer_id="someone-else"))
    by_order = {oid: [li for li in shipped if li.order_id == oid] for oid in (a_id, b_id, c_id)}
    for oid in (a_id, b_id, c_id):
        receiving.receive([ReceiveLine(li.id, li.qty) for li in by_order[oid]], clerk="anna", workstation="ws-2")
    assert parcels.customer_orders(a_id) == [b_id]
    with pytest.raises(InvalidInput, match="one customer"):
        parcels.form_parcel(a_id, [ParcelItem(li.id, li.qty) for li in by_order[a_id] + by_order[c_id]],
                            clerk="anna", workstation="ws-2")
    items = [ParcelItem(li.id, li.qty) for li in by_order[a_id] + by_order[b_id]]
    parcel = parcels.form_parcel(a_id, items, clerk="anna", workstation="ws-2", weight_kg="3.1")
    assert parcel.order_ids == (a_id, b_id) and len(parcel.items) == len(items)
    assert parcels.parcels_of(b_id) == [parcel] == parcels.parcels_of(a_id)
    assert parcels.customer_orders(a_id) == []  # b is packed now
    with filled.read() as s:
        assert set(s.scalars(select(OrderLine.status).where(
            OrderLine.id.in_([i.line_id for i in items])))) == {st.PACKED}


def test_migration_0004_converts_weights_exactly_and_settles_duplicate_tracking(db_url: str) -> None:
    db = Database(create_db_engine(db_url))
    try:
        upgrade(db, "0003")
        demo.generate(db, orders=5, now=FIXED_NOW)

        def as_written(kg: str | None) -> object:  # as the Money column wrote it: text on SQLite
            return None if kg is None else kg if db.engine.dialect.name == "sqlite" else Decimal(kg)

        with db.engine.begin() as conn:
            order_id = conn.execute(text("SELECT id FROM orders ORDER BY id")).scalars().first()
            for pid, kg, code in ((1, "1.25", "RB123456785CN"), (2, "2.35", "RB123456785CN"),
                                  (3, "0.01", None), (4, None, "RB123456785CN"), (5, "999.99", "CP1")):
                conn.execute(text("INSERT INTO parcels (id, order_id, tracking_number, weight_kg, created_at, "
                                  "created_by, version) VALUES (:id, :o, :t, :w, :at, 'x', 1)"),
                             {"id": pid, "o": order_id, "t": code, "w": as_written(kg),
                              "at": FIXED_NOW.replace(tzinfo=None)})
        assert upgrade(db, "0004") == "0004"
        with db.read() as s:
            got = {p.id: (p.weight_g, p.tracking_number) for p in s.scalars(select(Parcel))}
            dropped = s.scalars(select(AuditEntry).where(AuditEntry.action == "drop_duplicate_tracking")
                                .order_by(AuditEntry.entity_id)).all()
        assert got == {1: (1250, "RB123456785CN"), 2: (2350, None), 3: (10, None), 4: (None, None),
                       5: (999990, "CP1")}
        assert [(e.entity_id, json.loads(e.new_json)["kept_by_parcel"]) for e in dropped] == [("2", 1), ("4", 1)]
        downgrade(db, "0003")  # and back: kilograms again (10 g steps, as the old column kept them)
        with db.engine.connect() as conn:
            back = {pid: None if kg is None else Decimal(str(kg)).quantize(Decimal("0.01"))
                    for pid, kg in conn.execute(text("SELECT id, weight_kg FROM parcels"))}
        assert back == {1: Decimal("1.25"), 2: Decimal("2.35"), 3: Decimal("0.01"), 4: None, 5: Decimal("999.99")}
    finally:
        db.dispose()


def downgrade(db: Database, target: str) -> None:
    from alembic import command

    from workstation.store.migrate import _alembic_config

    cfg = _alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, target)
