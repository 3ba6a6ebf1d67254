"""The store: migrations, connection settings, exact money, and refusing unusable databases."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import event, select, text

from workstation.config import Config, ConfigError, ensure_data_dir, load_config
from workstation.core import open_database
from workstation.store import database as database_module
from workstation.store.database import Database, DatabaseProblem, check_sqlite_path
from workstation.store.migrate import current_revision, head_revision
from workstation.store.models import Order, OrderLine

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _order(oid: str = "ORD-0000000001", paid: str = "1234567890.12") -> Order:
    return Order(id=oid, provider="taobao", customer_id="C1", customer_name="王鑫磊奇跡",
                 goods_amount=Decimal(paid), delivery_amount=Decimal("0.10"),
                 paid_amount=Decimal("0.30"), is_paid=True, created_at=NOW, updated_at=NOW)


def test_migrations_create_every_table_at_head(db: Database) -> None:
    assert current_revision(db) == head_revision()
    tables = set(db.table_names())
    for name in ("orders", "order_lines", "line_status_history", "provider_orders",
                 "provider_sessions", "activities", "activity_steps", "activity_answers",
                 "provider_settings", "warehouse_addresses", "parcels", "parcel_lines",
                 "receipts", "unmatched_scans", "audit_log"):
        assert name in tables


def test_money_and_chinese_text_survive_a_round_trip(db: Database) -> None:
    with db.write() as s:
        s.add(_order())
    with db.read() as s:
        order = s.get(Order, "ORD-0000000001")
        assert order is not None
        assert order.goods_amount == Decimal("1234567890.12")
        assert str(order.delivery_amount) == "0.10"
        assert order.customer_name == "王鑫磊奇跡"
        assert order.created_at == NOW


def test_float_money_is_refused(db: Database) -> None:
    with pytest.raises(Exception, match="float"), db.write() as s:
        order = _order()
        order.paid_amount = 0.1  # type: ignore[assignment]
        s.add(order)


def test_scan_lookups_are_indexed(db: Database) -> None:
    from sqlalchemy import inspect

    indexed = {tuple(ix["column_names"]) for ix in inspect(db.engine).get_indexes("order_lines")}
    indexed |= {tuple(u["column_names"]) for u in inspect(db.engine).get_unique_constraints("order_lines")}
    for column in ("vend_purch_waybill", "vend_purch_id", "label"):
        assert (column,) in indexed, column


def test_migrating_twice_changes_nothing(db_url: str) -> None:
    first = open_database(Config(Path("."), db_url))
    first.dispose()
    second = open_database(Config(Path("."), db_url))
    assert current_revision(second) == head_revision()
    second.dispose()


def test_sqlite_settings_hold_on_every_pooled_connection(sqlite_db: Database) -> None:
    connections = [sqlite_db.engine.connect() for _ in range(4)]
    try:
        for conn in connections:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        for conn in connections:
            conn.close()


def test_writes_begin_immediate_and_reads_do_not(sqlite_db: Database) -> None:
    statements: list[str] = []

    @event.listens_for(sqlite_db.engine, "before_cursor_execute")
    def record(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        statements.append(statement)

    with sqlite_db.write() as s:
        s.add(_order())
    assert statements[0] == "BEGIN IMMEDIATE"
    statements.clear()
    with sqlite_db.read() as s:
        s.execute(select(Order.id)).all()
    assert statements[0] == "BEGIN"


def test_foreign_keys_are_enforced(db: Database) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), db.write() as s:
        s.add(OrderLine(order_id="ORD-9999999999", line_num=1, label="LNX", provider="taobao",
                        item_id="1", config_id=None, title_orig="x", qty=1,
                        price_cust=Decimal(1), delivery_cust=Decimal(0), status="ready",
                        status_changed_at=NOW))


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "workstation.sqlite3"
    path.write_bytes(b"this is a spreadsheet, not a database\n" * 10)
    before = path.read_bytes()
    with pytest.raises(DatabaseProblem, match="not a workstation database"):
        open_database(Config(tmp_path, f"sqlite:///{path}"))
    assert path.read_bytes() == before


def test_a_damaged_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "ws.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # smash the schema page after the header
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(DatabaseProblem) as caught:
        open_database(Config(tmp_path, f"sqlite:///{path}"))
    assert "Nothing was changed" in str(caught.value) or "damaged" in str(caught.value)
    assert path.read_bytes() == before


def test_a_database_from_a_newer_version_is_refused(db_url: str) -> None:
    first = open_database(Config(Path("."), db_url))
    with first.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    first.dispose()
    with pytest.raises(DatabaseProblem, match="newer version"):
        open_database(Config(Path("."), db_url))
    check = Database(database_module.create_db_engine(db_url))
    assert current_revision(check) == "9999_future"  # untouched
    check.dispose()


def test_a_foreign_database_is_not_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseProblem, match="no workstation schema"):
        open_database(Config(tmp_path, f"sqlite:///{path}"))
    assert path.read_bytes() == before  # byte for byte: not even switched to WAL
    assert not (tmp_path / "other.sqlite3-wal").exists()
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    check.close()


def test_a_missing_folder_is_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(DatabaseProblem, match="does not exist"):
        open_database(Config(tmp_path, f"sqlite:///{tmp_path / 'nope' / 'ws.sqlite3'}"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_an_unwritable_data_dir_is_a_clear_message(tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(ConfigError, match="cannot be written"):
            ensure_data_dir(load_config(tmp_path / "data", env={}))
    finally:
        tmp_path.chmod(0o700)


def test_an_unwritable_data_dir_is_a_clear_message_even_for_root(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the data directory should be")
    with pytest.raises(ConfigError, match="cannot be written"):
        ensure_data_dir(load_config(blocker / "data", env={}))


def test_network_paths_are_refused_for_sqlite(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    with pytest.raises(DatabaseProblem, match="network"):
        check_sqlite_path(Path("//server/share/ws.sqlite3"))
    mounts = f"server:/export {tmp_path} nfs4 rw 0 0\n/dev/sda1 / ext4 rw 0 0\n"
    real_read_text = Path.read_text
    monkeypatch.setattr(Path, "read_text", lambda self, *a, **k: mounts if str(self) == "/proc/mounts"
                        else real_read_text(self, *a, **k))
    with pytest.raises(DatabaseProblem, match="nfs4"):
        check_sqlite_path(tmp_path / "ws.sqlite3")
    check_sqlite_path(Path("/var/tmp/ws.sqlite3"))  # a local disk is fine


def test_unsupported_database_urls_are_named() -> None:
    with pytest.raises(ConfigError, match="mysql"):
        load_config("/tmp/x", "mysql://u@h/db", env={})


def test_optimistic_concurrency_on_lines(db: Database) -> None:
    from sqlalchemy.orm.exc import StaleDataError

    with db.write() as s:
        s.add(_order())
        s.flush()
        s.add(OrderLine(order_id="ORD-0000000001", line_num=1, label="LN1", provider="taobao",
                        item_id="1", config_id=None, title_orig="x", qty=1, price_cust=Decimal(1),
                        delivery_cust=Decimal(0), status="ready", status_changed_at=NOW))
    with db.read() as s:
        stale = s.scalars(select(OrderLine)).one()
    with db.write() as s:
        fresh = s.scalars(select(OrderLine)).one()
        fresh.qty = 2
    with pytest.raises(StaleDataError), db.write() as s:
        stale = s.merge(stale, load=False)
        stale.qty = 3


def test_the_migrations_match_the_models(db: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from workstation.store.models import Base
    from workstation.store.search import include_name

    with db.engine.connect() as conn:
        # the text-search tables and trigram indexes of migration 0009 are no models (store/search.py)
        context = MigrationContext.configure(conn, opts={"compare_type": False, "include_name": include_name})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_a_nested_write_fails_at_once_instead_of_deadlocking(sqlite_db: Database) -> None:
    with pytest.raises(RuntimeError, match="nested write"), sqlite_db.write(), sqlite_db.write():
        pass
    with sqlite_db.write() as s:  # the flag is reset afterwards
        s.add(_order())
