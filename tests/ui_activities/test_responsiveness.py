"""The GUI thread keeps turning while the runner books against a deliberately slow sandbox."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.engine import World
from tests.ui_activities.probe import LatenessProbe, booking_orders, start_bookings
from workstation.runner.activities import ActivityRunner
from workstation.runner.tasks import TaskRunner
from workstation.ui.panes.activities.pane import ActivitiesPane


@pytest.mark.slow
def test_a_timer_stays_on_time_while_30_lines_are_booked(world: World, runner: ActivityRunner,
                                                          tasks: TaskRunner, qtbot: QtBot) -> None:
    world.market.configure(latency_ms=40)
    ids = start_bookings(world, booking_orders(world, 30))
    pane = ActivitiesPane(world.core.activities, runner, tasks)
    pane.ask_automatically = False
    pane.open_on_start = set()  # one window, not one per booking: the probe measures the runner
    qtbot.addWidget(pane)
    pane.show()
    window = pane.open_window(ids[0])
    finished: list[str] = []
    runner.activity_finished.connect(finished.append)
    probe = LatenessProbe()
    probe.start()
    for aid in ids:
        runner.submit(aid)
    qtbot.waitUntil(lambda: len(finished) == len(ids), timeout=120_000)
    late = probe.stop()
    assert all(world.core.activities.get(a).state == "finished" for a in ids)
    assert window.info.state == "finished" and window.model.rowCount() > 0
    assert len(late.samples) > 50
    # p99 rather than the single worst tick: one scheduler hiccup of a shared CI machine must
    # not fail the build; the benchmark reports max as well
    assert late.percentile(99) < 50, (late.percentile(50), late.percentile(99), late.worst)
