"""Recalculate dialog: set the customer's price and/or delivery of chosen lines to the purchase
figures, showing each line's old and new values first. GUI thread only; the write runs on
the TaskRunner's write lane.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from workstation.runner.tasks import TaskRunner
from workstation.services.dto import LineRow
from workstation.services.errors import UserFacingError
from workstation.services.purchase.service import NOT_RECALCULABLE, PurchaseService, RecalcChange
from workstation.ui.look import money
from workstation.ui.table import CENTER, RIGHT, Column, ListTableModel
from workstation.ui.views import make_table


@dataclass(frozen=True)
class Preview:
    """One line as it is and as it would be after recalculation."""

    line: LineRow
    new_price: Decimal | None  # None: no purchase price to take
    new_delivery: Decimal | None

    @staticmethod
    def of(line: LineRow, price: bool, delivery: bool) -> Preview:
        return Preview(line, line.purch_price if price else line.price_cust,
                       line.purch_delivery if delivery else line.delivery_cust)

    @property
    def complete(self) -> bool:
        return self.new_price is not None and self.new_delivery is not None


def _arrow(old: Decimal, new: Decimal | None) -> str:
    if new is None:
        return "—"
    return money(new) if new == old else f"{money(new)}  ({_signed(new - old)})"


def _signed(amount: Decimal) -> str:
    return f"+{money(amount)}" if amount > 0 else (f"−{money(-amount)}" if amount < 0 else money(amount))


PREVIEW_COLUMNS: tuple[Column[Preview], ...] = (
    Column("num", "#", lambda p: str(p.line.line_num), align=CENTER, width=34),
    Column("item", "Item", lambda p: p.line.title_orig, width=220, stretch=True,
           tooltip=lambda p: f"{p.line.title_orig}\n{p.line.title}"),
    Column("price_old", "Price now", lambda p: money(p.line.price_cust), align=RIGHT, width=90),
    Column("price_new", "Price after", lambda p: _arrow(p.line.price_cust, p.new_price), align=RIGHT, width=140),
    Column("delivery_old", "Delivery now", lambda p: money(p.line.delivery_cust), align=RIGHT, width=95),
    Column("delivery_new", "Delivery after", lambda p: _arrow(p.line.delivery_cust, p.new_delivery),
           align=RIGHT, width=140),
)


class RecalcDialog(QDialog):
    """`changes` holds what the service changed once the dialog is accepted."""

    def __init__(self, purchase: PurchaseService, runner: TaskRunner, order_id: str,
                 lines: Sequence[LineRow], parent: QWidget | None = None):
        super().__init__(parent)
        self._purchase = purchase
        self._runner = runner
        self._order_id = order_id
        self._lines = list(lines)
        self.changes: list[RecalcChange] = []
        self.setWindowTitle(self.tr("Recalculate at purchase price — {0}").format(order_id))

        self.price_box = QCheckBox(self.tr("&Price of the goods"))
        self.delivery_box = QCheckBox(self.tr("&Delivery"))
        for box in (self.price_box, self.delivery_box):
            box.setChecked(True)
            box.toggled.connect(self._update)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Recalculate:")))
        choose.addWidget(self.price_box)
        choose.addWidget(self.delivery_box)
        choose.addStretch(1)

        self.reminder = QLabel(self.tr(
            "Change the customer's prices only after the customer has agreed to pay the new amounts."))
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet("background:#fff8e1; border:1px solid #ffb74d; padding:6px; color:#5d4037;")

        self.model: ListTableModel[Preview] = ListTableModel(PREVIEW_COLUMNS, self)
        self.table = make_table(self.model)
        self.table.setMinimumHeight(min(60 + 26 * len(self._lines), 320))

        self.total = QLabel()
        self.total.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#b71c1c;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setVisible(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.reminder)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(760, 300 + min(26 * len(self._lines), 260))
        self._busy = False
        self._update()

    @property
    def save_button(self):  # type: ignore[no-untyped-def]
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _update(self) -> None:
        price, delivery = self.price_box.isChecked(), self.delivery_box.isChecked()
        previews = [Preview.of(line, price, delivery) for line in self._lines]
        self.model.set_rows(previews)
        lacking = [p.line for p in previews if not p.complete]
        closed = [line for line in self._lines if line.status in NOT_RECALCULABLE]
        goods = sum(((p.new_price - p.line.price_cust) * p.line.qty for p in previews if p.complete), Decimal(0))
        carriage = sum((p.new_delivery - p.line.delivery_cust for p in previews if p.complete), Decimal(0))
        # What the purchaser tells the customer: the change in what they pay, all lines together.
        change = goods + carriage
        if change > 0:
            text = self.tr("The customer pays {0} more in all (goods {1}, delivery {2}).")
        elif change < 0:
            text = self.tr("The customer pays {0} less in all (goods {1}, delivery {2}).")
        else:
            text = self.tr("The customer pays the same as before.")
        self.total.setText(text.format(money(abs(change)), _signed(goods), _signed(carriage)))
        if not (price or delivery):
            self._show_error(self.tr("Tick the price, the delivery, or both."))
        elif closed:
            self._show_error(self.tr("Line(s) {0}: cancelled or not available, so the customer is not charged "
                                     "for them. Leave them out.").format(
                ", ".join(f"#{li.line_num}" for li in closed)))
        elif lacking:
            self._show_error(self.tr("No purchase figures yet for line(s) {0}: they are known once the "
                                     "line is booked. Untick what is missing or leave those lines out.")
                             .format(", ".join(f"#{li.line_num}" for li in lacking)))
        else:
            self.error.setVisible(False)
        self.save_button.setEnabled(not self._busy and (price or delivery) and not lacking and not closed)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def accept(self) -> None:
        if self._busy or not self.save_button.isEnabled():
            return
        self._busy = True
        self.save_button.setEnabled(False)
        self.save_button.setText(self.tr("Saving…"))
        purchase, order_id = self._purchase, self._order_id
        ids = [li.id for li in self._lines]
        price, delivery = self.price_box.isChecked(), self.delivery_box.isChecked()
        self._runner.run(lambda: purchase.recalculate(order_id, ids, price=price, delivery=delivery),
                         self._on_saved, self._on_failed, lane="write")

    def _on_saved(self, changes: list[RecalcChange]) -> None:
        self.changes = changes
        self._busy = False
        super().accept()

    def _on_failed(self, exc: BaseException, _tb: str) -> None:
        self._busy = False
        self.save_button.setText(self.tr("Save"))
        message = str(exc) if isinstance(exc, UserFacingError) else self.tr(
            "The prices could not be saved: {0}").format(exc)
        self._update()
        self._show_error(message)
