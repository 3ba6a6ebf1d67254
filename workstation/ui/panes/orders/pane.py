"""The Orders pane: "By orders" (search, orders, the open order's lines) and "By goods"
(lines across orders with a tracking-number search). GUI thread only; queries run on the
TaskRunner.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.runner.tasks import TaskRunner
from workstation.services.changes import ChangeRecord
from workstation.services.dto import LookupResult, OrderDetail, OrderRow
from workstation.services.orders import LineFilter, OrderFilter, OrderService
from workstation.ui.panes.orders.detail import OrderDetailView
from workstation.ui.panes.orders.model import GOODS_COLUMNS, ORDER_COLUMNS
from workstation.ui.table import PagedTableModel
from workstation.ui.views import make_table

SEARCH_DELAY_MS = 250


class _SearchBar(QWidget):
    """A search field with a live count on its right; emits `changed` after a short pause."""

    changed = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setPlaceholderText(placeholder)
        self.field.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count.setMinimumWidth(220)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(lambda: self.changed.emit(self.field.text()))
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self.field.returnPressed.connect(self._emit_now)

    def _emit_now(self) -> None:
        self._timer.stop()
        self.changed.emit(self.field.text())


class OrdersPane(QWidget):
    order_opened = Signal(str)  # an order's detail is on screen

    def __init__(self, orders: OrderService, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._orders = orders
        self._runner = runner
        self._detail_request = 0
        self._highlight: set[int] = set()
        self._open: tuple[str, frozenset[int]] = ("", frozenset())  # the order on screen, its line ids
        self._reselect = ""  # the order to select again after a reload reset the list

        # By orders
        self.order_search = _SearchBar(self.tr("Search orders: number, customer or provider"))
        self.orders_model: PagedTableModel[OrderRow] = PagedTableModel(
            ORDER_COLUMNS, runner, orders.count_orders,
            lambda q, off, lim: orders.list_orders(q, off, lim), parent=self)
        self.orders_table = make_table(self.orders_model)
        self.orders_table.setSelectionMode(self.orders_table.SelectionMode.SingleSelection)
        self.detail = OrderDetailView()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.orders_table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        by_orders = QWidget()
        lay = QVBoxLayout(by_orders)
        lay.addWidget(self.order_search)
        lay.addWidget(splitter, 1)

        # By goods
        self.goods_search = _SearchBar(self.tr("Tracking number (waybill), or its beginning"))
        self.goods_model = PagedTableModel(
            GOODS_COLUMNS, runner, orders.count_lines,
            lambda q, off, lim: orders.list_lines(q, off, lim), parent=self)
        self.goods_table = make_table(self.goods_model, two_line=True)
        by_goods = QWidget()
        lay = QVBoxLayout(by_goods)
        lay.addWidget(self.goods_search)
        lay.addWidget(self.goods_table, 1)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(by_orders, self.tr("By orders"))
        self.tabs.addTab(by_goods, self.tr("By goods"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(self.tabs)

        self._connect_signals()
        self.orders_model.set_query(OrderFilter())
        self.goods_model.set_query(LineFilter())

    def _connect_signals(self) -> None:
        self.order_search.changed.connect(self._on_order_search_changed)
        self.goods_search.changed.connect(self._on_goods_search_changed)
        self.orders_model.loaded.connect(self._on_orders_loaded)
        self.goods_model.loaded.connect(self._on_goods_loaded)
        self.orders_model.failed.connect(lambda msg: self.order_search.count.setText(msg))
        self.goods_model.failed.connect(lambda msg: self.goods_search.count.setText(msg))
        self.orders_table.selectionModel().selectionChanged.connect(self._on_order_selected)

    def refresh(self) -> None:
        self.orders_model.refresh()
        self.goods_model.refresh()

    def apply_changes(self, record: ChangeRecord) -> None:
        """A write here or on another station changed orders or lines: read again what of them
        is on screen, keeping the selection and the open order."""
        if record.touches("orders", "lines"):
            self._reselect = self._open[0]
            self.orders_model.reload()
        if record.touches("lines"):
            self.goods_model.reload()
        order_id, line_ids = self._open
        if order_id and (record.names("orders", (order_id,)) or record.names("lines", line_ids)):
            self._load_detail(order_id)

    def show_lines(self, result: LookupResult) -> None:
        """Jump to "By goods" with exactly the lines a scan found, and select them."""
        self.tabs.setCurrentIndex(1)
        self._highlight = {line.id for line in result.lines}
        blocker = QSignalBlocker(self.goods_search.field)
        self.goods_search.field.setText(result.code)
        del blocker
        # the lines the scan service returned, shown as they are: no second read of the database
        self.goods_model.show_rows(LineFilter(line_ids=tuple(sorted(self._highlight))), result.lines)

    def _on_order_search_changed(self, text: str) -> None:
        self.orders_model.set_query(OrderFilter(text))

    def _on_goods_search_changed(self, text: str) -> None:
        self.goods_model.set_query(LineFilter(waybill_prefix=text))

    def _on_orders_loaded(self, loaded: int, total: int) -> None:
        text = self.order_search.field.text().strip()
        if total == 0:
            self.order_search.count.setText(
                self.tr("No orders match “{0}”").format(text) if text else self.tr("No orders yet"))
            self.detail.clear(self.tr("No order to show."))
        else:
            self.order_search.count.setText(self.tr("%n order(s)", "", total))
            reselect, self._reselect = self._reselect, ""
            if not self.orders_table.selectionModel().hasSelection():
                rows = self.orders_model.rows()
                self.orders_table.selectRow(next((i for i, r in enumerate(rows) if r.id == reselect), 0))

    def _on_goods_loaded(self, loaded: int, total: int) -> None:
        if self._highlight:
            rows = [i for i, row in enumerate(self.goods_model.rows()) if row.id in self._highlight]
            self._highlight = set()
            selection = self.goods_table.selectionModel()
            selection.clearSelection()
            for i in rows:
                selection.select(self.goods_model.index(i, 0), QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
            if rows:
                self.goods_table.scrollTo(self.goods_model.index(rows[0], 0))
        text = self.goods_search.field.text().strip()
        if total == 0:
            self.goods_search.count.setText(
                self.tr("No lines with a waybill starting “{0}”").format(text) if text
                else self.tr("No order lines yet"))
        else:
            self.goods_search.count.setText(self.tr("%n line(s)", "", total))

    def _on_order_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        self._load_detail(self.orders_model.row(indexes[0].row()).id)

    def _load_detail(self, order_id: str) -> None:
        self._detail_request += 1
        request = self._detail_request
        self._runner.run(
            lambda: self._orders.order_detail(order_id),
            lambda detail: self._show_detail(request, detail),
            lambda exc, _tb: self.detail.clear(str(exc)),
        )

    def _show_detail(self, request: int, detail: OrderDetail) -> None:
        if request == self._detail_request:
            self._open = (detail.order.id, frozenset(line.id for line in detail.lines))
            self.detail.show_order(detail)
            self.order_opened.emit(detail.order.id)
