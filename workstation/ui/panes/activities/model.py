"""The activities list: waiting ones first and coloured, then running, then finished.

GUI thread only. Rows are `ActivityRow`s: an `ActivityInfo` (without steps) and its result
(services/activity_results.py); `replace` keeps rows in place where it can, so a refresh
does not lose the selection.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from workstation.ui import look
from workstation.ui import messages as engine_text
from workstation.ui.panes.activities.results import (
    INTERRUPTED_BACKGROUND,
    result_colour,
    result_text,
    result_tooltip,
    shown_state,
)
from workstation.ui.table import CENTER, RIGHT, Column, ListTableModel

KIND_NAMES = {"booking": "Booking", "sync": "Synchronisation", "binding": "Binding",
              "unbinding": "Unbinding"}
ORDER = {"waiting": 0, "running": 1, "queued": 2}
STATE_COLOURS = {"waiting": "#ffe0b2", "running": "#e3f2fd", "queued": "#eceff1",
                 "failed": "#ffebee", "finished_with_errors": "#fff3e0", "aborted": "#f5f5f5"}


@dataclass(frozen=True)
class ActivityRow:
    """One line of the list: the activity and what it came to (None until it is known).
    Reads through to the `ActivityInfo` (`row.state`, `row.id`, ...)."""

    info: Any
    result: Any = None

    def __getattr__(self, name: str) -> Any:  # only for names the row itself lacks
        if name.startswith("__"):  # copy/pickle probes, asked before `info` exists
            raise AttributeError(name)
        return getattr(self.info, name)


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("Activities", KIND_NAMES.get(kind, kind))


def _state_brush(row: ActivityRow) -> QBrush | None:
    if row.result is not None and row.result.outcome == "interrupted":
        return QBrush(QColor(INTERRUPTED_BACKGROUND))
    colour = STATE_COLOURS.get(row.info.state)
    return QBrush(QColor(colour)) if colour else None


COLUMNS: tuple[Column[Any], ...] = (
    Column("state", "State", lambda r: shown_state(r.info, r.result), width=240, background=_state_brush,
           tooltip=lambda r: shown_state(r.info, r.result)),
    Column("kind", "Kind", lambda r: kind_name(r.info.kind), width=120),
    Column("account", "Account", lambda r: r.info.account, width=140),
    Column("description", "Description", lambda r: engine_text.description(r.info), stretch=True,
           tooltip=lambda r: engine_text.description(r.info)),
    Column("result", "Result", lambda r: result_text(r.info, r.result), width=300,
           tooltip=lambda r: result_tooltip(r.info, r.result)),
    Column("lines", "Lines", lambda r: str(r.info.found_lines), RIGHT, width=60),
    Column("orders", "Prov. orders", lambda r: str(r.info.found_provider_orders), RIGHT, width=90),
    Column("progress", "Progress", lambda r: f"{r.info.progress_percent} %", CENTER, width=80),
    Column("created", "Started", lambda r: look.when(r.info.created_at), width=130),
)
RESULT_COLUMN = next(i for i, c in enumerate(COLUMNS) if c.key == "result")


def sort_key(row: Any) -> tuple[int, float]:
    return (ORDER.get(row.state, 3), -row.created_at.timestamp())


class ActivityListModel(ListTableModel[Any]):
    def __init__(self, parent: Any = None):
        super().__init__(COLUMNS, parent)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return super().data(index, role)
        row = self.row(index.row())
        if role == Qt.ItemDataRole.FontRole and row.state == "waiting":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == RESULT_COLUMN:
            colour = result_colour(row.result)
            return QBrush(QColor(colour)) if colour else None
        return super().data(index, role)

    def replace(self, rows: Sequence[Any], results: Mapping[str, Any] | None = None) -> None:
        """Show `rows` (ActivityInfo) with their results, sorted; same ids in the same order
        only update in place."""
        results = results or {}
        new = sorted((ActivityRow(a, results.get(a.id)) for a in rows), key=sort_key)
        old = self._rows
        if [a.id for a in old] != [a.id for a in new]:
            self.set_rows(new)
            return
        self._rows = list(new)
        for i, (a, b) in enumerate(zip(old, new, strict=True)):
            if a != b:
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))

    def result_of(self, activity_id: str) -> Any | None:
        row = self.row_of(activity_id)
        return self._rows[row].result if row >= 0 else None

    def row_of(self, activity_id: str) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == activity_id), -1)

    def waiting_count(self) -> int:
        return sum(1 for a in self._rows if a.state == "waiting")

    def index_of(self, activity_id: str) -> QModelIndex:
        row = self.row_of(activity_id)
        return self.index(row, 0) if row >= 0 else QModelIndex()
