"""docs/thumbnails.png: the Orders pane and the Purchase pane's worklist with the items' pictures,
drawn by the sandbox marketplace and fetched by the window (run under Xvfb).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/make_thumbnails_screenshot.py [OUT_DIR]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from docs.shots import settle, start  # noqa: E402 - after the path is set


def main() -> None:
    shots = start(HERE)
    app = shots.app
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QColor, QImage, QPainter

    from workstation.app import _build_window
    from workstation.config import load_config
    from workstation.core import build_core
    from workstation.runner.tasks import TaskRunner
    from workstation.sandbox.launcher import stop_running
    from workstation.services import demo, demo_sandbox
    from workstation.ui.errors import ErrorReporter

    data = Path(tempfile.mkdtemp())
    core = build_core(load_config(data))
    demo.generate(core.db, orders=60)
    demo_sandbox.prepare(core.db, core.settings, core.sessions, core.connectors, core.config.sandbox_dir)
    runner = TaskRunner()
    reporter = ErrorReporter(None)
    reporter.interactive = False
    settings = QSettings(str(data / "workstation.ini"), QSettings.Format.IniFormat)
    window, stop = _build_window(app, core, runner, settings, "demo", reporter)
    window.resize(1500, 860)
    window.show()
    try:
        pane = window.orders_pane
        settle(app, until=lambda: pane.orders_model.total > 0 and pane.detail.model.rowCount() > 0)
        rows = pane.orders_model.rows()
        pick = next(i for i, r in enumerate(rows) if r.line_count >= 5)
        pane.orders_table.selectRow(pick)
        settle(app, until=lambda: pane.detail.model.rowCount() >= 5)
        urls = [r.image_url for r in pane.detail.model.rows()]
        settle(app, 1.0, until=lambda: all(window.thumbnails.has(u) for u in urls))
        orders = window.grab().toImage()

        window.panes.setCurrentWidget(window.purchase_pane)
        window.purchase_pane.pages.setCurrentIndex(0)  # the worklist across all orders
        worklist = window.purchase_pane.worklist
        settle(app, until=lambda: worklist.model.rowCount() > 0)
        settle(app, 1.0, until=lambda: not window.thumbnails.pending())
        purchase = window.grab().toImage()

        picture = QImage(orders.width(), orders.height() + purchase.height() + 8, QImage.Format.Format_RGB32)
        picture.fill(QColor("#9e9e9e"))
        painter = QPainter(picture)
        painter.drawImage(0, 0, orders)
        painter.drawImage(0, orders.height() + 8, purchase)
        painter.end()
        picture.save(str(shots.path("thumbnails")))
        print("saved", shots.path("thumbnails"), "cache:", sorted(p.name for p in (data / "thumbnails").iterdir())[:3])
    finally:
        stop()
        runner.shutdown()
        core.connectors.stop_started_sandbox()
        stop_running(data / "sandbox")
        core.close()


if __name__ == "__main__":
    main()
