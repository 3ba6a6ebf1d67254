"""The login dialog against what real marketplace login pages do, in a real QtWebEngine view.

A small marketplace on loopback (`RealisticMarket`) stands in for auth.1688.com and
api.taobao.global: its login page opens an "Alipay / QR" window with window.open that sets a
cookie and redirects to the return URL, a terms window that closes itself, a server-side
redirect with a leaky image, and a page that never loads. The return URL is on the same
server, so a request that reached it would be seen.

The system browser is httpx on a thread (the dialog's opener is injected).
"""

from __future__ import annotations

import datetime as dt
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest
import shiboken6
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication

from tests.helpers.sessions import webengine
from tests.sessions.helpers import DEMO, submit_login_form
from tests.sessions.qt_helpers import run_js
from workstation.providers.base import Token
from workstation.runner.tasks import TaskRunner
from workstation.services.login import RETURN_URL, LoginService
from workstation.ui.browser import BrowserProfiles
from workstation.ui.dialogs.login import LoginDialog

pytestmark = [webengine, pytest.mark.slow]
WAIT = 15_000
RETURN_PATH = "/workstation/login-done"
ACCOUNT = "buyer_popup"


class RealisticMarket(ThreadingHTTPServer):
    """Login pages as real marketplaces make them. Every request is recorded with its cookies."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Pages)
        self.seen: list[tuple[str, str, str]] = []  # (method, path, Cookie header)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def paths(self) -> list[str]:
        return [urlsplit(path).path for _method, path, _cookie in self.seen]


_LOGIN = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>登录</title></head><body>
<h1>账号登录</h1><p>手机号 + 短信验证码 (SMS code)</p>
<button id="alipay" onclick="window.open('/alipay' + location.search, 'alipay',
 'width=480,height=640')">支付宝登录 Log in with Alipay</button>
<a id="terms" href="/terms" target="_blank">服务协议 Terms</a>
</body></html>"""

_ALIPAY = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>支付宝 扫码登录</title></head>
<body><p>Scan the QR code with Alipay</p><button id="confirm" onclick="
 const q = new URLSearchParams(location.search);
 location.href = q.get('redirect_uri') + '?code=popup-code&state=' + encodeURIComponent(q.get('state'));
">Confirm</button></body></html>"""

_TERMS = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>服务协议</title></head>
<body><p>Terms</p><button id="close" onclick="window.close()">Close</button></body></html>"""

_LEAKY = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>redirecting</title></head>
<body><img src="{leak}" onerror="document.title = 'blocked'"></body></html>"""


class _Pages(BaseHTTPRequestHandler):
    server: RealisticMarket

    def do_GET(self) -> None:  # http.server's name
        self.server.seen.append(("GET", self.path, self.headers.get("Cookie", "")))
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        headers: dict[str, str] = {}
        if parts.path == "/authorize":
            body = _LOGIN
        elif parts.path == "/alipay":
            body = _ALIPAY
            headers["Set-Cookie"] = "alipay=scanned; Path=/; Max-Age=3600"
        elif parts.path == "/terms":
            body = _TERMS
        elif parts.path == "/redirect-now":  # a server-side redirect, as the sandbox does
            target = query["redirect_uri"] + "?" + urlencode({"code": "popup-code", "state": query["state"]})
            self.send_response(302)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        elif parts.path == "/leaky":  # an image that would carry the code to the return URL
            body = _LEAKY.format(leak=query["redirect_uri"] + "?code=leaked")
        else:
            body = "<html><body>reached</body></html>"
        data = body.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


class MarketConnector:
    """The two things the login needs of a connector, against RealisticMarket."""

    def __init__(self, market: RealisticMarket):
        self.market = market
        self.login_urls: list[str] = []  # served in turn; the last one stays
        self.path = "/authorize"

    def login_url(self, redirect_uri: str, state: str) -> str:
        base = self.login_urls.pop(0) if self.login_urls else self.market.url + self.path
        return base + "?" + urlencode({"client_id": "app", "redirect_uri": redirect_uri, "state": state})

    def exchange_code(self, code: str, redirect_uri: str) -> Token:
        assert code == "popup-code" and redirect_uri.endswith(RETURN_PATH)
        now = dt.datetime.now(dt.UTC)
        return Token("access-" + code, None, now + dt.timedelta(hours=10), None, ACCOUNT)


@pytest.fixture
def market() -> Iterator[RealisticMarket]:
    server = RealisticMarket()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def connector(market) -> MarketConnector:
    return MarketConnector(market)


@pytest.fixture
def market_login(sessions, market, connector) -> LoginService:
    return LoginService(sessions, lambda _kind: connector, return_url=market.url + RETURN_PATH)


@pytest.fixture
def portless_login(sessions, connector) -> LoginService:
    """The default return URL, with no port: the system browser's listener takes a free one."""
    return LoginService(sessions, lambda _kind: connector, return_url=RETURN_URL)


@pytest.fixture
def runner(qapp) -> Iterator[TaskRunner]:
    made = TaskRunner()
    yield made
    made.shutdown()


@pytest.fixture
def profiles(qapp, tmp_path) -> Iterator[BrowserProfiles]:
    made = BrowserProfiles(tmp_path / "data")
    yield made
    made.close()


@pytest.fixture
def make_dialog(qtbot, runner, profiles) -> Iterator:
    dialogs: list[LoginDialog] = []

    def make(login: LoginService, provider: str = "1688", hint: str | None = None,
             **kwargs) -> LoginDialog:
        dialog = LoginDialog(provider, login, runner, profiles, account_hint=hint, **kwargs)
        dialogs.append(dialog)
        dialog.show()
        return dialog

    yield make
    for dialog in dialogs:  # pages go before their profiles (the profiles fixture closes later)
        dialog.reject()
        dialog.deleteLater()
    qtbot.wait(1)


def started(qtbot, dialog: LoginDialog) -> LoginDialog:
    with qtbot.waitSignal(dialog.page.loadFinished, timeout=WAIT) as loaded:
        dialog.start()
    assert loaded.args == [True]
    return dialog


def click(qtbot, page, element: str) -> None:
    assert run_js(qtbot, page, f"!!document.getElementById('{element}')")
    page.runJavaScript(f"document.getElementById('{element}').click();")


def ready(qtbot, page, element: str) -> None:
    qtbot.waitUntil(lambda: run_js(qtbot, page, f"!!document.getElementById('{element}')"), timeout=WAIT)


# ---------------------------------------------------------------- windows the page opens


def test_a_window_opened_by_the_login_page_finishes_the_login(qtbot, make_dialog, market_login,
                                                               market, sessions, profiles):
    dialog = started(qtbot, make_dialog(market_login))
    assert dialog.tabs.tabBar().isHidden()  # one page: no tabs to see
    click(qtbot, dialog.page, "alipay")
    qtbot.waitUntil(lambda: len(dialog.windows()) == 1, timeout=WAIT)
    popup = dialog.windows()[0]
    # the account's own profile (not asked of the page: page.profile() would make the profile
    # the page's child for shiboken, and deleting the page would delete the profile)
    assert popup.login_profile is dialog.page.login_profile is dialog._handle.profile
    ready(qtbot, popup, "confirm")
    assert dialog.tabs.count() == 2 and dialog.tabs.currentIndex() == 1
    assert not dialog.tabs.tabBar().isHidden()
    qtbot.waitUntil(lambda: "Alipay" in dialog.tabs.tabText(1) or "支付宝" in dialog.tabs.tabText(1),
                    timeout=WAIT)
    assert "/alipay" in dialog.address.text()  # the address of the tab in front
    # the cookie the window got is the login page's too: one profile, one cookie jar
    assert "alipay=scanned" in run_js(qtbot, dialog.page, "document.cookie")

    with qtbot.waitSignal(dialog.logged_in, timeout=WAIT) as done:
        click(qtbot, popup, "confirm")
    assert (done.args[0].provider, done.args[0].account) == ("1688", ACCOUNT)
    assert [r.account for r in sessions.list()] == [ACCOUNT]
    assert not dialog.isVisible() and dialog.windows() == []
    assert RETURN_PATH not in market.paths()  # caught before it loaded

    # the window's cookie stays in the account's profile: the next login page gets it
    folder = profiles.path_of("1688", ACCOUNT)
    qtbot.waitUntil(lambda: any(b"alipay" in p.read_bytes() for p in folder.rglob("Cookies*")
                                if p.is_file()), timeout=WAIT)
    again = started(qtbot, make_dialog(market_login, hint=ACCOUNT))
    assert again.page.login_profile.persistentStoragePath().startswith(str(folder))
    assert "alipay=scanned" in [c for m, p, c in market.seen if p.startswith("/authorize")][-1]


def test_a_window_that_closes_itself_closes_its_tab(qtbot, make_dialog, market_login):
    dialog = started(qtbot, make_dialog(market_login))
    click(qtbot, dialog.page, "terms")  # target=_blank
    qtbot.waitUntil(lambda: len(dialog.windows()) == 1, timeout=WAIT)
    terms = dialog.windows()[0]
    ready(qtbot, terms, "close")
    click(qtbot, terms, "close")
    qtbot.waitUntil(lambda: dialog.windows() == [] and dialog.tabs.count() == 1, timeout=WAIT)
    assert dialog.tabs.currentWidget() is dialog.view and dialog.isVisible()
    assert dialog.status.text() == "Log in on the page above."
    dialog.reject()  # a closed window's page goes with the others, before the profile
    assert not shiboken6.isValid(terms) and not shiboken6.isValid(dialog.page)


# ---------------------------------------------------------------- the return URL


def test_the_redirect_is_caught_before_it_loads(qtbot, make_dialog, market_login, market, connector,
                                                sessions):
    connector.path = "/leaky"
    dialog = started(qtbot, make_dialog(market_login))
    qtbot.waitUntil(lambda: dialog.page.title() == "blocked", timeout=WAIT)  # the image was blocked

    connector.path = "/redirect-now"  # a 302 straight to the return URL, as the sandbox answers
    with qtbot.waitSignal(dialog.logged_in, timeout=WAIT):
        dialog.restart()
    assert [r.account for r in sessions.list()] == [ACCOUNT]
    assert "/redirect-now" in market.paths()
    assert RETURN_PATH not in market.paths()  # neither the image nor the redirect reached it


# ---------------------------------------------------------------- pages that do not load


def dead_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_page_that_cannot_load_says_so_and_retry_loads_it(qtbot, make_dialog, market_login,
                                                            connector):
    connector.login_urls = [f"http://localhost:{dead_port()}/authorize"]
    dialog = make_dialog(market_login)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.failure, timeout=WAIT)
    assert dialog.failure.isVisible() and not dialog.view.isVisible()  # never a blank page
    assert "localhost" in dialog.failure_text.text() and "refused" in dialog.failure_text.text()
    assert "ERR_CONNECTION_REFUSED" in dialog.failure_detail.text()
    assert dialog.failure_retry.isVisible() and dialog.failure_browser.isVisible()
    assert dialog.status.text() == "Not logged in."

    with qtbot.waitSignal(dialog.page.loadFinished, timeout=WAIT) as loaded:
        dialog.failure_retry.click()
    assert loaded.args == [True]
    assert dialog.stack.currentWidget() is dialog.tabs and dialog.view.isVisible()
    assert run_js(qtbot, dialog.page, "!!document.getElementById('alipay')")


def self_signed(tmp_path: Path) -> ssl.SSLContext:
    x509 = pytest.importorskip("cryptography.x509")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
            .sign(key, hashes.SHA256()))
    (tmp_path / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "key.pem").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    return context


def test_an_invalid_certificate_is_refused_and_named(qtbot, make_dialog, market_login, connector,
                                                     tmp_path):
    impostor = RealisticMarket()
    impostor.socket = self_signed(tmp_path).wrap_socket(impostor.socket, server_side=True)
    thread = threading.Thread(target=impostor.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        connector.login_urls = [f"https://localhost:{impostor.server_address[1]}/authorize"]
        dialog = make_dialog(market_login)
        dialog.start()
        qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.failure, timeout=WAIT)
        text = dialog.failure_text.text()
        assert "certificate of localhost" in text and "not trusted" in text
        assert "ERR_CERT_AUTHORITY_INVALID" in dialog.failure_detail.text()
        assert dialog.address.text().startswith("Address: https://localhost:")  # not "Secure page"
        assert not impostor.seen  # the page was never requested over the refused connection
    finally:
        impostor.shutdown()
        impostor.server_close()


# ---------------------------------------------------------------- the system browser


class SystemBrowser:
    """Stands in for QDesktopServices.openUrl: runs `act(url)` on a thread, keeps the answers."""

    def __init__(self, act, *, hold: bool = False):
        self.act = act
        self.go = threading.Event()  # with hold, the person "logs in" once the test says so
        if not hold:
            self.go.set()
        self.opened: list[str] = []
        self.answers: list[httpx.Response] = []
        self.errors: list[BaseException] = []

    def __call__(self, url: QUrl) -> bool:
        self.opened.append(url.toString())
        threading.Thread(target=self._run, args=(url.toString(),), daemon=True).start()
        return True

    def _run(self, url: str) -> None:
        try:
            assert self.go.wait(WAIT / 1000)
            self.answers.append(self.act(url))
        except BaseException as exc:  # noqa: BLE001 - looked at by the test
            self.errors.append(exc)


def sandbox_login(account: str, password: str):
    def act(url: str) -> httpx.Response:
        location = submit_login_form(url, account, password)
        return httpx.get(location, timeout=5)
    return act


def redirect_with_state(state: str | None):
    def act(url: str) -> httpx.Response:
        query = parse_qs(urlsplit(url).query)
        return httpx.get(query["redirect_uri"][0] + "?" + urlencode(
            {"code": "popup-code", "state": state or query["state"][0]}), timeout=5)
    return act


def test_logging_in_in_the_system_browser(qtbot, make_dialog, login_service, sessions):
    account, password = DEMO["1688"][0]
    browser = SystemBrowser(sandbox_login(account, password), hold=True)
    dialog = started(qtbot, make_dialog(login_service, open_url=browser))
    assert dialog.browser_button.isVisible() and dialog.browser_button.isEnabled()
    with qtbot.waitSignal(dialog.logged_in, timeout=WAIT) as done:
        dialog.browser_button.click()
        qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.waiting, timeout=WAIT)
        assert dialog.status.text() == "Waiting for the browser…"
        assert not dialog.browser_button.isVisible() and not dialog.address.isVisible()
        dialog.copy_button.click()  # for a browser that did not open by itself
        assert "127.0.0.1%3A" in QGuiApplication.clipboard().text() == dialog.browser_login.url
        browser.go.set()
    assert done.args[0].account == account and [r.account for r in sessions.list()] == [account]
    qtbot.waitUntil(lambda: bool(browser.answers or browser.errors), timeout=WAIT)
    assert not browser.errors
    assert browser.answers[0].status_code == 200 and "close this tab" in browser.answers[0].text
    redirect = parse_qs(urlsplit(browser.opened[0]).query)["redirect_uri"][0]
    assert urlsplit(redirect).port and urlsplit(redirect).path == RETURN_PATH
    with pytest.raises(httpx.ConnectError):  # one redirect, then nothing listens
        httpx.get(redirect, timeout=2)


def test_the_system_browser_with_another_state_is_refused(qtbot, make_dialog, portless_login, sessions):
    browser = SystemBrowser(redirect_with_state("forged"))
    dialog = started(qtbot, make_dialog(portless_login, open_url=browser))
    dialog.browser_button.click()
    qtbot.waitUntil(lambda: dialog.banner.isVisible(), timeout=WAIT)
    assert "security check" in dialog.banner_text.text() and sessions.list() == []
    qtbot.waitUntil(lambda: bool(browser.answers), timeout=WAIT)
    assert browser.answers[0].status_code == 400 and "security check" in browser.answers[0].text
    assert dialog.browser_login is None

    # Retry repeats the browser login, with a new listener and state; this time it is right
    browser.act = redirect_with_state(None)
    with qtbot.waitSignal(dialog.logged_in, timeout=WAIT):
        dialog.retry_button.click()
    assert len(browser.opened) == 2 and browser.opened[0] != browser.opened[1]
    assert [r.account for r in sessions.list()] == [ACCOUNT]


def test_back_to_this_window_and_closing_stop_the_wait(qtbot, make_dialog, portless_login):
    browser = SystemBrowser(lambda url: None)  # the person never logs in there
    dialog = started(qtbot, make_dialog(portless_login, open_url=browser))
    dialog.browser_button.click()
    qtbot.waitUntil(lambda: dialog.browser_login is not None, timeout=WAIT)
    first = dialog.browser_login.listener
    with qtbot.waitSignal(dialog.page.loadFinished, timeout=WAIT):
        dialog.back_button.click()
    assert dialog.stack.currentWidget() is dialog.tabs and dialog.browser_login is None
    qtbot.waitUntil(lambda: not first.is_open, timeout=WAIT)
    assert not dialog.banner.isVisible()  # a cancel is no error

    dialog.failure_browser.click()  # from the failure panel's button too
    qtbot.waitUntil(lambda: dialog.browser_login is not None, timeout=WAIT)
    second = dialog.browser_login.listener
    dialog.reject()
    qtbot.waitUntil(lambda: not second.is_open, timeout=WAIT)


def test_the_browser_login_times_out_with_a_message(qtbot, make_dialog, portless_login):
    browser = SystemBrowser(lambda url: None)
    dialog = started(qtbot, make_dialog(portless_login, open_url=browser, browser_timeout=0.5))
    dialog.browser_button.click()
    qtbot.waitUntil(lambda: dialog.banner.isVisible(), timeout=WAIT)
    assert "did not come back" in dialog.banner_text.text()
    assert dialog.status.text() == "Not logged in."


def test_no_browser_login_when_the_redirect_uri_is_not_loopback(qtbot, make_dialog, sessions,
                                                                connector):
    login = LoginService(sessions, lambda _kind: connector, return_url="https://erp.example.com/cb")
    dialog = started(qtbot, make_dialog(login))
    assert not dialog.browser_button.isEnabled() and "loopback" in dialog.browser_button.toolTip()
