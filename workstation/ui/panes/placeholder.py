"""A pane that is not built yet says plainly what will appear there; it has no buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ComingPane(QWidget):
    def __init__(self, heading: str, body: str, parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel(heading)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(body)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setMaximumWidth(720)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, text):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


def purchase_pane() -> ComingPane:
    tr = lambda s: ComingPane.tr(s)  # noqa: E731 - keeps the translation context in one place
    return ComingPane(
        tr("Purchase"),
        tr("Here you will book paid order lines on Taobao Global and 1688.com: choose the buyer "
           "account and the warehouse address, select lines (ready for purchase, booked, "
           "purchased) and use <i>With selected</i> to book, recalculate, bind a marketplace "
           "order or unbind. Price changes are confirmed in a dialog.<br><br>"
           "Until then, the Orders pane shows every line with its status, marketplace order "
           "number and waybill."),
    )


def activities_pane() -> ComingPane:
    tr = lambda s: ComingPane.tr(s)  # noqa: E731
    return ComingPane(
        tr("Activities"),
        tr("Here you will follow long operations (booking, synchronisation, binding and "
           "unbinding) while they run, answer their questions, and see what they did. They "
           "keep going when this window is closed and resume after a restart."),
    )
