"""Make the scan-journal screenshots: the "Scans" tab after a morning's scanning, the saved filter
"Arrived but never confirmed", the journal of a fresh station, and unmatched parcels once matched.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/make_journal_screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def main() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow
    from sqlalchemy import select, update

    from workstation.config import Config
    from workstation.core import open_database
    from workstation.domain import statuses as st
    from workstation.runner.tasks import TaskRunner
    from workstation.services import demo
    from workstation.services.audit import Actor
    from workstation.services.orders import OrderService
    from workstation.services.warehouse import ParcelService, ReceiveLine, ReceivingService
    from workstation.services.warehouse.scanning import SERIAL, TYPED, WEDGE, ScanService
    from workstation.store.models import OrderLine
    from workstation.ui.panes.warehouse.pane import WarehousePane
    from workstation.ui.scan_router import ScanRouter

    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp())
    db = open_database(Config(tmp, f"sqlite:///{tmp / 'shots.sqlite3'}"))
    now = datetime.now(UTC).replace(microsecond=0)
    demo.generate(db, orders=120, now=now - timedelta(days=20))
    orders, receiving = OrderService(db), ReceivingService(db)
    scans = ScanService(db, orders)
    runner = TaskRunner()

    def wait(condition, limit: float = 5.0) -> None:  # type: ignore[no-untyped-def]
        end = time.monotonic() + limit
        while not condition() and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    def pane_window() -> tuple[QMainWindow, WarehousePane]:
        router = ScanRouter(orders, receiving, runner, actor=Actor("anna", "ws-1"), scans=scans)
        pane = WarehousePane(orders, receiving, ParcelService(db), runner, router, use_multimedia=False,
                             sound_enabled=False)
        window = QMainWindow()
        window.setWindowTitle("Warehouse workstation")
        window.setCentralWidget(pane)
        window.resize(1500, 900)
        window.show()
        return window, pane

    def save(window: QMainWindow, name: str) -> None:
        app.processEvents()
        window.grab().save(str(HERE / name))
        print("wrote", HERE / name)

    # a fresh station: the empty journal
    window, pane = pane_window()
    pane.tabs.setCurrentWidget(pane.journal)
    wait(lambda: pane.journal.stack.currentWidget() is pane.journal.empty and pane.journal.empty.text() != "")
    save(window, "scan-journal-empty.png")
    window.close()

    # a morning of scanning at two stations
    with db.read() as s:
        shipped = list(s.scalars(select(OrderLine).where(OrderLine.status == st.SENT_BY_SELLER,
                                                         OrderLine.vend_purch_waybill.is_not(None))
                                 .order_by(OrderLine.id)))
        done = list(s.scalars(select(OrderLine).where(OrderLine.status == st.RECEIVED).limit(3)))
        bare = list(s.scalars(select(OrderLine).where(OrderLine.status == st.PURCHASED,
                                                      OrderLine.vend_purch_waybill.is_(None)).limit(2)))
    waybills = list(dict.fromkeys(li.vend_purch_waybill for li in shipped if li.vend_purch_waybill))
    anna, oleg = Actor("anna", "ws-1"), Actor("oleg", "ws-2 (dock)")
    at = now - timedelta(hours=3, minutes=12)
    plan = [(waybills[0], WEDGE, anna), (waybills[1], WEDGE, anna), ("JT3141592653589", WEDGE, anna),
            (waybills[2], SERIAL, oleg), (waybills[2], SERIAL, oleg), (done[0].label, WEDGE, anna),
            ("YT7777777777777", SERIAL, oleg), (waybills[3], TYPED, oleg), (waybills[4], WEDGE, anna),
            (done[1].vend_purch_waybill or done[1].label, WEDGE, anna), (waybills[5], SERIAL, oleg),
            ("0104601234567893\x1d21ABC", WEDGE, anna), (waybills[6], WEDGE, anna)]
    for n, (code, source, who) in enumerate(plan):
        at += timedelta(minutes=7, seconds=13 * n)
        if n == 4:
            scans.duplicate(code, source=source, actor=who, at=at)
        else:
            scans.scan(code, source=source, actor=who, at=at)
    for waybill in (waybills[0], waybills[2], waybills[4], waybills[5]):  # counted and confirmed
        lines = [li for li in shipped if li.vend_purch_waybill == waybill]
        receiving.receive([ReceiveLine(li.id, li.qty) for li in lines], clerk="anna", workstation="ws-1",
                          waybill=waybill)
    with db.write() as s:  # a later sync brought the waybill of one unknown parcel
        s.execute(update(OrderLine).where(OrderLine.id == bare[0].id).values(vend_purch_waybill="JT3141592653589"))
    scans.matching.match_pending()

    window, pane = pane_window()
    pane.tabs.setCurrentWidget(pane.journal)
    journal = pane.journal
    wait(lambda: journal.model.rowCount() == len(plan))
    save(window, "scan-journal.png")
    journal.show_unconfirmed()
    wait(lambda: journal.unconfirmed.isChecked() and 0 < journal.model.rowCount() < len(plan))
    save(window, "scan-journal-unconfirmed.png")
    pane.tabs.setCurrentWidget(pane.unmatched.parentWidget())
    pane.unmatched.refresh()
    wait(lambda: any(r.matched_at for r in pane.unmatched.model.rows()))
    save(window, "unmatched-matched.png")
    window.close()
    runner.shutdown(5000)
    db.dispose()


if __name__ == "__main__":
    main()
