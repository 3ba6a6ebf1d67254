"""Parcels to the customer: forming, editing under optimistic locking, audit."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.warehouse.conftest import lines_in
from workstation.domain import statuses as st
from workstation.services.errors import InvalidInput
from workstation.services.warehouse import (
    ConflictError,
    ParcelItem,
    ParcelService,
    ReceiveLine,
    ReceivingService,
    Size,
)
from workstation.store.database import Database
from workstation.store.models import AuditEntry, OrderLine


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
    assert parcel.weight_kg == Decimal("1.25") and parcel.tracking_number == "CP123456789CN"
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
    assert edited.version == parcel.version + 1 and edited.weight_kg == Decimal("2.50")
    with pytest.raises(ConflictError):  # a second workstation still holding version 1
        parcels.edit_parcel(parcel.id, parcel.version, clerk="anna", workstation="ws-2", weight_kg="9")
    assert parcels.parcels_of(order_id)[0].weight_kg == Decimal("2.50")
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
        assert json.loads(entry.old_json)["weight_kg"] is None
        assert json.loads(entry.new_json)["tracking"] == "RR123456789CN"
