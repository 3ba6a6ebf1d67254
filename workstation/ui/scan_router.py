"""Routes every scanned or typed code to the scan service off the GUI thread and reports the outcomes in scan order.

Any source connects its `scanned(code)` to `submit` (`attach(wedge)`, `attach(serial,
"serial")`, the typed field calls `submit(code, "typed")`). The scan service decides
everything (lookup, received so far, verdict, unmatched record) and journals the scan
before it answers; the router only keeps the order and hands the outcome on: one per
scan, in the order the scans came, even when the service calls finish out of order.
Nothing is dropped: a scan whose journal row could not be written is shown all the same,
kept in memory and written with the next scan. GUI thread only (a serial scanner's
queued signal is fine).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from workstation.runner.tasks import TaskRunner
from workstation.services.audit import Actor
from workstation.services.dto import LookupResult
from workstation.services.orders import OrderService
from workstation.services.people import is_badge_code
from workstation.services.warehouse import ReceivingService
from workstation.services.warehouse.matching import UnmatchedParcel
from workstation.services.warehouse.scanning import (
    ALREADY,
    DUPLICATE,
    FAILED,
    FOUND,
    NOT_FOUND,
    TYPED,
    WEDGE,
    ScanNotSaved,
    ScanResult,
    ScanService,
    received_so_far,
    source_of,
)

log = logging.getLogger(__name__)

__all__ = ["ALREADY", "DUPLICATE", "FAILED", "FOUND", "NOT_FOUND", "TYPED", "WEDGE", "ScanOutcome",
           "ScanRouter", "received_so_far"]


@dataclass
class ScanOutcome:
    """What one scan came to; `kind` is the service's verdict (found / already_received /
    not_found / duplicate / failed)."""

    seq: int
    code: str
    source: str
    at: datetime
    kind: str = ""
    result: LookupResult | None = None
    received_so_far: Mapping[int, int] = field(default_factory=dict)
    unmatched: UnmatchedParcel | None = None  # the row kept for a code that matched nothing
    error: str = ""  # why the lookup failed (kind "failed"), or why the scan is not saved yet
    saved: bool = True  # False: kept in memory only, written with the next scan
    journal_id: int = 0
    scan: ScanResult | None = None


class ScanRouter(QObject):
    """One router per application; scans from any source, outcomes in scan order."""

    outcome = Signal(object)  # ScanOutcome, for every scan, in scan order
    found = Signal(object)  # LookupResult
    not_found = Signal(str)
    already_received = Signal(object)  # LookupResult
    duplicate = Signal(str)
    lookup_failed = Signal(str, str)  # code, message (the code is kept as unmatched all the same)
    unmatched_recorded = Signal(object)  # UnmatchedParcel
    journalled = Signal(int)  # a journal row was written (id): the journal view refreshes
    captured = Signal(str)  # a code handed to a capture (a tracking field) instead of a lookup
    found_elsewhere = Signal(str, list)  # code, order ids: the platform knew a code this database did not
    badge_scanned = Signal(str)  # a person's badge (services/people.py): switch user; never looked up or journalled

    def __init__(self, orders: OrderService, receiving: ReceivingService, runner: TaskRunner,
                 parent: QObject | None = None, *, actor: Actor | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 scans: ScanService | None = None):
        super().__init__(parent)
        # The composition root passes core.scans; callers that still hand in only the two
        # services get a scan service over the same database.
        self.scans = scans or ScanService(orders._db, orders)  # see above
        self._runner = runner
        self.actor = actor or Actor.local()
        self._clock = clock
        self._seq = 0
        self._queue: dict[int, ScanOutcome] = {}  # waiting for their turn, by sequence number
        self._ready: set[int] = set()
        self._next_out = 1
        self._unsaved: list[ScanOutcome] = []
        self._capture: Callable[[str], None] | None = None

    # -- sources ------------------------------------------------------------------------

    def attach(self, source: QObject, kind: str = WEDGE) -> None:
        """Connect a scanner: its `scanned(str)` and, when it has one, its `duplicate(str)`;
        `kind` is what the journal calls it (wedge / serial)."""
        source.scanned.connect(lambda code: self.submit(code, kind))  # type: ignore[attr-defined]
        if hasattr(source, "duplicate"):
            source.duplicate.connect(lambda code: self.submit_duplicate(code, kind))

    def set_capture(self, capture: Callable[[str], None] | None) -> None:
        """While set, scans go to `capture(code)` (e.g. an outgoing tracking field), not to a lookup."""
        self._capture = capture

    @property
    def pending(self) -> int:
        """Scans whose outcome has not been emitted yet."""
        return len(self._queue)

    @property
    def unsaved(self) -> list[str]:
        return [o.code for o in self._unsaved]

    def submit(self, code: str, source: str = WEDGE) -> int:
        """Scan `code`; returns its sequence number (0 when a capture or a badge took it)."""
        if is_badge_code(code):  # a credential: not a parcel, kept out of the journal
            self.badge_scanned.emit(code.strip().upper())
            return 0
        if self._capture is not None and code.strip():
            self._capture(code)
            self.captured.emit(code)
            return 0
        self._retry_unsaved()
        item = self._enqueue(code, source)
        if not code.strip():
            item.kind, item.result = NOT_FOUND, LookupResult("", "none", ())
            self._finish(item)  # an empty code is nothing to keep
            return item.seq
        scans, actor, at, src = self.scans, self.actor.copy(), item.at, item.source  # the clerk at the scan
        self._runner.run(lambda: scans.scan(code, source=src, actor=actor, at=at),
                         lambda r: self._on_scanned(item, r),
                         lambda exc, tb: self._on_scan_failed(item, exc, tb), lane="write")
        return item.seq

    def submit_duplicate(self, code: str, source: str = WEDGE) -> int:
        """A repeat within the scanner's window: journalled and reported in its place, not looked up."""
        if is_badge_code(code):
            return 0  # the first scan of the badge switched the user already
        item = self._enqueue(code, source)
        item.kind = DUPLICATE
        scans, actor, at, src = self.scans, self.actor.copy(), item.at, item.source
        self._runner.run(lambda: scans.duplicate(code, source=src, actor=actor, at=at),
                         lambda r: self._on_scanned(item, r),
                         lambda exc, tb: self._on_scan_failed(item, exc, tb), lane="write")
        return item.seq

    # -- inside -------------------------------------------------------------------------

    def _enqueue(self, code: str, source: str) -> ScanOutcome:
        self._seq += 1
        item = ScanOutcome(self._seq, code, source_of(source), self._clock())
        self._queue[item.seq] = item
        return item

    @staticmethod
    def _fill(item: ScanOutcome, r: ScanResult) -> None:
        item.scan, item.kind, item.result = r, r.verdict, r.lookup
        item.received_so_far, item.unmatched, item.journal_id = r.received_so_far, r.unmatched, r.journal_id
        item.error = r.error

    def _on_scanned(self, item: ScanOutcome, r: ScanResult) -> None:
        self._fill(item, r)
        self._finish(item)

    def _on_scan_failed(self, item: ScanOutcome, exc: BaseException, tb: str) -> None:
        if isinstance(exc, ScanNotSaved):
            self._fill(item, exc.result)
            item.error = item.error or str(exc.__cause__ or exc)
        else:  # a bug in the service: still shown, kept and written later
            log.error("scan of %r failed: %s\n%s", item.code, exc, tb)
            code = item.code.strip()
            failed = ScanResult(code, item.code, item.source, item.at, item.kind or FAILED,
                                LookupResult(code, "none", ()), error=str(exc) or type(exc).__name__)
            self._fill(item, failed)
        item.saved = False
        self._unsaved.append(item)
        self._finish(item)

    def _retry_unsaved(self) -> None:
        waiting, self._unsaved = self._unsaved, []
        for item in waiting:
            self._save_late(item)

    def _save_late(self, item: ScanOutcome) -> None:
        """A scan whose journal row failed: write it now; it stays in memory until it is."""
        scans, actor, result = self.scans, self.actor, item.scan
        assert result is not None

        def done(r: ScanResult) -> None:  # the outcome shown back then stays as it was
            self.journalled.emit(r.journal_id)
            if r.unmatched is not None:
                self.unmatched_recorded.emit(r.unmatched)

        def failed(exc: BaseException, _tb: str) -> None:
            log.error("still cannot journal scan %r: %s", item.code, exc)
            self._unsaved.append(item)

        self._runner.run(lambda: scans.record(result, actor), done, failed, lane="write")

    def _finish(self, item: ScanOutcome) -> None:
        """Mark a scan ready and emit every ready outcome at the head of the queue, in order."""
        self._ready.add(item.seq)
        while self._next_out in self._ready:
            ready = self._queue.pop(self._next_out)
            self._ready.discard(self._next_out)
            self._next_out += 1
            self._emit(ready)

    def _emit(self, item: ScanOutcome) -> None:
        self.outcome.emit(item)
        signal: dict[str, Any] = {
            FOUND: lambda: self.found.emit(item.result),
            ALREADY: lambda: self.already_received.emit(item.result),
            NOT_FOUND: lambda: self.not_found.emit(item.code),
            DUPLICATE: lambda: self.duplicate.emit(item.code),
            FAILED: lambda: self.lookup_failed.emit(item.code, item.error),
        }
        signal[item.kind]()
        if item.journal_id:
            self.journalled.emit(item.journal_id)
        if item.unmatched is not None:
            self.unmatched_recorded.emit(item.unmatched)
        if item.kind == NOT_FOUND and item.code:
            self._look_further(item.code)

    def _look_further(self, code: str) -> None:
        """A code nothing here knows: the platform is asked on the network lane (in OT mode the
        instance, which may know a waybill the mirror has not seen yet). What it finds is
        matched with the kept parcel; `found_elsewhere` tells the pane."""
        scans = self.scans

        def done(order_ids: list[str]) -> None:
            if order_ids:
                self.found_elsewhere.emit(code, order_ids)

        def failed(exc: BaseException, _tb: str) -> None:  # the parcel stays unmatched, as it is
            log.warning("asking the platform about %s failed: %s", code, exc)

        self._runner.run(lambda: scans.look_further(code), done, failed, lane="network")
