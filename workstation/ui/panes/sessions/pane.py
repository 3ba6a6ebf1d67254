"""The Sessions pane: per provider, the logged-in accounts and their state; "+" logs one in
through the login dialog, "Forget" drops one (session, tokens, browser profile).

GUI thread only; the session service runs on the TaskRunner.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workstation.runner.tasks import TaskRunner
from workstation.services.errors import UserFacingError
from workstation.services.login import LoginService
from workstation.services.sessions import SessionRow, SessionService
from workstation.ui.browser import BrowserProfiles
from workstation.ui.dialogs.login import LoginDialog
from workstation.ui.panes.sessions.model import SESSION_COLUMNS, needs_login, provider_name
from workstation.ui.table import ListTableModel
from workstation.ui.views import make_table

log = logging.getLogger(__name__)

REFRESH_MS = 60_000  # "expiring within an hour" moves with the clock


class SessionsPane(QWidget):
    """Lists provider sessions. Emits `session_added(SessionRow)` and `session_forgotten`."""

    session_added = Signal(object)  # SessionRow
    session_forgotten = Signal(str, str)  # provider, account
    loaded = Signal(int)  # rows shown

    def __init__(self, sessions: SessionService, login: LoginService, runner: TaskRunner,
                 profiles: BrowserProfiles, providers: Sequence[str] = ("1688", "taobao"),
                 parent: QWidget | None = None, *, refresh_ms: int = REFRESH_MS,
                 login_dialog_factory: Callable[[str, QWidget, str | None], LoginDialog] | None = None,
                 sync_timer: Any = None):
        super().__init__(parent)
        self._dialog_factory = login_dialog_factory  # the app's: it pauses the scanner meanwhile
        self._sessions = sessions
        self._login = login
        self._runner = runner
        self._profiles = profiles
        self.providers = tuple(providers)
        self.login_dialog: LoginDialog | None = None
        self._generation = 0

        self.model: ListTableModel[SessionRow] = ListTableModel(SESSION_COLUMNS, self)
        self.view = make_table(self.model)
        self.view.setSelectionMode(self.view.SelectionMode.SingleSelection)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.filter = QComboBox()
        self.filter.addItem(self.tr("All providers"), "")
        for provider in self.providers:
            self.filter.addItem(provider_name(provider), provider)
        self.filter.currentIndexChanged.connect(self.refresh)

        self.add_button = QToolButton()
        self.add_button.setText("+")
        self.add_button.setToolTip(self.tr("Log a buyer account in"))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_button.setMinimumWidth(36)
        menu = QMenu(self.add_button)
        for provider in self.providers:
            action = menu.addAction(self.tr("Log in a %1 account…").replace("%1", provider_name(provider)))
            action.triggered.connect(lambda _=False, p=provider: self.open_login(p))
        self.add_button.setMenu(menu)
        self.relogin_button = QPushButton(self.tr("Log in again"))
        self.relogin_button.clicked.connect(self._on_relogin_clicked)
        self.forget_button = QPushButton(self.tr("Forget…"))
        self.forget_button.clicked.connect(self._on_forget_clicked)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        # "Start synchronisation" for the chosen account (runner.background.BackgroundSyncTimer)
        self._sync_timer = sync_timer
        self._waiting_sync: str | None = None  # the account whose "Start synchronisation" is on its way
        self.sync_button = QPushButton(self.tr("Start synchronisation"))
        self.sync_button.setToolTip(self.tr("Synchronise the selected account now (its progress is in Activities)"))
        self.sync_button.clicked.connect(self._on_sync_clicked)
        self.sync_button.setVisible(sync_timer is not None)
        if sync_timer is not None:
            sync_timer.sync_started.connect(self._on_sync_started)
            sync_timer.run_refused.connect(self._on_sync_refused)

        self.hint = QLabel(self.tr("No buyer account is logged in. Press + to log one in."))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Provider:")))
        bar.addWidget(self.filter)
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.relogin_button)
        bar.addWidget(self.forget_button)
        bar.addWidget(self.sync_button)
        bar.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.status)

        self._timer = QTimer(self)
        self._timer.setInterval(refresh_ms)
        self._timer.timeout.connect(self.refresh)
        self._update_buttons()

    # ------------------------------------------------------------ data

    def refresh(self) -> None:
        """Reload the list from the session service (on a worker)."""
        self._generation += 1
        generation = self._generation
        provider = self.filter.currentData() or None
        sessions = self._sessions
        self._runner.run(lambda: sessions.list(provider),
                         lambda rows: self._on_listed(generation, rows),
                         lambda exc, tb: self._on_error(exc, tb), lane="read")

    def _on_listed(self, generation: int, rows: list[SessionRow]) -> None:
        if generation != self._generation:
            return
        selected = self.selected()
        self.model.set_rows(rows)
        self.hint.setVisible(not rows)
        self.status.clear()
        if selected is not None:
            for i, row in enumerate(rows):
                if (row.provider, row.account) == (selected.provider, selected.account):
                    self.view.selectRow(i)
        self._update_buttons()
        self.loaded.emit(len(rows))

    def _on_error(self, exc: BaseException, tb: str) -> None:
        if isinstance(exc, UserFacingError):
            self.status.setText(str(exc))
            return
        log.error("the session list failed: %s\n%s", exc, tb)
        self.status.setText(self.tr("The sessions could not be loaded; the details are in the log."))

    def selected(self) -> SessionRow | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        row = self.selected()
        self.forget_button.setEnabled(row is not None)
        self.relogin_button.setEnabled(row is not None)
        self.sync_button.setEnabled(row is not None and row.state != "expired")

    def show_provider(self, provider: str) -> None:
        """List the accounts of this provider only (the settings dialog's provider at the top)."""
        index = self.filter.findData(provider)
        if index >= 0 and index != self.filter.currentIndex():
            self.filter.setCurrentIndex(index)  # refreshes

    # ------------------------------------------------------------ synchronisation

    def _on_sync_clicked(self) -> None:
        row = self.selected()
        if row is None or self._sync_timer is None:
            return
        self._waiting_sync = row.account
        self.status.setText(self.tr("Starting a synchronisation of %1…").replace("%1", row.account))
        self._sync_timer.run_now(row.provider, row.account)

    def _on_sync_started(self, _activity_id: str) -> None:
        account = self._waiting_sync
        if account:
            self._waiting_sync = None
            self.status.setText(self.tr("Synchronisation of %1 started; its progress is in the Activities pane.")
                                .replace("%1", account))

    def _on_sync_refused(self, message: str) -> None:
        if self._waiting_sync:
            self._waiting_sync = None
            self.status.setText(message)

    # ------------------------------------------------------------ login

    def open_login(self, provider: str, account_hint: str | None = None) -> LoginDialog:
        """Open the login dialog for `provider` (window-modal); the list refreshes after."""
        if self._dialog_factory is not None:
            dialog = self._dialog_factory(provider, self, account_hint)
        else:
            dialog = LoginDialog(provider, self._login, self._runner, self._profiles,
                                 account_hint=account_hint, parent=self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.logged_in.connect(self._on_dialog_logged_in)
        dialog.destroyed.connect(self._on_dialog_destroyed)
        self.login_dialog = dialog
        dialog.open()
        dialog.start()
        return dialog

    def _on_dialog_logged_in(self, row: SessionRow) -> None:
        self.session_added.emit(row)
        self.refresh()

    def _on_dialog_destroyed(self) -> None:
        self.login_dialog = None

    def _on_relogin_clicked(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_login(row.provider, row.account)

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        row = self.model.row(index.row())
        if needs_login(row):
            self.open_login(row.provider, row.account)

    # ------------------------------------------------------------ forget

    def _on_forget_clicked(self) -> None:
        row = self.selected()
        if row is None or not self.confirm_forget(row):
            return
        self.forget(row.provider, row.account)

    def confirm_forget(self, row: SessionRow) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Forget account"),
            self.tr("Forget %1 on %2?\n\nIts session, tokens and browser cookies are deleted from "
                    "this workstation; to use it again, log it in again. Orders already bought "
                    "are kept.").replace("%1", row.account).replace("%2", provider_name(row.provider)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def forget(self, provider: str, account: str) -> None:
        """Drop the account's tokens and session (worker), then its browser profile."""
        login = self._login

        def done(_found: bool) -> None:
            self._profiles.forget_account(provider, account)
            self.status.setText(self.tr("%1 forgotten.").replace("%1", account))
            self.session_forgotten.emit(provider, account)
            self.refresh()

        self._runner.run(lambda: login.forget(provider, account), done, self._on_error, lane="write")

    # ------------------------------------------------------------ visibility

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._timer.start()
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self._timer.stop()
        super().hideEvent(event)
