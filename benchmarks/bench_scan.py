"""The scan service's cost against a bare indexed SELECT on the same database, as a ratio.

    .venv/bin/python benchmarks/bench_scan.py [--lines 1000000] [--scans 2000]
        [--keep /path/bench.sqlite3] [--db-url postgresql+psycopg://...]

For each scanned waybill, interleaved in one run so the machine's mood hits all alike:

- reference: the bare indexed SELECT a scan needs at the least, on the same engine's raw
  DBAPI connection: `SELECT id, order_id, qty, status FROM order_lines WHERE
  vend_purch_waybill = ?`;
- the same SELECT built once with SQLAlchemy and run in a read session (`Database.read`),
  the least any query through the project's store costs;
- lookup: `OrderService.lookup(code)` (what the scan service calls);
- before: lookup + `ReceivingService.received_so_far`, what the scan router did before the
  scan service existed (two sessions, no journal): the "about 15x" of issue 14;
- scan service, reads: lookup + received so far + verdict, the same calls `scan` makes
  but with the transaction rolled back instead of committed (no journal row kept);
- scan service: `ScanService.scan(code)`, the journal row written and committed
  (SQLite synchronous=FULL: the commit is an fsync).

Ratios are of medians (p50) and of p99s. One code in ten matches nothing (four lookups,
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


class _Rollback(Exception):  # noqa: N818 - control flow: leave the write transaction unkept
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
    from workstation.services.warehouse import ReceivingService
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

        def reads(code: str) -> None:
            """What `scan` does, the journal insert included, rolled back instead of committed."""
            lookup = orders.lookup(code)
            result = ScanResult(lookup.code, code, WEDGE, scans._clock(), NOT_FOUND, lookup)  # noqa: SLF001
            try:
                with db.write() as s:
                    scans._write(s, result, actor)  # noqa: SLF001 - the same statements
                    raise _Rollback
            except _Rollback:
                pass

        def scan(code: str) -> None:
            scans.scan(code, source=WEDGE, actor=actor)

        core_sql = select(OrderLine.id, OrderLine.order_id, OrderLine.qty, OrderLine.status).where(
            OrderLine.vend_purch_waybill == bindparam("code"))

        def core(code: str) -> None:
            with db.read() as s:
                s.execute(core_sql, {"code": code}).all()

        receiving = ReceivingService(db)

        def before(code: str) -> None:
            """What the scan router did before the scan service: two sessions, no journal."""
            found = orders.lookup(code)
            receiving.received_so_far([li.id for li in found.lines])

        runs = {"reference: bare indexed SELECT": bare, "the same SELECT in a session": core,
                "OrderService.lookup": orders.lookup, "before: lookup + received so far": before,
                "scan service without the commit": reads, "scan service (journal committed)": scan}
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
        for name, values in times.items():
            p50, p99 = percentile(values, 50), percentile(values, 99)
            rows.append((name, f"p50 {p50:.3f} ms ({p50 / ref50:.1f}x), p99 {p99:.3f} ms ({p99 / ref99:.1f}x)"))
        rows.append(("resident memory", f"{rss_mb():.0f} MiB"))
        print(table(rows))
        db.dispose()


if __name__ == "__main__":
    main()
