"""Who is at this station: the sign-in at start and after the idle timeout, a badge scan that
switches the person, File -> Switch user / Sign out, the person in the status bar, and what
each role sees (domain/roles.py; the services refuse the rest all the same).

With no people defined nothing here asks anything: the station is its implicit administrator,
as before. The idle time is kept by watching the main window's own window-system events
(keys, clicks, wheel) and every scan, never by a filter on the whole QApplication (see
scanner/wedge.py for why). GUI thread only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow

from workstation.domain.roles import ADMINISTRATOR, CLERK, PURCHASER, Permission
from workstation.runner.tasks import TaskRunner
from workstation.services.audit import Actor
from workstation.services.people import (
    DEFAULT_SESSION_TIMEOUT_MINUTES,
    SESSION_TIMEOUT_KEY,
    IdleTimeout,
    PeopleService,
    Person,
    may,
    sign_in,
    sign_out,
    timeout_minutes,
)
from workstation.ui.dialogs.signin import SignInDialog

log = logging.getLogger(__name__)
CHECK_MS = 15_000  # how often the idle time is looked at
_ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel})


def role_title(code: str) -> str:
    titles = {ADMINISTRATOR: QCoreApplication.translate("People", "Administrator"),
              PURCHASER: QCoreApplication.translate("People", "Purchaser"),
              CLERK: QCoreApplication.translate("People", "Clerk")}
    return titles.get(code, code)


class StationPeople(QObject):
    """The sign-in state of one main window. `start()` once the window is built."""

    person_changed = Signal(object)  # the Actor, after a sign-in, a switch or a sign-out

    def __init__(self, window: QMainWindow, people: PeopleService, actor: Actor, runner: TaskRunner,
                 settings: Any, *, router: Any = None, on_quit: Callable[[], None] | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC), check_ms: int = CHECK_MS):
        super().__init__(window)
        self._window, self._people, self.actor, self._runner = window, people, actor, runner
        self._local_user = actor.user
        self._on_quit = on_quit or window.close
        minutes = timeout_minutes(settings.value(SESSION_TIMEOUT_KEY, DEFAULT_SESSION_TIMEOUT_MINUTES))
        self.idle = IdleTimeout(minutes, clock)
        self.required = False
        self.dialog: SignInDialog | None = None
        self.label = QLabel()
        self.label.setObjectName("signed_in_person")
        window.statusBar().insertPermanentWidget(0, self.label)
        self.switch_action = QAction(self.tr("S&witch user…"), window)
        self.sign_out_action = QAction(self.tr("Sign &out"), window)
        quit_action = getattr(window, "quit_action", None)
        menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
        file_menu = next((m for m in menus if quit_action in m.actions()), None)
        if file_menu is not None:  # File: Switch user, Sign out, then Quit
            file_menu.insertAction(quit_action, self.switch_action)
            file_menu.insertAction(quit_action, self.sign_out_action)
            file_menu.insertSeparator(quit_action)
        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(check_ms)
        self._router = router
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.switch_action.triggered.connect(lambda: self.ask(self.tr("Sign in as the person who takes over.")))
        self.sign_out_action.triggered.connect(self.sign_out)
        self.idle_timer.timeout.connect(self.check_idle)
        if self._router is not None:
            self._router.badge_scanned.connect(self._on_router_badge_scanned)
            self._router.outcome.connect(lambda _o: self.idle.touch())

    def start(self) -> None:
        """Ask who is there when people are defined (one indexed read); else stay the implicit
        administrator with nothing to switch."""
        self.required = self._people.required()
        for action in (self.switch_action, self.sign_out_action):
            action.setVisible(self.required)
        if not self.required:
            self.label.hide()
            self._apply()
            return
        handle = self._window.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)
        self.sign_out(reason=self.tr("Sign in to use this station."))

    # -- signing in and out
    def ask(self, reason: str = "") -> None:
        """The sign-in dialog over the window (the person stays until someone else signs in)."""
        if self.dialog is not None and shiboken6.isValid(self.dialog) and self.dialog.isVisible():
            self.dialog.raise_()
            return
        self.dialog = SignInDialog(self._people, self._runner, self._window, reason=reason)
        self.dialog.signed_in.connect(self.become)
        self.dialog.quit_requested.connect(self._on_quit)
        self.dialog.open()
        self.dialog.login.setFocus()

    def sign_out(self, _checked: bool = False, *, reason: str = "") -> None:
        sign_out(self.actor, self._local_user)
        self.idle_timer.stop()
        self._apply()
        self.ask(reason or self.tr("Signed out. Sign in to use this station."))

    def become(self, person: Person) -> None:
        previous = self.actor.user if self.actor.signed_in else ""
        sign_in(self.actor, person)
        self.idle.touch()
        if self.idle.timeout is not None:
            self.idle_timer.start()
        self._apply()
        if self.dialog is not None and shiboken6.isValid(self.dialog) and self.dialog.isVisible():
            self.dialog.accept()
        if previous and previous != person.login:
            self._window.statusBar().showMessage(
                self.tr("{0} took over from {1}.").format(person.name or person.login, previous), 10_000)
        log.info("signed in at this station: %s (%s)", person.login, person.role)

    def check_idle(self) -> None:
        if self.actor.signed_in and self.idle.expired():
            log.info("%s signed out after %s idle", self.actor.user, self.idle.timeout)
            self.sign_out(reason=self.tr("Signed out after {0} minutes without use.").format(
                int(self.idle.timeout.total_seconds() // 60) if self.idle.timeout else 0))

    def _on_router_badge_scanned(self, code: str) -> None:
        """A badge scanned in the window: that person takes over (checked off the GUI thread)."""
        if not self.required:
            self._window.statusBar().showMessage(self.tr("A badge was scanned, but no people are defined here."),
                                                 10_000)
            return

        def refused(exc: BaseException, _tb: str) -> None:
            self._window.statusBar().showMessage(self.tr("This badge is not valid (revoked, or its person "
                                                         "disabled)."), 10_000)

        self._runner.run(lambda: self._people.authenticate_badge(code), self.become, refused, lane="read")

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _ACTIVITY:
            self.idle.touch()
        return False

    # -- what the person sees
    def _apply(self) -> None:
        actor, window = self.actor, self._window
        if self.required:
            text = (self.tr("Signed in: {0} ({1})").format(actor.name or actor.user, role_title(actor.role))
                    if actor.signed_in else self.tr("Nobody signed in"))
            self.label.setText(text)
            self.label.show()
        buying = any(may(actor, p) for p in (Permission.BOOK, Permission.BIND, Permission.PRICES))
        admin = any(may(actor, p) for p in (Permission.SETTINGS, Permission.KEYS, Permission.ACCOUNTS))
        settings_action = getattr(window, "settings_action", None)
        if settings_action is not None:
            settings_action.setVisible(admin)
            settings_action.setEnabled(admin and getattr(window, "_settings_dialog_factory", None) is not None)
            dialog = getattr(window, "settings_dialog", None)
            if not admin and dialog is not None and shiboken6.isValid(dialog):
                dialog.close()  # an administrator's open settings do not stay for the next person
        panes = getattr(window, "panes", None)
        if panes is not None:
            shown = {getattr(window, "purchase_pane", None): buying, getattr(window, "activities_pane", None): buying}
            for index in range(panes.count()):
                visible = shown.get(panes.widget(index), True) and actor.signed_in
                panes.setTabVisible(index, visible)
                actions = getattr(window, "pane_actions", [])
                if index < len(actions):
                    actions[index].setEnabled(visible)
            panes.setVisible(actor.signed_in)  # nothing of the data behind the sign-in
            current = panes.currentIndex()
            if current >= 0 and not panes.isTabVisible(current):
                panes.setCurrentIndex(0)
        self.person_changed.emit(actor)
