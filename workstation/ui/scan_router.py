"""Routes every scanned or typed code to a lookup off the GUI thread and reports the outcomes in scan order.

Any source connects its `scanned(code)` (WedgeScanner, SerialScanner, a typed field) to
`submit`; the router looks the code up on the runner's read lane, keeps a code that
matches nothing (or whose lookup failed) as an unmatched parcel on the write lane, and
emits one outcome per scan, in the order the scans came, even when lookups finish out
of order. Nothing is dropped: a code that could not even be saved is kept in memory and
retried with the next scan. GUI thread only (a serial scanner's queued signal is fine).
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
from workstation.services.warehouse import ReceivingService, UnmatchedRow

log = logging.getLogger(__name__)

DONE_STATUSES = frozenset({"received", "packed", "sent_to_customer"})
FOUND, ALREADY, NOT_FOUND, DUPLICATE, FAILED = (
    "found", "already_received", "not_found", "duplicate", "failed")


@dataclass
class ScanOutcome:
    """What one scan came to; `kind` is found / already_received / not_found / duplicate / failed."""

    seq: int
    code: str
    source: str
    at: datetime
    kind: str = ""
    result: LookupResult | None = None
    received_so_far: Mapping[int, int] = field(default_factory=dict)
    unmatched: UnmatchedRow | None = None  # the row kept for a code that matched nothing
    error: str = ""  # why the lookup failed (kind "failed"), or why the code is not saved yet
    saved: bool = True  # False: kept in memory only, retried with the next scan


def received_so_far(result: LookupResult, receipts: Mapping[int, int]) -> dict[int, int]:
    """Units received per line; a line marked received with no receipt on record (received
    before receipts were kept, or by another system) counts as received in full."""
    return {line.id: receipts.get(line.id, line.qty if line.status in DONE_STATUSES else 0)
            for line in result.lines}


def already_received(result: LookupResult, before: Mapping[int, int]) -> bool:
    """Every line found is received in full already: a second receipt would be a mistake."""
    return bool(result.lines) and all(
        line.status in DONE_STATUSES and line.qty - before.get(line.id, 0) <= 0 for line in result.lines)


class ScanRouter(QObject):
    """One router per application; scans from any source, outcomes in scan order."""

    outcome = Signal(object)  # ScanOutcome, for every scan, in scan order
    found = Signal(object)  # LookupResult
    not_found = Signal(str)
    already_received = Signal(object)  # LookupResult
    duplicate = Signal(str)
    lookup_failed = Signal(str, str)  # code, message (the code is kept as unmatched all the same)
    unmatched_recorded = Signal(object)  # UnmatchedRow
    captured = Signal(str)  # a code handed to a capture (a tracking field) instead of a lookup

    def __init__(self, orders: OrderService, receiving: ReceivingService, runner: TaskRunner,
                 parent: QObject | None = None, *, actor: Actor | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)):
        super().__init__(parent)
        self._orders = orders
        self._receiving = receiving
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

    def attach(self, source: QObject) -> None:
        """Connect a scanner: its `scanned(str)` and, when it has one, its `duplicate(str)`."""
        source.scanned.connect(self.submit)  # type: ignore[attr-defined]
        if hasattr(source, "duplicate"):
            source.duplicate.connect(self.submit_duplicate)

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

    def submit(self, code: str, source: str = "scan") -> int:
        """Look `code` up; returns its sequence number (0 when a capture took it)."""
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
        orders, receiving = self._orders, self._receiving

        def op() -> tuple[LookupResult, dict[int, int]]:
            result = orders.lookup(code)
            receipts = receiving.received_so_far([li.id for li in result.lines]) if result.lines else {}
            return result, received_so_far(result, receipts)

        self._runner.run(op, lambda r: self._on_lookup_done(item, r),
                         lambda exc, tb: self._on_lookup_failed(item, exc, tb), lane="read")
        return item.seq

    def submit_duplicate(self, code: str) -> int:
        """A repeat within the scanner's window: reported in its place in the order, not looked up."""
        item = self._enqueue(code, "scan")
        item.kind = DUPLICATE
        self._finish(item)
        return item.seq

    # -- inside -------------------------------------------------------------------------

    def _enqueue(self, code: str, source: str) -> ScanOutcome:
        self._seq += 1
        item = ScanOutcome(self._seq, code, source, self._clock())
        self._queue[item.seq] = item
        return item

    def _on_lookup_done(self, item: ScanOutcome, found: tuple[LookupResult, dict[int, int]]) -> None:
        result, before = found
        item.result, item.received_so_far = result, before
        if not result.lines:
            item.kind = NOT_FOUND
            self._record(item, "")
            return
        item.kind = ALREADY if already_received(result, before) else FOUND
        self._finish(item)

    def _on_lookup_failed(self, item: ScanOutcome, exc: BaseException, tb: str) -> None:
        log.error("lookup of %r failed; keeping it as unmatched: %s\n%s", item.code, exc, tb)
        item.kind, item.error = FAILED, str(exc) or type(exc).__name__
        self._record(item, f"lookup failed: {item.error}")

    def _record(self, item: ScanOutcome, note: str) -> None:
        receiving, actor = self._receiving, self.actor

        def op() -> UnmatchedRow:
            return receiving.record_unmatched(item.code, clerk=actor.user, workstation=actor.workstation,
                                              note=note, at=item.at)

        def done(row: UnmatchedRow) -> None:
            item.unmatched = row
            self._finish(item)

        def failed(exc: BaseException, tb: str) -> None:
            log.error("could not keep unmatched code %r: %s\n%s", item.code, exc, tb)
            item.saved, item.error = False, item.error or str(exc) or type(exc).__name__
            self._unsaved.append(item)
            self._finish(item)

        self._runner.run(op, done, failed, lane="write")

    def _retry_unsaved(self) -> None:
        waiting, self._unsaved = self._unsaved, []
        for item in waiting:
            self._save_late(item)

    def _save_late(self, item: ScanOutcome) -> None:
        """A code whose first save failed: try again; it stays in memory until it is kept."""
        receiving, actor = self._receiving, self.actor
        note = f"lookup failed: {item.error}" if item.kind == FAILED else "saved late"

        def op() -> UnmatchedRow:
            return receiving.record_unmatched(item.code, clerk=actor.user, workstation=actor.workstation,
                                              note=note, at=item.at)

        def failed(exc: BaseException, _tb: str) -> None:
            log.error("still cannot keep unmatched code %r: %s", item.code, exc)
            self._unsaved.append(item)

        self._runner.run(op, self.unmatched_recorded.emit, failed, lane="write")

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
        if item.unmatched is not None:
            self.unmatched_recorded.emit(item.unmatched)
