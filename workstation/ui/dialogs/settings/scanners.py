"""Settings -> Scanners: the serial (COM port) scanners of this computer, their port, speed and
framing; Test reads one code; the dialog's Save writes the INI and restarts the readers.

GUI thread only. The port list is read on the TaskRunner; a port is opened only by a reader
thread (the Test reader too), never here. Edits stay on screen until Save.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from serial.tools import list_ports

from workstation.runner.tasks import TaskRunner
from workstation.scanner.serial_config import BAUD_RATES
from workstation.scanner.serial_reader import SerialScanner, SerialSettings
from workstation.ui.dialogs.settings.common import ERROR_STYLE, SAVED_STYLE, FieldRow, guarded
from workstation.ui.serial_scanners import SerialScanners
from workstation.ui.table import Column, ListTableModel
from workstation.ui.views import make_table

TEST_TIMEOUT_MS = 30_000
STATE_TEXT = {"connected": "connected", "disconnected": "disconnected", "connecting": "connecting…",
              "stopped": "stopped"}


@dataclass(frozen=True)
class PortInfo:
    """A port the machine lists: its name and what the system says it is."""

    device: str
    description: str = ""


def machine_ports() -> list[PortInfo]:
    """The serial ports of this computer (worker thread: on Windows this asks the device manager)."""
    return [PortInfo(p.device, "" if p.description in ("", "n/a") else p.description)
            for p in sorted(list_ports.comports(), key=lambda p: p.device)]


@dataclass
class Draft:
    """A scanner as edited on the page; `settings()` says whether it holds."""

    port: str = ""
    baud: str = "9600"
    bytesize: int = 8
    parity: str = "N"
    stopbits: float = 1
    terminator: str = "CR"
    idle_ms: int = 100

    @classmethod
    def of(cls, s: SerialSettings) -> Draft:
        return cls(s.port, str(s.baudrate), s.bytesize, s.parity, s.stopbits, s.terminator, s.idle_ms)

    def problems(self) -> dict[str, str]:
        out: dict[str, str] = {}
        if not self.port.strip():
            out["port"] = "Choose a port or type its name (/dev/ttyACM0, COM3)."
        if not self.baud.strip().isdigit() or int(self.baud) <= 0:
            out["baud"] = "The baud rate is a number, as set on the scanner (9600 most often)."
        return out

    def settings(self) -> SerialSettings:
        return SerialSettings(self.port.strip(), baudrate=int(self.baud), bytesize=self.bytesize,
                              parity=self.parity, stopbits=self.stopbits, terminator=self.terminator,
                              idle_ms=self.idle_ms)

    def framing(self) -> str:
        return self.settings().framing if not self.problems() else ""


class ScannersPage(QWidget):
    """The list of serial scanners and the editor of the selected one. `edited()` on any edit,
    `ports_listed()` when the machine's ports are shown, `test_finished(code)` ("" when none)."""

    edited = Signal()
    ports_listed = Signal()
    test_finished = Signal(str)

    def __init__(self, scanners: SerialScanners, runner: TaskRunner, parent: QWidget | None = None, *,
                 list_ports: Callable[[], list[PortInfo]] = machine_ports):
        super().__init__(parent)
        self._scanners = scanners
        self._runner = runner
        self._list_ports = list_ports
        self._test: SerialScanner | None = None
        self._test_timer = QTimer(self)
        self._test_timer.setSingleShot(True)
        self._test_timer.setInterval(TEST_TIMEOUT_MS)
        self._test_timer.timeout.connect(self._on_test_timer_timeout)
        self._filling = False
        self.listing_ports = False
        self._ports: dict[str, str] | None = None  # device -> description, once listed
        self.drafts: list[Draft] = [Draft.of(s) for s in scanners.configured()]
        self._baseline = [d.settings() for d in self.drafts]

        intro = QLabel(self.tr("Scanners on a serial (COM) port of this computer. A USB scanner that types "
                               "like a keyboard needs nothing here."))
        intro.setWordWrap(True)
        self.model: ListTableModel[Draft] = ListTableModel(self._columns(), self)
        self.view = make_table(self.model)
        self.view.setSelectionMode(self.view.SelectionMode.SingleSelection)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # /dev/serial/by-id/usb-…-if00
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMargin(24)
        self.empty.setStyleSheet("color: #616161;")
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.empty)
        self.list_stack.addWidget(self.view)
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.list_stack, 1)
        left.addLayout(buttons)

        self.editor = QGroupBox(self.tr("Selected scanner"))
        self._build_editor()
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(self.editor, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)

        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_changed)
        scanners.state_changed.connect(self._on_scanners_state_changed)
        self._show_rows(0 if self.drafts else -1)
        self.refresh_ports()

    def _columns(self) -> tuple[Column[Draft], ...]:
        def state(d: Draft) -> str:
            if not d.problems() and self._baseline_has(d):
                return self.tr(STATE_TEXT.get(self._scanners.state(d.port), ""))
            return self.tr("not saved")

        return (Column("port", "Port", lambda d: d.port or "?", stretch=True, tooltip=lambda d: d.port),
                Column("framing", "Settings", lambda d: d.framing(), width=145),
                Column("state", "State", state, width=105,
                       tooltip=lambda d: self._scanners.error(d.port) or state(d)))

    def _build_editor(self) -> None:
        self.port = QComboBox()
        self.port.setEditable(True)
        self.port.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.port.lineEdit().setPlaceholderText(self.tr("/dev/ttyACM0 or COM3"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.ports_hint = QLabel()
        self.ports_hint.setWordWrap(True)
        self.ports_hint.setStyleSheet("color: #616161;")
        port_line = QHBoxLayout()
        port_line.setContentsMargins(0, 0, 0, 0)
        port_line.addWidget(self.port, 1)
        port_line.addWidget(self.refresh_button)
        port_box = QWidget()
        port_box.setLayout(port_line)
        self.port_row = FieldRow(port_box, marked=self.port)
        self.baud = QComboBox()
        self.baud.setEditable(True)
        self.baud.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.baud.addItems([str(b) for b in BAUD_RATES])
        self.baud.setValidator(QIntValidator(1, 10_000_000, self.baud))
        self.baud_row = FieldRow(self.baud)
        self.bytesize = self._combo([("8", 8), ("7", 7), ("6", 6), ("5", 5)])
        self.parity = self._combo([(self.tr("None"), "N"), (self.tr("Even"), "E"), (self.tr("Odd"), "O"),
                                   (self.tr("Mark"), "M"), (self.tr("Space"), "S")])
        self.stopbits = self._combo([("1", 1), ("1.5", 1.5), ("2", 2)])
        self.suffix = self._combo([(self.tr("CR (carriage return)"), "CR"), (self.tr("LF (line feed)"), "LF"),
                                   (self.tr("CR LF"), "CRLF"), (self.tr("None: a pause ends the code"), "NONE")])
        self.idle = QSpinBox()
        self.idle.setRange(10, 5000)
        self.idle.setSingleStep(10)
        self.idle.setSuffix(self.tr(" ms"))
        self.test_button = QPushButton(self.tr("Test"))
        self.test_result = QLabel(self.tr("Test opens the port and shows the next code read."))
        self.test_result.setWordWrap(True)
        self.test_result.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        test_line = QHBoxLayout()
        test_line.setContentsMargins(0, 0, 0, 0)
        test_line.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_line.addWidget(self.test_result, 1)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout(self.editor)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Port"), self.port_row)
        form.addRow("", self.ports_hint)
        form.addRow(self.tr("Baud rate"), self.baud_row)
        form.addRow(self.tr("Data bits"), self.bytesize)
        form.addRow(self.tr("Parity"), self.parity)
        form.addRow(self.tr("Stop bits"), self.stopbits)
        form.addRow(self.tr("End of a code"), self.suffix)
        form.addRow(self.tr("Pause that ends it"), self.idle)
        form.addRow(test_line)  # the whole width: a code and what it says about the settings
        self.port.currentTextChanged.connect(self._on_field_edited)
        self.port.currentTextChanged.connect(self._show_port_hint)
        self.baud.currentTextChanged.connect(self._on_field_edited)
        for box in (self.bytesize, self.parity, self.stopbits, self.suffix):
            box.currentIndexChanged.connect(self._on_field_edited)
        self.idle.valueChanged.connect(self._on_field_edited)
        self.refresh_button.clicked.connect(self.refresh_ports)
        self.test_button.clicked.connect(self._on_test_clicked)

    @staticmethod
    def _combo(items: list[tuple[str, object]]) -> QComboBox:
        box = QComboBox()
        for text, data in items:
            box.addItem(text, data)
        return box

    # -- ports ----------------------------------------------------------------------------

    def refresh_ports(self) -> None:
        self.listing_ports = True
        self.refresh_button.setEnabled(False)
        self._runner.run(self._list_ports, guarded(self, self._on_ports_listed),
                         guarded(self, self._on_ports_failed))

    def _on_ports_listed(self, ports: list[PortInfo]) -> None:
        self.listing_ports = False
        self.refresh_button.setEnabled(True)
        typed = self.port.currentText()
        self._filling = True
        self.port.clear()
        for info in ports:
            self.port.addItem(info.device)
            self.port.setItemData(self.port.count() - 1, info.description or info.device,
                                  Qt.ItemDataRole.ToolTipRole)
        self.port.setEditText(typed)
        self._filling = False
        self._ports = {p.device: p.description for p in ports}
        self._show_port_hint()
        self._show_empty()
        self.ports_listed.emit()

    def _show_port_hint(self, *_args: object) -> None:
        if self._ports is None:
            return
        description = self._ports.get(self.port.currentText().strip(), "")
        if not self._ports:
            text = self.tr("No serial port found on this computer. Plug the scanner in and press Refresh, "
                           "or type the port's name.")
        else:
            text = self.tr("%1 port(s) on this computer, in the list; another name can be typed.").replace(
                "%1", str(len(self._ports)))
            if description:
                text = f"{description}. {text}"
        self.ports_hint.setText(text)

    def _show_empty(self) -> None:
        text = self.tr("No serial scanner is set up. Press Add to set one up.")
        if self._ports == {}:
            text += "\n\n" + self.tr("No serial port was found on this computer: plug the scanner in first, "
                                      "or type the port's name after Add.")
        self.empty.setText(text)

    def _on_ports_failed(self, exc: BaseException, _tb: str) -> None:
        self.listing_ports = False
        self.refresh_button.setEnabled(True)
        self._ports = None
        self.ports_hint.setText(self.tr("The ports could not be listed (%1); type the port's name.")
                                .replace("%1", str(exc) or type(exc).__name__))
        self.ports_listed.emit()

    # -- the list -------------------------------------------------------------------------

    def _selected(self) -> int:
        index = self.view.selectionModel().currentIndex()
        return index.row() if index.isValid() and index.row() < len(self.drafts) else -1

    def _show_rows(self, select: int) -> None:
        self.model.set_rows(self.drafts)
        self.list_stack.setCurrentWidget(self.view if self.drafts else self.empty)
        self.editor.setVisible(bool(self.drafts))  # nothing to edit: the message takes the page
        self._show_empty()
        self.remove_button.setEnabled(bool(self.drafts))
        if 0 <= select < len(self.drafts):
            self.view.selectionModel().setCurrentIndex(
                self.model.index(select, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._fill(select)

    def _fill(self, row: int) -> None:
        self._end_test("")
        self.editor.setEnabled(row >= 0)
        draft = self.drafts[row] if row >= 0 else Draft()
        self._filling = True
        self.port.setEditText(draft.port)
        self.baud.setEditText(draft.baud)
        for box, value in ((self.bytesize, draft.bytesize), (self.parity, draft.parity),
                           (self.stopbits, draft.stopbits), (self.suffix, draft.terminator)):
            box.setCurrentIndex(max(box.findData(value), 0))
        self.idle.setValue(draft.idle_ms)
        self.idle.setEnabled(draft.terminator == "NONE")
        self._filling = False
        self._show_problems(draft.problems() if row >= 0 and draft.port else {})
        self.test_result.setText(self.tr("Test opens the port and shows the next code read."))
        self.test_result.setStyleSheet("")

    def _on_view_current_changed(self, current: object, _previous: object) -> None:
        self._fill(self._selected())

    def _on_add_clicked(self) -> None:
        used = {d.port for d in self.drafts}
        free = [self.port.itemText(i) for i in range(self.port.count()) if self.port.itemText(i) not in used]
        self.drafts.append(Draft(port=free[0] if free else ""))
        self._show_rows(len(self.drafts) - 1)
        self.port.setFocus()
        self.edited.emit()

    def _on_remove_clicked(self) -> None:
        row = self._selected()
        if row < 0:
            return
        del self.drafts[row]
        self._show_rows(min(row, len(self.drafts) - 1))
        self.edited.emit()

    def _on_field_edited(self, *_args: object) -> None:
        if self._filling:
            return
        row = self._selected()
        if row < 0:
            return
        draft = self.drafts[row]  # the model's row object itself: edited in place
        draft.port, draft.baud = self.port.currentText().strip(), self.baud.currentText().strip()
        draft.bytesize, draft.parity = self.bytesize.currentData(), self.parity.currentData()
        draft.stopbits, draft.terminator = self.stopbits.currentData(), self.suffix.currentData()
        draft.idle_ms = self.idle.value()
        self.idle.setEnabled(draft.terminator == "NONE")
        self._show_problems({})
        self.model.dataChanged.emit(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1),
                                    [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])
        self.edited.emit()

    def _on_scanners_state_changed(self, _port: str, _state: str) -> None:
        if self.drafts:
            last = self.model.columnCount() - 1
            self.model.dataChanged.emit(self.model.index(0, last), self.model.index(len(self.drafts) - 1, last),
                                        [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])

    def _baseline_has(self, draft: Draft) -> bool:
        return draft.settings() in self._baseline

    # -- saving (the dialog calls these) ---------------------------------------------------

    def is_dirty(self) -> bool:
        return [d.port for d in self.drafts] != [b.port for b in self._baseline] or any(
            d.problems() or d.settings() != b for d, b in zip(self.drafts, self._baseline, strict=False))

    def check(self) -> bool:
        """Every scanner holds (a port, a number for the speed, no port twice); the first one
        that does not is selected with its messages."""
        seen: set[str] = set()
        for row, draft in enumerate(self.drafts):
            problems = draft.problems()
            if draft.port.strip() in seen:
                problems["port"] = self.tr("This port is set up twice.")
            seen.add(draft.port.strip())
            if problems:
                if row != self._selected():
                    self._show_rows(row)
                self._show_problems({k: self.tr(v) for k, v in problems.items()})
                return False
        return True

    def save(self) -> None:
        """Write the scanners and restart the readers (call after `check()`)."""
        scanners = [d.settings() for d in self.drafts]
        self._end_test("")
        self._scanners.apply(scanners)
        self._baseline = scanners
        self._show_rows(self._selected())

    def _show_problems(self, problems: dict[str, str]) -> None:
        self.port_row.set_error(problems.get("port", ""))
        self.baud_row.set_error(problems.get("baud", ""))

    # -- test ----------------------------------------------------------------------------

    def _on_test_clicked(self) -> None:
        if self._test is not None:
            self._end_test("")
            self.test_result.setText(self.tr("Test stopped."))
            return
        row = self._selected()
        if row < 0:
            return
        problems = self.drafts[row].problems()
        if problems:
            self._show_problems({k: self.tr(v) for k, v in problems.items()})
            return
        entry = self.drafts[row].settings()
        self._test = self._scanners.open_test(entry)
        self._test.scanned.connect(guarded(self, self._on_test_scanned))
        self._test.state_changed.connect(guarded(self, self._on_test_state_changed))
        self.test_button.setText(self.tr("Stop test"))
        self._show_test(self.tr("Opening %1…").replace("%1", entry.port), "")
        self._test_timer.start()

    def _on_test_state_changed(self, state: str) -> None:
        test = self._test
        if test is None:
            return
        if state == "connected":
            self._show_test(self.tr("Listening on %1: scan a code now.").replace("%1", test.port), "")
        elif state == "disconnected":
            error = test.last_error or self.tr("not found")
            self._end_test("")
            self._show_test(self.tr("Cannot open %1: %2").replace("%1", test.port).replace("%2", error),
                            ERROR_STYLE)

    def _on_test_scanned(self, code: str) -> None:
        if self._test is None:
            return
        self._end_test(code)
        self._show_test(self.tr("Read: %1 (%2 characters). The settings fit this scanner.")
                        .replace("%1", code).replace("%2", str(len(code))), SAVED_STYLE)

    def _on_test_timer_timeout(self) -> None:
        self._end_test("")
        self._show_test(self.tr("Nothing was read in %1 s. Check the baud rate, the parity and the end "
                                "of a code against the scanner's manual.").replace("%1", str(TEST_TIMEOUT_MS // 1000)),
                        ERROR_STYLE)

    def _show_test(self, text: str, style: str) -> None:
        self.test_result.setText(text)
        self.test_result.setStyleSheet(style)

    def _end_test(self, code: str) -> None:
        test, self._test = self._test, None
        if test is None:
            return
        self._test_timer.stop()
        if shiboken6.isValid(test):
            self._scanners.end_test(test)
        self.test_button.setText(self.tr("Test"))
        self.test_finished.emit(code)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        # the dialog closed (or the tab changed) during a test: give the port back to its reader
        self._end_test("")
        super().hideEvent(event)
