"""Receiving parcels from sellers and keeping the codes that match nothing, one transaction per call.

`receive` records what arrived against the expected quantities (a shortage or surplus
is a discrepancy on the receipt, never a refusal), moves the lines to "received at
warehouse" and audits it, for a parcel whose lines span several orders in one go. A
line that cannot arrive now (cancelled, not bought yet: `blocked_reason`) with nothing
counted is left out instead of refusing the parcel. A `confirmation` key makes Confirm
idempotent: the same key with the same counts returns the first receipt and writes
nothing. `record_unmatched` keeps every code that matched nothing, duplicates included;
`keep_unmatched` keeps a parcel the clerk cannot receive, with a note and a photo;
`match_unmatched` pairs them with the lines that now carry their waybill (through
`matching.MatchingService`, which every synchronisation runs). Plain Python, no Qt; thread-safe (each call opens its own session).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from workstation.domain import statuses as st
from workstation.domain.barcodes import normalise_code
from workstation.domain.roles import Permission
from workstation.services.audit import Actor, audit, set_line_status
from workstation.services.errors import InvalidInput, NotFoundError, UserFacingError
from workstation.services.people import require
from workstation.services.platform import LineReceipt, WarehouseOutbox
from workstation.store.database import Database
from workstation.store.models import AuditEntry, OrderLine, Receipt, UnmatchedPhoto, UnmatchedScan

RECEIVABLE = frozenset({st.BOOKED, st.PURCHASED, st.SENT_BY_SELLER, st.RECEIVED})
NOT_BOUGHT = frozenset({st.AWAITING_PAYMENT, st.READY, st.PRICE_CONFIRMATION, st.OUTCOME_UNKNOWN})
# Why a line of a scanned parcel is not to be counted (blocked_reason); the UI words them.
CANCELLED, NOT_BOUGHT_YET, PACKED_ALREADY = "cancelled", "not_bought", "packed"
CODE_MAX = 128  # unmatched_scans.code; a longer code keeps its full text in the note
PHOTO_MAX = 8 * 1024 * 1024  # bytes of one photo kept in the database
PHOTO_TYPES = frozenset({"image/jpeg", "image/png"})
Clock = Callable[[], datetime]


def blocked_reason(status: str) -> str:
    """Why a line with this status cannot be received now: "" when it can, else one of
    CANCELLED (cancelled, not available: it will not come), NOT_BOUGHT_YET, PACKED_ALREADY."""
    if status in RECEIVABLE:
        return ""
    if status in st.NEVER_ARRIVES:
        return CANCELLED
    if status in NOT_BOUGHT:
        return NOT_BOUGHT_YET
    return PACKED_ALREADY


class AlreadyConfirmed(UserFacingError):
    """This confirmation was recorded already, with other counts: scan the parcel again."""


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


@dataclass(frozen=True)
class Photo:
    """A photo of a parcel: the encoded image, its type, and where it came from (file, camera)."""

    data: bytes
    mime: str  # image/jpeg or image/png
    source: str = ""


def _check_photo(photo: Photo) -> None:
    if photo.mime not in PHOTO_TYPES:
        raise InvalidInput(f"The photo must be JPEG or PNG, not {photo.mime or 'unknown'}.")
    if not photo.data:
        raise InvalidInput("The photo is empty.")
    if len(photo.data) > PHOTO_MAX:
        raise InvalidInput(f"The photo is larger than {PHOTO_MAX // (1024 * 1024)} MB; take a smaller one.")


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
    """Receipts and unmatched codes. `clock` gives aware UTC datetimes (tests fix it). `outbox`
    (the platform's, OT mode) is told of each receipt and waybill correction inside the same
    transaction (services/platform.py WarehouseOutbox)."""

    def __init__(self, db: Database, clock: Clock = _now, outbox: WarehouseOutbox | None = None):
        self._db = db
        self._clock = clock
        self._outbox = outbox

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
                waybill: str | None = None, confirmation: str | None = None,
                by: Actor | None = None) -> ReceiptResult:
        """Record one parcel's contents; all lines or none (one transaction).

        A cancelled or not-yet-bought line with nothing counted is left out (it does not
        block the others); counted, it is refused. `confirmation` (one key per Confirm of a
        scanned parcel) makes a repeat with the same counts return the first receipt and
        write nothing; with other counts it raises AlreadyConfirmed. `by`: the station's person,
        refused without the right to receive."""
        if by is not None:
            require(by, Permission.RECEIVE)
        if not lines:
            raise InvalidInput("Nothing to receive: choose at least one line.")
        if len({li.line_id for li in lines}) != len(lines):
            raise InvalidInput("A line is listed twice; count it once.")
        for li in lines:
            if li.qty_received < 0:
                raise InvalidInput(f"Line {li.line_id}: the received quantity cannot be negative.")
        actor = Actor(clerk, workstation)
        code = normalise_code(waybill) if waybill else None
        key = (confirmation or "").strip()[:36] or None
        now = self._clock()
        try:
            with self._db.write() as s:
                if key is not None:
                    earlier = self._confirmed(s, key, lines)
                    if earlier is not None:
                        return earlier
                found = {line.id: line for line in s.scalars(
                    select(OrderLine).where(OrderLine.id.in_([li.line_id for li in lines])))}
                wanted = [li for li in lines if not (li.qty_received == 0 and li.line_id in found
                                                     and blocked_reason(found[li.line_id].status))]
                if not wanted:
                    raise InvalidInput("None of these lines can be received now (cancelled or not "
                                       "bought yet). Keep the parcel as unmatched with a note.")
                before = self._received(s, list(found))
                results = [self._receive_one(s, li, found.get(li.line_id), before, code, actor, now, key)
                           for li in wanted]
                if code:
                    self._mark_matched(s, code, results[0].line_id, actor, now)
                if self._outbox is not None:
                    self._outbox.received(s, actor, [
                        LineReceipt(r.line_id, r.order_id, r.qty_expected, r.qty_received, r.old_status, r.status,
                                    code, r.receipt_id) for r in results])
        except (StaleDataError, IntegrityError) as exc:
            # The same Confirm twice at once (a double click, a retry): the other one won, and
            # this one met its line versions (StaleData) or its receipts (the unique key).
            earlier = self._confirmed_after(key, lines) if key is not None else None
            if earlier is not None:
                return earlier
            if isinstance(exc, StaleDataError):
                raise ConflictError("A line was changed at another workstation meanwhile; "
                                    "look it up again and receive it once more.") from exc
            raise
        return ReceiptResult(code, now, clerk, tuple(results))

    def _confirmed_after(self, key: str, lines: Sequence[ReceiveLine]) -> ReceiptResult | None:
        with self._db.read() as s:
            return self._confirmed(s, key, lines)

    def _confirmed(self, s: Session, key: str, lines: Sequence[ReceiveLine]) -> ReceiptResult | None:
        """The receipt already recorded under `key`, if any (AlreadyConfirmed if the counts differ)."""
        rows = list(s.scalars(select(Receipt).where(Receipt.confirmation == key).order_by(Receipt.id)))
        if not rows:
            return None
        asked = {li.line_id: li.qty_received for li in lines}
        got = {r.line_id: r.qty_received for r in rows}
        if any(asked.get(line_id) != qty for line_id, qty in got.items()) or any(
                qty and line_id not in got for line_id, qty in asked.items()):
            first = rows[0]
            raise AlreadyConfirmed(
                f"This parcel was confirmed already ({first.received_at:%H:%M} UTC by {first.clerk}) with "
                "other counts. Scan it again to record what else arrived.")
        by_id = {line.id: line for line in s.scalars(select(OrderLine).where(OrderLine.id.in_(list(got))))}
        old: dict[int, str] = {}
        for entry in s.scalars(select(AuditEntry).where(
                AuditEntry.action == "receive", AuditEntry.entity == "order_line",
                AuditEntry.entity_id.in_([str(i) for i in got]))):
            new = json.loads(entry.new_json)
            if new.get("receipt_id") in {r.id for r in rows}:
                old[int(entry.entity_id)] = json.loads(entry.old_json).get("status", "")
        lines_out = tuple(
            ReceivedLine(r.line_id, by_id[r.line_id].order_id, by_id[r.line_id].line_num, by_id[r.line_id].label,
                         r.qty_expected, r.qty_received, old.get(r.line_id, by_id[r.line_id].status),
                         by_id[r.line_id].status, r.id) for r in rows)
        return ReceiptResult(rows[0].waybill, rows[0].received_at, rows[0].clerk, lines_out)

    def _receive_one(self, s: Session, item: ReceiveLine, line: OrderLine | None,
                     before: dict[int, int], waybill: str | None, actor: Actor,
                     now: datetime, key: str | None = None) -> ReceivedLine:
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
                          workstation=actor.workstation, note=note, confirmation=key)
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

    # -- a clerk's waybill correction ---------------------------------------------------

    def correct_purchase_info(self, line_id: int, vend_purch_id: str | None, waybill: str | None,
                              actor: Actor) -> tuple[str | None, str | None]:
        """Correct a line's waybill (and, if given, its marketplace order number): None keeps a
        value, "" clears it. The rules are the platform's operator rules
        (services/otapi/lines.py `LineChanges.change_purchase_info`: a booked or bound line keeps
        its marketplace order number, a waybill needs one, an open booking is not touched);
        audited as `line.purchase_info` via "warehouse"; waiting unmatched parcels are matched
        at once. In OT mode the outbox is told in the same transaction. Returns the line's
        marketplace order number and waybill as they are now."""
        require(actor, Permission.RECEIVE)
        from workstation.services.otapi.lines import LineChanges  # it imports this module
        from workstation.services.warehouse.matching import MatchingService

        with self._db.read() as s:
            line = s.get(OrderLine, line_id)
            if line is None:
                raise NotFoundError(f"Line {line_id} does not exist.")
            order_id = line.order_id
        outbox = self._outbox

        def tell(s: Session, old: dict[str, object], new: dict[str, object]) -> None:
            if outbox is None:
                return
            changed = {k: (new[k] or "") if new[k] != old[k] else None for k in ("vend_purch_id", "vend_purch_waybill")}
            outbox.purchase_info_changed(s, actor, order_id=order_id, line_id=line_id,
                                         vend_purch_id=changed["vend_purch_id"],  # type: ignore[arg-type]
                                         vend_purch_waybill=changed["vend_purch_waybill"])  # type: ignore[arg-type]

        done = LineChanges(self._db, MatchingService(self._db, self._clock), self._clock).change_purchase_info(
            order_id, line_id, vend_purch_id=vend_purch_id, waybill=waybill, actor=actor, via="warehouse", then=tell)
        return done.new["vend_purch_id"], done.new["vend_purch_waybill"]

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

    def keep_unmatched(self, code: str, *, clerk: str, workstation: str, note: str,
                       photo: Photo | None = None, unmatched_id: int | None = None,
                       line_ids: Sequence[int] = (), by: Actor | None = None) -> UnmatchedRow:
        """Keep a parcel the clerk cannot receive with a note (required) and, if taken, a photo.

        `unmatched_id` annotates the row a "not found" scan made already; otherwise a new row
        is kept. A parcel whose code did find lines (`line_ids`, e.g. a cancelled line's
        goods) is kept as matched to their order at once, so the list says which order it
        belongs to and the clerk dismisses it once it is dealt with."""
        if by is not None:
            require(by, Permission.RECEIVE)
        text = note.strip()
        if not text:
            raise InvalidInput("Write a note: what is in the parcel, or why it cannot be received.")
        if photo is not None:
            _check_photo(photo)
        actor = Actor(clerk, workstation)
        now = self._clock()
        with self._db.write() as s:
            if unmatched_id is not None:
                scan = s.get(UnmatchedScan, unmatched_id)
                if scan is None:
                    raise NotFoundError(f"Unmatched parcel {unmatched_id} does not exist.")
                old = {"note": scan.note, "photo_path": scan.photo_path}
                scan.note = "; ".join(t for t in (scan.note, text) if t)
            else:
                clean = normalise_code(code)
                if not clean:
                    raise InvalidInput("The parcel's code is empty.")
                old = {}
                scan = UnmatchedScan(code=clean[:CODE_MAX], scanned_at=now, clerk=clerk, workstation=workstation,
                                     note=text, photo_path="", dismissed_by="")
                lines = list(s.scalars(select(OrderLine).where(OrderLine.id.in_(list(line_ids)))
                                       .order_by(OrderLine.order_id, OrderLine.line_num))) if line_ids else []
                if lines:
                    scan.matched_at, scan.matched_line_id = now, lines[0].id
                    scan.matched_order_id = lines[0].order_id
                s.add(scan)
                s.flush()
            if photo is not None:
                scan.photo_path = photo.source or "photo"
                s.add(UnmatchedPhoto(unmatched_id=scan.id, mime=photo.mime, data=photo.data, source=photo.source,
                                     taken_at=now, taken_by=clerk))
            s.flush()
            audit(s, actor, "keep_unmatched", "unmatched_scan", scan.id, old,
                  {"code": scan.code, "note": scan.note, "photo": photo.source if photo else "",
                   "photo_bytes": len(photo.data) if photo else 0,
                   "matched_order_id": scan.matched_order_id}, at=now)
            return _unmatched_row(scan)

    def photos_of(self, unmatched_id: int) -> list[Photo]:
        """The photos kept with an unmatched parcel, oldest first."""
        with self._db.read() as s:
            return [Photo(p.data, p.mime, p.source) for p in s.scalars(
                select(UnmatchedPhoto).where(UnmatchedPhoto.unmatched_id == unmatched_id).order_by(UnmatchedPhoto.id))]

    def list_unmatched(self, *, include_matched: bool = False, limit: int = 500) -> list[UnmatchedRow]:
        with self._db.read() as s:
            query = select(UnmatchedScan)
            if not include_matched:
                query = query.where(UnmatchedScan.matched_at.is_(None))
            rows = s.scalars(query.order_by(UnmatchedScan.scanned_at.desc(), UnmatchedScan.id.desc())
                             .limit(limit))
            return [_unmatched_row(u) for u in rows]

    def match_unmatched(self, *, actor: Actor | None = None) -> list[MatchedScan]:
        """Pair waiting codes with lines that now carry them: the matching service's work, the
        one the synchronisation and the background tick run (kept here for its callers)."""
        from workstation.services.warehouse.matching import (
            MatchingService,  # it imports this module
        )

        return MatchingService(self._db, self._clock).match_pending(actor=actor or Actor("sync", ""), by="sync")
