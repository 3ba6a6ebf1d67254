"""The notifications list at the top of the Activities pane: money alarms (red) and notices (a
line cancelled by the marketplace, a session that cannot be renewed) that stay until someone
acknowledges them. Hidden while there are none.

GUI thread only; the list is read and acknowledgements written on the TaskRunner.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workstation.services.alerts import AlertRow
from workstation.ui import messages as engine_text
from workstation.ui.look import when
from workstation.ui.table import Column, ListTableModel
from workstation.ui.views import make_table

_MONEY = QBrush(QColor("#fdecea"))  # money alarms: a light red row


def _kind(r: AlertRow) -> str:
    return QCoreApplication.translate("Notifications", r.kind_name)


def _where(r: AlertRow) -> str:
    if r.order_id:
        return f"{r.order_id} #{r.line_num}" if r.line_num is not None else r.order_id
    return r.external_id or r.account


COLUMNS: tuple[Column[AlertRow], ...] = (
    Column("when", "When", lambda r: when(r.created_at), width=130),
    Column("kind", "What", _kind, width=230, background=lambda r: _MONEY if r.money else None),
    Column("where", "Order / account", _where, width=190),
    Column("message", "Details", engine_text.text, width=600, stretch=True, tooltip=engine_text.text),
)


class NotificationsPanel(QWidget):
    """`refresh()` reloads; `count_changed(money, notices)` after every load."""

    count_changed = Signal(int, int)

    def __init__(self, alerts: Any, task_runner: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self._alerts = alerts
        self._tasks = task_runner
        self._loading = False
        self._again = False
        self.title = QLabel()
        self.title.setStyleSheet("font-weight:600")
        self.acknowledge_button = QPushButton(self.tr("Acknowledge"))
        self.acknowledge_button.setToolTip(self.tr("I have seen and handled the selected notifications"))
        self.acknowledge_button.setEnabled(False)
        self.acknowledge_button.clicked.connect(self.acknowledge_selected)
        self.error = QLabel()
        self.error.setStyleSheet("color:#b71c1c")
        self.error.setVisible(False)
        self.model: ListTableModel[AlertRow] = ListTableModel(COLUMNS, self)
        self.table = make_table(self.model)
        self.table.setMaximumHeight(170)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.error)
        head.addWidget(self.acknowledge_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.addLayout(head)
        layout.addWidget(self.table)
        self.setVisible(False)

    def refresh(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading = True
        self._tasks.run(self._alerts.open, self._on_loaded, self._on_failed)

    def rows(self) -> list[AlertRow]:
        return list(self.model.rows())

    def acknowledge_selected(self) -> None:
        ids = [self.model.row(i.row()).id for i in self.table.selectionModel().selectedRows()]
        if not ids:
            return
        self.acknowledge_button.setEnabled(False)
        self._tasks.run(lambda: self._alerts.acknowledge(ids), lambda _n: self.refresh(), self._on_failed,
                        lane="write")

    # ------------------------------------------------------------ internals

    def _on_loaded(self, rows: list[AlertRow]) -> None:
        self._loading = False
        self.error.setVisible(False)
        if rows != self.rows():
            self.model.set_rows(rows)
        money = sum(1 for r in rows if r.money)
        notices = len(rows) - money
        self.title.setText(self.tr("Notifications: %1 to acknowledge").replace("%1", str(len(rows))))
        self.setVisible(bool(rows))
        self._on_selection()
        self.count_changed.emit(money, notices)
        if self._again:
            self._again = False
            self.refresh()

    def _on_failed(self, exc: BaseException, _tb: str) -> None:
        self._loading = False
        self.error.setText(self.tr("Notifications could not be read: %1").replace("%1", str(exc)))
        self.error.setVisible(True)
        self._on_selection()

    def _on_selection(self, *_args: Any) -> None:
        self.acknowledge_button.setEnabled(self.table.selectionModel().hasSelection())


__all__ = ["COLUMNS", "NotificationsPanel"]
