"""The Qt side of background synchronisation: a timer that runs `BackgroundSync.tick` on a worker
and hands the activities it creates to the activity runner.

GUI thread only. The tick itself (database, token renewal over the network) runs on the
TaskRunner's network lane; a tick still in flight makes the next timeout a no-op, so ticks
never pile up behind a slow marketplace.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from workstation.runner.tasks import TaskRunner
from workstation.services.background import BackgroundSync, Notice
from workstation.services.errors import UserFacingError

log = logging.getLogger(__name__)

TICK_SECONDS = 60
FIRST_TICK_MS = 5_000  # let the window paint and the activity runner resume first


class Submits(Protocol):
    """What the timer needs of the activity runner (runner/activities.py ActivityRunner)."""

    def submit(self, activity_id: str) -> None: ...


class BackgroundSyncTimer(QObject):
    """Drives background synchronisation. `start()` begins ticking; `run_now` is the
    "Start synchronisation" button. Signals carry plain text for the status bar."""

    sync_started = Signal(str)  # activity id
    attention_needed = Signal(str)  # e.g. "demo_buyer_1688: log in again"
    run_refused = Signal(str)  # why "Start synchronisation" did not start (busy, expired)
    ticked = Signal(int)  # activities started by this tick; listeners refresh their status

    def __init__(self, background: BackgroundSync, tasks: TaskRunner, activities: Submits,
                 parent: QObject | None = None, *, interval_s: float = TICK_SECONDS,
                 first_tick_ms: int = FIRST_TICK_MS):
        super().__init__(parent)
        self._background = background
        self._tasks = tasks
        self._activities = activities
        self._in_flight = False
        self._first_tick_ms = first_tick_ms
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, int(interval_s * 1000)))
        self._timer.timeout.connect(self.tick)

    def start(self) -> None:
        self._timer.start()
        QTimer.singleShot(self._first_tick_ms, self, self.tick)

    def stop(self) -> None:
        self._timer.stop()

    def is_active(self) -> bool:
        return self._timer.isActive()

    def tick(self) -> None:
        """One round now (also what the timer calls); skipped while the last one still runs."""
        if self._in_flight:
            return
        self._in_flight = True
        background = self._background

        def op() -> tuple[list[str], list[Notice]]:
            started = background.tick()
            return started, background.take_notices()

        self._tasks.run(op, self._on_ticked, self._on_tick_failed, lane="network")

    def run_now(self, provider: str, account: str) -> None:
        """One synchronisation of the account now, off the GUI thread; `run_refused` says why not."""
        background = self._background

        def op() -> tuple[list[str], list[Notice]]:
            started = background.run_now(provider, account)
            return [started], background.take_notices()

        def refused(exc: BaseException, tb: str) -> None:
            if isinstance(exc, UserFacingError):
                self.run_refused.emit(str(exc))
            else:
                log.error("starting a synchronisation of %s failed: %s\n%s", account, exc, tb)
                self.run_refused.emit(self.tr("Synchronisation could not start: %1").replace("%1", str(exc)))

        self._tasks.run(op, self._on_started, refused, lane="network")

    # ------------------------------------------------------------ results (GUI thread)

    def _on_ticked(self, result: tuple[list[str], list[Notice]]) -> None:
        self._in_flight = False
        self._on_started(result)
        self.ticked.emit(len(result[0]))

    def _on_started(self, result: tuple[list[str], list[Notice]]) -> None:
        started, notices = result
        for activity_id in started:
            self._activities.submit(activity_id)
            self.sync_started.emit(activity_id)
        for notice in notices:
            self.attention_needed.emit(notice.message)

    def _on_tick_failed(self, exc: BaseException, tb: Any) -> None:
        self._in_flight = False
        # The next tick tries again; a broken database shows up everywhere else too.
        log.error("background synchronisation tick failed: %s\n%s", exc, tb)
