"""The one way to run work off the GUI thread: `op` on a worker, callbacks on the GUI thread.

Lanes: `read` for queries a person waits on (several threads), `write` for database writes
(one thread, so writes queue instead of fighting for the lock), `network` for marketplace
calls, `images` for item pictures. Callbacks come back through a queued signal; a worker
never touches a widget.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

OnSuccess = Callable[[Any], None]
OnError = Callable[[BaseException, str], None]


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call back to the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object, str)


class _Job(QRunnable):
    def __init__(self, op: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.setAutoDelete(True)
        self._op = op
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._op()
        except BaseException as exc:  # noqa: BLE001 - handed to on_error, never swallowed
            self._relay.failed.emit(exc, traceback.format_exc())
        else:
            self._relay.succeeded.emit(result)


class TaskRunner(QObject):
    """GUI-thread object owning the worker pools. `shutdown()` waits for running jobs."""

    # `images`: item pictures (ui/thumbnails.py), apart so a slow image server never holds up
    # a marketplace call on `network`
    LANES = {"read": 3, "write": 1, "network": 4, "images": 3}

    def __init__(self, parent: QObject | None = None, *, on_unhandled: OnError | None = None):
        super().__init__(parent)
        self._pools: dict[str, QThreadPool] = {}
        for lane, size in self.LANES.items():
            pool = QThreadPool(self)
            pool.setMaxThreadCount(size)
            self._pools[lane] = pool
        self._relays: set[_Relay] = set()
        self._on_unhandled = on_unhandled
        self._closing = False

    def run(self, op: Callable[[], Any], on_success: OnSuccess | None = None,
            on_error: OnError | None = None, *, lane: str = "read") -> None:
        """Run `op()` on a worker of `lane`; then `on_success(result)` or `on_error(exc, tb)`."""
        if self._closing:
            return
        relay = _Relay()
        self._relays.add(relay)

        @Slot(object)
        def succeeded(result: Any) -> None:
            self._relays.discard(relay)
            if on_success is not None and not self._closing:
                on_success(result)

        @Slot(object, str)
        def failed(exc: BaseException, tb: str) -> None:
            self._relays.discard(relay)
            if self._closing:
                return
            if on_error is not None:
                on_error(exc, tb)
            elif self._on_unhandled is not None:
                self._on_unhandled(exc, tb)
            else:
                log.error("background task failed: %s\n%s", exc, tb)

        relay.succeeded.connect(succeeded)
        relay.failed.connect(failed)
        self._pools[lane].start(_Job(op, relay))

    def pending(self) -> int:
        return len(self._relays)

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Stop accepting work and wait for running jobs; True when all finished in time."""
        self._closing = True
        done = True
        for pool in self._pools.values():
            pool.clear()
            done = pool.waitForDone(timeout_ms) and done
        return done


class ImmediateRunner(TaskRunner):
    """Runs `op` inline on the calling thread: for tests of logic (Picard's fake pool)."""

    def run(self, op: Callable[[], Any], on_success: OnSuccess | None = None,
            on_error: OnError | None = None, *, lane: str = "read") -> None:
        try:
            result = op()
        except Exception as exc:
            if on_error is not None:
                on_error(exc, traceback.format_exc())
            else:
                raise
        else:
            if on_success is not None:
                on_success(result)
