"""Screenshot of the notifications above the Activities list (run under Xvfb):

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/make_notifications_screenshot.py [OUT_DIR] [--pseudo]

A real sandbox and database: a Taobao order booked and left unpaid for 73 hours, so the
synchronisation cancels its lines (two notifications); one alarm of a line bought above the
rule (a money alarm, red). Saves docs/notifications.png (-pseudo with every text a third longer).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from shots import settle, start  # noqa: E402


def main() -> None:

    from tests.engine.test_sync_bind import booked_order, sync
    from tests.helpers.engine import make_world
    from workstation.runner.activities import ActivityRunner
    from workstation.runner.tasks import TaskRunner
    from workstation.services.alerts import ABOVE_RULE, raise_alert
    from workstation.ui.panes.activities.pane import ActivitiesPane

    shots = start(HERE)
    app, out, suffix = shots.app, shots.out, shots.suffix
    tmp = Path(tempfile.mkdtemp())
    worlds = make_world(tmp, f"sqlite:///{tmp / 'shot.sqlite3'}")  # kept: closing it closes the world
    world = next(worlds)
    oid = booked_order(world, "1688")
    line = world.lines(oid)[0]
    with world.core.db.write() as s:
        raise_alert(s, f"above_rule:{line.id}", ABOVE_RULE,
                    f"{oid} #{line.line_num} was bought at ¥{line.purch_price} a unit, 14.2% above the ¥"
                    f"{line.price_cust} the customer paid (the rule allows 10%).", datetime.now(UTC),
                    provider="1688", account=line.account or "", line_id=line.id, external_id=line.vend_purch_id or "")
    booked_order(world, "taobao")
    world.market.advance(73)
    sync(world, "taobao")
    tasks = TaskRunner()
    runner = ActivityRunner(world.core.activities)
    pane = ActivitiesPane(world.core.activities, runner, tasks, alerts=world.core.alerts)
    pane.resize(1500, 560)
    pane.show()
    settle(app, 1.0, until=lambda: pane.notifications is not None and len(pane.notifications.rows()) == 3)
    pane.grab().save(str(out / f"notifications{suffix}.png"))
    runner.shutdown(10_000)
    tasks.shutdown(10_000)
    print("saved to", out)


if __name__ == "__main__":
    main()
