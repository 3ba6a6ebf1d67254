"""The login dialog: the marketplace's login page in an embedded browser, until it redirects.

The page runs in the account's own browser profile (or a fresh one for a new account, see
`ui/browser.py`). The navigation to the return URL is caught in `acceptNavigationRequest`
before anything is loaded; the URL goes to `LoginService.finish` on the network lane of the
TaskRunner, and the dialog shows the outcome: `logged_in(SessionRow)` and close, or a banner
with the reason and a Retry button that starts a fresh attempt.

`on_open`/`on_close` run once each, when the dialog is first shown and when it closes (or is
deleted with its parent); the app passes a `ScannerPause`'s pause/resume, so the keyboard-wedge
scanner does not take a person's (or a password manager's) fast typing for a scan.

GUI thread only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.runner.tasks import TaskRunner
from workstation.services.errors import UserFacingError
from workstation.services.login import LoginRequest, LoginService
from workstation.services.sessions import SessionRow
from workstation.ui.browser import BrowserProfiles, ProfileHandle

log = logging.getLogger(__name__)

PROVIDER_NAMES = {"taobao": "Taobao Global", "1688": "1688.com"}

_BANNER_STYLE = ("QFrame#banner { background: #fdecea; border: 1px solid #f5c2c0; "
                 "border-radius: 4px; } QLabel { color: #8a1c14; }")


class ScannerPause:
    """Keeps a keyboard-wedge scanner (anything with an `enabled` attribute, and `flush()`) off
    between `pause()` and `resume()`; nested pauses resume only at the last one, and the
    scanner's own setting from before is put back."""

    def __init__(self, scanner: Any):
        self._scanner = scanner
        self._depth = 0
        self._was_enabled = True

    @property
    def paused(self) -> bool:
        return self._depth > 0

    def pause(self) -> None:
        if self._depth == 0:
            self._was_enabled = bool(self._scanner.enabled)
            flush = getattr(self._scanner, "flush", None)
            if callable(flush):
                flush()  # keys held before the dialog opened go back to where they were typed
            self._scanner.enabled = False
        self._depth += 1

    def resume(self) -> None:
        if self._depth == 0:
            return
        self._depth -= 1
        if self._depth == 0:
            self._scanner.enabled = self._was_enabled


class LoginPage(QWebEnginePage):
    """A page that hands navigations to the return URL over instead of loading them."""

    return_reached = Signal(str)

    def __init__(self, profile: QWebEngineProfile, is_return: Callable[[str], bool],
                 parent: QWidget | None = None):
        super().__init__(profile, parent)
        self._is_return = is_return

    def acceptNavigationRequest(self, url: QUrl | str, type_: QWebEnginePage.NavigationType,  # noqa: N802
                                is_main_frame: bool) -> bool:
        text = url.toString() if isinstance(url, QUrl) else str(url)
        if self._is_return(text):
            # Never loaded: the code in it is for the service, not for a web server.
            self.return_reached.emit(text)
            return False
        return super().acceptNavigationRequest(url, type_, is_main_frame)


class LoginDialog(QDialog):
    """Logs one account of one provider in. Emits `logged_in(SessionRow)` on success."""

    logged_in = Signal(object)  # SessionRow

    def __init__(self, provider: str, login: LoginService, runner: TaskRunner,
                 profiles: BrowserProfiles, account_hint: str | None = None,
                 parent: QWidget | None = None, *, on_open: Callable[[], None] | None = None,
                 on_close: Callable[[], None] | None = None):
        super().__init__(parent)
        self._on_open = on_open
        self._on_close_hook = on_close
        self._shown = False
        # Owed once the dialog was first shown; paid by done() or, failing that, by the deletion (kept apart
        # from self so the destroyed handler needs nothing of the deleted dialog).
        owed: list[Callable[[], None]] = []
        self._close_owed = owed
        self.destroyed.connect(lambda *_args: owed.pop()() if owed else None)
        self.provider = provider
        self.account_hint = account_hint
        self._login = login
        self._runner = runner
        self._profiles = profiles
        self._request: LoginRequest | None = None
        self._attempt = 0  # results of an older attempt are dropped
        self._busy = False
        self._returned = False  # this attempt's redirect was caught; its aborted load is no error
        self._closed = False
        self.result_row: SessionRow | None = None
        self.last_error: str = ""

        name = PROVIDER_NAMES.get(provider, provider)
        self.setWindowTitle(self.tr("Log in to %1").replace("%1", name) if not account_hint else
                            self.tr("Log %1 in again on %2").replace("%1", account_hint)
                            .replace("%2", name))
        self.resize(960, 760)

        self._handle: ProfileHandle = profiles.login_profile(provider, account_hint)
        self.view = QWebEngineView(self)
        self.page = LoginPage(self._handle.profile, self._is_return, self)
        self.view.setPage(self.page)
        self.page.return_reached.connect(self._on_page_return_reached)
        self.page.loadStarted.connect(self._on_page_load_started)
        self.page.loadFinished.connect(self._on_page_load_finished)

        self.banner = QFrame(self)
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet(_BANNER_STYLE)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Retry"), self.banner)
        self.retry_button.clicked.connect(self.restart)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.retry_button)
        self.banner.hide()

        intro = QLabel(self.tr("Log in with the buyer account on the %1 page below. The "
                               "workstation keeps the session; your password is not stored.")
                       .replace("%1", name), self)
        intro.setWordWrap(True)
        # Where the page really is, so a person can tell the marketplace from a look-alike.
        self.address = QLabel(self)
        self.address.setObjectName("address")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setStyleSheet("color: palette(dark);")
        self.page.urlChanged.connect(self._on_page_url_changed)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.rejected.connect(self.reject)

        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.address)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

    # ------------------------------------------------------------ flow

    def start(self) -> None:
        """Ask the service for a login URL and open it (call once, after construction)."""
        self.restart()

    def restart(self) -> None:
        """A fresh attempt: new state, the login page again, no banner."""
        self._attempt += 1
        attempt = self._attempt
        self._request = None
        self._busy = True
        self._returned = False
        self.banner.hide()
        self._set_status(self.tr("Opening the login page…"))
        provider, hint, login = self.provider, self.account_hint, self._login
        self._runner.run(lambda: login.begin(provider, hint),
                         lambda request: self._on_begun(attempt, request),
                         lambda exc, tb: self._on_failed(attempt, exc, tb), lane="read")

    def _on_begun(self, attempt: int, request: LoginRequest) -> None:
        if self._stale(attempt):
            return
        self._request = request
        self._busy = False
        self.page.load(QUrl(request.url))

    def _is_return(self, url: str) -> bool:
        return self._login.is_return(self._request, url) if self._request else \
            url.startswith(self._login.return_url)

    def _on_page_return_reached(self, url: str) -> None:
        request, attempt = self._request, self._attempt
        if request is None or self._busy or self._returned:
            return  # an echo of a navigation already handed over
        self._busy = self._returned = True
        self._set_status(self.tr("Finishing the login…"))
        login = self._login
        self._runner.run(lambda: login.finish(request, url),
                         lambda row: self._on_finished(attempt, row),
                         lambda exc, tb: self._on_failed(attempt, exc, tb), lane="network")

    def _on_finished(self, attempt: int, row: SessionRow) -> None:
        if self._stale(attempt):
            return
        self.result_row = row
        self._set_status(self.tr("Logged in as %1.").replace("%1", row.account))
        self.logged_in.emit(row)
        self._dispose_page()
        self._profiles.adopt(self._handle, row.account)
        self.accept()

    def _on_failed(self, attempt: int, exc: BaseException, tb: str) -> None:
        if self._stale(attempt):
            return
        self._busy = False
        if isinstance(exc, UserFacingError):
            message = str(exc)
        else:
            log.error("login on %s failed unexpectedly: %s\n%s", self.provider, exc, tb)
            message = self.tr("The login failed unexpectedly; the details are in the log.")
        self.show_error(message)

    def show_error(self, message: str) -> None:
        self.last_error = message
        self.banner_text.setText(message)
        self.banner.show()
        self.retry_button.setFocus()
        self._set_status(self.tr("Not logged in."))

    def _on_page_load_started(self) -> None:
        if not (self._busy or self._returned):
            self._set_status(self.tr("Loading…"))

    def _on_page_load_finished(self, ok: bool) -> None:
        if self._busy or self._closed or self._returned:
            return
        if ok:
            self._set_status(self.tr("Log in on the page above."))
        elif self._request is not None:
            self.show_error(self.tr("The login page could not be opened. Check the network "
                                    "connection and the provider's address, then retry."))

    def _on_page_url_changed(self, url: QUrl) -> None:
        if url.isEmpty() or url.scheme() not in ("http", "https"):
            self.address.clear()
            return
        secure = url.scheme() == "https"
        port = f":{url.port()}" if url.port() != -1 else ""
        where = f"{url.scheme()}://{url.host()}{port}{url.path()}"  # no query: it may hold a code
        self.address.setText((self.tr("Secure page: %1") if secure else self.tr("Page: %1"))
                             .replace("%1", where))

    def _set_status(self, text: str) -> None:
        self.status.setText(text)

    def _stale(self, attempt: int) -> bool:
        return self._closed or attempt != self._attempt

    # ------------------------------------------------------------ closing

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._shown or self._closed:
            return
        self._shown = True
        if self._on_open is not None:
            self._on_open()
        if self._on_close_hook is not None:
            self._close_owed.append(self._on_close_hook)

    def done(self, result: int) -> None:
        if not self._closed:
            self._closed = True
            self._dispose_page()
            if self.result_row is None:
                self._profiles.discard(self._handle)
            if self._close_owed:
                self._close_owed.pop()()
        super().done(result)

    def _dispose_page(self) -> None:
        """Delete the page now: it must be gone before its profile is released or renamed."""
        if shiboken6.isValid(self.page):
            self.page.return_reached.disconnect(self._on_page_return_reached)
            self.page.loadStarted.disconnect(self._on_page_load_started)
            self.page.loadFinished.disconnect(self._on_page_load_finished)
            self.page.urlChanged.disconnect(self._on_page_url_changed)
            self.view.hide()
            shiboken6.delete(self.view)  # the view first: it must not outlive its page
        if shiboken6.isValid(self.page):
            shiboken6.delete(self.page)
