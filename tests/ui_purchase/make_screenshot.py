"""Make docs/purchase-pane.png: the Purchase pane on a sandbox order with shipped, booked and
ready lines (run under Xvfb): xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python
tests/ui_purchase/make_screenshot.py [OUT.png]
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main(out: Path, dialogs: Path | None = None) -> None:
    from PySide6.QtWidgets import QApplication

    from tests.helpers.engine import ACCOUNT, make_world, plain_items
    from workstation.runner.activities import ActivityRunner
    from workstation.runner.tasks import TaskRunner
    from workstation.ui.panes.purchase.pane import PurchasePane

    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp())
    worlds = make_world(tmp, f"sqlite:///{tmp / 'shot.sqlite3'}")
    world = next(worlds)
    core = world.core
    items = plain_items("1688")
    sellers: dict[str, list] = {}
    for item in items:
        sellers.setdefault(item.seller_id, []).append(item)
    groups = [g for g in sellers.values() if len(g) >= 2][:3]
    picks = [(groups[0][0], 0, 2, None), (groups[0][1], 0, 1, None),
             (groups[1][0], 0, 1, None), (groups[1][1], 1, 3, None),
             (groups[2][0], 0, 1, None), (groups[2][1], 0, 2, None), (groups[2][0], 1, 1, None)]
    oid = world.add_order("1688", picks)
    lines = world.lines(oid)
    account = ACCOUNT["1688"]
    core.purchase.run(core.purchase.start_booking(oid, account, [lines[0].id, lines[1].id]))
    world.market.pay(world.lines(oid)[0].vend_purch_id, "1688")
    world.market.advance(26)
    core.purchase.run(core.purchase.start_sync(account))
    core.purchase.run(core.purchase.start_booking(oid, account, [lines[2].id, lines[3].id]))

    tasks = TaskRunner()
    activities = ActivityRunner(core.activities)
    pane = PurchasePane(core.orders, core.purchase, core.sessions, core.settings, tasks, activities)
    pane.resize(1560, 760)
    pane.show()
    pane.show_order(oid)
    deadline = time.monotonic() + 10
    while pane.detail is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    pane.session_combo.setCurrentIndex(pane.session_combo.findData(account))
    ready = [li.id for li in pane.model.lines() if li.status == "ready"][:2]
    pane.select_lines(ready)
    pane.banner.show_message(pane.tr("Booking 2 line(s) with {0}…").format(account), "info")
    for _ in range(30):
        app.processEvents()
        time.sleep(0.02)
    pane.grab().save(str(out))
    print(out)
    if dialogs is not None:  # the dialogs too, to look at (not in the README)
        pane.select_lines([li.id for li in pane.model.lines() if li.status == "booked"])
        pane.recalculate_selected()
        pane.bind_order()
        for _ in range(20):
            app.processEvents()
            time.sleep(0.02)
        assert pane.recalc_dialog is not None and pane.bind_dialog is not None
        pane.recalc_dialog.grab().save(str(dialogs / "recalc-dialog.png"))
        pane.bind_dialog.grab().save(str(dialogs / "bind-dialog.png"))
    activities.shutdown()
    tasks.shutdown()
    with contextlib.suppress(StopIteration):
        next(worlds)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "purchase-pane.png",
         Path(sys.argv[2]) if len(sys.argv) > 2 else None)
