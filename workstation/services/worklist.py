"""The purchaser's worklist: order lines across all orders, filtered, searched and sorted in SQL,
one page at a time, with the saved views and their counts; and the booking plan that turns the
chosen lines into the bookings PurchaseService starts.

Thread-safe: each call opens its own session. Sorting uses the worklist indexes (migrations 0006
and 0009, `store.models.worklist_indexes`): every sort key has an index of its own (for all
lines) and one behind `status` (for a view or a status filter), so the first page is read in
index order and stops after `limit` rows, whatever the table size; the filters checked on the
way (provider, account, seller, time in status) are in the index entries, so a line that fails
them costs no read of its row. The text search uses the FTS5 trigram tables on SQLite and the
pg_trgm indexes on PostgreSQL (migration 0009, `store/search.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, and_, exists, func, literal_column, or_, select, table

from workstation.domain import statuses as st
from workstation.domain.barcodes import normalise_code
from workstation.domain.money import to_yuan
from workstation.services.dto import LineRow
from workstation.services.errors import InvalidInput, UserFacingError
from workstation.services.purchase.ledger import BOOKABLE
from workstation.store.database import Database
from workstation.store.models import Alarm, Order, OrderLine
from workstation.store.search import (
    CUSTOMER_SEARCH,
    LINE_SEARCH,
    MIN_MATCH,
    has_line_search,
    match_phrase,
)

EXACT_LIMIT = 5000  # lines one code may name (an order, a marketplace order, a waybill)
CANDIDATES = 5000  # a filter matching at most this many lines is read through its own index


@dataclass(frozen=True)
class View:
    """A saved view: a named filter the purchaser comes back to, counted in the view list."""

    key: str
    title: str  # English, translated by the UI in context "WorklistViews"
    statuses: tuple[str, ...] = ()  # empty: any status
    older_than_days: int = 0  # in its status for longer than this
    alarm: str = ""  # lines with an unresolved money alarm of this kind


VIEWS: tuple[View, ...] = (
    View("ready", "Ready for purchase", (st.READY,)),
    View("price", "Waiting for price confirmation", (st.PRICE_CONFIRMATION,)),
    View("above_rule", "Bought above the rule", alarm="above_rule"),
    View("unknown", "Outcome unknown", (st.OUTCOME_UNKNOWN,)),
    View("sent_10", "Sent by seller over 10 days", (st.SENT_BY_SELLER,), older_than_days=10),
    View("all", "All lines"),
)
VIEW_BY_KEY = {v.key: v for v in VIEWS}

# Sort keys: what each sortable column orders by (then the line id, so pages never overlap).
SORTS: dict[str, tuple[Any, ...]] = {
    "order": (OrderLine.order_id, OrderLine.line_num),
    "status": (OrderLine.status,),
    "age": (OrderLine.status_changed_at,),
    "price": (OrderLine.price_cust,),
    "purch": (OrderLine.purch_price,),
    "seller": (OrderLine.seller_nick,),
    "account": (OrderLine.account,),
}


@dataclass(frozen=True)
class WorklistQuery:
    view: str = "ready"
    status: str = ""  # one status code on top of the view, "" for any
    provider: str = ""
    account: str = ""  # "-" for lines without an account
    seller: str = ""  # a seller nick, or its beginning
    min_age_days: int = 0  # in their status at least this long
    text: str = ""  # order, customer, title (Chinese or translated), marketplace order, waybill, label
    sort: str = "age"
    descending: bool = False  # "age" ascending is the oldest first

    def with_(self, **changes: Any) -> WorklistQuery:
        return replace(self, **changes)


@dataclass(frozen=True)
class WorkRow(LineRow):
    """A worklist line: the line with its order's facts and how long it has been in its status."""

    status_changed_at: datetime | None = None
    order_created_at: datetime | None = None
    order_paid: bool = True
    above_rule: bool = False
    order_due: Decimal = Decimal("0.00")  # a paid order's balance: what the customer owes (negative: is owed)


@dataclass(frozen=True)
class PlannedBooking:
    """One booking to start: lines of one order, in one account (what start_booking takes)."""

    order_id: str
    provider: str
    account: str
    line_ids: tuple[int, ...]


@dataclass(frozen=True)
class BookingPlan:
    bookings: tuple[PlannedBooking, ...]
    left_out: tuple[int, ...]  # chosen lines that are not ready for purchase
    without_account: tuple[str, ...]  # providers whose lines have no account chosen


@dataclass(frozen=True)
class BookingStarted:
    order_id: str
    account: str
    line_count: int
    activity_id: str = ""
    refused: str = ""  # why start_booking refused this order, in its words


def normalise_order_id(text: str) -> str:
    """`123`, `ord-123` and `ORD-0000000123` all name ORD-0000000123; anything else as typed."""
    raw = text.strip().upper()
    digits = raw.removeprefix("ORD-").strip()
    return f"ORD-{int(digits):010d}" if digits.isdigit() and len(digits) <= 10 else raw


def bookable(line: LineRow) -> bool:
    """May this line be booked now (as start_booking decides for chosen lines)?"""
    return line.status in BOOKABLE and not line.vend_purch_id


def plan_booking(lines: Sequence[LineRow], accounts: dict[str, str]) -> BookingPlan:
    """Group the chosen lines for booking: by provider (each has its account), then one booking
    per order, since a booking is for one order's lines. Lines not ready are left out."""
    ready = [li for li in lines if bookable(li)]
    ready_ids = {li.id for li in ready}
    left_out = tuple(li.id for li in lines if li.id not in ready_ids)
    without = tuple(sorted({li.provider for li in ready if not accounts.get(li.provider)}))
    groups: dict[tuple[str, str], list[int]] = {}
    for line in sorted(ready, key=lambda r: (r.provider, r.order_id, r.line_num)):
        account = accounts.get(line.provider, "")
        if account:
            groups.setdefault((line.order_id, line.provider), []).append(line.id)
    return BookingPlan(tuple(PlannedBooking(order, provider, accounts[provider], tuple(ids))
                             for (order, provider), ids in groups.items()), left_out, without)


class WorklistService:
    """Queries behind the worklist. `clock` decides "older than N days" (tests set it)."""

    def __init__(self, db: Database, clock: Callable[[], datetime] = lambda: datetime.now(UTC)):
        self._db = db
        self._clock = clock
        self._fts: bool | None = None  # SQLite with the FTS5 search tables (None: not asked yet)

    # ------------------------------------------------------------ reading

    def page(self, query: WorklistQuery, offset: int = 0, limit: int = 200) -> list[WorkRow]:
        """Rows `offset`..`offset + limit` of the query in its order."""
        with self._db.read() as s:
            stmt = self.statement(s, query)
            if stmt is None:
                return []
            rows = s.execute(stmt.offset(offset).limit(limit)).all()
            return [_work_row(li, name, created, paid, bool(flag), to_yuan(goods + carriage - paid_amount))
                    for li, name, created, paid, flag, goods, carriage, paid_amount in rows]

    def statement(self, s: Any, query: WorklistQuery) -> Select | None:  # type: ignore[type-arg]
        """The page's SELECT in its order (without offset and limit); None when nothing matches."""
        keys = SORTS.get(query.sort)
        if keys is None:
            raise InvalidInput(f"Cannot sort by {query.sort!r}.")
        where = self._where(s, query)
        if where is None:
            return None
        above = exists().where(Alarm.line_id == OrderLine.id, Alarm.kind == "above_rule",
                               Alarm.resolved_at.is_(None))
        stmt = (select(OrderLine, Order.customer_name, Order.created_at, Order.is_paid, above.label("above"),
                       Order.goods_amount, Order.delivery_amount, Order.paid_amount)
                .join(Order, Order.id == OrderLine.order_id).where(*where))
        order_by = [*keys, OrderLine.id]
        return stmt.order_by(*(k.desc() for k in order_by) if query.descending else order_by)

    def count(self, query: WorklistQuery) -> int:
        with self._db.read() as s:
            where = self._where(s, query, counting=True)
            if where is None:
                return 0
            return s.scalar(select(func.count()).select_from(OrderLine).where(*where)) or 0

    def view_counts(self, base: WorklistQuery = WorklistQuery()) -> dict[str, int]:
        """Lines in each saved view under the same provider, account and seller. Not the search:
        a substring search is a pass over the lines, and six of them per keystroke would cost
        seconds; the list and its own count follow the search."""
        return {v.key: self.count(base.with_(view=v.key, status="", min_age_days=0, text="")) for v in VIEWS}

    def accounts(self) -> list[tuple[str, str]]:
        """(provider, account) of the lines' accounts, for the account filter."""
        with self._db.read() as s:
            found = s.execute(select(OrderLine.provider, OrderLine.account).where(OrderLine.account.is_not(None))
                              .group_by(OrderLine.provider, OrderLine.account)).all()
        return sorted((p, a) for p, a in found if a)

    # ------------------------------------------------------------ booking

    def start_bookings(self, purchase: Any, plan: BookingPlan,
                       warehouses: dict[str, int | None] | None = None) -> list[BookingStarted]:
        """Start each planned booking through `purchase.start_booking` (the one booking path);
        a refusal of one order is reported with it and does not stop the others."""
        started: list[BookingStarted] = []
        for b in plan.bookings:
            try:
                activity_id = purchase.start_booking(b.order_id, b.account, list(b.line_ids),
                                                     (warehouses or {}).get(b.provider))
            except UserFacingError as exc:
                started.append(BookingStarted(b.order_id, b.account, len(b.line_ids), refused=str(exc)))
            else:
                started.append(BookingStarted(b.order_id, b.account, len(b.line_ids), activity_id=activity_id))
        return started

    # ------------------------------------------------------------ the filter

    def _where(self, s: Any, query: WorklistQuery, *, counting: bool = False) -> list[Any] | None:
        """The WHERE terms of `query`, shaped so the database takes the fast way; None when it
        can match nothing.

        Two ways are fast at any table size, and this picks one itself rather than trusting
        planner statistics (SQLite has none unless ANALYZE ran): when a filter narrows to at
        most CANDIDATES lines (a seller, an account, a search, a long age), those line ids are
        read through that filter's own index and only they are sorted; otherwise the sort
        key's index (behind `status`) is walked in order and every other filter is checked on
        the way, so the first page stops after `limit` rows.
        """
        view = VIEW_BY_KEY.get(query.view)
        if view is None:
            raise InvalidInput(f"No worklist view {query.view!r}.")
        driving: list[Any] = []  # terms that may use an index
        wanted = set(view.statuses)
        if query.status:
            if wanted and query.status not in wanted:
                return None
            wanted = {query.status}
        if len(wanted) == 1:
            driving.append(OrderLine.status == next(iter(wanted)))
        elif wanted:
            driving.append(OrderLine.status.in_(sorted(wanted)))
        if view.alarm:  # few lines: their ids drive
            driving.append(OrderLine.id.in_(select(Alarm.line_id).where(
                Alarm.kind == view.alarm, Alarm.resolved_at.is_(None), Alarm.line_id.is_not(None))))
        narrowing: list[_Term] = []
        days = max(view.older_than_days, query.min_age_days)
        if days:
            cutoff = self._clock() - timedelta(days=days)
            narrowing.append(_Term.on(OrderLine.status_changed_at, lambda c: c < cutoff, "age"))
        if query.provider:
            narrowing.append(_Term.on(OrderLine.provider, lambda c: c == query.provider, "", scan=False))
        if query.account == "-":
            narrowing.append(_Term.on(OrderLine.account, lambda c: c.is_(None), "account"))
        elif query.account:
            narrowing.append(_Term.on(OrderLine.account, lambda c: c == query.account, "account"))
        seller = query.seller.strip()
        if seller:
            # A range, not LIKE: it uses the seller index on SQLite and PostgreSQL alike.
            narrowing.append(_Term.on(OrderLine.seller_nick, lambda c: and_(c >= seller, c < seller + "\uffff"),
                                      "seller"))
        text = query.text.strip()
        if text:
            ids = self._exact(s, text)
            if ids:
                driving.append(OrderLine.id.in_(ids))
            else:
                narrowing.append(_text_term(text, self._has_search_index(s)))
        small: set[int] | None = None
        for term in narrowing:
            if not term.candidates or term.sort_key == query.sort:
                continue
            # Behind the view's status, so a (status, column) index answers it. A term may read
            # its ids in parts (a text: titles, customers); it is narrow when all of them are.
            found: set[int] = set()
            for part in term.candidates:
                found.update(s.scalars(part.where(*driving).limit(CANDIDATES + 1)).all())
                if len(found) > CANDIDATES:
                    break
            if len(found) <= CANDIDATES:
                small = found if small is None else small & found
        if small is not None:
            return [*driving, OrderLine.id.in_(sorted(small)), *(t.residual for t in narrowing)]
        return [*driving, *(t.indexed if t.sort_key == query.sort
                            else t.counting if counting and t.counting is not None else t.residual
                            for t in narrowing)]

    def _has_search_index(self, s: Any) -> bool:
        """Has this SQLite database the FTS5 tables of migration 0009? Asked once."""
        if self._fts is None:
            self._fts = has_line_search(s.connection())
        return self._fts

    @staticmethod
    def _exact(s: Any, text: str) -> list[int]:
        """Lines a code names exactly, through indexes: an order number, a marketplace order
        number, a waybill (or its beginning), a line label. Empty when the text is no such code."""
        found: list[int] = []
        order_id = normalise_order_id(text)
        code = normalise_code(text)
        clauses = [OrderLine.order_id == order_id]
        if code:
            clauses += [OrderLine.vend_purch_id == code, OrderLine.label == code,
                        and_(OrderLine.vend_purch_waybill >= code, OrderLine.vend_purch_waybill < code + "\uffff")]
        for clause in clauses:
            found += s.scalars(select(OrderLine.id).where(clause).limit(EXACT_LIMIT)).all()
            if found:
                break
        return found


@dataclass(frozen=True)
class _Term:
    """One filter in two spellings: `indexed` may use an index; `residual` means the same but
    no index can serve it (an expression over the column), so it is only checked row by row.
    `candidates` read the ids it matches through its own index, in one or more parts (or a
    scan, for text without an index); empty when there is no narrow way to read them."""

    indexed: Any
    residual: Any
    candidates: tuple[Select, ...]  # type: ignore[type-arg]
    sort_key: str = ""  # the sort whose index this filter's index is
    counting: Any = None  # a spelling faster for counting every match than `residual`, if any

    @classmethod
    def on(cls, column: Any, test: Callable[[Any], Any], sort_key: str, *, scan: bool = True) -> _Term:
        return cls(test(column), test(func.coalesce(column, column)),
                   (select(OrderLine.id).where(test(column)),) if scan else (), sort_key)


def _contains(text: str) -> str:
    """A LIKE pattern for `text` anywhere, its own `%`, `_` and `\\` taken literally."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _text_term(text: str, fts: bool) -> _Term:
    """Title (Chinese or translated) or customer containing `text`, as LIKE and ILIKE find it
    (SQLite folds ASCII case only; PostgreSQL's ILIKE folds every letter of the translated
    title and the customer).

    With the FTS5 trigram tables (SQLite, migration 0009) and three characters or more, the
    candidates come from them: the index finds every line whose titles hold the trigrams, and
    the same LIKE then keeps exactly the lines the plain reading keeps (the index folds case
    more widely than LIKE). On PostgreSQL the pg_trgm indexes serve the LIKE and ILIKE
    themselves. Otherwise the candidates are one pass over the lines (stopping early when
    common). Row by row (a wide match, walked in the sort's index) the test is the LIKE with
    the customer looked up by its order's key, behind the index's matches when there is one."""
    like = _contains(text)
    titles = or_(OrderLine.title_orig.like(like, escape="\\"), OrderLine.title.ilike(like, escape="\\"))
    customer = Order.customer_name.ilike(like, escape="\\")
    named_here = select(Order.id).where(Order.id == OrderLine.order_id, customer).correlate(OrderLine).exists()
    test = or_(titles, named_here)
    if fts and len(text) >= MIN_MATCH:
        phrase = match_phrase(text)
        in_titles = OrderLine.id.in_(select(literal_column("rowid")).select_from(table(LINE_SEARCH))
                                     .where(literal_column(LINE_SEARCH).op("MATCH")(phrase)))
        in_names: Select[Any] = select(literal_column("order_id")).select_from(table(CUSTOMER_SEARCH)).where(
            literal_column(CUSTOMER_SEARCH).op("MATCH")(phrase))
        by_title = select(OrderLine.id).where(in_titles, titles)
        named = select(Order.id).where(Order.id.in_(in_names), customer)
        # Counting a wide match: the index's matches are read once and LIKE looks only at those
        # (a page walks the sort's index instead and stops after its rows; there the plain test is faster)
        counting = or_(and_(in_titles, titles), and_(OrderLine.order_id.in_(in_names), named_here))
        return _Term(test, test, (by_title, select(OrderLine.id).where(OrderLine.order_id.in_(named))),
                     counting=counting)
    else:
        by_title = select(OrderLine.id).where(titles)
        named = select(Order.id).where(customer)
    return _Term(test, test, (by_title, select(OrderLine.id).where(OrderLine.order_id.in_(named))))


def _work_row(li: OrderLine, customer: str, created: datetime, paid: bool, above: bool, due: Decimal) -> WorkRow:
    return WorkRow(
        id=li.id, order_id=li.order_id, line_num=li.line_num, label=li.label, provider=li.provider,
        item_id=li.item_id, config_id=li.config_id, title_orig=li.title_orig, title=li.title,
        config_text=li.config_text, config_text_orig=li.config_text_orig, image_url=li.image_url,
        seller_nick=li.seller_nick, qty=li.qty, price_cust=li.price_cust, delivery_cust=li.delivery_cust,
        purch_price=li.purch_price, purch_delivery=li.purch_delivery, status=li.status,
        vend_purch_id=li.vend_purch_id, vend_purch_waybill=li.vend_purch_waybill, account=li.account,
        customer_name=customer, weight_kg=li.weight_kg, external_line_id=li.external_line_id,
        price_paid=li.price_paid, status_changed_at=li.status_changed_at, order_created_at=created,
        order_paid=paid, above_rule=above, order_due=due if paid else Decimal("0.00"))
