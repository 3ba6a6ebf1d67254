"""What a scanned or typed code finds, in one indexed query: the lines and their units received so far.

A code can be a waybill, a marketplace order number, a line label or an order id, typed
under the expected keyboard layout or another one (`domain.layouts.fold_candidates`). The
older lookup tried each reading and each kind in turn (up to four queries per reading,
ORM entities for every row); here one statement asks for all of them at once (`IN` on
each of the four indexed columns, joined by `OR`, which SQLite runs as a multi-index OR and
PostgreSQL as a bitmap OR) and Python picks the first reading and kind that matched, in
the same order as before. The statement is built once per number of readings, so
SQLAlchemy's compiled cache serves every call. Plain Python, no Qt; the caller owns the connection and transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from sqlalchemy import Select, bindparam, func, or_, select
from sqlalchemy.engine import Connection

from workstation.domain.barcodes import normalise_code
from workstation.domain.layouts import AS_TYPED, LAYOUTS, fold_candidates
from workstation.services.dto import LineRow, LookupResult
from workstation.store.models import Order, OrderLine, Receipt

KINDS = ("waybill", "provider_order", "label", "order")  # tried in this order for each reading
_KEYS = (OrderLine.vend_purch_waybill, OrderLine.vend_purch_id, OrderLine.label, OrderLine.order_id)
_LINE_FIELDS = (
    "id", "order_id", "line_num", "label", "provider", "item_id", "config_id", "title_orig", "title",
    "config_text", "config_text_orig", "image_url", "seller_nick", "qty", "price_cust", "delivery_cust",
    "purch_price", "purch_delivery", "status", "vend_purch_id", "vend_purch_waybill", "account",
)
_RECEIVED_SUM = (select(func.sum(Receipt.qty_received)).where(Receipt.line_id == OrderLine.id)
                 .correlate(OrderLine).scalar_subquery())
_COLUMNS = (*(getattr(OrderLine, name) for name in _LINE_FIELDS), Order.customer_name, OrderLine.weight_kg,
            OrderLine.external_line_id, OrderLine.price_paid, _RECEIVED_SUM.label("received"))
# Characters some layout reads differently: a code without any has one reading, itself.
_FOLDED = frozenset(ch for table in LAYOUTS.values() for ch, to in table.items() if ch != to)


@cache
def _statement(readings: int) -> Select:  # type: ignore[type-arg]
    """The lookup for `readings` codes `c0..`, built once per count: plain (not expanding)
    IN lists keep the compiled statement whole in SQLAlchemy's cache."""
    codes = [bindparam(f"c{n}") for n in range(readings)]
    return (select(*_COLUMNS).join(Order, Order.id == OrderLine.order_id)
            .where(or_(*(key.in_(codes) for key in _KEYS))))


_N = len(_LINE_FIELDS)


@dataclass(frozen=True)
class Found:
    """The lookup's answer and, per line found, the units its receipts add up to (absent: none)."""

    result: LookupResult
    receipts: dict[int, int] = field(default_factory=dict)


def readings(raw_code: str) -> list[tuple[str, str]]:
    """(code, layout) for the code as given, then each different normalised reading of it."""
    code = normalise_code(raw_code)
    if not code:
        return []
    tried = [(code, AS_TYPED)]
    if _FOLDED.isdisjoint(raw_code):  # the usual scan: no layout would read it otherwise
        return tried
    for candidate in fold_candidates(raw_code.strip())[1:]:
        folded = normalise_code(candidate.code)
        if folded and all(folded != c for c, _ in tried):
            tried.append((folded, candidate.layout))
    return tried


def find(conn: Connection, raw_code: str) -> Found:
    """One query for every reading and kind; the first reading, then the first kind, that
    matched wins (waybill, marketplace order, label, order id), lines in order and line number."""
    tried = readings(raw_code)
    if not tried:
        return Found(LookupResult("", "none", ()))
    rows = conn.execute(_statement(len(tried)), {f"c{n}": c for n, (c, _) in enumerate(tried)}).all()
    if not rows:
        return Found(LookupResult(tried[0][0], "none", ()))
    rank = {code: n for n, (code, _) in reversed(list(enumerate(tried)))}
    best: tuple[int, int] | None = None
    keyed: list[tuple[tuple[int, int], Sequence[object]]] = []
    for row in rows:
        keys = (row.vend_purch_waybill, row.vend_purch_id, row.label, row.order_id)
        mine = min((rank[k], kind) for kind, k in enumerate(keys) if k in rank)
        keyed.append((mine, row))
        best = mine if best is None or mine < best else best
    assert best is not None
    chosen = sorted((row for mine, row in keyed if mine == best), key=lambda r: (r.order_id, r.line_num))
    lines = tuple(LineRow(*row[:_N], customer_name=row[_N], weight_kg=row[_N + 1],
                          external_line_id=row[_N + 2], price_paid=row[_N + 3]) for row in chosen)
    receipts = {row.id: int(row.received) for row in chosen if row.received is not None}
    code, layout = tried[best[0]]
    return Found(LookupResult(code, KINDS[best[1]], lines, layout), receipts)
