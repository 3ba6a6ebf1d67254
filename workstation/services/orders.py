"""Reading orders and lines for the window and the CLI: paged, indexed, plain rows out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.engine import Connection

from workstation.domain import statuses
from workstation.domain.barcodes import normalise_code
from workstation.domain.layouts import fold_candidates
from workstation.services.dto import LineRow, LookupResult, OrderDetail, OrderRow
from workstation.services.errors import NotFoundError
from workstation.services.lookup import Found
from workstation.services.lookup import find as find_lines
from workstation.store.database import Database
from workstation.store.models import Order, OrderLine


@dataclass(frozen=True)
class OrderFilter:
    text: str = ""  # order id, customer name, or provider; empty for all

    def apply(self, query: Select) -> Select:  # type: ignore[type-arg]
        text = self.text.strip()
        if not text:
            return query
        like = f"%{text}%"
        digits = text.upper().removeprefix("ORD-").lstrip("0")
        clauses = [Order.customer_name.ilike(like), Order.id.ilike(like), Order.provider == text.lower()]
        if digits.isdigit():
            clauses.append(Order.id == f"ORD-{int(digits):010d}")
        return query.where(or_(*clauses))


@dataclass(frozen=True)
class LineFilter:
    waybill_prefix: str = ""  # tracking-number search of "By goods"
    status: str = ""
    line_ids: tuple[int, ...] = ()  # exactly these lines (what a scan found)

    def apply(self, query: Select) -> Select:  # type: ignore[type-arg]
        if self.line_ids:
            query = query.where(OrderLine.id.in_(self.line_ids))
        # The text as typed and its readings through other keyboard layouts (`ЫА30` is `SF30`).
        # Ranges, not LIKE: they use the waybill index on SQLite and PostgreSQL alike.
        prefixes = list(dict.fromkeys(p for c in fold_candidates(self.waybill_prefix.strip())
                                      if (p := normalise_code(c.code))))
        ranges = [and_(OrderLine.vend_purch_waybill >= p, OrderLine.vend_purch_waybill < p + "\uffff")
                  for p in prefixes]
        if ranges:
            query = query.where(ranges[0] if len(ranges) == 1 else or_(*ranges))
        if self.status:
            query = query.where(OrderLine.status == self.status)
        return query


def _line_row(line: OrderLine, customer_name: str = "") -> LineRow:
    return LineRow(
        id=line.id, order_id=line.order_id, line_num=line.line_num, label=line.label,
        provider=line.provider, item_id=line.item_id, config_id=line.config_id,
        title_orig=line.title_orig, title=line.title, config_text=line.config_text,
        config_text_orig=line.config_text_orig, image_url=line.image_url,
        seller_nick=line.seller_nick, qty=line.qty, price_cust=line.price_cust,
        delivery_cust=line.delivery_cust, purch_price=line.purch_price,
        purch_delivery=line.purch_delivery, status=line.status,
        vend_purch_id=line.vend_purch_id, vend_purch_waybill=line.vend_purch_waybill,
        account=line.account, customer_name=customer_name, weight_kg=line.weight_kg,
        external_line_id=line.external_line_id, price_paid=line.price_paid,
        operator_comment=line.operator_comment or "",
    )


def summarise(status_codes: Sequence[str]) -> str:
    """The order's leading status: the least advanced open line, else the last final one."""
    if not status_codes:
        return ""
    known = [statuses.status(c) for c in status_codes]
    open_ = [s for s in known if not s.final]
    chosen = min(open_, key=lambda s: s.rank) if open_ else max(known, key=lambda s: s.rank)
    return chosen.code


class OrderService:
    """Queries behind the Orders pane and the CLI. Thread-safe: each call opens its session."""

    def __init__(self, db: Database):
        self._db = db

    def count_orders(self, flt: OrderFilter = OrderFilter()) -> int:
        with self._db.read() as s:
            return s.scalar(flt.apply(select(func.count()).select_from(Order))) or 0

    def list_orders(self, flt: OrderFilter = OrderFilter(), offset: int = 0,
                    limit: int = 200) -> list[OrderRow]:
        with self._db.read() as s:
            orders = s.scalars(
                flt.apply(select(Order)).order_by(Order.created_at.desc(), Order.id.desc())
                .offset(offset).limit(limit)
            ).all()
            if not orders:
                return []
            ids = [o.id for o in orders]
            by_order: dict[str, list[str]] = {i: [] for i in ids}
            for order_id, status in s.execute(
                select(OrderLine.order_id, OrderLine.status).where(OrderLine.order_id.in_(ids))
            ):
                by_order[order_id].append(status)
            return [self._order_row(o, by_order[o.id]) for o in orders]

    @staticmethod
    def _order_row(o: Order, line_statuses: list[str]) -> OrderRow:
        code = summarise(line_statuses)
        return OrderRow(
            id=o.id, provider=o.provider, customer_name=o.customer_name, created_at=o.created_at,
            goods_amount=o.goods_amount, delivery_amount=o.delivery_amount,
            paid_amount=o.paid_amount, is_paid=o.is_paid, line_count=len(line_statuses),
            status_code=code, status_summary=statuses.status(code).name if code else "",
        )

    def order_detail(self, order_id: str) -> OrderDetail:
        with self._db.read() as s:
            order = s.get(Order, order_id)
            if order is None:
                raise NotFoundError(f"Order {order_id!r} does not exist.")
            lines = tuple(_line_row(line, order.customer_name) for line in order.lines)
            row = self._order_row(order, [line.status for line in lines])
            return OrderDetail(row, order.delivery_address, order.comment, lines)

    def count_lines(self, flt: LineFilter = LineFilter()) -> int:
        with self._db.read() as s:
            return s.scalar(flt.apply(select(func.count()).select_from(OrderLine))) or 0

    def list_lines(self, flt: LineFilter = LineFilter(), offset: int = 0,
                   limit: int = 200) -> list[LineRow]:
        with self._db.read() as s:
            query = (
                flt.apply(select(OrderLine, Order.customer_name).join(Order))
                .order_by(OrderLine.id.desc()).offset(offset).limit(limit)
            )
            return [_line_row(line, name) for line, name in s.execute(query)]

    def lookup(self, raw_code: str) -> LookupResult:
        """What a scan of `raw_code` finds: lines by waybill, marketplace order id, label, order.

        The code as given is tried first, then its readings through other keyboard layouts
        (`domain.layouts.fold_candidates`); `layout` in the result says which one matched.
        One indexed query for all of them (`services/lookup.py`), on a plain connection."""
        with self._db.read_connection() as conn:
            return self.find(conn, raw_code).result

    def find(self, conn: Connection, raw_code: str) -> Found:
        """`lookup` on the caller's connection (and transaction), with each line's receipts:
        the scan service runs it inside the transaction that journals the scan."""
        return find_lines(conn, raw_code)
