"""What a scan comes to, decided once for every source (wedge, serial, typed), and the scan journal.

`ScanService.scan` looks the code up through `OrderService.lookup`, works out what was
received so far and the verdict, and writes the journal row (with the lines found, and
the unmatched record for a code that found nothing) in one transaction, all before it
returns: whatever the caller does with the result afterwards, the scan is on record.
`list`/`count` read the journal back with a `JournalFilter`, "arrived but never
confirmed" among them. Plain Python, no Qt; thread-safe (each call opens its own session).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from sqlalchemy import Exists, Select, and_, bindparam, exists, func, insert, or_, select
from sqlalchemy.orm import Session

from workstation.domain import statuses as st
from workstation.domain.barcodes import normalise_code
from workstation.domain.scans import (  # noqa: F401 - re-exported
    ALREADY,
    DUPLICATE,
    FAILED,
    FOUND,
    NOT_FOUND,
    SERIAL,
    SOURCES,
    TYPED,
    UNMATCHED_VERDICTS,
    VERDICTS,
    WEDGE,
)
from workstation.services.audit import Actor, audit
from workstation.services.dto import LookupResult
from workstation.services.errors import UserFacingError
from workstation.services.orders import OrderService
from workstation.services.warehouse.matching import MatchingService, UnmatchedParcel
from workstation.store.database import Database
from workstation.store.models import (
    OrderLine,
    Receipt,
    ScanJournalEntry,
    ScanJournalLine,
    UnmatchedScan,
)

log = logging.getLogger(__name__)

FOUND_BY = {"provider_order": "marketplace order number", "label": "line label", "order": "order id"}
CODE_MAX = 128  # scan_journal.code and unmatched_scans.code
Clock = Callable[[], datetime]


def _now() -> datetime:
    return datetime.now(UTC)


def source_of(raw: str) -> str:
    """A source name as the journal keeps it; the wedge's old generic "scan" is the wedge."""
    name = (raw or "").strip().lower()
    return name if name in SOURCES else WEDGE


class _LookupFailed(Exception):  # control flow: leave the write, then journal the failure
    def __init__(self, cause: BaseException):
        super().__init__(str(cause))
        self.cause = cause


class ScanNotSaved(UserFacingError):
    """The scan was looked up but its journal row could not be written; `result` says what it found."""

    def __init__(self, message: str, result: ScanResult):
        super().__init__(message)
        self.result = result


@dataclass(frozen=True)
class ScanResult:
    """One scan's verdict with what the lookup returned (the lines are not fetched again)."""

    code: str  # as the lookup normalised it
    raw_code: str
    source: str
    at: datetime
    verdict: str  # one of VERDICTS
    lookup: LookupResult
    received_so_far: Mapping[int, int] = field(default_factory=dict)
    journal_id: int = 0  # 0 while not on record
    unmatched: UnmatchedParcel | None = None
    error: str = ""  # why the lookup failed (verdict "failed")

    @property
    def saved(self) -> bool:
        return self.journal_id > 0


@dataclass(frozen=True)
class JournalRow:
    id: int
    code: str
    source: str
    station: str
    clerk: str
    scanned_at: datetime
    verdict: str
    line_ids: tuple[int, ...]
    order_ids: tuple[str, ...]
    detail: str


@dataclass(frozen=True)
class JournalFilter:
    """Which journal rows to show; every field narrows, the defaults show everything."""

    verdicts: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    since: datetime | None = None
    until: datetime | None = None  # exclusive
    text: str = ""  # part of the code, an order id, or a station / clerk
    unconfirmed: bool = False  # "arrived but never confirmed"

    def apply(self, query: Select) -> Select:  # type: ignore[type-arg]
        j = ScanJournalEntry
        if self.verdicts:
            query = query.where(j.verdict.in_(self.verdicts))
        if self.sources:
            query = query.where(j.source.in_(self.sources))
        if self.since is not None:
            query = query.where(j.scanned_at >= self.since)
        if self.until is not None:
            query = query.where(j.scanned_at < self.until)
        text = self.text.strip()
        if text:
            like = f"%{text}%"
            folded = f"%{normalise_code(text)}%"
            query = query.where(or_(j.code.like(folded), j.order_ids.like(folded), j.station.ilike(like),
                                    j.clerk.ilike(like)))
        if self.unconfirmed:
            query = query.where(j.verdict == FOUND, unconfirmed_clause())
        return query


def unconfirmed_clause() -> Exists:
    """A found scan with a line that can still arrive and has no receipt since the scan."""
    line = ScanJournalLine
    return exists(
        select(line.line_id).join(OrderLine, OrderLine.id == line.line_id).where(
            line.scan_id == ScanJournalEntry.id,
            OrderLine.status.not_in(st.NEVER_ARRIVES),
            ~exists(select(Receipt.id).where(Receipt.line_id == line.line_id,
                                             Receipt.received_at >= ScanJournalEntry.scanned_at))))


ARRIVED_NOT_CONFIRMED = JournalFilter(unconfirmed=True)  # the saved filter

_RECEIVED = (select(Receipt.line_id, func.sum(Receipt.qty_received))
             .where(Receipt.line_id.in_(bindparam("ids", expanding=True))).group_by(Receipt.line_id))
_JOURNAL = insert(ScanJournalEntry).returning(ScanJournalEntry.id)
_JOURNAL_LINE = insert(ScanJournalLine)


def received_so_far(result: LookupResult, receipts: Mapping[int, int]) -> dict[int, int]:
    """Units received per line; a line at the warehouse or beyond with no receipt on record
    (received before receipts were kept, or by another system) counts as received in full."""
    return {line.id: receipts.get(line.id, line.qty if line.status in st.RECEIVED_OR_BEYOND else 0)
            for line in result.lines}


def verdict_of(result: LookupResult, before: Mapping[int, int]) -> str:
    """found / already received (every line received in full: a second receipt is a mistake) /
    not found."""
    if not result.lines:
        return NOT_FOUND
    if all(line.status in st.RECEIVED_OR_BEYOND and line.qty - before.get(line.id, 0) <= 0
           for line in result.lines):
        return ALREADY
    return FOUND


def _ids(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(",") if part)


def _journal_row(j: ScanJournalEntry) -> JournalRow:
    return JournalRow(j.id, j.code, j.source, j.station, j.clerk, j.scanned_at, j.verdict,
                      _ids(j.line_ids), tuple(o for o in j.order_ids.split(",") if o), j.detail)


class ScanService:
    """Scans and their journal. `clock` gives aware UTC datetimes (tests fix it)."""

    def __init__(self, db: Database, orders: OrderService, clock: Clock = _now,
                 matching: MatchingService | None = None,
                 look_further: Callable[[str], list[str]] | None = None):
        self._db = db
        self._orders = orders
        self._clock = clock
        self.matching = matching or MatchingService(db, clock)
        self._look_further = look_further  # the platform's find_code (services/platform.py)

    def look_further(self, code: str) -> list[str]:
        """A code this database did not know, asked of the platform (in OT mode: SearchOrderLines
        on the instance, off the GUI thread; locally there is nowhere else to ask). What it
        brings is matched with the waiting parcels at once, so the unmatched list shows the
        order as for any other match. The ids of the orders found."""
        if self._look_further is None:
            return []
        found = self._look_further(code)
        if found:
            self.matching.match_pending()
        return found

    # -- scanning -----------------------------------------------------------------------

    def scan(self, raw_code: str, *, source: str, actor: Actor, at: datetime | None = None) -> ScanResult:
        """Look `raw_code` up, decide, and journal it; the row is written before this returns.
        ScanNotSaved (carrying the result) when the journal cannot be written.

        One write transaction: the lookup (one indexed query, the lines with their receipts),
        the verdict, the journal row and its lines, committed (on SQLite synchronous=FULL, so
        the commit is on disk before the clerk sees the verdict)."""
        when = at or self._clock()
        src = source_of(source)
        result: ScanResult | None = None
        try:
            with self._db.write() as s:
                try:
                    found = self._orders.find(s.connection(), raw_code)
                except Exception as exc:  # any failed lookup still leaves the scan on record
                    raise _LookupFailed(exc) from exc
                result = ScanResult(found.result.code or normalise_code(raw_code), raw_code, src, when,
                                    NOT_FOUND, found.result)
                return self._write(s, result, actor, found.receipts)
        except _LookupFailed as failed:
            cause = failed.cause
            log.error("lookup of %r failed; keeping it as unmatched", raw_code, exc_info=cause)
            code = normalise_code(raw_code)
            return self.record(ScanResult(code, raw_code, src, when, FAILED, LookupResult(code, "none", ()),
                                          error=str(cause) or type(cause).__name__), actor)
        except Exception as exc:
            if result is None:  # the transaction never started: say at least what the code finds
                result = self._looked_up(raw_code, src, when)
            log.error("scan %r could not be journalled", result.code, exc_info=True)
            raise ScanNotSaved(f"The scan of {result.code} could not be saved: {exc}", result) from exc

    def _looked_up(self, raw_code: str, src: str, when: datetime) -> ScanResult:
        """The scan's result without the journal (the database took no write): looked up in a
        read session, or failed."""
        code = normalise_code(raw_code)
        try:
            lookup = self._orders.lookup(raw_code)
        except Exception as exc:  # noqa: BLE001 - the caller reports the unsaved scan
            return ScanResult(code, raw_code, src, when, FAILED, LookupResult(code, "none", ()),
                              error=str(exc) or type(exc).__name__)
        return ScanResult(lookup.code or code, raw_code, src, when, NOT_FOUND, lookup)

    def duplicate(self, raw_code: str, *, source: str, actor: Actor, at: datetime | None = None) -> ScanResult:
        """A repeat within the scanner's window: on record, not looked up."""
        code = normalise_code(raw_code)
        result = ScanResult(code, raw_code, source_of(source), at or self._clock(), DUPLICATE,
                            LookupResult(code, "none", ()))
        return self.record(result, actor)

    def record(self, result: ScanResult, actor: Actor) -> ScanResult:
        """Write `result`'s journal row (and its unmatched record); also the late retry of a
        result that could not be saved the first time. The verdict of a looked-up scan is
        settled here, inside the transaction, against the receipts as they are now."""
        if result.saved:
            return result
        try:
            with self._db.write() as s:
                return self._write(s, result, actor)
        except Exception as exc:
            log.error("scan %r could not be journalled", result.code, exc_info=True)
            raise ScanNotSaved(f"The scan of {result.code} could not be saved: {exc}", result) from exc

    def _write(self, s: Session, result: ScanResult, actor: Actor,
               receipts: Mapping[int, int] | None = None) -> ScanResult:
        """The journal rows of `result`; `receipts` per line when the lookup read them in this
        transaction, else they are read here (a late retry, `record`)."""
        # Statements built once and run on the session's connection: a scan pays for the
        # commit, not for building SQL (the ORM path cost 1.3 ms a scan, the commit 0.4).
        conn = s.connection()
        lines = result.lookup.lines
        before: dict[int, int] = {}
        verdict = result.verdict
        if verdict not in (DUPLICATE, FAILED):
            if receipts is None:
                receipts = {}
                if lines:
                    rows = conn.execute(_RECEIVED, {"ids": [li.id for li in lines]})
                    receipts = {line_id: int(total or 0) for line_id, total in rows}
            before = received_so_far(result.lookup, receipts)
            verdict = verdict_of(result.lookup, before)
        code = result.code[:CODE_MAX]
        raw = result.raw_code.strip()
        details = [d for d in (
            f"scanned as {raw}" if raw and normalise_code(raw) != result.code else "",
            f"full code: {result.code}" if len(result.code) > CODE_MAX else "",
            f"lookup failed: {result.error}" if result.error else "",
            f"found by {FOUND_BY.get(result.lookup.kind, result.lookup.kind)}"
            if lines and result.lookup.kind != "waybill" else "") if d]
        line_ids = [li.id for li in lines]
        order_ids = list(dict.fromkeys(li.order_id for li in lines))
        journal_id = conn.execute(_JOURNAL, {
            "code": code, "source": result.source, "station": actor.workstation, "clerk": actor.user,
            "scanned_at": result.at, "verdict": verdict, "line_ids": ",".join(map(str, line_ids)),
            "order_ids": ",".join(order_ids), "detail": "; ".join(details)}).scalar_one()
        if line_ids:
            conn.execute(_JOURNAL_LINE, [{"scan_id": journal_id, "line_id": i} for i in line_ids])
        unmatched = None
        if verdict in UNMATCHED_VERDICTS and code:
            unmatched = self._keep_unmatched(s, journal_id, code, result, actor, details)
        return replace(result, verdict=verdict, received_so_far=before, journal_id=journal_id, unmatched=unmatched)

    @staticmethod
    def _keep_unmatched(s: Session, journal_id: int, code: str, result: ScanResult, actor: Actor,
                        details: Sequence[str]) -> UnmatchedParcel:
        note = "; ".join(d for d in details if not d.startswith("found by"))
        scan = UnmatchedScan(code=code, scanned_at=result.at, clerk=actor.user, workstation=actor.workstation,
                             note=note, photo_path="", scan_id=journal_id, dismissed_by="")
        s.add(scan)
        s.flush()
        audit(s, actor, "record_unmatched", "unmatched_scan", scan.id, {},
              {"code": code, "note": note, "scan_id": journal_id, "source": result.source}, at=result.at)
        return UnmatchedParcel(scan.id, code, result.at, actor.user, actor.workstation, note, "", None, None,
                               None, None, journal_id)

    # -- the journal --------------------------------------------------------------------

    def count(self, flt: JournalFilter = JournalFilter()) -> int:
        with self._db.read() as s:
            return s.scalar(flt.apply(select(func.count()).select_from(ScanJournalEntry))) or 0

    def list(self, flt: JournalFilter = JournalFilter(), offset: int = 0, limit: int = 200) -> list[JournalRow]:
        """Newest first."""
        with self._db.read() as s:
            rows = s.scalars(flt.apply(select(ScanJournalEntry))
                             .order_by(ScanJournalEntry.scanned_at.desc(), ScanJournalEntry.id.desc())
                             .offset(offset).limit(limit))
            return [_journal_row(j) for j in rows]

    def get(self, journal_id: int) -> JournalRow | None:
        with self._db.read() as s:
            j = s.get(ScanJournalEntry, journal_id)
            return _journal_row(j) if j is not None else None

    def unmatched_of(self, journal_ids: Iterable[int]) -> dict[int, UnmatchedParcel]:
        """The unmatched parcels these scans left (not found, failed), matched since or not."""
        ids = list(journal_ids)
        if not ids:
            return {}
        return {p.scan_id: p for p in self.matching.by_scans(ids) if p.scan_id is not None}

    def unconfirmed_lines(self, journal_ids: Iterable[int]) -> dict[int, tuple[int, ...]]:
        """Per found scan, the lines still waiting for a receipt since it (empty: confirmed)."""
        ids = list(journal_ids)
        if not ids:
            return {}
        line, j = ScanJournalLine, ScanJournalEntry
        with self._db.read() as s:
            rows = s.execute(select(line.scan_id, line.line_id).join(j, j.id == line.scan_id)
                             .join(OrderLine, OrderLine.id == line.line_id).where(
                line.scan_id.in_(ids), j.verdict == FOUND, OrderLine.status.not_in(st.NEVER_ARRIVES),
                ~exists(select(Receipt.id).where(and_(Receipt.line_id == line.line_id,
                                                      Receipt.received_at >= j.scanned_at))))
                .order_by(line.scan_id, line.line_id))
            out: dict[int, list[int]] = {i: [] for i in ids}
            for scan_id, line_id in rows:
                out[scan_id].append(line_id)
            return {k: tuple(v) for k, v in out.items()}
