"""The scan service: each verdict, received so far, and the journal row written before the result."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from tests.helpers.warehouse import Clock, lines_in, shared_waybill
from workstation.domain import statuses as st
from workstation.services.audit import Actor
from workstation.services.orders import OrderService
from workstation.services.warehouse import ReceiveLine, ReceivingService
from workstation.services.warehouse.scanning import (
    ALREADY,
    DUPLICATE,
    FAILED,
    FOUND,
    NOT_FOUND,
    SERIAL,
    TYPED,
    WEDGE,
    ScanNotSaved,
    ScanService,
)
from workstation.store.database import Database
from workstation.store.models import OrderLine, ScanJournalEntry, ScanJournalLine, UnmatchedScan

CLERK = Actor("anna", "ws-1")


class LockedOrders(OrderService):
    def find(self, conn, raw_code: str):  # type: ignore[no-untyped-def]
        raise RuntimeError("database is locked")


@pytest.fixture
def scans(filled: Database, clock: Clock) -> ScanService:
    return ScanService(filled, OrderService(filled), clock)


def journal(db: Database) -> list[ScanJournalEntry]:
    with db.read() as s:
        return list(s.scalars(select(ScanJournalEntry).order_by(ScanJournalEntry.id)))


def test_found_is_journalled_with_its_lines_before_it_returns(scans: ScanService, filled: Database) -> None:
    lines = shared_waybill(filled)
    result = scans.scan(" sf9000000000001\r", source=WEDGE, actor=CLERK)
    assert result.verdict == FOUND and result.saved and result.code == "SF9000000000001"
    assert [li.id for li in result.lookup.lines] == [li.id for li in lines]  # the rows, not re-fetched later
    assert result.received_so_far == {li.id: 0 for li in lines}
    [row] = journal(filled)
    assert (row.id, row.code, row.source, row.station, row.clerk, row.verdict) == (
        result.journal_id, "SF9000000000001", WEDGE, "ws-1", "anna", FOUND)
    assert row.line_ids == ",".join(str(li.id) for li in lines)
    assert set(row.order_ids.split(",")) == {li.order_id for li in lines} and len(row.order_ids.split(",")) == 2
    with filled.read() as s:
        kept = sorted(s.scalars(select(ScanJournalLine.line_id).where(ScanJournalLine.scan_id == row.id)))
        assert s.scalar(select(UnmatchedScan.id)) is None  # a found parcel is not "unmatched"
    assert kept == sorted(li.id for li in lines)


def test_partly_received_is_found_with_what_came_so_far_and_then_already_received(
        scans: ScanService, filled: Database, clock: Clock) -> None:
    line = lines_in(filled, st.SENT_BY_SELLER)[0]
    waybill = "SF9000000000077"
    with filled.write() as s:
        s.execute(update(OrderLine).where(OrderLine.id == line.id).values(qty=3, vend_purch_waybill=waybill))
    receiving = ReceivingService(filled, clock)
    receiving.receive([ReceiveLine(line.id, 1)], clerk="anna", workstation="ws-1", waybill=waybill)
    first = scans.scan(waybill, source=TYPED, actor=CLERK)
    assert first.verdict == FOUND and first.received_so_far == {line.id: 1}
    receiving.receive([ReceiveLine(line.id, 2)], clerk="anna", workstation="ws-1", waybill=waybill)
    again = scans.scan(waybill, source=TYPED, actor=CLERK)
    assert again.verdict == ALREADY and again.received_so_far == {line.id: 3}
    assert [(r.verdict, r.source) for r in journal(filled)] == [(FOUND, TYPED), (ALREADY, TYPED)]


def test_a_line_received_before_receipts_were_kept_counts_in_full(scans: ScanService, filled: Database) -> None:
    line = lines_in(filled, st.RECEIVED)[0]
    result = scans.scan(line.label, source=SERIAL, actor=CLERK)
    assert result.verdict == ALREADY and result.received_so_far == {line.id: line.qty}
    assert journal(filled)[0].source == SERIAL


def test_not_found_keeps_an_unmatched_parcel_tied_to_its_journal_row(
        scans: ScanService, filled: Database, clock: Clock) -> None:
    clock.now += timedelta(minutes=5)
    result = scans.scan("yt7777777777777", source=WEDGE, actor=CLERK)
    assert result.verdict == NOT_FOUND and result.unmatched is not None
    with filled.read() as s:
        kept = s.scalars(select(UnmatchedScan)).one()
    assert (kept.code, kept.scan_id, kept.clerk, kept.workstation, kept.scanned_at) == (
        "YT7777777777777", result.journal_id, "anna", "ws-1", clock.now)
    assert journal(filled)[0].verdict == NOT_FOUND


def test_a_failed_lookup_is_journalled_and_kept_as_unmatched(filled: Database, clock: Clock) -> None:
    scans = ScanService(filled, LockedOrders(filled), clock)
    result = scans.scan("SF1111111111111", source=WEDGE, actor=CLERK)
    assert result.verdict == FAILED and result.error == "database is locked" and result.unmatched is not None
    [row] = journal(filled)
    assert row.verdict == FAILED and "lookup failed: database is locked" in row.detail
    with filled.read() as s:
        assert "lookup failed: database is locked" in s.scalars(select(UnmatchedScan.note)).one()


def test_a_duplicate_is_on_record_but_not_looked_up(filled: Database, clock: Clock) -> None:
    scans = ScanService(filled, LockedOrders(filled), clock)  # a lookup would fail
    result = scans.duplicate("SF9000000000001", source=WEDGE, actor=CLERK)
    assert result.verdict == DUPLICATE and result.saved and result.lookup.lines == ()
    assert [r.verdict for r in journal(filled)] == [DUPLICATE]


def test_a_scan_that_cannot_be_journalled_says_so_and_can_be_written_later(
        scans: ScanService, filled: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    line = lines_in(filled, st.SENT_BY_SELLER)[0]
    real = ScanService._write

    def full_disk(*_args, **_kw):  # type: ignore[no-untyped-def]
        raise OSError("disk full")

    monkeypatch.setattr(ScanService, "_write", full_disk)
    with pytest.raises(ScanNotSaved) as caught:
        scans.scan(line.vend_purch_waybill or "", source=WEDGE, actor=CLERK)
    unsaved = caught.value.result
    assert not unsaved.saved and unsaved.lookup.lines and journal(filled) == []
    monkeypatch.setattr(ScanService, "_write", real)
    late = scans.record(unsaved, CLERK)
    assert late.saved and late.verdict == FOUND and [r.id for r in journal(filled)] == [late.journal_id]
    assert scans.record(late, CLERK) is late  # written once


def test_a_long_code_keeps_its_full_text_in_the_detail(scans: ScanService, filled: Database) -> None:
    long_code = "0104601234567893\x1d21" + "A" * 140
    result = scans.scan(long_code, source=WEDGE, actor=CLERK)
    assert result.verdict == NOT_FOUND
    row = journal(filled)[0]
    assert len(row.code) == 128 and "full code: " in row.detail
