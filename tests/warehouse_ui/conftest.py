"""A main window holding the Warehouse pane, real services on SQLite, a real wedge and real threads."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.conftest import FIXED_NOW
from tests.warehouse.conftest import Clock
from workstation.runner.tasks import TaskRunner
from workstation.scanner.burst import BurstSettings
from workstation.scanner.layout import fold_char, us_scan_code
from workstation.scanner.wedge import WedgeScanner
from workstation.services import demo
from workstation.services.audit import Actor
from workstation.services.orders import OrderService
from workstation.services.warehouse import ParcelService, ReceivingService
from workstation.store.database import Database
from workstation.ui.panes.warehouse.pane import WarehousePane
from workstation.ui.scan_router import ScanOutcome, ScanRouter

ACTOR = Actor("clerk1", "ws-test")


class Keyboard:
    """Real QKeyEvents with the timestamps a scanner (or a person) makes."""

    def __init__(self) -> None:
        self.now = 10_000

    def press(self, target: QWidget, ch: str, *, gap: int, native: bool = False) -> None:
        self.now += gap
        if ch == "\r":
            key, text = Qt.Key.Key_Return, "\r"
        elif ch.isdigit():
            key, text = Qt.Key(Qt.Key.Key_0.value + int(ch)), ch
        elif ch.isascii() and ch.isalpha():
            key, text = Qt.Key(ord(ch.upper())), ch
        else:
            key, text = Qt.Key.Key_unknown, ch
        mods = Qt.KeyboardModifier.ShiftModifier if ch.isupper() else Qt.KeyboardModifier.NoModifier
        scan_code = 0
        if native:
            found = us_scan_code(fold_char(ch))
            scan_code = found[0] + 8 if found else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, mods, scan_code, 0, 0, text)
            event.setTimestamp(self.now)
            QApplication.sendEvent(target, event)

    def type(self, target: QWidget, text: str, *, gap: int, native: bool = False) -> None:
        for ch in text:
            self.press(target, ch, gap=gap, native=native)

    def scan(self, target: QWidget, code: str, *, gap: int = 4) -> None:
        self.now += 400  # a pause between parcels
        self.type(target, code + "\r", gap=gap)


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
