"""The main window: composes the panes and wires their signals; holds no logic of its own."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from workstation import __version__
from workstation.runner.tasks import TaskRunner
from workstation.services.orders import OrderService
from workstation.ui.panes.orders.pane import OrdersPane
from workstation.ui.panes.placeholder import activities_pane, purchase_pane


class MainWindow(QMainWindow):
    def __init__(self, orders: OrderService, runner: TaskRunner, settings: QSettings,
                 database_label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._runner = runner
        self._settings = settings
        self.setWindowTitle(self.tr("Warehouse workstation"))
        self.setMinimumSize(900, 600)

        self.orders_pane = OrdersPane(orders, runner)
        self.purchase_pane = purchase_pane()
        self.activities_pane = activities_pane()
        self.panes = QTabWidget()
        self.panes.addTab(self.orders_pane, self.tr("Orders"))
        self.panes.addTab(self.purchase_pane, self.tr("Purchase"))
        self.panes.addTab(self.activities_pane, self.tr("Activities"))
        self.setCentralWidget(self.panes)

        self.db_label = QLabel(database_label)
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.db_label)
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
        for i, name in enumerate((self.tr("Orders"), self.tr("Purchase"), self.tr("Activities"))):
            action = QAction(name, self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _checked=False, i=i: self.panes.setCurrentIndex(i))
            view_menu.addAction(action)
            self.pane_actions.append(action)
        self.find_action = QAction(self.tr("&Find order"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        view_menu.addAction(self.find_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About"), self)
        help_menu.addAction(self.about_action)

    def _connect_signals(self) -> None:
        self.quit_action.triggered.connect(self.close)
        self.refresh_action.triggered.connect(self.orders_pane.refresh)
        self.find_action.triggered.connect(self._on_find_triggered)
        self.about_action.triggered.connect(self._on_about_triggered)

    def _on_find_triggered(self) -> None:
        self.panes.setCurrentWidget(self.orders_pane)
        self.orders_pane.tabs.setCurrentIndex(0)
        self.orders_pane.order_search.field.setFocus()
        self.orders_pane.order_search.field.selectAll()

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
        self._runner.shutdown(5_000)
        super().closeEvent(event)
