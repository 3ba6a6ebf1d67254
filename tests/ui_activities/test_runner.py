"""The activity runner against the sandbox: questions, answers, parallel accounts, shutdown."""

from __future__ import annotations

import time

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.helpers.engine import ACCOUNT, SECOND, World
from tests.helpers.ui_activities import drifted_order, plain_order, start_booking
from workstation.domain import statuses as st
from workstation.runner.activities import ActivityRunner
from workstation.services.audit import Actor
from workstation.store.models import ActivityAnswer


def test_a_booking_runs_off_the_gui_thread_and_reports_its_end(world: World, runner: ActivityRunner,
                                                                qtbot: QtBot) -> None:
    oid = plain_order(world, 2)
    aid = start_booking(world, oid)
    with qtbot.wait_signal(runner.activity_finished, timeout=20_000,
                           check_params_cb=lambda i: i == aid):
        runner.submit(aid)
    assert runner.latest(aid).state == "finished"
    assert {li.status for li in world.lines(oid)} == {st.BOOKED}
    assert not runner.is_busy(aid)


def test_a_question_is_signalled_and_the_answer_runs_it_on(world: World, runner: ActivityRunner,
                                                           qtbot: QtBot) -> None:
    oid = drifted_order(world)
    aid = start_booking(world, oid)
    with qtbot.wait_signal(runner.question_asked, timeout=20_000):
        runner.submit(aid)
    assert runner.latest(aid).pending_question.details["new_price"]
    with qtbot.wait_signal(runner.activity_finished, timeout=20_000):
        runner.answer(aid, "confirm")
    assert world.lines(oid)[0].status == st.BOOKED
    # the window's answer names who gave it, as the CLI's does (the audit's "who")
    with world.core.db.read() as s:
        (by,) = s.scalars(select(ActivityAnswer.answered_by).where(ActivityAnswer.activity_id == aid)).all()
    assert by == Actor.local().user != ""


def test_a_wrong_answer_is_reported_not_raised(world: World, runner: ActivityRunner, qtbot: QtBot) -> None:
    oid = drifted_order(world)
    aid = start_booking(world, oid)
    with qtbot.wait_signal(runner.question_asked, timeout=20_000):
        runner.submit(aid)
    with qtbot.wait_signal(runner.action_failed, timeout=5000) as blocker:
        runner.answer(aid, "bind")
    assert "not a choice" in blocker.args[1]


def test_cancel_of_a_waiting_activity_ends_it(world: World, runner: ActivityRunner, qtbot: QtBot) -> None:
    aid = start_booking(world, drifted_order(world))
    with qtbot.wait_signal(runner.question_asked, timeout=20_000):
        runner.submit(aid)
    with qtbot.wait_signal(runner.activity_finished, timeout=5000):
        runner.cancel(aid)
    assert world.core.activities.get(aid).state == "aborted"
    assert world.count_sandbox_orders() == 0


def test_two_accounts_run_in_parallel_and_a_third_waits_its_turn(world: World, qtbot: QtBot) -> None:
    world.market.configure(latency_ms=150)
    runner = ActivityRunner(world.core.activities, max_parallel=2)
    try:
        ids = [start_booking(world, plain_order(world, 3), "1688", ACCOUNT["1688"]),
               start_booking(world, plain_order(world, 3), "1688", SECOND["1688"]),
               start_booking(world, plain_order(world, 3, "taobao"), "taobao")]
        finished: list[str] = []
        runner.activity_finished.connect(finished.append)
        for aid in ids:
            runner.submit(aid)
        qtbot.waitUntil(lambda: len(runner.running()) == 2 and bool(runner.queued()), timeout=5000)
        assert runner.queued() == [ids[2]]
        assert set(runner.running()) == set(ids[:2])
        qtbot.waitUntil(lambda: len(finished) == 3, timeout=60_000)
        assert finished[-1] == ids[2]
        assert all(world.core.activities.get(a).state == "finished" for a in ids)
    finally:
        assert runner.shutdown(15_000)


def test_one_account_runs_one_activity_at_a_time(world: World, runner: ActivityRunner, qtbot: QtBot) -> None:
    world.market.configure(latency_ms=100)
    first = start_booking(world, plain_order(world, 2))
    second = start_booking(world, plain_order(world, 2))
    runner.submit(first)
    runner.submit(second)
    qtbot.waitUntil(lambda: runner.running() == [first] and bool(runner.queued()), timeout=5000)
    assert runner.queued() == [second]
    qtbot.waitUntil(lambda: not runner.is_busy(second), timeout=60_000)
    assert world.core.activities.get(second).state == "finished"


def test_progress_is_signalled_while_a_long_booking_runs(world: World, runner: ActivityRunner,
                                                          qtbot: QtBot) -> None:
    world.market.configure(latency_ms=100)
    aid = start_booking(world, plain_order(world, 6))
    seen: list[tuple[str, int]] = []
    runner.activity_changed.connect(lambda i: seen.append((runner.latest(i).state, len(runner.latest(i).steps))))
    with qtbot.wait_signal(runner.activity_finished, timeout=60_000):
        runner.submit(aid)
    running = [n for state, n in seen if state == "running"]
    assert len(set(running)) >= 2, seen  # the step log grew while it ran, not only at the end


def test_shutdown_while_running_returns_and_a_new_runner_resumes_what_is_left(world: World,
                                                                              qtbot: QtBot) -> None:
    world.market.configure(latency_ms=300)
    old = ActivityRunner(world.core.activities, max_parallel=1)
    busy = start_booking(world, plain_order(world, 4))
    left = start_booking(world, plain_order(world, 1))
    old.submit(busy)
    old.submit(left)
    qtbot.waitUntil(lambda: old.running() == [busy], timeout=5000)
    started = time.monotonic()
    # it stops at its next safe point (between two network calls), well before the timeout
    assert old.shutdown(timeout_ms=10_000) is True
    assert time.monotonic() - started < 5  # well before the 10 s timeout, even on a loaded machine
    assert world.core.activities.get(busy).state == "queued"  # back to the queue, not "running"
    late = start_booking(world, plain_order(world, 1, "taobao"), "taobao")
    old.submit(late)  # refused once closing: nothing more starts
    assert not old.is_busy(late)
    assert world.core.activities.get(left).state == "queued"  # never started, still in the database

    # the old worker goes on until the engine returns; wait for it like the next start would
    from workstation.runner.activities import _STRAGGLERS
    qtbot.waitUntil(lambda: all(t.isFinished() for t, _ in _STRAGGLERS), timeout=60_000)
    new = ActivityRunner(world.core.activities, max_parallel=1)
    try:
        finished: list[str] = []
        new.activity_finished.connect(finished.append)
        new.resume_pending()
        qtbot.waitUntil(lambda: left in finished, timeout=30_000)
        assert world.core.activities.get(left).state == "finished"
        assert world.core.activities.get(busy).is_finished
    finally:
        assert new.shutdown(15_000)


def test_an_activity_left_running_by_a_dead_process_resumes(world: World, runner: ActivityRunner,
                                                            qtbot: QtBot) -> None:
    oid = plain_order(world, 2)
    aid = start_booking(world, oid)
    assert world.core.activities.claim(aid)  # as if a process took it and then died
    assert world.core.activities.requeue_dead(lambda owner: False) == 1
    with qtbot.wait_signal(runner.activity_finished, timeout=20_000):
        runner.resume_pending()
    assert {li.status for li in world.lines(oid)} == {st.BOOKED}
