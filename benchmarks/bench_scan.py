"""The scan service's cost against a bare indexed SELECT on the same database, as a ratio.

    .venv/bin/python benchmarks/bench_scan.py [--lines 1000000] [--scans 2000]
        [--keep /path/bench.sqlite3] [--db-url postgresql+psycopg://...]

For each scanned code, interleaved in one run so the machine's mood hits all alike:

- reference: the bare indexed SELECT a scan needs at the least, on the same engine's raw
  DBAPI connection: `SELECT id, order_id, qty, status FROM order_lines WHERE
  vend_purch_waybill = ?`;
- the same SELECT built once with SQLAlchemy and run in a read session (`Database.read`),
  the least any query through the project's store costs;
- lookup: `OrderService.lookup(code)`, one indexed query for every kind of code and every
  keyboard-layout reading, the lines with their receipts (`services/lookup.py`), in a read
  session; what `workstation-cli lookup` runs. No journal;
- scan service without the commit: the lookup, received so far, the verdict, the journal
  row and its lines, all in the one write transaction `scan` uses, rolled back instead of
  committed: everything but the commit's fsync;
- reference 2: the bare SELECT and one small INSERT committed in one raw transaction on a
  table of the same database (same WAL, same `synchronous=FULL` fsync): the floor of any
  scan that is on disk before the clerk sees it;
- lookup and journal in two transactions: the lookup in a read session, the journal in a
  write transaction of its own (the shape before; for comparison);
- scan service: `ScanService.scan(code)`, the journal row written and committed
  (SQLite synchronous=FULL: the commit is an fsync), what the clerk waits for.

Journalled figures are given against both references: the bare SELECT (the issue's ratio,
target at most 3x) and the bare SELECT + INSERT committed (what durability costs anyway).
Ratios are of medians (p50) and of p99s. One code in ten matches nothing (the same one query,
plus the unmatched record). `--keep` reuses a filled SQLite file (see bench_scan_lookup.py).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from _common import rss_mb, table


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


class _Rollback(Exception):  # control flow: leave the write transaction unkept
    pass


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--scans", type=int, default=2000)
    parser.add_argument("--keep", type=Path, default=None)
    parser.add_argument("--db-url", default="")
    args = parser.parse_args()

    from sqlalchemy import bindparam, func, select

    from workstation.config import Config
    from workstation.core import open_database
    from workstation.services import demo
    from workstation.services.audit import Actor
    from workstation.services.orders import OrderService
    from workstation.services.warehouse.scanning import NOT_FOUND, WEDGE, ScanResult, ScanService
    from workstation.store.models import OrderLine, ScanJournalEntry

    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "bench.sqlite3"
        url = args.db_url or f"sqlite:///{path}"
        db = open_database(Config(Path(tmp), url))
        with db.read() as s:
            have = s.scalar(select(func.count()).select_from(OrderLine)) or 0
        if have < args.lines:
            demo.generate(db, orders=max(1, (args.lines - have) // 3), max_lines=5,
                          progress=lambda n: print(f"\r  filled {n} orders", end="", flush=True))
            print()
        rng = random.Random(11)
        with db.read() as s:
            total = s.scalar(select(func.count()).select_from(OrderLine)) or 0
            top = s.scalar(select(func.max(OrderLine.id))) or 1
            ids = rng.sample(range(1, top + 1), min(top, 6000))
            waybills = [w for w in s.scalars(select(OrderLine.vend_purch_waybill).where(
                OrderLine.id.in_(ids), OrderLine.vend_purch_waybill.is_not(None)))]
            journal_before = s.scalar(select(func.count()).select_from(ScanJournalEntry)) or 0
        codes = [f"ZZ{rng.randrange(10**13):013d}" if n % 10 == 9 else rng.choice(waybills)
                 for n in range(args.scans)]
        orders = OrderService(db)
        scans = ScanService(db, orders)
        actor = Actor("bench", "bench")
        placeholder = "?" if db.dialect == "sqlite" else "%s"
        bare_sql = ("SELECT id, order_id, qty, status FROM order_lines "
                    f"WHERE vend_purch_waybill = {placeholder}")

        def bare(code: str) -> None:
            with db.engine.connect() as conn:
                conn.exec_driver_sql(bare_sql, (code,)).all()

        # The floor of a journalled scan: the bare SELECT and one small INSERT committed in one
        # raw transaction (BEGIN IMMEDIATE on SQLite), on a table of the same database, so the
        # same WAL and the same fsync of synchronous=FULL.
        with db.engine.begin() as conn:
            conn.exec_driver_sql("DROP TABLE IF EXISTS bench_bare_journal")
            conn.exec_driver_sql("CREATE TABLE bench_bare_journal (id INTEGER PRIMARY KEY, code VARCHAR(128), "
                                 "scanned_at VARCHAR(40), line_ids TEXT)")
        begin = "BEGIN IMMEDIATE" if db.dialect == "sqlite" else "BEGIN"
        bare_insert = ("INSERT INTO bench_bare_journal (id, code, scanned_at, line_ids) VALUES "
                       f"({placeholder}, {placeholder}, {placeholder}, {placeholder})")
        bare_ids = iter(range(1, 10**9))

        def bare_commit(code: str) -> None:
            with db.engine.connect() as conn:
                raw = conn.connection.dbapi_connection
                cur = raw.cursor()
                if db.dialect == "sqlite":
                    cur.execute(begin)
                found = cur.execute(bare_sql, (code,)).fetchall()
                cur.execute(bare_insert, (next(bare_ids), code, scans._clock().isoformat(),
                                          ",".join(str(r[0]) for r in found)))
                raw.commit()
                cur.close()

        def reads(code: str) -> None:
            """What `scan` does in its one transaction (lookup, verdict, journal rows), rolled
            back instead of committed."""
            try:
                with db.write() as s:
                    found = orders.find(s.connection(), code)
                    result = ScanResult(found.result.code, code, WEDGE, scans._clock(), NOT_FOUND, found.result)
                    scans._write(s, result, actor, found.receipts)  # the same statements
                    raise _Rollback
            except _Rollback:
                pass

        def two_transactions(code: str) -> None:
            """The lookup in a read session, then the journal in a write transaction of its own."""
            with db.read() as s:
                found = orders.find(s.connection(), code)
            result = ScanResult(found.result.code, code, WEDGE, scans._clock(), NOT_FOUND, found.result)
            with db.write() as s:
                scans._write(s, result, actor, found.receipts)

        def scan(code: str) -> None:
            scans.scan(code, source=WEDGE, actor=actor)

        core_sql = select(OrderLine.id, OrderLine.order_id, OrderLine.qty, OrderLine.status).where(
            OrderLine.vend_purch_waybill == bindparam("code"))

        def core(code: str) -> None:
            with db.read() as s:
                s.execute(core_sql, {"code": code}).all()

        runs = {"reference: bare indexed SELECT": bare, "the same SELECT in a session": core,
                "OrderService.lookup (lines + receipts, read session)": orders.lookup,
                "scan service without the commit (rolled back)": reads,
                "reference 2: bare SELECT + INSERT committed": bare_commit,
                "lookup and journal in two transactions": two_transactions,
                "scan service (journal committed)": scan}
        for fn in runs.values():  # warm caches and pools
            for code in codes[:30]:
                fn(code)
        times: dict[str, list[float]] = {name: [] for name in runs}
        for code in codes:
            for name, fn in runs.items():
                t0 = time.perf_counter()
                fn(code)
                times[name].append((time.perf_counter() - t0) * 1000)
        ref50 = percentile(times["reference: bare indexed SELECT"], 50)
        ref99 = percentile(times["reference: bare indexed SELECT"], 99)
        rows = [
            ("database", db.dialect + ("" if args.db_url else f" ({path.stat().st_size / 2**20:.0f} MiB)")),
            ("order lines", f"{total:,}"),
            ("journal rows before the run", f"{journal_before:,}"),
            ("scans", f"{len(codes)} ({sum(c.startswith('ZZ') for c in codes)} unknown), each timed {len(runs)} ways"),
        ]
        commit50 = percentile(times["reference 2: bare SELECT + INSERT committed"], 50)
        commit99 = percentile(times["reference 2: bare SELECT + INSERT committed"], 99)
        committed = ("reference 2: bare SELECT + INSERT committed", "lookup and journal in two transactions",
                     "scan service (journal committed)")
        for name, values in times.items():
            p50, p99 = percentile(values, 50), percentile(values, 99)
            text = f"p50 {p50:.3f} ms ({p50 / ref50:.1f}x), p99 {p99:.3f} ms ({p99 / ref99:.1f}x)"
            if name in committed:
                text += f"; against reference 2: p50 {p50 / commit50:.1f}x, p99 {p99 / commit99:.1f}x"
            rows.append((name, text))
        rows.append(("resident memory", f"{rss_mb():.0f} MiB"))
        print(table(rows))
        with db.engine.begin() as conn:
            conn.exec_driver_sql("DROP TABLE bench_bare_journal")
        db.dispose()


if __name__ == "__main__":
    main()
