"""OT's `SearchOrders` and `SearchOrderLines`, as queries on the store.

The face reads OT's XML search parameters (and names the field when one is wrong); these build the
SQL from plain criteria and answer a frame of ids with the total, newest orders first and lines in
id order, as OT pages them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from workstation.store.database import Database
from workstation.store.models import Order, OrderLine


@dataclass(frozen=True)
class OrderCriteria:
    customer_id: str | None = None      # a customer sees only their own orders
    order_ids: tuple[str, ...] = ()
    provider: str | None = None         # our provider key
    created_from: datetime | None = None
    created_to: datetime | None = None

    def clauses(self) -> list[Any]:
        found: list[Any] = []
        if self.customer_id is not None:
            found.append(Order.customer_id == self.customer_id)
        if self.order_ids:
            found.append(Order.id.in_(self.order_ids))
        if self.provider:
            found.append(Order.provider == self.provider)
        if self.created_from is not None:
            found.append(Order.created_at >= self.created_from)
        if self.created_to is not None:
            found.append(Order.created_at <= self.created_to)
        return found


@dataclass(frozen=True)
class LineCriteria:
    orders: OrderCriteria = OrderCriteria()
    vendor_ids: tuple[str, ...] = ()    # provider order ids
    waybills: tuple[str, ...] = ()      # normalised tracking numbers
    statuses: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Frame:
    total: int
    ids: list[Any]


class OtSearch:
    def __init__(self, db: Database) -> None:
        self.db = db

    def order_customer(self, order_id: str) -> str | None:
        """The order's customer ("" for one without), or None when there is no such order."""
        with self.db.read() as s:
            row = s.execute(select(Order.customer_id).where(Order.id == order_id)).first()
        return None if row is None else (row[0] or "")

    def orders(self, criteria: OrderCriteria, position: int, size: int) -> Frame:
        clauses = criteria.clauses()
        with self.db.read() as s:
            total = s.scalar(select(func.count()).select_from(Order).where(*clauses)) or 0
            ids = list(s.scalars(select(Order.id).where(*clauses)
                                 .order_by(Order.created_at.desc(), Order.id.desc()).offset(position).limit(size)))
        return Frame(total, ids)

    def lines(self, criteria: LineCriteria, position: int, size: int) -> Frame:
        clauses = criteria.orders.clauses()
        base = select(OrderLine.id)
        counter = select(func.count()).select_from(OrderLine)
        if clauses:
            base, counter = base.join(Order), counter.join(Order)
        if criteria.vendor_ids:
            clauses.append(OrderLine.vend_purch_id.in_(criteria.vendor_ids))
        if criteria.waybills:
            clauses.append(OrderLine.vend_purch_waybill.in_(criteria.waybills))
        if criteria.statuses is not None:
            clauses.append(OrderLine.status.in_(criteria.statuses))
        with self.db.read() as s:
            total = s.scalar(counter.where(*clauses)) or 0
            ids = list(s.scalars(base.where(*clauses).order_by(OrderLine.id).offset(position).limit(size)))
        return Frame(total, ids)


__all__ = ["Frame", "LineCriteria", "OrderCriteria", "OtSearch"]
