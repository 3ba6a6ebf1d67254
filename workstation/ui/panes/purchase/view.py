"""The Purchase pane's widgets and their layout, kept apart from its behaviour. GUI thread only."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workstation.ui.panes.purchase.actions import Banner, PurchaseActions
from workstation.ui.panes.purchase.choosers import AccountChooser, OrderField, WarehouseChooser
from workstation.ui.panes.purchase.model import PurchaseLinesModel

_HINT_STYLE = "background:#fff8e1; border:1px solid #ffcc80; border-radius:4px; padding:6px 10px; color:#5d4037;"
_PRIMARY = ("QToolButton {background:#1565c0; color:white; font-weight:bold; padding:4px 14px; "
            "border-radius:4px;} QToolButton:disabled {background:#90a4ae;}")


@dataclass(frozen=True)
class ViewState:
    closed: set[str]
    current_line: int | None
    scroll: int


class PurchaseView:
    """Builds the pane's widgets into `owner`; the pane wires them."""

    def __init__(self, owner: QWidget, container: QWidget | None = None):
        """Widgets in `container` (default: `owner`); texts are translated in `owner`'s context."""
        tr = self._tr = owner.tr
        self.order_field = OrderField()
        self.heading = QLabel(tr("No order open."))
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.order_row = QWidget()
        row = QHBoxLayout(self.order_row)
        row.setContentsMargins(0, 0, 0, 0)
        order_label = QLabel(tr("&Order:"))
        order_label.setBuddy(self.order_field)
        row.addWidget(order_label)
        self.order_field.setMaximumWidth(420)
        row.addWidget(self.order_field, 1)
        row.addSpacing(16)
        row.addWidget(self.heading, 2)

        self.accounts = AccountChooser()
        self.add_account = QToolButton()  # "+": the pane shows it when it can log accounts in
        self.add_account.setObjectName("add_account")
        self.add_account.setVisible(False)
        self.warehouses = WarehouseChooser()
        self.book_button = QToolButton()
        self.book_button.setStyleSheet(_PRIMARY)
        self.with_selected = QToolButton()
        self.refresh_button = QToolButton()
        self.refresh_button.setText(tr("Reload"))
        self.refresh_button.setToolTip(tr("Read the order, accounts and addresses again"))
        controls = QHBoxLayout()
        account_label = QLabel(tr("&Account:"))
        account_label.setBuddy(self.accounts)
        warehouse_label = QLabel(tr("&Warehouse:"))
        warehouse_label.setBuddy(self.warehouses)
        self.warehouse_label = warehouse_label  # hidden with the chooser when the platform picks it
        for widget in (account_label, self.accounts, self.add_account):
            controls.addWidget(widget)
        controls.addSpacing(12)
        controls.addWidget(warehouse_label)
        controls.addWidget(self.warehouses, 1)
        controls.addSpacing(12)
        self._controls = controls

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(_HINT_STYLE)
        self.hint.setVisible(False)
        self.banner = Banner()

        self.model = PurchaseLinesModel(owner)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Not uniform: group headings are lower than the two-line item rows.
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setIndentation(14)
        self.tree.setIconSize(QSize(36, 36))
        self.tree.setWordWrap(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        for i, column in enumerate(self.model.columns):
            if column.width:
                self.tree.setColumnWidth(i, column.width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)

        self.empty = QLabel(tr("Type an order number above, or choose an order in the Orders pane, to "
                               "see its lines here grouped by purchase state."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color:#607d8b; font-size:14px; padding:40px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tree)

        self.footer = QLabel()
        self.footer.setStyleSheet("color:#546e7a;")
        keys = QLabel(tr("Ctrl+B book · Ctrl+R recalculate · Ctrl+L bind · Ctrl+U unbind · F6 synchronise"))
        keys.setStyleSheet("color:#90a4ae;")
        bottom = QHBoxLayout()
        bottom.addWidget(self.footer, 1)
        bottom.addWidget(keys)

        layout = QVBoxLayout(container or owner)
        layout.setContentsMargins(8, 8, 8, 6)
        layout.addWidget(self.order_row)
        layout.addLayout(controls)
        layout.addWidget(self.hint)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)


    def hide_warehouse(self) -> None:
        """No warehouse to choose (OT mode: the instance's settings name it): the chooser and its
        label go, and the space they took stays empty rather than stretching the account's label."""
        self._controls.insertStretch(self._controls.indexOf(self.warehouses), 1)
        self.warehouse_label.hide()
        self.warehouses.hide()

    def install_actions(self, actions: PurchaseActions) -> None:
        self.book_button.setDefaultAction(actions.book)
        self.book_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.with_selected = actions.with_selected_button()
        self._controls.addWidget(self.book_button)
        self._controls.addWidget(self.with_selected)
        self._controls.addWidget(self.refresh_button)

    def remember(self) -> ViewState:
        """What a reload must put back: closed groups, the current line, the scroll position."""
        closed = {g.key for n, (g, _rows) in enumerate(self.model.groups())
                  if not self.tree.isExpanded(self.model.index(n, 0))}
        current = self.model.line_at(self.tree.currentIndex())
        return ViewState(closed, current.id if current else None, self.tree.verticalScrollBar().value())

    def lay_out_rows(self, state: ViewState | None = None) -> None:
        """After the model was reset: headings across the whole width, groups open (unless the
        purchaser closed them), empty optional columns out of the way."""
        closed = state.closed if state else set()
        for row, (group, _rows) in enumerate(self.model.groups()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
            self.tree.setExpanded(self.model.index(row, 0), group.key not in closed)
        if state is not None:
            if state.current_line is not None:
                index = self.model.index_of_line(state.current_line)
                if index.isValid():
                    self.tree.selectionModel().setCurrentIndex(
                        index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.tree.verticalScrollBar().setValue(state.scroll)
        hidden = set(self.model.empty_columns())
        for column in range(self.model.columnCount()):
            self.tree.setColumnHidden(column, column in hidden)

    def show_lines(self, has_lines: bool) -> None:
        if not has_lines:
            self.empty.setText(self._tr("This order has no lines."))
        self.stack.setCurrentWidget(self.tree if has_lines else self.empty)
