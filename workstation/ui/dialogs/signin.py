"""The sign-in of a station: a login and password, or a scan of the person's badge.

A badge scanned while this dialog is open lands in its focused field (the wedge lets a modal
dialog's fields take keys and only swallows the Enter), so a field whose text becomes a badge
code signs in with it at once, and the code is cleared from the field. Checking a password
(scrypt) runs on the TaskRunner, never on the GUI thread. GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.runner.tasks import TaskRunner
from workstation.services.errors import UserFacingError
from workstation.services.people import PeopleService, Person, is_badge_code
from workstation.ui.dialogs.settings.common import ERROR_STYLE


class SignInDialog(QDialog):
    signed_in = Signal(object)  # Person
    quit_requested = Signal()

    def __init__(self, people: PeopleService, runner: TaskRunner, parent: QWidget | None = None, *,
                 reason: str = ""):
        super().__init__(parent)
        self._people, self._runner = people, runner
        self.busy = False
        self.setWindowTitle(self.tr("Sign in"))
        self.setModal(True)
        self.setMinimumWidth(420)
        self.reason = QLabel(reason)
        self.reason.setWordWrap(True)
        self.reason.setVisible(bool(reason))
        hint = QLabel(self.tr("Scan your badge, or type your login and password."))
        hint.setWordWrap(True)
        self.login = QLineEdit()
        self.login.setObjectName("signin_login")
        self.password = QLineEdit()
        self.password.setObjectName("signin_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Login:"), self.login)
        form.addRow(self.tr("Password:"), self.password)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        buttons = QDialogButtonBox()
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("Quit"))
        buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        for widget in (self.reason, hint):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.sign_in_button.clicked.connect(self._on_sign_in_clicked)
        self.quit_button.clicked.connect(self.quit_requested.emit)
        self.login.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self._on_sign_in_clicked)
        self.login.textChanged.connect(lambda text: self._on_field_text_changed(self.login, text))
        self.password.textChanged.connect(lambda text: self._on_field_text_changed(self.password, text))

    def reject(self) -> None:  # Escape: nobody may skip the sign-in
        self.message.setText(self.tr("Sign in to use this station, or Quit."))

    def _on_field_text_changed(self, field: QLineEdit, text: str) -> None:
        if is_badge_code(text):
            field.clear()  # the code is a credential: it does not stay on screen
            self.use_badge(text)

    def use_badge(self, code: str) -> None:
        self._check(lambda: self._people.authenticate_badge(code))

    def _on_sign_in_clicked(self) -> None:
        login, password = self.login.text().strip(), self.password.text()
        if not login:
            self.message.setText(self.tr("Type your login, or scan your badge."))
            self.login.setFocus()
            return
        self._check(lambda: self._people.authenticate(login, password))

    def _check(self, op) -> None:  # type: ignore[no-untyped-def]
        if self.busy:
            return
        self.busy = True
        self.sign_in_button.setEnabled(False)
        self.message.setText(self.tr("Checking…"))
        self._runner.run(op, self._on_checked, self._on_refused, lane="read")

    def _on_checked(self, person: Person) -> None:
        self.busy = False
        self.sign_in_button.setEnabled(True)
        self.message.setText("")
        self.password.clear()
        self.signed_in.emit(person)
        self.accept()

    def _on_refused(self, exc: BaseException, _tb: str) -> None:
        self.busy = False
        self.sign_in_button.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        if isinstance(exc, UserFacingError):
            self.message.setText(self.tr("Wrong login or password, or the badge is not valid (revoked, or its "
                                         "person disabled)."))
        else:
            self.message.setText(self.tr("Could not check the sign-in: {0}").format(type(exc).__name__))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
