"""Receiving parcels, discrepancies and unmatched codes on real databases (SQLite, PostgreSQL)."""

from __future__ import annotations

import base64
import json
import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from tests.helpers.warehouse import Clock, lines_in, shared_waybill
from workstation.domain import statuses as st
from workstation.services.errors import InvalidInput, NotFoundError
from workstation.services.orders import OrderService
from workstation.services.warehouse import AlreadyConfirmed, Photo, ReceiveLine, ReceivingService
from workstation.services.warehouse.receiving import (
    CANCELLED,
    NOT_BOUGHT_YET,
    PACKED_ALREADY,
    blocked_reason,
)
from workstation.store.database import Database
from workstation.store.models import AuditEntry, LineStatusChange, OrderLine, Receipt, UnmatchedScan


def test_a_parcel_of_two_orders_is_received_in_one_go(filled: Database, receiving: ReceivingService) -> None:
    lines = shared_waybill(filled)
    found = OrderService(filled).lookup("sf9000000000001")
    assert found.kind == "waybill" and {li.order_id for li in found.lines} == {li.order_id for li in lines}
    result = receiving.receive([ReceiveLine(li.id, li.qty) for li in found.lines], clerk="anna",
                               workstation="ws-2", waybill="SF9000000000001")
    assert len(result.orders) == 2 and not result.discrepancies
    with filled.read() as s:
        for line in s.scalars(select(OrderLine).where(OrderLine.id.in_([li.id for li in lines]))):
            assert line.status == st.RECEIVED
        receipts = list(s.scalars(select(Receipt)))
        assert {(r.clerk, r.workstation, r.waybill) for r in receipts} == {("anna", "ws-2", "SF9000000000001")}
        assert all(r.received_at == result.received_at for r in receipts)
        history = s.scalars(select(LineStatusChange).where(LineStatusChange.source == "warehouse")).all()
        assert len(history) == len(lines) and {h.actor for h in history} == {"anna"}
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "receive")).all()
        assert len(entries) == len(lines)
        assert json.loads(entries[0].old_json)["status"] == st.SENT_BY_SELLER


def test_shortage_and_surplus_are_recorded_not_blocked(filled: Database, receiving: ReceivingService) -> None:
    a, b, c = lines_in(filled, st.SENT_BY_SELLER)[:3]
    result = receiving.receive([ReceiveLine(a.id, a.qty + 2), ReceiveLine(b.id, 0),
                                ReceiveLine(c.id, c.qty, note="box dented")],
                               clerk="anna", workstation="ws-2")
    by_id = {li.line_id: li for li in result.lines}
    assert by_id[a.id].discrepancy == 2 and by_id[a.id].status == st.RECEIVED
    assert by_id[b.id].discrepancy == -b.qty and by_id[b.id].status == st.SENT_BY_SELLER
    assert by_id[c.id].discrepancy == 0
    with filled.read() as s:
        notes = {r.line_id: r.note for r in s.scalars(select(Receipt))}
    assert notes[a.id].startswith("surplus: 2") and notes[b.id].startswith("shortage")
    assert notes[c.id] == "box dented"
    # The rest of b arrives later: expected is what is still missing.
    later = receiving.receive([ReceiveLine(b.id, b.qty)], clerk="oleg", workstation="ws-1")
    assert later.lines[0].qty_expected == b.qty and later.lines[0].status == st.RECEIVED
    assert receiving.received_so_far([a.id, b.id]) == {a.id: a.qty + 2, b.id: b.qty}


def test_one_bad_line_writes_nothing(filled: Database, receiving: ReceivingService) -> None:
    good = lines_in(filled, st.SENT_BY_SELLER)[0]
    with filled.read() as s:
        unpaid = s.scalars(select(OrderLine).where(OrderLine.status == st.READY)).first()
    assert unpaid is not None
    with pytest.raises(InvalidInput, match="cannot be received"):
        receiving.receive([ReceiveLine(good.id, 1), ReceiveLine(unpaid.id, 1)], clerk="a", workstation="w")
    with pytest.raises(NotFoundError):
        receiving.receive([ReceiveLine(10**9, 1)], clerk="a", workstation="w")
    with pytest.raises(InvalidInput):
        receiving.receive([ReceiveLine(good.id, -1)], clerk="a", workstation="w")
    with filled.read() as s:
        assert s.scalars(select(Receipt)).first() is None
        assert s.get(OrderLine, good.id).status == st.SENT_BY_SELLER  # type: ignore[union-attr]


def test_unmatched_codes_are_all_kept_even_duplicates(receiving: ReceivingService, clock: Clock) -> None:
    first = receiving.record_unmatched("]C0sf1111111111111", clerk="anna", workstation="ws-2",
                                       note="no label", photo_path="/photos/1.jpg")
    clock.now += timedelta(seconds=1)
    receiving.record_unmatched("SF1111111111111", clerk="anna", workstation="ws-2")
    huge = receiving.record_unmatched("X" * 300, clerk="anna", workstation="ws-2")
    assert first.code == "SF1111111111111" and first.photo_path == "/photos/1.jpg"
    assert len(huge.code) == 128 and ("X" * 300) in huge.note
    rows = receiving.list_unmatched()
    assert [r.code for r in rows].count("SF1111111111111") == 2
    assert rows[0].scanned_at > rows[-1].scanned_at or rows[0].id > rows[-1].id
    with pytest.raises(InvalidInput):
        receiving.record_unmatched("  \r\n", clerk="anna", workstation="ws-2")


def test_a_later_synchronisation_matches_waiting_codes(filled: Database, receiving: ReceivingService) -> None:
    line = lines_in(filled, st.PURCHASED, 200)
    target = line[0] if line else None
    with filled.read() as s:
        target = s.scalars(select(OrderLine).where(OrderLine.status == st.PURCHASED)).first()
        assert target is not None
    receiving.record_unmatched("YT5555555555555", clerk="anna", workstation="ws-2")
    receiving.record_unmatched("YT5555555555555", clerk="anna", workstation="ws-2")
    receiving.record_unmatched("NOTHING-LIKE-IT", clerk="anna", workstation="ws-2")
    assert receiving.match_unmatched() == []
    with filled.write() as s:  # what a synchronisation does when the seller ships
        s.execute(update(OrderLine).where(OrderLine.id == target.id)
                  .values(vend_purch_waybill="YT5555555555555", status=st.SENT_BY_SELLER))
    matched = receiving.match_unmatched()
    assert [(m.code, m.kind, m.line_ids) for m in matched] == [("YT5555555555555", "waybill", (target.id,))] * 2
    assert matched[0].order_ids == (target.order_id,)
    assert [r.code for r in receiving.list_unmatched()] == ["NOTHING-LIKE-IT"]
    assert receiving.match_unmatched() == []  # told once
    with filled.read() as s:
        done = s.scalars(select(UnmatchedScan).where(UnmatchedScan.matched_line_id == target.id)).all()
        assert len(done) == 2 and all(u.matched_at for u in done)


def test_receiving_a_waybill_settles_its_unmatched_scan(filled: Database, receiving: ReceivingService) -> None:
    line = lines_in(filled, st.SENT_BY_SELLER)[0]
    receiving.record_unmatched(line.vend_purch_waybill or "", clerk="anna", workstation="ws-2")
    receiving.receive([ReceiveLine(line.id, line.qty)], clerk="anna", workstation="ws-2",
                      waybill=line.vend_purch_waybill)
    assert receiving.list_unmatched() == []


def parcel_with_a_cancelled_line(db: Database) -> tuple[OrderLine, OrderLine]:
    """A shipped order line and its sibling, cancelled meanwhile (the order ...138 case)."""
    shipped = lines_in(db, st.SENT_BY_SELLER, 200)
    by_order: dict[str, list[OrderLine]] = {}
    for li in shipped:
        by_order.setdefault(li.order_id, []).append(li)
    good, gone = next(v for v in by_order.values() if len(v) >= 2)[:2]
    with db.write() as s:
        s.execute(update(OrderLine).where(OrderLine.id == gone.id).values(status=st.CANCELLED))
    return good, gone


def test_a_cancelled_line_with_nothing_counted_does_not_block_the_parcel(
        filled: Database, receiving: ReceivingService) -> None:
    good, gone = parcel_with_a_cancelled_line(filled)
    assert blocked_reason(st.CANCELLED) == CANCELLED and blocked_reason(st.READY) == NOT_BOUGHT_YET
    assert blocked_reason(st.SENT_BY_SELLER) == "" and blocked_reason(st.PACKED) == PACKED_ALREADY
    result = receiving.receive([ReceiveLine(good.id, good.qty), ReceiveLine(gone.id, 0)],
                               clerk="anna", workstation="ws-2", waybill=good.vend_purch_waybill)
    assert [li.line_id for li in result.lines] == [good.id] and result.lines[0].status == st.RECEIVED
    with filled.read() as s:
        assert s.scalars(select(Receipt.line_id)).all() == [good.id]  # nothing written for the cancelled one
        assert s.get(OrderLine, gone.id).status == st.CANCELLED  # type: ignore[union-attr]
    # Goods counted on a cancelled line are refused: keep the parcel as unmatched instead.
    with pytest.raises(InvalidInput, match="unmatched"):
        receiving.receive([ReceiveLine(gone.id, 1)], clerk="anna", workstation="ws-2")
    with pytest.raises(InvalidInput, match="None of these lines"):
        receiving.receive([ReceiveLine(gone.id, 0)], clerk="anna", workstation="ws-2")


def test_a_repeated_confirm_writes_nothing_more(filled: Database, receiving: ReceivingService,
                                                clock: Clock) -> None:
    a, b = lines_in(filled, st.SENT_BY_SELLER)[:2]
    counts = [ReceiveLine(a.id, 0), ReceiveLine(b.id, b.qty)]
    first = receiving.receive(counts, clerk="anna", workstation="ws-2", confirmation="k-1")
    clock.now += timedelta(seconds=5)
    again = receiving.receive(counts, clerk="anna", workstation="ws-2", confirmation="k-1")
    assert again == first  # the first receipt, as it was, with its time and statuses
    assert {li.old_status for li in again.lines} == {st.SENT_BY_SELLER}
    with pytest.raises(AlreadyConfirmed, match="confirmed already"):
        receiving.receive([ReceiveLine(a.id, 1), ReceiveLine(b.id, b.qty)], clerk="anna",
                          workstation="ws-2", confirmation="k-1")
    with filled.read() as s:
        assert s.scalar(select(func.count()).select_from(Receipt)) == 2
        assert s.scalar(select(func.count()).select_from(AuditEntry)
                        .where(AuditEntry.action == "receive")) == 2
    # A new confirmation (the parcel scanned again) records what arrived since.
    later = receiving.receive([ReceiveLine(a.id, a.qty)], clerk="anna", workstation="ws-2", confirmation="k-2")
    assert later.lines[0].qty_expected == a.qty and later.lines[0].status == st.RECEIVED


def test_the_same_confirm_from_two_threads_at_once_is_recorded_once(
        filled: Database, receiving: ReceivingService) -> None:
    line = lines_in(filled, st.SENT_BY_SELLER)[0]
    gate = threading.Barrier(2)
    results: list[object] = []

    def confirm() -> None:
        gate.wait(timeout=10)
        results.append(receiving.receive([ReceiveLine(line.id, line.qty)], clerk="anna", workstation="ws-2",
                                         confirmation="double-click"))

    threads = [threading.Thread(target=confirm) for _ in range(2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=30)
    assert len(results) == 2 and results[0] == results[1]
    with filled.read() as s:
        assert s.scalar(select(func.count()).select_from(Receipt)) == 1


PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def test_a_parcel_is_kept_as_unmatched_with_a_note_and_a_photo(
        filled: Database, receiving: ReceivingService) -> None:
    good, gone = parcel_with_a_cancelled_line(filled)
    with pytest.raises(InvalidInput, match="note"):
        receiving.keep_unmatched("SF1", clerk="anna", workstation="ws-2", note="  ")
    with pytest.raises(InvalidInput, match="JPEG or PNG"):
        receiving.keep_unmatched("SF1", clerk="anna", workstation="ws-2", note="x",
                                 photo=Photo(b"GIF89a", "image/gif", "a.gif"))
    kept = receiving.keep_unmatched(good.vend_purch_waybill or "", clerk="anna", workstation="ws-2",
                                    note="line 2 cancelled but the seller sent it",
                                    photo=Photo(PNG, "image/png", "/home/anna/parcel.png"),
                                    line_ids=[gone.id])
    assert kept.note == "line 2 cancelled but the seller sent it" and kept.photo_path == "/home/anna/parcel.png"
    assert receiving.photos_of(kept.id) == [Photo(PNG, "image/png", "/home/anna/parcel.png")]
    with filled.read() as s:
        row = s.get(UnmatchedScan, kept.id)
        assert row is not None and row.matched_order_id == gone.order_id and row.matched_at is not None
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "keep_unmatched")).one()
        assert json.loads(entry.new_json)["photo_bytes"] == len(PNG)
    # A "not found" scan's row gets the note and photo added, not a second row.
    waiting = receiving.record_unmatched("JT0000000000777", clerk="anna", workstation="ws-2")
    noted = receiving.keep_unmatched("JT0000000000777", clerk="anna", workstation="ws-2", note="no label",
                                     photo=Photo(PNG, "image/png", "camera: test"), unmatched_id=waiting.id)
    assert noted.id == waiting.id and noted.note == "no label" and noted.matched_at is None
    assert [u.code for u in receiving.list_unmatched()] == ["JT0000000000777"]
    assert len(receiving.photos_of(waiting.id)) == 1
