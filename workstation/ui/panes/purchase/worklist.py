"""The purchaser's worklist: lines across all orders, in saved views with their counts, with
filters, a search, sortable columns, and booking of the selected lines across orders.

GUI thread only. Every query runs on the TaskRunner; bookings are started through
`PurchaseService.start_booking` (one per order and account, on the "write" lane), handed to
the activity runner and announced with `activity_started`.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workstation.domain import statuses as st
from workstation.runner.tasks import TaskRunner
from workstation.services.errors import UserFacingError
from workstation.services.worklist import (
    VIEWS,
    BookingStarted,
    WorklistQuery,
    WorklistService,
    bookable,
    plan_booking,
)
from workstation.ui.look import status_name
from workstation.ui.panes.orders.model import PROVIDER_NAMES
from workstation.ui.panes.purchase.actions import Banner
from workstation.ui.panes.purchase.choosers import AccountChooser
from workstation.ui.panes.purchase.worklist_model import WorklistModel

log = logging.getLogger(__name__)
SEARCH_DELAY_MS = 300
RELOAD_DELAY_MS = 1000  # activity signals come in bursts; counts over a million lines cost
AGES = (0, 1, 3, 7, 14, 30)
_PRIMARY = ("QPushButton {background:#1565c0; color:white; font-weight:bold; padding:4px 14px; "
            "border-radius:4px;} QPushButton:disabled {background:#90a4ae;}")
_EMPTY = {
    "ready": "No line is ready for purchase. Paid orders' lines appear here until they are booked.",
    "price": "No line waits for a price confirmation.",
    "above_rule": "No line was bought above the price rule.",
    "unknown": "No marketplace order has an unknown outcome.",
    "sent_10": "No line has been on its way from the seller for more than 10 days.",
    "all": "There are no order lines yet.",
}


def make_table(model: WorklistModel) -> QTableView:
    """The worklist's table (the pane's, and the benchmark's, so both paint the same)."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    # No wrapping: the two lines (Chinese over English) are explicit, and each is elided alone.
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(46)
    table.setIconSize(QSize(36, 36))
    head = table.horizontalHeader()
    head.setSectionsMovable(True)
    head.setHighlightSections(False)
    for n, column in enumerate(model.columns):
        if column.width:
            table.setColumnWidth(n, column.width)
        if column.stretch:
            head.setSectionResizeMode(n, QHeaderView.ResizeMode.Stretch)
    head.setSortIndicator(model.sort_column(), model.sort_order())
    table.setSortingEnabled(True)  # header clicks call model.sort: the database sorts
    return table


class WorklistPane(QWidget):
    activity_started = Signal(str)
    order_wanted = Signal(str)  # a double-click: open the order in the Purchase pane
    unexpected_error = Signal(object, str)

    def __init__(self, service: WorklistService, purchase: Any, sessions: Any, runner: TaskRunner,
                 activity_runner: Any, parent: QWidget | None = None, *, store: Any = None):
        """`store` is QSettings (or alike): the last account per provider is kept there."""
        super().__init__(parent)
        self._service, self._purchase, self._sessions = service, purchase, sessions
        self._runner, self._activities = runner, activity_runner
        self._mine: set[str] = set()
        self._keep: list[int] = []
        self._counts: dict[str, int] = {}
        self._counts_asked = 0
        self.model = WorklistModel(service, runner, self)
        self._build(store)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._reload_timer = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self._connect_signals()
        self.reload()

    # ------------------------------------------------------------ widgets

    def _build(self, store: Any) -> None:
        tr = self.tr
        self.views = QListWidget()
        self.views.setObjectName("worklistViews")
        for view in VIEWS:
            item = QListWidgetItem(self._view_text(view.key))
            item.setData(Qt.ItemDataRole.UserRole, view.key)
            self.views.addItem(item)
        self.views.setCurrentRow(0)
        self.views.setFixedWidth(250)
        self.views.setStyleSheet("QListWidget#worklistViews::item {padding:7px 6px;}")

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search: order, customer, item title (中文 or English), "
                                          "marketplace order, waybill"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(tr("Any status"), "")
        for s in st.STATUSES:
            self.status.addItem(status_name(s.code), s.code)
        self.provider = QComboBox()
        self.provider.addItem(tr("Any provider"), "")
        for code, name in PROVIDER_NAMES.items():
            self.provider.addItem(name, code)
        self.account = QComboBox()
        self.account.addItem(tr("Any account"), "")
        self.account.addItem(tr("No account yet"), "-")
        self.account.setMinimumContentsLength(16)
        self.seller = QLineEdit()
        self.seller.setPlaceholderText(tr("Seller (beginning)"))
        self.seller.setClearButtonEnabled(True)
        self.seller.setMaximumWidth(190)
        self.age = QComboBox()
        for days in AGES:
            self.age.addItem(tr("Any age") if not days else tr("In status over %n day(s)", "", days), days)
        self.clear_filters = QPushButton(tr("Clear filters"))
        filters = QHBoxLayout()
        for widget in (self.status, self.provider, self.account, self.seller, self.age, self.clear_filters):
            filters.addWidget(widget)
        filters.addStretch(1)

        self.table = make_table(self.model)

        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color:#607d8b; font-size:14px; padding:40px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.banner = Banner()
        self.choosers: dict[str, AccountChooser] = {}
        booking = QHBoxLayout()
        for code, name in PROVIDER_NAMES.items():
            label = QLabel(tr("{0} account:").format(name))
            chooser = AccountChooser(store=store)
            label.setBuddy(chooser)
            self.choosers[code] = chooser
            booking.addWidget(label)
            booking.addWidget(chooser)
            booking.addSpacing(10)
        self.book_action = QAction(tr("&Book selected"), self)
        self.book_action.setShortcut(QKeySequence("Ctrl+B"))
        self.book_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.book_action)
        self.book_button = QPushButton(tr("Book selected (Ctrl+B)"))
        self.book_button.setStyleSheet(_PRIMARY)
        self.book_button.setToolTip(tr("Book the selected lines: one booking per order, in the account "
                                       "chosen for its marketplace"))
        self.reload_button = QPushButton(tr("Reload"))
        booking.addStretch(1)
        booking.addWidget(self.book_button)
        booking.addWidget(self.reload_button)
        self.footer = QLabel()
        self.footer.setStyleSheet("color:#546e7a;")

        right = QVBoxLayout()
        right.addWidget(self.search)
        right.addLayout(filters)
        right.addWidget(self.banner)
        right.addWidget(self.stack, 1)
        right.addLayout(booking)
        right.addWidget(self.footer)
        title = QLabel(tr("Views"))
        title.setStyleSheet("font-weight:bold; color:#37474f;")
        left = QVBoxLayout()
        left.addWidget(title)
        left.addWidget(self.views, 1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 6)
        outer.addLayout(left)
        outer.addLayout(right, 1)

    def _connect_signals(self) -> None:
        self.views.currentRowChanged.connect(lambda _row: self._apply())
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._apply)
        self.seller.textChanged.connect(lambda _t: self._search_timer.start())
        self._search_timer.timeout.connect(self._apply)
        for combo in (self.status, self.provider, self.account, self.age):
            combo.currentIndexChanged.connect(lambda _i: self._apply())
        self.clear_filters.clicked.connect(self.clear)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._on_sort_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_footer())
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.model.loaded.connect(self._on_loaded)
        self.model.counted.connect(lambda _n: self._update_footer())
        self.model.failed.connect(lambda message: self.banner.show_message(message, "error"))
        self.book_action.triggered.connect(self.book_selected)
        self.book_button.clicked.connect(self.book_selected)
        self.reload_button.clicked.connect(self.reload)
        self._reload_timer.timeout.connect(self.reload)
        for signal in (self._activities.activity_changed, self._activities.activity_finished):
            signal.connect(lambda _id: self._reload_timer.start())

    # ------------------------------------------------------------ the query

    def query(self) -> WorklistQuery:
        item = self.views.currentItem()
        return self.model.query.with_(
            view=item.data(Qt.ItemDataRole.UserRole) if item else "ready", status=self.status.currentData() or "",
            provider=self.provider.currentData() or "", account=self.account.currentData() or "",
            seller=self.seller.text().strip(), min_age_days=int(self.age.currentData() or 0),
            text=self.search.text().strip())

    @Slot()
    def _apply(self) -> None:
        self._search_timer.stop()
        self._keep = []
        self.model.set_query(self.query())
        self._load_counts()

    @Slot()
    def reload(self) -> None:
        """Read the lines, the counts, the accounts and the sessions again, keeping the selection."""
        self._keep = [r.id for r in self.selected_rows()]
        self.model.set_query(self.query())
        self._load_counts()
        sessions, service = self._sessions, self._service
        self._runner.run(lambda: (sessions.list(), service.accounts()), self._on_accounts, self._report)

    @Slot()
    def clear(self) -> None:
        for widget in (self.search, self.seller):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        for combo in (self.status, self.provider, self.account, self.age):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._apply()

    def _load_counts(self) -> None:
        self._counts_asked += 1
        asked, base, service = self._counts_asked, self.query(), self._service
        self._runner.run(lambda: service.view_counts(base), lambda counts: self._on_counts(asked, counts),
                         self._report)

    def _on_counts(self, asked: int, counts: dict[str, int]) -> None:
        if asked != self._counts_asked:
            return  # an older answer, overtaken on another worker
        self._counts = counts
        for n in range(self.views.count()):
            item = self.views.item(n)
            item.setText(self._view_text(item.data(Qt.ItemDataRole.UserRole)))

    def _view_text(self, key: str) -> str:
        title = self.tr(next(v.title for v in VIEWS if v.key == key))
        count = self._counts.get(key)
        return f"{title}  ·  {count:,}" if count is not None else title

    def _on_accounts(self, result: tuple[list[Any], list[tuple[str, str]]]) -> None:
        sessions, used = result
        for provider, chooser in self.choosers.items():
            chooser.set_sessions(provider, [r for r in sessions if r.provider == provider])
        current = self.account.currentData()
        self.account.blockSignals(True)
        while self.account.count() > 2:
            self.account.removeItem(2)
        names = sorted({a for _p, a in used} | {r.account for r in sessions})
        for name in names:
            self.account.addItem(name, name)
        found = self.account.findData(current)
        self.account.setCurrentIndex(found if found >= 0 else 0)
        self.account.blockSignals(False)

    # ------------------------------------------------------------ showing

    def _on_loaded(self, rows: int, _more: bool) -> None:
        if rows == 0:
            view = self.query().view
            filtered = self.query() != WorklistQuery(view=view, sort=self.model.query.sort,
                                                     descending=self.model.query.descending)
            self.empty.setText(self.tr("No line matches these filters and this search. "
                                       "“Clear filters” shows the whole view.") if filtered
                               else self.tr(_EMPTY.get(view, _EMPTY["all"])))
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.table)
        hidden = set(self.model.empty_columns())
        for column in range(self.model.columnCount()):
            self.table.setColumnHidden(column, column in hidden)
        if self._keep:
            self.select_lines(self._keep)
            self._keep = []
        self._update_footer()

    def selected_rows(self) -> list[Any]:
        return self.model.rows_of(self.table.selectionModel().selectedRows())

    def select_lines(self, line_ids: list[int]) -> None:
        selection = QItemSelection()
        for line_id in line_ids:
            row = self.model.row_of_line(line_id)
            if row >= 0:
                selection.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
        self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                           | QItemSelectionModel.SelectionFlag.Rows)

    def _update_footer(self) -> None:
        chosen = self.selected_rows()
        ready = [r for r in chosen if bookable(r)]
        total = self.model.total
        shown = self.model.rowCount()
        of = (self.tr("%n line(s)", "", total) if total is not None
              else self.tr("{0}+ lines (counting…)").format(shown))
        text = self.tr("{0} · {1} selected").format(of, len(chosen))
        if chosen:
            text += self.tr(", {0} ready for purchase in %n order(s)", "", len({r.order_id for r in ready})).format(
                len(ready))
        self.footer.setText(text)
        self.book_button.setEnabled(bool(ready))

    def _on_sort_clicked(self, column: int, _order: Qt.SortOrder) -> None:
        if not self.model.sort_key(column):  # not sortable: the indicator stays where the sort is
            head = self.table.horizontalHeader()
            head.blockSignals(True)
            head.setSortIndicator(self.model.sort_column(), self.model.sort_order())
            head.blockSignals(False)
            self.banner.show_message(self.tr("The lines can be sorted by order, price, purchase price, status, "
                                             "time in status, account or seller."), "info")

    def _on_double_clicked(self, index: Any) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.order_wanted.emit(row.order_id)

    # ------------------------------------------------------------ booking

    @Slot()
    def book_selected(self) -> None:
        chosen = self.selected_rows()
        if not chosen:
            self.banner.show_message(self.tr("Select the lines to book first (Ctrl+A takes every line shown)."),
                                     "warning")
            return
        accounts = {p: c.account() for p, c in self.choosers.items()}
        plan = plan_booking(chosen, accounts)
        if plan.without_account:
            names = ", ".join(PROVIDER_NAMES.get(p, p) for p in plan.without_account)
            self.banner.show_message(self.tr("Nothing was started: choose the {0} account below.").format(names),
                                     "warning")
            self.choosers[plan.without_account[0]].setFocus()
            return
        if not plan.bookings:
            self.banner.show_message(self.tr("None of the selected lines is ready for purchase."), "warning")
            return
        service, purchase = self._service, self._purchase
        self.book_button.setEnabled(False)
        self._runner.run(lambda: service.start_bookings(purchase, plan),
                         lambda started: self._on_bookings_started(started, len(plan.left_out)),
                         self._report, lane="write")

    def _on_bookings_started(self, started: list[BookingStarted], left_out: int) -> None:
        ok = [b for b in started if b.activity_id]
        refused = [b for b in started if b.refused]
        for b in ok:
            self._mine.add(b.activity_id)
            self._activities.submit(b.activity_id)
            self.activity_started.emit(b.activity_id)
        parts = []
        if ok:
            lines = sum(b.line_count for b in ok)
            accounts = ", ".join(sorted({b.account for b in ok}))
            parts.append(self.tr("Booking %n line(s)", "", lines) + " "
                         + self.tr("in %n order(s)", "", len(ok)) + " " + self.tr("with {0}.").format(accounts))
        if left_out:
            parts.append(self.tr("%n selected line(s) not ready for purchase were left out.", "", left_out))
        for b in refused:
            parts.append(self.tr("{0} was not started: {1}").format(b.order_id, b.refused))
        self.banner.show_message(" ".join(parts), "info" if ok and not refused else ("warning" if ok else "error"))
        self.reload()

    def _report(self, exc: BaseException, tb: str) -> None:
        self._update_footer()
        if isinstance(exc, UserFacingError):
            self.banner.show_message(str(exc), "error")
            return
        log.error("worklist: %s\n%s", exc, tb)
        self.banner.show_message(self.tr("Something went wrong: {0}. The details are in the log.").format(exc),
                                 "error")
        self.unexpected_error.emit(exc, tb)
