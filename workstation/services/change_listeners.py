"""Bringing other processes' change records in: LISTEN on PostgreSQL, `PRAGMA data_version` on SQLite.

Both run on a background thread of their own (plain Python, no Qt) and hand what they receive
to `ChangeFeed.deliver`, skipping the records this process wrote (it delivered those itself
after commit). Nothing here ever blocks the caller: `start()` returns at once, `stop()` waits
at most `timeout` seconds for the thread.

- `PgListener`: a dedicated psycopg connection in autocommit mode doing `LISTEN
  workstation_changes`; a lost connection is opened again with a doubling back-off (up to 5 s),
  and since notifications sent meanwhile are gone, a reconnect delivers "everything changed".
- `SqliteWatcher`: a dedicated sqlite3 connection asks `PRAGMA data_version` every 0.3 s (it
  moves when any other connection commits, and costs no page read); when it moved, the
  `change_log` rows after the last one seen are read and delivered. A reader that fell behind
  the kept rows, or a thousand rows at once, gets "everything changed".
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path
from typing import Protocol

from sqlalchemy.engine import make_url

from workstation.services.changes import CHANNEL, ChangeFeed, ChangeRecord

log = logging.getLogger(__name__)

POLL_SECONDS = 0.3  # SQLite: how often data_version is asked
NOTIFY_WAIT_SECONDS = 0.5  # PostgreSQL: how long one wait for notifications lasts (stop() latency)
RECONNECT_MAX_SECONDS = 5.0
READ_BATCH = 1_000


class ChangeListener(Protocol):
    listening: threading.Event

    def start(self) -> None: ...

    def stop(self, timeout: float = 3.0) -> None: ...


class _Thread:
    """Start and stop of a daemon thread that runs `_run` until `_stop` is set."""

    name = "changes"

    def __init__(self, feed: ChangeFeed):
        self._feed = feed
        self._stop = threading.Event()
        self.listening = threading.Event()  # set while records from elsewhere can arrive
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 3.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self.listening.clear()

    def _run(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _take(self, payload: str) -> ChangeRecord | None:
        try:
            record = ChangeRecord.from_json(payload)
        except (ValueError, TypeError, AttributeError):
            log.warning("a change record that is not one was ignored: %.200r", payload)
            return None
        return None if record.source == self._feed.token else record


class PgListener(_Thread):
    name = "changes-listen"

    def __init__(self, feed: ChangeFeed, url: str):
        super().__init__(feed)
        # the SQLAlchemy URL (postgresql+psycopg://...) as a libpq connection string
        self._conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)

    def _run(self) -> None:
        import psycopg

        backoff, lost = 0.5, False
        while not self._stop.is_set():
            try:
                conn = psycopg.connect(self._conninfo, autocommit=True, connect_timeout=5)
            except psycopg.Error as exc:
                log.warning("changes: cannot listen on the database (%s); trying again in %.1f s",
                            str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__, backoff)
                lost = True
                self._stop.wait(backoff)
                backoff = min(backoff * 2, RECONNECT_MAX_SECONDS)
                continue
            try:
                conn.execute(f"LISTEN {CHANNEL}")
                self.listening.set()
                backoff = 0.5
                if lost:  # what other stations did meanwhile was announced to nobody
                    log.info("changes: listening again")
                    self._feed.deliver(ChangeRecord.everything())
                    lost = False
                while not self._stop.is_set():
                    for note in conn.notifies(timeout=NOTIFY_WAIT_SECONDS):
                        record = self._take(note.payload)
                        if record is not None:
                            self._feed.deliver(record)
            except psycopg.Error as exc:
                log.warning("changes: the listening connection was lost (%s)", type(exc).__name__)
                lost = True
            finally:
                self.listening.clear()
                conn.close()
            self._stop.wait(backoff)


class SqliteWatcher(_Thread):
    name = "changes-watch"

    def __init__(self, feed: ChangeFeed, path: Path, interval: float = POLL_SECONDS):
        super().__init__(feed)
        self._path = path
        self._interval = interval

    def _run(self) -> None:
        conn: sqlite3.Connection | None = None
        version, last_id = -1, -1
        while not self._stop.is_set():
            try:
                if conn is None:
                    conn = sqlite3.connect(str(self._path), timeout=10, isolation_level=None,
                                           check_same_thread=False)
                    version = conn.execute("PRAGMA data_version").fetchone()[0]
                    if last_id < 0:
                        last_id = conn.execute("SELECT coalesce(max(id), 0) FROM change_log").fetchone()[0]
                    self.listening.set()
                now = conn.execute("PRAGMA data_version").fetchone()[0]
                if now != version:
                    version = now
                    last_id = self._read_after(conn, last_id)
            except sqlite3.Error as exc:
                log.warning("changes: cannot read the database's changes (%s)", exc)
                self.listening.clear()
                if conn is not None:
                    conn.close()
                conn = None
            self._stop.wait(self._interval)
        if conn is not None:
            conn.close()

    def _read_after(self, conn: sqlite3.Connection, last_id: int) -> int:
        rows = conn.execute("SELECT id, source, payload FROM change_log WHERE id > ? ORDER BY id LIMIT ?",
                            (last_id, READ_BATCH)).fetchall()
        if not rows:
            return last_id
        fell_behind = (last_id > 0 and rows[0][0] > last_id + 1) or len(rows) >= READ_BATCH
        if fell_behind:
            self._feed.deliver(ChangeRecord.everything())
            return int(conn.execute("SELECT coalesce(max(id), 0) FROM change_log").fetchone()[0])
        merged: ChangeRecord | None = None
        for _id, source, payload in rows:
            if source == self._feed.token:
                continue
            record = self._take(payload)
            if record is not None:
                merged = record if merged is None else merged.merged(record)
        if merged is not None:
            self._feed.deliver(merged)
        return int(rows[-1][0])


def listener_for(feed: ChangeFeed) -> ChangeListener | None:
    """The listener that brings other processes' records to `feed`, not yet started; None for a
    database no other process can share (SQLite in memory)."""
    url = feed.db.engine.url
    if feed.db.dialect == "postgresql":
        return PgListener(feed, url.render_as_string(hide_password=False))
    if feed.db.dialect == "sqlite" and url.database and url.database != ":memory:":
        return SqliteWatcher(feed, Path(url.database))
    return None
