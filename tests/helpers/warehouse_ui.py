"""A main window holding the Warehouse pane, real services on SQLite, a real wedge and real threads."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.helpers.db import FIXED_NOW
from tests.helpers.warehouse import Clock
from tests.keys import Keyboard  # noqa: F401 - shared; the tests here import it from this module
from workstation.runner.tasks import TaskRunner
from workstation.scanner.burst import BurstSettings
from workstation.scanner.wedge import WedgeScanner
from workstation.services import demo
from workstation.services.audit import Actor
from workstation.services.orders import OrderService
from workstation.services.warehouse import ParcelService, ReceivingService
from workstation.store.database import Database
from workstation.ui.panes.warehouse.pane import WarehousePane
from workstation.ui.scan_router import ScanOutcome, ScanRouter

ACTOR = Actor("clerk1", "ws-test")


@dataclass
class Floor:
    window: QMainWindow
    pane: WarehousePane
    field: QLineEdit  # a focused field elsewhere in the window (a note, a search)
    button: QPushButton
    router: ScanRouter
    wedge: WedgeScanner
    runner: TaskRunner
    db: Database
    orders: OrderService
    receiving: ReceivingService
    parcels: ParcelService
    clock: Clock
    outcomes: list[ScanOutcome]


@pytest.fixture
def floor(qtbot: QtBot, qapp: QApplication, sqlite_db: Database) -> Iterator[Floor]:
    demo.generate(sqlite_db, orders=80, now=FIXED_NOW)
    clock = Clock()
    orders, receiving, parcels = OrderService(sqlite_db), ReceivingService(sqlite_db, clock), \
        ParcelService(sqlite_db, clock)
    runner = TaskRunner()
    ticks = itertools.count()
    # Scan times a microsecond apart from the fixed clock: unmatched codes keep their scan order.
    router = ScanRouter(orders, receiving, runner, actor=ACTOR,
                        clock=lambda: clock.now + timedelta(microseconds=next(ticks)))
    wedge = WedgeScanner(BurstSettings(duplicate_window_ms=1000), platform="xcb")
    router.attach(wedge)
    window = QMainWindow()
    pane = WarehousePane(orders, receiving, parcels, runner, router, actor=ACTOR, use_multimedia=False)
    pane.attach_scanner_test(wedge)
    central = QWidget()
    layout = QVBoxLayout(central)
    field, button = QLineEdit(), QPushButton("+1")
    button.setAutoDefault(True)
    layout.addWidget(field)
    layout.addWidget(button)
    layout.addWidget(pane, 1)
    window.setCentralWidget(central)
    window.resize(1400, 860)
    qtbot.addWidget(window)
    window.show()
    outcomes: list[ScanOutcome] = []
    router.outcome.connect(outcomes.append)
    wedge.install(qapp)
    try:
        yield Floor(window, pane, field, button, router, wedge, runner, sqlite_db, orders, receiving,
                    parcels, clock, outcomes)
    finally:
        wedge.uninstall(qapp)
        runner.shutdown(5_000)
