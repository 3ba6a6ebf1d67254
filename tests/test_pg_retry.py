"""T16: on PostgreSQL a serialization failure (40001) or deadlock (40P01) reruns the WHOLE
transaction, at most 3 attempts with jittered back-off, and leaves no partial write behind."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from tests.helpers.db import pg_database
from workstation.config import Config
from workstation.core import open_database
from workstation.store import database as database_module
from workstation.store.database import Database, DatabaseProblem, RetryableConflict
from workstation.store.models import AuditEntry

RAISE = "DO $$ BEGIN RAISE EXCEPTION 'injected' USING ERRCODE = '{code}'; END $$"


@pytest.fixture
def pg_db() -> Iterator[Database]:
    url = next(gen := pg_database())
    database = open_database(Config(Path("."), url))
    try:
        yield database
    finally:
        database.dispose()
        gen.close()


@pytest.fixture
def no_backoff_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the back-off delays instead of waiting them out."""
    delays: list[float] = []
    monkeypatch.setattr(database_module.time, "sleep", delays.append)
    return delays


def audit(action: str, entity_id: str = "1") -> AuditEntry:
    return AuditEntry(at=datetime.now(UTC), actor="test", workstation="test", action=action,
                      entity="retry", entity_id=entity_id)


def actions(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "retry")
                              .order_by(AuditEntry.id)))


pg = pytest.mark.postgres


@pg
@pytest.mark.parametrize("code", ["40001", "40P01"])
def test_a_conflict_reruns_the_whole_transaction(pg_db: Database, code: str,
                                                 no_backoff_sleep: list[float]) -> None:
    attempts: list[int] = []

    def work(s: Session) -> str:
        attempts.append(len(attempts) + 1)
        s.add(audit(f"attempt {len(attempts)}"))
        s.flush()  # the first attempt's row reaches the server before the abort
        if len(attempts) == 1:
            s.execute(text(RAISE.format(code=code)))
        return "done"

    assert pg_db.transaction(work) == "done"
    assert attempts == [1, 2]
    assert actions(pg_db) == ["attempt 2"]  # nothing of the aborted attempt survived
    assert len(no_backoff_sleep) == 1 and 0.025 <= no_backoff_sleep[0] <= 0.075


@pg
@pytest.mark.parametrize("code", ["40001", "40P01"])
def test_attempts_are_capped_at_three(pg_db: Database, code: str, no_backoff_sleep: list[float]) -> None:
    attempts: list[int] = []

    def always_conflicts(s: Session) -> None:
        attempts.append(1)
        s.add(audit(f"attempt {len(attempts)}"))
        s.flush()
        s.execute(text(RAISE.format(code=code)))

    with pytest.raises(RetryableConflict) as caught:
        pg_db.transaction(always_conflicts)
    assert len(attempts) == 3
    assert caught.value.sqlstate == code
    assert isinstance(caught.value, DatabaseProblem)
    assert isinstance(caught.value.__cause__, OperationalError)
    assert actions(pg_db) == []
    # jittered, doubling back-off between the attempts (none after the last)
    assert len(no_backoff_sleep) == 2
    assert 0.025 <= no_backoff_sleep[0] <= 0.075 and 0.05 <= no_backoff_sleep[1] <= 0.15


@pg
def test_write_raises_a_typed_conflict_and_rolls_back(pg_db: Database) -> None:
    with pytest.raises(RetryableConflict) as caught, pg_db.write() as s:
        s.add(audit("partial"))
        s.flush()
        s.execute(text(RAISE.format(code="40001")))
    assert caught.value.sqlstate == "40001"
    assert "40001" in str(caught.value)
    assert actions(pg_db) == []
    with pg_db.write() as s:  # the thread's write guard was released
        s.add(audit("after"))
    assert actions(pg_db) == ["after"]


@pg
def test_other_errors_are_not_retried(pg_db: Database) -> None:
    with pg_db.write() as s:
        s.add(audit("first", entity_id="x"))
    with pg_db.read() as s:
        taken = s.scalar(select(AuditEntry.id))
    attempts: list[int] = []

    def duplicate(s: Session) -> None:
        attempts.append(1)
        s.add(AuditEntry(id=taken, at=datetime.now(UTC), actor="t", workstation="t", action="dup",
                         entity="retry", entity_id="y"))

    with pytest.raises(IntegrityError):
        pg_db.transaction(duplicate)
    assert attempts == [1]
    assert actions(pg_db) == ["first"]


@pg
def test_a_real_deadlock_is_resolved_by_retrying_the_victim(pg_db: Database) -> None:
    """Two transactions take two advisory locks in opposite order: PostgreSQL aborts one with
    40P01 after deadlock_timeout; its rerun waits for the other and then commits."""
    both_hold_first = threading.Barrier(2, timeout=30)
    attempts = {"a": 0, "b": 0}
    errors: list[BaseException] = []

    def locker(name: str, first: int, second: int) -> None:
        def work(s: Session) -> None:
            attempts[name] += 1
            s.add(audit(f"{name} attempt {attempts[name]}", entity_id=name))
            s.flush()
            s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": first})
            if attempts[name] == 1:
                both_hold_first.wait()
            s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": second})

        try:
            pg_db.transaction(work)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=locker, args=("a", 1, 2)),
               threading.Thread(target=locker, args=("b", 2, 1))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    assert errors == []
    assert sorted(attempts.values()) == [1, 2]  # exactly one victim, rerun once
    victim = "a" if attempts["a"] == 2 else "b"
    survivor = "b" if victim == "a" else "a"
    assert sorted(actions(pg_db)) == sorted([f"{survivor} attempt 1", f"{victim} attempt 2"])


@pg
def test_a_serialization_failure_at_commit_is_retried(pg_db: Database) -> None:
    """Write skew under SERIALIZABLE: both read the count, both insert; the second to commit
    gets 40001 (at its insert or at COMMIT) and its rerun sees the first's row."""
    both_read = threading.Barrier(2, timeout=30)
    attempts = {"a": 0, "b": 0}
    seen: dict[str, int] = {}
    errors: list[BaseException] = []

    def clerk(name: str) -> None:
        def work(s: Session) -> None:
            s.execute(text("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE"))
            attempts[name] += 1
            seen[name] = s.scalar(select(func.count()).select_from(AuditEntry)
                                  .where(AuditEntry.entity == "retry")) or 0
            if attempts[name] == 1:
                both_read.wait()
            s.add(audit(f"{name} saw {seen[name]}", entity_id=name))

        try:
            pg_db.transaction(work)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=clerk, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    assert errors == []
    assert sorted(attempts.values()) == [1, 2]
    assert sorted(seen.values()) == [0, 1]  # the rerun saw the committed row: serial order
    assert len(actions(pg_db)) == 2


def test_transaction_on_sqlite_commits_once_and_does_not_retry_other_errors(sqlite_db: Database) -> None:
    assert sqlite_db.transaction(lambda s: s.add(audit("one"))) is None
    assert actions(sqlite_db) == ["one"]
    attempts: list[int] = []

    def fails(s: Session) -> None:
        attempts.append(1)
        s.add(audit("never"))
        s.flush()
        raise ValueError("not a conflict")

    with pytest.raises(ValueError):
        sqlite_db.transaction(fails)
    assert attempts == [1]
    assert actions(sqlite_db) == ["one"]


def test_transaction_is_not_reentrant_on_one_thread(sqlite_db: Database) -> None:
    with pytest.raises(RuntimeError, match="nested write"), sqlite_db.write():
        sqlite_db.transaction(lambda s: None)
    with pytest.raises(RuntimeError, match="nested write"):
        sqlite_db.transaction(lambda s: sqlite_db.transaction(lambda inner: None))
