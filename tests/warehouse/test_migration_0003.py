"""Migration 0003 (scan journal) on SQLite and PostgreSQL: a 0002 database keeps its unmatched parcels,
already-matched ones learn their order, and the way back down works."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from tests.helpers.db import FIXED_NOW
from workstation.services import demo
from workstation.store.database import Database, create_db_engine
from workstation.store.migrate import _alembic_config, current_revision, upgrade


def test_upgrade_from_0002_backfills_the_matched_order_and_downgrades(db_url: str) -> None:
    db = Database(create_db_engine(db_url))
    try:
        upgrade(db, "0002")
        demo.generate(db, orders=3, now=FIXED_NOW)
        with db.engine.begin() as conn:
            line_id, order_id = conn.execute(text("SELECT id, order_id FROM order_lines ORDER BY id")).first()
            for code, matched in (("SF1000000000001", line_id), ("YT2000000000002", None)):
                conn.execute(text(
                    "INSERT INTO unmatched_scans (code, scanned_at, clerk, workstation, note, photo_path, "
                    "matched_at, matched_line_id) VALUES (:code, :at, 'anna', 'ws-1', '', '', :m_at, :line)"),
                    {"code": code, "at": FIXED_NOW.replace(tzinfo=None), "line": matched,
                     "m_at": FIXED_NOW.replace(tzinfo=None) if matched else None})
        upgrade(db, "0003")
        with db.engine.connect() as conn:
            rows = conn.execute(text("SELECT code, matched_order_id, dismissed_at, dismissed_by FROM unmatched_scans "
                                     "ORDER BY code")).all()
        assert [tuple(r) for r in rows] == [("SF1000000000001", order_id, None, ""),
                                            ("YT2000000000002", None, None, "")]
        assert {"scan_journal", "scan_journal_lines"} <= set(inspect(db.engine).get_table_names())
        cfg = _alembic_config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0002")
        assert current_revision(db) == "0002"
        tables = set(inspect(db.engine).get_table_names())
        assert "scan_journal" not in tables and "scan_journal_lines" not in tables
        assert "matched_order_id" not in {c["name"] for c in inspect(db.engine).get_columns("unmatched_scans")}
        upgrade(db)
        assert "scan_journal" in set(inspect(db.engine).get_table_names())
    finally:
        db.dispose()
