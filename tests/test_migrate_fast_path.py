"""A start on a current schema reads its revision with one query and never imports Alembic;
a schema behind the files is upgraded through Alembic as before."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from workstation.store import migrate

PROBE = """
import sys
from workstation.config import load_config
from workstation.core import open_database
db = open_database(load_config(sys.argv[1]))
print(" ".join(sorted(m for m in sys.modules if m.split(".")[0] == "alembic")) or "-")
"""


def _modules_after_open(data: Path) -> str:
    out = subprocess.run([sys.executable, "-c", PROBE, str(data)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_a_current_schema_opens_without_alembic(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    first = _modules_after_open(data)  # a new file: Alembic creates the schema
    assert "alembic.command" in first.split()
    assert _modules_after_open(data) == "-"  # current: one query, no Alembic


def test_the_files_head_is_alembics_head() -> None:
    assert migrate._files_head() == migrate.head_revision()


def test_a_schema_behind_the_files_is_upgraded(tmp_path: Path) -> None:
    from workstation.store.database import Database, create_db_engine

    db = Database(create_db_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}"))
    try:
        migrate.upgrade(db, "0001")
        assert migrate.current_revision(db) == "0001"
        assert migrate.upgrade(db) == migrate.head_revision()
        assert "alarms" in db.table_names()
    finally:
        db.dispose()
