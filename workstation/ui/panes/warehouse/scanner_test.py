"""The "test scanner" page: every raw key event and what the burst detector made of them.

Helps set a scanner up on the floor: scan a label and see the keys, their gaps, the
native scan codes (layout-independent decoding), and the resulting scans, duplicates
or typing. GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workstation.scanner.wedge import KeySeen, WedgeScanner
from workstation.ui.panes.warehouse.model import KEY_COLUMNS, KeyRow
from workstation.ui.table import ListTableModel
from workstation.ui.views import make_table

MAX_KEYS = 500


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
        layout.addLayout(top)
        layout.addWidget(split, 1)
        split.setSizes([720, 260])

    def attach(self, scanner: WedgeScanner) -> None:
        self._scanner = scanner
        scanner.key_seen.connect(self.add_key)
        scanner.scanned.connect(self._on_scanner_scanned)
        scanner.duplicate.connect(self._on_scanner_duplicate)
        scanner.released.connect(self._on_scanner_released)
        s = scanner.settings
        suffix = self.tr("Enter or Tab") if not s.suffix else repr(s.suffix)
        idle = self.tr(", or {0} ms of silence").format(int(s.idle_timeout_ms)) if s.idle_timeout_ms else ""
        self.settings_label.setText(self.tr(
            "A scan: at least {0} characters, at most {1} ms between keys, ended by {2}{3}; "
            "the same code again within {4} ms counts once.").format(
                s.min_length, int(s.max_gap_ms), suffix, idle, int(s.duplicate_window_ms)))

    def clear(self) -> None:
        self._keys.clear()
        self._last_ms = None
        self.model.set_rows([])
        self.results.clear()

    def add_key(self, seen: KeySeen) -> None:
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
