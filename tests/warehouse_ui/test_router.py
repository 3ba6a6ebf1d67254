"""The scan router's promises with a runner we control: scan order kept, nothing dropped, ever."""

from __future__ import annotations

import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from tests.helpers.db import FIXED_NOW
from tests.helpers.warehouse import Clock, lines_in
from workstation.domain import statuses as st
from workstation.runner.tasks import TaskRunner
from workstation.services import demo
from workstation.services.audit import Actor
from workstation.services.orders import OrderService
from workstation.services.warehouse import ReceivingService
from workstation.services.warehouse.scanning import ScanService
from workstation.store.database import Database
from workstation.store.models import UnmatchedScan
from workstation.ui.feedback import BAD, GOOD, Feedback, FeedbackBanner, _write_wav
from workstation.ui.scan_router import (
    ALREADY,
    DUPLICATE,
    FAILED,
    FOUND,
    NOT_FOUND,
    ScanOutcome,
    ScanRouter,
)


class HeldRunner(TaskRunner):
    """Runs each op at once but holds its callback until the test releases it, in any order."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[tuple[str, Callable[[], None]]] = []

    def run(self, op: Callable[[], Any], on_success: Any = None, on_error: Any = None, *,
            lane: str = "read") -> None:
        try:
            result = op()
        except Exception as exc:  # noqa: BLE001 - handed to on_error as the real runner does
            error = exc  # `exc` is unbound after the except block; the callback runs later
            self.held.append((lane, lambda: on_error(error, "tb")))
        else:
            self.held.append((lane, lambda: on_success(result)))

    def release(self, index: int) -> None:
        self.held.pop(index)[1]()

    def release_all_reversed(self) -> None:
        while self.held:
            self.release(len(self.held) - 1)


class FlakyOrders(OrderService):
    def __init__(self, db: Database, fail: set[str]):
        super().__init__(db)
        self.fail = fail

    def find(self, conn, raw_code: str):  # type: ignore[no-untyped-def]
        if raw_code in self.fail:
            raise RuntimeError("database is locked")
        return super().find(conn, raw_code)


class FlakyScans(ScanService):
    """A scan service whose journal write fails while `down` (a full disk, a locked file)."""

    def __init__(self, db: Database):
        super().__init__(db, OrderService(db), Clock())
        self.down = False

    def _write(self, s, result, actor, receipts=None):  # type: ignore[no-untyped-def]
        if self.down:
            raise OSError("disk full")
        return super()._write(s, result, actor, receipts)


@pytest.fixture
def world(sqlite_db: Database, qapp: QApplication) -> tuple[Database, HeldRunner]:
    demo.generate(sqlite_db, orders=40, now=FIXED_NOW)
    return sqlite_db, HeldRunner()


def test_outcomes_come_in_scan_order_when_lookups_finish_backwards(world: tuple[Database, HeldRunner]) -> None:
    db, runner = world
    waybill = lines_in(db, st.SENT_BY_SELLER)[0].vend_purch_waybill or ""
    received = lines_in(db, st.RECEIVED)[0].vend_purch_waybill or ""
    router = ScanRouter(OrderService(db), ReceivingService(db, Clock()), runner, actor=Actor("a", "w"))
    got: list[ScanOutcome] = []
    router.outcome.connect(got.append)
    found: list[str] = []
    router.found.connect(lambda r: found.append(r.code))
    for code in (waybill, "NOPE00000001", received):
        router.submit(code)
    router.submit_duplicate(received)
    assert got == [] and router.pending == 4
    runner.release_all_reversed()  # the last lookup finishes first
    while runner.held:  # the unmatched write queued meanwhile
        runner.release(0)
    assert [(o.code, o.kind) for o in got] == [
        (waybill, FOUND), ("NOPE00000001", NOT_FOUND), (received, ALREADY), (received, DUPLICATE)]
    assert found == [waybill] and router.pending == 0
    assert got[1].unmatched is not None and got[1].unmatched.code == "NOPE00000001"


def test_a_failed_lookup_is_kept_as_unmatched_and_said_so(world: tuple[Database, HeldRunner]) -> None:
    db, runner = world
    router = ScanRouter(FlakyOrders(db, {"SF1111111111111"}), ReceivingService(db, Clock()), runner)
    failures: list[tuple[str, str]] = []
    router.lookup_failed.connect(lambda code, msg: failures.append((code, msg)))
    router.submit("SF1111111111111")
    while runner.held:
        runner.release(0)
    assert failures == [("SF1111111111111", "database is locked")]
    with db.read() as s:
        kept = s.scalars(select(UnmatchedScan)).one()
    assert kept.code == "SF1111111111111" and "lookup failed: database is locked" in kept.note


def test_a_code_that_cannot_be_saved_is_kept_and_saved_with_the_next_scan(
        world: tuple[Database, HeldRunner]) -> None:
    db, runner = world
    scans = FlakyScans(db)
    router = ScanRouter(OrderService(db), ReceivingService(db, Clock()), runner, scans=scans)
    got: list[ScanOutcome] = []
    router.outcome.connect(got.append)
    scans.down = True
    router.submit("ZZ0000000000001")
    while runner.held:
        runner.release(0)
    assert got[0].kind == NOT_FOUND and not got[0].saved and "disk full" in got[0].error
    assert router.unsaved == ["ZZ0000000000001"]
    scans.down = False
    router.submit("ZZ0000000000002")
    while runner.held:
        runner.release(0)
    assert router.unsaved == [] and [o.saved for o in got] == [False, True]
    with db.read() as s:
        kept = s.scalars(select(UnmatchedScan.code).order_by(UnmatchedScan.scanned_at, UnmatchedScan.id)).all()
    assert sorted(kept) == ["ZZ0000000000001", "ZZ0000000000002"]


def test_a_capture_takes_the_scan_instead_of_a_lookup(world: tuple[Database, HeldRunner]) -> None:
    db, runner = world
    router = ScanRouter(OrderService(db), ReceivingService(db, Clock()), runner)
    taken: list[str] = []
    router.set_capture(taken.append)
    assert router.submit("YT8000000000001") == 0
    router.set_capture(None)
    router.submit("YT8000000000002")
    assert taken == ["YT8000000000001"] and len(runner.held) == 1


def test_failed_kind_is_reported_through_the_outcome_too(world: tuple[Database, HeldRunner]) -> None:
    db, runner = world
    router = ScanRouter(FlakyOrders(db, {"X1234"}), ReceivingService(db, Clock()), runner)
    got: list[ScanOutcome] = []
    router.outcome.connect(got.append)
    router.submit("X1234")
    while runner.held:
        runner.release(0)
    assert got[0].kind == FAILED and got[0].unmatched is not None


def test_feedback_banner_and_sound_switch(qapp: QApplication, tmp_path: Path) -> None:
    banner = FeedbackBanner()
    feedback = Feedback(banner, sound_enabled=False, use_multimedia=False)
    feedback.signal(GOOD, "Found")
    assert banner.state == GOOD and banner.text() == "Found" and feedback.sounds_played == []
    feedback.sound_enabled = True
    feedback.signal(BAD, "Not found")  # the system beep here: QtMultimedia may be missing
    assert feedback.sounds_played == [BAD] and "#c62828" in banner.styleSheet()
    _write_wav(tmp_path / "t.wav", ((880, 90), (0, 60), (880, 90)))
    with wave.open(str(tmp_path / "t.wav")) as w:
        assert w.getframerate() == 22050 and abs(w.getnframes() - 22050 * 240 // 1000) <= 3
