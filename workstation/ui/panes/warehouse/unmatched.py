"""The list of unmatched parcels: codes that found nothing, kept until a synchronisation matches them.

GUI thread only; the caller loads the rows through the services and hands them in.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workstation.services.warehouse import MatchedScan, UnmatchedRow
from workstation.ui.panes.warehouse.model import UNMATCHED_COLUMNS
from workstation.ui.table import ListTableModel
from workstation.ui.views import make_table


class UnmatchedList(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setMargin(8)
        self.notice.setStyleSheet("QLabel { background:#e8f5e9; color:#1b5e20; "
                                  "border:1px solid #a5d6a7; border-radius:4px; }")
        self.notice.hide()
        self.count = QLabel()
        self.model = ListTableModel(UNMATCHED_COLUMNS)
        self.table = make_table(self.model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        self.set_rows([])

    def set_rows(self, rows: Sequence[UnmatchedRow]) -> None:
        self.model.set_rows(rows)
        waiting = sum(1 for r in rows if r.matched_at is None)
        if not rows:
            self.count.setText(self.tr("No unmatched parcels. Codes that match nothing are kept here."))
        else:
            self.count.setText(self.tr("%n parcel(s) waiting for their order line", "", waiting))

    def show_matched(self, matched: Sequence[MatchedScan]) -> None:
        """Tell the clerk which waiting parcels a synchronisation has matched."""
        if not matched:
            self.notice.hide()
            return
        parts = [self.tr("{0} \u2192 {1}").format(m.code, ", ".join(m.order_ids)) for m in matched[:5]]
        more = len(matched) - len(parts)
        text = self.tr("%n waiting parcel(s) matched after synchronisation: ", "", len(matched))
        text += "; ".join(parts)
        if more:
            text += self.tr(" and {0} more").format(more)
        self.notice.setText(text)
        self.notice.show()
