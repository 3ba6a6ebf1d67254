"""Make the screenshots of the login dialog and the session list (run under Xvfb).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/make_session_screenshots.py

The login dialog shows the sandbox's real login page in QtWebEngine; the session list shows
two accounts logged in through that dialog, one about to expire and one expired.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")


def main() -> None:
    from PySide6.QtWebEngineWidgets import QWebEngineView  # noqa: F401 - before QApplication
    from PySide6.QtWidgets import QApplication

    from workstation.config import Config
    from workstation.core import open_database
    from workstation.providers.base import Token
    from workstation.providers.registry import provider_from_settings, sandbox_settings
    from workstation.runner.tasks import TaskRunner
    from workstation.sandbox.constants import DEMO_ACCOUNTS_1688, DEMO_ACCOUNTS_TAOBAO
    from workstation.sandbox.launcher import serve_in_thread
    from workstation.services.login import LoginService
    from workstation.services.secrets import MemorySecretStore
    from workstation.services.sessions import SessionService
    from workstation.ui.browser import BrowserProfiles
    from workstation.ui.panes.sessions import SessionsPane

    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp())
    (tmp / "sandbox").mkdir()
    base_url, stop = serve_in_thread(tmp / "sandbox")
    made: dict = {}

    def connectors(kind: str):  # type: ignore[no-untyped-def]
        if kind not in made:
            made[kind] = provider_from_settings(sandbox_settings(base_url, kind), min_interval=0)
        return made[kind]

    db = open_database(Config(tmp, f"sqlite:///{tmp / 'shots.sqlite3'}"))
    sessions = SessionService(db, MemorySecretStore())
    login = LoginService(sessions, connectors)
    runner = TaskRunner()
    profiles = BrowserProfiles(tmp / "data")
    pane = SessionsPane(sessions, login, runner, profiles)
    pane.setWindowTitle("Sessions")
    pane.resize(1280, 420)
    pane.show()

    def wait(condition, limit: float = 15.0) -> None:  # type: ignore[no-untyped-def]
        end = time.monotonic() + limit
        while not condition() and time.monotonic() < end:
            app.processEvents()
        if not condition():
            d = pane.login_dialog
            raise SystemExit(f"timed out: {d.status.text() if d else None!r} {d.last_error if d else None!r} rows={len(pane.model.rows())}")

    def pause(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()

    def log_in(provider: str, account: str, password: str, shoot: str = "") -> None:
        dialog = pane.open_login(provider)
        wait(lambda: "Log in on the page" in dialog.status.text())
        if shoot:
            dialog.page.runJavaScript(
                f"document.querySelector('input[name=login]').value = '{account}';")
            pause(1.0)
            dialog.grab().save(str(HERE / shoot))
        before = len(pane.model.rows())
        dialog.page.runJavaScript(
            f"document.querySelector('input[name=login]').value = '{account}';"
            f"document.querySelector('input[name=password]').value = '{password}';"
            "document.getElementById('login').click();")
        wait(lambda: len(pane.model.rows()) > before and pane.login_dialog is None)

    log_in("1688", *DEMO_ACCOUNTS_1688[0], shoot="login.png")
    log_in("taobao", *DEMO_ACCOUNTS_TAOBAO[0])
    now = datetime.now(UTC)
    sessions.store("1688", Token("x", None, now + timedelta(minutes=35), None, "second_buyer_1688"))
    sessions.store("taobao", Token("y", None, now - timedelta(hours=3), None, "second_buyer_tb"))
    sessions.record_sync("1688", DEMO_ACCOUNTS_1688[0][0], "3 orders updated, 1 waybill", None)
    sessions.record_sync("taobao", DEMO_ACCOUNTS_TAOBAO[0][0], "no changes", None)
    pane.refresh()
    wait(lambda: len(pane.model.rows()) == 4)
    pane.view.clearSelection()
    pause(0.5)
    pane.grab().save(str(HERE / "sessions.png"))
    # and the dialog with an error banner, for a look (not kept)
    dialog = pane.open_login("taobao")
    wait(lambda: "Log in on the page" in dialog.status.text())
    dialog.page.runJavaScript("document.getElementById('deny').click();")
    wait(lambda: dialog.banner.isVisible())
    pause(0.5)
    dialog.grab().save(str(Path(tempfile.gettempdir()) / "login-denied.png"))
    dialog.reject()
    runner.shutdown()
    pane.close()
    profiles.close()
    for connector in made.values():
        connector.close()
    stop()


if __name__ == "__main__":
    main()
