"""Backups and restore of a station's SQLite database (docs/reliability.md T17, issue 17): online under a
writer and integrity-checked every time, a restore that keeps the current data first and
settles nothing by assumption, refusals that change nothing, PostgreSQL pointed to pg_dump."""

from __future__ import annotations

import sqlite3
import stat
import threading
from decimal import Decimal
from pathlib import Path

import pytest

from tests.test_cli import run_cli
from workstation.cli import main
from workstation.config import Config
from workstation.core import open_database
from workstation.services import demo
from workstation.store import backup as bk
from workstation.store.database import DatabaseProblem
from workstation.store.migrate import known_revisions
from workstation.store.models import Order


def _db(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "workstation.sqlite3"
    db = open_database(Config(tmp_path, f"sqlite:///{path}"))
    demo.generate(db, orders=40)
    return db, path


def test_backups_taken_under_a_writer_pass_the_integrity_check_every_time(tmp_path: Path) -> None:
    db, path = _db(tmp_path)
    stop = threading.Event()
    writes = [0]

    def writer() -> None:
        while not stop.is_set():
            with db.write() as s:
                order = s.get(Order, "ORD-0000000101")
                assert order is not None
                order.comment = f"edit {writes[0]}"
                order.paid_amount = order.paid_amount + Decimal("0.01")
            writes[0] += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        for n in range(20):
            info = bk.backup(path, tmp_path / "backups" / f"b{n:02}.sqlite3")
            assert bk.check_backup(info.path, known_revisions()) == info.revision
            assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    finally:
        stop.set()
        thread.join()
        db.dispose()
    assert writes[0] > 0  # the writer really wrote while the backups ran
    assert stat.S_IMODE((tmp_path / "backups").stat().st_mode) == 0o700


def test_restore_brings_the_backup_back_and_keeps_the_current_data_first(tmp_path: Path) -> None:
    db, path = _db(tmp_path)
    saved = bk.backup(path, tmp_path / "saved.sqlite3")
    with db.write() as s:
        order = s.get(Order, "ORD-0000000101")
        assert order is not None
        order.comment = "after the backup"
    info, kept = bk.restore(saved.path, path, known_revisions(), tmp_path / "backups")
    assert info.revision == saved.revision and kept.name.startswith("before-restore-")
    with db.read() as s:  # a connection opened before the restore sees the restored data
        assert s.get(Order, "ORD-0000000101").comment != "after the backup"  # type: ignore[union-attr]
    check = sqlite3.connect(kept)
    assert check.execute("SELECT comment FROM orders WHERE id = 'ORD-0000000101'").fetchone()[0] == "after the backup"
    check.close()
    db.dispose()


@pytest.mark.parametrize("bad", ["text", "damaged", "foreign", "newer"])
def test_a_bad_backup_is_refused_and_the_database_is_untouched(tmp_path: Path, bad: str) -> None:
    db, path = _db(tmp_path)
    db.dispose()
    source = tmp_path / "bad.sqlite3"
    if bad == "text":
        source.write_text("not a database\n" * 50)
    else:
        bk.backup(path, source)
        conn = sqlite3.connect(source)
        if bad == "foreign":
            conn.execute("DROP TABLE alembic_version")
        elif bad == "newer":
            conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
        conn.commit()
        conn.close()
        if bad == "damaged":
            data = bytearray(source.read_bytes())
            data[4096:8192] = b"\xa5" * 4096  # a page in the middle
            source.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(DatabaseProblem) as caught:
        bk.restore(source, path, known_revisions(), tmp_path / "backups")
    assert {"text": "not an SQLite", "damaged": "damaged", "foreign": "not a workstation",
            "newer": "newer version"}[bad] in str(caught.value)
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()  # nothing kept: nothing was about to change


def test_the_cli_backs_up_restores_with_yes_and_points_postgresql_to_pg_dump(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert run_cli("demo", "--orders", "10", "--no-sandbox", data_dir=data).returncode == 0
    done = run_cli("--json", "backup", "--keep", "3", data_dir=data)
    assert done.returncode == 0, done.stderr
    assert "integrity" not in done.stderr
    refused = run_cli("restore", str(next((data / "backups").glob("workstation-*.sqlite3"))), data_dir=data)
    assert refused.returncode == 2 and "--yes" in refused.stderr
    restored = run_cli("restore", str(next((data / "backups").glob("workstation-*.sqlite3"))), "--yes",
                       data_dir=data)
    assert restored.returncode == 0 and "kept as" in restored.stdout, restored.stderr
    assert run_cli("orders", data_dir=data).returncode == 0
    assert main(["--data-dir", str(data), "--db", "postgresql+psycopg://u@127.0.0.1:1/x", "backup"]) == 2
    assert "pg_dump" in capsys.readouterr().err


def test_prune_keeps_the_newest_automatic_backups(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    for day in range(1, 6):
        (folder / f"workstation-202612{day:02}-000000.sqlite3").write_text("x")
    (folder / "before-restore-20261201-000000.sqlite3").write_text("x")  # never pruned
    gone = bk.prune(folder, 2)
    assert sorted(p.name for p in gone) == [f"workstation-202612{d:02}-000000.sqlite3" for d in (1, 2, 3)]
    assert len(list(folder.iterdir())) == 3


def test_a_restore_never_runs_again_what_was_open_in_the_backup(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    from workstation.services.activities import ActivityService

    data = tmp_path / "data"
    assert run_cli("demo", "--orders", "5", "--no-sandbox", data_dir=data).returncode == 0
    path = data / "workstation.sqlite3"
    db = open_database(Config(data, f"sqlite:///{path}"))
    activities = ActivityService(db, {"booking": object()}, owner="elsewhere:1")  # type: ignore[dict-item]
    queued = activities.create("booking", "1688", "demo_buyer_1688", {"order_id": "ORD-0000000101", "line_ids": []},
                               description="a booking that will have finished after the backup")
    saved = bk.backup(path, tmp_path / "saved.sqlite3")
    db.dispose()
    assert main(["--data-dir", str(data), "restore", str(saved.path), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "1 activit(ies) open in the backup were aborted" in out and "synchronise every account" in out
    db = open_database(Config(data, f"sqlite:///{path}"))
    info = ActivityService(db, {}, owner="here:2").get(queued)
    db.dispose()
    assert info.state == "aborted"  # not queued again for a worker to buy a second time
