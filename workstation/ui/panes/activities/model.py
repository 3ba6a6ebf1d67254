"""The activities list: waiting ones first and coloured, then running, then finished.

GUI thread only. Rows are `ActivityInfo` (without steps); `replace` keeps rows in place
where it can, so a refresh does not lose the selection.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from workstation.ui import look
from workstation.ui.dialogs.activity_window import state_name
from workstation.ui.table import CENTER, RIGHT, Column, ListTableModel

KIND_NAMES = {"booking": "Booking", "sync": "Synchronisation", "binding": "Binding",
              "unbinding": "Unbinding"}
ORDER = {"waiting": 0, "running": 1, "queued": 2}
STATE_COLOURS = {"waiting": "#ffe0b2", "running": "#e3f2fd", "queued": "#eceff1",
                 "failed": "#ffebee", "finished_with_errors": "#fff3e0", "aborted": "#f5f5f5"}


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("Activities", KIND_NAMES.get(kind, kind))


def _state_brush(info: Any) -> QBrush | None:
    colour = STATE_COLOURS.get(info.state)
    return QBrush(QColor(colour)) if colour else None


COLUMNS: tuple[Column[Any], ...] = (
    Column("state", "State", lambda a: state_name(a.state), width=130, background=_state_brush),
    Column("kind", "Kind", lambda a: kind_name(a.kind), width=120),
    Column("account", "Account", lambda a: a.account, width=130),
    Column("description", "Description", lambda a: a.description, stretch=True,
           tooltip=lambda a: a.description),
    Column("lines", "Lines", lambda a: str(a.found_lines), RIGHT, width=60),
    Column("orders", "Prov. orders", lambda a: str(a.found_provider_orders), RIGHT, width=90),
    Column("progress", "Progress", lambda a: f"{a.progress_percent} %", CENTER, width=80),
    Column("created", "Started", lambda a: look.when(a.created_at), width=130),
)


def sort_key(info: Any) -> tuple[int, float]:
    return (ORDER.get(info.state, 3), -info.created_at.timestamp())


class ActivityListModel(ListTableModel[Any]):
    def __init__(self, parent: Any = None):
        super().__init__(COLUMNS, parent)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.FontRole and index.isValid()
                and index.row() < self.rowCount() and self.row(index.row()).state == "waiting"):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)

    def replace(self, rows: Sequence[Any]) -> None:
        """Show `rows` sorted; same ids in the same order only update in place."""
        new = sorted(rows, key=sort_key)
        old = self._rows
        if [a.id for a in old] != [a.id for a in new]:
            self.set_rows(new)
            return
        self._rows = list(new)
        for i, (a, b) in enumerate(zip(old, new, strict=True)):
            if a != b:
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))

    def row_of(self, activity_id: str) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == activity_id), -1)

    def waiting_count(self) -> int:
        return sum(1 for a in self._rows if a.state == "waiting")

    def index_of(self, activity_id: str) -> QModelIndex:
        row = self.row_of(activity_id)
        return self.index(row, 0) if row >= 0 else QModelIndex()
