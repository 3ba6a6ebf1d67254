"""The purchaser's desk driven by keys against the sandbox: questions, window, pane."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.helpers.engine import ACCOUNT, SECOND, World
from tests.helpers.ui_activities import drifted_order, plain_order, start_booking
from workstation.domain import statuses as st
from workstation.runner.activities import ActivityRunner
from workstation.runner.tasks import TaskRunner
from workstation.ui.panes.activities.pane import ActivitiesPane


@pytest.fixture
def pane(world: World, runner: ActivityRunner, tasks: TaskRunner, qtbot: QtBot) -> Iterator[ActivitiesPane]:
    p = ActivitiesPane(world.core.activities, runner, tasks)
    qtbot.addWidget(p)
    p.resize(1100, 500)
    p.show()
    yield p
    p.questions.close()


def key(qtbot: QtBot, widget, k: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, k)


def wait_question(qtbot: QtBot, pane: ActivitiesPane, activity_id: str, title_part: str = "") -> None:
    dialog = pane.questions
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.current() == activity_id
                    and dialog.panel.isEnabled() and title_part in dialog.panel.title.text(), timeout=20_000)


def test_a_drifted_price_asks_and_the_c_key_books_it(world: World, runner: ActivityRunner,
                                                     pane: ActivitiesPane, qtbot: QtBot) -> None:
    oid = drifted_order(world)
    aid = start_booking(world, oid)
    runner.submit(aid)
    wait_question(qtbot, pane, aid)
    panel = pane.questions.panel
    line = world.lines(oid)[0]
    assert panel.title.text() == line.title_orig  # the Chinese title, as the seller wrote it
    assert line.title in panel.subtitle.text()
    assert "[C / 1]" in panel.buttons["confirm"].text()
    assert line.status == st.PRICE_CONFIRMATION
    with qtbot.wait_signal(runner.activity_finished, timeout=20_000):
        key(qtbot, pane.questions, Qt.Key.Key_C)
    assert world.lines(oid)[0].status == st.BOOKED
    qtbot.waitUntil(lambda: not pane.questions.isVisible(), timeout=5000)


def test_enter_never_confirms_and_a_abort_stops_the_booking(world: World, runner: ActivityRunner,
                                                            pane: ActivitiesPane, qtbot: QtBot) -> None:
    oid = drifted_order(world)
    aid = start_booking(world, oid)
    runner.submit(aid)
    wait_question(qtbot, pane, aid)
    for k in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
        key(qtbot, pane.questions, k)
    qtbot.wait(300)
    assert world.core.activities.get(aid).state == "waiting"
    with qtbot.wait_signal(runner.activity_finished, timeout=20_000):
        key(qtbot, pane.questions, Qt.Key.Key_A)
    assert world.core.activities.get(aid).state == "aborted"
    assert world.count_sandbox_orders() == 0


def test_a_scanner_burst_answers_nothing(world: World, runner: ActivityRunner, pane: ActivitiesPane,
                                         qtbot: QtBot) -> None:
    aid = start_booking(world, drifted_order(world))
    runner.submit(aid)
    wait_question(qtbot, pane, aid)
    qtbot.keyClicks(pane.questions, "CSXA1")  # a burst of keys: a scanner, not a person
    qtbot.wait(400)
    assert world.core.activities.get(aid).state == "waiting"


def test_two_questions_in_a_row_by_keyboard(world: World, runner: ActivityRunner, pane: ActivitiesPane,
                                            qtbot: QtBot) -> None:
    oid = drifted_order(world, 2)
    aid = start_booking(world, oid)
    first, second = world.lines(oid)
    runner.submit(aid)
    wait_question(qtbot, pane, aid, first.title_orig)
    key(qtbot, pane.questions, Qt.Key.Key_1)  # confirm
    wait_question(qtbot, pane, aid, second.title_orig)
    with qtbot.wait_signal(runner.activity_finished, timeout=20_000):
        key(qtbot, pane.questions, Qt.Key.Key_S)  # skip
    first, second = world.lines(oid)
    assert first.status == st.BOOKED and second.status == st.READY


def test_questions_of_two_activities_are_worked_through_in_a_row(world: World, runner: ActivityRunner,
                                                                 pane: ActivitiesPane, qtbot: QtBot) -> None:
    one, two = drifted_order(world), drifted_order(world)
    a = start_booking(world, one, "1688", ACCOUNT["1688"])
    b = start_booking(world, two, "1688", SECOND["1688"])
    finished: list[str] = []
    runner.activity_finished.connect(finished.append)
    runner.submit(a)
    wait_question(qtbot, pane, a)
    runner.submit(b)
    qtbot.waitUntil(lambda: "1 more waiting" in pane.questions.count.text(), timeout=20_000)
    key(qtbot, pane.questions, Qt.Key.Key_X)  # cancel this product
    wait_question(qtbot, pane, b)
    key(qtbot, pane.questions, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: set(finished) == {a, b}, timeout=20_000)
    assert world.lines(one)[0].status == st.CANCELLED
    assert world.lines(two)[0].status == st.BOOKED


def test_the_window_opens_when_a_booking_starts_and_answers_inline(world: World, runner: ActivityRunner,
                                                                   pane: ActivitiesPane, qtbot: QtBot) -> None:
    pane.ask_automatically = False
    oid = drifted_order(world)
    aid = start_booking(world, oid)
    runner.submit(aid)
    qtbot.waitUntil(lambda: pane.window_of(aid) is not None, timeout=5000)
    window = pane.window_of(aid)
    assert window.isVisible()
    qtbot.waitUntil(lambda: window.question.isVisible() and window.question.isEnabled(), timeout=20_000)
    assert not pane.questions.isVisible()
    assert window.found_lines.text() == "Found order lines: 1"
    with qtbot.wait_signal(runner.activity_finished, timeout=20_000):
        key(qtbot, window, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: window.info.state == "finished", timeout=5000)
    assert not window.question.isVisible() and not window.cancel_button.isEnabled()
    assert window.progress.value() == 100
    messages = [s.message for s in window.model.steps()]
    assert any("confirmed" in m for m in messages)


def test_an_error_step_is_red_in_the_window(world: World, runner: ActivityRunner, pane: ActivitiesPane,
                                            qtbot: QtBot) -> None:
    world.market.configure(booking_limit=0)
    aid = start_booking(world, plain_order(world))
    window = pane.open_window(aid)
    with qtbot.wait_signal(runner.activity_finished, timeout=20_000):
        runner.submit(aid)
    qtbot.waitUntil(lambda: window.info is not None and window.info.state == "finished_with_errors",
                    timeout=5000)
    model = window.model
    rows = [r for r in range(model.rowCount()) if model.steps()[r].type == "error"]
    assert rows
    brush = model.data(model.index(rows[0], 2), Qt.ItemDataRole.ForegroundRole)
    assert brush.color().name() == "#c62828"


def test_cancel_from_the_window_asks_first(world: World, runner: ActivityRunner, pane: ActivitiesPane,
                                           qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    pane.ask_automatically = False
    aid = start_booking(world, drifted_order(world))
    window = pane.open_window(aid)
    with qtbot.wait_signal(runner.question_asked, timeout=20_000):
        runner.submit(aid)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.cancel_button.click()
    qtbot.wait(300)
    assert world.core.activities.get(aid).state == "waiting"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.wait_signal(runner.activity_finished, timeout=5000):
        window.cancel_button.click()
    assert world.core.activities.get(aid).state == "aborted"
    qtbot.waitUntil(lambda: window.state.text() == "State: Aborted", timeout=5000)


def test_the_pane_puts_waiting_first_and_counts_them(world: World, runner: ActivityRunner,
                                                     pane: ActivitiesPane, qtbot: QtBot) -> None:
    pane.ask_automatically = False
    counts: list[int] = []
    pane.waiting_count_changed.connect(counts.append)
    done = start_booking(world, plain_order(world), "1688", SECOND["1688"])
    with qtbot.wait_signal(runner.activity_finished, timeout=20_000):
        runner.submit(done)
    waiting = start_booking(world, drifted_order(world))
    with qtbot.wait_signal(runner.question_asked, timeout=20_000):
        runner.submit(waiting)
    qtbot.waitUntil(lambda: counts and counts[-1] == 1, timeout=10_000)
    assert pane.model.row(0).id == waiting and pane.model.rowCount() == 2
    pane.table.setFocus()
    pane.table.setCurrentIndex(pane.model.index(0, 0))
    key(qtbot, pane.table, Qt.Key.Key_Return)
    window = pane.window_of(waiting)
    assert window is not None and window.isVisible()
    pane.state.setCurrentIndex(pane.state.findData("ended"))
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1 and pane.model.row(0).id == done, timeout=5000)


def test_a_question_answered_at_another_workstation_is_not_answered_twice(
        world: World, runner: ActivityRunner, pane: ActivitiesPane, qtbot: QtBot) -> None:
    oid = drifted_order(world)
    aid = start_booking(world, oid)
    runner.submit(aid)
    wait_question(qtbot, pane, aid)
    world.core.activities.answer(aid, "skip")  # someone else was quicker
    with qtbot.wait_signal(runner.action_failed, timeout=5000):
        key(qtbot, pane.questions, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: not pane.questions.isVisible(), timeout=5000)
    assert list(world.core.activities.answers(aid).values()) == ["skip"]  # the C press stored nothing
