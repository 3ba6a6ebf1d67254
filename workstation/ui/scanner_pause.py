"""A keyboard-wedge scanner held off while a person types into a page that is not ours (the login
browser), without importing that page's QtWebEngine: the window builds one at start-up."""

from __future__ import annotations

from typing import Any


class ScannerPause:
    """Keeps a keyboard-wedge scanner (anything with an `enabled` attribute, and `flush()`) off
    between `pause()` and `resume()`; nested pauses resume only at the last one, and the
    scanner's own setting from before is put back."""

    def __init__(self, scanner: Any):
        self._scanner = scanner
        self._depth = 0
        self._was_enabled = True

    @property
    def paused(self) -> bool:
        return self._depth > 0

    def pause(self) -> None:
        if self._depth == 0:
            self._was_enabled = bool(self._scanner.enabled)
            flush = getattr(self._scanner, "flush", None)
            if callable(flush):
                flush()  # keys held before the dialog opened go back to where they were typed
            self._scanner.enabled = False
        self._depth += 1

    def resume(self) -> None:
        if self._depth == 0:
            return
        self._depth -= 1
        if self._depth == 0:
            self._scanner.enabled = self._was_enabled
