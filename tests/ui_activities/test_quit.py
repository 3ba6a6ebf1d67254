"""Ctrl+Q while a booking runs: a dialog says what runs and what will happen, and quitting
stops the booking at a safe point without freezing the window; the next start finishes it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from tests.helpers.engine import World
from tests.helpers.ui_activities import drifted_order, plain_order, start_booking
from tests.ui_activities.probe import LatenessProbe
from workstation.core import pid_alive
from workstation.runner.activities import _STRAGGLERS, ActivityRunner
from workstation.runner.tasks import TaskRunner
from workstation.services.activities import ActivityInfo
from workstation.services.activity_results import ActivityResult
from workstation.ui.panes.activities.quit import QuitDialog, QuitGuard


@pytest.fixture
def window(world: World, runner: ActivityRunner, tasks: TaskRunner, qtbot: QtBot) -> Iterator[QMainWindow]:
    w = QMainWindow()
    w.resize(900, 600)
    w.guard = QuitGuard(w, runner, tasks, world.core.activities, is_alive=pid_alive)  # type: ignore[attr-defined]
    qtbot.addWidget(w)
    w.show()
    yield w


def slow_booking(world: World, runner: ActivityRunner, qtbot: QtBot, lines: int = 6) -> str:
    world.market.configure(latency_ms=300)  # every marketplace call takes a while
    aid = start_booking(world, plain_order(world, lines))
    runner.submit(aid)
    qtbot.waitUntil(lambda: runner.running() == [aid], timeout=5000)
    return aid


def open_dialog(window: QMainWindow, qtbot: QtBot) -> QuitDialog:
    assert window.close() is False  # held: the dialog decides
    qtbot.waitUntil(lambda: window.guard.dialog is not None and window.guard.dialog.isVisible(),  # type: ignore[attr-defined]
                    timeout=5000)
    assert window.isVisible()
    return window.guard.dialog  # type: ignore[attr-defined]


def test_with_nothing_running_the_window_closes_at_once(window: QMainWindow) -> None:
    assert window.close() is True
    assert window.guard.dialog is None  # type: ignore[attr-defined]


def test_the_dialog_says_what_runs_and_keep_working_keeps_it_running(world: World, runner: ActivityRunner,
                                                                     window: QMainWindow, qtbot: QtBot) -> None:
    aid = slow_booking(world, runner, qtbot)
    dialog = open_dialog(window, qtbot)
    text = dialog.body.text()
    assert "Booking" in text and "running: it stops after its current step" in text
    assert "resumes when the workstation starts again" in text
    assert dialog.heading.text() == "This workstation is still running 1 activity."
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc and the default button keep working
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert window.isVisible() and runner.running() == [aid]
    qtbot.waitUntil(lambda: world.core.activities.get(aid).state == "finished", timeout=30_000)  # went on


def test_quitting_stops_at_a_safe_point_without_freezing_and_the_next_start_finishes(
        world: World, runner: ActivityRunner, window: QMainWindow, qtbot: QtBot) -> None:
    aid = slow_booking(world, runner, qtbot, lines=6)
    dialog = open_dialog(window, qtbot)
    probe = LatenessProbe()
    probe.start()
    started = time.monotonic()
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert dialog.quit_now_button.isVisible() and "Stopping" in dialog.status.text()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    lateness = probe.stop()
    assert time.monotonic() - started < 5  # one marketplace call, not the rest of the booking
    assert lateness.worst < 250, lateness.worst  # the GUI thread never waited on the worker
    info = world.core.activities.get(aid)
    assert info.state == "queued", [s.message for s in info.steps]
    assert any("workstation was closing" in s.message for s in info.steps)
    assert runner.shutdown(1000)  # what the composition root does next: nothing is left to wait for

    new = ActivityRunner(world.core.activities, max_parallel=1)  # the next start
    try:
        with qtbot.wait_signal(new.activity_finished, timeout=60_000):
            new.resume_pending()
    finally:
        assert new.shutdown(15_000)
    info = world.core.activities.get(aid)
    assert info.state == "finished" and info.found_lines == 6
    bought = world.core.activities.results([info])[aid]
    assert bought.lines_bought == 6
    assert sum(len(o.lines) for o in world.market.find_orders()) == 6  # each line bought once


def test_quit_now_closes_at_once_and_leaves_the_rest_to_the_next_start(world: World, runner: ActivityRunner,
                                                                       window: QMainWindow, qtbot: QtBot) -> None:
    aid = slow_booking(world, runner, qtbot, lines=6)
    dialog = open_dialog(window, qtbot)
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    started = time.monotonic()
    qtbot.mouseClick(dialog.quit_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
    runner.shutdown(10_000)  # the deadline is now: no ten-second wait at the end
    assert time.monotonic() - started < 5  # not the 10 s deadline (generous: a loaded machine)
    qtbot.waitUntil(lambda: all(t.isFinished() for t, _ in _STRAGGLERS), timeout=30_000)
    assert world.core.activities.get(aid).state in ("queued", "finished")  # never left "running"


def _info(n: int, state: str, description: str) -> ActivityInfo:
    return ActivityInfo(id=f"a{n}", kind="booking", ot_type="x", provider="1688", account="buyer-1",
                        description=description, state=state, is_finished=False, is_cancelled=False,
                        is_awaiting_action=state == "waiting", progress_percent=50, found_lines=4,
                        found_provider_orders=1, created_at=datetime.now(UTC), finished_at=None, params={})


def test_an_order_without_an_answer_is_said_to_be_left_for_the_reconciler(qtbot: QtBot) -> None:
    dialog = QuitDialog()
    qtbot.addWidget(dialog)
    running = _info(1, "running", "ORD-1001")
    sent = ActivityResult("a1", "running", lines_bought=2, orders_bought=1, orders_unknown=1)
    dialog.show_plan([(running, sent)], [(_info(2, "queued", "ORD-1002"), None)],
                     [(_info(3, "waiting", "ORD-1003"), None)])
    text = dialog.body.text()
    assert "bought 2 lines in 1 order" in text
    assert "left for the reconciler" in text and "Nothing is bought twice" in text
    assert "ORD-1002" in text and "starts when the workstation starts again" in text
    assert "ORD-1003" in text and "keeps waiting" in text
    assert dialog.heading.text() == "This workstation is still running 2 activities."


def test_a_booking_waiting_for_an_answer_does_not_hold_the_quit(world: World, runner: ActivityRunner,
                                                                window: QMainWindow, qtbot: QtBot) -> None:
    aid = start_booking(world, drifted_order(world))
    with qtbot.wait_signal(runner.question_asked, timeout=20_000):
        runner.submit(aid)
    assert window.close() is True  # nothing runs: the question keeps waiting in the database
    assert world.core.activities.get(aid).state == "waiting"
