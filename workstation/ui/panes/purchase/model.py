"""The Purchase pane's lines as a two-level tree: purchase groups (the seeds' sections) over lines.

GUI thread only. Rows are plain `LineRow`s; columns are declared once below.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from workstation.domain import statuses as st
from workstation.services.dto import LineRow
from workstation.ui.look import money, status_brush, status_name, thumbnail
from workstation.ui.panes.orders.model import readable_config
from workstation.ui.table import CENTER, RIGHT, Column, cell, header

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
_GROUP_ID = 0  # internalId of a group row; a line's is its group's row + 1

BOOKABLE = (st.READY, st.PRICE_CONFIRMATION)


@dataclass(frozen=True)
class Group:
    key: str
    title: str  # English source text, translated in context "PurchaseGroups"
    statuses: tuple[str, ...]
    colour: str


GROUPS: tuple[Group, ...] = (
    Group("unpaid", "Awaiting payment", (st.AWAITING_PAYMENT,), "#eceff1"),
    Group("ready", "Ready for purchase", (st.READY,), "#e3f2fd"),
    Group("price", "Waiting for price confirmation", (st.PRICE_CONFIRMATION,), "#fff3e0"),
    Group("unknown", "Outcome unknown: checking", (st.OUTCOME_UNKNOWN,), "#ffe0b2"),
    Group("booked", "Booked", (st.BOOKED,), "#fff8e1"),
    Group("purchased", "Purchased / sent by seller", (st.PURCHASED, st.SENT_BY_SELLER), "#f3e5f5"),
    Group("closed", "Received / closed",
          (st.RECEIVED, st.PACKED, st.SENT_TO_CUSTOMER, st.CANCELLED, st.NOT_AVAILABLE), "#f5f5f5"),
)


def group_of(status: str) -> Group:
    return next((g for g in GROUPS if status in g.statuses), GROUPS[-1])


def is_bookable(line: LineRow) -> bool:
    return line.status in BOOKABLE and not line.vend_purch_id


def _weight(r: LineRow) -> str:
    # LineRow gains weight_kg / external_line_id in the services; until then the cells stay empty.
    weight: Decimal | None = getattr(r, "weight_kg", None)
    return f"{weight:.3f} kg" if weight is not None else ""


def _title(r: LineRow) -> str:
    return f"{r.title_orig}\n{r.title}" if r.title else r.title_orig


def _config(r: LineRow) -> str:
    orig = readable_config(r.config_text_orig)
    return f"{orig}\n{readable_config(r.config_text)}" if r.config_text else orig


def _customer_tip(r: LineRow) -> str:
    return customer_price_tip(r, "PurchaseLines")


def customer_price_tip(r: LineRow, context: str) -> str:
    """What the customer paid, and what is due now when recalculation changed it."""
    tip = QCoreApplication.translate(context, "Paid by the customer: {0} × {1}, delivery {2}").format(
        money(r.paid_by_customer), r.qty, money(r.delivery_cust))
    if r.price_cust != r.paid_by_customer:
        tip += "\n" + QCoreApplication.translate(context, "Recalculated: {0} × {1} to be paid").format(
            money(r.price_cust), r.qty)
    return tip


def customer_price(r: LineRow) -> str:
    """The price due; marked when recalculation moved it from what the customer paid."""
    if r.price_cust == r.paid_by_customer:
        return money(r.price_cust)
    return f"{money(r.price_cust)} *"


def _waybill_tip(r: LineRow) -> str:
    return QCoreApplication.translate(
        "PurchaseLines", "Tracking number inside China. Staff only: the customer never sees it.")


LINE_COLUMNS: tuple[Column[LineRow], ...] = (
    Column("num", "#", lambda r: str(r.line_num), width=52),
    Column("item", "Item", _title, width=300, tooltip=lambda r: f"{r.title_orig}\n{r.title}\n{r.item_id}",
           decoration=lambda r: thumbnail(r.item_id, r.title_orig)),
    Column("config", "Configuration", _config, width=165),
    Column("qty", "Qty", lambda r: str(r.qty), align=CENTER, width=40),
    Column("price", "Customer price", customer_price, align=RIGHT, width=100,
           tooltip=_customer_tip),
    Column("purch", "Purchase price", lambda r: money(r.purch_price), align=RIGHT, width=100),
    Column("purch_delivery", "Purch. delivery", lambda r: money(r.purch_delivery), align=RIGHT, width=95),
    Column("weight", "Weight", _weight, align=RIGHT, width=70),
    Column("status", "Status", lambda r: status_name(r.status), width=150,
           background=lambda r: status_brush(r.status)),
    Column("account", "Account", lambda r: r.account or "", width=125),
    Column("vend", "Marketplace order", lambda r: r.vend_purch_id or "", width=150),
    Column("external", "External line id", lambda r: getattr(r, "external_line_id", None) or "", width=130),
    Column("waybill", "Waybill (staff)", lambda r: r.vend_purch_waybill or "", width=140, tooltip=_waybill_tip),
    Column("seller", "Seller", lambda r: r.seller_nick, width=130),
)
_PURCH = [c.key for c in LINE_COLUMNS].index("purch")
_DEARER = QBrush(QColor("#b71c1c"))
OPTIONAL = ("weight", "external")  # hidden while no line of the order has a value
_LINE_HEIGHT = QSize(0, 44)  # two text lines (Chinese over English) and the thumbnail
_GROUP_HEIGHT = QSize(0, 28)


def group_title(group: Group, count: int) -> str:
    name = QCoreApplication.translate("PurchaseGroups", group.title)
    return QCoreApplication.translate("PurchaseGroups", "{0} · %n line(s)", "", count).format(name)


class PurchaseLinesModel(QAbstractItemModel):
    """Groups (top level, only those with lines) over the order's lines, in line-number order."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.columns = LINE_COLUMNS
        self._groups: list[tuple[Group, list[LineRow]]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    # ------------------------------------------------------------ content

    def set_lines(self, lines: Iterable[LineRow]) -> None:
        by_key: dict[str, list[LineRow]] = {}
        for line in sorted(lines, key=lambda r: r.line_num):
            by_key.setdefault(group_of(line.status).key, []).append(line)
        self.beginResetModel()
        self._groups = [(g, by_key[g.key]) for g in GROUPS if g.key in by_key]
        self.endResetModel()

    def empty_columns(self) -> list[int]:
        """Optional columns no line has a value in (the view hides them)."""
        lines = self.lines()
        return [n for n, c in enumerate(self.columns) if c.key in OPTIONAL and not any(c.text(li) for li in lines)]

    def lines(self) -> list[LineRow]:
        return [line for _g, rows in self._groups for line in rows]

    def groups(self) -> list[tuple[Group, list[LineRow]]]:
        return [(g, list(rows)) for g, rows in self._groups]

    def group_row(self, key: str) -> int:
        return next((n for n, (g, _rows) in enumerate(self._groups) if g.key == key), -1)

    def line_at(self, index: Index) -> LineRow | None:
        if not index.isValid() or index.internalId() == _GROUP_ID:
            return None
        rows = self._groups[index.internalId() - 1][1]
        return rows[index.row()] if index.row() < len(rows) else None

    def group_at(self, index: Index) -> tuple[Group, list[LineRow]] | None:
        if not index.isValid() or index.internalId() != _GROUP_ID or index.row() >= len(self._groups):
            return None
        return self._groups[index.row()]

    def index_of_line(self, line_id: int, column: int = 0) -> QModelIndex:
        for g, (_group, rows) in enumerate(self._groups):
            for r, line in enumerate(rows):
                if line.id == line_id:
                    return self.createIndex(r, column, g + 1)
        return QModelIndex()

    def lines_of(self, indexes: Sequence[Index]) -> list[LineRow]:
        """The lines the indexes name; a group row stands for all its lines. No duplicates."""
        seen: dict[int, LineRow] = {}
        for index in indexes:
            group = self.group_at(index)
            for line in group[1] if group else [self.line_at(index)]:
                if line is not None:
                    seen.setdefault(line.id, line)
        return sorted(seen.values(), key=lambda r: r.line_num)

    # ------------------------------------------------------------ Qt model

    def index(self, row: int, column: int, parent: Index = _NO_INDEX) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP_ID)
        if parent.internalId() == _GROUP_ID:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index | None = None) -> Any:  # type: ignore[override]
        if index is None:  # QObject.parent()
            return super().parent()
        if not index.isValid() or index.internalId() == _GROUP_ID:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP_ID)

    def rowCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt override
        if not parent.isValid():
            return len(self._groups)
        if parent.column() == 0 and parent.internalId() == _GROUP_ID and parent.row() < len(self._groups):
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802
        return len(self.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return header(self.columns, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(self.columns):
            return None
        group = self.group_at(index)
        if group is not None:
            return self._group_data(index.column(), group, role)
        line = self.line_at(index)
        if line is None:
            return None
        value = cell(self.columns[index.column()], line, role)
        if value is not None:
            return value
        # A purchase dearer than what the customer paid is what a purchaser looks for first.
        if (role == Qt.ItemDataRole.ForegroundRole and index.column() == _PURCH
                and line.purch_price is not None and line.purch_price > line.price_cust):
            return _DEARER
        if role == Qt.ItemDataRole.SizeHintRole:
            return _LINE_HEIGHT
        if role == Qt.ItemDataRole.UserRole:
            return line
        return None

    def _group_data(self, column: int, group: tuple[Group, list[LineRow]], role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return group_title(group[0], len(group[1])) if column == 0 else ""
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(group[0].colour))
        if role == Qt.ItemDataRole.SizeHintRole:
            return _GROUP_HEIGHT
        return None
