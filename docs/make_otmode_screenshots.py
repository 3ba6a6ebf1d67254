"""Screenshots of the workstation in OT mode (README "OT mode", docs/otmode.md). Run under Xvfb:

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/make_otmode_screenshots.py OUT_DIR [--lang ru]

What it does, as a user would: a platform data directory gets the demo and an instance key, and
`workstation-cli otapi serve` serves it on loopback (the "OT Box"); a second data directory is
connected with `workstation-cli otapi connect` (the password on stdin). Then the real window
(`workstation.app.main`, composed as `make run` composes it) opens on the station; once the
mirror is filled, the Purchase pane, the Warehouse pane after a waybill is typed in (found in the
mirror) and Settings -> Order source are saved.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))


def cli(data: Path, *args: str, stdin: str | None = None) -> str:
    done = subprocess.run([sys.executable, "-m", "workstation.cli", "--data-dir", str(data), *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise SystemExit(f"workstation-cli {' '.join(args)}: {done.stderr}")
    return done.stdout


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    lang = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv else ""
    args = [a for a in args if a != lang]
    out = Path(args[0] if args else tempfile.mkdtemp())
    out.mkdir(parents=True, exist_ok=True)
    suffix = f"-{lang}" if lang else ""
    platform, station = Path(tempfile.mkdtemp(prefix="ot-platform-")), Path(tempfile.mkdtemp(prefix="ot-station-"))
    cli(platform, "demo", "--orders", "40")
    instance = json.loads(cli(platform, "--json", "otapi", "instance", "create"))
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "workstation.cli", "--data-dir", str(platform), "otapi", "serve",
                               "--port", str(port)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True)
    try:
        assert server.stdout is not None
        while f":{port}/" not in server.stdout.readline():
            pass
        cli(station, "otapi", "connect", f"http://127.0.0.1:{port}", "--instance-key", instance["instanceKey"],
            "--operator", instance["operator"]["login"], "--password-stdin", stdin=instance["operator"]["password"])
        cli(station, "otapi", "refresh")
        _window(station, out, suffix, lang)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(30)
        from workstation.sandbox.launcher import stop_running

        stop_running(platform / "sandbox")
    print("saved in", out)


def _window(station: Path, out: Path, suffix: str, lang: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from docs.shots import settle
    from workstation import app as workstation_app
    from workstation.ui.mainwindow import MainWindow

    application = QApplication.instance() or QApplication([sys.argv[0]])
    with sqlite3.connect(station / "workstation.sqlite3") as db:  # a parcel on its way, to type in
        row = db.execute("SELECT vend_purch_waybill FROM order_lines WHERE vend_purch_waybill IS NOT NULL "
                         "AND status IN ('purchased', 'sent_by_seller') ORDER BY id LIMIT 1").fetchone()
        ready = db.execute("SELECT o.id FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.is_paid "
                           "AND l.status = 'ready' ORDER BY o.id LIMIT 1").fetchone()
    waybill = row[0] if row else ""
    ready_order = ready[0] if ready else ""

    def window() -> MainWindow | None:
        return next((w for w in application.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)

    def shoot() -> None:
        w = window()
        if w is None or w.orders_pane.orders_model.is_loading:
            QTimer.singleShot(200, shoot)
            return
        w.resize(1500, 900)
        settle(application, 1.0)
        w.panes.setCurrentWidget(w.purchase_pane)
        w.purchase_pane.pages.setCurrentIndex(0)  # the worklist: every order's lines
        settle(application, 3.0)
        w.grab().save(str(out / f"otmode-purchase{suffix}.png"))
        w.purchase_pane.pages.setCurrentIndex(1)  # one order: the first one ready to book
        if ready_order:
            w.purchase_pane.show_order(ready_order)
        settle(application, 2.5)
        w.grab().save(str(out / f"otmode-order{suffix}.png"))
        w.panes.setCurrentWidget(w.warehouse_pane)
        if waybill:
            w.warehouse_pane.code_field.setText(waybill)
            w.warehouse_pane.code_field.returnPressed.emit()
        settle(application, 2.5)
        w.grab().save(str(out / f"otmode-warehouse{suffix}.png"))
        w._on_settings_triggered()  # Settings... as the menu opens it
        dialog = w.settings_dialog
        if dialog is not None:
            page = next((dialog.tabs.widget(i) for i in range(dialog.tabs.count())
                         if type(dialog.tabs.widget(i)).__name__ == "OrderSourcePage"), None)
            if page is not None:
                dialog.tabs.setCurrentWidget(page)
            settle(application, 2.0)
            dialog.grab().save(str(out / f"otmode-settings{suffix}.png"))
            dialog.close()
        w.close()

    QTimer.singleShot(500, shoot)
    argv = ["--data-dir", str(station)] + (["--lang", lang] if lang else [])
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
    workstation_app.main(argv)


if __name__ == "__main__":
    main()
