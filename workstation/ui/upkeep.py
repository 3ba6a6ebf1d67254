"""The daily automatic backup in the window (issue 17): a minute after the start, then hourly,
asks services/upkeep.py whether a backup is due and runs it on a TaskRunner worker (never the
GUI thread). "Backup saved: <file>" in the status bar; a failure there too, and in the log.

The settings page's "Back up now" goes through `back_up_now` here, so one backup runs at a time.
GUI thread only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from workstation.runner.tasks import TaskRunner
from workstation.services import upkeep
from workstation.services.errors import UserFacingError

log = logging.getLogger(__name__)

FIRST_CHECK_MS = 60_000
CHECK_EVERY_MS = 60 * 60_000
LANE = "read"  # reads the database (a snapshot) and writes a file: never the write lane's queue


def settings_of(ini: QSettings) -> tuple[upkeep.UpkeepSettings, dict[str, str]]:
    """The upkeep settings as the INI holds them now (services/upkeep.parse)."""
    keys = (upkeep.RETENTION_KEY, upkeep.DAILY_KEY, upkeep.KEEP_KEY)
    return upkeep.parse({key: ini.value(key) for key in keys if ini.contains(key)})


class UpkeepTimer(QObject):
    """`backup_saved(result)` after a backup (daily or asked for), `backup_failed(message)`;
    `checked(ran)` after each daily check (True when it backed up)."""

    backup_saved = Signal(object)
    backup_failed = Signal(str)
    checked = Signal(bool)

    def __init__(self, service: upkeep.UpkeepService, runner: TaskRunner, ini: QSettings,
                 show_message: Callable[[str, int], None] | None = None, parent: QObject | None = None,
                 *, first_check_ms: int = FIRST_CHECK_MS, every_ms: int = CHECK_EVERY_MS):
        super().__init__(parent)
        self.service = service
        self._runner = runner
        self._ini = ini
        self._show = show_message
        self.running = False
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.setInterval(first_check_ms)
        self._first.timeout.connect(self.check)
        self._hourly = QTimer(self)
        self._hourly.setInterval(every_ms)
        self._hourly.timeout.connect(self.check)
        self.backup_saved.connect(self._on_saved_message)
        self.backup_failed.connect(self._on_failed_message)

    def start(self) -> None:
        self._first.start()
        self._hourly.start()

    def stop(self) -> None:
        self._first.stop()
        self._hourly.stop()

    def check(self) -> None:
        """The daily decision on a worker: back up when switched on and due."""
        if self.running:
            return
        settings, _problems = settings_of(self._ini)
        if not settings.daily or not self.service.available:
            self.checked.emit(False)
            return
        service = self.service
        self.running = True
        self._runner.run(lambda: service.run_if_due(settings), self._on_checked, self._on_failed, lane=LANE)

    def back_up_now(self, keep: int) -> bool:
        """Start a backup now (False: one is already running)."""
        if self.running:
            return False
        service = self.service
        self.running = True
        self._runner.run(lambda: service.back_up(keep), self._on_done, self._on_failed, lane=LANE)
        return True

    def _on_checked(self, result: upkeep.BackupResult | None) -> None:
        self.running = False
        if result is not None:
            self.backup_saved.emit(result)
        self.checked.emit(result is not None)

    def _on_done(self, result: upkeep.BackupResult) -> None:
        self.running = False
        self.backup_saved.emit(result)

    def _on_failed(self, exc: BaseException, tb: str) -> None:
        self.running = False
        log.error("the backup failed: %s\n%s", exc, tb)
        message = str(exc) if isinstance(exc, UserFacingError) else f"{type(exc).__name__}: {exc}"
        self.backup_failed.emit(message)
        self.checked.emit(False)

    def _on_saved_message(self, result: upkeep.BackupResult) -> None:
        if self._show is not None:
            self._show(self.tr("Backup saved: %1").replace("%1", str(result.saved.path)), 15_000)

    def _on_failed_message(self, message: str) -> None:
        if self._show is not None:
            self._show(self.tr("The backup failed: %1").replace("%1", message), 0)  # stays until replaced
