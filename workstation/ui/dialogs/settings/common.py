"""Small pieces the settings pages share: provider names, an inline error label, a field row.

GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workstation.domain import marketplaces

PROVIDER_ORDER = marketplaces.KINDS

ERROR_STYLE = "color: #b3261e;"
INVALID_STYLE = "border: 1px solid #b3261e; border-radius: 2px; padding: 1px;"
SAVED_STYLE = "color: #1b5e20; font-weight: bold;"


def provider_name(provider: str) -> str:
    return marketplaces.name(provider)


def tr(text: str) -> str:
    """Translation for texts the domain produces (validation messages): shown as is when no
    translation exists, as UserFacingError texts are."""
    return QCoreApplication.translate("SettingsDialog", text)


def guarded(widget: QWidget, callback: Callable[..., None]) -> Callable[..., None]:
    """`callback`, dropped when `widget` was deleted before the worker finished (the dialog
    closed with Delete-on-close while a save or a load was still on its way)."""

    def call(*args: Any) -> None:
        if shiboken6.isValid(widget):
            callback(*args)

    return call


class ErrorLabel(QLabel):
    """A red message that sits next to one field; hidden while empty."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


class FieldRow(QWidget):
    """A field with its error label right under it; marks the field red while it is at fault."""

    def __init__(self, field: QWidget, parent: QWidget | None = None, *, marked: QWidget | None = None,
                 frame: bool = True):
        """`marked`: the widget framed red when `field` is a composite (a list and its entry);
        `frame=False` for a table, which a style sheet would restyle whole (its header too)."""
        super().__init__(parent)
        self.field = field
        self.marked = marked or field
        self._frame = frame
        self.error = ErrorLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.error)
        self._style = self.marked.styleSheet()

    def set_error(self, message: str) -> None:
        self.error.show_message(message)
        # A selector, so that a spin box's inner line edit is not framed a second time.
        if self._frame:
            red = f"{self.marked.metaObject().className()} {{ {INVALID_STYLE} }}"
            self.marked.setStyleSheet(red if message else self._style)

    @property
    def message(self) -> str:
        return self.error.text()
