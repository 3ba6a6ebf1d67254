"""The login dialog: the marketplace's login page in an embedded browser, until it redirects.

The page runs in the account's own browser profile (or a fresh one for a new account, see
`ui/browser.py`), and so does every window it opens (`createWindow`: "log in with Alipay", a
QR page, the terms): each opens as a tab of the dialog, on the same profile, and closes its
tab when the page closes itself. The navigation to the return URL, from the page or from any
of its windows, is caught in `acceptNavigationRequest` before anything is loaded (a request
interceptor blocks whatever else would carry the code there); the URL goes to
`LoginService.finish` on the network lane of the TaskRunner, and the dialog shows the outcome:
`logged_in(SessionRow)` and close, or a banner with the reason and a Retry button that starts
a fresh attempt. SMS codes, QR scans and slider checks are the person's to complete: the
dialog sets no timeout and filters no key.

A page that cannot be loaded (no network, a name that does not resolve, a refused
connection, an invalid certificate) replaces the browser with a message that names the host
and the reason, with Retry and "Open in the system browser".

"Open in the system browser" logs in in the person's own browser (RFC 8252 §7.3): the service
listens on 127.0.0.1 on a free port, the browser is sent to the login URL with that loopback
redirect, and the redirect is awaited on the network lane (with a timeout; "Back to this
window" and closing the dialog cancel it), its state checked, and the login finished the same
way.

`on_open`/`on_close` run once each, when the dialog is first shown and when it closes (or is
deleted with its parent); the app passes a `ScannerPause`'s pause/resume, so the keyboard-wedge
scanner does not take a person's (or a password manager's) fast typing for a scan.

GUI thread only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QIcon, QShowEvent
from PySide6.QtWebEngineCore import (
    QWebEngineCertificateError,
    QWebEngineLoadingInfo,
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.domain import marketplaces
from workstation.runner.tasks import TaskRunner
from workstation.services.errors import UserFacingError
from workstation.services.login import BrowserLogin, LoginCancelled, LoginRequest, LoginService
from workstation.services.loopback_redirect import DEFAULT_TIMEOUT, is_loopback_uri
from workstation.services.sessions import SessionRow
from workstation.ui.browser import BrowserProfiles, ProfileHandle

log = logging.getLogger(__name__)

PROVIDER_NAMES = {m.kind: m.name for m in marketplaces.MARKETPLACES}
MAX_WINDOWS = 8  # windows a login page may open at once: a runaway script gets no more
_ERR_ABORTED = -3  # Chromium's net::ERR_ABORTED: a load replaced by another, not a failure

_BANNER_STYLE = ("QFrame#banner { background: #fdecea; border: 1px solid #f5c2c0; "
                 "border-radius: 4px; } QLabel { color: #8a1c14; }")


def _without_query(url: QUrl) -> str:
    """Scheme, host, port and path: the query may hold a code or a state."""
    port = f":{url.port()}" if url.port() != -1 else ""
    return f"{url.scheme()}://{url.host()}{port}{url.path()}"


def _tr(text: str) -> str:
    return QCoreApplication.translate("LoginDialog", text)


class ReturnGuard(QWebEngineUrlRequestInterceptor):
    """Blocks every request to the return URL that is not a navigation (an image, a fetch, a
    beacon): the code in it must reach the service only. Navigations never get here: the
    page's `acceptNavigationRequest` hands them over first."""

    def __init__(self, is_return: Callable[[str], bool], parent: QWebEnginePage):
        super().__init__(parent)
        self._is_return = is_return

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802 - Qt override
        if self._is_return(info.requestUrl().toString()):
            log.info("login page: a %s request to the return URL was blocked",
                     info.resourceType().name)
            info.block(True)


class LoginPage(QWebEnginePage):
    """A page that hands navigations to the return URL over instead of loading them, and opens
    the windows it asks for through `open_window` (on the same profile)."""

    return_reached = Signal(str)

    def __init__(self, profile: QWebEngineProfile, is_return: Callable[[str], bool],
                 parent: QWidget | None = None, *,
                 open_window: Callable[[QWebEnginePage.WebWindowType], QWebEnginePage | None]
                 | None = None):
        super().__init__(profile, parent)
        # Ask this, never `self.profile()`: shiboken takes a returned QObject for a child of
        # the page, and deleting the page would then delete the account's profile with it.
        self.login_profile = profile
        self._is_return = is_return
        self._open_window = open_window
        self._guard = ReturnGuard(is_return, self)
        self.setUrlRequestInterceptor(self._guard)
        self.certificate_problem = ""  # the last certificate error's description
        self.certificateError.connect(self._on_certificate_error)

    def acceptNavigationRequest(self, url: QUrl | str, type_: QWebEnginePage.NavigationType,  # noqa: N802
                                is_main_frame: bool) -> bool:
        text = url.toString() if isinstance(url, QUrl) else str(url)
        if self._is_return(text):
            # Never loaded: the code in it is for the service, not for a web server.
            self.return_reached.emit(text)
            return False
        return super().acceptNavigationRequest(url, type_, is_main_frame)

    def createWindow(self, type_: QWebEnginePage.WebWindowType) -> QWebEnginePage | None:  # noqa: N802
        return self._open_window(type_) if self._open_window is not None else None

    def _on_certificate_error(self, error: QWebEngineCertificateError) -> None:
        # Never accepted: a login page with a bad certificate may be someone else's page.
        self.certificate_problem = error.description()
        log.warning("login page: certificate of %s refused: %s", error.url().host(), error.description())
        error.rejectCertificate()


def load_failure_text(info: QWebEngineLoadingInfo, certificate_problem: str = "") -> tuple[str, str]:
    """What to tell a person about a failed load: (explanation, technical detail)."""
    url = info.url()
    host = url.host() or url.toString()
    code, detail = info.errorCode(), info.errorString() or str(info.errorCode())
    domain = info.errorDomain()
    if domain == QWebEngineLoadingInfo.ErrorDomain.CertificateErrorDomain:
        reason = (_tr("The certificate of %1 is not valid (%2). The page was not opened: the "
                      "connection may be intercepted. Check the computer's date and time and "
                      "the network (a proxy or antivirus that inspects HTTPS), then retry.")
                  .replace("%1", host).replace("%2", certificate_problem or detail))
        return reason, detail
    if domain == QWebEngineLoadingInfo.ErrorDomain.HttpStatusCodeDomain:
        reason = _tr("%1 answered with an error (HTTP %2). The marketplace may be busy; retry "
                     "in a moment.").replace("%1", host).replace("%2", str(code))
        return reason, detail
    if code == -105 or domain == QWebEngineLoadingInfo.ErrorDomain.DnsErrorDomain:
        why = _tr("The name %1 could not be found: the computer may have no network, or its "
                  "DNS server does not answer.")
    elif code == -106:
        why = _tr("This computer is not connected to a network, so %1 cannot be reached.")
    elif code == -102:
        why = _tr("%1 refused the connection.")
    elif code in (-7, -118):
        why = _tr("%1 did not answer in time.")
    elif code in (-100, -101, -103):
        why = _tr("The connection to %1 was broken off.")
    elif code in (-130, -111, -115, -127):
        why = _tr("The proxy server did not let the connection to %1 through.")
    else:
        why = _tr("%1 could not be reached.")
    advice = _tr("Check the network connection and the provider's address, then retry.")
    return why.replace("%1", host) + " " + advice, detail


class LoginDialog(QDialog):
    """Logs one account of one provider in. Emits `logged_in(SessionRow)` on success."""

    logged_in = Signal(object)  # SessionRow

    def __init__(self, provider: str, login: LoginService, runner: TaskRunner,
                 profiles: BrowserProfiles, account_hint: str | None = None,
                 parent: QWidget | None = None, *, on_open: Callable[[], None] | None = None,
                 on_close: Callable[[], None] | None = None,
                 open_url: Callable[[QUrl], bool] | None = None,
                 browser_timeout: float = DEFAULT_TIMEOUT):
        super().__init__(parent)
        self._on_open = on_open
        self._on_close_hook = on_close
        self._shown = False
        # Owed once the dialog was first shown; paid by done() or, failing that, by the deletion (kept apart
        # from self so the destroyed handler needs nothing of the deleted dialog).
        owed: list[Callable[[], None]] = []
        self._close_owed = owed
        # The system-browser login under way: cancelled when the dialog goes, however it goes.
        browser_box: list[BrowserLogin] = []
        self._browser_box = browser_box
        self.destroyed.connect(lambda *_args: (owed.pop()() if owed else None,
                                               [b.cancel() for b in browser_box]))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._cancel_browser)
        self.provider = provider
        self.account_hint = account_hint
        self._login = login
        self._runner = runner
        self._profiles = profiles
        self._open_url = open_url or (lambda url: QDesktopServices.openUrl(url))
        self._browser_timeout = browser_timeout
        self._request: LoginRequest | None = None
        self._attempt = 0  # results of an older attempt are dropped
        self._busy = False
        self._returned = False  # this attempt's redirect was caught; its aborted load is no error
        self._closed = False
        self._in_browser = False  # the last attempt was (or is) in the system browser
        self._pages: list[tuple[QWebEngineView, LoginPage]] = []  # every tab, the login page first
        self._closing: list[tuple[QWebEngineView, LoginPage]] = []  # closed windows, deleted later
        self.result_row: SessionRow | None = None
        self.last_error: str = ""

        name = PROVIDER_NAMES.get(provider, provider)
        self._name = name
        self.setWindowTitle(self.tr("Log in to %1").replace("%1", name) if not account_hint else
                            self.tr("Log %1 in again on %2").replace("%1", account_hint)
                            .replace("%2", name))
        self.resize(960, 760)

        # Where the page really is, so a person can tell the marketplace from a look-alike.
        self.address = QLabel(self)
        self.address.setObjectName("address")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setStyleSheet("color: palette(dark);")

        self._handle: ProfileHandle = profiles.login_profile(provider, account_hint)
        self.stack = QStackedWidget(self)  # the page (tabs), or the failure or waiting panel
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setTabBarAutoHide(True)  # one page: no tab bar
        self.tabs.setTabsClosable(True)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.tabCloseRequested.connect(self._on_tab_close_requested)
        self.tabs.currentChanged.connect(self._on_current_tab_changed)
        self.view, self.page = self._add_tab(None)
        self.page.loadStarted.connect(self._on_page_load_started)
        self.page.loadFinished.connect(self._on_page_load_finished)

        self.banner = QFrame(self)
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet(_BANNER_STYLE)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Retry"), self.banner)
        self.retry_button.clicked.connect(self._retry)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)
        self.banner.hide()

        self.intro = QLabel(self.tr("Log in with the buyer account on the %1 page below. The "
                                    "workstation keeps the session; your password is not stored.")
                            .replace("%1", name), self)
        self.intro.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.browser_button = QPushButton(self.tr("Open in the system browser"), self)
        self._browser_tip = self.tr(
            "Log in in your usual web browser instead; the workstation finishes the login when "
            "the marketplace sends the browser back.")
        self.browser_button.setToolTip(self._browser_tip)
        self.browser_button.clicked.connect(self.open_in_browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.rejected.connect(self.reject)

        self.stack.addWidget(self.tabs)
        self.failure = self._build_failure_panel()
        self.stack.addWidget(self.failure)
        self.waiting = self._build_waiting_panel()
        self.stack.addWidget(self.waiting)

        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.browser_button)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.address)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)

    def _build_failure_panel(self) -> QFrame:
        panel = QFrame(self)
        panel.setObjectName("failure")
        self.failure_title = QLabel(self.tr("The login page could not be opened"), panel)
        self.failure_text = QLabel(panel)
        self.failure_detail = QLabel(panel)
        self.failure_detail.setObjectName("failureDetail")
        self.failure_retry = QPushButton(self.tr("Retry"), panel)
        self.failure_retry.clicked.connect(self.restart)
        self.failure_browser = QPushButton(self.tr("Open in the system browser"), panel)
        self.failure_browser.clicked.connect(self.open_in_browser)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._panel(panel, icon, self.failure_title, self.failure_text, self.failure_detail,
                           (self.failure_retry, self.failure_browser))

    def _build_waiting_panel(self) -> QFrame:
        panel = QFrame(self)
        panel.setObjectName("waiting")
        self.waiting_title = QLabel(self.tr("Log in in your web browser"), panel)
        self.waiting_text = QLabel(panel)
        self.waiting_hint = QLabel(self.tr("No browser opened? Copy the address and paste it "
                                           "into one."), panel)
        self.reopen_button = QPushButton(self.tr("Open the page again"), panel)
        self.reopen_button.clicked.connect(self._reopen_in_browser)
        self.copy_button = QPushButton(self.tr("Copy the address"), panel)
        self.copy_button.clicked.connect(self._copy_browser_address)
        self.back_button = QPushButton(self.tr("Back to this window"), panel)
        self.back_button.setToolTip(self.tr("Stop waiting for the browser and log in here."))
        self.back_button.clicked.connect(self.restart)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        return self._panel(panel, icon, self.waiting_title, self.waiting_text, self.waiting_hint,
                           (self.reopen_button, self.copy_button, self.back_button))

    @staticmethod
    def _panel(panel: QFrame, icon: QIcon, title: QLabel, text: QLabel, detail: QLabel,
               buttons: tuple[QPushButton, ...]) -> QFrame:
        """A message in a readable column in the middle of the dialog: icon, title, text, a
        grey line of detail, then the buttons."""
        title.setObjectName("panelTitle")
        font = title.font()
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.5)
        title.setFont(font)
        detail.setStyleSheet("color: palette(dark);")
        detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (title, text, detail):
            label.setWordWrap(True)
        picture = QLabel(panel)
        picture.setPixmap(icon.pixmap(40, 40))
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        inner = QVBoxLayout()
        inner.addWidget(title)
        inner.addSpacing(6)
        inner.addWidget(text)
        inner.addWidget(detail)
        inner.addSpacing(12)
        inner.addLayout(row)
        inner.addStretch(1)  # what wrapped labels leave over goes below, not between them
        column = QHBoxLayout()  # a readable column in the middle of a wide dialog
        column.addStretch(1)
        column.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        column.addSpacing(8)
        column.addLayout(inner, 8)
        column.addStretch(1)
        outer = QVBoxLayout(panel)
        outer.addStretch(1)
        outer.addLayout(column)
        outer.addStretch(2)
        return panel

    def _show(self, widget: QWidget) -> None:
        """The page (tabs), the failure or the waiting panel; what fits it around it."""
        self.stack.setCurrentWidget(widget)
        on_page = widget is self.tabs
        self.intro.setVisible(on_page)  # "the page below" is there only then
        self.address.setVisible(widget is not self.waiting)  # where it is, or where it failed
        self.browser_button.setVisible(on_page)  # the panels have their own buttons

    # ------------------------------------------------------------ tabs

    def _add_tab(self, opener: LoginPage | None) -> tuple[QWebEngineView, LoginPage]:
        view = QWebEngineView(self)
        page = LoginPage(self._handle.profile, self._is_return, self, open_window=self._open_window)
        view.setPage(page)
        page.return_reached.connect(self._on_page_return_reached)
        page.urlChanged.connect(lambda url, p=page: self._on_page_url_changed(p, url))
        page.loadingChanged.connect(lambda info, p=page: self._on_loading_changed(p, info))
        self._pages.append((view, page))
        if opener is None:
            self.tabs.addTab(view, self.tr("Login"))
            for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
                self.tabs.tabBar().setTabButton(0, side, None)  # the login page stays
        else:
            page.windowCloseRequested.connect(lambda p=page: self._close_window(p))
            page.titleChanged.connect(lambda title, v=view: self._on_title_changed(v, title))
            self.tabs.setCurrentIndex(self.tabs.addTab(view, self.tr("New window")))
        return view, page

    def _open_window(self, type_: QWebEnginePage.WebWindowType) -> QWebEnginePage | None:
        """A login page asks for a window (window.open, a link to a new tab): a tab here."""
        if self._closed or len(self._pages) > MAX_WINDOWS:
            log.info("login page: a window was refused (%s open)", len(self._pages))
            return None
        log.info("login page opens a window (%s)", type_.name)
        return self._add_tab(self.page)[1]

    def windows(self) -> list[LoginPage]:
        """The pages the login page opened, still open (not the login page itself)."""
        return [page for _view, page in self._pages[1:] if shiboken6.isValid(page)]

    def _close_window(self, page: LoginPage) -> None:
        for entry in list(self._pages[1:]):
            view, known = entry
            if known is page:
                self._pages.remove(entry)
                self._closing.append(entry)  # deleted at the latest with the other pages
                index = self.tabs.indexOf(view)
                if index >= 0:
                    self.tabs.removeTab(index)
                view.deleteLater()  # the view first: it must not outlive its page
                page.deleteLater()

    def _on_tab_close_requested(self, index: int) -> None:
        widget = self.tabs.widget(index)
        for view, page in self._pages[1:]:
            if view is widget:
                self._close_window(page)
                return

    def _on_title_changed(self, view: QWebEngineView, title: str) -> None:
        index = self.tabs.indexOf(view)
        if index >= 0 and title:
            self.tabs.setTabText(index, title if len(title) <= 40 else title[:39] + "…")
            self.tabs.setTabToolTip(index, title)

    def _on_current_tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        for view, page in self._pages:
            if view is widget and shiboken6.isValid(page):
                self._on_page_url_changed(page, page.url())

    # ------------------------------------------------------------ flow

    def start(self) -> None:
        """Ask the service for a login URL and open it (call once, after construction)."""
        self.restart()

    def restart(self) -> None:
        """A fresh attempt: new state, the login page again, no banner."""
        self._attempt += 1
        attempt = self._attempt
        self._cancel_browser()
        self._in_browser = False
        self._request = None
        self._busy = True
        self._returned = False
        self.banner.hide()
        self._show(self.tabs)
        for page in self.windows():  # the windows of the last attempt go with it
            self._close_window(page)
        self._set_status(self.tr("Opening the login page…"))
        provider, hint, login = self.provider, self.account_hint, self._login
        self._runner.run(lambda: login.begin(provider, hint),
                         lambda request: self._on_begun(attempt, request),
                         lambda exc, tb: self._on_failed(attempt, exc, tb), lane="read")

    def _retry(self) -> None:
        """The banner's Retry: the same way as the attempt that failed."""
        if self._in_browser:
            self.open_in_browser()
        else:
            self.restart()

    def _on_begun(self, attempt: int, request: LoginRequest) -> None:
        if self._stale(attempt):
            return
        self._request = request
        self._busy = False
        self.page.certificate_problem = ""
        possible = is_loopback_uri(request.redirect_uri)
        for button in (self.browser_button, self.failure_browser):
            button.setEnabled(possible)
        self.browser_button.setToolTip(self._browser_tip if possible else self.tr(
            "The redirect URI in the connection settings is not a loopback address, so the "
            "system browser cannot hand the login back."))
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
        self._forget_browser()
        self.result_row = row
        self._set_status(self.tr("Logged in as %1.").replace("%1", row.account))
        self.logged_in.emit(row)
        self._dispose_page()
        self._profiles.adopt(self._handle, row.account)
        self.accept()

    def _on_failed(self, attempt: int, exc: BaseException, tb: str) -> None:
        if self._stale(attempt) or isinstance(exc, LoginCancelled):
            return
        self._busy = False
        self._forget_browser()
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

    def show_load_failure(self, reason: str, detail: str, url: QUrl | None = None) -> None:
        """The login page could not be loaded: the message and Retry instead of the browser."""
        self.last_error = reason
        if url is not None and url.scheme() in ("http", "https"):  # where it tried; not "secure"
            self.address.setText(self.tr("Address: %1").replace("%1", _without_query(url)))
        self.banner.hide()
        self.failure_text.setText(reason)
        self.failure_detail.setText(detail)
        self._show(self.failure)
        self.failure_retry.setFocus()
        self._set_status(self.tr("Not logged in."))

    def _on_page_load_started(self) -> None:
        if not (self._busy or self._returned):
            self._set_status(self.tr("Loading…"))

    def _on_page_load_finished(self, ok: bool) -> None:
        if ok and not (self._busy or self._closed or self._returned or self._in_browser) \
                and self.stack.currentWidget() is self.tabs:
            self._set_status(self.tr("Log in on the page above."))

    def _on_loading_changed(self, page: LoginPage, info: QWebEngineLoadingInfo) -> None:
        if info.status() != QWebEngineLoadingInfo.LoadStatus.LoadFailedStatus:
            return
        if self._busy or self._closed or self._returned or self._in_browser or self._request is None:
            return
        if info.errorCode() == _ERR_ABORTED and info.errorDomain() != \
                QWebEngineLoadingInfo.ErrorDomain.CertificateErrorDomain:
            return  # replaced by another navigation (or by the return URL, handed over)
        reason, detail = load_failure_text(info, page.certificate_problem)
        log.warning("login page %s did not load: %s", info.url().host(), detail)
        if page is self.page:
            self.show_load_failure(reason, detail, info.url())
        else:  # a window it opened: the login page itself is still there
            self.show_error(self.tr("A window the login page opened could not be loaded. %1")
                            .replace("%1", reason))

    def _on_page_url_changed(self, page: LoginPage, url: QUrl) -> None:
        if self.tabs.currentWidget() is not self._view_of(page) or \
                self.stack.currentWidget() is not self.tabs:
            return  # another tab's, or a panel (a failure keeps the address it tried) is shown
        if url.isEmpty() or url.scheme() not in ("http", "https"):
            self.address.clear()
            return
        secure = url.scheme() == "https"
        self.address.setText((self.tr("Secure page: %1") if secure else self.tr("Page: %1"))
                             .replace("%1", _without_query(url)))

    def _view_of(self, page: LoginPage) -> QWebEngineView | None:
        return next((view for view, known in self._pages if known is page), None)

    def _set_status(self, text: str) -> None:
        self.status.setText(text)

    def _stale(self, attempt: int) -> bool:
        return self._closed or attempt != self._attempt

    # ------------------------------------------------------------ the system browser

    def open_in_browser(self) -> None:
        """Log in in the system browser: a loopback listener, the login URL, then the wait."""
        self._attempt += 1
        attempt = self._attempt
        self._cancel_browser()
        self._in_browser = True
        self._request = None
        self._busy = True
        self._returned = False
        self.banner.hide()
        if shiboken6.isValid(self.page):
            self.page.triggerAction(QWebEnginePage.WebAction.Stop)
        for page in self.windows():
            self._close_window(page)
        self._set_status(self.tr("Preparing the login in the browser…"))
        texts = {"done_title": self.tr("Login received"),
                 "done_text": self.tr("The workstation received the marketplace's answer. You "
                                      "can close this tab and go back to the workstation."),
                 "refused_title": self.tr("Login refused")}
        provider, hint, login, timeout = self.provider, self.account_hint, self._login, self._browser_timeout
        self._runner.run(lambda: login.begin_in_browser(provider, hint, timeout=timeout, texts=texts),
                         lambda flow: self._on_browser_begun(attempt, flow),
                         lambda exc, tb: self._on_failed(attempt, exc, tb), lane="read")

    def _on_browser_begun(self, attempt: int, flow: BrowserLogin) -> None:
        if self._stale(attempt):
            flow.cancel()
            flow.listener.close()
            return
        self._browser_box[:] = [flow]
        until = QTime.currentTime().addSecs(int(flow.timeout))
        self.waiting_text.setText(self.tr(
            "The %1 login page is open in your web browser. Log in there, with an SMS code or "
            "a QR scan if the page asks; this window finishes the login by itself when the "
            "marketplace sends the browser back. It waits until %2.")
            .replace("%1", self._name)
            .replace("%2", QLocale().toString(until, QLocale.FormatType.ShortFormat)))
        self.copy_button.setToolTip(flow.url)
        self._show(self.waiting)
        self._set_status(self.tr("Waiting for the browser…"))
        login = self._login
        self._runner.run(lambda: login.finish_in_browser(flow),
                         lambda row: self._on_finished(attempt, row),
                         lambda exc, tb: self._on_failed(attempt, exc, tb), lane="network")
        if not self._open_url(QUrl(flow.url)):
            log.warning("no system browser could be opened for the %s login", self.provider)
            self._set_status(self.tr("No web browser could be opened; copy the address above "
                                     "into one."))

    def _reopen_in_browser(self) -> None:
        if self._browser_box:
            self._open_url(QUrl(self._browser_box[0].url))

    def _copy_browser_address(self) -> None:
        if self._browser_box:
            QGuiApplication.clipboard().setText(self._browser_box[0].url)
            self._set_status(self.tr("The address is on the clipboard."))

    def _cancel_browser(self) -> None:
        for flow in self._browser_box:
            flow.cancel()
        self._browser_box.clear()

    def _forget_browser(self) -> None:
        self._browser_box.clear()  # its wait has ended: nothing to cancel

    @property
    def browser_login(self) -> BrowserLogin | None:
        """The system-browser login under way, if any."""
        return self._browser_box[0] if self._browser_box else None

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
            self._cancel_browser()
            self._dispose_page()
            if self.result_row is None:
                self._profiles.discard(self._handle)
            if self._close_owed:
                self._close_owed.pop()()
        super().done(result)

    def _dispose_page(self) -> None:
        """Delete every page now: they must be gone before their profile is released or renamed."""
        for view, page in [*self._closing, *reversed(self._pages)]:  # the windows, then the login page
            if shiboken6.isValid(page):
                page.return_reached.disconnect(self._on_page_return_reached)
            if shiboken6.isValid(view):
                view.hide()
                shiboken6.delete(view)  # the view first: it must not outlive its page
            if shiboken6.isValid(page):
                shiboken6.delete(page)
        self._pages.clear()
        self._closing.clear()
