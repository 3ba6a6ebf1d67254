"""Settings -> People: the people who sign in at the stations, their roles and badges.

Shown to whoever may manage accounts (administrators). Every change goes through
services/people.py on the write lane (audited there; a refusal is shown as its message). A new
badge is shown once and saved as a label (PNG or PDF, scanner/labels.py) to print. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.roles import ROLES
from workstation.runner.tasks import TaskRunner
from workstation.services.audit import Actor
from workstation.services.errors import UserFacingError
from workstation.services.people import PeopleService, Person
from workstation.ui.dialogs.settings.common import ERROR_STYLE, SAVED_STYLE
from workstation.ui.look import when
from workstation.ui.people import role_title
from workstation.ui.table import Column, ListTableModel
from workstation.ui.views import make_table


def _tr(text: str) -> str:
    return QCoreApplication.translate("People", text)


PEOPLE_COLUMNS: tuple[Column[Person], ...] = (
    Column("login", "Login", lambda p: p.login, width=140),
    Column("name", "Name", lambda p: p.name, width=200),
    Column("role", "Role", lambda p: role_title(p.role), width=130),
    Column("state", "State", lambda p: _tr("Active") if p.active else _tr("Disabled"), width=100),
    Column("badges", "Badges", lambda p: str(p.badges), width=70),
    Column("created", "Added", lambda p: when(p.created_at), width=130, stretch=True),
)


def _ask_label_file(parent: QWidget, login: str) -> str | None:
    path, _filter = QFileDialog.getSaveFileName(parent, _tr("Save the badge label"), f"badge-{login}.pdf",
                                                _tr("PDF (*.pdf);;PNG image (*.png)"))
    return path or None


class PeoplePage(QWidget):
    def __init__(self, people: PeopleService, actor: Actor, runner: TaskRunner, parent: QWidget | None = None, *,
                 label_file: Callable[[QWidget, str], str | None] = _ask_label_file):
        super().__init__(parent)
        self._people, self._actor, self._runner, self._label_file = people, actor, runner, label_file
        self.model: ListTableModel[Person] = ListTableModel(PEOPLE_COLUMNS, self)
        self.table = make_table(self.model)
        self.login = QLineEdit()
        self.name = QLineEdit()
        self.role = QComboBox()
        for code in ROLES:
            self.role.addItem(role_title(code), code)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton(self.tr("Add person"))
        self.set_role_button = QPushButton(self.tr("Give the role"))
        self.password_button = QPushButton(self.tr("Set password"))
        self.disable_button = QPushButton(self.tr("Disable"))
        self.enable_button = QPushButton(self.tr("Enable"))
        self.badge_button = QPushButton(self.tr("New badge…"))
        self.revoke_button = QPushButton(self.tr("Revoke badges"))
        self.message = QLabel("")
        self.message.setWordWrap(True)

        form_box = QGroupBox(self.tr("Person"))
        form = QFormLayout(form_box)
        form.addRow(self.tr("Login:"), self.login)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Password:"), self.password)
        hint = QLabel(self.tr("Choose a person in the list for the buttons on the right; the first person "
                              "added must be an administrator."))
        hint.setWordWrap(True)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.set_role_button, self.password_button, self.disable_button,
                       self.enable_button, self.badge_button, self.revoke_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        lower = QHBoxLayout()
        lower.addWidget(form_box, 1)
        lower.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addLayout(lower)
        layout.addWidget(self.message)
        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._on_add_clicked)
        self.set_role_button.clicked.connect(
            lambda: self._on_selected(lambda p: self._people.update(self._actor, p.login,
                                                                    role_code=self.role.currentData()),
                                      self.tr("{0} has the new role.")))
        self.password_button.clicked.connect(self._on_password_clicked)
        self.disable_button.clicked.connect(
            lambda: self._on_selected(lambda p: self._people.disable(self._actor, p.login),
                                      self.tr("{0} can no longer sign in.")))
        self.enable_button.clicked.connect(
            lambda: self._on_selected(lambda p: self._people.enable(self._actor, p.login),
                                      self.tr("{0} can sign in again.")))
        self.revoke_button.clicked.connect(
            lambda: self._on_selected(lambda p: self._people.revoke_badges(self._actor, p.login),
                                      self.tr("Every badge of {0} is revoked.")))
        self.badge_button.clicked.connect(self._on_badge_clicked)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._on_current_changed())

    def reload(self) -> None:
        self._runner.run(self._people.list, self.model.set_rows, self._on_failed, lane="read")

    def selected(self) -> Person | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _on_current_changed(self) -> None:
        person = self.selected()
        if person is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(person.role)))

    def _run(self, op: Callable[[], Any], done_text: str) -> None:
        def done(_result: Any) -> None:
            self._say(done_text, ok=True)
            self.reload()

        self._runner.run(op, done, self._on_failed, lane="write")

    def _on_selected(self, op: Callable[[Person], Any], done_text: str) -> None:
        person = self.selected()
        if person is None:
            self._say(self.tr("Choose a person in the list first."))
            return
        self._run(lambda: op(person), done_text.format(person.name or person.login))

    def _on_add_clicked(self) -> None:
        login, name, role, password = self.login.text(), self.name.text(), self.role.currentData(), self.password.text()
        self.password.clear()
        self._run(lambda: self._people.add(self._actor, login, role, password, name),
                  self.tr("{0} added.").format(name.strip() or login.strip()))

    def _on_password_clicked(self) -> None:
        password = self.password.text()
        self.password.clear()
        self._on_selected(lambda p: self._people.set_password(self._actor, p.login, password),
                          self.tr("Password of {0} changed."))

    def _on_badge_clicked(self) -> None:
        person = self.selected()
        if person is None:
            self._say(self.tr("Choose a person in the list first."))
            return
        target = self._label_file(self, person.login)
        if not target:
            return

        def saved(code: str) -> None:
            from workstation.scanner.labels import STOCK_58, BadgeLabel, render, save_pdf, save_png

            label = BadgeLabel(code=code, name=person.name or person.login, login=person.login,
                               role=role_title(person.role))
            path = Path(target)
            try:
                if path.suffix.lower() == ".png":
                    save_png(render(label, STOCK_58), path)
                else:
                    save_pdf([label], STOCK_58, path if path.suffix else path.with_suffix(".pdf"))
            except OSError as exc:
                self._say(self.tr("The badge was made, but its label could not be saved: {0}. Revoke it and "
                                  "make another.").format(exc))
                return
            self._say(self.tr("New badge of {0} saved to {1}: print it and hand it over.").format(
                person.name or person.login, path), ok=True)
            self.reload()

        self._runner.run(lambda: self._people.issue_badge(self._actor, person.login), saved, self._on_failed,
                         lane="write")

    def _on_failed(self, exc: BaseException, _tb: str) -> None:
        self._say(str(exc) if isinstance(exc, UserFacingError) else self.tr("Unexpected error: {0}").format(
            type(exc).__name__))

    def _say(self, text: str, *, ok: bool = False) -> None:
        self.message.setStyleSheet(SAVED_STYLE if ok else ERROR_STYLE)
        self.message.setText(text)


def add_people_page(tabs: Any, people: PeopleService, actor: Actor, runner: TaskRunner) -> PeoplePage:
    """The People tab at the end of the settings dialog's tabs."""
    page = PeoplePage(people, actor, runner)
    tabs.addTab(page, _tr("People"))
    return page
