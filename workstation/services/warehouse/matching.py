"""Unmatched parcels meeting their lines: matched whenever waybills arrive, from any sync on any station.

`MatchingService.match_pending` pairs every waiting code with the lines that now carry
it (waybill, marketplace order number, line label) and keeps the result on the row: the
order, the line and the time, listed until a clerk dismisses it. It runs after every
synchronisation or binding in this process (`MatchAfter` wraps those activity handlers,
so a CLI sync matches too) and on the background tick, which sees what another station's
sync wrote to the shared database. Concurrent runs on several stations are safe: a row
is claimed with a conditional UPDATE, so each match is recorded (and audited) once.
Plain Python, no Qt; thread-safe.
"""

from __future__ import annotations

import builtins
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import func, select, update

from workstation.domain import messages as msg
from workstation.services.audit import Actor, audit
from workstation.services.errors import InvalidInput
from workstation.services.warehouse.receiving import MatchedScan
from workstation.store.database import Database
from workstation.store.models import OrderLine, UnmatchedScan
from workstation.store.rows import affected

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]
CHUNK = 500  # codes per IN (...) query
KINDS = (("waybill", OrderLine.vend_purch_waybill), ("provider_order", OrderLine.vend_purch_id),
         ("label", OrderLine.label))


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class UnmatchedParcel:
    """A code that matched nothing when scanned; after a match, its order and when."""

    id: int
    code: str
    scanned_at: datetime
    clerk: str
    workstation: str
    note: str
    photo_path: str
    matched_at: datetime | None
    matched_line_id: int | None
    matched_order_id: str | None
    dismissed_at: datetime | None
    scan_id: int | None = None

    @property
    def waiting(self) -> bool:
        return self.matched_at is None


class MatchingService:
    """Matching and the list of unmatched parcels. `clock` gives aware UTC datetimes."""

    def __init__(self, db: Database, clock: Clock = _now):
        self._db = db
        self._clock = clock

    def waiting(self) -> int:
        """How many codes wait for their line (cheap: an indexed count)."""
        with self._db.read() as s:
            return s.scalar(select(func.count()).select_from(UnmatchedScan)
                            .where(UnmatchedScan.matched_at.is_(None))) or 0

    def match_pending(self, *, actor: Actor | None = None, by: str = "sync") -> list[MatchedScan]:
        """Pair waiting codes with the lines that now carry them; the ones this call matched."""
        actor = actor or Actor("sync", "")
        if not self.waiting():
            return []
        now = self._clock()
        matched: list[MatchedScan] = []
        with self._db.write() as s:
            waiting = s.execute(select(UnmatchedScan.id, UnmatchedScan.code)
                                .where(UnmatchedScan.matched_at.is_(None)).order_by(UnmatchedScan.id)).all()
            codes = sorted({code for _id, code in waiting})
            hits: dict[str, tuple[str, list[tuple[int, str]]]] = {}
            for kind, column in KINDS:
                todo = [c for c in codes if c not in hits]
                for start in range(0, len(todo), CHUNK):
                    for key, line_id, order_id in s.execute(
                            select(column, OrderLine.id, OrderLine.order_id)
                            .where(column.in_(todo[start:start + CHUNK]))
                            .order_by(OrderLine.order_id, OrderLine.line_num)):
                        assert key is not None  # column.in_(codes) matched it
                        hits.setdefault(key, (kind, []))[1].append((line_id, order_id))
            for scan_id, code in waiting:
                if code not in hits:
                    continue
                kind, lines = hits[code]
                claimed = affected(s, update(UnmatchedScan).where(
                    UnmatchedScan.id == scan_id, UnmatchedScan.matched_at.is_(None)).values(
                    matched_at=now, matched_line_id=lines[0][0], matched_order_id=lines[0][1]))
                if claimed != 1:  # another station matched it a moment ago
                    continue
                line_ids = tuple(i for i, _o in lines)
                order_ids = tuple(dict.fromkeys(o for _i, o in lines))
                audit(s, actor, "match_unmatched", "unmatched_scan", scan_id, {},
                      {"code": code, "kind": kind, "line_ids": list(line_ids), "order_ids": list(order_ids),
                       "by": by}, at=now)
                matched.append(MatchedScan(scan_id, code, kind, line_ids, order_ids))
        if matched:
            log.info("%d unmatched parcel(s) matched (%s): %s", len(matched), by,
                     ", ".join(f"{m.code}->{'/'.join(m.order_ids)}" for m in matched))
        return matched

    def list(self, *, include_dismissed: bool = False, limit: int = 500) -> list[UnmatchedParcel]:
        """Waiting parcels and matched ones not yet dismissed, newest first."""
        u = UnmatchedScan
        query = select(u, OrderLine.order_id).outerjoin(OrderLine, OrderLine.id == u.matched_line_id)
        if not include_dismissed:
            query = query.where(u.dismissed_at.is_(None))
        return self._rows(query.order_by(u.scanned_at.desc(), u.id.desc()).limit(limit))

    def by_scans(self, journal_ids: Iterable[int]) -> builtins.list[UnmatchedParcel]:
        """The parcels kept for these journal rows, dismissed or not."""
        u = UnmatchedScan
        return self._rows(select(u, OrderLine.order_id).outerjoin(OrderLine, OrderLine.id == u.matched_line_id)
                          .where(u.scan_id.in_(list(journal_ids))))

    def _rows(self, query: Any) -> builtins.list[UnmatchedParcel]:
        with self._db.read() as s:
            return [UnmatchedParcel(r.id, r.code, r.scanned_at, r.clerk, r.workstation, r.note, r.photo_path,
                                    r.matched_at, r.matched_line_id, r.matched_order_id or order_id,
                                    r.dismissed_at, r.scan_id) for r, order_id in s.execute(query).all()]

    def dismiss(self, ids: Iterable[int], *, actor: Actor) -> int:
        """The clerk has dealt with these matched parcels: off the list (kept in the database)."""
        wanted = sorted(set(ids))
        if not wanted:
            return 0
        now = self._clock()
        with self._db.write() as s:
            rows = list(s.scalars(select(UnmatchedScan).where(UnmatchedScan.id.in_(wanted))))
            if any(r.matched_at is None for r in rows):
                raise InvalidInput("Only matched parcels can be dismissed; a waiting one stays until "
                                   "its order line is found.")
            done = 0
            for row in rows:
                if row.dismissed_at is not None:
                    continue
                row.dismissed_at, row.dismissed_by = now, actor.user
                audit(s, actor, "dismiss_unmatched", "unmatched_scan", row.id, {},
                      {"code": row.code, "matched_order_id": row.matched_order_id}, at=now)
                done += 1
            return done


class _Handler(Protocol):
    def run(self, ctx: Any) -> None: ...


class MatchAfter:
    """An activity handler that matches waiting parcels after the one it wraps has run (a sync
    or a binding writes waybills and marketplace order numbers), whether it ended well or not.
    A failed match is logged; it never hides the activity's own outcome."""

    def __init__(self, inner: _Handler, matching: MatchingService):
        self._inner = inner
        self._matching = matching

    def run(self, ctx: Any) -> None:
        try:
            self._inner.run(ctx)
        finally:
            self._match(ctx)

    def _match(self, ctx: Any) -> None:
        activity = getattr(ctx, "activity", None)
        by = f"{getattr(activity, 'kind', 'activity')}:{getattr(activity, 'account', '')}"
        try:
            matched = self._matching.match_pending(actor=Actor(by, ""), by=by)
        except Exception:  # the background tick tries again; the activity stands
            log.exception("matching unmatched parcels after %s failed", by)
            return
        if matched:
            try:
                ctx.info(msg.PARCELS_MATCHED(count=len(matched), parcels="; ".join(
                    f"{m.code} \u2192 {', '.join(m.order_ids)}" for m in matched[:10])),
                    key=f"matched:{','.join(str(m.scan_id) for m in matched)}"[:200])
            except Exception:  # e.g. the activity was cancelled meanwhile
                log.warning("could not note the matched parcels on the activity", exc_info=True)
