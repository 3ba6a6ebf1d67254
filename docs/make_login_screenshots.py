"""Make the screenshots of the login dialog's failure and system-browser states (run under Xvfb).

    QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox xvfb-run -a -s "-screen 0 1600x1000x24" \\
        .venv/bin/python docs/make_login_screenshots.py [OUT_DIR] [--pseudo]

- `login-system-browser.png`: the sandbox's login page with "Open in the system browser";
- `login-waiting.png`: the dialog waiting for the system browser's redirect;
- `login-load-failure.png`: the login page of auth.1688.com could not be loaded (the name is
  made unresolvable for Chromium with a host-resolver rule: no request leaves the machine).

With --pseudo every translated text is a third longer (its words, as Russian ones are), to look
for cut texts; the files get a `-pseudo` suffix.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from shots import start  # noqa: E402

# auth.1688.com never resolves here, whatever the network: the failure is the one to show
os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (
    os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
    + " --disable-gpu --host-resolver-rules=\"MAP auth.1688.com ~NOTFOUND\"")


def main() -> None:
    from PySide6.QtWebEngineWidgets import QWebEngineView  # noqa: F401 - before QApplication

    from workstation.providers.registry import provider_from_settings, sandbox_settings
    from workstation.runner.tasks import TaskRunner
    from workstation.sandbox.launcher import serve_in_thread
    from workstation.services.login import LoginService
    from workstation.ui.browser import BrowserProfiles
    from workstation.ui.dialogs.login import LoginDialog

    shots = start(HERE)
    app, out, suffix = shots.app, shots.out, shots.suffix

    tmp = Path(tempfile.mkdtemp())
    (tmp / "sandbox").mkdir()
    base_url, stop = serve_in_thread(tmp / "sandbox")
    made: dict = {}

    def connectors(kind: str):  # type: ignore[no-untyped-def]
        if kind not in made:
            made[kind] = provider_from_settings(sandbox_settings(base_url, kind), min_interval=0)
        return made[kind]

    class Unreachable:
        """1688's real authorize address, which cannot be resolved here."""

        def login_url(self, redirect_uri: str, state: str) -> str:
            from urllib.parse import urlencode
            return "https://auth.1688.com/oauth/authorize?" + urlencode(
                {"client_id": "1234567", "site": "1688", "redirect_uri": redirect_uri, "state": state})

    runner = TaskRunner()
    profiles = BrowserProfiles(tmp / "data")

    def wait(condition, what: str, limit: float = 20.0) -> None:  # type: ignore[no-untyped-def]
        end = time.monotonic() + limit
        while not condition() and time.monotonic() < end:
            app.processEvents()
        if not condition():
            raise SystemExit(f"timed out waiting for {what}")

    def pause(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()

    def shoot(dialog: LoginDialog, name: str) -> None:
        pause(0.8)
        path = out / f"{name}{suffix}.png"
        dialog.grab().save(str(path))
        print("wrote", path)

    # the sandbox's page, and the button
    dialog = LoginDialog("1688", LoginService(None, connectors), runner, profiles,  # type: ignore[arg-type]
                         open_url=lambda url: True)
    dialog.resize(960, 720)
    dialog.show()
    dialog.start()
    wait(lambda: dialog.page.url().toString().startswith(base_url) and not dialog.page.isLoading()
         and dialog.status.text() != dialog.tr("Opening the login page…"), "the sandbox page")
    dialog.browser_button.setFocus()
    shoot(dialog, "login-system-browser")
    dialog.browser_button.click()
    wait(lambda: dialog.stack.currentWidget() is dialog.waiting, "the waiting panel")
    shoot(dialog, "login-waiting")
    dialog.reject()

    # a login page that cannot be loaded
    dialog = LoginDialog("1688", LoginService(None, lambda _kind: Unreachable()), runner,  # type: ignore[arg-type]
                         profiles)
    dialog.resize(960, 720)
    dialog.show()
    dialog.start()
    wait(lambda: dialog.stack.currentWidget() is dialog.failure, "the failure panel")
    shoot(dialog, "login-load-failure")
    dialog.reject()

    runner.shutdown()
    pause(0.2)
    profiles.close()
    for connector in made.values():
        connector.close()
    stop()


if __name__ == "__main__":
    main()
