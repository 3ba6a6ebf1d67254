"""Growing from one PC (issue 17): `db copy` moves a station's SQLite database into an empty
PostgreSQL database; interrupted once and run again it ends with equal counts, and the copy
works: ids continue after the copied ones and a booking goes through it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.helpers.db import pg_database
from tests.test_cli import run_cli
from workstation.config import Config
from workstation.core import open_database
from workstation.services import demo
from workstation.store import copy as copy_module
from workstation.store.database import Database, DatabaseProblem, create_db_engine
from workstation.store.models import Order, OrderLine

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from pg_database()


def _source(tmp_path: Path, orders: int = 1500) -> tuple[Database, Config]:
    config = Config(tmp_path / "data", f"sqlite:///{tmp_path / 'data' / 'workstation.sqlite3'}")
    config.data_dir.mkdir(parents=True)
    db = open_database(config)
    demo.generate(db, orders=orders)
    return db, config


@pytest.mark.slow
def test_an_interrupted_copy_run_again_ends_with_equal_counts_and_a_working_database(
        tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    source, _config = _source(tmp_path, orders=33_400)  # about 100,000 lines, as issue 17 asks
    target = Database(create_db_engine(pg_url))
    batches = [0]
    real_begin = target.engine.begin

    class Cut(Exception):
        pass

    def failing_begin():  # type: ignore[no-untyped-def]
        batches[0] += 1
        if batches[0] == 4:  # a few batches in: the power goes
            raise Cut("interrupted")
        return real_begin()

    monkeypatch.setattr(target.engine, "begin", failing_begin)
    with pytest.raises(Cut):
        copy_module.copy_database(source, target, batch=5000)
    monkeypatch.setattr(target.engine, "begin", real_begin)
    report = copy_module.copy_database(source, target, batch=5000)
    assert report.skipped  # what was complete was not copied again
    with source.read() as s:
        want = (s.scalar(select(func.count()).select_from(Order)), s.scalar(select(func.count()).select_from(OrderLine)))
    with target.read() as s:
        got = (s.scalar(select(func.count()).select_from(Order)), s.scalar(select(func.count()).select_from(OrderLine)))
        top = s.scalar(select(func.max(OrderLine.id)))
        line = s.get(OrderLine, top)
        assert line is not None and line.price_cust == source_line_price(source, top)
    assert got == want and want[1] >= 100_000
    # a second run over a complete copy copies nothing
    again = copy_module.copy_database(source, Database(create_db_engine(pg_url)), batch=5000)
    assert again.rows == 0
    with target.write() as s:  # ids continue after the copied ones (sequences advanced)
        first = s.get(OrderLine, top)
        assert first is not None
        s.add(OrderLine(**{c.key: getattr(first, c.key) for c in OrderLine.__table__.columns
                           if c.key not in ("id", "line_num", "label")}, line_num=99, label="LN-COPY-TEST"))
    with target.read() as s:
        assert s.scalar(select(func.max(OrderLine.id))) > top  # type: ignore[operator]
    source.dispose()
    target.dispose()


def source_line_price(db: Database, line_id: int):  # type: ignore[no-untyped-def]
    with db.read() as s:
        return s.get(OrderLine, line_id).price_cust  # type: ignore[union-attr]


def test_a_target_with_other_data_is_refused(tmp_path: Path, pg_url: str) -> None:
    source, _config = _source(tmp_path, orders=5)
    target = Database(create_db_engine(pg_url))
    copy_module.upgrade(target)
    demo.generate(target, orders=50)
    with pytest.raises(DatabaseProblem, match="not an\\s+empty database"):
        copy_module.copy_database(source, target)
    source.dispose()
    target.dispose()


def test_the_cli_copies_and_prints_the_setting_each_station_needs(tmp_path: Path, pg_url: str) -> None:
    data = tmp_path / "data"
    assert run_cli("demo", "--orders", "30", "--no-sandbox", data_dir=data).returncode == 0
    done = run_cli("db", "copy", "--to", pg_url, data_dir=data)
    assert done.returncode == 0, done.stderr
    assert "every count matches" in done.stdout and "WORKSTATION_DB_URL=postgresql" in done.stdout
    listed = run_cli("--db", pg_url, "orders", "--limit", "100", data_dir=tmp_path / "station2")
    assert listed.returncode == 0 and listed.stdout.count("ORD-") == 30
    refused = run_cli("db", "copy", "--to", "sqlite:///x.sqlite3", data_dir=data)
    assert refused.returncode == 2 and "PostgreSQL" in refused.stderr


def test_a_booking_goes_on_through_the_copied_database(tmp_path: Path, pg_url: str) -> None:
    """Growing from one PC: what was booked on SQLite stays booked on PostgreSQL (never bought
    again), and the next booking on the copy buys once, with ids continuing after the copied ones."""
    from tests.helpers.engine import ACCOUNT, World, make_world, plain_items
    from workstation.core import assemble
    from workstation.domain import statuses as st
    from workstation.sandbox.autologin import sandbox_login
    from workstation.sandbox.constants import DEMO_ACCOUNTS_1688
    from workstation.services.secrets import MemorySecretStore
    from workstation.store.models import ProviderOrder

    worlds = make_world(tmp_path, f"sqlite:///{tmp_path / 'data' / 'workstation.sqlite3'}")
    world = next(worlds)
    try:
        booked = world.add_order("1688", [(plain_items("1688")[0], 0, 1, None)])
        info = world.core.purchase.run(world.core.purchase.start_booking(booked, ACCOUNT["1688"]))
        assert info.state == "finished", [s.message for s in info.steps]
        waiting = world.add_order("1688", [(plain_items("1688")[1], 0, 2, None)])
        assert world.count_sandbox_orders() == 1

        target = Database(create_db_engine(pg_url))
        copy_module.copy_database(world.core.db, target, batch=200)
        config = Config(world.data_dir, pg_url)
        moved = assemble(config, target, secrets=MemorySecretStore(), sandbox_url=world.base_url,
                         connector_timeout=2.0)
        try:  # a station on the new database logs its buyer account in again (secrets stay per station)
            login, password = DEMO_ACCOUNTS_1688[0]
            moved.sessions.store("1688", sandbox_login(moved.connectors("1688"), login, password))
            there = World(moved, world.market, world.base_url, world.data_dir, next_order=world.next_order)
            assert [ln.status for ln in there.lines(booked)] != [st.READY]  # still bought: not offered again
            with target.read() as s:
                copied_intents = s.scalar(select(func.max(ProviderOrder.id)))
            info = moved.purchase.run(moved.purchase.start_booking(waiting, ACCOUNT["1688"]))
            assert info.state == "finished", [s.message for s in info.steps]
            assert all(ln.provider_order_id is not None and ln.provider_order_id > copied_intents
                       for ln in there.lines(waiting))
            assert world.count_sandbox_orders() == 2  # one purchase per order, none twice
        finally:
            moved.close()
    finally:
        worlds.close()
