"""The "test scanner" page: every raw key event and what the burst detector made of them.

Helps set a scanner up on the floor: scan a label and see the keys, their gaps, the
native scan codes (layout-independent decoding), and the resulting scans, duplicates
or typing. "Learn from my scanner" measures three scans of one label and proposes the
burst settings (`burst.propose`); Apply puts them to use and keeps them in the INI.
GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workstation.scanner.burst import LEARN_SCANS, BurstSettings, LearnError, Proposal, propose
from workstation.scanner.wedge import KeySeen, WedgeScanner
from workstation.ui.panes.warehouse.model import KEY_COLUMNS, KeyRow
from workstation.ui.table import ListTableModel
from workstation.ui.views import make_table

MAX_KEYS = 500
_END_KEYS = {Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value, Qt.Key.Key_Tab.value}
_STALE_MS = 2000.0  # keys further apart than this are not one scan


class LearnBox(QFrame):
    """Scan one label LEARN_SCANS times; see what was measured and the proposed settings."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.samples: list[list[tuple[str, float]]] = []
        self._current: list[tuple[str, float]] = []
        self.learning = False
        self.proposal: Proposal | None = None
        self.start_button = QPushButton(self.tr("Learn from my scanner"))
        self.apply_button = QPushButton(self.tr("Apply"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.status = QLabel(self.tr("Scans split or leak into fields? Let the program measure your scanner."))
        self.status.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.details)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self._show_idle()

    def start(self) -> None:
        self.learning, self.proposal = True, None
        self.samples, self._current = [], []
        self.start_button.setEnabled(False)
        self.cancel_button.setVisible(True)
        self.apply_button.setVisible(False)
        self.details.clear()
        self._say_progress()

    def cancel(self) -> None:
        self.learning, self.proposal = False, None
        self._show_idle()

    def _show_idle(self) -> None:
        self.start_button.setEnabled(True)
        self.cancel_button.setVisible(False)
        self.apply_button.setVisible(False)

    def _say_progress(self) -> None:
        self.status.setText(self.tr("Scan the same label {0} times ({1} of {0} done).")
                            .format(LEARN_SCANS, len(self.samples)))

    def add_key(self, seen: KeySeen, current: BurstSettings) -> None:
        if not self.learning:
            return
        if self._current and seen.time_ms - self._current[-1][1] > _STALE_MS:
            self._current = []
        if seen.key in _END_KEYS:
            if len(self._current) >= 2:
                self.samples.append([*self._current, ("\t" if seen.key == Qt.Key.Key_Tab.value else "\r",
                                                      seen.time_ms)])
            self._current = []
            self._say_progress()
            if len(self.samples) >= LEARN_SCANS:
                self._finish(current)
            return
        text = seen.physical or seen.text
        if text:
            self._current.append((text, seen.time_ms))

    def _finish(self, current: BurstSettings) -> None:
        self.learning = False
        self.cancel_button.setVisible(False)
        self.start_button.setEnabled(True)
        try:
            proposal = propose(self.samples, current)
        except LearnError as exc:
            self.status.setText(self.tr("Could not learn: {0}. Try again.").format(exc))
            return
        self.proposal = proposal
        s = proposal.settings
        self.status.setText(self.tr(
            "Measured on {0}: keys up to {1:.0f} ms apart (the first ones up to {2:.0f} ms), "
            "pauses up to {3:.0f} ms, Enter up to {4:.0f} ms after the last key.").format(
                proposal.code, proposal.longest_gap_ms, proposal.longest_start_gap_ms,
                proposal.longest_pause_ms, proposal.longest_enter_ms))
        lines = [self.tr("Proposed: a scan opens with {0} keys at most {1:.0f} ms apart, then keys at most "
                         "{2:.0f} ms apart, up to {3} pauses of {4:.0f} ms, Enter within {5:.0f} ms; "
                         "codes of {6}+ characters.").format(
                             s.start_keys, s.start_gap_ms, s.max_gap_ms, s.max_pauses, s.max_pause_ms,
                             s.enter_pause_ms, s.min_length)]
        lines += ["\u2022 " + note for note in proposal.notes]
        self.details.setText("\n".join(lines))
        self.apply_button.setVisible(True)


class ScannerTestPage(QWidget):
    """Connect a WedgeScanner with `attach`; the page only listens, it never consumes keys."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._keys: list[KeyRow] = []
        self._last_ms: float | None = None
        self._scanner: WedgeScanner | None = None
        intro = QLabel(self.tr(
            "Scan a few labels. Each key the scanner typed is listed with the gap since the key "
            "before; a scan is a quick burst ended by Enter or Tab. Keys marked \u201cpassed\u201d "
            "reached the focused field as typing."))
        intro.setWordWrap(True)
        self.settings_label = QLabel()
        self.try_field = QLineEdit()
        self.try_field.setPlaceholderText(self.tr("Type here to see how typing is told apart"))
        self.model = ListTableModel(KEY_COLUMNS)
        self.table = make_table(self.model)
        self.results = QListWidget()
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.clear)
        self.learn = LearnBox()
        self.learn.apply_button.clicked.connect(self._on_learn_apply_clicked)
        results_box = QWidget()
        results_layout = QVBoxLayout(results_box)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(QLabel(self.tr("What the detector made of them")))
        results_layout.addWidget(self.results)
        keys_box = QWidget()
        keys_layout = QVBoxLayout(keys_box)
        keys_layout.setContentsMargins(0, 0, 0, 0)
        keys_layout.addWidget(QLabel(self.tr("Raw key events")))
        keys_layout.addWidget(self.table)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(keys_box)
        split.addWidget(results_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        top = QHBoxLayout()
        top.addWidget(self.try_field, 1)
        top.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.settings_label)
        layout.addWidget(self.learn)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        split.setSizes([720, 260])

    def attach(self, scanner: WedgeScanner) -> None:
        self._scanner = scanner
        scanner.watch(self.try_field)  # the field to try it in, whatever has the focus
        scanner.key_seen.connect(self.add_key)
        scanner.scanned.connect(self._on_scanner_scanned)
        scanner.scanned_in_field.connect(self._on_scanner_scanned)
        scanner.duplicate.connect(self._on_scanner_duplicate)
        scanner.released.connect(self._on_scanner_released)
        scanner.settings_changed.connect(self._show_settings)
        self._show_settings(scanner.settings)

    def _show_settings(self, s: BurstSettings) -> None:
        suffix = self.tr("Enter or Tab") if not s.suffix else repr(s.suffix)
        idle = self.tr(", or {0} ms of silence").format(int(s.idle_timeout_ms)) if s.idle_timeout_ms else ""
        self.settings_label.setText(self.tr(
            "A scan: at least {0} characters, opening with {5} keys at most {6} ms apart, then at most "
            "{1} ms between keys (or up to {7} pauses of {8} ms), ended by {2} within {9} ms{3}; "
            "the same code again within {4} ms counts once.").format(
                s.min_length, int(s.max_gap_ms), suffix, idle, int(s.duplicate_window_ms), s.start_keys,
                int(s.start_gap_ms), s.max_pauses, int(s.max_pause_ms), int(s.enter_pause_ms)))

    def _on_learn_apply_clicked(self) -> None:
        proposal = self.learn.proposal
        if proposal is None or self._scanner is None:
            return
        self._scanner.apply_settings(proposal.settings)
        self.learn.proposal = None
        self.learn.apply_button.setVisible(False)
        self.learn.status.setText(self.tr("Applied and saved: scan a few labels to check."))

    def clear(self) -> None:
        self._keys.clear()
        self._last_ms = None
        self.model.set_rows([])
        self.results.clear()

    def add_key(self, seen: KeySeen) -> None:
        if self._scanner is not None:
            self.learn.add_key(seen, self._scanner.settings)
        gap = None if self._last_ms is None else seen.time_ms - self._last_ms
        self._last_ms = seen.time_ms
        self._keys.append(KeyRow(seen, gap))
        del self._keys[:-MAX_KEYS]
        self.model.set_rows(self._keys)
        self.table.scrollToBottom()

    def add_result(self, text: str) -> None:
        self.results.addItem(text)
        self.results.scrollToBottom()

    def _on_scanner_scanned(self, code: str) -> None:
        self.add_result(self.tr("Scan: {0}").format(code.replace("\x1d", "<GS>")))

    def _on_scanner_duplicate(self, code: str) -> None:
        self.add_result(self.tr("Duplicate ignored: {0}").format(code.replace("\x1d", "<GS>")))

    def _on_scanner_released(self, count: int) -> None:
        self.add_result(self.tr("Typing: %n key(s) passed to the field", "", count))
