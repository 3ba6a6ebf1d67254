"""T13: one disk-based browser profile per account; cookies never cross; forget deletes it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWebEngineCore import QWebEnginePage

from tests.helpers.sessions import webengine
from workstation.ui.browser import BrowserProfiles, ProfileInUse

pytestmark = [webengine, pytest.mark.slow]
WAIT = 15_000


class CookieServer(ThreadingHTTPServer):
    """`/set?who=X` sets a cookie `who=X`; every request's Cookie header is recorded by path."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.seen: list[tuple[str, str]] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    server: CookieServer

    def do_GET(self) -> None:  # http.server's name
        self.server.seen.append((self.path, self.headers.get("Cookie", "")))
        self.send_response(200)
        if self.path.startswith("/set?who="):
            who = self.path.split("=", 1)[1]
            self.send_header("Set-Cookie", f"who={who}; Path=/; Max-Age=3600; HttpOnly")
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(b"<html><body>ok</body></html>")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def cookie_server() -> Iterator[CookieServer]:
    server = CookieServer()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def visit(qtbot, cookie_server):
    """Load a path in a page of `profile`, then delete the page; the Cookie header it sent."""

    def visit_(profile, path: str) -> str:
        page = QWebEnginePage(profile)
        try:
            with qtbot.waitSignal(page.loadFinished, timeout=WAIT) as loaded:
                page.load(QUrl(cookie_server.url + path))
            assert loaded.args == [True]
        finally:
            page.deleteLater()
            qtbot.waitSignal(page.destroyed, timeout=WAIT, raising=False).wait()
        return next(cookie for seen_path, cookie in reversed(cookie_server.seen) if seen_path == path)

    return visit_


@pytest.fixture
def profiles(qapp, tmp_path) -> Iterator[BrowserProfiles]:
    made = BrowserProfiles(tmp_path / "data")
    yield made
    made.close()


def test_two_accounts_never_share_cookies(profiles, visit):
    a, b = profiles.profile("1688", "buyer_a"), profiles.profile("1688", "buyer_b")
    assert profiles.path_of("1688", "buyer_a") != profiles.path_of("1688", "buyer_b")
    assert a.persistentStoragePath() != b.persistentStoragePath()
    assert not a.isOffTheRecord() and not b.isOffTheRecord()
    assert a.persistentStoragePath().startswith(str(profiles.root))

    visit(a, "/set?who=A")
    visit(b, "/set?who=B")
    assert visit(a, "/echo-a") == "who=A"
    assert visit(b, "/echo-b") == "who=B"
    other = profiles.profile("taobao", "buyer_a")  # the same login on another provider
    assert visit(other, "/echo-other") == ""


def test_cookies_live_on_disk_until_the_account_is_forgotten(qtbot, profiles, visit, tmp_path):
    visit(profiles.profile("1688", "buyer_a"), "/set?who=A")
    folder = profiles.path_of("1688", "buyer_a")
    profiles.release("1688", "buyer_a")
    # Chromium commits its cookie database in the background: wait for the write, as the next
    # start of the program would find it, instead of racing it on a busy machine.
    qtbot.waitUntil(lambda: any(b"who" in p.read_bytes() for p in folder.rglob("Cookies*") if p.is_file()),
                    timeout=WAIT)
    assert visit(profiles.profile("1688", "buyer_a"), "/again") == "who=A"  # persisted

    profiles.forget_account("1688", "buyer_a")
    assert profiles.path_of("1688", "buyer_a") is None and not profiles.is_live("1688", "buyer_a")
    # whatever Chromium still flushed into it goes at the latest at the next start
    qtbot.waitUntil(lambda: BrowserProfiles(tmp_path / "data") and not folder.exists(), timeout=WAIT)
    assert visit(profiles.profile("1688", "buyer_a"), "/after-forget") == ""


def test_a_profile_in_use_cannot_be_opened_twice(profiles, tmp_path):
    profiles.profile("1688", "buyer_a")
    second = BrowserProfiles(tmp_path / "data")  # as a second workstation process would
    with pytest.raises(ProfileInUse):
        second.profile("1688", "buyer_a")
    assert profiles.path_of("1688", "buyer_a").is_dir()  # and its start purged nothing in use
    second.close()


def test_odd_account_names_stay_inside_the_browser_directory(profiles):
    for account in ("..", "../../etc", "买家/一号", "CON", "Bob", "bob"):
        path = profiles.handle("1688", account).path
        assert path.parent.parent == profiles.root and path.name.startswith("p-")
    assert len({str(p).lower() for p in profiles.live_paths()}) == 6
