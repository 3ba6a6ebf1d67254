"""Scan-to-lines latency: `OrderService.lookup(code)` with 1,000,000 order lines, p50 and p99.

    .venv/bin/python benchmarks/bench_scan_lookup.py [--lines 1000000] [--lookups 2000]
        [--db-url postgresql+psycopg://...] [--keep /path/bench.sqlite3] [--fill auto|demo|copy]

Codes are drawn from the filled database (waybills, marketplace order numbers, line
labels, order ids) plus codes that match nothing, which is the slowest path (every
classification is tried). `--keep` reuses (or leaves behind) an SQLite file so the
couple of minutes of filling are paid once. On PostgreSQL the demo generator's rows are
loaded with COPY (`_bulk_fill.py`: the same rows, only loaded faster), since its plain
batch inserts run about 10,000 orders a minute there; `--fill demo` forces the plain path.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from _bulk_fill import bulk_generate
from _common import rss_mb, table


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--lookups", type=int, default=2000)
    parser.add_argument("--db-url", default="")
    parser.add_argument("--keep", type=Path, default=None)
    parser.add_argument("--fill", choices=("auto", "demo", "copy"), default="auto")
    args = parser.parse_args()

    from sqlalchemy import func, select

    from workstation.config import Config
    from workstation.core import open_database
    from workstation.services import demo
    from workstation.services.orders import OrderService
    from workstation.store.models import OrderLine

    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "bench.sqlite3"
        url = args.db_url or f"sqlite:///{path}"
        db = open_database(Config(Path(tmp), url))
        with db.read() as s:
            have = s.scalar(select(func.count()).select_from(OrderLine)) or 0
        fill = 0.0
        use_copy = False
        if have < args.lines:
            t0 = time.perf_counter()
            # ~3 lines per order on average (1..5)
            use_copy = args.fill == "copy" or (args.fill == "auto" and db.dialect == "postgresql")
            fill_with = bulk_generate if use_copy else demo.generate
            fill_with(db, orders=max(1, (args.lines - have) // 3), max_lines=5,
                      progress=lambda n: print(f"\r  filled {n} orders", end="", flush=True))
            fill = time.perf_counter() - t0
            print()
        rng = random.Random(7)
        with db.read() as s:
            total = s.scalar(select(func.count()).select_from(OrderLine)) or 0
            top = s.scalar(select(func.max(OrderLine.id))) or 1
            sample_ids = rng.sample(range(1, top + 1), min(top, 4000))
            rows = s.execute(select(OrderLine.vend_purch_waybill, OrderLine.vend_purch_id,
                                    OrderLine.label, OrderLine.order_id)
                             .where(OrderLine.id.in_(sample_ids))).all()
        pools = {
            "waybill": [r[0] for r in rows if r[0]],
            "provider_order": [r[1] for r in rows if r[1]],
            "label": [r[2] for r in rows],
            "order": [r[3] for r in rows],
            "none": [f"SF9{rng.randrange(10**12):012d}" for _ in range(500)],
        }
        service = OrderService(db)
        for code in pools["waybill"][:50]:  # warm the page cache and the pool
            service.lookup(code)
        per_kind: dict[str, list[float]] = {k: [] for k in pools}
        found_kinds: dict[str, int] = {}
        for _ in range(args.lookups):
            kind = rng.choice(list(pools))
            code = rng.choice(pools[kind])
            t0 = time.perf_counter()
            result = service.lookup(code.lower() if kind == "waybill" else code)
            per_kind[kind].append((time.perf_counter() - t0) * 1000)
            found_kinds[result.kind] = found_kinds.get(result.kind, 0) + 1
        everything = [v for vs in per_kind.values() for v in vs]
        rows_out = [
            ("database", db.dialect + ("" if args.db_url else f" ({path.stat().st_size / 2**20:.0f} MiB)")),
            ("order lines", f"{total:,}"),
            ("fill time", (f"{fill:.0f} s" + (" (COPY)" if use_copy else "")) if fill else "reused"),
            ("lookups", f"{len(everything)} ({', '.join(f'{k} {n}' for k, n in sorted(found_kinds.items()))})"),
            ("all: p50 / p99 / max", f"{percentile(everything, 50):.2f} / {percentile(everything, 99):.2f}"
                                     f" / {max(everything):.2f} ms"),
        ]
        for kind, values in per_kind.items():
            if values:
                rows_out.append((f"{kind}: p50 / p99", f"{statistics.median(values):.2f} / "
                                 f"{percentile(values, 99):.2f} ms (n={len(values)})"))
        rows_out.append(("resident memory", f"{rss_mb():.0f} MiB"))
        print(table(rows_out))
        db.dispose()


if __name__ == "__main__":
    main()
