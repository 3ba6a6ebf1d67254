"""Opening the database the way RELIABILITY.md demands, and sessions for reading and writing.

SQLite: WAL, synchronous=FULL, busy_timeout, foreign keys, and every write transaction
started with BEGIN IMMEDIATE (reads use a deferred BEGIN so they never queue behind a
writer). PostgreSQL: plain transactions. The schema comes only from Alembic migrations.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.engine.url import make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
MIN_SQLITE = (3, 51, 3)  # below this, the WAL-reset bug (RELIABILITY F1.12)
_WRITE = "workstation_write"


class DatabaseProblem(Exception):
    """The database cannot be used as it is; the message says why and what to do."""


def _network_path(path: Path) -> str | None:
    """Why a path looks like a network share (SQLite must not live there), or None."""
    raw = str(path)
    if raw.startswith("\\\\") or raw.startswith("//"):
        return "a UNC network path"
    if os.name == "posix":
        try:
            mounts = Path("/proc/mounts").read_text().splitlines()
        except OSError:
            return None
        best, fstype = "", ""
        resolved = str(path.resolve())
        for row in mounts:
            parts = row.split()
            if len(parts) >= 3 and resolved.startswith(parts[1]) and len(parts[1]) > len(best):
                best, fstype = parts[1], parts[2]
        if fstype in {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "fuse.sshfs", "afs"}:
            return f"a {fstype} network file system ({best})"
    return None


def check_sqlite_path(path: Path) -> None:
    why = _network_path(path)
    if why:
        raise DatabaseProblem(
            f"The database {path} is on {why}. SQLite must not be shared over a network; "
            "use PostgreSQL for several workstations (--db postgresql+psycopg://...)."
        )


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database before anything touches it."""
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseProblem(f"The database path {path} is a directory, not a file.")
    if path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise DatabaseProblem(f"The database file {path} cannot be read: {exc.strerror}.") from exc
    if header != b"SQLite format 3\x00":
        raise DatabaseProblem(
            f"The file {path} is not a workstation database (it is not an SQLite file, or it is "
            "damaged). Nothing was changed. Move it away or choose another with --db."
        )


def create_db_engine(url: str, *, echo: bool = False) -> Engine:
    """An Engine configured per RELIABILITY.md; raises DatabaseProblem for unusable files."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            path = Path(parsed.database)
            check_sqlite_path(path)
            _check_sqlite_file(path)
            if not path.parent.is_dir():
                raise DatabaseProblem(f"The folder {path.parent} of the database does not exist.")
        engine = create_engine(url, echo=echo, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _configure_sqlite(engine)
    else:
        engine = create_engine(url, echo=echo, pool_pre_ping=True)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        if conn.get_execution_options().get(_WRITE):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


def sqlite_version_warning() -> str | None:
    version = sqlite3.sqlite_version_info
    if version < MIN_SQLITE:
        return (
            f"SQLite {sqlite3.sqlite_version} is older than "
            f"{'.'.join(map(str, MIN_SQLITE))} (WAL-reset bug); upgrade when you can."
        )
    return None


class Database:
    """The engine plus session factories. One per process; passed in, never global."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(
            engine.execution_options(**{_WRITE: True}), expire_on_commit=False
        )
        self._local = threading.local()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; closed (its transaction rolled back) at the end, leaving the
        loaded objects detached but readable. It must not write."""
        with self._read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE on SQLite): committed, or rolled back on error.

        Not re-entrant: a second write inside the first on the same thread would wait for
        itself until the busy timeout, so it fails at once instead.
        """
        if getattr(self._local, "writing", False):
            raise RuntimeError("nested write transaction on one thread (it would deadlock)")
        self._local.writing = True
        try:
            with self._write() as session, session.begin():
                yield session
        finally:
            self._local.writing = False

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()

    def ping(self) -> None:
        """Touch the database; DatabaseProblem with a plain message when it cannot be used."""
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1")).scalar()
                if self.dialect == "sqlite":
                    conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        except (OperationalError, DatabaseError) as exc:
            raise DatabaseProblem(describe_db_error(exc, self.engine.url)) from exc

    def dispose(self) -> None:
        self.engine.dispose()


def describe_db_error(exc: Exception, url: object) -> str:
    detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
    safe_url = make_url(str(url)).render_as_string(hide_password=True) if url else "?"
    if "file is not a database" in detail or "malformed" in detail:
        return (f"The database {safe_url} is damaged or is not a workstation database "
                f"({detail}). Nothing was changed.")
    if "unable to open" in detail:
        return f"The database {safe_url} cannot be opened ({detail}). Check the path and permissions."
    if "readonly" in detail or "read-only" in detail:
        return f"The database {safe_url} is read-only ({detail})."
    return f"The database {safe_url} cannot be used: {detail}"
