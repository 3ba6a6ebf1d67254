"""Step and question keys longer than their 200-character columns: fitted, deterministically,
so PostgreSQL takes them, a replay still logs a step once, and a failing handler ends FAILED."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from workstation.services.activities import (
    FAILED,
    FINISHED,
    KEY_LENGTH,
    WAITING,
    ActivityService,
    Choice,
    Context,
    fit_key,
)
from workstation.services.errors import UserFacingError
from workstation.store.database import Database
from workstation.store.models import ActivityAnswer, ActivityStep

LONG = "k" * 300


def steps_of(db: Database, activity_id: str) -> list[ActivityStep]:
    with db.read() as s:
        return list(s.scalars(select(ActivityStep).where(ActivityStep.activity_id == activity_id)
                              .order_by(ActivityStep.id)))


def test_fit_key_keeps_short_keys_and_hashes_long_ones() -> None:
    assert fit_key("short") == "short"
    assert fit_key("x" * KEY_LENGTH) == "x" * KEY_LENGTH
    a, b = fit_key("p" * 250 + "a"), fit_key("p" * 250 + "b")
    assert len(a) == len(b) == KEY_LENGTH
    assert a.startswith("p" * 150) and a != b  # same prefix, different keys stay apart
    assert fit_key("p" * 250 + "a") == a  # deterministic: a replay makes the same key
    assert len(fit_key("Ключ " * 100)) == KEY_LENGTH  # characters, not bytes


def test_a_long_step_key_is_stored_once_across_replays(db: Database) -> None:
    class Logs:
        def run(self, ctx: Context) -> None:
            ctx.info("first", key=LONG)
            ctx.info("replayed", key=LONG)  # what a replay from the top does
            ctx.warning("m" * 500)  # no key: made from the message
            ctx.warning("m" * 500)

    service = ActivityService(db, {"booking": Logs()}, owner="t")
    activity_id = service.create("booking", "1688", "buyer", {})
    assert service.run(activity_id).state == FINISHED
    steps = steps_of(db, activity_id)
    assert [s.message for s in steps] == ["first", "m" * 500]
    assert all(len(s.step_key) <= KEY_LENGTH for s in steps)
    assert steps[0].step_key == fit_key(LONG)


@pytest.mark.parametrize("exc", [RuntimeError("e" * 500), UserFacingError("u" * 500)])
def test_a_handler_failing_with_a_long_message_ends_failed(db: Database, exc: Exception) -> None:
    class Raises:
        def run(self, ctx: Context) -> None:
            raise exc

    service = ActivityService(db, {"booking": Raises()}, owner="t")
    activity_id = service.create("booking", "1688", "buyer", {})
    info = service.run(activity_id)
    assert info.state == FAILED
    [error] = info.errors
    assert str(exc) in error.message  # the whole message is kept; only the key is fitted
    assert all(len(s.step_key) <= KEY_LENGTH for s in steps_of(db, activity_id))


def test_the_state_is_written_even_when_logging_the_failure_fails(db: Database) -> None:
    class Raises:
        def run(self, ctx: Context) -> None:
            raise RuntimeError("boom")

    service = ActivityService(db, {"booking": Raises()}, owner="t")

    def broken_log(*args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        raise OSError("the log write failed")

    service._log = broken_log  # type: ignore[method-assign]
    activity_id = service.create("booking", "1688", "buyer", {})
    info = service.run(activity_id)
    assert info.state == FAILED and info.is_finished


def test_a_long_question_key_is_answered_and_found_again(db: Database) -> None:
    question = "q:" + "line 1, price ¥12.30 → ¥14.10; " * 12

    class Asks:
        def run(self, ctx: Context) -> None:
            choice = ctx.ask(question, "Confirm the new price?", [Choice("yes", "Yes"), Choice("no", "No")])
            ctx.info(f"answered {choice}", key="answered")

    service = ActivityService(db, {"booking": Asks()}, owner="t")
    activity_id = service.create("booking", "1688", "buyer", {})
    info = service.run(activity_id)
    assert info.state == WAITING
    assert info.pending_question is not None
    assert info.pending_question.question_key == fit_key(question)
    service.answer(activity_id, "yes")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ActivityAnswer)) == 1
    info = service.run(activity_id)
    assert info.state == FINISHED
    assert info.steps[-1].message == "answered yes"
    assert [s.type for s in info.steps].count("question") == 1
