"""The test-scanner page after "Learn from my scanner", driven by real X11 keys (xdotool).

Run under Xvfb: `xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python
docs/make_scanner_learn_screenshot.py [out.png]`. A wireless scanner is played by xdotool:
the same label three times, with a pause inside the code and a slow Enter; the page proposes
settings, they are applied, and one more scan is found with the new settings.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from workstation.scanner.wedge import WedgeScanner
from workstation.ui.panes.warehouse.scanner_test import ScannerTestPage

CODE = "SF6585419100499"
OUT = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("scanner-learn.png"))


def xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True)


def play_scanner(window_id: str) -> None:
    """One wireless-scanner read: quick keys, a pause inside, a late Enter (real X11 events)."""
    xdotool("type", "--window", window_id, "--delay", "12", CODE[:9])
    time.sleep(0.2)  # the pause that split codes with the old 50 ms rule
    xdotool("type", "--window", window_id, "--delay", "12", CODE[9:])
    time.sleep(0.3)
    xdotool("key", "--window", window_id, "Return")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    app = QApplication(sys.argv[:1])
    ini = QSettings(str(Path(tempfile.mkdtemp()) / "workstation.ini"), QSettings.Format.IniFormat)
    wedge = WedgeScanner.from_ini(ini)
    wedge.install(app)
    page = ScannerTestPage()
    page.attach(wedge)
    page.resize(1150, 640)
    page.setWindowTitle("Test scanner")
    page.show()
    scans: list[str] = []
    wedge.scanned.connect(scans.append)

    def run() -> None:
        window_id = str(int(page.winId()))
        xdotool("windowfocus", "--sync", window_id)
        page.try_field.setFocus()
        page.learn.start_button.click()
        for _ in range(3):
            play_scanner(window_id)
            deadline = time.monotonic() + 2
            while time.monotonic() < deadline:
                app.processEvents()
        print("proposal:", page.learn.proposal)
        print("status:", page.learn.status.text())
        print("details:", page.learn.details.text())
        shot = page.grab()
        assert shot.save(str(OUT)), OUT
        print("saved", OUT)
        if page.learn.proposal is not None:
            page.learn.apply_button.click()
            page.try_field.clear()
            play_scanner(window_id)
            deadline = time.monotonic() + 2
            while time.monotonic() < deadline:
                app.processEvents()
            print("after applying, scans:", scans, "field:", repr(page.try_field.text()))
            print("INI:", {k: ini.value(k) for k in ini.allKeys()})
        app.quit()

    QTimer.singleShot(800, run)
    app.exec()
    wedge.uninstall(app)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
