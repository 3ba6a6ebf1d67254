"""Make the README's screenshots from a fresh demo database (run under Xvfb or offscreen).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/make_screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def main() -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from workstation.config import Config
    from workstation.core import open_database
    from workstation.runner.tasks import TaskRunner
    from workstation.services import demo
    from workstation.services.orders import OrderService
    from workstation.ui.mainwindow import MainWindow

    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp())
    db = open_database(Config(tmp, f"sqlite:///{tmp / 'shots.sqlite3'}"))
    demo.generate(db, orders=60)
    service = OrderService(db)
    runner = TaskRunner()
    window = MainWindow(service, runner, QSettings(str(tmp / "ui.ini"), QSettings.Format.IniFormat),
                        "sqlite: demo database")
    window.resize(1500, 900)
    window.show()

    def wait(condition, limit: float = 10.0) -> None:  # type: ignore[no-untyped-def]
        import time

        end = time.monotonic() + limit
        while not condition() and time.monotonic() < end:
            app.processEvents()

    pane = window.orders_pane
    wait(lambda: pane.orders_model.total > 0)
    rows = pane.orders_model.rows()
    best = max(rows, key=lambda r: (r.status_code == "sent_by_seller", r.line_count))
    pane.orders_table.selectRow(rows.index(best))
    wait(lambda: pane.detail.model.rowCount() == best.line_count)
    wait(lambda: False, 0.3)
    window.grab().save(str(HERE / "orders.png"))

    waybill = next(li.vend_purch_waybill for li in service.order_detail(best.id).lines if li.vend_purch_waybill)
    pane.tabs.setCurrentIndex(1)
    pane.goods_search.field.setText(waybill[:4])
    wait(lambda: pane.goods_model.total > 0 and pane.goods_search.count.text().endswith(")"), 3)
    wait(lambda: False, 0.6)
    window.grab().save(str(HERE / "by-goods.png"))
    runner.shutdown()
    print("saved", HERE / "orders.png", HERE / "by-goods.png")


if __name__ == "__main__":
    main()
