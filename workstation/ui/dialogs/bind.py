"""Bind dialog: link a marketplace order bought by hand to an order's lines, then start the
binding activity. GUI thread only; the request runs on the TaskRunner's write lane.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workstation.domain import marketplaces
from workstation.runner.tasks import TaskRunner
from workstation.services.errors import UserFacingError
from workstation.services.purchase.service import PurchaseService
from workstation.services.sessions import SessionRow

log = logging.getLogger(__name__)
PROVIDER_NAMES = {m.kind: m.short_name for m in marketplaces.MARKETPLACES}


class BindDialog(QDialog):
    """On accept, `activity_id` is the binding activity the service created (not yet run)."""

    def __init__(self, purchase: PurchaseService, runner: TaskRunner, order_id: str, provider: str,
                 sessions: Sequence[SessionRow], account: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._purchase = purchase
        self._runner = runner
        self._order_id = order_id
        self._busy = False
        self.activity_id = ""
        name = PROVIDER_NAMES.get(provider, provider)
        self.setWindowTitle(self.tr("Bind with {0} order — {1}").format(name, order_id))

        intro = QLabel(self.tr("Every item of the marketplace order that matches a line of {0} is linked "
                               "to it; you are asked about anything that does not match.").format(order_id))
        intro.setWordWrap(True)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("e.g. 231000000015000045"))
        # Digits only; spaces are allowed while typing or pasting and dropped on Bind.
        self.number.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9 ]{0,40}"), self.number))
        self.account = QComboBox()
        for row in sessions:
            state = {"valid": self.tr("logged in"), "expiring": self.tr("expires within the hour"),
                     "expired": self.tr("expired: log in again")}.get(row.state, row.state)
            self.account.addItem(f"{row.account} — {state}", row.account)
        if account:
            self.account.setCurrentIndex(max(0, self.account.findData(account)))
        form = QFormLayout()
        form.addRow(self.tr("{0} &order number:").format(name), self.number)
        form.addRow(self.tr("&Account:"), self.account)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#b71c1c;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setVisible(False)
        if not sessions:
            self._show_error(self.tr("No session for {0}: log an account in (Settings → Sessions).").format(name))

        # Parented at once: a default button set before its dialog is known is forgotten, and on
        # show the dialog made Cancel the default, so Enter in the number field cancelled.
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.bind_button = self.buttons.addButton(self.tr("&Bind"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.bind_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.number.textChanged.connect(self._update)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self._update()

    def order_number(self) -> str:
        return self.number.text().replace(" ", "")

    def _update(self) -> None:
        self.bind_button.setEnabled(not self._busy and self.order_number().isdigit()
                                    and self.account.count() > 0)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def accept(self) -> None:
        number, account = self.order_number(), self.account.currentData()
        if self._busy:
            return
        if not number.isdigit():
            self._show_error(self.tr("Type the marketplace order number (digits only)."))
            return
        if not account:
            return
        self._busy = True
        self._update()
        self.error.setVisible(False)
        purchase, order_id = self._purchase, self._order_id
        self._runner.run(lambda: purchase.start_bind(order_id, number, account),
                         self._on_started, self._on_failed, lane="write")

    def _on_started(self, activity_id: str) -> None:
        self._busy = False
        self.activity_id = activity_id
        super().accept()

    def _on_failed(self, exc: BaseException, tb: str) -> None:
        self._busy = False
        if isinstance(exc, UserFacingError):
            self._show_error(str(exc))
        else:
            log.error("binding could not start: %s\n%s", exc, tb)
            self._show_error(self.tr("Binding could not start: {0}").format(exc))
        self._update()
