"""The "+" beside the Purchase pane's account chooser: logs another account of the order's
marketplace in through a login dialog the composition root provides. GUI thread only.

The factory `(provider, parent) -> QDialog` returns a NEW dialog that is not shown or started
yet and has a `logged_in(SessionRow)` signal (the app's LoginDialog). This helper connects to
it, opens it window-modal (deleted when closed) and then calls its `start()` when it has one,
in that order, as the Sessions pane does. Without a factory the button stays hidden: a button
that cannot log anybody in is never shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QToolButton, QWidget

from workstation.ui.panes.orders.model import PROVIDER_NAMES

LoginDialogFactory = Callable[[str, QWidget], QDialog]


class AddAccount(QObject):
    """Drives `button`; emits `logged_in(row)` once a dialog it opened logged an account in."""

    logged_in = Signal(object)  # SessionRow

    def __init__(self, button: QToolButton, factory: LoginDialogFactory | None, parent: QWidget):
        super().__init__(parent)
        self.button = button
        self._factory = factory
        self._parent = parent
        self._provider = ""
        self.dialog: QDialog | None = None  # the one open now, for tests and to avoid a second
        button.setText("+")
        button.setAutoRaise(False)
        button.setVisible(factory is not None)
        button.clicked.connect(self.open_login)
        self.set_provider("")

    @property
    def available(self) -> bool:
        return self._factory is not None

    def set_provider(self, provider: str) -> None:
        """The open order's marketplace ("" when no order is open: nothing to log in to yet)."""
        self._provider = provider
        self.button.setEnabled(bool(provider) and self._factory is not None)
        if provider:
            name = PROVIDER_NAMES.get(provider, provider)
            self.button.setToolTip(self.tr("Log in another {0} account").format(name))
        else:
            self.button.setToolTip(self.tr("Open an order first: accounts are per marketplace"))

    def open_login(self) -> QDialog | None:
        """Open the login dialog for the open order's marketplace (or raise the one already open)."""
        if self._factory is None or not self._provider:
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        dialog = self._factory(self._provider, self._parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.logged_in.connect(self.logged_in.emit)  # type: ignore[attr-defined]
        # Forget it once closed (finished) or gone (deleted with its parent) - whichever comes first.
        dialog.finished.connect(lambda _result, d=dialog: self._forget(d))
        dialog.destroyed.connect(lambda _obj=None, d=dialog: self._forget(d))
        self.dialog = dialog
        dialog.open()
        start = getattr(dialog, "start", None)
        if callable(start):
            start()
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
