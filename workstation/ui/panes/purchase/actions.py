"""The Purchase pane's actions: one QAction each (text, shortcut, tooltip naming the shortcut),
the "With selected" menu, and the inline banner that reports refusals. GUI thread only."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

_BANNER_STYLES = {
    "error": "background:#ffebee; border:1px solid #e57373; color:#7f0000;",
    "warning": "background:#fff8e1; border:1px solid #ffb74d; color:#5d4037;",
    "info": "background:#e8f5e9; border:1px solid #81c784; color:#1b5e20;",
}


class PurchaseActions(QObject):
    """The actions, added to `owner` so their shortcuts work while focus is inside it."""

    def __init__(self, owner: QWidget):
        super().__init__(owner)
        self.book = self._make(owner, self.tr("&Book"), "Ctrl+B",
                               self.tr("Book the selected lines on the marketplace"))
        self.recalc = self._make(owner, self.tr("&Recalculate price/delivery…"), "Ctrl+R",
                                 self.tr("Set the customer's price and/or delivery to the purchase "
                                         "figures (only after the customer agreed)"))
        self.bind = self._make(owner, self.tr("B&ind with provider order…"), "Ctrl+L",
                               self.tr("Link a marketplace order bought by hand to this order's lines"))
        self.unbind = self._make(owner, self.tr("&Unbind"), "Ctrl+U",
                                 self.tr("Detach the selected lines from their marketplace order "
                                         "(nothing is cancelled on the marketplace)"))
        self.sync = self._make(owner, self.tr("Start &synchronisation for the account"), "F6",
                               self.tr("Fetch statuses, order numbers, waybills and prices of the "
                                       "chosen account now"))
        self.menu = QMenu(owner)
        for action in (self.book, self.recalc, self.bind, self.unbind):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.sync)

    def all(self) -> tuple[QAction, ...]:
        return (self.book, self.recalc, self.bind, self.unbind, self.sync)

    @staticmethod
    def _make(owner: QWidget, text: str, keys: str, tip: str) -> QAction:
        action = QAction(text, owner)
        shortcut = QKeySequence(keys)
        action.setShortcut(shortcut)
        # Only while the pane (or the order's Purchase tab) has the focus: other panes keep their keys.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{tip} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})")
        action.setStatusTip(tip)
        owner.addAction(action)
        return action

    def with_selected_button(self) -> QToolButton:
        button = QToolButton()
        button.setText(self.tr("With selected ▾"))
        # The style's own arrow is tiny and crowds the text; the ▾ in the text says it instead.
        button.setStyleSheet("QToolButton::menu-indicator {image: none; width: 0px;} QToolButton {padding: 3px 8px;}")
        button.setToolTip(self.tr("Actions on the selected lines (or right-click the lines)"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setMenu(self.menu)
        return button


class Banner(QFrame):
    """A one-line message above the lines: refusals in red, progress in green; × hides it."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("purchaseBanner")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = ""
        close = QToolButton()
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Hide this message"))
        close.clicked.connect(self.hide_message)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 4, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(False)

    def show_message(self, text: str, kind: str = "error") -> None:
        self.kind = kind
        self.setStyleSheet(f"#purchaseBanner {{{_BANNER_STYLES[kind]} border-radius:4px;}}"
                           f"#purchaseBanner QLabel {{border:none; background:transparent;}}")
        self.text.setText(text)
        self.setVisible(True)

    def hide_message(self) -> None:
        self.kind = ""
        self.text.clear()
        self.setVisible(False)
        self.closed.emit()

    def message(self) -> str:
        return "" if self.isHidden() else self.text.text()
