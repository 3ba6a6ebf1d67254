"""Receiving parcels from sellers and keeping the codes that match nothing, one transaction per call.

`receive` records what arrived against the expected quantities (a shortage or surplus
is a discrepancy on the receipt, never a refusal), moves the lines to "received at
warehouse" and audits it, for a parcel whose lines span several orders in one go.
`record_unmatched` keeps every code that matched nothing, duplicates included;
`match_unmatched`, run after a synchronisation, pairs them with the lines that now carry
their waybill. Plain Python, no Qt; thread-safe (each call opens its own session).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from workstation.domain import statuses as st
from workstation.domain.barcodes import normalise_code
from workstation.services.audit import Actor, audit, set_line_status
from workstation.services.errors import InvalidInput, NotFoundError, UserFacingError
from workstation.store.database import Database
from workstation.store.models import OrderLine, Receipt, UnmatchedScan

RECEIVABLE = frozenset({st.BOOKED, st.PURCHASED, st.SENT_BY_SELLER, st.RECEIVED})
CODE_MAX = 128  # unmatched_scans.code; a longer code keeps its full text in the note
Clock = Callable[[], datetime]


class ConflictError(UserFacingError):
    """Someone else changed it meanwhile: reload and try again."""


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class ReceiveLine:
    """What the clerk counted for one line of the parcel."""

    line_id: int
    qty_received: int
    note: str = ""


@dataclass(frozen=True)
class ReceivedLine:
    line_id: int
    order_id: str
    line_num: int
    label: str
    qty_expected: int
    qty_received: int
    old_status: str
    status: str
    receipt_id: int

    @property
    def discrepancy(self) -> int:
        """Received minus expected: negative is a shortage, positive a surplus."""
        return self.qty_received - self.qty_expected


@dataclass(frozen=True)
class ReceiptResult:
    waybill: str | None
    received_at: datetime
    clerk: str
    lines: tuple[ReceivedLine, ...]

    @property
    def orders(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(li.order_id for li in self.lines))

    @property
    def discrepancies(self) -> tuple[ReceivedLine, ...]:
        return tuple(li for li in self.lines if li.discrepancy)


@dataclass(frozen=True)
class UnmatchedRow:
    id: int
    code: str
    scanned_at: datetime
    clerk: str
    workstation: str
    note: str
    photo_path: str
    matched_at: datetime | None
    matched_line_id: int | None


@dataclass(frozen=True)
class MatchedScan:
    """An unmatched code that a synchronisation has since matched: tell the clerk."""

    scan_id: int
    code: str
    kind: str  # waybill / provider_order / label
    line_ids: tuple[int, ...]
    order_ids: tuple[str, ...]


def _unmatched_row(u: UnmatchedScan) -> UnmatchedRow:
    return UnmatchedRow(u.id, u.code, u.scanned_at, u.clerk, u.workstation, u.note, u.photo_path,
                        u.matched_at, u.matched_line_id)


def _discrepancy_note(expected: int, received: int) -> str:
    if received < expected:
        return f"shortage: {expected - received} of {expected} missing"
    if received > expected:
        return f"surplus: {received - expected} more than {expected} expected"
    return ""


class ReceivingService:
    """Receipts and unmatched codes. `clock` gives aware UTC datetimes (tests fix it)."""

    def __init__(self, db: Database, clock: Clock = _now):
        self._db = db
        self._clock = clock

    def received_so_far(self, line_ids: Sequence[int]) -> dict[int, int]:
        """Units already received per line (for the expected quantity of the next receipt)."""
        if not line_ids:
            return {}
        with self._db.read() as s:
            return self._received(s, line_ids)

    @staticmethod
    def _received(s: Session, line_ids: Sequence[int]) -> dict[int, int]:
        rows = s.execute(select(Receipt.line_id, func.sum(Receipt.qty_received))
                         .where(Receipt.line_id.in_(list(line_ids))).group_by(Receipt.line_id))
        return {line_id: int(total or 0) for line_id, total in rows}

    def receive(self, lines: Sequence[ReceiveLine], *, clerk: str, workstation: str,
                waybill: str | None = None) -> ReceiptResult:
        """Record one parcel's contents; all lines or none (one transaction)."""
        if not lines:
            raise InvalidInput("Nothing to receive: choose at least one line.")
        if len({li.line_id for li in lines}) != len(lines):
            raise InvalidInput("A line is listed twice; count it once.")
        for li in lines:
            if li.qty_received < 0:
                raise InvalidInput(f"Line {li.line_id}: the received quantity cannot be negative.")
        actor = Actor(clerk, workstation)
        code = normalise_code(waybill) if waybill else None
        now = self._clock()
        try:
            with self._db.write() as s:
                found = {line.id: line for line in s.scalars(
                    select(OrderLine).where(OrderLine.id.in_([li.line_id for li in lines])))}
                before = self._received(s, list(found))
                results = [self._receive_one(s, li, found.get(li.line_id), before, code, actor, now)
                           for li in lines]
                if code:
                    self._mark_matched(s, code, results[0].line_id, actor, now)
        except StaleDataError as exc:
            raise ConflictError("A line was changed at another workstation meanwhile; "
                                "look it up again and receive it once more.") from exc
        return ReceiptResult(code, now, clerk, tuple(results))

    def _receive_one(self, s: Session, item: ReceiveLine, line: OrderLine | None,
                     before: dict[int, int], waybill: str | None, actor: Actor,
                     now: datetime) -> ReceivedLine:
        if line is None:
            raise NotFoundError(f"Line {item.line_id} does not exist.")
        if line.status not in RECEIVABLE:
            raise InvalidInput(
                f"{line.order_id} line {line.line_num} is {st.status(line.status).name.lower()}; "
                "it cannot be received. Keep the parcel as unmatched with a note.")
        expected = max(line.qty - before.get(line.id, 0), 0)
        note = "; ".join(t for t in (_discrepancy_note(expected, item.qty_received), item.note) if t)
        receipt = Receipt(line_id=line.id, waybill=waybill, qty_expected=expected,
                          qty_received=item.qty_received, received_at=now, clerk=actor.user,
                          workstation=actor.workstation, note=note)
        s.add(receipt)
        old = line.status
        if item.qty_received > 0:
            set_line_status(s, line, st.RECEIVED, source="warehouse", actor=actor.user,
                            note=f"waybill {waybill}" if waybill else "", at=now)
        s.flush()
        audit(s, actor, "receive", "order_line", line.id,
              {"status": old, "received_before": before.get(line.id, 0)},
              {"status": line.status, "qty_expected": expected, "qty_received": item.qty_received,
               "waybill": waybill, "receipt_id": receipt.id, "note": note}, at=now)
        return ReceivedLine(line.id, line.order_id, line.line_num, line.label, expected,
                            item.qty_received, old, line.status, receipt.id)

    def _mark_matched(self, s: Session, code: str, line_id: int, actor: Actor, now: datetime) -> None:
        for scan in s.scalars(select(UnmatchedScan).where(UnmatchedScan.code == code,
                                                          UnmatchedScan.matched_at.is_(None))):
            scan.matched_at = now
            scan.matched_line_id = line_id
            audit(s, actor, "match_unmatched", "unmatched_scan", scan.id, {},
                  {"code": code, "line_id": line_id, "by": "receive"}, at=now)

    # -- unmatched codes ----------------------------------------------------------------

    def record_unmatched(self, code: str, *, clerk: str, workstation: str, note: str = "",
                         photo_path: str = "", at: datetime | None = None) -> UnmatchedRow:
        """Keep a code that matched nothing. Every call is a row, duplicates included."""
        clean = normalise_code(code)
        if not clean:
            raise InvalidInput("The scanned code is empty.")
        if len(clean) > CODE_MAX:
            note = "; ".join(t for t in (f"full code: {clean}", note) if t)
            clean = clean[:CODE_MAX]
        when = at or self._clock()
        with self._db.write() as s:
            scan = UnmatchedScan(code=clean, scanned_at=when, clerk=clerk, workstation=workstation,
                                 note=note, photo_path=photo_path)
            s.add(scan)
            s.flush()
            audit(s, Actor(clerk, workstation), "record_unmatched", "unmatched_scan", scan.id, {},
                  {"code": clean, "note": note, "photo_path": photo_path}, at=when)
            return _unmatched_row(scan)

    def list_unmatched(self, *, include_matched: bool = False, limit: int = 500) -> list[UnmatchedRow]:
        with self._db.read() as s:
            query = select(UnmatchedScan)
            if not include_matched:
                query = query.where(UnmatchedScan.matched_at.is_(None))
            rows = s.scalars(query.order_by(UnmatchedScan.scanned_at.desc(), UnmatchedScan.id.desc())
                             .limit(limit))
            return [_unmatched_row(u) for u in rows]

    def match_unmatched(self, *, actor: Actor | None = None) -> list[MatchedScan]:
        """After a synchronisation: pair waiting codes with lines that now carry them."""
        actor = actor or Actor("sync", "")
        now = self._clock()
        matched: list[MatchedScan] = []
        with self._db.write() as s:
            waiting = list(s.scalars(select(UnmatchedScan).where(UnmatchedScan.matched_at.is_(None))
                                     .order_by(UnmatchedScan.id)))
            codes = sorted({u.code for u in waiting})
            hits: dict[str, tuple[str, list[OrderLine]]] = {}
            for kind, column in (("waybill", OrderLine.vend_purch_waybill),
                                 ("provider_order", OrderLine.vend_purch_id),
                                 ("label", OrderLine.label)):
                todo = [c for c in codes if c not in hits]
                for start in range(0, len(todo), 500):
                    chunk = todo[start:start + 500]
                    for line in s.scalars(select(OrderLine).where(column.in_(chunk))
                                          .order_by(OrderLine.order_id, OrderLine.line_num)):
                        key = getattr(line, column.key)
                        hits.setdefault(key, (kind, []))[1].append(line)
            for scan in waiting:
                if scan.code not in hits:
                    continue
                kind, lines = hits[scan.code]
                scan.matched_at = now
                scan.matched_line_id = lines[0].id
                line_ids = tuple(li.id for li in lines)
                audit(s, actor, "match_unmatched", "unmatched_scan", scan.id, {},
                      {"code": scan.code, "kind": kind, "line_ids": list(line_ids)}, at=now)
                matched.append(MatchedScan(scan.id, scan.code, kind, line_ids,
                                           tuple(dict.fromkeys(li.order_id for li in lines))))
        return matched
