"""For the status bar in OT mode: where the orders come from and how fresh the mirror is.

"OT Box 192.0.2.10 · refreshed 07:42", or in red "OT Box 192.0.2.10 unreachable since 07:43",
with the platform's last message and the unsent warehouse changes in the tooltip. A "Refresh
now" click asks the platform for what it holds at once (outbox, sessions, mirror), off the GUI
thread. Hidden on a local station. It reads `platform.describe()` on the read lane; the refresh
runs on the network lane.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from workstation.ui.look import PROBLEM_COLOUR

log = logging.getLogger(__name__)


class PlatformStatusLabel(QLabel):
    refreshed = Signal()  # a "Refresh now" finished (well or not); panes re-read

    def __init__(self, platform: Any, runner: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self._platform = platform
        self._runner = runner
        self._busy = False
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet("padding: 0 6px;")
        self.setVisible(bool(platform.is_remote))

    def refresh(self) -> None:
        """Read the platform's state (read lane) and show it."""
        if not self._platform.is_remote:
            return
        self._runner.run(self._platform.describe, self._show, lambda exc, _tb: log.warning(
            "reading the OT link failed: %s", exc))

    def refresh_now(self) -> None:
        """Ask the platform for everything now (network lane)."""
        if self._busy or not self._platform.is_remote:
            return
        self._busy = True
        self.setText(self.tr("OT Box: refreshing…"))

        def done(_result: Any = None) -> None:
            self._busy = False
            self.refresh()
            self.refreshed.emit()

        def failed(exc: BaseException, _tb: str) -> None:
            log.warning("refreshing from OT Box failed: %s", exc)
            done()

        self._runner.run(self._platform.catch_up, done, failed, lane="network")

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.refresh_now()
        super().mousePressEvent(event)

    def _show(self, about: dict[str, Any]) -> None:
        if not about.get("connected"):
            self.setText(self.tr("OT Box: not connected"))
            self.setStyleSheet(f"color: {PROBLEM_COLOUR}; padding: 0 6px;")
            return
        host = urlsplit(str(about.get("url", ""))).netloc or str(about.get("url", ""))
        error = str(about.get("last_error") or "")
        when: datetime | None = about.get("last_refresh_at")
        at = when.astimezone().strftime("%H:%M") if when else ""
        if error:
            self.setText(self.tr("OT Box %1: not answering").replace("%1", host))
            self.setStyleSheet(f"color: {PROBLEM_COLOUR}; padding: 0 6px;")
        else:
            text = (self.tr("OT Box %1 · refreshed %2").replace("%1", host).replace("%2", at) if at
                    else self.tr("OT Box %1 · not refreshed yet").replace("%1", host))
            self.setText(text)
            self.setStyleSheet("padding: 0 6px;")
        tip = [self.tr("Orders come from the OT Box instance at %1 (operator %2).")
               .replace("%1", str(about.get("url", ""))).replace("%2", str(about.get("operator", "")))]
        if error:
            tip.append(error)
        unsent = int(about.get("unsent", 0) or 0)
        if unsent:
            tip.append(self.tr("%n warehouse change(s) not sent yet.", "", unsent))
        tip.append(self.tr("Click to refresh now."))
        self.setToolTip("\n".join(tip))
