"""Make docs/connection-*.png, one per answer of Test connection (ok, wrong key, wrong secret, no
network, refused port, an HTML page, a proxy asking for a password, clock skew, timeout):
Settings → 1688.com → Connection after Test connection, under Xvfb:

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tests/live/make_screenshots.py [--pseudo] [OUT_DIR]

The sandbox plays the live gateway (served on loopback); "no network" is the real gateway's
address on a machine without one. `--pseudo` makes every translated text a third longer (as
Russian is) and writes *-pseudo.png, to see that nothing is cut off.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "docs"))

from shots import start  # noqa: E402


def main() -> None:
    import email.utils

    from tests.helpers.live import HTML_PAGE, PROXY_407, Canned, free_port, loopback
    from workstation.config import Config
    from workstation.core import open_database
    from workstation.runner.tasks import TaskRunner
    from workstation.sandbox.launcher import serve_in_thread
    from workstation.services.audit import Actor
    from workstation.services.connection import ConnectionService
    from workstation.services.secrets import MemorySecretStore
    from workstation.services.settings import SettingsService
    from workstation.ui.dialogs.settings import SettingsDialog

    shots = start(ROOT / "docs")
    app, out, suffix = shots.app, shots.out, shots.suffix
    tmp = Path(tempfile.mkdtemp())
    url, stop = serve_in_thread(tmp / "market")
    db = open_database(Config(tmp, f"sqlite:///{tmp / 'shots.sqlite3'}"))
    secrets = MemorySecretStore()
    actor = Actor("admin", "office-1")
    connection = ConnectionService(db, secrets, actor, sandbox_url=lambda: url)
    runner = TaskRunner()
    dialog = SettingsDialog(SettingsService(db, secrets, actor), runner, provider="1688",
                            connection_service=connection)
    dialog.show()

    def wait(condition, limit: float = 15.0) -> None:  # type: ignore[no-untyped-def]
        end = time.monotonic() + limit
        while not condition() and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    wait(lambda: all(e.connection is not None and e.connection.isEnabled() for e in dialog.editors.values()))
    dialog.show_page("connection")
    page = dialog.editors["1688"].connection
    assert page is not None

    def shot(name: str, base_url: str, key: str, secret: str) -> None:
        page.mode.setCurrentIndex(page.mode.findData("live"))
        page.base_url.setText(base_url)
        page.authorize_url.setText(base_url.replace("/openapi", "/oauth/authorize")
                                   if "127.0.0.1" in base_url else "https://auth.1688.com/oauth/authorize")
        page.app_key.setText(key)
        page.app_secret.setText(secret)
        done: list[object] = []
        page.tested.connect(done.append)
        page.test()
        wait(lambda: bool(done))
        page.tested.disconnect(done.append)
        wait(lambda: False, 0.3)
        path = out / f"connection-{name}{suffix}.png"
        dialog.grab().save(str(path))
        print(path, "|", page.result_text.text())

    shot("ok", url + "/1688/openapi", "8801688", "sandbox-1688-secret")
    shot("wrong-key", url + "/1688/openapi", "8801699", "sandbox-1688-secret")
    shot("wrong-secret", url + "/1688/openapi", "8801688", "not-the-secret")
    shot("no-network", "https://gw.open.1688.com/openapi", "3861427", "0f6c2d51b7e94a38")
    shot("refused", f"http://127.0.0.1:{free_port()}/openapi", "8801688", "sandbox-1688-secret")
    with loopback(HTML_PAGE) as html:
        shot("html-page", html + "/openapi", "8801688", "sandbox-1688-secret")
    with loopback(PROXY_407) as proxy:
        shot("proxy-407", proxy + "/openapi", "8801688", "sandbox-1688-secret")
    behind = email.utils.formatdate(time.time() + 2 * 3600 + 300, usegmt=True)  # this PC is 2 h 5 min behind
    skewed = Canned(400, b'{"error_code":"gw.InvalidTimestamp","error_message":"timestamp is out of range"}',
                    {"Content-Type": "application/json", "Date": behind})
    with loopback(skewed) as server:
        shot("clock-skew", server + "/openapi", "8801688", "sandbox-1688-secret")
    page.timeout.setValue(2)
    with loopback(Canned(200, b"{}", delay=6)) as slow:
        shot("timeout", slow + "/openapi", "8801688", "sandbox-1688-secret")
    runner.shutdown()
    stop()


if __name__ == "__main__":
    main()
