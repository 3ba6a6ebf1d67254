"""Screenshots of an order after recalculation (run under Xvfb):

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/make_money_screenshots.py [OUT_DIR] [--pseudo]

A real sandbox on loopback and a real database: an order of two lines paid under today's price,
booked, then line #1 recalculated (price and delivery). The Purchase pane shows the order's
heading with what the customer now owes and the line's price marked as recalculated
(docs/money-recalculated.png); the Orders pane shows "Price paid" beside "Price now"
(docs/money-orders.png). With --pseudo every text is a third longer, as Russian is.
"""

from __future__ import annotations

import sys
import tempfile
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from shots import settle, start  # noqa: E402


def main() -> None:

    from tests.engine.test_money_adds_up import settle as pay_in_full
    from tests.helpers.engine import ACCOUNT, make_world, plain_items
    from workstation.runner.activities import ActivityRunner
    from workstation.runner.tasks import TaskRunner
    from workstation.ui.panes.orders.pane import OrdersPane
    from workstation.ui.panes.purchase.pane import PurchasePane

    shots = start(HERE)
    app, out, suffix = shots.app, shots.out, shots.suffix
    tmp = Path(tempfile.mkdtemp())
    worlds = make_world(tmp, f"sqlite:///{tmp / 'shot.sqlite3'}")  # kept: closing it closes the world
    world = next(worlds)
    core = world.core
    items = plain_items("1688")
    item = max(items, key=lambda i: len(i.title))
    oid = world.add_order("1688", [(item, 0, 2, item.skus[0].price - Decimal("3.40")), (item, 1, 1, None)])
    pay_in_full(world, oid)
    info = core.purchase.run(core.purchase.start_booking(oid, ACCOUNT["1688"]))
    assert info.state == "finished", [s.message for s in info.steps]
    first = world.lines(oid)[0]
    core.purchase.recalculate(oid, [first.id])

    tasks = TaskRunner()
    activities = ActivityRunner(core.activities)
    pane = PurchasePane(core.orders, core.purchase, core.sessions, core.settings, tasks, activities)
    pane.resize(1500, 520)
    pane.show()
    pane.show_order(oid)
    settle(app, until=lambda: "owes" in pane.heading.text() or "~" in pane.heading.text())
    pane.select_lines([first.id])
    settle(app)
    pane.grab().save(str(out / f"money-recalculated{suffix}.png"))

    orders = OrdersPane(core.orders, tasks)
    orders.resize(1500, 620)
    orders.show()
    settle(app, 1.0)
    orders.detail.show_order(core.orders.order_detail(oid))  # as a click on the order shows it
    settle(app, 1.0)
    orders.grab().save(str(out / f"money-orders{suffix}.png"))
    activities.shutdown(10_000)
    tasks.shutdown(10_000)
    print("saved to", out)


if __name__ == "__main__":
    main()
