"""Screenshots of the window's panes in Russian and in Chinese (run under Xvfb).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/make_i18n_screenshots.py [ru|zh_CN ...]

Starts the real program (workstation.app.main) on a fresh demo in a temporary data directory
with `--lang`, waits for the sandbox demo to be ready, and saves docs/i18n-ru-orders.png,
-purchase, -activities, -warehouse and -worklist (the Purchase pane's
worklist tab; docs/i18n-zh-*.png for Chinese). The Purchase pane shows
the first demo order with lines ready for purchase.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
PANES = ("orders", "purchase", "activities", "warehouse", "worklist")
TAB = {"orders": 0, "purchase": 1, "activities": 2, "warehouse": 3, "worklist": 1}
SHORT = {"ru": "ru", "zh_CN": "zh", "en": "en"}


def one(language: str) -> None:
    import PySide6.QtWebEngineWidgets  # noqa: F401 - before the QApplication
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from workstation import app as program
    from workstation.ui.mainwindow import MainWindow

    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    data = Path(tempfile.mkdtemp())
    state = {"step": 0, "ticks": 0}

    def window() -> MainWindow | None:
        return next((w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)

    def tick() -> None:
        w = window()
        state["ticks"] += 1
        if w is None or state["ticks"] < 8 or w.orders_pane.orders_model.is_loading:
            QTimer.singleShot(1000, tick)
            return
        step = state["step"]
        if step == 0:
            w.resize(1500, 900)
            w.move(0, 0)
            rows = w.orders_pane.orders_model.rows()
            if rows:
                best = max(rows, key=lambda r: (r.status_code == "sent_by_seller", r.line_count))
                w.orders_pane.orders_table.selectRow(rows.index(best))
        if step < len(PANES):
            w.panes.setCurrentIndex(TAB[PANES[step]])
            if PANES[step] == "worklist" and getattr(w.purchase_pane, "pages", None) is not None:
                w.purchase_pane.pages.setCurrentIndex(0)
            if PANES[step] == "purchase":
                ready = next((r for r in w.orders_pane.orders_model.rows() if r.status_code == "ready"), None)
                if ready is not None and hasattr(w.purchase_pane, "show_order"):
                    w.purchase_pane.show_order(ready.id)
            state["step"] = step + 1
            QTimer.singleShot(1500, lambda: (shoot(w, PANES[step]), tick()))
            return
        w.close()

    def shoot(w: MainWindow, pane: str) -> None:
        path = HERE / f"i18n-{SHORT[language]}-{pane}.png"
        w.grab().save(str(path))
        print("saved", path)

    QTimer.singleShot(1000, tick)
    program.main(["--data-dir", str(data), "--lang", language, "--quit-after", "60"])


def main() -> None:
    languages = sys.argv[1:] or ["ru", "zh_CN"]
    if len(languages) > 1:  # one process per language: the translators are installed once per process
        for language in languages:
            subprocess.run([sys.executable, __file__, language], check=True)
        return
    one(languages[0])


if __name__ == "__main__":
    main()
