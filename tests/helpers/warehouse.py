"""Warehouse fixtures: demo orders in a real database, and a fixed clock."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select, update

from tests.helpers.db import FIXED_NOW
from workstation.domain import statuses as st
from workstation.services import demo
from workstation.services.warehouse import ParcelService, ReceivingService
from workstation.store.database import Database
from workstation.store.models import OrderLine


class Clock:
    def __init__(self) -> None:
        self.now = FIXED_NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def filled(db: Database) -> Database:
    demo.generate(db, orders=80, now=FIXED_NOW)
    return db


@pytest.fixture
def receiving(filled: Database, clock: Clock) -> ReceivingService:
    return ReceivingService(filled, clock)


@pytest.fixture
def parcels(filled: Database, clock: Clock) -> ParcelService:
    return ParcelService(filled, clock)


def lines_in(db: Database, status: str, limit: int = 50) -> list[OrderLine]:
    with db.read() as s:
        return list(s.scalars(select(OrderLine).where(OrderLine.status == status,
                                                      OrderLine.vend_purch_waybill.is_not(None))
                              .order_by(OrderLine.id).limit(limit)))


def shared_waybill(db: Database, waybill: str = "SF9000000000001") -> list[OrderLine]:
    """Two orders' shipped lines put under one waybill (a seller shipped them together)."""
    shipped = lines_in(db, st.SENT_BY_SELLER, 200)
    orders = list(dict.fromkeys(li.order_id for li in shipped))[:2]
    with db.write() as s:
        s.execute(update(OrderLine).where(OrderLine.order_id.in_(orders),
                                          OrderLine.status == st.SENT_BY_SELLER)
                  .values(vend_purch_waybill=waybill))
    with db.read() as s:
        return list(s.scalars(select(OrderLine).where(OrderLine.vend_purch_waybill == waybill)
                              .order_by(OrderLine.id)))
