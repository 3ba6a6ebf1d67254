"""A label preview: the rendered Code 128 label on the chosen stock, saved as PDF on request.

GUI thread only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.scanner.labels import STOCKS, LineLabel, ParcelLabel, render, save_pdf


class LabelPreview(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._label: LineLabel | ParcelLabel | None = None
        self.stock = QComboBox()
        for stock in STOCKS:
            self.stock.addItem(self.tr("{0} at {1} dpi").format(stock.name, stock.dpi), stock)
        self.stock.currentIndexChanged.connect(lambda _i: self._redraw())
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(240, 200)
        self.image.setStyleSheet("QLabel { background:#9e9e9e; padding:12px; }")
        self.save_button = QPushButton(self.tr("Save as PDF\u2026"))
        self.save_button.clicked.connect(self._on_save_clicked)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Stock:")))
        top.addWidget(self.stock, 1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.image, 1)
        self.save_button.setEnabled(False)

    def show_label(self, label: LineLabel | ParcelLabel) -> None:
        self._label = label
        self.save_button.setEnabled(True)
        self._redraw()

    def save(self, path: Path) -> None:
        if self._label is not None:
            save_pdf([self._label], self.stock.currentData(), path)

    def _redraw(self) -> None:
        if self._label is None:
            self.image.clear()
            return
        pixmap = QPixmap.fromImage(render(self._label, self.stock.currentData()))
        # Shown at half size: the label keeps its proportions; the file keeps every dot.
        self.image.setPixmap(pixmap.scaledToWidth(max(200, pixmap.width() // 2),
                                                  Qt.TransformationMode.SmoothTransformation))

    def _on_save_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save label"), "label.pdf",
                                                    self.tr("PDF files (*.pdf)"))
        if path:
            self.save(Path(path))
