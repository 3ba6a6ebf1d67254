"""A purchaser's desk for the tests: the Purchase pane on a real sandbox world, with the real
TaskRunner and activity runner (worker threads), shut down cleanly afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.engine import World, world  # noqa: F401 - the fixture, re-exported
from workstation.runner.activities import ActivityRunner
from workstation.runner.tasks import TaskRunner
from workstation.ui.panes.purchase.pane import PurchasePane


@dataclass
class Desk:
    world: World
    pane: PurchasePane
    tasks: TaskRunner
    activities: ActivityRunner
    qtbot: QtBot

    def open(self, order_id: str) -> None:
        """Show an order and wait until its lines are on screen."""
        with self.qtbot.waitSignal(self.pane.order_shown, timeout=5000):
            self.pane.show_order(order_id)

    def statuses(self) -> dict[int, str]:
        return {li.id: li.status for li in self.pane.model.lines()}


@pytest.fixture
def desk(qtbot: QtBot, world: World) -> Iterator[Desk]:  # noqa: F811 - uses the imported fixture
    core = world.core
    tasks = TaskRunner()
    activities = ActivityRunner(core.activities)
    pane = PurchasePane(core.orders, core.purchase, core.sessions, core.settings, tasks, activities)
    qtbot.addWidget(pane)
    pane.resize(1400, 700)
    pane.show()
    qtbot.waitExposed(pane)
    try:
        yield Desk(world, pane, tasks, activities, qtbot)
    finally:
        activities.shutdown(10_000)
        tasks.shutdown(10_000)
