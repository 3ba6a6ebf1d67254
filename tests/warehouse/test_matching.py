"""Unmatched parcels meet their lines whenever waybills arrive: a CLI sync in another process, another
station's sync seen on the background tick; the match is kept until a clerk dismisses it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from tests.helpers.engine import ACCOUNT, World, make_world, plain_items, template_copier
from tests.helpers.warehouse import Clock
from workstation.config import Config
from workstation.core import assemble
from workstation.domain import statuses as st
from workstation.services.audit import Actor
from workstation.services.errors import InvalidInput
from workstation.services.orders import OrderService
from workstation.services.secrets import FileSecretStore, MemorySecretStore
from workstation.services.warehouse.scanning import NOT_FOUND, WEDGE, ScanService
from workstation.store.database import Database
from workstation.store.models import AuditEntry, OrderLine, UnmatchedScan

CLERK = Actor("anna", "ws-1")


def unshipped(db: Database) -> OrderLine:
    with db.read() as s:
        return s.scalars(select(OrderLine).where(OrderLine.status == st.PURCHASED,
                                                 OrderLine.vend_purch_waybill.is_(None))
                         .order_by(OrderLine.id).limit(1)).one()


def ship(db: Database, line_id: int, waybill: str) -> None:
    """What a synchronisation writes when the seller ships (here, or at another station)."""
    with db.write() as s:
        s.execute(update(OrderLine).where(OrderLine.id == line_id).values(vend_purch_waybill=waybill))


def test_a_match_is_kept_with_its_order_and_time_until_dismissed(filled: Database, clock: Clock) -> None:
    scans = ScanService(filled, OrderService(filled), clock)
    matching = scans.matching
    for code in ("JT3141592653589", "JT3141592653589", "YT0000000000001"):
        assert scans.scan(code, source=WEDGE, actor=CLERK).verdict == NOT_FOUND
    assert matching.match_pending() == [] and matching.waiting() == 3
    line = unshipped(filled)
    ship(filled, line.id, "JT3141592653589")
    clock.now += timedelta(minutes=10)
    matched = matching.match_pending(actor=Actor("sync:x", ""))
    assert [(m.code, m.order_ids, m.line_ids) for m in matched] == [("JT3141592653589", (line.order_id,),
                                                                     (line.id,))] * 2
    assert matching.match_pending() == []  # claimed once: a second station finds nothing to do
    listed = matching.list()
    assert [(p.code, p.matched_order_id, p.matched_at) for p in listed] == [  # newest first
        ("YT0000000000001", None, None), ("JT3141592653589", line.order_id, clock.now),
        ("JT3141592653589", line.order_id, clock.now)]
    assert matching.list() == listed  # a later sync or reload does not drop the result
    with pytest.raises(InvalidInput):
        matching.dismiss([listed[0].id], actor=CLERK)  # a waiting parcel stays
    assert matching.dismiss([listed[1].id, listed[2].id], actor=CLERK) == 2
    assert [p.code for p in matching.list()] == ["YT0000000000001"]
    assert {p.dismissed_at for p in matching.list(include_dismissed=True) if p.matched_at} == {clock.now}
    with filled.read() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "unmatched_scan")
                                 .order_by(AuditEntry.id)))
    assert actions == ["record_unmatched"] * 3 + ["match_unmatched"] * 2 + ["dismiss_unmatched"] * 2


def test_the_background_tick_matches_what_another_station_synchronised(
        filled: Database, tmp_path: Path) -> None:
    core = assemble(Config(tmp_path, "sqlite://"), filled, secrets=MemorySecretStore())
    assert core.scans is not None
    core.scans.scan("SF2718281828459", source=WEDGE, actor=CLERK)
    line = unshipped(filled)
    ship(filled, line.id, "SF2718281828459")  # the other station's sync committed this
    core.background.tick()
    [parcel] = core.scans.matching.list()
    assert parcel.matched_order_id == line.order_id and parcel.matched_at is not None


@pytest.fixture
def sandbox_world(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[World]:
    yield from make_world(tmp_path, f"sqlite:///{tmp_path / 'data' / 'workstation.sqlite3'}",
                          migrated=template_copier(request))


def test_a_cli_sync_in_another_process_matches_the_waiting_parcel(sandbox_world: World) -> None:
    from workstation.sandbox.launcher import write_port_file

    world = sandbox_world
    items = plain_items("1688")
    oid = world.add_order("1688", [(items[0], 0, 1, None)])
    info = world.core.purchase.run(world.core.purchase.start_booking(oid, ACCOUNT["1688"]))
    assert info.state == "finished", [s.message for s in info.steps]
    vend = world.lines(oid)[0].vend_purch_id or ""
    world.market.pay(vend, "1688")
    world.market.advance(26)  # the seller ships; only the marketplace knows the waybill yet
    waybill = world.market.order(vend, "1688").shipped_packages[0].waybill
    assert world.core.scans is not None
    scanned = world.core.scans.scan(waybill, source=WEDGE, actor=CLERK)
    assert scanned.verdict == NOT_FOUND  # the parcel came before this station's sync

    write_port_file(world.data_dir / "sandbox", int(world.base_url.rsplit(":", 1)[1]))
    store = FileSecretStore(world.data_dir / "secrets.json")
    for key, value in world.core.secrets.data.items():  # type: ignore[attr-defined]
        store.set(key, value)
    done = subprocess.run(
        [sys.executable, "-m", "workstation.cli", "--data-dir", str(world.data_dir), "--json", "sync",
         "--account", ACCOUNT["1688"]], capture_output=True, text=True, timeout=300,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert done.returncode == 0, done.stderr
    steps = [step["message"] for step in json.loads(done.stdout)["steps"]]
    assert any("1 waiting parcel(s) matched" in m and oid in m for m in steps), steps

    [parcel] = world.core.scans.matching.list()  # this process never ran a match
    assert (parcel.code, parcel.matched_order_id) == (waybill, oid) and parcel.matched_at is not None
    with world.core.db.read() as s:
        assert s.scalar(select(UnmatchedScan.matched_line_id)) == world.lines(oid)[0].id
