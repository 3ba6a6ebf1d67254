"""The scan journal read back: filters, "arrived but never confirmed", and `workstation-cli scans` as a process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from tests.helpers.db import FIXED_NOW
from tests.helpers.warehouse import Clock, lines_in
from workstation.config import Config
from workstation.core import open_database
from workstation.domain import statuses as st
from workstation.services.audit import Actor
from workstation.services.orders import OrderService
from workstation.services.warehouse import ReceiveLine, ReceivingService
from workstation.services.warehouse.scanning import (
    ARRIVED_NOT_CONFIRMED,
    DUPLICATE,
    FOUND,
    NOT_FOUND,
    SERIAL,
    TYPED,
    WEDGE,
    JournalFilter,
    ScanService,
)
from workstation.store.database import Database
from workstation.store.models import OrderLine

ANNA, OLEG = Actor("anna", "ws-1"), Actor("oleg", "ws-2")


@pytest.fixture
def scans(filled: Database, clock: Clock) -> ScanService:
    return ScanService(filled, OrderService(filled), clock)


def codes(scans: ScanService, flt: JournalFilter) -> list[str]:
    rows = scans.list(flt)
    assert scans.count(flt) == len(rows)
    return [r.code for r in rows]


def test_filters_by_verdict_source_time_and_text(scans: ScanService, filled: Database, clock: Clock) -> None:
    shipped = lines_in(filled, st.SENT_BY_SELLER)
    a, b = shipped[0].vend_purch_waybill or "", shipped[-1].vend_purch_waybill or ""
    scans.scan(a, source=WEDGE, actor=ANNA)
    clock.now += timedelta(hours=2)
    scans.scan("ZZ0000000000001", source=SERIAL, actor=OLEG)
    scans.duplicate("ZZ0000000000001", source=SERIAL, actor=OLEG)
    clock.now += timedelta(hours=2)
    scans.scan(b, source=TYPED, actor=ANNA)
    assert codes(scans, JournalFilter()) == [b, "ZZ0000000000001", "ZZ0000000000001", a]  # newest first
    assert codes(scans, JournalFilter(verdicts=(FOUND,))) == [b, a]
    assert codes(scans, JournalFilter(verdicts=(NOT_FOUND, DUPLICATE))) == ["ZZ0000000000001"] * 2
    assert codes(scans, JournalFilter(sources=(TYPED, WEDGE))) == [b, a]
    assert codes(scans, JournalFilter(since=FIXED_NOW + timedelta(hours=1),
                                      until=FIXED_NOW + timedelta(hours=3))) == ["ZZ0000000000001"] * 2
    assert codes(scans, JournalFilter(text="zz00000")) == ["ZZ0000000000001"] * 2  # folded like a scan
    assert codes(scans, JournalFilter(text=shipped[0].order_id)) == [a]
    assert codes(scans, JournalFilter(text="oleg")) == ["ZZ0000000000001"] * 2
    assert scans.list(JournalFilter(), offset=1, limit=2)[0].code == "ZZ0000000000001"


def test_arrived_but_never_confirmed(scans: ScanService, filled: Database, clock: Clock) -> None:
    shipped = lines_in(filled, st.SENT_BY_SELLER, 200)
    by_waybill: dict[str, list[OrderLine]] = {}
    for line in shipped:
        by_waybill.setdefault(line.vend_purch_waybill or "", []).append(line)
    confirmed, forgotten, cancelled_one = list(by_waybill)[:3]
    receiving = ReceivingService(filled, clock)
    # A receipt from before the scan confirms nothing about this arrival.
    early = by_waybill[forgotten][0]
    receiving.receive([ReceiveLine(early.id, 0)], clerk="anna", workstation="ws-1", waybill=forgotten)
    clock.now += timedelta(minutes=1)
    for code in (confirmed, forgotten, cancelled_one):
        scans.scan(code, source=WEDGE, actor=ANNA)
    scans.scan("ZZ0000000000009", source=WEDGE, actor=ANNA)  # not found: nothing to confirm
    clock.now += timedelta(minutes=1)
    receiving.receive([ReceiveLine(li.id, li.qty) for li in by_waybill[confirmed]], clerk="anna",
                      workstation="ws-1", waybill=confirmed)
    with filled.write() as s:  # the only line of this parcel was cancelled meanwhile: nothing to wait for
        s.execute(update(OrderLine).where(OrderLine.vend_purch_waybill == cancelled_one)
                  .values(status=st.CANCELLED))
    assert codes(scans, ARRIVED_NOT_CONFIRMED) == [forgotten]
    rows = scans.list(JournalFilter(verdicts=(FOUND,)))
    waiting = scans.unconfirmed_lines([r.id for r in rows])
    by_code = {r.code: waiting[r.id] for r in rows}
    assert by_code[confirmed] == () and by_code[cancelled_one] == ()
    assert by_code[forgotten] == tuple(sorted(li.id for li in by_waybill[forgotten]))
    # Scanning it again and confirming then settles the first arrival too.
    scans.scan(forgotten, source=WEDGE, actor=OLEG)
    clock.now += timedelta(minutes=1)
    receiving.receive([ReceiveLine(li.id, 1) for li in by_waybill[forgotten]], clerk="oleg",
                      workstation="ws-2", waybill=forgotten)
    assert codes(scans, ARRIVED_NOT_CONFIRMED) == []


def run_cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "workstation.cli", "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})


def test_the_cli_lists_the_journal_as_a_table_and_as_json(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_cli(data, "demo", "--orders", "30", "--no-sandbox").returncode == 0
    db = open_database(Config(data, f"sqlite:///{data / 'workstation.sqlite3'}"))
    try:
        scans = ScanService(db, OrderService(db))  # the real clock: the CLI's --since counts from now
        waybill = next(li.vend_purch_waybill for li in lines_in(db, st.SENT_BY_SELLER))
        assert waybill
        old = scans.scan("ZZ0000000000001", source=WEDGE, actor=OLEG, at=FIXED_NOW)  # out of --since 7d
        found = scans.scan(waybill, source=SERIAL, actor=ANNA)
    finally:
        db.dispose()
    empty = run_cli(data, "scans", "--since", "2h", "--verdict", "duplicate")
    assert empty.returncode == 0 and empty.stdout.strip() == "No scans."
    table = run_cli(data, "scans")
    assert table.returncode == 0, table.stderr
    first, *rows = table.stdout.strip().splitlines()
    assert "verdict" in first and len(rows) == 2
    assert rows[0].split()[0] == str(found.journal_id) and "NOT CONFIRMED" in rows[0] and "serial" in rows[0]
    assert "not_found" in rows[1] and "ZZ0000000000001" in rows[1]
    listed = json.loads(run_cli(data, "--json", "scans", "--since", "2026-11-01").stdout)
    assert listed["total"] == 2 and [r["verdict"] for r in listed["scans"]] == [FOUND, NOT_FOUND]
    assert listed["scans"][0]["unconfirmed_line_ids"] == [li.id for li in found.lookup.lines]
    recent = json.loads(run_cli(data, "--json", "scans", "--since", "7d").stdout)
    assert [r["id"] for r in recent["scans"]] == [found.journal_id] and old.journal_id < found.journal_id
    waiting = run_cli(data, "scans", "--unconfirmed")
    assert waiting.returncode == 5 and waybill in waiting.stdout  # a person must look: exit 5
    assert run_cli(data, "scans", "--verdict", "maybe").returncode == 2
    bad = run_cli(data, "scans", "--since", "last tuesday")
    assert bad.returncode == 2 and "--since" in bad.stderr


def test_the_journal_is_empty_on_a_fresh_database(tmp_path: Path) -> None:
    done = run_cli(tmp_path / "fresh", "--json", "scans", "--unconfirmed")
    assert done.returncode == 0 and json.loads(done.stdout) == {"total": 0, "scans": []}


def test_a_big_journal_pages(filled: Database, clock: Clock) -> None:
    scans = ScanService(filled, OrderService(filled), clock)
    for n in range(25):
        clock.now += timedelta(seconds=1)
        scans.duplicate(f"ZZ{n:013d}", source=WEDGE, actor=ANNA)
    pages = [r.code for off in range(0, 25, 10) for r in scans.list(JournalFilter(), off, 10)]
    assert pages == [f"ZZ{n:013d}" for n in reversed(range(25))]
