"""OT mode: scan-to-rows on a mirror of about 100,000 lines against the same figure on a local
database of the same lines, in the same run (target: the mirror within 2x of the local one).

    .venv/bin/python benchmarks/bench_otmode_scan.py [--lines 100000] [--scans 2000] [--keep DIR]

The local database is the served data directory's own (a copy: the scans' journal rows stay out
of it), the mirror is filled from it by `Mirror.refresh()` over a real `workstation-cli otapi serve`
(or reused from `--keep DIR`, as bench_otmode_mirror.py leaves it). Each code is scanned with
`ScanService.scan(code, source=WEDGE, actor=...)`, as the scan router calls it (the lookup, the
verdict and the journal row committed: on SQLite synchronous=FULL, an fsync), on both databases
in turn, the order alternating per code; a bare indexed SELECT of the waybill on the mirror is
timed beside them for scale. One code in ten matches nothing. The platform is never asked: in OT
mode a scan reads only the mirror (an unknown code is looked for on the platform afterwards,
off the GUI thread).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from _common import rss_mb, table
from _otmode import Link, fill_server, open_mirror, serve


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--scans", type=int, default=2000)
    parser.add_argument("--keep", type=Path, default=None)
    args = parser.parse_args()

    from sqlalchemy import func, select

    from workstation.config import Config, load_config
    from workstation.core import open_database, sqlite_path
    from workstation.services.audit import Actor
    from workstation.services.orders import OrderService
    from workstation.services.otmode.mirror import Mirror
    from workstation.services.warehouse.scanning import WEDGE, ScanService
    from workstation.store.models import OrderLine

    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        lines = fill_server(root / "server", args.lines)
        mirror_path = root / "mirror.sqlite3"
        mirror_db = open_mirror(mirror_path)
        with mirror_db.read() as s:
            mirrored = s.scalar(select(func.count()).select_from(OrderLine)) or 0
        fill = ""
        if mirrored < lines:
            served = serve(root / "server")
            try:
                t0 = time.perf_counter()
                Mirror(mirror_db, Link(served)).refresh()
                fill = f" (filled now in {time.perf_counter() - t0:.1f} s)"
            finally:
                served.stop()
            with mirror_db.read() as s:
                mirrored = s.scalar(select(func.count()).select_from(OrderLine)) or 0
        local_path = root / "local.sqlite3"
        if not local_path.exists():
            source_path = sqlite_path(load_config(str(root / "server"), None).db_url)
            source, target = sqlite3.connect(source_path), sqlite3.connect(local_path)
            try:
                source.backup(target)
            finally:
                target.close()
                source.close()
        local_db = open_database(Config(root, f"sqlite:///{local_path}"))

        rng = random.Random(11)
        with local_db.read() as s:
            waybills = list(s.scalars(select(OrderLine.vend_purch_waybill).where(
                OrderLine.vend_purch_waybill.is_not(None)).order_by(OrderLine.id)))
        codes = [f"ZZ{rng.randrange(10**13):013d}" if n % 10 == 9 else rng.choice(waybills)
                 for n in range(args.scans)]
        actor = Actor("bench", "bench")
        scanners = {"local": ScanService(local_db, OrderService(local_db)),
                    "mirror": ScanService(mirror_db, OrderService(mirror_db))}

        def bare(code: str) -> None:
            with mirror_db.engine.connect() as conn:
                conn.exec_driver_sql("SELECT id, order_id, qty, status FROM order_lines WHERE vend_purch_waybill = ?",
                                     (code,)).all()

        for code in codes[:30]:  # warm caches and pools
            for scans in scanners.values():
                scans.scan(code, source=WEDGE, actor=actor)
            bare(code)
        times: dict[str, list[float]] = {"local": [], "mirror": [], "bare": []}
        found = {"local": 0, "mirror": 0}
        for n, code in enumerate(codes):
            order = ("local", "mirror") if n % 2 == 0 else ("mirror", "local")
            for name in order:
                t0 = time.perf_counter()
                result = scanners[name].scan(code, source=WEDGE, actor=actor)
                times[name].append((time.perf_counter() - t0) * 1000)
                found[name] += bool(result.lookup.lines)
            t0 = time.perf_counter()
            bare(code)
            times["bare"].append((time.perf_counter() - t0) * 1000)
        assert found["local"] == found["mirror"], found
        l50, l99 = percentile(times["local"], 50), percentile(times["local"], 99)
        m50, m99 = percentile(times["mirror"], 50), percentile(times["mirror"], 99)
        b50, b99 = percentile(times["bare"], 50), percentile(times["bare"], 99)
        rows = [
            ("local database", f"{lines:,} lines ({local_path.stat().st_size / 2**20:.0f} MiB)"),
            ("mirror", f"{mirrored:,} lines ({mirror_path.stat().st_size / 2**20:.0f} MiB){fill}"),
            ("scans", f"{len(codes)} ({sum(c.startswith('ZZ') for c in codes)} unknown), "
                      f"{found['mirror']} found on both"),
            ("scan service, local database", f"p50 {l50:.3f} ms, p99 {l99:.3f} ms"),
            ("scan service, OT mirror", f"p50 {m50:.3f} ms ({m50 / l50:.2f}x), p99 {m99:.3f} ms ({m99 / l99:.2f}x)"),
            ("bare indexed SELECT on the mirror", f"p50 {b50:.3f} ms, p99 {b99:.3f} ms"),
            ("resident memory", f"{rss_mb():.0f} MiB"),
        ]
        print(table(rows))
        local_db.dispose()
        mirror_db.dispose()


if __name__ == "__main__":
    main()
