"""The open order: header (customer, address, amounts) over its lines. GUI thread only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from workstation.services.dto import OrderDetail
from workstation.ui.look import due_text, money, status_name, when
from workstation.ui.panes.orders.model import LINE_COLUMNS, PROVIDER_NAMES
from workstation.ui.table import ListTableModel
from workstation.ui.views import make_table


class OrderDetailView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(self.tr("Choose an order above to see its lines."))
        self.title.setObjectName("detailTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)

        self._fields: dict[str, QLabel] = {}
        left, right = QFormLayout(), QFormLayout()
        for form, keys in ((left, ("customer", "address", "comment")),
                           (right, ("status", "amounts", "created"))):
            for key in keys:
                label = QLabel()
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                label.setWordWrap(True)
                self._fields[key] = label
                form.addRow(self._field_title(key), label)
        header = QFrame()
        header.setObjectName("orderHeader")
        header_layout = QHBoxLayout(header)
        header_layout.addLayout(left, 3)
        header_layout.addLayout(right, 2)
        header.setVisible(False)
        self._header = header

        self.model: ListTableModel = ListTableModel(LINE_COLUMNS, self)
        self.table = make_table(self.model, two_line=True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(header)
        layout.addWidget(self.table, 1)

    def _field_title(self, key: str) -> str:
        return {
            "customer": self.tr("Customer:"), "address": self.tr("Deliver to:"),
            "comment": self.tr("Comment:"), "status": self.tr("Status:"),
            "amounts": self.tr("Amounts:"), "created": self.tr("Created:"),
        }[key]

    def show_order(self, detail: OrderDetail) -> None:
        o = detail.order
        self.title.setText(f"{o.id} · {PROVIDER_NAMES.get(o.provider, o.provider)}")
        self._fields["customer"].setText(o.customer_name)
        self._fields["address"].setText(detail.delivery_address)
        self._fields["comment"].setText(detail.comment or "—")
        self._fields["status"].setText(status_name(o.status_code))
        if o.is_paid:
            amounts = self.tr("goods {0}, delivery {1}, paid {2}").format(
                money(o.goods_amount), money(o.delivery_amount), money(o.paid_amount))
            if o.balance_due:
                amounts += " · " + due_text(o.balance_due)
        else:
            amounts = self.tr("goods {0}, delivery {1}, not paid yet").format(
                money(o.goods_amount), money(o.delivery_amount))
        self._fields["amounts"].setText(amounts)
        self._fields["created"].setText(when(o.created_at))
        self._header.setVisible(True)
        self.model.set_rows(detail.lines)

    def clear(self, message: str) -> None:
        self.title.setText(message)
        self._header.setVisible(False)
        self.model.set_rows([])
