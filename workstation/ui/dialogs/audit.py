"""The Audit view: who changed what that touches money, where, when, old and new values.

GUI thread only. One order, some lines of it, or everything, narrowed by action, time and
user or station; read in pages off the GUI thread (`PagedTableModel`). The selected row's
changes are shown field by field below the list. "Export CSV…" writes every row of the
current filter, off the GUI thread, atomically (a temp file, then `os.replace`).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workstation.services.audit import ACTION_NAMES, AuditFilter, AuditRow, AuditService, to_csv
from workstation.ui.table import Column, PagedTableModel
from workstation.ui.views import make_table

SEARCH_DELAY_MS = 250
SPANS = (("", "Any time", None), ("today", "Today", None), ("7d", "Last 7 days", timedelta(days=7)),
         ("30d", "Last 30 days", timedelta(days=30)))


def _tr(text: str) -> str:
    return QCoreApplication.translate("Audit", text)


def _when(row: AuditRow) -> str:
    return row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


COLUMNS: tuple[Column[AuditRow], ...] = (
    Column("at", "Time", _when, width=150),
    Column("user", "User", lambda r: r.user, width=170, tooltip=lambda r: r.user),
    Column("station", "Station", lambda r: r.station, width=120),
    Column("order", "Order", lambda r: r.order_id, width=130),
    Column("line", "Line", lambda r: f"{r.line_text} {r.line_label}".strip(), width=160,
           tooltip=lambda r: r.line_title),
    Column("action", "What", lambda r: _tr(r.action_name), width=260,
           tooltip=lambda r: f"{_tr(r.action_name)} ({r.action})"),
    Column("changes", "Old → new", lambda r: r.summary(), stretch=True, tooltip=lambda r: r.summary()),
)


def _save_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` so that a reader never sees half a file."""
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as out:  # BOM: spreadsheets read UTF-8
            out.write(text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


class AuditDialog(QDialog):
    """The audit, per order, per line or across everything. Non-modal."""

    def __init__(self, service: AuditService, runner: Any, parent: QWidget | None = None, *,
                 order_id: str = "", line_ids: Sequence[int] = (), clock: Any = None):
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._clock = clock or (lambda: datetime.now(UTC))
        self._line_ids = tuple(line_ids)
        self.setWindowTitle(self.tr("Audit"))
        self.setMinimumSize(900, 520)

        self.scope = QLabel()
        scope_font = self.scope.font()
        scope_font.setBold(True)
        self.scope.setFont(scope_font)
        self.all_button = QPushButton(self.tr("Show all orders"))
        self.all_button.setAutoDefault(False)
        self.order = QLineEdit(order_id)
        self.order.setPlaceholderText(self.tr("Order (all when empty)"))
        self.order.setClearButtonEnabled(True)
        self.action = QComboBox()
        self.action.addItem(self.tr("Every change"), "")
        self.action.addItem(self.tr("Every line change"), "line.")
        for key, name in ACTION_NAMES.items():
            self.action.addItem(_tr(name), key)
        self.span = QComboBox()
        for key, name, _delta in SPANS:
            self.span.addItem(self.tr(name), key)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("User or station"))
        self.search.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        filters.addWidget(self.order, 2)
        filters.addWidget(self.action, 3)
        filters.addWidget(self.span, 2)
        filters.addWidget(self.search, 2)
        top = QHBoxLayout()
        top.addWidget(self.scope, 1)
        top.addWidget(self.all_button)

        self.model: PagedTableModel[AuditRow] = PagedTableModel(COLUMNS, runner, service.count, self._fetch)
        self.table = make_table(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.details = QWidget()
        self.details_grid = QGridLayout(self.details)
        self.details_grid.setContentsMargins(4, 4, 4, 4)
        self.details_grid.setHorizontalSpacing(18)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)

        self.count = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setAutoDefault(False)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(SEARCH_DELAY_MS)
        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        self._delay.timeout.connect(self.reload)
        self.order.textEdited.connect(lambda _text: self._delay.start())
        self.search.textEdited.connect(lambda _text: self._delay.start())
        self.action.currentIndexChanged.connect(lambda _i: self.reload())
        self.span.currentIndexChanged.connect(lambda _i: self.reload())
        self.all_button.clicked.connect(self.show_all)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.model.loaded.connect(self._on_loaded)
        self.model.failed.connect(self._on_failed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    # ------------------------------------------------------------ scope and filter

    def show_scope(self, order_id: str = "", line_ids: Sequence[int] = ()) -> None:
        """Look at one order, some of its lines, or (both empty) everything."""
        self._line_ids = tuple(line_ids)
        self.order.setText(order_id)
        self.reload()

    def show_all(self) -> None:
        self.show_scope()

    def current_filter(self) -> AuditFilter:
        key = self.span.currentData()
        since = None
        if key == "today":
            since = datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)
        elif key:
            delta = next(d for k, _n, d in SPANS if k == key)
            since = self._clock() - delta
        action = self.action.currentData()
        order = self.order.text().strip().upper()
        if order.removeprefix("ORD-").isdigit():
            order = f"ORD-{int(order.removeprefix('ORD-')):010d}"
        return AuditFilter(order_id=order, line_ids=self._line_ids, since=since,
                           actions=(action,) if action else (), text=self.search.text())

    def reload(self) -> None:
        flt = self.current_filter()
        if flt.line_ids:
            self.scope.setText(self.tr("Audit of {0}, line(s) chosen: {1}").format(
                flt.order_id or self.tr("the chosen lines"), len(flt.line_ids)))
        elif flt.order_id:
            self.scope.setText(self.tr("Audit of order {0}").format(flt.order_id))
        else:
            self.scope.setText(self.tr("Audit of every order and setting"))
        self.all_button.setEnabled(bool(flt.order_id or flt.line_ids))
        self.status.setText(self.tr("Loading…"))
        self.status.setStyleSheet("")
        self._show_details(None)
        self.model.set_query(flt)

    def _fetch(self, flt: AuditFilter, offset: int, limit: int) -> list[AuditRow]:
        return self._service.list(flt, offset, limit)

    def _on_loaded(self, loaded: int, total: int) -> None:
        self.count.setText(self.tr("{0} of {1} change(s)").format(loaded, total) if loaded < total
                           else self.tr("{0} change(s)").format(total))
        if self.status.text() == self.tr("Loading…"):
            self.status.setText("" if total else self.tr("Nothing recorded for this choice."))
        self.export_button.setEnabled(total > 0)
        if loaded and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _on_failed(self, message: str) -> None:
        self.status.setText(self.tr("Could not read the audit: {}").format(message))
        self.status.setStyleSheet("color: #c62828;")

    # ------------------------------------------------------------ the selected row

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._show_details(self.model.row(rows[0].row()) if rows else None)

    def _show_details(self, row: AuditRow | None) -> None:
        while self.details_grid.count():
            widget = self.details_grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # gone now: deleteLater waits for the event loop
                widget.deleteLater()
        if row is None:
            return
        head = QLabel(f"{_tr(row.action_name)} · {_when(row)} · {row.user} @ {row.station}"
                      + (f" · {row.order_id} {row.line_text} {row.line_label}" if row.order_id else ""))
        head.setWordWrap(True)
        head.setStyleSheet("font-weight: bold;")
        head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_grid.addWidget(head, 0, 0, 1, 3)
        if row.line_title:
            title = QLabel(row.line_title)
            title.setWordWrap(True)
            self.details_grid.addWidget(title, 1, 0, 1, 3)
        for col, name in enumerate((self.tr("Field"), self.tr("Old"), self.tr("New"))):
            label = QLabel(name)
            label.setStyleSheet("color: #616161;")
            self.details_grid.addWidget(label, 2, col)
        for n, change in enumerate(row.changes(), start=3):
            for col, text in enumerate((_tr(change.field), change.old, change.new)):
                cell = QLabel(text)
                cell.setWordWrap(col > 0)  # a field's name stays whole; long values wrap
                cell.setMinimumWidth(160 if col else 0)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.details_grid.addWidget(cell, n, col, Qt.AlignmentFlag.AlignTop)
        self.details_grid.setColumnStretch(1, 1)
        self.details_grid.setColumnStretch(2, 1)
        self.details_grid.setColumnStretch(3, 2)  # old and new stay near their field on a wide window
        self.details_grid.setRowStretch(self.details_grid.rowCount(), 1)

    # ------------------------------------------------------------ export

    def _on_export_clicked(self) -> None:
        flt = self.current_filter()
        name = f"audit-{flt.order_id or 'all'}-{datetime.now():%Y%m%d-%H%M}.csv"
        path, _kind = QFileDialog.getSaveFileName(self, self.tr("Export the audit"), name, self.tr("CSV (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Every row of the current filter to `path`, off the GUI thread; `status` says when done."""
        flt, service = self.current_filter(), self._service
        self.export_button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Exporting…"))

        def op() -> int:
            rows = service.list(flt, 0, max(1, service.count(flt)))
            _save_atomically(path, to_csv(rows))
            return len(rows)

        def done(count: int) -> None:
            self.export_button.setEnabled(True)
            self.status.setText(self.tr("{0} change(s) exported to {1}").format(count, path))

        def failed(exc: BaseException, _tb: str) -> None:
            self.export_button.setEnabled(True)
            self.status.setStyleSheet("color: #c62828;")
            self.status.setText(self.tr("Could not export: {}").format(exc))

        self._runner.run(op, done, failed)
