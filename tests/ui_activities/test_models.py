"""Every model of the Activities pane and the activity window passes qtmodeltester."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from pytestqt.modeltest import ModelTester

from workstation.services.activities import ActivityInfo, Choice, StepInfo
from workstation.ui.dialogs.activity_window import StepModel
from workstation.ui.panes.activities.model import ActivityListModel

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def activity(n: int, state: str) -> ActivityInfo:
    return ActivityInfo(id=f"a{n}", kind="booking", ot_type="x", provider="1688", account="buyer",
                        description=f"Booking ORD-{n}", state=state, is_finished=state == "finished",
                        is_cancelled=False, is_awaiting_action=state == "waiting", progress_percent=n,
                        found_lines=n, found_provider_orders=1, created_at=NOW + timedelta(minutes=n),
                        finished_at=None, params={})


def step(n: int, type_: str = "information") -> StepInfo:
    return StepInfo(type=type_, message=f"step {n}", time_from_start=n, line_id=None,
                    question_key=f"q{n}" if type_ == "question" else None,
                    choices=(Choice("confirm", "Confirm at the new price"),) if type_ == "question" else ())


def test_activity_list_model(qtmodeltester: ModelTester) -> None:
    model = ActivityListModel()
    model.replace([activity(1, "finished"), activity(2, "waiting"), activity(3, "running")])
    assert [model.row(i).state for i in range(3)] == ["waiting", "running", "finished"]
    qtmodeltester.check(model, force_py=True)
    model.replace([replace(activity(1, "finished"), progress_percent=100), activity(2, "waiting"),
                   activity(3, "running")])
    model.replace([activity(4, "queued")])  # the tester stays connected and checks the reset


def test_step_model_appends_and_updates(qtmodeltester: ModelTester) -> None:
    model = StepModel()
    qtmodeltester.check(model, force_py=True)
    model.set_steps([step(1), step(2, "error"), step(3, "question")])  # checked as it changes
    answered = replace(step(3, "question"), answer="confirm")
    model.set_steps([step(1), step(2, "error"), answered, step(4, "warning")])
    assert model.rowCount() == 4
    assert model.data(model.index(2, 2)).endswith("→ Confirm at the new price")
    model.set_steps([step(9)])
    assert model.rowCount() == 1
