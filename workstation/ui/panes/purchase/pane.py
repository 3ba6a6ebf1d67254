"""The Purchase pane (and an order's Purchase tab): one order's lines grouped by purchase state,
the account and warehouse to use, and the actions on selected lines; given a WorklistService,
the pane opens on the worklist across all orders (worklist.py) with the one order beside it.

GUI thread only. Reads and service calls run on the TaskRunner (writes on the "write" lane);
activities are handed to the activity runner and announced with `activity_started`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.domain import statuses as st
from workstation.runner.tasks import TaskRunner
from workstation.services.changes import ChangeRecord
from workstation.services.dto import LineRow, OrderDetail
from workstation.services.errors import NotFoundError, UserFacingError
from workstation.services.orders import OrderFilter, OrderService
from workstation.services.purchase.service import NeedsConfirmation, PurchaseService
from workstation.services.sessions import SessionService
from workstation.services.settings import SettingsService
from workstation.services.worklist import WorklistService
from workstation.ui import messages as engine_text
from workstation.ui.dialogs.bind import BindDialog
from workstation.ui.dialogs.recalc import RecalcDialog
from workstation.ui.look import due_text, money
from workstation.ui.panes.orders.model import PROVIDER_NAMES
from workstation.ui.panes.purchase.actions import PurchaseActions
from workstation.ui.panes.purchase.add_account import AddAccount, LoginDialogFactory
from workstation.ui.panes.purchase.choosers import (
    normalise_order_id,
)
from workstation.ui.panes.purchase.model import PurchaseLinesModel, is_bookable
from workstation.ui.panes.purchase.view import PurchaseView
from workstation.ui.panes.purchase.worklist import WorklistPane

log = logging.getLogger(__name__)
RELOAD_DELAY_MS = 200  # activity signals come in bursts; reload once per burst


class PurchasePane(QWidget):
    activity_started = Signal(str)  # activity id: the lead opens its window
    order_shown = Signal(str)  # order id, once its lines are on screen
    unexpected_error = Signal(object, str)  # exception, traceback: for the error reporter

    def __init__(self, orders: OrderService, purchase: PurchaseService, sessions: SessionService,
                 settings: SettingsService, task_runner: TaskRunner, activity_runner: Any,
                 parent: QWidget | None = None, *, embedded: bool = False,
                 login_dialog_factory: LoginDialogFactory | None = None,
                 worklist: WorklistService | None = None, store: Any = None):
        """`login_dialog_factory(provider, parent)` returns a new, unstarted login dialog with a
        `logged_in(SessionRow)` signal for the "+" beside the account; see `add_account.py`.
        With `worklist` (and not embedded) the pane opens on the worklist across all orders, the
        one order in a second tab. `store` (QSettings) keeps the last account per provider."""
        super().__init__(parent)
        self._orders, self._purchase, self._sessions, self._settings = orders, purchase, sessions, settings
        self._runner = task_runner
        self._activities = activity_runner
        self._generation = 0
        self.detail: OrderDetail | None = None
        self._mine: dict[str, str] = {}  # activities started here -> what they do, for messages
        self.recalc_dialog: RecalcDialog | None = None
        self.bind_dialog: BindDialog | None = None

        self.order_page = QWidget()
        with_worklist = worklist is not None and not embedded
        # The worklist has its own Ctrl+B: the order's actions stay with the order's page then.
        self.purchase_actions = PurchaseActions(self.order_page if with_worklist else self)
        self.view = PurchaseView(self, self.order_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.worklist: WorklistPane | None = None
        self.pages: QTabWidget | None = None
        if worklist is not None and with_worklist:
            self.worklist = WorklistPane(worklist, purchase, sessions, task_runner, activity_runner, store=store)
            self.pages = QTabWidget()
            self.pages.setDocumentMode(True)
            self.pages.addTab(self.worklist, self.tr("Worklist: all orders"))
            self.pages.addTab(self.order_page, self.tr("One order"))
            outer.addWidget(self.pages)
        else:
            outer.addWidget(self.order_page)
        self.order_field, self.heading = self.view.order_field, self.view.heading
        self.session_combo, self.warehouse_combo = self.view.accounts, self.view.warehouses
        # OT mode: the instance books to the warehouse its own settings name; nothing to choose here
        self._chooses_warehouse = bool(getattr(purchase, "chooses_warehouse", True))
        if not self._chooses_warehouse:
            self.view.hide_warehouse()
        self.hint, self.banner, self.tree, self.footer = self.view.hint, self.view.banner, self.view.tree, self.view.footer
        self.model: PurchaseLinesModel = self.view.model
        self.view.install_actions(self.purchase_actions)
        self.view.order_row.setVisible(not embedded)
        self.add_account = AddAccount(self.view.add_account, login_dialog_factory, self)
        self.session_combo.set_store(store)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.refresh)
        self._connect_signals()
        self._update_actions()

    def _connect_signals(self) -> None:
        self.order_field.order_chosen.connect(self.show_order)
        self.order_field.search_wanted.connect(self._on_order_field_search)
        self.tree.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.tree.customContextMenuRequested.connect(self._on_tree_context_menu)
        self.session_combo.currentIndexChanged.connect(lambda _i: self._update_hint())
        self.add_account.logged_in.connect(self._on_account_logged_in)
        self.purchase_actions.book.triggered.connect(self.book_selected)
        self.purchase_actions.recalc.triggered.connect(self.recalculate_selected)
        self.purchase_actions.bind.triggered.connect(self.bind_order)
        self.purchase_actions.unbind.triggered.connect(self.unbind_selected)
        self.purchase_actions.sync.triggered.connect(self.sync_account)
        self.view.refresh_button.clicked.connect(self.refresh)
        for signal in (self._activities.activity_changed, self._activities.activity_finished):
            signal.connect(self._on_activity_event)
        self._activities.activity_finished.connect(self._on_activity_finished)
        self._activities.question_asked.connect(self._on_question_asked)
        failed = getattr(self._activities, "action_failed", None)
        if failed is not None:
            failed.connect(self._on_activity_failed)
        if self.worklist is not None:
            self.worklist.activity_started.connect(self.activity_started.emit)
            self.worklist.order_wanted.connect(self.show_order)
            self.worklist.unexpected_error.connect(self.unexpected_error.emit)

    # ------------------------------------------------------------ loading

    @Slot(str)
    def show_order(self, order_id: str) -> None:
        """Open an order by number (`123`, `ord-123`, `ORD-0000000123`) or an unambiguous customer."""
        text = order_id.strip()
        if not text:
            return
        self.banner.hide_message()
        if self.pages is not None:
            self.pages.setCurrentWidget(self.order_page)
        self._load(text, select=())

    @Slot()
    def refresh(self) -> None:
        """Reload the open order, its sessions and warehouses, keeping the selection."""
        if self.detail is not None:
            self._load(self.detail.order.id, select=())  # the selection is kept when the answer comes

    def apply_changes(self, record: ChangeRecord) -> None:
        """A write here or on another station: reload the open order when the record names it,
        one of its lines, or sessions and settings (the accounts and warehouses offered);
        the worklist when lines, orders or sessions changed."""
        detail = self.detail
        if detail is not None and (record.names("orders", (detail.order.id,))
                                   or record.names("lines", [line.id for line in detail.lines])
                                   or record.touches("sessions", "settings")):
            self.refresh()
        if self.worklist is not None and record.touches("orders", "lines", "sessions"):
            self.worklist.reload()

    def _load(self, text: str, select: Iterable[int]) -> None:
        self._generation += 1
        generation, keep = self._generation, list(select)
        orders, sessions, settings = self._orders, self._sessions, self._settings

        def op() -> tuple[OrderDetail, list[Any], list[Any]]:
            try:
                detail = orders.order_detail(normalise_order_id(text))
            except NotFoundError:
                found = orders.list_orders(OrderFilter(text), 0, 2)
                if len(found) != 1:
                    raise NotFoundError(f"No order {text!r}." if not found else
                                        f"Several orders match {text!r}: type the order number.") from None
                detail = orders.order_detail(found[0].id)
            provider = detail.order.provider
            return detail, sessions.list(provider), settings.warehouses(provider)

        def done(result: tuple[OrderDetail, list[Any], list[Any]]) -> None:
            if generation == self._generation:
                self._show(*result, keep)

        def failed(exc: BaseException, tb: str) -> None:
            if generation == self._generation:
                self._report(exc, tb)

        self._runner.run(op, done, failed)

    def _show(self, detail: OrderDetail, sessions: list[Any], warehouses: list[Any], keep: list[int]) -> None:
        opened = self.detail is None or self.detail.order.id != detail.order.id
        previous = self.detail.lines if self.detail is not None else ()
        self.detail = detail
        o = detail.order
        provider = o.provider
        paid = self.tr("paid {0}").format(money(o.paid_amount)) if o.is_paid else self.tr("not paid")
        if o.is_paid and o.balance_due:
            paid += " · " + due_text(o.balance_due)
        self.heading.setText(self.tr("{0} · {1} · {2} · {3}").format(
            o.id, PROVIDER_NAMES.get(provider, provider), o.customer_name, paid))
        if opened and self.order_field.text().strip().upper() != o.id:
            self.order_field.setText(o.id)
        self.session_combo.set_sessions(provider, sessions)
        self.add_account.set_provider(provider)
        self.warehouse_combo.set_warehouses(provider, warehouses)
        if opened or detail.lines != previous:
            # A reload during a long booking must not move what the purchaser is looking at.
            state = None if opened else self.view.remember()
            keep = keep if opened else [li.id for li in self.selected_lines()]
            self.model.set_lines(detail.lines)
            self.view.show_lines(bool(detail.lines))
            self.view.lay_out_rows(state)
            self.select_lines(keep)
        self._update_hint()
        self._update_actions()
        self.order_shown.emit(o.id)

    def _update_hint(self) -> None:
        if self.detail is None:
            return
        o = self.detail.order
        name = PROVIDER_NAMES.get(o.provider, o.provider)
        notes = [self._account_problem()] if not self.session_combo.account() else []
        if self._chooses_warehouse and self.warehouse_combo.count() == 0:
            notes.append(self.tr("No warehouse address for {0}: add one (Settings → {0} → Warehouse "
                                 "addresses).").format(name))
        if not o.is_paid:
            notes.append(self.tr("This order is not paid yet: its lines can be booked once it is paid."))
        elif not any(is_bookable(li) for li in self.detail.lines):
            notes.append(self.tr("This order has no lines ready for purchase."))
        checking = sum(1 for li in self.detail.lines if li.status == st.OUTCOME_UNKNOWN)
        if checking:
            notes.append(self.tr("%n line(s) are reserved by a marketplace order sent without a clear answer; "
                                 "the workstation keeps looking it up (Activities shows its question).", "",
                                 checking))
        self.hint.setText("\n".join(notes))
        self.hint.setVisible(bool(notes))

    def _account_problem(self) -> str:
        provider = self.detail.order.provider if self.detail else ""
        name = PROVIDER_NAMES.get(provider, provider)
        where = self.tr("with + beside the account") if self.add_account.available else \
            self.tr("(Settings → Sessions)")
        if not self.session_combo.rows:
            return self.tr("No session for {0}: log an account in {1}.").format(name, where)
        if not self.session_combo.usable():
            return self.tr("Every {0} session has expired: log an account in again {1}.").format(name, where)
        return self.tr("Choose the {0} account to work with.").format(name)

    # ------------------------------------------------------------ selection

    def selected_lines(self) -> list[LineRow]:
        return self.model.lines_of(self.tree.selectionModel().selectedRows())

    def select_lines(self, line_ids: Iterable[int]) -> None:
        selection = QItemSelection()
        for line_id in line_ids:
            index = self.model.index_of_line(line_id)
            if index.isValid():
                selection.select(index, index)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.tree.selectionModel().select(selection, flags)

    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        # A group heading stands for its lines: select them too, so what is acted on is visible.
        more = QItemSelection()
        for index in selected.indexes():
            if index.column() == 0 and self.model.group_at(index) is not None:
                count = self.model.rowCount(index)
                if count:
                    more.select(self.model.index(0, 0, index), self.model.index(count - 1, 0, index))
        if not more.isEmpty():
            self.tree.selectionModel().select(
                more, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        self._update_actions()

    def _update_actions(self) -> None:
        lines = self.selected_lines() if self.detail is not None else []
        for action in self.purchase_actions.all():
            action.setEnabled(self.detail is not None)
        total = len(self.detail.lines) if self.detail else 0
        ready = sum(1 for li in lines if is_bookable(li))
        self.footer.setText(self.tr("{0} of {1} line(s) selected, {2} ready for purchase").format(
            len(lines), total, ready) if self.detail else "")

    def _on_tree_context_menu(self, pos: QPoint) -> None:
        if self.detail is not None:
            self.purchase_actions.menu.popup(self.tree.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------ actions

    def _need(self, lines: bool = True, account: bool = False) -> list[LineRow] | None:
        """The selected lines, or None after saying in the banner what is missing."""
        if self.detail is None:
            self.banner.show_message(self.tr("Open an order first: type its number above."), "warning")
            return None
        chosen = self.selected_lines()
        if lines and not chosen:
            self.banner.show_message(self.tr("Select the lines first (a group heading takes all its lines, "
                                             "Ctrl+A takes every line)."), "warning")
            return None
        if account and not self.session_combo.account():
            self.banner.show_message(self.tr("Nothing was started: {0}").format(self._account_problem()), "warning")
            if self.session_combo.usable():
                self.session_combo.setFocus()
            return None
        return chosen

    @Slot()
    def book_selected(self) -> None:
        chosen = self._need(account=True)
        if chosen is None or self.detail is None:
            return
        # Book what is ready and leave the rest out; when nothing is, send the lot so the service
        # says precisely why (order not paid, line already booked, ...).
        ready = [li for li in chosen if is_bookable(li)] or chosen
        order_id, account = self.detail.order.id, self.session_combo.account()
        ids, warehouse = [li.id for li in ready], self.warehouse_combo.warehouse_id()
        left_out = len(chosen) - len(ready)  # 0 when nothing was ready
        message = self.tr("Booking %n line(s) with {0}…", "", len(ready)).format(account)
        if left_out:
            message += " " + self.tr("%n selected line(s) not ready for purchase were left out.", "", left_out)
        purchase = self._purchase
        self._start(lambda: purchase.start_booking(order_id, account, ids, warehouse), message)

    @Slot()
    def recalculate_selected(self) -> None:
        chosen = self._need()
        if chosen is None or self.detail is None:
            return
        dialog = RecalcDialog(self._purchase, self._runner, self.detail.order.id, chosen, self)
        dialog.accepted.connect(lambda: self._on_recalculated(dialog))
        self.recalc_dialog = dialog
        dialog.open()

    def _on_recalculated(self, dialog: RecalcDialog) -> None:
        self.banner.show_message(self.tr("Recalculated %n line(s) at the purchase figures.", "",
                                         len(dialog.changes)), "info")
        self.refresh()

    @Slot()
    def bind_order(self) -> None:
        if self._need(lines=False) is None or self.detail is None:
            return
        dialog = BindDialog(self._purchase, self._runner, self.detail.order.id, self.detail.order.provider,
                            self.session_combo.rows, self.session_combo.account(), self)
        dialog.accepted.connect(lambda: self._started(dialog.activity_id, self.tr("Binding {0} to {1}…").format(
            dialog.order_number(), self.detail.order.id if self.detail else "")))
        self.bind_dialog = dialog
        dialog.open()

    @Slot()
    def unbind_selected(self) -> None:
        chosen = self._need()
        if chosen is None or self.detail is None:
            return
        bound = [li for li in chosen if li.vend_purch_id]
        if not bound:
            self.banner.show_message(self.tr("None of the selected lines is bound to a marketplace order."), "error")
            return
        by_account: dict[str, list[int]] = {}
        fallback = self.session_combo.account()
        for line in bound:
            by_account.setdefault(line.account or fallback, []).append(line.id)
        if "" in by_account:
            self.banner.show_message(self.tr("Choose the account these lines were booked with."), "warning")
            return
        order_id = self.detail.order.id
        message = self.tr("Unbinding %n line(s)…", "", len(bound))
        for account, ids in by_account.items():
            self._unbind(order_id, account, ids, message, force=False)

    def _unbind(self, order_id: str, account: str, ids: list[int], message: str, *, force: bool) -> None:
        """Unbind; when the marketplace order still exists there, ask first (NeedsConfirmation)."""
        purchase = self._purchase

        def refused(exc: BaseException, tb: str) -> None:
            if isinstance(exc, NeedsConfirmation) and not force:
                self._confirm_unbind(str(exc), lambda: self._unbind(order_id, account, ids, message, force=True))
                return
            self._report(exc, tb)

        self._runner.run(lambda: purchase.start_unbind(order_id, account, ids, force=force),
                         lambda activity_id: self._started(activity_id, message), refused, lane="write")

    def _confirm_unbind(self, why: str, go_on: Callable[[], None]) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unbind from a live marketplace order?"),
                          why.replace(" Unbind anyway: --force.", ""), parent=self)
        box.setInformativeText(self.tr("The order stays on the marketplace; cancel it there if it is not needed. "
                                       "Booking these lines again asks first."))
        unbind = box.addButton(self.tr("Unbind anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: go_on() if box.clickedButton() is unbind else None)
        self.unbind_box = box
        box.open()

    @Slot()
    def sync_account(self) -> None:
        if self._need(lines=False, account=True) is None:
            return
        account, purchase = self.session_combo.account(), self._purchase
        self._start(lambda: purchase.start_sync(account), self.tr("Synchronising {0}…").format(account))

    def _start(self, op: Callable[[], str], message: str) -> None:
        self._runner.run(op, lambda activity_id: self._started(activity_id, message), self._report, lane="write")

    def _started(self, activity_id: str, message: str) -> None:
        if not activity_id:
            return
        self._mine[activity_id] = message
        self._activities.submit(activity_id)
        self.banner.show_message(message, "info")
        self.activity_started.emit(activity_id)

    def _report(self, exc: BaseException, tb: str) -> None:
        if isinstance(exc, UserFacingError):
            self.banner.show_message(str(exc), "error")
            return
        log.error("purchase pane: %s\n%s", exc, tb)
        self.banner.show_message(self.tr("Something went wrong: {0}. The details are in the log.").format(exc),
                                 "error")
        self.unexpected_error.emit(exc, tb)

    def _on_order_field_search(self, text: str) -> None:
        orders = self._orders

        def op() -> list[str]:
            return [f"{o.id} · {o.customer_name} · {PROVIDER_NAMES.get(o.provider, o.provider)}"
                    for o in orders.list_orders(OrderFilter(text), 0, 12)]

        self._runner.run(op, self.order_field.set_suggestions, lambda _exc, _tb: None)

    def _on_account_logged_in(self, row: Any) -> None:
        """A new (or renewed) account: reload the sessions and work with it."""
        self.session_combo.prefer(row.provider, row.account)
        self.banner.show_message(self.tr("Logged in as {0}.").format(row.account), "info")
        self.refresh()

    # ------------------------------------------------------------ activity runner

    def _on_activity_event(self, _activity_id: str) -> None:
        if self.detail is not None:
            self._reload_timer.start()

    def _on_activity_finished(self, activity_id: str) -> None:
        if activity_id not in self._mine:
            return
        what = self._mine.pop(activity_id).rstrip("…")
        latest = getattr(self._activities, "latest", lambda _id: None)(activity_id)
        state = getattr(latest, "state", "finished")
        if state == "finished":
            self.banner.show_message(self.tr("{0}: done.").format(what), "info")
        else:
            errors = [engine_text.text(s) for s in getattr(latest, "errors", [])]
            self.banner.show_message(self.tr("{0}: ended with problems. {1}").format(
                what, errors[0] if errors else self.tr("See the activity window.")), "error")

    def _on_question_asked(self, activity_id: str) -> None:
        if activity_id in self._mine:
            self.banner.show_message(self.tr("{0} waits for your answer in its activity window.").format(
                self._mine[activity_id].rstrip("…")), "warning")

    def _on_activity_failed(self, activity_id: str, message: str) -> None:
        if activity_id in self._mine:
            self.banner.show_message(message, "error")
