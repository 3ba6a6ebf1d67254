"""Make docs/worklist.png: the Purchase pane's worklist on the demo data (about 300 lines over
100 orders, logged-in sandbox accounts), run under Xvfb:

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tests/ui_purchase/make_worklist_screenshot.py [OUT.png]

A second picture, OUT-empty.png, shows a view with nothing in it.
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def _settle(app, until, seconds: float = 10) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not until() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(10):
        app.processEvents()
        time.sleep(0.02)


def main(out: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from tests.helpers.engine import ACCOUNT, make_world
    from workstation.runner.activities import ActivityRunner
    from workstation.runner.tasks import TaskRunner
    from workstation.services import demo
    from workstation.services.worklist import WorklistService
    from workstation.ui.panes.purchase.pane import PurchasePane

    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp())
    worlds = make_world(tmp, f"sqlite:///{tmp / 'shot.sqlite3'}")
    world = next(worlds)
    core = world.core
    demo.generate(core.db, orders=100)
    tasks = TaskRunner()
    activities = ActivityRunner(core.activities)
    store = QSettings(str(tmp / "workstation.ini"), QSettings.Format.IniFormat)
    pane = PurchasePane(core.orders, core.purchase, core.sessions, core.settings, tasks, activities,
                        worklist=WorklistService(core.db), store=store)
    assert pane.worklist is not None
    worklist = pane.worklist
    pane.resize(1580, 860)
    pane.show()
    _settle(app, lambda: worklist.model.rowCount() > 0 and worklist.model.total is not None)
    chooser = worklist.choosers["1688"]
    chooser.setCurrentIndex(chooser.findData(ACCOUNT["1688"]))
    worklist.table.selectRow(0)
    worklist.table.selectionModel().select(worklist.model.index(2, 0), worklist.table.selectionModel().SelectionFlag.Select
                                           | worklist.table.selectionModel().SelectionFlag.Rows)
    _settle(app, lambda: False, 0.3)
    pane.grab().save(str(out))
    print(out)
    worklist.views.setCurrentRow(3)  # outcome unknown: empty on the demo data
    _settle(app, lambda: worklist.stack.currentWidget() is worklist.empty)
    empty = out.with_name(out.stem + "-empty.png")
    pane.grab().save(str(empty))
    print(empty)
    activities.shutdown()
    tasks.shutdown()
    with contextlib.suppress(StopIteration):
        next(worlds)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "worklist.png")
