"""`db copy` throughput: a station's SQLite database (demo data, --lines order lines) copied into
an empty PostgreSQL database, rows per second, against a bare reference in the same run: the
same order_lines rows read with sqlite3 and written with psycopg's executemany, no ORM types.

    WORKSTATION_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:55499/postgres \\
        .venv/bin/python benchmarks/bench_db_copy.py [--lines 100000] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

from _common import table


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    admin_url = os.environ.get("WORKSTATION_TEST_PG_URL")
    if not admin_url:
        raise SystemExit("set WORKSTATION_TEST_PG_URL to a PostgreSQL server (e.g. .ci/pg-start)")

    import psycopg
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine.url import make_url

    from workstation.config import Config
    from workstation.core import open_database
    from workstation.services import demo
    from workstation.store.copy import copy_database
    from workstation.store.database import Database, create_db_engine

    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    names = [f"ws_bench_{uuid.uuid4().hex[:10]}" for _ in range(2)]
    with admin.connect() as conn:
        for name in names:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "workstation.sqlite3"
            source = open_database(Config(Path(tmp), f"sqlite:///{path}"))
            demo.generate(source, orders=max(1, args.lines // 3), max_lines=5)
            target_url = make_url(admin_url).set(database=names[0]).render_as_string(hide_password=False)
            target = Database(create_db_engine(target_url))
            marks: dict[str, float] = {}

            def progress(name: str, done: int, total: int) -> None:
                if name == "order_lines" and done == 0:
                    marks["start"] = time.perf_counter()
                if name == "order_lines" and done == total:
                    marks["end"] = time.perf_counter()

            t0 = time.perf_counter()
            report = copy_database(source, target, progress=progress)
            copy_s = time.perf_counter() - t0
            lines_s = marks["end"] - marks["start"]
            lines = report.counts["order_lines"]
            source.dispose()
            target.dispose()

            # the reference: order_lines only, raw drivers, one executemany per 5,000 rows
            bare_url = make_url(admin_url).set(database=names[1])
            bare_target = Database(create_db_engine(bare_url.render_as_string(hide_password=False)))
            from workstation.store.migrate import upgrade

            upgrade(bare_target)
            bare_target.dispose()
            conn_s = sqlite3.connect(path)
            cols = [r[1] for r in conn_s.execute("PRAGMA table_info(order_lines)")]
            from sqlalchemy import Boolean

            from workstation.store.models import OrderLine

            flags = {c.name for c in OrderLine.__table__.columns if isinstance(c.type, Boolean)}
            plain = bare_url.set(drivername="postgresql").render_as_string(hide_password=False)
            with psycopg.connect(plain) as pg, pg.cursor() as cur:
                cur.execute("SET session_replication_role = replica")  # no FK checks: the bare minimum
                t0 = time.perf_counter()
                rows = conn_s.execute(f"SELECT {', '.join(cols)} FROM order_lines ORDER BY id")
                placeholders = ", ".join(["%s::boolean" if c in flags else "%s" for c in cols])
                while batch := rows.fetchmany(5000):
                    batch = [tuple(bool(v) if c in flags and v is not None else v for c, v in zip(cols, row, strict=True))
                             for row in batch]
                    cur.executemany(f"INSERT INTO order_lines ({', '.join(cols)}) VALUES ({placeholders})", batch)
                pg.commit()
                bare_s = time.perf_counter() - t0
            conn_s.close()
    finally:
        with admin.connect() as conn:
            for name in names:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    figures = {"rows_copied": report.rows, "order_lines": lines, "tables": report.tables,
               "copy_seconds": round(copy_s, 1), "rows_per_second": round(report.rows / copy_s),
               "order_lines_seconds": round(lines_s, 1), "lines_per_second": round(lines / lines_s),
               "bare_order_lines_seconds": round(bare_s, 1), "bare_lines_per_second": round(lines / bare_s),
               "ratio_order_lines": round(lines_s / bare_s, 1)}
    print(json.dumps(figures) if args.json else table([(k, str(v)) for k, v in figures.items()]))


if __name__ == "__main__":
    main()
