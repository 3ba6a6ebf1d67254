"""The main window: composes the panes it is given and wires their signals; no logic of its own.

The composition root (app.py) builds the panes with their services; panes that are not
given (tests of one part) fall back to a plain placeholder.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from workstation import __version__
from workstation.runner.tasks import TaskRunner
from workstation.services.orders import OrderService
from workstation.ui.panes.orders.pane import OrdersPane
from workstation.ui.panes.placeholder import activities_pane, purchase_pane


def short_database_label(url: str) -> str:
    """"workstation.sqlite3" for a SQLite file, "PostgreSQL app@db1/warehouse" for a server: the URL
    as `render_as_string(hide_password=True)` gives it, shortened for the status bar."""
    scheme, _, rest = url.partition("://")
    if scheme.startswith("sqlite"):
        name = rest.rstrip("/").rsplit("/", 1)[-1]
        return name or url
    if scheme.startswith("postgresql"):
        where = rest.split("?", 1)[0]
        user, _, server = where.rpartition("@")
        user = user.split(":", 1)[0]
        host, _, database = server.partition("/")
        host = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
        return f"PostgreSQL {user + '@' if user else ''}{host}/{database}".rstrip("/")
    return url


class MainWindow(QMainWindow):
    def __init__(self, orders: OrderService, runner: TaskRunner, settings: QSettings,
                 database_label: str, parent: QWidget | None = None, *,
                 purchase: QWidget | None = None, activities: QWidget | None = None,
                 warehouse: QWidget | None = None, status_widget: QWidget | None = None,
                 settings_dialog_factory: Callable[[QWidget], QDialog] | None = None,
                 audit_dialog_factory: Callable[..., QDialog] | None = None,
                 on_close: Callable[[], None] | None = None):
        super().__init__(parent)
        self._runner = runner
        self._settings = settings
        self._settings_dialog_factory = settings_dialog_factory
        self._on_close = on_close
        self.settings_dialog: QDialog | None = None
        # audit_dialog_factory(parent, order_id=..., line_ids=...) -> ui.dialogs.audit.AuditDialog
        self._audit_dialog_factory = audit_dialog_factory
        self.audit_dialog: Any = None
        self._shown_order = ""  # the order last opened in a pane: what "Audit of this order" means
        self.setWindowTitle(self.tr("Warehouse workstation"))
        self.setMinimumSize(900, 600)

        self.orders_pane = OrdersPane(orders, runner)
        self.purchase_pane: Any = purchase or purchase_pane()
        self.activities_pane: Any = activities or activities_pane()
        self.warehouse_pane: Any = warehouse
        self.panes = QTabWidget()
        self.panes.addTab(self.orders_pane, self.tr("Orders"))
        self.panes.addTab(self.purchase_pane, self.tr("Purchase"))
        self.panes.addTab(self.activities_pane, self.tr("Activities"))
        if warehouse is not None:
            self.panes.addTab(warehouse, self.tr("Warehouse"))
        self.setCentralWidget(self.panes)

        self.status_widget = status_widget
        if status_widget is not None:
            self.statusBar().addPermanentWidget(status_widget)
        # The database in a few words (its file name, or the server and database); the whole URL on
        # hover: a long path took the room the status messages need
        self.db_label = QLabel(short_database_label(database_label))
        self.db_label.setToolTip(database_label)
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.db_label)
        # A message too long for what the permanent widgets leave is clipped by QStatusBar: the whole
        # text is the status bar's tooltip while it shows
        self.statusBar().messageChanged.connect(lambda text: self.statusBar().setToolTip(text))
        self._build_menus()
        self._connect_signals()
        self._restore_state()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        view_menu.addAction(self.refresh_action)
        self.pane_actions = []
        for i in range(self.panes.count()):
            action = QAction(self.panes.tabText(i), self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _checked=False, i=i: self.panes.setCurrentIndex(i))
            view_menu.addAction(action)
            self.pane_actions.append(action)
        self.find_action = QAction(self.tr("&Find order"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        view_menu.addAction(self.find_action)
        view_menu.addSeparator()
        self.audit_action = QAction(self.tr("A&udit of this order or lines…"), self)
        self.audit_action.setShortcut(QKeySequence("Ctrl+Shift+U"))
        self.audit_all_action = QAction(self.tr("Audit of &everything…"), self)
        for action in (self.audit_action, self.audit_all_action):
            action.setEnabled(self._audit_dialog_factory is not None)
            view_menu.addAction(action)

        plugins_menu = self.menuBar().addMenu(self.tr("&Plugins"))
        autopurchase_menu = plugins_menu.addMenu(self.tr("&AutoPurchase"))
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setEnabled(self._settings_dialog_factory is not None)
        autopurchase_menu.addAction(self.settings_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About"), self)
        help_menu.addAction(self.about_action)

    def _connect_signals(self) -> None:
        self.quit_action.triggered.connect(self.close)
        self.refresh_action.triggered.connect(self.orders_pane.refresh)
        self.find_action.triggered.connect(self._on_find_triggered)
        self.about_action.triggered.connect(self._on_about_triggered)
        self.settings_action.triggered.connect(self._on_settings_triggered)
        self.audit_action.triggered.connect(self._on_audit_triggered)
        self.audit_all_action.triggered.connect(lambda: self.show_audit())
        purchase, activities, warehouse = self.purchase_pane, self.activities_pane, self.warehouse_pane
        self.orders_pane.order_opened.connect(self._on_order_opened)
        if hasattr(purchase, "order_shown"):
            purchase.order_shown.connect(self._on_order_opened)
        for pane in (purchase, warehouse):
            if hasattr(pane, "audit_requested"):  # a pane's "Audit…" on an order or its lines
                pane.audit_requested.connect(self.show_audit)
        if hasattr(purchase, "show_order"):
            self.orders_pane.order_opened.connect(purchase.show_order)
            self.refresh_action.triggered.connect(purchase.refresh)
        if hasattr(activities, "open_window"):
            activities.waiting_count_changed.connect(self._on_waiting_count_changed)
            self.refresh_action.triggered.connect(activities.refresh)
            if hasattr(purchase, "activity_started"):
                purchase.activity_started.connect(activities.open_window)
        if warehouse is not None:
            warehouse.status_message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
            warehouse.attention_wanted.connect(lambda: self.panes.setCurrentWidget(warehouse))
            warehouse.jump_to_lines.connect(self._on_warehouse_jump_to_lines)
            # what a receipt changed reaches the Orders pane as a change record (ui/changes.py)

    def _on_order_opened(self, order_id: str) -> None:
        self._shown_order = order_id

    def _on_audit_triggered(self) -> None:
        """The audit of the lines chosen in the purchase pane, else of the order on screen."""
        purchase = self.purchase_pane
        chosen = purchase.selected_lines() if (self.panes.currentWidget() is purchase
                                                and hasattr(purchase, "selected_lines")) else []
        if chosen:
            self.show_audit(chosen[0].order_id, [line.id for line in chosen])
        else:
            self.show_audit(self._shown_order)

    def show_audit(self, order_id: str = "", line_ids: Any = ()) -> None:
        """Open (or bring up) the Audit view on an order, some of its lines, or everything."""
        if self._audit_dialog_factory is None:
            return
        if self.audit_dialog is not None and shiboken6.isValid(self.audit_dialog):
            self.audit_dialog.show_scope(order_id, list(line_ids or ()))
        else:
            self.audit_dialog = self._audit_dialog_factory(self, order_id=order_id, line_ids=list(line_ids or ()))
            self.audit_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.audit_dialog.show()
        self.audit_dialog.raise_()
        self.audit_dialog.activateWindow()

    def _on_warehouse_jump_to_lines(self, result: Any) -> None:
        self.panes.setCurrentWidget(self.orders_pane)
        self.orders_pane.show_lines(result)

    def _on_waiting_count_changed(self, count: int) -> None:
        index = self.panes.indexOf(self.activities_pane)
        self.panes.setTabText(index, self.tr("Activities ({0} waiting)").format(count) if count
                              else self.tr("Activities"))
        self.panes.tabBar().setTabTextColor(index, Qt.GlobalColor.darkRed if count else
                                            self.panes.tabBar().palette().windowText().color())

    def _on_find_triggered(self) -> None:
        self.panes.setCurrentWidget(self.orders_pane)
        self.orders_pane.tabs.setCurrentIndex(0)
        self.orders_pane.order_search.field.setFocus()
        self.orders_pane.order_search.field.selectAll()

    def _on_settings_triggered(self) -> None:
        if self._settings_dialog_factory is None:
            return
        if self.settings_dialog is not None and shiboken6.isValid(self.settings_dialog):
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return
        self.settings_dialog = self._settings_dialog_factory(self)
        self.settings_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.settings_dialog.show()

    def _on_about_triggered(self) -> None:
        QMessageBox.about(self, self.tr("About"), self.tr(
            "Warehouse workstation {0}\nBooks, synchronises and receives purchases from "
            "Taobao Global and 1688.com.").format(__version__))

    def _restore_state(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1440, 900)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.sync()
        if self._on_close is not None:
            self._on_close()
        self._runner.shutdown(5_000)
        super().closeEvent(event)
