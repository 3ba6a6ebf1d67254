"""The Qt timer adapter: ticks on a worker, hands new sync activities to the activity runner,
and says what needs a person."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from tests.background.test_sandbox_clock import background_on_sandbox_time
from tests.helpers.background import Rig
from tests.helpers.engine import ACCOUNT, World
from workstation.runner.activities import ActivityRunner
from workstation.runner.background import BackgroundSyncTimer
from workstation.runner.tasks import ImmediateRunner, TaskRunner


class RecordingRunner:
    """Stands in for the ActivityRunner where only the hand-over matters."""

    def __init__(self) -> None:
        self.submitted: list[str] = []

    def submit(self, activity_id: str) -> None:
        self.submitted.append(activity_id)

    def is_busy(self, activity_id: str) -> bool:
        return activity_id in self.submitted


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def test_a_tick_submits_what_it_started_and_a_refusal_is_said(rig: Rig, qtbot: QtBot) -> None:
    rig.login("1688", "buyer_a")
    rig.login("taobao", "gone_tb", hours=-1, refresh_token=None)
    submitted = RecordingRunner()
    timer = BackgroundSyncTimer(rig.background, ImmediateRunner(), submitted)
    started, attention, refused = [], [], []
    timer.sync_started.connect(started.append)
    timer.attention_needed.connect(attention.append)
    timer.run_refused.connect(refused.append)
    timer.tick()
    assert submitted.submitted == started and len(started) == 1
    assert attention == ["gone_tb: log in again"]
    timer.tick()
    assert len(started) == 1 and attention == ["gone_tb: log in again"]  # said once
    timer.run_now("1688", "buyer_a")  # the first run is still queued
    assert refused == ["A synchronisation of buyer_a is already queued."]
    timer.run_now("taobao", "gone_tb")
    assert "log in again" in refused[-1]


def test_the_timer_ticks_by_itself_and_stops(rig: Rig, qtbot: QtBot, tasks: TaskRunner) -> None:
    rig.login("1688", "buyer_a")
    submitted = RecordingRunner()
    timer = BackgroundSyncTimer(rig.background, tasks, submitted, interval_s=0.05, first_tick_ms=0)
    with qtbot.wait_signal(timer.sync_started, timeout=5000):
        timer.start()
    assert timer.is_active()
    with qtbot.wait_signal(timer.ticked, timeout=5000):
        pass  # the next timeout: nothing new is due, the first run is still queued
    timer.stop()
    assert not timer.is_active() and len(submitted.submitted) == 1


def test_the_real_activity_runner_synchronises_what_the_timer_started(world: World, qtbot: QtBot,
                                                                      tasks: TaskRunner) -> None:
    background, sessions = background_on_sandbox_time(world)
    runner = ActivityRunner(world.core.activities)
    try:
        timer = BackgroundSyncTimer(background, tasks, runner)
        finished: set[str] = set()
        runner.activity_finished.connect(finished.add)
        started: list[str] = []
        timer.sync_started.connect(started.append)
        with qtbot.wait_signal(timer.ticked, timeout=10_000):
            timer.tick()
        assert len(started) == 4  # two demo accounts per provider
        qtbot.waitUntil(lambda: finished >= set(started), timeout=30_000)
        assert {world.core.activities.get(a).state for a in started} == {"finished"}
        assert sessions.get("1688", ACCOUNT["1688"]).last_sync_at is not None

        world.market.advance(24 * 400)  # every token and refresh token gone
        with qtbot.wait_signal(timer.attention_needed, timeout=10_000,
                               check_params_cb=lambda text: text == f"{ACCOUNT['1688']}: log in again"):
            timer.tick()
    finally:
        runner.shutdown()
