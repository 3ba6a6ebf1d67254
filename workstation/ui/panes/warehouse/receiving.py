"""The receiving panel: after a scan, the parcel's lines with expected quantities to confirm.

Given a lookup result it shows what the code found (or that it found nothing, or that the
parcel was received already), lets the clerk count each line (zero until counted, so a
missing item is noticed) and emits `confirmed(waybill, lines)`; the caller runs the
receipt through the services. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workstation.services.dto import LookupResult
from workstation.services.warehouse import ReceiveLine
from workstation.ui.panes.warehouse.model import (
    RECEIVED_COLUMN,
    RECEIVING_COLUMNS,
    ReceivingModel,
    ReceivingRow,
)
from workstation.ui.views import make_table

_STATE_STYLE = {
    "found": "background:#e8f5e9; color:#1b5e20; border:1px solid #a5d6a7;",
    "none": "background:#ffebee; color:#b71c1c; border:1px solid #ef9a9a;",
    "received": "background:#fff8e1; color:#8d6e00; border:1px solid #ffe082;",
    "idle": "background:#eceff1; color:#37474f; border:1px solid #cfd8dc;",
}
_KIND_NAMES = {"waybill": "Waybill", "provider_order": "Marketplace order", "label": "Line label",
               "order": "Order"}


class ReceivingPanel(QWidget):
    confirmed = Signal(str, object)  # waybill (or the scanned code), tuple[ReceiveLine, ...]

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._result: LookupResult | None = None
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setMargin(10)
        font = self.banner.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.banner.setFont(font)
        self.model = ReceivingModel(RECEIVING_COLUMNS)
        self.table = make_table(self.model)
        self.table.setEditTriggers(self.table.EditTrigger.AllEditTriggers)
        self.summary = QLabel()
        self.fill_button = QPushButton(self.tr("All as expected"))
        self.confirm_button = QPushButton(self.tr("Confirm receipt"))
        self.fill_button.clicked.connect(self.model.fill_expected)
        self.confirm_button.clicked.connect(self._on_confirm_clicked)
        self.model.dataChanged.connect(lambda *_: self._update_summary())
        self.model.modelReset.connect(self._update_summary)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.fill_button)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._set_state("idle", self.tr("Scan a parcel's waybill to receive it."))
        self._update_summary()

    @property
    def result(self) -> LookupResult | None:
        return self._result

    def show_lookup(self, result: LookupResult, received_so_far: Mapping[int, int] | None = None) -> None:
        """Show what a scan found; `received_so_far` maps line id to units received before."""
        before = received_so_far or {}
        self._result = result
        rows = [ReceivingRow(line, max(line.qty - before.get(line.id, 0), 0)) for line in result.lines]
        self.model.set_rows(rows)
        if not rows:
            self._set_state("none", self.tr(
                "{0} matches nothing. It is kept in the unmatched parcels and will be matched "
                "when a synchronisation brings its line.").format(result.code))
            return
        orders = len({r.line.order_id for r in rows})
        kind = self.tr(_KIND_NAMES.get(result.kind, result.kind))
        if all(r.already_received for r in rows):
            self._set_state("received", self.tr("{0} {1} was received already ({2} line(s)).")
                            .format(kind, result.code, len(rows)))
            return
        self._set_state("found", self.tr("{0} {1}: %n line(s) in {2} order(s). Count what arrived.",
                                         "", len(rows)).format(kind, result.code, orders))
        self.table.setCurrentIndex(self.model.index(0, RECEIVED_COLUMN))

    def clear(self) -> None:
        self._result = None
        self.model.set_rows([])
        self._set_state("idle", self.tr("Scan a parcel's waybill to receive it."))

    def lines_to_receive(self) -> tuple[ReceiveLine, ...]:
        return tuple(ReceiveLine(r.line.id, r.received) for r in self.model.rows() if not r.already_received)

    def _set_state(self, state: str, text: str) -> None:
        self.state = state
        self.banner.setText(text)
        self.banner.setStyleSheet(f"QLabel {{ {_STATE_STYLE[state]} border-radius: 4px; }}")
        can_receive = state == "found"
        self.fill_button.setEnabled(can_receive)
        self.confirm_button.setEnabled(can_receive)

    def _update_summary(self) -> None:
        rows = [r for r in self.model.rows() if not r.already_received]
        short = sum(1 for r in rows if r.received < r.expected)
        surplus = sum(1 for r in rows if r.received > r.expected)
        counted = any(r.received for r in rows)
        if not rows:
            self.summary.setText("")
        elif not counted:  # zero until counted: not a discrepancy yet, just work to do
            self.summary.setText(self.tr("Nothing counted yet: type what arrived on each line, "
                                         "or \u201cAll as expected\u201d."))
        elif not short and not surplus:
            self.summary.setText(self.tr("All lines as expected."))
        else:
            self.summary.setText(self.tr("Shortage on {0} line(s), surplus on {1}: "
                                         "recorded as discrepancies.").format(short, surplus))
        self.summary.setStyleSheet("color:#b71c1c;" if counted and (short or surplus) else "")

    def _on_confirm_clicked(self) -> None:
        if self._result is None:
            return
        self.confirmed.emit(self._result.code if self._result.kind == "waybill" else "",
                            self.lines_to_receive())


