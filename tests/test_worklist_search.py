"""The worklist's text search through the search indexes of migration 0009 (FTS5 trigram on
SQLite, pg_trgm on PostgreSQL) finds exactly the lines the plain LIKE reading finds, and the
indexes follow every insert, rename and delete."""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, delete, event, select, text
from sqlalchemy.engine.url import make_url

from tests.helpers.db import PG_URL, pg_database
from workstation.config import Config
from workstation.core import open_database
from workstation.domain import statuses as st
from workstation.services import worklist as worklist_module
from workstation.services.worklist import WorklistQuery, WorklistService
from workstation.store.database import Database
from workstation.store.models import Order, OrderLine
from workstation.store.search import SEARCH_TRIGGERS, TRGM_INDEXES

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)

CUSTOMERS = ("Ivan Petrov", "Мария Смирнова", "Ли Мин (李明)", 'O\'Brien "Q" Ltd', "100% cotton_lover")
TITLES = (  # (Chinese, translated)
    ("小米台灯护眼LED学生宿舍", "Xiaomi desk lamp, eye care LED"),
    ("女士连衣裙夏季新款", "Women's summer DRESS"),
    ("双肩包书包大容量", "School Backpack, large"),
    ("纯棉T恤100%棉", "100% cotton_T-shirt"),
    ("台灯", "Lamp"),
    ("护眼台灯LED", "eye-care desk LAMP"),
    ("连衣裙", "dress"),
    ("儿童运动鞋 NEAR AND OR", "kids' shoes \"sport\" x*"),
)
SEARCHES = (
    "台灯", "台灯护", "护眼led", "LED", "led", "lamp", "Desk Lamp", "DESK", "desk lamp,", "连衣裙", "夏季新",
    "dress", "ackpa", "100%", "cotton_", "_", "%", "\\", '"Q"', "O'Brien", "Мария", "мария", "李明", "Ли Мин",
    "AND", "NEAR", "lamp OR dress", "x*", '"sport"', "zzqq", "d", "ли", "  Lamp  ", "T恤1",
)


def fill(db: Database, copies: int = 3) -> None:
    with db.write() as s:
        n = 0
        for copy in range(copies):
            for c, customer in enumerate(CUSTOMERS):
                n += 1
                oid = f"ORD-{n:010d}"
                s.add(Order(id=oid, provider="taobao" if n % 2 else "1688", customer_id=f"C-{c}",
                            customer_name=customer, goods_amount=Decimal("1.00"), delivery_amount=Decimal("0.00"),
                            paid_amount=Decimal("1.00"), is_paid=True, created_at=NOW, updated_at=NOW))
                s.flush()
                for k, (orig, title) in enumerate(TITLES[(n + copy) % 3::2], start=1):
                    s.add(OrderLine(order_id=oid, line_num=k, label=f"L{n}-{k}", provider="taobao" if n % 2 else "1688",
                                    item_id=str(k), config_id=None, title_orig=orig, title=title, qty=1,
                                    price_cust=Decimal(k), delivery_cust=Decimal(0),
                                    status=(st.READY, st.BOOKED, st.PURCHASED)[k % 3],
                                    status_changed_at=NOW - timedelta(days=k)))


@pytest.fixture
def small_db(db: Database) -> Database:
    fill(db)
    return db


def _found(service: WorklistService, query: WorklistQuery) -> tuple[int, list[int]]:
    return service.count(query), [r.id for r in service.page(query, 0, 100_000)]


def _statements(db: Database) -> list[str]:
    seen: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda _c, _cur, sql, *_a: seen.append(sql))
    return seen


def test_the_index_finds_the_lines_like_finds(small_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    indexed = WorklistService(small_db, clock=lambda: NOW)
    plain = WorklistService(small_db, clock=lambda: NOW)
    plain._fts = False  # the LIKE path, as before migration 0009 (and on an SQLite without FTS5)
    sqlite = small_db.engine.dialect.name == "sqlite"
    seen = _statements(small_db)
    matched = 0
    for word in SEARCHES:
        for view, sort in (("all", "order"), ("ready", "price"), ("all", "seller")):
            query = WorklistQuery(view=view, sort=sort, text=word)
            seen.clear()
            got = _found(indexed, query)
            used_index = any("MATCH" in sql for sql in seen)
            assert used_index == (sqlite and len(word.strip()) >= 3), (word, seen)
            assert got == _found(plain, query), (word, view, sort)
            matched += bool(got[1])
    assert matched > len(SEARCHES)  # most searches find something: the comparison is not of empty lists
    # a wide match (more than CANDIDATES lines) is walked in the sort's index with the same test
    monkeypatch.setattr(worklist_module, "CANDIDATES", 2)
    for word in ("台灯", "台灯护", "lamp", "Мария", "100%"):
        query = WorklistQuery(view="all", sort="age", descending=True, text=word)
        monkeypatch.setattr(worklist_module, "CANDIDATES", 2)
        wide = _found(indexed, query)
        monkeypatch.setattr(worklist_module, "CANDIDATES", 5000)
        assert wide == _found(plain, query) and wide[1], word


def test_what_the_search_finds_by_title_and_customer(small_db: Database) -> None:
    service = WorklistService(small_db, clock=lambda: NOW)
    every = WorklistQuery(view="all", sort="order")
    with small_db.read() as s:
        lines = [(li.id, li.title_orig, li.title, o.customer_name)
                 for li, o in s.execute(select(OrderLine, Order).join(Order)).all()]

    def ids(word: str) -> set[int]:
        return {r.id for r in service.page(every.with_(text=word), 0, 100_000)}

    def where(test) -> set[int]:  # type: ignore[no-untyped-def]
        return {i for i, orig, title, customer in lines if test(orig, title, customer)}

    assert ids("台灯护") == where(lambda o, _t, _c: "台灯护" in o) != set()
    assert ids("desk lamp") == where(lambda _o, t, _c: "desk lamp" in t.lower()) != set()
    assert ids("100%") == where(lambda o, t, c: "100%" in o or "100%" in t or "100%" in c) != set()
    assert ids("cotton_") == where(lambda _o, t, c: "cotton_" in t or "cotton_" in c) != set()
    assert ids("李明") == where(lambda _o, _t, c: "李明" in c) != set()
    assert ids('"Q"') == where(lambda _o, _t, c: '"Q"' in c) != set()
    assert ids("lamp OR dress") == set() and ids("zzqq") == set()


def test_the_index_follows_inserts_renames_and_deletes(small_db: Database) -> None:
    service = WorklistService(small_db, clock=lambda: NOW)
    every = WorklistQuery(view="all", sort="order")
    with small_db.write() as s:
        order = s.get(Order, "ORD-0000000001")
        assert order is not None
        s.add(OrderLine(order_id=order.id, line_num=99, label="NEW-1", provider=order.provider, item_id="9",
                        config_id=None, title_orig="电动牙刷成人", title="Electric toothbrush", qty=1,
                        price_cust=Decimal(1), delivery_cust=Decimal(0), status=st.READY, status_changed_at=NOW))
    found = service.page(every.with_(text="牙刷成"))
    assert [r.label for r in found] == ["NEW-1"]
    new_id = found[0].id
    assert [r.id for r in service.page(every.with_(text="toothbrush"))] == [new_id]
    with small_db.write() as s:
        line = s.get(OrderLine, new_id)
        assert line is not None
        line.title_orig, line.title = "冲牙器便携", "Water flosser"
        line.status = st.BOOKED  # a status change alone never touches the index (trigger WHEN)
    assert service.page(every.with_(text="牙刷成")) == [] and service.page(every.with_(text="toothbrush")) == []
    assert [r.id for r in service.page(every.with_(text="冲牙器"))] == [new_id]
    with small_db.write() as s:
        s.get(Order, "ORD-0000000002").customer_name = "Zoltán Kovács"  # type: ignore[union-attr]
    assert {r.order_id for r in service.page(every.with_(text="zoltán"))} == {"ORD-0000000002"}
    assert "ORD-0000000002" not in {r.order_id for r in service.page(every.with_(text="Мария"))}
    with small_db.write() as s:
        s.delete(s.get(OrderLine, new_id))
        s.execute(delete(OrderLine).where(OrderLine.order_id == "ORD-0000000003"))
        s.execute(delete(Order).where(Order.id == "ORD-0000000003"))
    assert service.page(every.with_(text="冲牙器")) == []
    assert "ORD-0000000003" not in {r.order_id for r in service.page(every.with_(text=CUSTOMERS[2][:4]))}
    if small_db.engine.dialect.name == "sqlite":
        with small_db.engine.connect() as conn:  # the index agrees with the table it reads
            conn.exec_driver_sql("INSERT INTO line_search (line_search, rank) VALUES ('integrity-check', 1)")
            indexed = conn.exec_driver_sql("SELECT count(*) FROM customer_search").scalar()
            assert indexed == conn.exec_driver_sql("SELECT count(*) FROM orders").scalar()


def test_the_search_objects_exist_at_head(db: Database) -> None:
    with db.engine.connect() as conn:
        if db.engine.dialect.name == "sqlite":
            triggers = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
            assert set(SEARCH_TRIGGERS) <= triggers  # a migration that recreated a table would drop them
            tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
            assert {"line_search", "customer_search"} <= tables
        else:
            assert conn.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").scalar() == 1
            names = {r[0] for r in conn.exec_driver_sql("SELECT indexname FROM pg_indexes")}
            assert {n for n, _t, _c in TRGM_INDEXES} <= names


@pytest.mark.postgres
def test_the_trigram_indexes_serve_the_title_search_on_postgres(tmp_path: Path) -> None:
    database = pg_database()
    db = open_database(Config(tmp_path, next(database)))
    try:
        fill(db, copies=30)
        service = WorklistService(db, clock=lambda: NOW)
        with db.read() as s:
            s.execute(text("ANALYZE"))
            s.execute(text("SET LOCAL enable_seqscan = off"))  # a tiny table: make the planner show its index
            query = WorklistQuery(view="all", sort="order", text="护眼台")
            where = service._where(s, query)
            assert where is not None
            part = worklist_module._text_term("护眼台", False).candidates[0]
            sql = str(part.compile(db.engine, compile_kwargs={"literal_binds": True}))
            plan = " ".join(r[0] for r in s.execute(text("EXPLAIN " + sql)))
        assert "ix_order_lines_title_orig_trgm" in plan and "ix_order_lines_title_trgm" in plan, plan
    finally:
        db.dispose()
        database.close()  # drops it


@pytest.mark.postgres
def test_without_pg_trgm_the_migration_goes_on_and_says_so(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A role that may create tables but not extensions (no CREATE on the database)."""
    role = f"ws_role_{uuid.uuid4().hex[:8]}"
    name = f"ws_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE ROLE "{role}" LOGIN'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    here = make_url(PG_URL).set(database=name)
    owner = create_engine(here.render_as_string(hide_password=False), isolation_level="AUTOCOMMIT")
    with owner.connect() as conn:
        conn.execute(text(f'ALTER SCHEMA public OWNER TO "{role}"'))
    owner.dispose()
    db = None
    try:
        with caplog.at_level(logging.WARNING, logger="workstation.store.migrations"):
            db = open_database(Config(tmp_path, here.set(username=role).render_as_string(hide_password=False)))
        assert any("pg_trgm" in r.getMessage() and "cannot be created" in r.getMessage() for r in caplog.records)
        fill(db)
        service = WorklistService(db, clock=lambda: NOW)
        found = service.page(WorklistQuery(view="all", sort="order", text="台灯护"))
        assert found and all("台灯护" in r.title_orig for r in found)
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'").scalar() == 0
    finally:
        if db is not None:
            db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        admin.dispose()
