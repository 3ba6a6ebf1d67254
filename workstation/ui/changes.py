"""Change records on the GUI thread, and the panes refreshed from them.

`ChangeBridge` subscribes to the `ChangeFeed` (services/changes.py) and starts the listener that
brings other stations' and processes' records (services/change_listeners.py); every record,
whichever thread it arrived on, comes out of `changed` on the GUI thread. `PaneRefresher`
hands each pane what concerns it: a pane names the kinds it shows, and a burst of records
(a booking writes many steps) reaches it merged, once per `delay_ms`. `connect_window` wires
the window's panes the way app.py builds them; a pane that is missing is simply skipped.

GUI thread only, except `ChangeBridge`'s subscription, which only emits a queued signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from workstation.services.change_listeners import ChangeListener, listener_for
from workstation.services.changes import ChangeFeed, ChangeRecord

PANE_DELAY_MS = 150  # records of one burst merged before a pane reads again
STATUS_DELAY_MS = 1_000  # the status bar's summary is not worth a query per activity step


class ChangeBridge(QObject):
    """Every change record, this process's and the others', as a signal on the GUI thread."""

    changed = Signal(object)  # ChangeRecord
    _arrived = Signal(object)

    def __init__(self, feed: ChangeFeed, parent: QObject | None = None, *, listen: bool = True):
        super().__init__(parent)
        self.feed = feed
        self.listener: ChangeListener | None = listener_for(feed) if listen else None
        self._arrived.connect(self.changed.emit, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe: Callable[[], None] | None = feed.subscribe(self._arrived.emit)

    def start(self) -> None:
        """Start listening for other stations' records (returns at once; a thread connects)."""
        if self.listener is not None:
            self.listener.start()

    def stop(self) -> None:
        """No more records: unsubscribe and stop the listener's thread (waits at most 3 s)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self.listener is not None:
            self.listener.stop()


class _Target(QObject):
    def __init__(self, kinds: tuple[str, ...], apply: Callable[[ChangeRecord], Any], delay_ms: int,
                 parent: QObject):
        super().__init__(parent)
        self.kinds, self._apply = kinds, apply
        self._pending: ChangeRecord | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._fire)

    def offer(self, record: ChangeRecord) -> None:
        if not record.touches(*self.kinds):
            return
        self._pending = record if self._pending is None else self._pending.merged(record)
        if not self._timer.isActive():
            self._timer.start()

    def _fire(self) -> None:
        record, self._pending = self._pending, None
        if record is not None:
            self._apply(record)


class PaneRefresher(QObject):
    """Routes the bridge's records to the panes that show those kinds of rows."""

    applied = Signal(object)  # a record handed to at least one pane (tests, benchmarks)

    def __init__(self, bridge: ChangeBridge, parent: QObject | None = None):
        super().__init__(parent)
        self.bridge = bridge
        self._targets: list[_Target] = []
        bridge.changed.connect(self._on_bridge_changed)

    def add(self, kinds: tuple[str, ...], apply: Callable[[ChangeRecord], Any],
            delay_ms: int = PANE_DELAY_MS) -> None:
        def applied(record: ChangeRecord) -> None:
            apply(record)
            self.applied.emit(record)

        self._targets.append(_Target(kinds, applied, delay_ms, self))

    def _on_bridge_changed(self, record: ChangeRecord) -> None:
        for target in self._targets:
            target.offer(record)


def connect_window(bridge: ChangeBridge, window: Any, status: Any = None) -> PaneRefresher:
    """Refresh the main window's panes (and the status bar's summary) from the bridge."""
    panes = PaneRefresher(bridge, window)
    panes.add(("orders", "lines"), window.orders_pane.apply_changes)
    purchase = window.purchase_pane
    if hasattr(purchase, "apply_changes"):
        panes.add(("orders", "lines", "sessions", "settings"), purchase.apply_changes)
    activities = window.activities_pane
    if hasattr(activities, "open_window"):  # the real pane, not the placeholder
        panes.add(("activities",), lambda _record: activities.refresh())
    warehouse = window.warehouse_pane
    if warehouse is not None:
        panes.add(("scans",), lambda _record: _refresh_scans(warehouse))
    if status is not None:
        panes.add(("activities", "sessions"), lambda _record: status.refresh(), STATUS_DELAY_MS)
    return panes


def _refresh_scans(warehouse: Any) -> None:
    """The scan journal as it is on screen (selection kept) and the unmatched parcels."""
    warehouse.journal.model.reload()
    warehouse.refresh_unmatched()
