"""Activities that tell the truth: whole-booking counters after a resume, results that tell
bought N from bought nothing, waiting and errors, and a stale "running" shown interrupted."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from tests.helpers.engine import World
from tests.helpers.ui_activities import (
    created_orders,
    drifted_order,
    plain_order,
    start_booking,
    two_seller_order,
)
from workstation.core import pid_alive
from workstation.runner.activities import ActivityRunner
from workstation.runner.tasks import TaskRunner
from workstation.store.models import Activity
from workstation.ui.panes.activities.model import COLUMNS, ActivityListModel
from workstation.ui.panes.activities.pane import ActivitiesPane

RESULT = next(i for i, c in enumerate(COLUMNS) if c.key == "result")
STATE = next(i for i, c in enumerate(COLUMNS) if c.key == "state")


def result_of(world: World, activity_id: str):  # type: ignore[no-untyped-def]
    service = world.core.activities
    return service.results([service.get(activity_id)], pid_alive)[activity_id]


def test_after_a_resume_the_counters_count_the_whole_booking(world: World) -> None:
    oid = two_seller_order(world, 3, 2)
    aid = start_booking(world, oid)
    service = world.core.activities
    # the station quits once the first seller's order is made: the booking goes back to the queue
    info = service.run(aid, should_stop=lambda: created_orders(world, aid) >= 1)
    assert info.state == "queued" and info.found_lines == 5
    assert any("workstation was closing" in s.message for s in info.steps)
    info = service.run(aid)  # the next start resumes it: only the second seller's 2 lines are open
    assert info.state == "finished", [s.message for s in info.steps]
    assert info.found_lines == 5 and info.found_provider_orders == 2
    result = result_of(world, aid)
    assert (result.outcome, result.lines_bought, result.orders_bought) == ("bought", 5, 2)
    assert len(world.market.find_orders()) == 2  # nothing bought twice


def test_results_tell_bought_from_nothing_waiting_and_errors(world: World) -> None:
    service = world.core.activities
    bought = world.core.purchase.run(start_booking(world, two_seller_order(world, 2, 0)))
    skipped = world.core.purchase.run(start_booking(world, drifted_order(world)))
    assert skipped.state == "waiting"
    waiting = world.core.purchase.run(start_booking(world, drifted_order(world)))
    service.answer(skipped.id, "skip")
    skipped = world.core.purchase.run(skipped.id)
    assert skipped.state == "finished"  # the state alone reads like a success ...
    world.market.configure(booking_limit=0)
    refused = world.core.purchase.run(start_booking(world, plain_order(world, 1)))
    results = service.results([service.get(a.id) for a in (bought, skipped, waiting, refused)])
    assert (results[bought.id].outcome, results[bought.id].lines_bought) == ("bought", 2)
    assert results[bought.id].amount_bought > 0
    assert (results[skipped.id].outcome, results[skipped.id].lines_bought) == ("nothing", 0)  # ... this does not
    assert (results[waiting.id].outcome, results[waiting.id].waiting_for) == ("waiting", "you")
    assert (results[refused.id].outcome, results[refused.id].errors) == ("errors", 1)
    assert "booking limit" in results[refused.id].last_problem


@pytest.fixture
def pane(world: World, runner: ActivityRunner, tasks: TaskRunner, qtbot: QtBot) -> Iterator[ActivitiesPane]:
    p = ActivitiesPane(world.core.activities, runner, tasks, is_alive=pid_alive)
    p.ask_automatically = False
    p.open_on_start = set()
    qtbot.addWidget(p)
    p.resize(1400, 500)
    p.show()
    yield p
    p.questions.close()


def cell(pane: ActivitiesPane, activity_id: str, column: int) -> str:
    return pane.model.index(pane.model.row_of(activity_id), column).data() or ""


def leave_running(world: World, activity_id: str, owner: str, lease_until: datetime) -> None:
    """As a process that claimed the activity and then died (or lost its network) leaves it."""
    with world.core.db.write() as s:
        s.execute(update(Activity).where(Activity.id == activity_id)
                  .values(state="running", owner=owner, lease_until=lease_until))


def test_the_pane_shows_results_and_a_stale_running_as_interrupted(world: World, pane: ActivitiesPane,
                                                                   qtbot: QtBot,
                                                                   qtmodeltester: ModelTester) -> None:
    bought = world.core.purchase.run(start_booking(world, two_seller_order(world, 2, 0)))
    nothing = world.core.purchase.run(start_booking(world, drifted_order(world)))
    world.core.activities.answer(nothing.id, "skip")
    world.core.purchase.run(nothing.id)
    # one left by a process of this host that is gone, one by a station whose lease ran out
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    here = start_booking(world, plain_order(world, 1))
    leave_running(world, here, f"{socket.gethostname()}:{dead.pid}", datetime.now(UTC) + timedelta(minutes=5))
    away = start_booking(world, plain_order(world, 1, "taobao"), "taobao")
    leave_running(world, away, "packing-2:4242", datetime.now(UTC) - timedelta(minutes=1))
    pane.refresh()
    qtbot.waitUntil(lambda: "Bought nothing" in cell(pane, nothing.id, RESULT), timeout=10_000)
    assert cell(pane, bought.id, RESULT) == "Bought 2 lines in 1 order"
    assert cell(pane, nothing.id, STATE) == "Finished"
    assert cell(pane, here, STATE) == f"Interrupted (station {socket.gethostname()})"
    assert cell(pane, away, STATE) == "Interrupted (station packing-2)"
    assert "resumes" in cell(pane, away, RESULT).lower()
    assert "packing-2" in pane.model.index(pane.model.row_of(away), RESULT).data(Qt.ItemDataRole.ToolTipRole)  # why
    qtmodeltester.check(pane.model, force_py=True)


def test_a_running_activity_of_a_live_station_stays_running(world: World, pane: ActivitiesPane,
                                                            qtbot: QtBot) -> None:
    aid = start_booking(world, plain_order(world, 1))
    leave_running(world, aid, "packing-2:4242", datetime.now(UTC) + timedelta(minutes=2))  # lease still good
    pane.refresh()
    qtbot.waitUntil(lambda: pane.model.row_of(aid) >= 0 and pane.model.result_of(aid) is not None, timeout=10_000)
    assert cell(pane, aid, STATE) == "Running"


def test_the_window_shows_the_result_and_the_whole_count_after_a_resume(world: World, pane: ActivitiesPane,
                                                                        runner: ActivityRunner,
                                                                        qtbot: QtBot) -> None:
    oid = two_seller_order(world, 3, 2)
    aid = start_booking(world, oid)
    world.core.activities.run(aid, should_stop=lambda: created_orders(world, aid) >= 1)
    window = pane.open_window(aid)
    with qtbot.wait_signal(runner.activity_finished, timeout=30_000):
        runner.submit(aid)
    qtbot.waitUntil(lambda: "Bought 5 lines in 2 orders" in window.outcome.text(), timeout=10_000)
    assert window.found_lines.text() == "Found order lines: 5"
    assert window.state.text() == "State: Finished"


def test_the_result_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    from tests.ui_activities.test_models import activity
    from workstation.services.activity_results import ActivityResult

    model = ActivityListModel()
    rows = [activity(1, "finished"), activity(2, "waiting"), activity(3, "running")]
    model.replace(rows, {"a1": ActivityResult("a1", "nothing"), "a3": ActivityResult("a3", "interrupted",
                                                                                         station="st-1")})
    qtmodeltester.check(model, force_py=True)
    assert model.index(model.row_of("a3"), STATE).data() == "Interrupted (station st-1)"
    assert model.index(model.row_of("a1"), RESULT).data() == "Bought nothing"
    model.replace(rows, {"a1": ActivityResult("a1", "bought", lines_bought=3, orders_bought=1)})
    assert model.index(model.row_of("a1"), RESULT).data() == "Bought 3 lines in 1 order"
