"""Backups of a station's SQLite database, and restoring one (docs/reliability.md T17).

`backup` copies the live database through SQLite's online backup API while other processes
go on writing (a reader's snapshot: one consistent moment), into a temporary file that must pass
`PRAGMA integrity_check` before it is renamed into place, owner-only. `restore` checks the backup
the same way (an SQLite file, intact, a workstation schema this program knows), keeps the current
database beside it first, then copies the backup into the live file through the same API, so
processes that hold it open see the restored data, never a half-written file.

PostgreSQL is backed up with its own tools (pg_dump / pg_restore, see the README).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from workstation.store.database import BUSY_TIMEOUT_MS, DatabaseProblem

BACKUP_DIR = "backups"
AUTO_PREFIX = "workstation-"
PG_POINTER = ("PostgreSQL is backed up with its own tools: pg_dump --format=custom --file=ws.dump DATABASE_URL, "
              "and restored with pg_restore --clean --dbname=DATABASE_URL ws.dump (see the README).")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    revision: str  # the schema revision inside
    at: datetime


def default_backup_path(data_dir: Path, now: datetime | None = None) -> Path:
    now = now or datetime.now(UTC)
    return data_dir / BACKUP_DIR / f"{AUTO_PREFIX}{now:%Y%m%d-%H%M%S}.sqlite3"


def _connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rw'}"
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return conn


def check_backup(path: Path, known_revisions: set[str] | None = None) -> str:
    """The schema revision of an intact workstation database file; DatabaseProblem naming what
    is wrong otherwise. Opens it read-only: the file is never changed."""
    if not path.is_file():
        raise DatabaseProblem(f"{path} does not exist or is not a file.")
    with path.open("rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise DatabaseProblem(f"{path} is not an SQLite database (not a workstation backup).")
    try:
        conn = _connect(path, read_only=True)
    except sqlite3.Error as exc:
        raise DatabaseProblem(f"{path} cannot be opened: {exc}.") from exc
    try:
        verdict = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if verdict != ["ok"]:
            raise DatabaseProblem(f"{path} is damaged (integrity check: {'; '.join(verdict[:3])}).")
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" not in tables:
            raise DatabaseProblem(f"{path} is an SQLite file but not a workstation database (no schema version).")
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DatabaseProblem(f"{path} is damaged: {exc}.") from exc
    finally:
        conn.close()
    if revision is None:
        raise DatabaseProblem(f"{path} has no schema version.")
    if known_revisions is not None and revision[0] not in known_revisions:
        raise DatabaseProblem(f"{path} was made by a newer version of the workstation (schema {revision[0]}); "
                              "update the program before restoring it.")
    return str(revision[0])


def backup(db_path: Path, target: Path) -> BackupInfo:
    """Copy the live database to `target` (made owner-only); checked before it is kept."""
    if not db_path.is_file():
        raise DatabaseProblem(f"There is no database at {db_path} to back up.")
    target = target.resolve()
    if target == db_path.resolve():
        raise DatabaseProblem("The backup cannot be the database itself; choose another file.")
    if not target.parent.exists():
        target.parent.mkdir(parents=True)
        if os.name == "posix":
            target.parent.chmod(0o700)  # backups hold the same data as the database
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".backup-", suffix=".sqlite3")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        source = _connect(db_path, read_only=True)
        dest = sqlite3.connect(tmp, isolation_level=None)
        try:
            source.backup(dest)  # all pages in one step: one consistent snapshot under writers
            dest.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
        finally:
            dest.close()
            source.close()
        revision = check_backup(tmp)
        if os.name == "posix":
            tmp.chmod(0o600)
        os.replace(tmp, target)
    except sqlite3.Error as exc:
        raise DatabaseProblem(f"The backup to {target} failed: {exc}.") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return BackupInfo(target, target.stat().st_size, revision, datetime.now(UTC))


def restore(source: Path, db_path: Path, known_revisions: set[str], keep_dir: Path) -> tuple[BackupInfo, Path]:
    """Replace the live database's content with `source`'s; the current one is backed up into
    `keep_dir` first. (what was restored, where the previous database was kept)."""
    revision = check_backup(source, known_revisions)
    kept = backup(db_path, keep_dir / f"before-restore-{datetime.now(UTC):%Y%m%d-%H%M%S}.sqlite3") \
        if db_path.is_file() else None
    src = _connect(source, read_only=True)
    dest = sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        src.backup(dest)  # takes the destination's write lock; readers see the old or the new, whole
    except sqlite3.Error as exc:
        raise DatabaseProblem(f"Restoring {source} failed: {exc}. The database was not changed"
                              + (f"; it is also kept as {kept.path}." if kept else ".")) from exc
    finally:
        dest.close()
        src.close()
    info = BackupInfo(source, source.stat().st_size, revision, datetime.now(UTC))
    return info, kept.path if kept else db_path


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete automatic backups (`workstation-*.sqlite3`) beyond the newest `keep`; the deleted."""
    if keep < 1:
        raise DatabaseProblem("Keep at least one backup.")
    found = sorted(folder.glob(f"{AUTO_PREFIX}*.sqlite3"), key=lambda p: p.name, reverse=True)
    gone = found[keep:]
    for path in gone:
        path.unlink()
    return gone


__all__ = ["BACKUP_DIR", "PG_POINTER", "BackupInfo", "backup", "check_backup", "default_backup_path", "prune",
           "restore"]
