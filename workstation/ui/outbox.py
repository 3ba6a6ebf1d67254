"""The outbox bar of OT mode: how many warehouse changes the OT Box instance has not accepted yet.

A compact bar for the warehouse pane, hidden while everything is sent: "3 changes not sent to
OT Box", the platform's (or the network's) latest reason, and a button that opens the list of
unsent entries (order, line, what, state, reason) with Retry and Discard (which asks first).
It loads through the TaskRunner's read lane (every `REFRESH_MS`, and on `refresh()`), and Retry
and Discard run on the write lane: the GUI thread never queries. `outbox` is the platform's
outbox (services/otmode/outbox.py OtOutbox: `entries`, `retry`, `discard`). GUI thread only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.runner.tasks import TaskRunner
from workstation.services.audit import Actor
from workstation.services.errors import UserFacingError
from workstation.ui.look import attention_bar_style, when
from workstation.ui.table import Column, ListTableModel
from workstation.ui.views import make_table

log = logging.getLogger(__name__)
REFRESH_MS = 15_000
_REFUSED = QBrush(QColor("#ffebee"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("Outbox", text)


_KINDS = {"line_update": "Receipt", "purchase_info": "Waybill correction", "package": "Parcel"}
_STATES = {"pending": "Waiting to be sent", "sending": "Being sent / answer lost", "refused": "Refused by OT Box"}


def _what(r: Any) -> str:
    return f"{_tr(_KINDS.get(r.kind, r.kind))}: {r.summary}" if r.summary else _tr(_KINDS.get(r.kind, r.kind))


def _state(r: Any) -> str:
    text = _tr(_STATES.get(r.state, r.state))
    if r.attempts > 1:
        text += " (" + _tr("tried {0} times").format(r.attempts) + ")"
    return text


def _lines(r: Any) -> str:
    ids = r.line_ids or ((r.line_id,) if r.line_id is not None else ())
    return ", ".join(str(i) for i in ids)


OUTBOX_COLUMNS: tuple[Column[Any], ...] = (
    Column("when", "Made", lambda r: when(r.created_at), width=130,
           tooltip=lambda r: f"{r.created_by} @ {r.workstation}"),
    Column("order", "Order", lambda r: r.order_id, width=130),
    Column("line", "Line", _lines, width=80),
    Column("what", "What", _what, width=280, tooltip=lambda r: f"{r.method}\n{r.summary}"),
    Column("state", "State", _state, width=170, background=lambda r: _REFUSED if r.state == "refused" else None),
    Column("reason", "Reason", lambda r: r.last_error, stretch=True, tooltip=lambda r: r.last_error),
)


class OutboxPanel(QWidget):
    """The bar (see the module's docstring). `send_now` (optional, run on the network lane after
    a Retry) drains the outbox at once instead of at the next background round."""

    changed = Signal(int)  # how many changes are not sent, after each load

    def __init__(self, outbox: Any, runner: TaskRunner, parent: QWidget | None = None, *,
                 actor: Actor | None = None, send_now: Callable[[], Any] | None = None,
                 refresh_ms: int = REFRESH_MS):
        super().__init__(parent)
        self._outbox, self._runner, self._actor = outbox, runner, actor or Actor.local()
        self._send_now = send_now
        self.rows: list[Any] = []
        self.dialog: OutboxDialog | None = None
        self.setObjectName("outbox")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(attention_bar_style("outbox"))
        self.count = QLabel()
        self.reason = QLabel()
        self.reason.setStyleSheet("color:#8d3b00")
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_button = QPushButton(self.tr("Show\u2026"))
        self.show_button.setToolTip(self.tr("List the changes OT Box has not accepted yet, with its reasons"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.count)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.show_button)
        self.show_button.clicked.connect(self.open_dialog)
        self._timer = QTimer(self)
        self._timer.setInterval(refresh_ms)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.hide()
        self.refresh()

    # -- loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the unsent entries off the GUI thread, then show them."""
        outbox = self._outbox
        self._runner.run(outbox.entries, self.set_rows, self._on_failed, lane="read")

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.rows = list(rows)
        n = len(self.rows)
        self.count.setText(self.tr("%n change(s) not sent to OT Box", "", n))
        latest = next((r.last_error for r in reversed(self.rows) if r.last_error), "")
        self.reason.setText(_elided(latest))
        self.reason.setToolTip(latest)
        self.setVisible(n > 0)
        if self.dialog is not None:
            self.dialog.set_rows(self.rows)
        self.changed.emit(n)

    def _on_failed(self, exc: BaseException, tb: str) -> None:
        log.warning("the outbox could not be read: %s\n%s", exc, tb)
        self.reason.setText(self.tr("The list of unsent changes could not be read: {0}").format(exc))

    # -- the list -----------------------------------------------------------------------

    def open_dialog(self) -> OutboxDialog:
        if self.dialog is None:
            self.dialog = OutboxDialog(self)
            self.dialog.retry_wanted.connect(self.retry)
            self.dialog.discard_wanted.connect(self.discard)
            self.dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog.set_rows(self.rows)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def retry(self, entry_id: int) -> None:
        outbox, actor, send_now = self._outbox, self._actor.copy(), self._send_now

        def op() -> Any:
            return outbox.retry(entry_id, actor)

        def done(_row: Any) -> None:
            if send_now is not None:
                self._runner.run(send_now, lambda _r: self.refresh(), self._on_action_failed, lane="network")
            self.refresh()

        self._runner.run(op, done, self._on_action_failed, lane="write")

    def discard(self, entry_id: int) -> None:
        outbox, actor = self._outbox, self._actor.copy()
        self._runner.run(lambda: outbox.discard(entry_id, actor), lambda _r: self.refresh(),
                         self._on_action_failed, lane="write")

    def _on_action_failed(self, exc: BaseException, tb: str) -> None:
        if not isinstance(exc, UserFacingError):
            log.error("outbox action failed: %s\n%s", exc, tb)
        if self.dialog is not None:
            self.dialog.error.setText(str(exc))
        self.refresh()


class OutboxDialog(QDialog):
    """The unsent entries with Retry and Discard (Discard asks first)."""

    retry_wanted = Signal(int)
    discard_wanted = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changes not sent to OT Box"))
        self.resize(980, 420)
        self.question: QMessageBox | None = None
        self.discard_choice: Any = None
        self.intro = QLabel(self.tr("These warehouse changes are kept on this workstation and sent to OT Box "
                                    "by themselves when it answers. A refused one waits for you: fix the cause "
                                    "on the platform and retry it, or discard it."))
        self.intro.setWordWrap(True)
        self.model = ListTableModel(OUTBOX_COLUMNS)
        self.table = make_table(self.model)
        self.error = QLabel()
        self.error.setStyleSheet("color:#b71c1c")
        self.error.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.setToolTip(self.tr("Send the selected change again now"))
        self.discard_button = QPushButton(self.tr("Discard\u2026"))
        self.discard_button.setToolTip(self.tr("Never send the selected change (OT Box keeps what it has)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.retry_button.clicked.connect(self._on_retry_clicked)
        self.discard_button.clicked.connect(self._on_discard_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def set_rows(self, rows: Sequence[Any]) -> None:
        chosen = self.selected()
        self.model.set_rows(list(rows))
        if chosen is not None:
            for n, r in enumerate(self.model.rows()):
                if r.id == chosen.id:
                    self.table.selectRow(n)
        self._update_buttons()

    def selected(self) -> Any | None:
        indexes = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row(indexes[0].row()) if indexes else None

    def select(self, entry_id: int) -> None:
        for n, r in enumerate(self.model.rows()):
            if r.id == entry_id:
                self.table.selectRow(n)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.retry_button.setEnabled(row is not None and bool(getattr(row, "retryable", False)))
        self.discard_button.setEnabled(row is not None)

    def _on_retry_clicked(self) -> None:
        row = self.selected()
        if row is not None:
            self.error.clear()
            self.retry_wanted.emit(row.id)

    def _on_discard_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Discard this change?"),
                          self.tr("{0} of order {1} will never be sent to OT Box; the platform keeps what it has, "
                                  "and the line's status there may differ from this workstation's. Discard it?")
                          .format(_what(row), row.order_id), QMessageBox.StandardButton.NoButton, self)
        self.discard_choice = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # a stray Enter keeps it
        box.setEscapeButton(keep)
        self.question = box
        entry_id = row.id

        def answered(_result: int) -> None:
            self.question = None
            if box.clickedButton() is self.discard_choice:
                self.error.clear()
                self.discard_wanted.emit(entry_id)

        box.finished.connect(answered)
        box.open()


def _elided(text: str, limit: int = 160) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "\u2026"
