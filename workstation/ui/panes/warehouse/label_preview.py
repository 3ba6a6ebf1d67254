"""A label preview: the rendered Code 128 labels on the chosen stock, printed or saved as PDF on request.

`show_labels` takes the labels of a receipt (or a parcel); the list picks the one shown.
"Print…" goes through the system print dialog (QPrinter), one label per page at the
printer's own resolution; "Save as PDF…" writes them all. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QRect, QSizeF, Qt
from PySide6.QtGui import QPageSize, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workstation.scanner.labels import STOCKS, LineLabel, ParcelLabel, render, save_pdf

Label = LineLabel | ParcelLabel


def _caption(label: Label) -> str:
    if isinstance(label, LineLabel):
        return f"{label.order_id} #{label.line_num}  x{label.qty}  {label.title}"
    return f"{label.order_id} P{label.parcel_id}  {label.code}"


class LabelPreview(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._labels: list[Label] = []
        self._pixmap = QPixmap()  # the current label at the printer's dots; shown scaled to fit
        self.stock = QComboBox()
        for stock in STOCKS:
            self.stock.addItem(self.tr("{0} at {1} dpi").format(stock.name, stock.dpi), stock)
        self.stock.currentIndexChanged.connect(lambda _i: self._redraw())
        self.list = QListWidget()
        self.list.setMaximumHeight(110)
        self.list.currentRowChanged.connect(lambda _row: self._redraw())
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(240, 200)
        # The pixmap must not size the widget: a 100 x 150 label is 1200 dots tall. It is scaled to fit.
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.image.setStyleSheet("QLabel { background:#9e9e9e; padding:12px; }")
        self.print_button = QPushButton(self.tr("Print\u2026"))
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button = QPushButton(self.tr("Save as PDF\u2026"))
        self.save_button.clicked.connect(self._on_save_clicked)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Stock:")))
        top.addWidget(self.stock, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        self.empty = QLabel(self.tr("Labels of the lines you receive appear here."))
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        layout.addWidget(self.image, 1)
        layout.addStretch(0)
        layout.addLayout(buttons)
        self._update_enabled()

    @property
    def labels(self) -> list[Label]:
        return list(self._labels)

    def show_label(self, label: Label) -> None:
        self.show_labels([label])

    def show_labels(self, labels: Sequence[Label]) -> None:
        self._labels = list(labels)
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([_caption(label) for label in self._labels])
        self.list.blockSignals(False)
        self.list.setCurrentRow(0 if self._labels else -1)
        self._update_enabled()
        self._redraw()

    def current(self) -> Label | None:
        row = self.list.currentRow()
        return self._labels[row] if 0 <= row < len(self._labels) else None

    def save(self, path: Path) -> None:
        """Every label shown, one page each, on the chosen stock."""
        if self._labels:
            save_pdf(self._labels, self.stock.currentData(), path)

    def print_to(self, printer: object) -> None:
        """Paint every label on its own page of `printer` (a QPrinter), scaled to the page."""
        from PySide6.QtPrintSupport import QPrinter

        assert isinstance(printer, QPrinter)
        painter = QPainter(printer)
        try:
            for n, label in enumerate(self._labels):
                if n:
                    printer.newPage()
                image = render(label, self.stock.currentData())
                page = painter.viewport()
                size = image.size().scaled(page.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(QRect(page.x(), page.y(), size.width(), size.height()))
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(page)
        finally:
            painter.end()

    def _update_enabled(self) -> None:
        has = bool(self._labels)
        self.empty.setVisible(not has)
        self.image.setVisible(has)
        self.list.setVisible(len(self._labels) > 1)
        self.print_button.setEnabled(has)
        self.save_button.setEnabled(has)

    def _redraw(self) -> None:
        label = self.current()
        if label is None:
            self._pixmap = QPixmap()
            self.image.clear()
            return
        self._pixmap = QPixmap.fromImage(render(label, self.stock.currentData()))
        self._fit()

    def _fit(self) -> None:
        """The whole label, its proportions kept, in the space there is (at most half size: the
        file keeps every dot): a tall label is never cut off at the bottom."""
        if self._pixmap.isNull():
            return
        room = self.image.contentsRect().size().shrunkBy(self.image.contentsMargins()) * 0.96
        room = room.boundedTo(self._pixmap.size() / 2)
        self.image.setPixmap(self._pixmap.scaled(room.expandedTo(self._pixmap.size() / 8),
                                                 Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))

    @property
    def shown_size(self) -> tuple[int, int]:
        """The size of the label as shown (for tests: it fits the widget)."""
        pixmap = self.image.pixmap()
        return (pixmap.width(), pixmap.height()) if pixmap is not None and not pixmap.isNull() else (0, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def _on_print_clicked(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        stock = self.stock.currentData()
        printer.setPageSize(QPageSize(QSizeF(stock.width_mm, stock.height_mm), QPageSize.Unit.Millimeter,
                                      stock.name))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def _on_save_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save labels"), "labels.pdf",
                                                    self.tr("PDF files (*.pdf)"))
        if path:
            self.save(Path(path))
