"""Settings -> This station (issues 15 and 17): how long finished activities are kept, the daily
automatic backup and how many are kept, where backups go, the last one, and "Back up now".

These live in this computer's workstation.ini, not the database; the dialog's Save writes them
(`check()` then `save()`, as the Scanners page). The backup runs on a worker (ui/upkeep.py).
GUI thread only.
"""

from __future__ import annotations

import os
from datetime import datetime

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workstation.runner.tasks import TaskRunner
from workstation.services import upkeep
from workstation.ui.dialogs.settings.common import ERROR_STYLE, SAVED_STYLE, FieldRow, guarded
from workstation.ui.upkeep import UpkeepTimer, settings_of


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


class StationPage(QWidget):
    """`edited()` on any edit; `last_shown()` when the last backup's line is up to date."""

    edited = Signal()
    last_shown = Signal()

    def __init__(self, ini: QSettings, timer: UpkeepTimer, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._ini = ini
        self._timer = timer
        self._runner = runner
        self.service = timer.service

        self.retention = QSpinBox()
        self.retention.setRange(0, 99_999)  # out-of-range entries are refused by check(), naming the field
        self.retention_row = FieldRow(self.retention)
        self.daily = QCheckBox(self.tr("Back up the database every day"))
        self.keep = QSpinBox()
        self.keep.setRange(0, 9_999)
        self.keep_row = FieldRow(self.keep)
        for box in (self.retention, self.keep):
            box.setMaximumWidth(160)
        self.folder = QLabel(str(self.service.folder))
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setWordWrap(True)
        self.last = QLabel()
        self.last.setWordWrap(True)
        self.back_up_button = QPushButton(self.tr("Back up now"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setWordWrap(True)

        # the field names, as the page shows them and as its messages name them
        self.labels = {upkeep.RETENTION: self.tr("Keep finished activities (days)"),
                       upkeep.KEEP: self.tr("Automatic backups kept")}
        form = QFormLayout()
        form.addRow(self.labels[upkeep.RETENTION], self.retention_row)
        form.addRow(QLabel(), self._hint(self.tr("Finished activities older than this are cleared each "
                                                 "time the program starts.")))
        form.addRow(self.tr("Daily backup"), self.daily)
        form.addRow(self.labels[upkeep.KEEP], self.keep_row)
        form.addRow(self.tr("Backup folder"), self.folder)
        form.addRow(self.tr("Last backup"), self.last)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_up_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(self.note)
        layout.addStretch(1)

        self._baseline = self._values_of(settings_of(ini)[0])
        self._load()
        if (os.environ.get(upkeep.RETENTION_ENV) or "").strip():
            self.note.setText(self.tr("%1 is set: it decides the retention instead of this field.")
                              .replace("%1", upkeep.RETENTION_ENV))
        if not self.service.available:
            self.back_up_button.setEnabled(False)
            self.daily.setEnabled(False)
            self.keep.setEnabled(False)
            self.result.setText(self.tr("This station's database is on a PostgreSQL server: back it up "
                                        "with pg_dump (see the README). Nothing is backed up here."))
        for box in (self.retention, self.keep):
            box.valueChanged.connect(self._on_edited)
        self.daily.toggled.connect(self._on_edited)
        self.back_up_button.clicked.connect(self.back_up_now)
        timer.backup_saved.connect(guarded(self, self._on_backup_saved))
        timer.backup_failed.connect(guarded(self, self._on_backup_failed))
        self.refresh_last()

    @staticmethod
    def _hint(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("color: palette(mid);")
        return label

    @staticmethod
    def _values_of(settings: upkeep.UpkeepSettings) -> tuple[int, bool, int]:
        return settings.retention_days, settings.daily, settings.keep

    def _load(self) -> None:
        retention, daily, keep = self._baseline
        for box, value in ((self.retention, retention), (self.keep, keep)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self.daily.blockSignals(True)
        self.daily.setChecked(daily)
        self.daily.blockSignals(False)

    def values(self) -> tuple[int, bool, int]:
        return self.retention.value(), self.daily.isChecked(), self.keep.value()

    def _on_edited(self, *_args: object) -> None:
        self.check(quiet=True)
        self.edited.emit()

    # ------------------------------------------------------------- saving (the dialog's Save)

    def is_dirty(self) -> bool:
        return self.values() != self._baseline

    def check(self, *, quiet: bool = False) -> bool:
        """Marks the fields at fault (each message names its field); True when all hold.
        `quiet`: only clears what was corrected."""
        ok = True
        for row, limit, value in ((self.retention_row, upkeep.RETENTION, self.retention.value()),
                                  (self.keep_row, upkeep.KEEP, self.keep.value())):
            if limit.low <= value <= limit.high:
                row.set_error("")
                continue
            ok = False
            if not quiet:
                row.set_error(self.tr("%1: a whole number from %2 to %3.")
                              .replace("%1", self.labels[limit])
                              .replace("%2", str(limit.low)).replace("%3", str(limit.high)))
        return ok

    def save(self) -> None:
        """Write the INI (after `check()` held)."""
        retention, daily, keep = self.values()
        self._ini.setValue(upkeep.RETENTION_KEY, retention)
        self._ini.setValue(upkeep.DAILY_KEY, daily)
        self._ini.setValue(upkeep.KEEP_KEY, keep)
        self._ini.sync()
        self._baseline = (retention, daily, keep)

    # ------------------------------------------------------------------------- backups

    def refresh_last(self) -> None:
        if not self.service.available:
            self.last.setText(self.tr("None (PostgreSQL)"))
            self.last_shown.emit()
            return
        self._runner.run(self.service.last_backup, guarded(self, self._show_last),
                         guarded(self, lambda exc, _tb: self._show_last(None, str(exc))))

    def _show_last(self, last: upkeep.BackupFile | None, problem: str = "") -> None:
        if problem:
            self.last.setText(problem)
        elif last is None:
            self.last.setText(self.tr("None yet"))
        else:
            when = last.at.astimezone().strftime("%Y-%m-%d %H:%M")
            self.last.setText(self.tr("%1, %2 (%3)").replace("%1", when).replace("%2", size_text(last.size))
                              .replace("%3", last.path.name))
        self.last_shown.emit()

    def back_up_now(self) -> None:
        keep = self.keep.value() if self.check() else self._baseline[2]
        if not upkeep.KEEP.low <= keep <= upkeep.KEEP.high:
            return
        if not self._timer.back_up_now(keep):
            self._show_result(self.tr("A backup is already running."), "")
            return
        self.back_up_button.setEnabled(False)
        self._show_result(self.tr("Backing up…"), "")

    def _on_backup_saved(self, result: upkeep.BackupResult) -> None:
        self.back_up_button.setEnabled(self.service.available)
        text = self.tr("Backup saved: %1 (%2), checked intact.").replace("%1", str(result.saved.path)) \
            .replace("%2", size_text(result.saved.size))
        if result.pruned:
            text += " " + self.tr("Older backups removed: %1.").replace("%1", str(len(result.pruned)))
        self._show_result(text + " " + datetime.now().strftime("%H:%M:%S"), SAVED_STYLE)
        self.refresh_last()

    def _on_backup_failed(self, message: str) -> None:
        self.back_up_button.setEnabled(self.service.available)
        self._show_result(self.tr("The backup failed: %1").replace("%1", message), ERROR_STYLE)

    def _show_result(self, text: str, style: str) -> None:
        self.result.setStyleSheet(style)
        self.result.setText(text)
