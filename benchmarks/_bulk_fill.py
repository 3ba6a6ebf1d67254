"""Fill PostgreSQL with the demo generator's rows through COPY, fast enough for 1,000,000 lines.

`demo.generate` writes its batches with `session.execute(insert(model), rows)`, which on
PostgreSQL runs about 10,000 orders a minute. `bulk_generate` hands it a database whose
write sessions turn exactly those batch inserts into `COPY ... FROM STDIN` on the same
connection and transaction, so the rows are the generator's own (same seed, same values)
and only the loading differs. Everything else (`scalar` for the next ids) goes to the
real session. Afterwards the id sequences are moved past the copied ids and the tables
analysed, as a real database would be after a large import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Table, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import Insert

SERIAL_TABLES = ("provider_orders", "order_lines", "line_status_history")
FILLED_TABLES = ("orders", *SERIAL_TABLES)


def _missing_value(table: Table, key: str) -> tuple[bool, Any]:
    """A Python-side default for a column the generator leaves out (server defaults are left alone)."""
    default = table.c[key].default
    if default is None:
        return False, None
    if default.is_scalar:
        return True, default.arg
    if default.is_callable:
        return True, default.arg(None)
    return False, None


class _CopySession:
    """A session whose `execute(insert(model), rows)` is a COPY; the rest goes to the real one."""

    def __init__(self, session: Session):
        self._session = session

    def __getattr__(self, name: str) -> Any:
        return getattr(self._session, name)

    def execute(self, statement: Any, params: Any = None, **kw: Any) -> Any:
        if not (isinstance(statement, Insert) and isinstance(params, list) and params):
            return self._session.execute(statement, params, **kw)
        table = statement.table
        assert isinstance(table, Table)
        keys = list(params[0])
        extra: dict[str, Any] = {}
        for column in table.columns:
            if column.key not in params[0]:
                has, value = _missing_value(table, column.key)
                if has:
                    extra[column.key] = value
        names = ", ".join(table.c[k].name for k in [*keys, *extra])
        raw = self._session.connection().connection.driver_connection
        assert raw is not None
        with raw.cursor() as cursor, cursor.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
            tail = tuple(extra.values())
            for row in params:
                copy.write_row((*(row[k] for k in keys), *tail))
        return None


class CopyDatabase:
    """Wraps a PostgreSQL `Database` for `demo.generate`: its writes are COPY."""

    def __init__(self, db: Any):
        if db.dialect != "postgresql":
            raise ValueError("COPY loading is for PostgreSQL")
        self._db = db

    def __getattr__(self, name: str) -> Any:
        return getattr(self._db, name)

    @contextmanager
    def write(self) -> Iterator[_CopySession]:
        with self._db.write() as session:
            yield _CopySession(session)


def bulk_generate(db: Any, orders: int, *, max_lines: int = 5,
                  progress: Callable[[int], None] | None = None) -> Any:
    """`demo.generate` loaded through COPY; then sequences moved on and tables analysed."""
    from workstation.services import demo

    summary = demo.generate(CopyDatabase(db), orders=orders, max_lines=max_lines,  # type: ignore[arg-type]
                            progress=progress)
    with db.write() as s:
        for table in SERIAL_TABLES:
            s.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                           f"(SELECT coalesce(max(id), 1) FROM {table}))"))
    raw_engine = db.engine if hasattr(db, "engine") else None
    if raw_engine is not None:
        with raw_engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            for table in FILLED_TABLES:
                conn.execute(text(f"VACUUM ANALYZE {table}"))
    return summary
