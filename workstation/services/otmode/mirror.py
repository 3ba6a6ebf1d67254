"""The local-first mirror of an OT Box instance: its orders and lines in the ordinary `orders`
and `order_lines` tables, with OT's ids, so every read path (panes, worklist, scans,
`OrderService.lookup`) works on this station's database and never waits on the network.

A refresh pages through `SearchOrders` (newest first, frames of `FRAME` orders) and reads the
orders that need it:

- new orders, and orders whose summary changed (a digest of the `SearchOrders` item is kept in
  `ot_mirror_orders`);
- orders still open, i.e. with a line not in a final status: a line changes without the
  order's summary changing (a waybill arriving, a line moving while another holds the order's
  status). They are read in turns, the longest unread `OPEN_PER_REFRESH` each time (OT has no
  "changed since" filter, and re-reading 30,000 open orders every minute would keep the
  instance busy; benchmarks/README.md): an instance with fewer open orders has all of them
  read every time, a larger one each within a few rounds. A waybill scanned before its turn
  is asked for at once (`find_code`), and a remote activity's orders are read when it ends
  (`refresh_orders`);
- every order when `full=True`.

Reading an order: its fields come from its `SearchOrders` item (an OrderInfo, the same
structure as the details' SalesOrderInfo) and its lines from `SearchOrderLines` over
`OrderSearchParameters/OrderIds` (as OT Box nests them), up to 1000 lines a call for 200 orders
at a time, instead of one `GetSalesOrderDetailsForOperator` per order: a fifth of the time
(benchmarks/README.md, bench_otmode_mirror.py). The details method
(`salesId`, `filter` "", `queryType` 0: all lines) reads `refresh_orders`' orders, and a batch
whose line count moved while its frames were read (a line could have been skipped and would
look removed).

Network first, then the database: each batch of answers is read and checked completely, then
written in one transaction, so a malformed answer leaves that batch unwritten (earlier batches
stay: each is whole). An order no longer listed is removed only when nothing local refers to it
(receipts, parcels, scan journal rows, unmatched scans, alarms, open activities, unsent outbox
entries); otherwise it is kept, and logged.

Choices where OT leaves us on our own:

- a line status id the link's status table does not know: an existing line keeps its last known
  status, a new line is written as `awaiting_payment` (not ready to buy, not at the warehouse:
  neither invites a purchase nor a receipt), and the id is logged;
- a line without `Label` gets `OTL` + its OT id in 10 digits: local labels are `LN` + 13 digits
  (`domain/barcodes.line_label`), so the two never meet, and a scan of it finds the line
  through the label column like any other label;
- lines named by `unsent_lines()` keep their local status and purchase information (marketplace
  order, waybill) until the outbox has delivered the change;
- `delivery_cust` has no field in OrderLineInfo: 0 for a new line, left alone otherwise;
- the amount paid is `SalesPaid` when the summary carries it, else `TotalAmount - RemainAmount`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

import httpx
from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from workstation.domain import statuses as st
from workstation.domain.barcodes import normalise_code
from workstation.domain.money import FEN
from workstation.otapi import errors as E  # noqa: N812 - the OT module as a short namespace (E.NotFound)
from workstation.otapi.codec import Items, fragment
from workstation.otapi.codes import PROVIDER_TYPES
from workstation.services.audit import set_line_status
from workstation.services.errors import UserFacingError
from workstation.store.database import Database
from workstation.store.models import (
    Activity,
    Alarm,
    LineStatusChange,
    Order,
    OrderLine,
    OtMirrorOrder,
    OtOutboxEntry,
    Parcel,
    ParcelLine,
    Receipt,
    ScanJournalEntry,
    ScanJournalLine,
    UnmatchedScan,
)

log = logging.getLogger(__name__)

SEARCH_ORDERS = "SearchOrders"
DETAILS = "GetSalesOrderDetailsForOperator"
SEARCH_LINES = "SearchOrderLines"
FRAME = 1000  # orders per SearchOrders frame (OT: up to 1000)
LINE_FRAME = 200  # lines per SearchOrderLines frame in find_code
BATCH = 200  # orders whose details are written in one transaction
CHUNK = 500  # ids per IN list
OPEN_PER_REFRESH = 1000  # open orders read again each incremental refresh, the longest unread first
ORDER_BY = "<OrderSearchParameters><OrderBy>CreationDate:DESC</OrderBy></OrderSearchParameters>"
UNKNOWN_NEW_STATUS = st.AWAITING_PAYMENT  # a new line whose status id is unknown (see above)
FINAL = tuple(s.code for s in st.STATUSES if s.final)
OPEN_ACTIVITY_STATES = ("queued", "running", "waiting")  # services.activities.OPEN_STATES
UNSENT_OUTBOX = ("pending", "sending", "refused")
SOURCE = "ot"  # line_status_history.source of the mirror's changes


def utcnow() -> datetime:
    return datetime.now(UTC)


class MalformedAnswer(UserFacingError):
    """An answer of the platform that is not OT's shape: names the method and the field."""

    def __init__(self, method: str, where: str, why: str, raw: Any = None):
        super().__init__(f"The OT platform's answer to {method} is not in OT's shape: {where} {why}. "
                         "Nothing of that answer was written to the mirror.")
        self.method, self.where, self.why = method, where, why
        log.error("malformed %s answer: %s %s; fragment: %s", method, where, why, _show(raw))


@dataclass(frozen=True)
class RefreshResult:
    """What a refresh did. `error` is "" when it ran to the end (a transport or platform error
    ends it early: what was written before stays, whole batches only)."""

    full: bool
    orders_listed: int = 0
    orders_read: int = 0  # orders whose details were read
    lines_written: int = 0  # lines new in the mirror
    lines_changed: int = 0  # lines already there that changed
    orders_removed: int = 0
    orders_kept: int = 0  # no longer listed, kept because something local refers to them
    seconds: float = 0.0
    error: str = ""
    changed_orders: tuple[str, ...] = ()


@dataclass
class _Tally:
    read: int = 0
    written: int = 0
    changed: int = 0
    removed: int = 0
    kept: int = 0
    orders: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class _Parsed:
    """One order's details, checked and turned into column values."""

    order: dict[str, Any]
    lines: list[dict[str, Any]]
    raw_status: dict[int, tuple[int | None, str]]  # line id -> (OT status id, its name), for the log
    digest: str


class Mirror:
    """Keeps the mirror fresh. Any thread but the GUI's: every method calls the network."""

    def __init__(self, db: Database, link: Any, clock: Callable[[], datetime] = utcnow, *,
                 after_refresh: Callable[[Sequence[str]], object] | None = None,
                 unsent_lines: Callable[[], Iterable[int]] | None = None,
                 open_per_refresh: int = OPEN_PER_REFRESH):
        self._db = db
        self._link = link
        self._clock = clock
        self._after_refresh = after_refresh
        self._unsent_lines = unsent_lines or (lambda: ())
        self._open_per_refresh = open_per_refresh
        self._busy = threading.RLock()  # the background round, "Refresh now" and a scan's look-up

    # ------------------------------------------------------------ public

    def refresh(self, *, full: bool = False) -> RefreshResult:
        """See `_refresh`. One refresh, order read or look-up at a time in this process: the
        background round, "Refresh now" and a scan's look-up would otherwise read the same
        orders twice, and on PostgreSQL (read committed) two could insert the same new order."""
        with self._busy:
            return self._refresh(full=full)

    def _refresh(self, *, full: bool = False) -> RefreshResult:
        """List every order of the instance and read the details of those that need it (see the
        module's docstring). MalformedAnswer is raised (after it is recorded on the link); a
        transport or platform error is recorded and returned in `error`."""
        started = time.perf_counter()
        tally = _Tally()
        listed = 0
        try:
            with self._link.client() as client:
                summaries, complete = self._list_orders(client)
                listed = len(summaries)
                now = self._clock()
                known, open_oldest_first = self._mirror_state()
                digests = {oid: _digest(info) for oid, info in summaries.items()}
                # open orders in turns: the longest unread `open_per_refresh` of them each time
                open_ = set(open_oldest_first[:self._open_per_refresh])
                wanted = [oid for oid in summaries
                          if full or oid not in known or known[oid] != digests[oid] or oid in open_]
                self._read_and_write(client, wanted, tally, summaries, digests)
                reading = set(wanted)
                self._mark_seen([oid for oid in summaries if oid not in reading], now)
                if complete:
                    self._remove_unlisted(set(known) - set(summaries), tally)
        except MalformedAnswer as exc:
            self._link.record_refresh(full=full, error=str(exc))
            self._notify(tally)
            raise
        except (E.OtapiError, httpx.HTTPError) as exc:
            message = _explain(exc)
            log.warning("mirror refresh ended early: %s", message)
            self._link.record_refresh(full=full, error=message)
            self._notify(tally)
            return self._result(full, listed, tally, started, message)
        self._link.record_refresh(full=full)
        self._notify(tally)
        return self._result(full, listed, tally, started)

    def refresh_orders(self, order_ids: Sequence[str]) -> RefreshResult:
        """See `_refresh_orders` (one at a time, as `refresh`)."""
        with self._busy:
            return self._refresh_orders(order_ids)

    def _refresh_orders(self, order_ids: Sequence[str]) -> RefreshResult:
        """Read the details of just these orders (after a remote activity touched them)."""
        started = time.perf_counter()
        tally = _Tally()
        ids = list(dict.fromkeys(normalise_code(i) for i in order_ids if i and i.strip()))
        try:
            with self._link.client() as client:
                self._read_and_write(client, ids, tally)
        except MalformedAnswer:
            self._notify(tally)
            raise
        except (E.OtapiError, httpx.HTTPError) as exc:
            message = _explain(exc)
            log.warning("reading orders %s into the mirror failed: %s", ", ".join(ids), message)
            self._notify(tally)
            return self._result(False, 0, tally, started, message)
        self._notify(tally)
        return self._result(False, 0, tally, started)

    def find_code(self, code: str) -> list[str]:
        """See `_find_code` (one at a time, as `refresh`)."""
        with self._busy:
            return self._find_code(code)

    def _find_code(self, code: str) -> list[str]:
        """A waybill or marketplace order number the mirror does not know: ask the platform
        (SearchOrderLines by `VendorPurchaseWaybillIdList`, then by `VendorPurchaseIdList`),
        read the orders of the lines found into the mirror, and answer their ids ([] when the
        platform knows the code neither way)."""
        wanted = normalise_code(code)
        if not wanted:
            return []
        with self._link.client() as client:
            order_ids: list[str] = []
            for element in ("VendorPurchaseWaybillIdList", "VendorPurchaseIdList"):
                order_ids = self._orders_of_lines(client, element, wanted)
                if order_ids:
                    break
        if order_ids:
            result = self.refresh_orders(order_ids)
            if result.error:
                raise UserFacingError(f"The orders of {wanted} could not be read from the OT platform: "
                                      f"{result.error}")
        return order_ids

    # ------------------------------------------------------------ the platform

    def _list_orders(self, client: Any) -> tuple[dict[str, dict[str, Any]], bool]:
        """Every order's SearchOrders item by id, newest first; `complete` is False when the
        total changed while paging (an order may have been skipped: remove nothing then)."""
        found: dict[str, dict[str, Any]] = {}
        position, totals = 0, set()
        while True:
            answer = client.call(SEARCH_ORDERS, {"xmlSearchParameters": ORDER_BY, "framePosition": str(position),
                                                 "frameSize": str(FRAME)})
            result = _result(answer, SEARCH_ORDERS)
            items = _list(result, "Content", SEARCH_ORDERS)
            total = _int(result.get("TotalCount"), SEARCH_ORDERS, "Result/TotalCount", required=True)
            totals.add(total)
            for n, item in enumerate(items, start=1):
                where = f"Result/Content/Item[{position + n}]"
                if not isinstance(item, dict):
                    raise MalformedAnswer(SEARCH_ORDERS, where, "is not an order", item)
                found[_text_id(item.get("Id"), SEARCH_ORDERS, where + "/Id", item)] = item
            position += len(items)
            if not items or position >= total:
                break
        complete = len(totals) == 1
        if not complete:
            log.info("the instance's order count changed while it was listed (%s); nothing is removed "
                     "from the mirror this time", sorted(totals))
        return found, complete

    def _details(self, client: Any, order_id: str) -> dict[str, Any] | None:
        try:
            answer = client.call(DETAILS, {"salesId": order_id, "filter": "", "queryType": "0"})
        except E.OtapiError as exc:
            if exc.code == E.NOT_FOUND:
                log.info("order %s is not on the platform (%s); the mirror keeps what it had", order_id, exc)
                return None
            raise
        return _result(answer, DETAILS)

    def _orders_of_lines(self, client: Any, element: str, code: str) -> list[str]:
        params = fragment("OrderLineSearchParameters", {
            "OrderSearchParameters": {"OrderBy": "CreationDate:DESC"}, element: {"Id": code}})
        order_ids: list[str] = []
        position = 0
        while True:
            answer = client.call(SEARCH_LINES, {"xmlSearchParameters": params, "framePosition": str(position),
                                                "frameSize": str(LINE_FRAME)})
            result = _result(answer, SEARCH_LINES)
            items = _list(result, "Content", SEARCH_LINES)
            total = _int(result.get("TotalCount"), SEARCH_LINES, "Result/TotalCount", required=True)
            for n, item in enumerate(items, start=1):
                where = f"Result/Content/Item[{position + n}]"
                if not isinstance(item, dict):
                    raise MalformedAnswer(SEARCH_LINES, where, "is not an order line", item)
                _line_id(item, SEARCH_LINES, where)
                order_ids.append(_text_id(item.get("OrderId"), SEARCH_LINES, where + "/OrderId", item))
            position += len(items)
            if not items or position >= total:
                break
        return list(dict.fromkeys(order_ids))

    # ------------------------------------------------------------ reading and writing

    def _read_and_write(self, client: Any, order_ids: Sequence[str], tally: _Tally,
                        summaries: Mapping[str, dict[str, Any]] | None = None,
                        digests: Mapping[str, str] | None = None) -> None:
        """Read `order_ids` a batch at a time, all of a batch read and checked, then written.

        Orders listed by this refresh (`summaries`) take the order from its SearchOrders item
        (an OrderInfo, as in the details) and their lines from SearchOrderLines by
        `OrderSearchParameters/OrderIds`, a frame of up to 1000 lines per call instead of a
        call per order; the others (refresh_orders, or a batch whose line count moved while it
        was paged) are read with GetSalesOrderDetailsForOperator, one call per order."""
        table = self._link.status_table()
        for start in range(0, len(order_ids), BATCH):
            part = list(order_ids[start:start + BATCH])
            batch = self._lines_of(client, part, summaries, table) if summaries is not None else None
            if batch is None:
                batch = []
                for order_id in part:
                    details = self._details(client, order_id)
                    if details is not None:
                        batch.append(_parse_details(details, order_id, table))
            if digests:
                batch = [_Parsed(p.order, p.lines, p.raw_status, digests.get(p.order["id"]) or p.digest)
                         for p in batch]
            tally.read += len(batch)
            if batch:
                unsent = set(self._unsent_lines())
                with self._db.write() as s:
                    self._write_batch(s, batch, unsent, tally)

    def _lines_of(self, client: Any, order_ids: list[str], summaries: Mapping[str, dict[str, Any]],
                  table: Mapping[int, str]) -> list[_Parsed] | None:
        """The orders from their SearchOrders items, their lines from SearchOrderLines; None when
        the platform's line count changed while the frames were read (a line may have been
        skipped, which would read as removed: the caller reads these orders' details instead)."""
        parsed: dict[str, tuple[dict[str, Any], list[dict[str, Any]], dict[int, tuple[int | None, str]]]] = {
            oid: (order_values(summaries[oid], SEARCH_ORDERS, f"Result/Content/Item[{oid}]"), [], {})
            for oid in order_ids}
        params = fragment("OrderLineSearchParameters", {"OrderSearchParameters": {
            "OrderIds": Items("OrderId", order_ids), "OrderBy": "CreationDate:DESC"}})
        position, totals, seen = 0, set(), set()
        while True:
            answer = client.call(SEARCH_LINES, {"xmlSearchParameters": params, "framePosition": str(position),
                                                "frameSize": str(FRAME)})
            result = _result(answer, SEARCH_LINES)
            items = _list(result, "Content", SEARCH_LINES)
            totals.add(_int(result.get("TotalCount"), SEARCH_LINES, "Result/TotalCount", required=True))
            for n, item in enumerate(items, start=1):
                where = f"Result/Content/Item[{position + n}]"
                if not isinstance(item, dict):
                    raise MalformedAnswer(SEARCH_LINES, where, "is not an order line", item)
                oid = _text_id(item.get("OrderId"), SEARCH_LINES, where + "/OrderId", item)
                if oid not in parsed:
                    raise MalformedAnswer(SEARCH_LINES, where + "/OrderId", f"{oid} is not one of the orders "
                                          "asked for", item)
                order, lines, raw_status = parsed[oid]
                values, status_id, name = line_values(item, SEARCH_LINES, where, table,
                                                      default_provider=order["provider"])
                if values["id"] in seen:
                    continue  # a frame boundary moved by a new line: the same line twice
                seen.add(values["id"])
                values["order_id"] = oid
                lines.append(values)
                raw_status[values["id"]] = (status_id, name)
            position += len(items)
            if not items or position >= max(totals):
                break
        if len(totals) != 1:
            log.info("the line count of %d orders changed while it was read; reading their details", len(order_ids))
            return None
        out = []
        for oid in order_ids:
            order, lines, raw_status = parsed[oid]
            lines.sort(key=lambda li: (li["line_num"], li["id"]))
            nums = [li["line_num"] for li in lines]
            if len(set(nums)) != len(nums):
                raise MalformedAnswer(SEARCH_LINES, f"the lines of {oid}: LineNum", "repeats a line number",
                                      [li["id"] for li in lines])
            out.append(_Parsed(order, lines, raw_status, _digest(summaries[oid])))
        return out

    def _write_batch(self, s: Session, batch: list[_Parsed], unsent: set[int], tally: _Tally) -> None:
        now = self._clock()
        ids = [p.order.get("id") for p in batch]
        line_ids = [li["id"] for p in batch for li in p.lines]
        orders = {o.id: o for o in _chunked(s, select(Order), Order.id, ids)}
        mirrored = {m.order_id: m for m in _chunked(s, select(OtMirrorOrder), OtMirrorOrder.order_id, ids)}
        lines = {li.id: li for li in _chunked(s, select(OrderLine), OrderLine.order_id, ids)}
        lines.update({li.id: li for li in _chunked(s, select(OrderLine), OrderLine.id, line_ids) if li.id not in lines})
        labels = self._labels(s, batch)
        new_orders, new_lines, new_mirrored = [], [], []
        for parsed in batch:
            values, oid = parsed.order, parsed.order["id"]
            order = orders.get(oid)
            if order is None:
                new_orders.append({**values, "created_at": values["created_at"] or now, "updated_at": now})
                tally.orders.add(oid)
            elif _apply(order, {k: v for k, v in values.items() if k != "created_at" or v is not None}):
                order.updated_at = now
                tally.orders.add(oid)
            seen = set()
            for line_values in parsed.lines:
                lid = line_values["id"]
                seen.add(lid)
                line_values["label"] = labels[lid]
                line = lines.get(lid)
                if line is None:
                    new_lines.append(_new_line(line_values, now))
                    tally.written += 1
                    tally.orders.add(oid)
                elif self._update_line(s, line, line_values, lid in unsent, parsed.raw_status[lid], now):
                    tally.changed += 1
                    tally.orders.add(oid)
            gone = [li.id for li in lines.values() if li.order_id == oid and li.id not in seen]
            if gone:
                tally.orders.add(oid)
                self._remove_lines(s, oid, gone)
            mirror = mirrored.get(oid)
            if mirror is None:
                new_mirrored.append({"order_id": oid, "summary_digest": parsed.digest, "fetched_at": now,
                                     "seen_at": now})
            else:
                mirror.summary_digest, mirror.fetched_at, mirror.seen_at = parsed.digest, now, now
        s.flush()  # updates (a changed label, line number) before the new rows
        if new_orders:
            s.execute(insert(Order), new_orders)
        if new_lines:
            s.execute(insert(OrderLine), new_lines)
        if new_mirrored:
            s.execute(insert(OtMirrorOrder), new_mirrored)

    def _update_line(self, s: Session, line: OrderLine, values: dict[str, Any], unsent: bool,
                     raw_status: tuple[int | None, str], now: datetime) -> bool:
        status = values.pop("status")
        if unsent:  # the warehouse's change is not yet accepted by the platform: ours stands
            for key in ("vend_purch_id", "vend_purch_waybill"):
                values.pop(key)
        changed = _apply(line, values)
        if unsent or status == line.status:
            return changed
        if status is None:
            status_id, name = raw_status
            log.warning("line %s: OT status id %s (%s) is not in the link's status table; it keeps %s",
                        line.id, status_id, name or "no name", line.status)
            return changed
        set_line_status(s, line, status, source=SOURCE, at=now,
                        note=f"OT status {raw_status[0]}" + (f" ({raw_status[1]})" if raw_status[1] else ""))
        return True

    def _labels(self, s: Session, batch: list[_Parsed]) -> dict[int, str]:
        """Each line's label: OT's `Label` when it names no other line of the mirror, else ours."""
        wanted = {li["id"]: li.pop("label") or derived_label(li["id"]) for p in batch for li in p.lines}
        taken = {label: lid for lid, label in s.execute(
            select(OrderLine.id, OrderLine.label).where(OrderLine.label.in_(set(wanted.values()))))} \
            if wanted else {}
        out: dict[int, str] = {}
        used: set[str] = set()
        for lid, label in wanted.items():
            if taken.get(label, lid) != lid or label in used:
                log.warning("line %s: label %s is another line's; using %s", lid, label, derived_label(lid))
                label = derived_label(lid)
            used.add(label)
            out[lid] = label
        return out

    def _remove_lines(self, s: Session, order_id: str, line_ids: list[int]) -> None:
        referred = _referred_lines(s, line_ids)
        free = [i for i in line_ids if i not in referred]
        if referred:
            log.warning("order %s: lines %s are no longer on the platform but kept (receipts, parcels or "
                        "scans refer to them)", order_id, sorted(referred))
        if free:
            s.execute(delete(LineStatusChange).where(LineStatusChange.line_id.in_(free)))
            s.execute(delete(OrderLine).where(OrderLine.id.in_(free)))

    def _mirror_state(self) -> tuple[dict[str, str], list[str]]:
        """The mirror's digests by order, and the orders with a line not in a final status, the
        longest unread first."""
        with self._db.read() as s:
            known = dict(s.execute(select(OtMirrorOrder.order_id, OtMirrorOrder.summary_digest)).all())
            open_ids = set(s.scalars(select(OrderLine.order_id).where(OrderLine.status.not_in(FINAL)).distinct()))
            read_at = dict(s.execute(select(OtMirrorOrder.order_id, OtMirrorOrder.fetched_at)).all())
        oldest = datetime.min.replace(tzinfo=UTC)
        return known, sorted(open_ids, key=lambda oid: (read_at.get(oid) or oldest, oid))

    def _mark_seen(self, order_ids: list[str], now: datetime) -> None:
        if not order_ids:
            return
        with self._db.write() as s:
            for start in range(0, len(order_ids), CHUNK):
                s.execute(update(OtMirrorOrder).where(OtMirrorOrder.order_id.in_(order_ids[start:start + CHUNK]))
                          .values(seen_at=now))

    def _remove_unlisted(self, order_ids: set[str], tally: _Tally) -> None:
        if not order_ids:
            return
        with self._db.write() as s:
            ids = sorted(order_ids)
            line_ids = list(s.scalars(select(OrderLine.id).where(OrderLine.order_id.in_(ids))))
            referred_lines = _referred_lines(s, line_ids)
            kept = {oid for oid in ids if _order_referred(s, oid)}
            kept |= set(s.scalars(select(OrderLine.order_id).where(OrderLine.id.in_(referred_lines)).distinct())) \
                if referred_lines else set()
            free = [oid for oid in ids if oid not in kept]
            if kept:
                log.warning("orders %s are no longer listed by the platform but kept in the mirror: "
                            "receipts, parcels, scans or activities refer to them", ", ".join(sorted(kept)))
            for start in range(0, len(free), CHUNK):
                part = free[start:start + CHUNK]
                lines = select(OrderLine.id).where(OrderLine.order_id.in_(part))
                s.execute(delete(LineStatusChange).where(LineStatusChange.line_id.in_(lines)))
                s.execute(delete(OrderLine).where(OrderLine.order_id.in_(part)))
                s.execute(delete(Order).where(Order.id.in_(part)))
                s.execute(delete(OtMirrorOrder).where(OtMirrorOrder.order_id.in_(part)))
            tally.removed += len(free)
            tally.kept += len(kept)
            tally.orders.update(free)

    # ------------------------------------------------------------ results

    def _notify(self, tally: _Tally) -> None:
        if tally.orders and self._after_refresh is not None:
            try:
                self._after_refresh(sorted(tally.orders))
            except Exception:  # the listener's failure is its own; the mirror is written
                log.exception("after_refresh failed")

    @staticmethod
    def _result(full: bool, listed: int, tally: _Tally, started: float, error: str = "") -> RefreshResult:
        return RefreshResult(full=full, orders_listed=listed, orders_read=tally.read, lines_written=tally.written,
                             lines_changed=tally.changed, orders_removed=tally.removed, orders_kept=tally.kept,
                             seconds=round(time.perf_counter() - started, 3), error=error,
                             changed_orders=tuple(sorted(tally.orders)))


def derived_label(line_id: int) -> str:
    """The label of a line OT sends without one: `OTL` + its id (never a local `LN...` label)."""
    return f"OTL{line_id:010d}"


# ---------------------------------------------------------------- references

def _referred_lines(s: Session, line_ids: Sequence[int]) -> set[int]:
    """Lines something local refers to: a receipt, a parcel, a scan, an unmatched scan, an alarm."""
    found: set[int] = set()
    for start in range(0, len(line_ids), CHUNK):
        part = list(line_ids[start:start + CHUNK])
        for column in (Receipt.line_id, ParcelLine.line_id, ScanJournalLine.line_id, UnmatchedScan.matched_line_id,
                       Alarm.line_id, OtOutboxEntry.line_id):
            query = select(column).where(column.in_(part)).distinct()
            if column is OtOutboxEntry.line_id:
                query = query.where(OtOutboxEntry.state.in_(UNSENT_OUTBOX))
            found.update(s.scalars(query))
    return found


def _order_referred(s: Session, order_id: str) -> bool:
    """Something local names the order: a parcel, a scan, an unmatched scan, an open activity,
    an unsent outbox entry."""
    like = f"%{order_id}%"
    checks = (
        select(Parcel.id).where(Parcel.order_id == order_id),
        select(UnmatchedScan.id).where(UnmatchedScan.matched_order_id == order_id),
        select(ScanJournalEntry.id).where(ScanJournalEntry.order_ids.like(like)),
        select(Activity.id).where(Activity.state.in_(OPEN_ACTIVITY_STATES), Activity.params_json.like(like)),
        select(OtOutboxEntry.id).where(OtOutboxEntry.order_id == order_id, OtOutboxEntry.state.in_(UNSENT_OUTBOX)),
    )
    return any(s.scalar(q.limit(1)) is not None for q in checks)


# ---------------------------------------------------------------- parsing OT's structures

def _parse_details(result: dict[str, Any], order_id: str, table: Mapping[int, str]) -> _Parsed:
    info = result.get("SalesOrderInfo")
    if not isinstance(info, dict):
        raise MalformedAnswer(DETAILS, "Result/SalesOrderInfo", "is missing", result)
    order = order_values(info, DETAILS, "Result/SalesOrderInfo")
    if order["id"] != order_id:
        raise MalformedAnswer(DETAILS, "Result/SalesOrderInfo/Id", f"is {order['id']!r}, not the order asked for "
                              f"({order_id})", info)
    items = _list(result, "SalesLinesList", DETAILS, "Result/SalesLinesList")
    lines, raw_status = [], {}
    for n, item in enumerate(items, start=1):
        where = f"Result/SalesLinesList/SalesLine[{n}]"
        if not isinstance(item, dict):
            raise MalformedAnswer(DETAILS, where, "is not an order line", item)
        values, status_id, name = line_values(item, DETAILS, where, table, default_provider=order["provider"],
                                              default_num=n)
        if values["id"] in raw_status:
            raise MalformedAnswer(DETAILS, where + "/Id", f"{values['id']} comes twice", item)
        raw_status[values["id"]] = (status_id, name)
        values["order_id"] = order_id
        lines.append(values)
    nums = [li["line_num"] for li in lines]
    if len(set(nums)) != len(nums):
        raise MalformedAnswer(DETAILS, "Result/SalesLinesList/SalesLine/LineNum", "repeats a line number", items)
    return _Parsed(order, lines, raw_status, _digest(info))


def order_values(info: Mapping[str, Any], method: str, where: str) -> dict[str, Any]:
    """Order columns from an OT OrderInfo (SalesOrderInfo, or an item of SearchOrders)."""
    def money(name: str, required: bool = False) -> Decimal | None:
        return _money(info.get(name), method, f"{where}/{name}", info, required=required)

    goods = money("GoodsAmount", True)
    delivery = money("DeliveryAmount") or Decimal("0.00")
    paid = money("SalesPaid")
    if paid is None:
        total, remain = money("TotalAmount"), money("RemainAmount")
        paid = (total - remain) if total is not None and remain is not None else Decimal("0.00")
    provider_type = _text(info.get("ProviderTypeEnum"))
    return {
        "id": _text_id(info.get("Id"), method, where + "/Id", info),
        "provider": _provider(provider_type, method, f"{where}/ProviderTypeEnum", info),
        "customer_id": _text(info.get("CustId"))[:32],
        "customer_name": _text(info.get("CustName"))[:200],
        "currency": (_text(info.get("CurrencyCode")) or "CNY")[:3],
        "goods_amount": goods, "delivery_amount": delivery, "paid_amount": paid,
        "is_paid": _bool(info.get("IsPaid"), method, f"{where}/IsPaid", info),
        "is_cancelled": _bool(info.get("IsCancelled"), method, f"{where}/IsCancelled", info),
        "comment": _text(info.get("CustComment")),
        "delivery_address": _address(info.get("DeliveryAddress")),
        "created_at": _moment(info.get("CreatedDateTime"), method, f"{where}/CreatedDateTime", info),
    }


def line_values(item: Mapping[str, Any], method: str, where: str, table: Mapping[int, str], *,
                default_provider: str = "", default_num: int = 0) -> tuple[dict[str, Any], int | None, str]:
    """Line columns from an OT OrderLineInfo; the status as the link's table says (None:
    the id is unknown), with the raw id and name for the log."""
    def money(name: str, required: bool = False) -> Decimal | None:
        return _money(item.get(name), method, f"{where}/{name}", item, required=required)

    line_id = _line_id(item, method, where)
    status_id = _int(item.get("StatusId"), method, where + "/StatusId", item=item, required=True)
    provider_type = _text(item.get("ProviderType"))
    provider = (_provider(provider_type, method, where + "/ProviderType", item) if provider_type
                else default_provider)
    item_id = _text(item.get("ItemTaobaoId")) or _text(item.get("ItemId"))
    if not item_id:
        raise MalformedAnswer(method, where + "/ItemTaobaoId", "is missing", item)
    num = item.get("LineNum")
    values = {
        "id": line_id,
        "line_num": _int(num, method, where + "/LineNum", item=item) if _text(num) else default_num,
        "label": normalise_code(_text(item.get("Label")))[:32],
        "provider": provider,
        "item_id": item_id[:64],
        "config_id": _text(item.get("ConfigId"))[:64] or None,
        "config_text": _text(item.get("ConfigText")),
        "config_text_orig": _text(item.get("ConfigExternalTextOrig")),
        "title_orig": _text(item.get("NameOrig")),
        "title": _text(item.get("BriefDescrTrans")),
        "image_url": _text(item.get("ItemImageURL")),
        "seller_nick": _text(item.get("VendNick"))[:200],
        "qty": _int(item.get("Qty"), method, where + "/Qty", item=item, required=True),
        "price_cust": money("PriceCust", True),
        "purch_price": money("PurchPrice"),
        "purch_delivery": money("PurchDelivery"),
        "weight_kg": money("Weight"),
        "status": table.get(status_id),
        "vend_purch_id": normalise_code(_text(item.get("VendPurchId")))[:64] or None,
        "vend_purch_waybill": normalise_code(_text(item.get("VendPurchWaybill")))[:64] or None,
    }
    for key, name, size in (("item_url", "ItemExternalURL", 0), ("seller_id", "VendId", 64),
                            ("promotion_id", "PromotionId", 64), ("operator_comment", "OperatorComment", 0)):
        if name in item:  # fields our server does not send are left alone when absent
            text = _text(item.get(name))
            values[key] = (text[:size] if size else text) or (None if key == "promotion_id" else "")
    return values, status_id, _text(item.get("StatusName"))


def _new_line(values: dict[str, Any], now: datetime) -> dict[str, Any]:
    row = dict(values)
    if row["status"] is None:
        log.warning("new line %s: OT status id not in the link's status table; written as %s",
                    row["id"], UNKNOWN_NEW_STATUS)
        row["status"] = UNKNOWN_NEW_STATUS
    row.setdefault("item_url", "")
    row.setdefault("seller_id", "")
    row.setdefault("operator_comment", "")
    row.setdefault("promotion_id", None)
    row.update(delivery_cust=Decimal("0.00"), status_changed_at=now, version=1, is_tmall=False)
    return row


def _apply(obj: Any, values: Mapping[str, Any]) -> bool:
    """Set the attributes that differ; True when any did (the ORM bumps `version` then)."""
    changed = False
    for key, value in values.items():
        if key == "id" or getattr(obj, key) == value:
            continue
        setattr(obj, key, value)
        changed = True
    return changed


def _digest(info: Mapping[str, Any]) -> str:
    return hashlib.sha256(json.dumps(info, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


def _result(answer: Mapping[str, Any], method: str) -> dict[str, Any]:
    result = answer.get("Result")
    if not isinstance(result, dict):
        raise MalformedAnswer(method, "Result", "is missing" if result is None else "is not a structure", answer)
    return result


def _list(result: Mapping[str, Any], name: str, method: str, where: str = "") -> list[Any]:
    items = result.get(name)
    if items is None or items == "":
        return []
    if not isinstance(items, list):
        raise MalformedAnswer(method, where or f"Result/{name}", "is not a list", items)
    return items


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):  # an element with attributes: its text
        value = value.get("Value", "")
    return str(value).strip()


def _text_id(value: Any, method: str, where: str, raw: Any) -> str:
    text = _text(value)
    if not text:
        raise MalformedAnswer(method, where, "is missing", raw)
    return normalise_code(text)[:32]


def _line_id(item: Mapping[str, Any], method: str, where: str) -> int:
    text = _text(item.get("Id"))
    if not text:
        raise MalformedAnswer(method, where + "/Id", "is missing", item)
    if not text.isdigit() or int(text) <= 0:
        raise MalformedAnswer(method, where + "/Id", f"{text!r} is not a whole number", item)
    return int(text)


def _int(value: Any, method: str, where: str, *, item: Any = None, required: bool = False) -> int:
    text = _text(value)
    if not text:
        if required:
            raise MalformedAnswer(method, where, "is missing", item)
        return 0
    try:
        return int(text)
    except ValueError:
        raise MalformedAnswer(method, where, f"{text!r} is not a whole number", item) from None


def _money(value: Any, method: str, where: str, raw: Any, *, required: bool = False) -> Decimal | None:
    text = _text(value)
    if not text:
        if required:
            raise MalformedAnswer(method, where, "is missing", raw)
        return None
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise MalformedAnswer(method, where, f"{text!r} is not a decimal amount", raw) from None
    if not amount.is_finite():
        raise MalformedAnswer(method, where, f"{text!r} is not a decimal amount", raw)
    return amount.quantize(FEN)


def _bool(value: Any, method: str, where: str, raw: Any) -> bool:
    text = _text(value).lower()
    if text in ("true", "1"):
        return True
    if text in ("false", "0", ""):
        return False
    raise MalformedAnswer(method, where, f"{text!r} is not true or false", raw)


def _moment(value: Any, method: str, where: str, raw: Any) -> datetime | None:
    text = _text(value)
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise MalformedAnswer(method, where, f"{text!r} is not a date and time", raw) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # OT's times carry no zone: UTC


def _provider(name: str, method: str, where: str, raw: Any) -> str:
    if name in PROVIDER_TYPES:
        return PROVIDER_TYPES[name]
    by_case = {k.lower(): v for k, v in PROVIDER_TYPES.items()}
    if name.lower() in by_case:
        return by_case[name.lower()]
    raise MalformedAnswer(method, where, f"{name!r} is not a provider type this workstation knows "
                          f"({', '.join(PROVIDER_TYPES)})" if name else "is missing", raw)


def _address(value: Any) -> str:
    """OT's DeliveryAddress (Familyname, Name, Country, City, ..., Address, Phone) on one line."""
    if not isinstance(value, dict):
        return _text(value)
    parts = ("Familyname", "Name", "Patername", "Country", "RegionName", "City", "PostalCode", "Address", "Phone")
    if set(value) <= {"Address"}:
        return _text(value.get("Address"))
    return ", ".join(t for t in (_text(value.get(p)) for p in parts) if t)


def _chunked(s: Session, query: Any, column: Any, values: Sequence[Any]) -> list[Any]:
    out: list[Any] = []
    for start in range(0, len(values), CHUNK):
        out.extend(s.scalars(query.where(column.in_(list(values[start:start + CHUNK])))))
    return out


def _explain(exc: BaseException) -> str:
    if isinstance(exc, E.OtapiError):
        return f"The OT platform refused: {exc}"
    return f"The OT platform could not be reached ({type(exc).__name__}: {exc})."


def _show(raw: Any) -> str:
    try:
        text = json.dumps(raw, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        text = repr(raw)
    return text if len(text) <= 2000 else text[:2000] + "…"


__all__ = ["MalformedAnswer", "Mirror", "RefreshResult", "derived_label", "line_values", "order_values"]
