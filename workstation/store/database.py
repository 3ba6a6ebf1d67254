"""Opening the database the way docs/reliability.md demands, and sessions for reading and writing.

SQLite: WAL, synchronous=FULL, busy_timeout, foreign keys, and every write transaction
started with BEGIN IMMEDIATE (reads use a deferred BEGIN so they never queue behind a
writer). PostgreSQL: plain transactions. The schema comes only from Alembic migrations.

Retry discipline (docs/reliability.md T16): on PostgreSQL a transaction aborted with SQLSTATE 40001
(serialization_failure) or 40P01 (deadlock_detected) surfaces from `Database.write()` as
`RetryableConflict`; `Database.transaction(fn)` reruns the whole of `fn` in a fresh
transaction, at most 3 attempts, with jittered back-off. Only pure database work goes in
`fn`: a network call inside it could be repeated. SQLite's "database is locked" is not
retried here: busy_timeout already waits for the other writer.
"""

from __future__ import annotations

import hashlib
import logging
import os
import random
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.engine.url import make_url
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
MIN_SQLITE = (3, 51, 3)  # below this, the WAL-reset bug (docs/reliability.md rule 12)
_WRITE = "workstation_write"
# PostgreSQL aborted the transaction so that it can simply be run again (T16)
RETRYABLE_SQLSTATES = frozenset({"40001", "40P01"})  # serialization_failure, deadlock_detected
TRANSACTION_ATTEMPTS = 3
RETRY_BASE_DELAY = 0.05  # seconds before the 2nd attempt; doubled for the 3rd; jittered
T = TypeVar("T")


class DatabaseProblem(Exception):
    """The database cannot be used as it is; the message says why and what to do."""


class RetryableConflict(DatabaseProblem):
    """PostgreSQL rolled the transaction back (serialization failure 40001 or deadlock 40P01).

    Nothing of it was committed; running the whole transaction again is safe and usually
    succeeds. `Database.transaction` does that; a caller of `Database.write` may, provided
    the block holds no side effect outside the database. `sqlstate` is the code.
    """

    def __init__(self, message: str, sqlstate: str):
        super().__init__(message)
        self.sqlstate = sqlstate


def _retryable_sqlstate(exc: BaseException) -> str | None:
    """40001/40P01 when `exc` (a SQLAlchemy DBAPIError) is such a PostgreSQL abort, else None."""
    if not isinstance(exc, DBAPIError):
        return None
    orig = exc.orig
    code = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    return code if code in RETRYABLE_SQLSTATES else None


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
    _check_sqlite_tables(path)


def _check_sqlite_tables(path: Path) -> None:
    """Look at an existing file read-only, before the engine's first connection switches it to
    WAL: another program's database, or a damaged one, stays byte for byte as it was."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise DatabaseProblem(f"The database file {path} cannot be opened ({exc}). Nothing was changed.") from exc
    try:
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise DatabaseProblem(
            f"The file {path} is damaged ({exc}): it cannot be read as a database. Nothing was changed. "
            "Restore a backup (workstation-cli restore FILE) or choose another with --db.") from exc
    finally:
        conn.close()
    foreign = sorted(tables - {"alembic_version"} - {t for t in tables if t.startswith("sqlite_")})
    if foreign and "alembic_version" not in tables:
        raise DatabaseProblem(
            f"The database {path} has tables but no workstation schema version "
            f"({', '.join(foreign[:5])}...): it belongs to another program. Nothing was changed.")


def create_db_engine(url: str, *, echo: bool = False) -> Engine:
    """An Engine configured per docs/reliability.md; raises DatabaseProblem for unusable files."""
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

    def listen_writes(self, event_name: str, fn: Callable[..., object]) -> None:
        """Register a SQLAlchemy session event (`after_flush`, `do_orm_execute`, `before_commit`,
        `after_commit`, `after_rollback`...) on every session `write()` and `transaction()` open;
        read sessions never write and get none. services/changes.py hooks its change records here."""
        event.listen(self._write, event_name, fn)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; closed (its transaction rolled back) at the end, leaving the
        loaded objects detached but readable. It must not write."""
        with self._read() as session:
            yield session

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        """A Core connection for queries that need no ORM (a scan's lookup): a deferred
        transaction, rolled back at the end. It saves the session's bookkeeping (about
        0.2 ms a call on SQLite). It must not write."""
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE on SQLite): committed, or rolled back on error.

        Not re-entrant: a second write inside the first on the same thread would wait for
        itself until the busy timeout, so it fails at once instead. The guard is per thread:
        another thread (an activity's lease heartbeat, say) opens its own transaction.

        On PostgreSQL a serialization failure or deadlock (in the block or at commit) raises
        `RetryableConflict`; the transaction is rolled back. Use `transaction()` to retry.
        """
        if getattr(self._local, "writing", False):
            raise RuntimeError("nested write transaction on one thread (it would deadlock)")
        self._local.writing = True
        try:
            with self._write() as session, session.begin():
                yield session
        except DBAPIError as exc:
            code = _retryable_sqlstate(exc)
            if code is None:
                raise
            what = "deadlock detected" if code == "40P01" else "serialization failure"
            raise RetryableConflict(
                f"The database rolled the transaction back ({what}, SQLSTATE {code}); "
                "nothing of it was saved, and it can be run again.", code) from exc
        finally:
            self._local.writing = False

    @contextmanager
    def claim(self, name: str) -> Iterator[bool]:
        """A claim on `name` across processes and stations for the length of the block; yields
        True when this caller holds it, False when someone else does (never waits).

        PostgreSQL: a session advisory lock (`pg_try_advisory_lock`) on a 64-bit key derived from
        the name, on a connection of its own, released at the end of the block, or by the server
        when that connection dies with its station. SQLite: always True; one file serialises
        its writers, so a check and the write that follows it are ordered already."""
        if self.dialect != "postgresql":
            yield True
            return
        key = int.from_bytes(hashlib.blake2b(name.encode(), digest_size=8).digest(), "big", signed=True)
        with self.engine.connect() as conn:
            got = bool(conn.exec_driver_sql("SELECT pg_try_advisory_lock(%(k)s)", {"k": key}).scalar())
            conn.rollback()  # a session lock outlives the transaction; keep no transaction open
            try:
                yield got
            finally:
                if got:
                    conn.exec_driver_sql("SELECT pg_advisory_unlock(%(k)s)", {"k": key})
                    conn.rollback()

    def transaction(self, fn: Callable[[Session], T], *,
                    attempts: int = TRANSACTION_ATTEMPTS) -> T:
        """Run `fn(session)` in one write transaction, commit, and return what it returned.

        When PostgreSQL aborts the transaction with 40001 or 40P01 (RetryableConflict), the
        whole of `fn` runs again in a new session and transaction, up to `attempts` times in
        all (default 3), sleeping a jittered, doubling back-off (about 50 ms, then 100 ms)
        between tries; the last RetryableConflict is raised when all fail. Any other
        exception propagates at once, rolled back. `fn` must therefore be pure database
        work, safe to run more than once: no network calls, no other side effects, no state
        kept between attempts; objects it loaded belong to the attempt's session. SQLite
        never raises these codes (a locked database waits up to busy_timeout in BEGIN
        IMMEDIATE and then fails as before). Not re-entrant on one thread, like `write()`.
        """
        if attempts < 1:
            raise ValueError("attempts must be at least 1")
        for attempt in range(1, attempts + 1):
            try:
                with self.write() as session:
                    return fn(session)
            except RetryableConflict as exc:
                if attempt >= attempts:
                    log.warning("transaction %s gave up after %d attempts (SQLSTATE %s)",
                                getattr(fn, "__qualname__", fn), attempt, exc.sqlstate)
                    raise
                delay = RETRY_BASE_DELAY * (2 ** (attempt - 1)) * random.uniform(0.5, 1.5)
                log.info("transaction %s: SQLSTATE %s on attempt %d, retrying in %.0f ms",
                         getattr(fn, "__qualname__", fn), exc.sqlstate, attempt, delay * 1000)
                time.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

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
