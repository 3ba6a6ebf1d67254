"""The receiving panel: after a scan, the parcel's lines with expected quantities to confirm.

Given a lookup result it shows what the code found (or that it found nothing, or that the
parcel was received already), lets the clerk count each line (zero until counted, so a
missing item is noticed) and emits `confirmed(waybill, lines)`; the caller runs the
receipt through the services with `confirmation`, one key per scanned parcel, so a
repeated Confirm records nothing twice. Lines that cannot arrive now (cancelled, not
bought yet) are greyed with their reason and never block the others. Counts typed and
not confirmed are held when the next parcel is scanned (a bar says so and brings them
back); Confirm with nothing counted asks first. "Keep as unmatched…" keeps the parcel
with a note and a photo. GUI thread only.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.runner.tasks import TaskRunner
from workstation.services.audit import Actor
from workstation.services.dto import LookupResult
from workstation.services.errors import UserFacingError
from workstation.services.warehouse import (
    ReceiptResult,
    ReceiveLine,
    ReceivingService,
    UnmatchedRow,
)
from workstation.services.warehouse.receiving import blocked_reason
from workstation.ui.dialogs.keep_unmatched import KeepUnmatchedDialog
from workstation.ui.look import attention_bar_style
from workstation.ui.panes.warehouse.model import (
    RECEIVED_COLUMN,
    RECEIVING_COLUMNS,
    ReceivingModel,
    ReceivingRow,
)
from workstation.ui.views import make_table

log = logging.getLogger(__name__)
_STATE_STYLE = {
    "found": "background:#e8f5e9; color:#1b5e20; border:1px solid #a5d6a7;",
    "none": "background:#ffebee; color:#b71c1c; border:1px solid #ef9a9a;",
    "received": "background:#fff8e1; color:#8d6e00; border:1px solid #ffe082;",
    "blocked": "background:#fff8e1; color:#8d6e00; border:1px solid #ffe082;",
    "confirmed": "background:#e3f2fd; color:#0d47a1; border:1px solid #90caf9;",
    "idle": "background:#eceff1; color:#37474f; border:1px solid #cfd8dc;",
}
_KIND_NAMES = {"waybill": "Waybill", "provider_order": "Marketplace order", "label": "Line label",
               "order": "Order"}


@dataclass(frozen=True)
class Held:
    """A parcel counted but not confirmed when the next one was scanned."""

    result: LookupResult
    rows: tuple[ReceivingRow, ...]
    confirmation: str

    @property
    def units(self) -> int:
        return sum(r.received for r in self.rows if r.countable)


class ReceivingPanel(QWidget):
    confirmed = Signal(str, object)  # waybill (or the scanned code), tuple[ReceiveLine, ...]
    kept = Signal(object)  # UnmatchedRow: a parcel kept as unmatched with a note (and a photo)
    held_changed = Signal(int)  # how many counted parcels wait for their Confirm

    def __init__(self, receiving: ReceivingService | None = None, runner: TaskRunner | None = None,
                 actor: Actor | None = None, parent: QWidget | None = None, *, use_camera: bool = True,
                 dialog_factory: Callable[..., KeepUnmatchedDialog] = KeepUnmatchedDialog):
        super().__init__(parent)
        self._receiving, self._runner, self._actor = receiving, runner, actor or Actor.local()
        self._use_camera = use_camera
        self._dialog_factory = dialog_factory
        self._result: LookupResult | None = None
        self._before: Mapping[int, int] = {}
        self._unmatched_id: int | None = None
        self._held: dict[str, Held] = {}
        self.confirmation = ""  # the key of the Confirm of the parcel shown
        self.is_confirmed = False
        self.keep_dialog: KeepUnmatchedDialog | None = None
        self.question: QMessageBox | None = None
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setMargin(10)
        font = self.banner.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.banner.setFont(font)
        self.held_bar = QWidget()
        self.held_bar.setObjectName("held")
        self.held_bar.setStyleSheet(attention_bar_style("held"))
        self.held_label = QLabel()
        self.held_label.setWordWrap(True)
        self.held_buttons = QHBoxLayout()
        held_layout = QHBoxLayout(self.held_bar)
        held_layout.setContentsMargins(8, 4, 8, 4)
        held_layout.addWidget(self.held_label, 1)
        held_layout.addLayout(self.held_buttons)
        self.held_bar.hide()
        self.model = ReceivingModel(RECEIVING_COLUMNS)
        self.table = make_table(self.model)
        self.table.setEditTriggers(self.table.EditTrigger.AllEditTriggers)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        self.menu: QMenu | None = None
        self.waybill_dialog: QInputDialog | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.keep_button = QPushButton(self.tr("Keep as unmatched\u2026"))
        self.keep_button.setToolTip(self.tr("Put the parcel on the unmatched shelf with a note and a photo"))
        self.fill_button = QPushButton(self.tr("All as expected"))
        self.confirm_button = QPushButton(self.tr("Confirm receipt"))
        self.fill_button.clicked.connect(self.model.fill_expected)
        self.confirm_button.clicked.connect(self._on_confirm_clicked)
        self.keep_button.clicked.connect(self.open_keep_dialog)
        self.model.dataChanged.connect(lambda *_: self._update_summary())
        self.model.modelReset.connect(self._update_summary)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.fill_button)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.held_bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._set_state("idle", self.tr("Scan a parcel's waybill to receive it."))
        self._update_summary()

    @property
    def result(self) -> LookupResult | None:
        return self._result

    @property
    def held(self) -> dict[str, Held]:
        return dict(self._held)

    # -- showing ------------------------------------------------------------------------

    def show_lookup(self, result: LookupResult, received_so_far: Mapping[int, int] | None = None, *,
                    fresh: bool = True, unmatched_id: int | None = None) -> None:
        """Show what a scan found; `received_so_far` maps line id to units received before.

        `fresh` (a new scan): the parcel shown with counts not confirmed is held first, and a
        held parcel scanned again gets its counts back. Not fresh (the reload after Confirm):
        the same parcel, shown as confirmed. `unmatched_id`: the row a "not found" scan kept."""
        before = received_so_far or {}
        if fresh:
            self._hold_current()
        rows = [ReceivingRow(line, 0 if blocked_reason(line.status) else max(line.qty - before.get(line.id, 0), 0),
                             blocked=blocked_reason(line.status)) for line in result.lines]
        rows = [replace(r, blocked="") if r.already_received else r for r in rows]
        held = self._held.pop(result.code, None) if fresh else None
        if held is not None:  # counted before, not confirmed: the counts come back
            counts = {r.line.id: r.received for r in held.rows}
            rows = [replace(r, received=min(counts.get(r.line.id, 0), 9999)) if r.countable else r for r in rows]
            self._update_held()
        if fresh:
            self.confirmation = held.confirmation if held else uuid.uuid4().hex
            self.is_confirmed = False
        self._result, self._before, self._unmatched_id = result, before, unmatched_id
        self.model.set_locked(self.is_confirmed)
        self.model.set_rows(rows)
        kind = self.tr(_KIND_NAMES.get(result.kind, result.kind))
        if not rows:
            self._set_state("none", self.tr(
                "{0} matches nothing. It is kept in the unmatched parcels and will be matched "
                "when a synchronisation brings its line.").format(result.code))
            return
        orders = len({r.line.order_id for r in rows})
        blocked = sum(1 for r in rows if r.blocked)
        if self.is_confirmed:
            self._set_state("confirmed", self.tr("{0} {1}: receipt confirmed. Scan it again to count what "
                                                 "else arrives.").format(kind, result.code))
        elif all(r.already_received for r in rows):
            self._set_state("received", self.tr("{0} {1} was received already ({2} line(s)).")
                            .format(kind, result.code, len(rows)))
        elif not any(r.countable for r in rows):
            self._set_state("blocked", self.tr(
                "{0} {1}: none of its {2} line(s) can be received now (cancelled or not bought yet). "
                "Keep the parcel as unmatched with a note.").format(kind, result.code, len(rows)))
        else:
            text = self.tr("{0} {1}: %n line(s) in {2} order(s). Count what arrived.", "",
                           len(rows)).format(kind, result.code, orders)
            if blocked:
                text += " " + self.tr("%n greyed line(s) are not counted.", "", blocked)
            self._set_state("found", text)
            first = next(n for n, r in enumerate(rows) if r.countable)
            self.table.setCurrentIndex(self.model.index(first, RECEIVED_COLUMN))
        if held is not None:
            self.summary.setText(self.tr("Your counts from before are back: check them and confirm."))

    def show_confirmed(self, result: LookupResult, received_so_far: Mapping[int, int] | None = None, *,
                       confirmation: str = "") -> None:
        """The parcel again after its receipt: read-only, Confirm off until it is scanned again.
        Ignored when another scan came meanwhile (`confirmation` is not the one shown)."""
        if confirmation and confirmation != self.confirmation:
            return
        self.is_confirmed = True
        self.show_lookup(result, received_so_far, fresh=False)

    def clear(self) -> None:
        self._result = None
        self.model.set_rows([])
        self._set_state("idle", self.tr("Scan a parcel's waybill to receive it."))

    def lines_to_receive(self) -> tuple[ReceiveLine, ...]:
        return tuple(ReceiveLine(r.line.id, r.received) for r in self.model.rows() if r.countable)

    def counted(self) -> int:
        """Units counted on the parcel shown and not confirmed yet."""
        return 0 if self.is_confirmed else sum(r.received for r in self.model.rows() if r.countable)

    # -- held counts ----------------------------------------------------------------------

    def _hold_current(self) -> None:
        result = self._result
        if result is None or not self.counted() or not result.code:
            return
        self._held[result.code] = Held(result, tuple(self.model.rows()), self.confirmation)
        self._update_held()

    def _update_held(self) -> None:
        while self.held_buttons.count():
            item = self.held_buttons.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for code, held in self._held.items():
            button = QPushButton(self.tr("Back to {0} (%n unit(s))", "", held.units).format(code))
            button.clicked.connect(lambda _=False, c=code: self.restore(c))
            self.held_buttons.addWidget(button)
        self.held_label.setText(self.tr("Counted but not confirmed \u2014 kept, not lost. Go back and "
                                        "confirm:", "", len(self._held)))
        self.held_bar.setVisible(bool(self._held))
        self.held_changed.emit(len(self._held))

    def restore(self, code: str) -> None:
        """Bring a held parcel back with its counts (the one shown is held in turn if counted)."""
        held = self._held.get(code)
        if held is not None:
            self.show_lookup(held.result, self._held_before(held))

    @staticmethod
    def _held_before(held: Held) -> dict[int, int]:
        return {r.line.id: max(r.line.qty - r.expected, 0) for r in held.rows}

    # -- confirming ---------------------------------------------------------------------

    def _set_state(self, state: str, text: str) -> None:
        self.state = state
        self.banner.setText(text)
        self.banner.setStyleSheet(f"QLabel {{ {_STATE_STYLE[state]} border-radius: 4px; }}")
        can_receive = state == "found"
        self.fill_button.setEnabled(can_receive)
        self.confirm_button.setEnabled(can_receive)
        self.keep_button.setEnabled(state in ("found", "blocked", "none") and self._receiving is not None)

    def _update_summary(self) -> None:
        rows = [r for r in self.model.rows() if r.countable]
        short = sum(1 for r in rows if r.received < r.expected)
        surplus = sum(1 for r in rows if r.received > r.expected)
        counted = any(r.received for r in rows)
        if self.is_confirmed or not rows:
            self.summary.setText("")
        elif not counted:  # zero until counted: not a discrepancy yet, just work to do
            self.summary.setText(self.tr("Nothing counted yet: type what arrived on each line, "
                                         "or \u201cAll as expected\u201d."))
        elif not short and not surplus:
            self.summary.setText(self.tr("All lines as expected."))
        else:
            self.summary.setText(self.tr("Shortage on {0} line(s), surplus on {1}: "
                                         "recorded as discrepancies.").format(short, surplus))
        blocked = sum(1 for r in self.model.rows() if r.blocked)
        if blocked and not self.is_confirmed:
            self.summary.setText(self.summary.text() + " " + self.tr(
                "%n greyed line(s) not counted: cancelled or not bought yet (see Status).", "", blocked))
        self.summary.setStyleSheet("color:#b71c1c;" if counted and (short or surplus) else "")

    def _on_confirm_clicked(self) -> None:
        if self._result is None or self.is_confirmed:
            return
        lines = self.lines_to_receive()
        if not any(li.qty_received for li in lines):
            self._ask_nothing_counted(len(lines))
            return
        self._emit_confirmed()

    def _ask_nothing_counted(self, count: int) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Nothing counted"), self.tr(
            "Nothing was counted on this parcel. Record that none of the items of its %n line(s) "
            "arrived (a shortage on each)?", "", count), QMessageBox.StandardButton.NoButton, self)
        record = box.addButton(self.tr("Record as missing"), QMessageBox.ButtonRole.DestructiveRole)
        back = box.addButton(self.tr("Go back and count"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)  # a stray Enter from a scanner must not record a shortage
        box.setEscapeButton(back)
        self.question = box
        box.finished.connect(lambda _r: self._on_question_done(box.clickedButton() is record))
        box.open()

    def _on_question_done(self, record: bool) -> None:
        self.question = None
        if record:
            self._emit_confirmed()

    def _emit_confirmed(self) -> None:
        assert self._result is not None
        self.confirm_button.setEnabled(False)  # until the receipt is back: a double click adds nothing
        self.confirmed.emit(self._result.code if self._result.kind == "waybill" else "",
                            self.lines_to_receive())

    def on_receipt(self, receipt: ReceiptResult, confirmation: str = "") -> bool:
        """The receipt of the parcel shown is recorded: no more edits until it is scanned again.
        False (nothing changes) when another parcel is shown by now."""
        if confirmation and confirmation != self.confirmation:
            return False
        self.is_confirmed = True
        self.model.set_locked(True)
        self._update_summary()
        return True

    def on_receipt_failed(self) -> None:
        if self.state == "found" and not self.is_confirmed:
            self.confirm_button.setEnabled(True)

    # -- correcting a waybill -----------------------------------------------------------

    def _on_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid() or self._receiving is None or self._runner is None:
            return
        line_id = self.model.row(index.row()).line.id
        menu = QMenu(self.table)
        menu.addAction(self.tr("Correct waybill\u2026")).triggered.connect(
            lambda _=False: self.open_waybill_dialog(line_id))
        self.menu = menu
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def open_waybill_dialog(self, line_id: int) -> None:
        """Ask for the line's right waybill (the seller's label); saved through the platform's rules
        (ReceivingService.correct_purchase_info) and, in OT mode, sent to OT Box."""
        row = next((r for r in self.model.rows() if r.line.id == line_id), None)
        if row is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Correct waybill"))
        dialog.setLabelText(self.tr("Waybill of {0} line {1}, as on the seller's parcel label (empty: none):")
                            .format(row.line.order_id, row.line.line_num))
        dialog.setTextValue(row.line.vend_purch_waybill or "")
        dialog.textValueSelected.connect(lambda text: self.correct_waybill(line_id, text))
        dialog.finished.connect(lambda _r: setattr(self, "waybill_dialog", None))
        self.waybill_dialog = dialog
        dialog.open()

    def correct_waybill(self, line_id: int, waybill: str) -> None:
        receiving, runner, actor = self._receiving, self._runner, self._actor.copy()
        if receiving is None or runner is None:
            return
        runner.run(lambda: receiving.correct_purchase_info(line_id, None, waybill.strip(), actor),
                   lambda values: self._on_waybill_corrected(line_id, values), self._on_waybill_failed,
                   lane="write")

    def _on_waybill_corrected(self, line_id: int, values: tuple[str | None, str | None]) -> None:
        waybill = values[1]
        self.model.set_rows([replace(r, line=replace(r.line, vend_purch_waybill=waybill)) if r.line.id == line_id
                             else r for r in self.model.rows()])
        self.summary.setText(self.tr("Waybill corrected: {0}").format(waybill or self.tr("none")))
        self.summary.setStyleSheet("")

    def _on_waybill_failed(self, exc: BaseException, tb: str) -> None:
        if isinstance(exc, UserFacingError):
            self.summary.setText(str(exc))
        else:
            log.error("correcting a waybill failed: %s\n%s", exc, tb)
            self.summary.setText(self.tr("The waybill could not be corrected: {0}").format(type(exc).__name__))
        self.summary.setStyleSheet("color:#b71c1c;")

    # -- keeping as unmatched -----------------------------------------------------------

    def open_keep_dialog(self) -> None:
        """The note-and-photo dialog for the parcel shown (opened window-modal; `keep_dialog`)."""
        result = self._result
        if result is None or self._receiving is None:
            return
        blocked = [r for r in self.model.rows() if r.blocked]
        found = ""
        if blocked:
            found = self.tr("{0}: %n line(s) cannot be received now ({1}). Say what is in the parcel.",
                            "", len(blocked)).format(result.code, ", ".join(
                                f"{r.line.order_id} #{r.line.line_num}" for r in blocked[:5]))
        dialog = self._dialog_factory(result.code, found, self, use_camera=self._use_camera, runner=self._runner)
        self.keep_dialog = dialog
        dialog.accepted.connect(lambda: self._keep(dialog))
        dialog.finished.connect(lambda _r: setattr(self, "keep_dialog", None))
        dialog.open()

    def _keep(self, dialog: KeepUnmatchedDialog) -> None:
        result, receiving, actor, runner = self._result, self._receiving, self._actor.copy(), self._runner
        if result is None or receiving is None or runner is None:
            return
        note, photo, unmatched_id = dialog.note(), dialog.photo(), self._unmatched_id
        line_ids = [li.id for li in result.lines]

        def op() -> UnmatchedRow:
            return receiving.keep_unmatched(result.code, clerk=actor.user, workstation=actor.workstation,
                                            note=note, photo=photo, unmatched_id=unmatched_id,
                                            line_ids=line_ids, by=actor)

        runner.run(op, self._on_kept, self._on_keep_failed, lane="write")

    def _on_kept(self, row: UnmatchedRow) -> None:
        self._unmatched_id = row.id
        self.summary.setText(self.tr("Kept as unmatched with your note{0}.").format(
            self.tr(" and photo") if row.photo_path else ""))
        self.summary.setStyleSheet("")
        self.kept.emit(row)

    def _on_keep_failed(self, exc: BaseException, tb: str) -> None:
        if isinstance(exc, UserFacingError):
            self.summary.setText(str(exc))
        else:
            log.error("keeping a parcel as unmatched failed: %s\n%s", exc, tb)
            self.summary.setText(self.tr("The parcel could not be kept: {0}").format(type(exc).__name__))
        self.summary.setStyleSheet("color:#b71c1c;")
