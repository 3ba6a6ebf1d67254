"""The Warehouse pane: scan outcomes, receiving, labels, unmatched parcels and parcels to customers.

Scans arrive through the shared ScanRouter (lookups off the GUI thread, outcomes in scan
order); a large banner and a sound say found / already received / not found. In
receiving mode a scan shows the parcel's lines to count; otherwise the pane asks the
window to jump to them in "By goods" (`jump_to_lines`). GUI thread only.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.runner.tasks import TaskRunner
from workstation.scanner.labels import LineLabel
from workstation.services.audit import Actor
from workstation.services.dto import LineRow, LookupResult
from workstation.services.errors import UserFacingError
from workstation.services.orders import OrderService
from workstation.services.warehouse import (
    MatchedScan,
    ParcelService,
    ReceiptResult,
    ReceiveLine,
    ReceivingService,
)
from workstation.ui.feedback import BAD, GOOD, INFO, WARN, Feedback, FeedbackBanner
from workstation.ui.panes.orders.model import readable_config
from workstation.ui.panes.warehouse.journal import JournalView
from workstation.ui.panes.warehouse.label_preview import LabelPreview
from workstation.ui.panes.warehouse.parcel import ParcelSection
from workstation.ui.panes.warehouse.receiving import ReceivingPanel
from workstation.ui.panes.warehouse.scanner_test import ScannerTestPage
from workstation.ui.panes.warehouse.unmatched import UnmatchedList
from workstation.ui.scan_router import (
    ALREADY,
    DUPLICATE,
    FAILED,
    FOUND,
    NOT_FOUND,
    ScanOutcome,
    ScanRouter,
    received_so_far,
)

log = logging.getLogger(__name__)
_KIND_NAMES = {"waybill": "Waybill", "provider_order": "Marketplace order", "label": "Line label",
               "order": "Order"}
_DONE = ("received", "packed", "sent_to_customer", "cancelled")


def line_label(line: LineRow, qty: int) -> LineLabel:
    return LineLabel(line.label, line.order_id, line.line_num, line.title_orig,
                     readable_config(line.config_text_orig), qty)


class WarehousePane(QWidget):
    jump_to_lines = Signal(object)  # LookupResult: show and highlight these lines in "By goods"
    status_message = Signal(str)  # for the window's status bar
    received = Signal(object)  # ReceiptResult
    matched_later = Signal(object)  # list[MatchedScan], after on_sync_finished
    attention_wanted = Signal()  # a scan in receiving mode: the window should show this pane

    def __init__(self, orders: OrderService, receiving: ReceivingService, parcels: ParcelService,
                 task_runner: TaskRunner, scan_router: ScanRouter, parent: QWidget | None = None, *,
                 actor: Actor | None = None, sound_enabled: bool = True, use_multimedia: bool = True,
                 receiving_mode: bool = True):
        super().__init__(parent)
        self._orders, self._receiving, self._runner = orders, receiving, task_runner
        self.router = scan_router
        self.actor = actor or scan_router.actor
        self.banner = FeedbackBanner()
        self.feedback = Feedback(self.banner, self, sound_enabled=sound_enabled,
                                 use_multimedia=use_multimedia)
        self.code_field = QLineEdit()
        self.code_field.setPlaceholderText(self.tr("Label unreadable? Type the code and press Enter"))
        self.find_button = QPushButton(self.tr("Find"))
        self.receiving_mode = QCheckBox(self.tr("Receiving mode"))
        self.receiving_mode.setChecked(receiving_mode)  # remembered in the INI by app.py
        self.receiving_mode.setToolTip(self.tr("On: a scan shows the parcel's lines here to count. "
                                               "Off: a scan jumps to the lines in \u201cBy goods\u201d."))
        self.sound = QCheckBox(self.tr("Sound"))
        self.sound.setChecked(sound_enabled)
        self.show_button = QPushButton(self.tr("Show in \u201cBy goods\u201d"))
        self.show_button.setEnabled(False)
        self.receiving = ReceivingPanel(receiving, task_runner, self.actor, use_camera=use_multimedia)
        self.receiving.banner.hide()  # the pane's banner says it louder
        self.labels = LabelPreview()
        self.parcel_hint = QPushButton()
        self.parcel_hint.hide()
        self.unmatched = UnmatchedList(scan_router.scans.matching, task_runner, self.actor,
                                       photos=receiving.photos_of)
        self.journal = JournalView(scan_router.scans, task_runner)
        self.refresh_unmatched_button = QPushButton(self.tr("Refresh"))
        self.parcel = ParcelSection(orders, receiving, parcels, task_runner, self.actor)
        self.scanner_test = ScannerTestPage()
        self.tabs = QTabWidget()
        self._unmatched_timer = QTimer(self)
        self._unmatched_timer.setSingleShot(True)
        self._unmatched_timer.setInterval(250)  # a run of unknown codes reloads the list once
        self._fully_received: list[str] = []
        self.busy = 0
        self._build_layout()
        self._connect_signals()
        self.banner.show_state(INFO, self.tr("Ready: scan a parcel's waybill."))
        self.refresh_unmatched()

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Code:")))
        bar.addWidget(self.code_field, 1)
        bar.addWidget(self.find_button)
        bar.addSpacing(12)
        bar.addWidget(self.receiving_mode)
        bar.addWidget(self.sound)
        bar.addWidget(self.show_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Labels for the received lines")))
        right_layout.addWidget(self.labels, 1)
        right_layout.addWidget(self.parcel_hint)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.receiving)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([900, 380])
        unmatched = QWidget()
        unmatched_layout = QVBoxLayout(unmatched)
        unmatched_layout.addWidget(self.unmatched, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.refresh_unmatched_button)
        unmatched_layout.addLayout(row)
        self.tabs.addTab(split, self.tr("Receiving"))
        self.tabs.addTab(unmatched, self.tr("Unmatched parcels"))
        self.tabs.addTab(self.journal, self.tr("Scans"))
        self.tabs.addTab(self.parcel, self.tr("Parcel"))
        self.tabs.addTab(self.scanner_test, self.tr("Test scanner"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        self._layout = layout

    def add_bar(self, widget: QWidget) -> None:
        """A bar above the tabs, under the banner (OT mode: the changes not sent to OT Box)."""
        self._layout.insertWidget(1, widget)

    def _connect_signals(self) -> None:
        self.router.outcome.connect(self._on_router_outcome)
        self.router.journalled.connect(self.journal.on_journalled)
        self.code_field.returnPressed.connect(self._on_find_clicked)
        self.find_button.clicked.connect(self._on_find_clicked)
        self.sound.toggled.connect(lambda on: setattr(self.feedback, "sound_enabled", on))
        self.show_button.clicked.connect(self._on_show_clicked)
        self.receiving.confirmed.connect(self.receive)
        self.receiving.kept.connect(lambda row: (self._say(INFO, self.tr("{0} kept as an unmatched parcel "
                                                                         "with your note").format(row.code)),
                                                 self.refresh_unmatched()))
        self.refresh_unmatched_button.clicked.connect(self.refresh_unmatched)
        self._unmatched_timer.timeout.connect(self.refresh_unmatched)
        self.parcel.capture_wanted.connect(
            lambda on: self.router.set_capture(self.parcel.take_tracking if on else None))
        self.parcel.message.connect(lambda text: self._say(GOOD, text))
        self.parcel_hint.clicked.connect(self._on_parcel_hint_clicked)

    def attach_scanner_test(self, wedge: object) -> None:
        """Show the wedge scanner's raw keys on the "Test scanner" tab."""
        self.scanner_test.attach(wedge)  # type: ignore[arg-type]

    # -- scans --------------------------------------------------------------------------

    def _on_find_clicked(self) -> None:
        code = self.code_field.text().strip()
        if code:
            self.code_field.clear()
            self.router.submit(code, source="typed")

    def _on_router_outcome(self, o: ScanOutcome) -> None:
        result = o.result
        if o.kind in (FOUND, ALREADY) and result is not None:
            kind = self.tr(_KIND_NAMES.get(result.kind, result.kind))
            orders = len({li.order_id for li in result.lines})
            if o.kind == FOUND:
                self._say(GOOD, self.tr("Found \u2014 {0} {1}: %n line(s) in {2} order(s)", "",
                                        len(result.lines)).format(kind, result.code, orders))
            else:
                self._say(WARN, self.tr("Already received \u2014 {0} {1} (%n line(s))", "",
                                        len(result.lines)).format(kind, result.code))
            self._show_result(result, o)
        elif o.kind == NOT_FOUND:
            self._say(BAD, self.tr("Not found \u2014 {0}: kept as an unmatched parcel").format(o.code))
            self.labels.show_labels([])  # the previous receipt's labels are not this parcel's
            if result is not None:
                self.receiving.show_lookup(result, unmatched_id=o.unmatched.id if o.unmatched else None)
            self._unmatched_timer.start()
            if self.receiving_mode.isChecked():
                self.attention_wanted.emit()
        elif o.kind == FAILED:
            self._say(BAD, self.tr("Could not look up {0} ({1}); kept as an unmatched parcel")
                      .format(o.code, o.error))
            self.labels.show_labels([])
            self._unmatched_timer.start()
        elif o.kind == DUPLICATE:
            self._say(INFO, self.tr("Scanned twice \u2014 {0} counted once").format(o.code))
        if not o.saved:
            self._say(BAD, self.tr("{0} could not be saved ({1}). It is kept and saved with the next "
                                   "scan; do not put the parcel away yet.").format(o.code, o.error))

    def _show_result(self, result: LookupResult, o: ScanOutcome) -> None:
        self.show_button.setEnabled(True)
        if self.tabs.currentWidget() is self.parcel:
            self.parcel.load_order(result.lines[0].order_id)  # a scanned line label picks the order
            return
        if self.receiving_mode.isChecked():
            self.receiving.show_lookup(result, o.received_so_far)
            self.tabs.setCurrentIndex(0)
            self.attention_wanted.emit()
        else:
            self.jump_to_lines.emit(result)

    def _say(self, state: str, text: str) -> None:
        self.feedback.signal(state, text)
        self.status_message.emit(text)

    def _on_show_clicked(self) -> None:
        if self.receiving.result is not None and self.receiving.result.lines:
            self.jump_to_lines.emit(self.receiving.result)

    # -- receiving ----------------------------------------------------------------------

    def receive(self, waybill: str, lines: Sequence[ReceiveLine]) -> None:
        """Record the counted quantities (a discrepancy is recorded, never refused), then labels."""
        shown = self.receiving.result
        by_id = {li.id: li for li in shown.lines} if shown else {}
        receiving, orders, actor = self._receiving, self._orders, self.actor.copy()  # who clicked, now
        key = self.receiving.confirmation  # one per scanned parcel: a repeated Confirm records nothing
        self.busy += 1

        def op() -> tuple[ReceiptResult, list[str]]:
            receipt = receiving.receive(lines, clerk=actor.user, workstation=actor.workstation,
                                        waybill=waybill or None, confirmation=key, by=actor)
            complete = [oid for oid in receipt.orders
                        if all(li.status in _DONE for li in orders.order_detail(oid).lines)]
            return receipt, complete

        self._runner.run(op, lambda r: self._on_received(r, by_id, key),
                         lambda exc, tb: self._on_failed(exc, tb, counted=True), lane="write")

    def _on_received(self, done: tuple[ReceiptResult, list[str]], by_id: dict[int, LineRow],
                     key: str = "") -> None:
        self.busy -= 1
        receipt, complete = done
        shown = self.receiving.on_receipt(receipt, key)  # False: another parcel is shown by now
        units = sum(li.qty_received for li in receipt.lines)
        text = self.tr("Received %n line(s), {0} unit(s), for {1}", "", len(receipt.lines)).format(
            units, ", ".join(receipt.orders))
        if receipt.discrepancies:
            text += self.tr("; {0} discrepancy(ies) recorded").format(len(receipt.discrepancies))
        self._say(WARN if receipt.discrepancies else GOOD, text)
        self.labels.show_labels([line_label(by_id[li.line_id], li.qty_received)
                                 for li in receipt.lines if li.qty_received > 0 and li.line_id in by_id])
        self._fully_received = complete
        if complete:
            self.parcel_hint.setText(self.tr("{0}: every line received \u2014 form the parcel")
                                     .format(", ".join(complete)))
        self.parcel_hint.setVisible(bool(complete))
        self.received.emit(receipt)
        code = receipt.waybill or (self.receiving.result.code if self.receiving.result else "")
        if code and shown:  # show the parcel as it is now: received, nothing left to count
            self._reload_lookup(code)

    def _reload_lookup(self, code: str) -> None:
        orders, receiving, key = self._orders, self._receiving, self.receiving.confirmation

        def op() -> tuple[LookupResult, dict[int, int]]:
            result = orders.lookup(code)
            return result, received_so_far(result, receiving.received_so_far([li.id for li in result.lines]))

        self._runner.run(op, lambda r: self.receiving.show_confirmed(*r, confirmation=key), self._on_failed,
                         lane="read")

    def _on_parcel_hint_clicked(self) -> None:
        if self._fully_received:
            self.tabs.setCurrentWidget(self.parcel)
            self.parcel.load_order(self._fully_received[0])

    def _on_failed(self, exc: BaseException, tb: str, *, counted: bool = False) -> None:
        if counted:
            self.busy -= 1
            self.receiving.on_receipt_failed()
        if isinstance(exc, UserFacingError):
            self._say(BAD, str(exc))
        else:
            log.error("warehouse work failed: %s\n%s", exc, tb)
            self._say(BAD, self.tr("Something went wrong: {0}").format(exc))

    # -- unmatched parcels --------------------------------------------------------------

    def refresh_unmatched(self) -> None:
        self.unmatched.refresh()

    def on_sync_finished(self) -> None:
        """Connect to the end of an activity. The service layer matched waiting parcels already
        (after the sync itself, and on every background tick for other stations' syncs); this
        only catches anything left and reloads the list, which keeps matched rows until dismissed."""
        self.busy += 1
        self.unmatched.match_now(self._on_matched)

    def _on_matched(self, matched: list[MatchedScan]) -> None:
        self.busy -= 1
        self.unmatched.show_matched(matched)
        if matched:
            self._say(INFO, self.tr("%n waiting parcel(s) matched after synchronisation \u2014 see "
                                    "\u201cUnmatched parcels\u201d", "", len(matched)))
        self.matched_later.emit(matched)
