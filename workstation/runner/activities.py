"""The activity runner: drives engine activities on worker QThreads and reports them as signals.

Threading contract: every public method is called on the GUI thread; `ActivityService.run`
(blocking, network) only ever runs on a run worker; answers, cancels, look-ups and the
progress polling run on one control worker. One activity per provider account at a time,
several accounts in parallel up to `max_parallel`, the rest queued in submission order.
On quit nothing is killed: queued activities stay queued in the database; running ones are
asked to stop at their next safe point (`ActivityService.run(should_stop=...)` puts them back
in the queue), and the workers end when the engine returns (every effect is its own
transaction) or the timeout passes; `resume_pending()` at the next start picks up whatever
is left. `begin_shutdown()` does this
without blocking and emits `stopped` when every worker has ended (the quit dialog waits on it).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, SignalInstance, Slot

from workstation.services.audit import Actor
from workstation.services.errors import UserFacingError

log = logging.getLogger(__name__)

POLL_MS = 300
ENDED = ("finished", "finished_with_errors", "failed", "aborted")

# QThreads still running when shutdown gave up: dropping a running QThread aborts the
# process (docs/reliability.md rule 10), so they stay referenced here until they end.
_STRAGGLERS: list[tuple[QThread, QObject]] = []


def _fingerprint(info: Any) -> tuple[Any, ...]:
    return (info.state, info.progress_percent, info.found_lines, info.found_provider_orders,
            len(info.steps), sum(1 for s in info.steps if s.answer is not None))


class _RunWorker(QObject):
    """Lives on its own QThread and runs one activity at a time."""

    ran = Signal(str, object, str)  # id, ActivityInfo or None, error text

    def __init__(self, activities: Any, stopping: threading.Event):
        super().__init__()
        self._activities = activities
        self._stopping = stopping  # set by the runner's shutdown: stop at the next safe point

    @Slot(str)
    def run(self, activity_id: str) -> None:
        try:
            info = self._activities.run(activity_id, should_stop=self._stopping.is_set)
        except Exception as exc:  # reported to the GUI thread, never swallowed
            log.exception("activity %s could not run", activity_id)
            self.ran.emit(activity_id, None, str(exc))
        else:
            self.ran.emit(activity_id, info, "")


class _ControlWorker(QObject):
    """Short database work off the GUI thread: look-ups, answers, cancels, progress polls."""

    looked_up = Signal(str, object, str)  # id, ActivityInfo or None, error text
    answered = Signal(str, object, str)
    cancelled = Signal(str, object, str)
    found = Signal(list)
    polled = Signal(list)  # [(id, ActivityInfo)] of those that changed
    poll_done = Signal()

    def __init__(self, activities: Any, answered_by: str):
        super().__init__()
        self._activities = activities
        self._answered_by = answered_by
        self._seen: dict[str, tuple[Any, ...]] = {}

    def _call(self, signal: SignalInstance, activity_id: str, op: Any) -> None:
        try:
            info = op()
        except Exception as exc:  # expected ones are UserFacingError, shown as is
            if not _is_user_facing(exc):
                log.exception("activity %s: operation failed", activity_id)
            signal.emit(activity_id, None, str(exc))
        else:
            signal.emit(activity_id, info, "")

    @Slot(str)
    def look_up(self, activity_id: str) -> None:
        self._call(self.looked_up, activity_id, lambda: self._activities.get(activity_id))

    @Slot(str, str)
    def answer(self, activity_id: str, choice: str) -> None:
        self._call(self.answered, activity_id,
                   lambda: self._activities.answer(activity_id, choice, answered_by=self._answered_by))

    @Slot(str)
    def cancel(self, activity_id: str) -> None:
        self._call(self.cancelled, activity_id, lambda: self._activities.cancel(activity_id))

    @Slot()
    def find_resumable(self) -> None:
        try:
            ids = list(self._activities.resumable())
        except Exception:  # a failed look-up only means nothing resumes now
            log.exception("could not list resumable activities")
            ids = []
        self.found.emit(ids)

    @Slot(list)
    def poll(self, ids: list[str]) -> None:
        changed = []
        for activity_id in ids:
            try:
                info = self._activities.get(activity_id)
            except Exception:  # the next poll tries again
                log.exception("polling activity %s failed", activity_id)
                continue
            mark = _fingerprint(info)
            if self._seen.get(activity_id) != mark:
                self._seen[activity_id] = mark
                changed.append((activity_id, info))
        for gone in set(self._seen) - set(ids):
            del self._seen[gone]
        if changed:
            self.polled.emit(changed)
        self.poll_done.emit()


def _is_user_facing(exc: BaseException) -> bool:
    return isinstance(exc, UserFacingError)


class _Slot(QObject):
    """GUI-thread end of one run worker: `go` queues a run onto the worker's thread, and the
    worker's reply comes back here (a slot of a GUI-thread object, so Qt queues it)."""

    go = Signal(str)

    def __init__(self, runner: ActivityRunner, index: int):
        super().__init__(runner)
        self._runner = runner
        self._index = index

    @Slot(str, object, str)
    def on_ran(self, activity_id: str, info: Any, error: str) -> None:
        self._runner._on_ran(self._index, activity_id, info, error)


class ActivityRunner(QObject):
    """GUI-thread front of the workers. Signals carry the activity id; `latest(id)` holds the
    last ActivityInfo the runner saw, so listeners need not read the database again."""

    activity_changed = Signal(str)
    question_asked = Signal(str)
    activity_finished = Signal(str)
    action_failed = Signal(str, str)  # id, a message the operator can act on
    stopped = Signal()  # after begin_shutdown/shutdown: every worker thread has ended

    _look_up = Signal(str)
    _answer = Signal(str, str)
    _cancel = Signal(str)
    _find = Signal()
    _poll = Signal(list)

    def __init__(self, activities: Any, parent: QObject | None = None, *, max_parallel: int = 3,
                 answered_by: str | None = None):
        """`answered_by`: who answers questions in this window (the audit's "who"); the
        operating-system user by default, as the CLI records it."""
        super().__init__(parent)
        self._activities = activities
        self._closing = False
        self._latest: dict[str, Any] = {}
        self._account: dict[str, str] = {}     # id -> account, once looked up
        self._queue: deque[str] = deque()       # looked up, waiting for a free slot/account
        self._looking: set[str] = set()         # look-up in flight
        self._answering: set[str] = set()       # answer in flight
        self._running: dict[int, str] = {}      # slot -> id
        self._poll_in_flight = False
        self._deadline: float | None = None  # monotonic: when shutdown stops waiting
        self._threads_left = 0
        self._stopping = threading.Event()  # read by the run workers between units of work

        # no Qt parent: the threads' lifetime is ours to end (quit + wait), never a parent's
        self._control_thread = QThread()
        self._control_thread.setObjectName("activity-control")
        self._control = _ControlWorker(activities, answered_by if answered_by is not None else Actor.local().user)
        self._control.moveToThread(self._control_thread)
        self._look_up.connect(self._control.look_up)
        self._answer.connect(self._control.answer)
        self._cancel.connect(self._control.cancel)
        self._find.connect(self._control.find_resumable)
        self._poll.connect(self._control.poll)
        self._control.looked_up.connect(self._on_looked_up)
        self._control.answered.connect(self._on_answered)
        self._control.cancelled.connect(self._on_cancelled)
        self._control.found.connect(self._on_found)
        self._control.polled.connect(self._on_polled)
        self._control.poll_done.connect(self._on_poll_done)
        self._control_thread.start()

        self._slots: list[tuple[QThread, _RunWorker]] = []
        self._ends: list[_Slot] = []
        for n in range(max(1, max_parallel)):
            thread = QThread()
            thread.setObjectName(f"activity-run-{n}")
            worker = _RunWorker(activities, self._stopping)
            worker.moveToThread(thread)
            end = _Slot(self, n)
            end.go.connect(worker.run)
            worker.ran.connect(end.on_ran)
            thread.start()
            self._slots.append((thread, worker))
            self._ends.append(end)

        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._on_timer)

    # ------------------------------------------------------------ public API (GUI thread)

    def submit(self, activity_id: str) -> None:
        """Queue the activity to run on a worker (a no-op when it is already queued or running)."""
        if self._closing or self.is_busy(activity_id):
            return
        self._looking.add(activity_id)
        self._look_up.emit(activity_id)

    def answer(self, activity_id: str, choice: str) -> None:
        """Store the answer off the GUI thread, then run the activity on."""
        if self._closing or activity_id in self._answering:
            return
        self._answering.add(activity_id)
        self._answer.emit(activity_id, choice)

    def cancel(self, activity_id: str) -> None:
        """Ask the activity to stop: at once when queued or waiting, at its next check when running."""
        if activity_id in self._queue:
            self._queue.remove(activity_id)
        self._cancel.emit(activity_id)

    def resume_pending(self) -> None:
        """At start: submit every queued activity and every running one whose owner is gone."""
        if not self._closing:
            self._find.emit()

    def is_busy(self, activity_id: str) -> bool:
        return (activity_id in self._looking or activity_id in self._queue
                or activity_id in self._answering or activity_id in self._running.values())

    def latest(self, activity_id: str) -> Any | None:
        """The last ActivityInfo seen for the activity, or None (GUI thread)."""
        return self._latest.get(activity_id)

    def running(self) -> list[str]:
        return list(self._running.values())

    def queued(self) -> list[str]:
        return list(self._queue)

    def has_work(self) -> bool:
        """Is anything of this station's in flight: running, queued, or on its way to either?"""
        return bool(self._running or self._queue or self._looking or self._answering)

    def is_stopping(self) -> bool:
        return self._deadline is not None

    def begin_shutdown(self, timeout_ms: int = 10_000) -> None:
        """Stop taking work, ask running activities to stop at their next safe point, and let
        the workers end; returns at once (GUI thread). `stopped` follows when they have."""
        deadline = time.monotonic() + max(0, timeout_ms) / 1000
        if self._deadline is not None:
            self._deadline = min(self._deadline, deadline)  # "quit now" only ever shortens it
            return
        self._deadline = deadline
        self._closing = True
        self._timer.stop()
        self._queue.clear()
        self._stopping.set()
        threads = [self._control_thread] + [t for t, _ in self._slots]
        self._threads_left = sum(1 for t in threads if t.isRunning())
        for thread in threads:
            if thread.isRunning():
                thread.finished.connect(self._on_thread_finished)
            thread.requestInterruption()
            thread.quit()
        if not self._threads_left:
            QTimer.singleShot(0, self.stopped.emit)

    def _on_thread_finished(self) -> None:
        self._threads_left -= 1
        if self._threads_left == 0:
            self.stopped.emit()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Stop taking work and wait for the workers; False (and logged) when one is still in a
        long call at the deadline (or at the earlier one `begin_shutdown` set). Queued
        activities stay queued in the database; running ones go back to it at a safe point."""
        self.begin_shutdown(timeout_ms)
        deadline = self._deadline if self._deadline is not None else time.monotonic()
        clean = True
        for thread, worker in [(self._control_thread, self._control), *self._slots]:
            left = max(0, int((deadline - time.monotonic()) * 1000))
            if not thread.wait(left):
                clean = False
                _STRAGGLERS.append((thread, worker))
                log.warning("activity runner: %s still busy after %d ms (activity %s); left "
                            "running, it resumes at the next start if it does not finish",
                            thread.objectName(), timeout_ms,
                            next((a for n, a in self._running.items()
                                  if self._slots[n][0] is thread), "-"))
        return clean

    # ------------------------------------------------------------ scheduling

    def _schedule(self) -> None:
        if self._closing:
            return
        busy_accounts = {self._account.get(a) for a in self._running.values()}
        free = [n for n in range(len(self._slots)) if n not in self._running]
        for activity_id in list(self._queue):
            if not free:
                break
            account = self._account.get(activity_id, "")
            if account in busy_accounts:
                continue  # one activity per account: the marketplace session is not shared
            self._queue.remove(activity_id)
            slot = free.pop(0)
            self._running[slot] = activity_id
            busy_accounts.add(account)
            self._ends[slot].go.emit(activity_id)
        if self._running and not self._timer.isActive():
            self._timer.start()

    # ------------------------------------------------------------ worker replies (GUI thread)

    @Slot(str, object, str)
    def _on_looked_up(self, activity_id: str, info: Any, error: str) -> None:
        self._looking.discard(activity_id)
        if info is None:
            self.action_failed.emit(activity_id, error)
            return
        self._remember(info)
        if info.state in ENDED:
            self.activity_finished.emit(activity_id)
            return
        if info.state == "waiting":
            self.question_asked.emit(activity_id)
            return
        if self._closing:
            return
        self._account[activity_id] = info.account
        self._queue.append(activity_id)
        self.activity_changed.emit(activity_id)
        self._schedule()

    def _on_ran(self, slot: int, activity_id: str, info: Any, error: str) -> None:
        if self._running.get(slot) == activity_id:
            del self._running[slot]
        if info is None:
            self.action_failed.emit(activity_id, error)
        else:
            self._remember(info)
            self.activity_changed.emit(activity_id)
            if info.state == "waiting":
                self.question_asked.emit(activity_id)
            elif info.state in ENDED:
                self.activity_finished.emit(activity_id)
            elif info.state == "queued" and not self._closing:
                self.submit(activity_id)  # answered while it was still winding down
        if not self._running:
            self._timer.stop()
        self._schedule()

    @Slot(str, object, str)
    def _on_answered(self, activity_id: str, info: Any, error: str) -> None:
        self._answering.discard(activity_id)
        if info is None:
            self.action_failed.emit(activity_id, error)
            return
        self._remember(info)
        self.activity_changed.emit(activity_id)
        self.submit(activity_id)

    @Slot(str, object, str)
    def _on_cancelled(self, activity_id: str, info: Any, error: str) -> None:
        if info is None:
            self.action_failed.emit(activity_id, error)
            return
        self._remember(info)
        self.activity_changed.emit(activity_id)
        if info.state in ENDED:
            self.activity_finished.emit(activity_id)

    @Slot(list)
    def _on_found(self, ids: list[str]) -> None:
        for activity_id in ids:
            self.submit(activity_id)

    def _on_timer(self) -> None:
        if self._poll_in_flight or not self._running:
            return
        self._poll_in_flight = True
        self._poll.emit(list(self._running.values()))

    @Slot(list)
    def _on_polled(self, changed: list[tuple[str, Any]]) -> None:
        for activity_id, info in changed:
            if activity_id in self._running.values():
                self._remember(info)
                self.activity_changed.emit(activity_id)

    @Slot()
    def _on_poll_done(self) -> None:
        self._poll_in_flight = False

    def _remember(self, info: Any) -> None:
        self._latest[info.id] = info
