"""What every write transaction changed, as one change record, for this process and the others.

`ChangeFeed.attach(db, station)` hooks the database's write sessions (`Database.listen_writes`):
every flush notes which kinds of rows it touched (orders, lines, activities, sessions, scans,
settings) and their ids, from the ORM's new, dirty and deleted objects and from bulk
insert/update/delete statements, so no service has to announce anything itself. Just before
commit the record is published inside the same transaction: on PostgreSQL
`SELECT pg_notify('workstation_changes', json)` (the server delivers it only if the transaction
commits), on SQLite a `change_log` row (migration 0011) that other processes read when
`PRAGMA data_version` moves. After the commit it is handed to this process's subscribers, on
the writer's thread. `services/change_listeners.py` brings in the other stations' records.

Threading: `subscribe` callbacks run on whichever thread committed (or the listener's thread);
they must be quick and thread-safe (the GUI's bridge only emits a queued Qt signal).
"""

from __future__ import annotations

import json
import logging
import threading
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, inspect, text
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import (
    BinaryExpression,
    BindParameter,
    BooleanClauseList,
    ColumnElement,
)

from workstation.store.database import Database
from workstation.store.models import ChangeLogEntry

log = logging.getLogger(__name__)

CHANNEL = "workstation_changes"
KINDS = ("orders", "lines", "activities", "sessions", "scans", "settings")
MAX_IDS = 200  # per kind in one record; more and the record says "some rows of that kind"
NOTIFY_LIMIT = 7_900  # bytes; PostgreSQL refuses a NOTIFY payload of 8000 or more
KEEP_LOG_ROWS = 5_000  # SQLite change_log rows kept; a reader this far behind refreshes everything
PRUNE_EVERY = 100  # this process's commits between two prunings of change_log

Ids = frozenset[Any] | None  # None: rows of that kind changed, which ones is not known

# table -> (kind, the column naming that kind's id, or None when it has no such column)
TABLE_KINDS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "orders": (("orders", "id"),),
    "order_lines": (("lines", "id"), ("orders", "order_id")),
    "line_status_history": (("lines", "line_id"),),
    "provider_orders": (("lines", None),),
    "receipts": (("lines", "line_id"), ("scans", None)),
    "parcels": (("orders", "order_id"),),
    "parcel_lines": (("lines", "line_id"),),
    "customer_transactions": (("orders", "order_id"),),
    "provider_sessions": (("sessions", "id"),),
    "activities": (("activities", "id"),),
    "activity_steps": (("activities", "activity_id"),),
    "activity_answers": (("activities", "activity_id"),),
    "alarms": (("activities", None),),  # notifications live in the Activities pane
    "provider_settings": (("settings", None),),
    "warehouse_addresses": (("settings", None),),
    "scan_journal": (("scans", "id"),),
    "scan_journal_lines": (("scans", "scan_id"),),
    "unmatched_scans": (("scans", "id"),),
    "unmatched_photos": (("scans", None),),
}
_PENDING = "workstation_changes"  # Session.info keys
_COMMITTING = "workstation_changes_commit"


@dataclass(frozen=True)
class ChangeRecord:
    """What one or more committed transactions changed: kind -> ids (None: which is not known)."""

    changes: Mapping[str, Ids]
    origin: str = ""  # the station that wrote it ("" when not known)
    source: str = ""  # the writing process's token; a process skips its own records from outside

    @classmethod
    def everything(cls, origin: str = "", source: str = "") -> ChangeRecord:
        """Anything may have changed (a listener reconnected, a reader fell behind)."""
        return cls(dict.fromkeys(KINDS), origin, source)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(self.changes)

    def touches(self, *kinds: str) -> bool:
        return any(kind in self.changes for kind in kinds)

    def ids(self, kind: str) -> Ids:
        """The ids of `kind` named (None: any may have changed); an empty set when untouched."""
        return self.changes.get(kind, frozenset())

    def names(self, kind: str, ids: Iterable[Any]) -> bool:
        """Does the record (possibly) change a row of `kind` with one of `ids`?"""
        if kind not in self.changes:
            return False
        named = self.changes[kind]
        return named is None or not named.isdisjoint(ids)

    def merged(self, other: ChangeRecord) -> ChangeRecord:
        out: dict[str, Ids] = dict(self.changes)
        for kind, ids in other.changes.items():
            if kind not in out:
                out[kind] = ids
                continue
            mine = out[kind]
            out[kind] = None if ids is None or mine is None else _capped(mine | ids)
        origin = self.origin if self.origin == other.origin else ""
        return ChangeRecord(out, origin, self.source if self.source == other.source else "")

    def to_json(self, limit: int | None = None) -> str:
        body = {"o": self.origin, "s": self.source,
                "c": {k: (None if v is None else sorted(v, key=str)) for k, v in self.changes.items()}}
        raw = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
        if limit is not None and len(raw.encode()) > limit:  # too many ids: say which kinds only
            body["c"] = dict.fromkeys(self.changes)
            raw = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
        return raw

    @classmethod
    def from_json(cls, raw: str) -> ChangeRecord:
        body = json.loads(raw)
        changes = {str(k): (None if v is None else frozenset(v)) for k, v in body.get("c", {}).items()
                   if k in KINDS}
        return cls(changes, str(body.get("o", "")), str(body.get("s", "")))


def _capped(ids: frozenset[Any]) -> Ids:
    return None if len(ids) > MAX_IDS else ids


@dataclass
class _Pending:
    """What one write session changed so far (Session.info)."""

    changes: dict[str, set[Any] | None] = field(default_factory=dict)

    def note(self, kind: str, value: Any) -> None:
        ids = self.changes.setdefault(kind, set())
        if ids is None:
            return
        if value is None:
            self.changes[kind] = None
        else:
            ids.add(value)
            if len(ids) > MAX_IDS:
                self.changes[kind] = None

    def record(self, origin: str, source: str) -> ChangeRecord | None:
        if not self.changes:
            return None
        return ChangeRecord({k: None if v is None else frozenset(v) for k, v in self.changes.items()},
                            origin, source)


class ChangeFeed:
    """Publishes each write transaction's change record and hands records to subscribers.

    One per Database (`attach` returns the one already there). `token` tells this process's
    records from other processes' on the same station."""

    def __init__(self, db: Database, station: str, token: str | None = None):
        self.db = db
        self.station = station
        self.token = token or uuid.uuid4().hex[:16]
        self._subscribers: list[Callable[[ChangeRecord], None]] = []
        self._lock = threading.Lock()
        self._commits = 0

    @classmethod
    def attach(cls, db: Database, station: str) -> ChangeFeed:
        existing = db.__dict__.get("_change_feed")
        if isinstance(existing, ChangeFeed):
            return existing
        feed = cls(db, station)
        db.listen_writes("after_flush", feed._on_after_flush)
        db.listen_writes("do_orm_execute", feed._on_execute)
        db.listen_writes("before_commit", feed._on_before_commit)
        db.listen_writes("after_commit", feed._on_after_commit)
        db.listen_writes("after_rollback", feed._on_after_rollback)
        db.__dict__["_change_feed"] = feed
        return feed

    # -- subscribers ----------------------------------------------------------------------

    def subscribe(self, fn: Callable[[ChangeRecord], None]) -> Callable[[], None]:
        """Call `fn(record)` for every record from now on; returns the function that stops it."""
        with self._lock:
            self._subscribers.append(fn)

        def unsubscribe() -> None:
            with self._lock:
                if fn in self._subscribers:
                    self._subscribers.remove(fn)

        return unsubscribe

    def deliver(self, record: ChangeRecord) -> None:
        """Hand a record to every subscriber (ours after commit, others' from a listener)."""
        with self._lock:
            subscribers = list(self._subscribers)
        for fn in subscribers:
            try:
                fn(record)
            except Exception:  # a subscriber's bug must not undo a committed write's caller
                log.exception("a change subscriber failed on %s", sorted(record.kinds))

    # -- session events (the writer's thread) ----------------------------------------------

    @staticmethod
    def _pending(session: Session) -> _Pending:
        pending = session.info.get(_PENDING)
        if pending is None:
            pending = session.info[_PENDING] = _Pending()
        return pending

    def _on_after_flush(self, session: Session, _context: Any) -> None:
        pending = self._pending(session)
        for obj in (*session.new, *session.dirty, *session.deleted):
            state = inspect(obj)
            table = getattr(state.mapper.local_table, "name", "")
            for kind, column in TABLE_KINDS.get(table, ()):
                # the loaded value only: touching an expired attribute would query mid-flush
                pending.note(kind, state.dict.get(column) if column else None)

    def _on_execute(self, state: Any) -> None:
        if not (state.is_insert or state.is_update or state.is_delete):
            return
        table = getattr(getattr(state.statement, "table", None), "name", "")
        kinds = TABLE_KINDS.get(table)
        if not kinds:
            return
        pending = self._pending(state.session)
        for kind, column in kinds:
            ids = _where_ids(state.statement, column) if column and not state.is_insert else None
            if ids is None:
                pending.note(kind, None)
            else:
                for value in ids:
                    pending.note(kind, value)

    def _on_before_commit(self, session: Session) -> None:
        session.flush()  # the last flush comes after this hook; its changes belong in the record
        pending = session.info.pop(_PENDING, None)
        record = pending.record(self.station, self.token) if pending else None
        if record is None:
            return
        if self.db.dialect == "postgresql":
            session.execute(text("SELECT pg_notify(:channel, :payload)"),
                            {"channel": CHANNEL, "payload": record.to_json(NOTIFY_LIMIT)})
        elif self.db.dialect == "sqlite":
            new_id = session.execute(insert(ChangeLogEntry).values(source=self.token, payload=record.to_json())
                                     .returning(ChangeLogEntry.id)).scalar_one()
            self._commits += 1
            if self._commits % PRUNE_EVERY == 0:
                session.execute(delete(ChangeLogEntry).where(ChangeLogEntry.id <= new_id - KEEP_LOG_ROWS))
        session.info[_COMMITTING] = record

    def _on_after_commit(self, session: Session) -> None:
        record = session.info.pop(_COMMITTING, None)
        if record is not None:
            self.deliver(record)

    @staticmethod
    def _on_after_rollback(session: Session) -> None:
        session.info.pop(_PENDING, None)
        session.info.pop(_COMMITTING, None)


def _where_ids(statement: Any, column: str) -> list[Any] | None:
    """The values `column` is restricted to by `WHERE column = x` or `column IN (...)` (alone or
    ANDed with other conditions); None when the statement does not say."""
    where = getattr(statement, "whereclause", None)
    if where is None:
        return None
    clauses = list(where.clauses) if isinstance(where, BooleanClauseList) and where.operator is operators.and_ \
        else [where]
    for clause in clauses:
        if not isinstance(clause, BinaryExpression) or getattr(clause.left, "key", None) != column:
            continue
        if not isinstance(clause.left, ColumnElement) or not isinstance(clause.right, BindParameter):
            continue
        value = clause.right.value
        if clause.operator is operators.eq and value is not None:
            return [value]
        if clause.operator is operators.in_op and isinstance(value, list | tuple):
            return list(value)
    return None
