"""The worklist's table model: lines across all orders, one page at a time from
WorklistService, sorted by the database when a header is clicked.

GUI thread only. Pages and counts are read on the TaskRunner; a newer query drops the
answers of an older one (generation number). Columns are declared once below.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from workstation.runner.tasks import TaskRunner
from workstation.services.worklist import WorklistQuery, WorklistService, WorkRow
from workstation.ui.look import due_text, money, status_brush, status_name, thumbnail
from workstation.ui.panes.orders.model import PROVIDER_NAMES, readable_config
from workstation.ui.panes.purchase.model import customer_price, customer_price_tip
from workstation.ui.table import CENTER, RIGHT, Column, cell, header

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
FIRST_PAGE = 60  # fills a screen of rows; a filter checked row by row stops after this many
PAGE = 200  # each page fetched as the view scrolls
_DEARER = QBrush(QColor("#b71c1c"))
_ROW_HEIGHT = QSize(0, 44)  # Chinese title over its translation, and the thumbnail


def _title(r: WorkRow) -> str:
    return f"{r.title_orig}\n{r.title}" if r.title else r.title_orig


def _config(r: WorkRow) -> str:
    orig = readable_config(r.config_text_orig)
    return f"{orig}\n{readable_config(r.config_text)}" if r.config_text else orig


def age_text(since: datetime | None, now: datetime) -> str:
    """`3 d`, `5 h`, `12 min`: how long the line has been in its status."""
    if since is None:
        return ""
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    seconds = max(0, int((now - since).total_seconds()))
    tr = QCoreApplication.translate
    if seconds >= 86400:
        return tr("Worklist", "{0} d").format(seconds // 86400)
    if seconds >= 3600:
        return tr("Worklist", "{0} h").format(seconds // 3600)
    return tr("Worklist", "{0} min").format(seconds // 60)


def _order(r: WorkRow) -> str:
    return f"{r.order_id} #{r.line_num}\n{r.customer_name}"


def _price_tip(r: WorkRow) -> str:
    tip = customer_price_tip(r, "Worklist")
    if r.order_due:
        tip += "\n" + due_text(r.order_due)
    if r.above_rule:
        tip += "\n" + QCoreApplication.translate("Worklist", "Bought above the price rule: see the money alarms.")
    return tip


# (column, sort key in WorklistService.SORTS or "" when the column cannot be sorted)
COLUMNS: tuple[tuple[Column[WorkRow], str], ...] = (
    (Column("order", "Order / customer", _order, width=150,
            tooltip=lambda r: f"{r.order_id} #{r.line_num} · {r.label}\n{r.customer_name}"), "order"),
    (Column("item", "Item", _title, width=330, stretch=True,
            tooltip=lambda r: f"{r.title_orig}\n{r.title}\n{r.item_id}",
            decoration=lambda r: thumbnail(r.item_id, r.title_orig)), ""),
    (Column("config", "Configuration", _config, width=150), ""),
    (Column("qty", "Qty", lambda r: str(r.qty), align=CENTER, width=40), ""),
    (Column("price", "Customer price", customer_price, align=RIGHT, width=100,
            tooltip=_price_tip), "price"),
    (Column("due", "Order due", lambda r: money(r.order_due) if r.order_due else "", align=RIGHT, width=90,
            tooltip=lambda r: due_text(r.order_due) if r.order_due else ""), ""),
    (Column("purch", "Purchase price", lambda r: money(r.purch_price), align=RIGHT, width=100), "purch"),
    (Column("seller", "Seller", lambda r: r.seller_nick, width=170, tooltip=lambda r: r.seller_nick), "seller"),
    (Column("status", "Status", lambda r: status_name(r.status), width=150,
            background=lambda r: status_brush(r.status)), "status"),
    (Column("age", "In status", lambda r: "", align=CENTER, width=86), "age"),
    (Column("provider", "Provider", lambda r: PROVIDER_NAMES.get(r.provider, r.provider), width=70), ""),
    (Column("account", "Account", lambda r: r.account or "", width=130), "account"),
    (Column("vend", "Marketplace order", lambda r: r.vend_purch_id or "", width=140), ""),
    (Column("waybill", "Waybill (staff)", lambda r: r.vend_purch_waybill or "", width=130), ""),
)
_KEYS = [c.key for c, _s in COLUMNS]
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.BackgroundRole,
                    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.SizeHintRole, Qt.ItemDataRole.UserRole})
OPTIONAL = ("purch", "account", "vend", "waybill")  # hidden while no line shown has a value
AGE, PURCH, PRICE = _KEYS.index("age"), _KEYS.index("purch"), _KEYS.index("price")


class WorklistModel(QAbstractTableModel):
    """The rows fetched so far of the current query; `fetchMore` reads the next page."""

    loaded = Signal(int, bool)  # rows held, more to fetch
    counted = Signal(int)  # lines the query matches (read after the first page)
    failed = Signal(str)

    def __init__(self, service: WorklistService, runner: TaskRunner, parent: QObject | None = None, *,
                 now: Any = lambda: datetime.now(UTC)):
        super().__init__(parent)
        self.columns = tuple(c for c, _s in COLUMNS)
        self._sorts = tuple(s for _c, s in COLUMNS)
        self._service = service
        self._runner = runner
        self._now = now
        self._rows: list[WorkRow] = []
        self._texts: dict[int, tuple[str, ...]] = {}  # line id -> its cells' texts, made on first paint
        self._query = WorklistQuery()
        self._more = False
        self._loading = False
        self._generation = 0
        self.total: int | None = None  # None until counted

    # ------------------------------------------------------------ the query

    @property
    def query(self) -> WorklistQuery:
        return self._query

    @property
    def is_loading(self) -> bool:
        return self._loading

    def set_query(self, query: WorklistQuery) -> None:
        """Start over with `query`: the first page, then its count."""
        self._generation += 1
        generation, service = self._generation, self._service
        self._query, self._loading, self.total = query, True, None

        def done(rows: list[WorkRow]) -> None:
            if generation != self._generation:
                return
            self.beginResetModel()
            self._rows, self._more = list(rows), len(rows) == FIRST_PAGE
            self._texts.clear()
            self.endResetModel()
            self._loading = False  # only now: a view asks for more while rows go in
            self.loaded.emit(len(self._rows), self._more)
            if self._more:
                self._runner.run(lambda: service.count(query), lambda n: self._on_counted(generation, n),
                                 self._failed(generation))
            else:
                self._on_counted(generation, len(self._rows))

        self._runner.run(lambda: service.page(query, 0, FIRST_PAGE), done, self._failed(generation))

    def refresh(self) -> None:
        self.set_query(self._query)

    def _on_counted(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self.total = total
            self.counted.emit(total)

    def _failed(self, generation: int) -> Any:
        def failed(exc: BaseException, _tb: str) -> None:
            if generation == self._generation:
                self._loading = False
                self.failed.emit(str(exc))

        return failed

    def sort_key(self, column: int) -> str:
        return self._sorts[column] if 0 <= column < len(self._sorts) else ""

    def sort_column(self) -> int:
        return self._sorts.index(self._query.sort) if self._query.sort in self._sorts else -1

    def sort_order(self) -> Qt.SortOrder:
        """The header's indicator for the current sort ("In status" ascending is the newest first)."""
        descending = self._query.descending != (self._query.sort == "age")
        return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a sortable column in the database (an unsortable column keeps the order)."""
        key = self.sort_key(column)
        if not key:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == "age":  # the time in status grows as status_changed_at falls
            descending = not descending
        if (key, descending) != (self._query.sort, self._query.descending):
            self.set_query(self._query.with_(sort=key, descending=descending))

    # ------------------------------------------------------------ rows

    def rows(self) -> list[WorkRow]:
        return list(self._rows)

    def row_at(self, index: Index) -> WorkRow | None:
        return self._rows[index.row()] if index.isValid() and index.row() < len(self._rows) else None

    def rows_of(self, indexes: Sequence[Index]) -> list[WorkRow]:
        seen: dict[int, WorkRow] = {}
        for index in indexes:
            row = self.row_at(index)
            if row is not None:
                seen.setdefault(row.id, row)
        return list(seen.values())

    def empty_columns(self) -> list[int]:
        """Optional columns none of the rows held has a value in (the view hides them)."""
        return [n for n, c in enumerate(self.columns)
                if c.key in OPTIONAL and not any(c.text(r) for r in self._rows)]

    def row_of_line(self, line_id: int) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == line_id), -1)

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index = _NO_INDEX) -> bool:  # noqa: N802
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index = _NO_INDEX) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation, query, offset, service = self._generation, self._query, len(self._rows), self._service

        def done(rows: list[WorkRow]) -> None:
            if generation != self._generation:
                return
            known = {r.id for r in self._rows}
            fresh = [r for r in rows if r.id not in known]  # a line that moved up meanwhile
            self._more = len(rows) == PAGE
            if fresh:
                start = len(self._rows)
                self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
                self._rows.extend(fresh)
                self.endInsertRows()
            self._loading = False
            self.loaded.emit(len(self._rows), self._more)

        self._runner.run(lambda: service.page(query, offset, PAGE), done, self._failed(generation))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return (QCoreApplication.translate("Worklist", "Click to sort") if self.sort_key(section)
                        else QCoreApplication.translate("Worklist", "This column cannot be sorted"))
            return None
        return header(self.columns, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A paint asks each cell for a dozen roles: answer the ones never served at once.
        if role not in _ROLES:
            return None
        row = self.row_at(index)
        if row is None or index.column() >= len(self.columns):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            texts = self._texts.get(row.id)
            if texts is None:
                texts = self._texts[row.id] = tuple(c.text(row) for c in self.columns)
            return age_text(row.status_changed_at, self._now()) if column == AGE else texts[column]
        value = cell(self.columns[column], row, role)
        if value is not None:
            return value
        if role == Qt.ItemDataRole.ForegroundRole:
            dearer = row.purch_price is not None and row.purch_price > row.price_cust
            if (column == PURCH and dearer) or (column == PRICE and row.above_rule):
                return _DEARER
        if role == Qt.ItemDataRole.SizeHintRole:
            return _ROW_HEIGHT
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None
