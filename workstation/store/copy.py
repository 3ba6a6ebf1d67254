"""Growing from one PC: copy a station's database (SQLite) into an empty PostgreSQL database.

The target gets its schema from the migrations (never from the source's DDL), then every table
in foreign-key order, in batches of rows in primary-key order, each batch its own transaction
(through the models' column types: money stays exact, times stay UTC). Afterwards the
PostgreSQL sequences are moved past the copied ids and every table's count is compared.

Interrupting it and running it again is safe: a table whose count already matches is skipped;
the first one that does not is emptied, with the tables after it, and copied again. A target
with more rows than the source in any table is not a copy of this database and is refused.
Stop the stations that write to the source while it runs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Table, func, select, text

from workstation.store.database import Database, DatabaseProblem
from workstation.store.migrate import upgrade
from workstation.store.models import Base

BATCH = 5000
Progress = Callable[[str, int, int], None]  # table, rows copied so far, rows in the table


@dataclass(frozen=True)
class CopyReport:
    tables: int
    rows: int
    skipped: tuple[str, ...]  # tables already complete from an earlier run
    counts: dict[str, int]


def _count(db: Database, table: Table) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)


def copy_database(source: Database, target: Database, *, batch: int = BATCH,
                  progress: Progress | None = None) -> CopyReport:
    if target.dialect != "postgresql":
        raise DatabaseProblem("db copy writes into PostgreSQL (postgresql+psycopg://...); the source is this "
                              "station's database.")
    if source.engine.url == target.engine.url:
        raise DatabaseProblem("The source and the target are the same database.")
    upgrade(source)  # both at the same head before a row moves
    upgrade(target)
    tables = [t for t in Base.metadata.sorted_tables]
    source_counts = {t.name: _count(source, t) for t in tables}
    target_counts = {t.name: _count(target, t) for t in tables}
    larger = [t for t in source_counts if target_counts[t] > source_counts[t]]
    if larger:
        raise DatabaseProblem(
            f"The target already holds more rows than this database in {', '.join(larger[:3])}: it is not an "
            "empty database nor an interrupted copy of this one. Nothing was copied; use an empty database.")
    first_incomplete = next((i for i, t in enumerate(tables) if target_counts[t.name] != source_counts[t.name]),
                            len(tables))
    skipped = tuple(t.name for t in tables[:first_incomplete])
    # Empty the incomplete table and everything after it, children first (foreign keys).
    with target.engine.begin() as conn:
        for table in reversed(tables[first_incomplete:]):
            if target_counts[table.name]:
                conn.execute(table.delete())
    copied = 0
    for table in tables[first_incomplete:]:
        total = source_counts[table.name]
        order = list(table.primary_key.columns) or list(table.columns)
        done = 0
        if progress:
            progress(table.name, 0, total)
        with source.engine.connect() as read:
            result = read.execution_options(yield_per=batch).execute(select(table).order_by(*order))
            for chunk in result.partitions(batch):
                rows = [dict(row._mapping) for row in chunk]
                with target.engine.begin() as write:
                    write.execute(table.insert(), rows)
                done += len(rows)
                copied += len(rows)
                if progress:
                    progress(table.name, done, total)
    _advance_sequences(target, tables)
    counts = {t.name: _count(target, t) for t in tables}
    wrong = {name: (source_counts[name], counts[name]) for name in counts if counts[name] != source_counts[name]}
    if wrong:
        name, (want, got) = next(iter(wrong.items()))
        raise DatabaseProblem(f"After the copy, {name} has {got} rows in the target and {want} in the source "
                              "(did a station write meanwhile?). Run the copy again with the stations stopped.")
    return CopyReport(len(tables), copied, skipped, counts)


def _advance_sequences(target: Database, tables: list[Table]) -> None:
    """Explicit ids went in: each serial sequence must hand out the next id after them."""
    with target.engine.begin() as conn:
        for table in tables:
            for column in table.primary_key.columns:
                try:
                    integer = column.type.python_type is int
                except NotImplementedError:
                    integer = False
                if not integer or column.autoincrement is False:
                    continue
                sequence = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                        {"t": table.name, "c": column.name}).scalar()
                if sequence:
                    conn.execute(text(f'SELECT setval(:s, COALESCE((SELECT MAX("{column.name}") FROM '
                                      f'"{table.name}"), 1), (SELECT MAX("{column.name}") FROM "{table.name}") '
                                      "IS NOT NULL)"), {"s": sequence})


__all__ = ["BATCH", "CopyReport", "copy_database"]
