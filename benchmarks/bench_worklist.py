"""The worklist at 1,000,000 order lines: filter and sort to the first rows painted, p50/p99,
against a bare indexed SELECT of the same page in the same run.

    .venv/bin/python benchmarks/bench_worklist.py [--lines 1000000] [--samples 300]
        [--keep /path/bench.sqlite3] [--seed 7]

Each sample picks a view (or a status), a sort column and direction and sometimes a
provider, account, seller or age filter, sets it on the worklist model (as a click on a view,
a filter or a header does) and waits, in the Qt event loop, until the table's viewport has
painted the first rows: the page is read on the TaskRunner's worker, the rows come back
through the queued signal, and the paint is forced (`repaint`) the moment they are in. The
bare SELECT is `SELECT <the same columns> FROM order_lines WHERE status = ? ORDER BY
status_changed_at LIMIT 60` on the status-and-age index: what any first page of 60 rows costs.
The text search (no index serves a substring) is measured apart. `--keep` reuses an SQLite
file (filled by the demo generator on first use: about 3 minutes for 1,000,000 lines).
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from _common import rss_mb, table


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def summary(values: list[float]) -> str:
    return f"{statistics.median(values):.1f} / {percentile(values, 99):.1f} / {max(values):.1f} ms"


def main() -> None:  # one straight measurement
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=300)
    parser.add_argument("--keep", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, QTimer, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import func, select, text

    from workstation.config import Config
    from workstation.core import open_database
    from workstation.domain import statuses as st
    from workstation.runner.tasks import TaskRunner
    from workstation.services import demo
    from workstation.services.worklist import WorklistQuery, WorklistService
    from workstation.store.models import OrderLine
    from workstation.ui.panes.purchase.worklist import make_table
    from workstation.ui.panes.purchase.worklist_model import FIRST_PAGE, WorklistModel

    qInstallMessageHandler(lambda _m, _c, message: None if "does not support" in message else print(message))
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "bench.sqlite3"
        t0 = time.perf_counter()
        db = open_database(Config(Path(tmp), f"sqlite:///{path}"))
        opened = time.perf_counter() - t0
        with db.read() as s:
            have = s.scalar(select(func.count()).select_from(OrderLine)) or 0
        fill = 0.0
        if have < args.lines:
            t0 = time.perf_counter()
            demo.generate(db, orders=max(1, (args.lines - have) // 3), max_lines=5,
                          progress=lambda n: print(f"\r  filled {n} orders", end="", flush=True))
            fill = time.perf_counter() - t0
            print()
        with db.read() as s:
            total = s.scalar(select(func.count()).select_from(OrderLine)) or 0
            accounts = [a for a in s.scalars(select(OrderLine.account).distinct()) if a]
            sellers = list(s.scalars(select(OrderLine.seller_nick).distinct().limit(20)))

        service = WorklistService(db)
        runner = TaskRunner()
        model = WorklistModel(service, runner)
        view = make_table(model)  # the pane's own table
        view.resize(1240, 640)  # its size in a 1600x1000 window
        view.show()
        rng = random.Random(args.seed)
        sorts = ["age", "order", "price", "purch", "seller", "account", "status"]
        views = ["ready", "price", "sent_10", "unknown", "above_rule", "all"]

        def pick() -> WorklistQuery:
            q = WorklistQuery(view=rng.choice(views), sort=rng.choice(sorts), descending=rng.random() < 0.5)
            roll = rng.random()
            if roll < 0.15:
                q = q.with_(provider=rng.choice(["taobao", "1688"]))
            elif roll < 0.25:
                q = q.with_(account=rng.choice([*accounts, "-"]))
            elif roll < 0.35:
                q = q.with_(seller=rng.choice(sellers)[:2])
            elif roll < 0.45:
                q = q.with_(min_age_days=rng.choice([3, 7, 30]))
            elif roll < 0.55 and q.view == "all":
                q = q.with_(status=rng.choice([s.code for s in st.STATUSES]))
            return q

        def painted(q: WorklistQuery) -> float:
            """From setting the query to the first rows painted (or the empty list shown)."""
            loop = QEventLoop()
            done: list[float] = []

            def on_loaded(_rows: int, _more: bool) -> None:
                view.viewport().repaint()
                done.append(time.perf_counter())
                loop.quit()

            model.loaded.connect(on_loaded)
            QTimer.singleShot(30_000, loop.quit)
            start = time.perf_counter()
            model.set_query(q)
            loop.exec()
            model.loaded.disconnect(on_loaded)
            if model.total is None:  # let the count (read after the first page) finish apart
                counted = QEventLoop()
                model.counted.connect(counted.quit)
                QTimer.singleShot(30_000, counted.quit)
                counted.exec()
                model.counted.disconnect(counted.quit)
            return (done[0] - start) * 1000 if done else float("inf")

        columns = ", ".join(c.name for c in OrderLine.__table__.columns)
        bare_sql = text(f"SELECT {columns} FROM order_lines WHERE status = :s "
                        f"ORDER BY status_changed_at LIMIT {FIRST_PAGE}")

        def bare() -> float:
            start = time.perf_counter()
            with db.read() as s:
                s.execute(bare_sql, {"s": rng.choice([st.READY, st.SENT_BY_SELLER, st.PURCHASED])}).all()
            return (time.perf_counter() - start) * 1000

        for _ in range(10):  # warm the page cache, the pool and the threads
            painted(pick())
            bare()
        gui: list[float] = []
        calls: list[float] = []
        bares: list[float] = []
        worst: list[tuple[float, WorklistQuery]] = []
        for _ in range(args.samples):
            q = pick()
            ms = painted(q)
            gui.append(ms)
            worst.append((ms, q))
            start = time.perf_counter()
            service.page(q, 0, FIRST_PAGE)
            calls.append((time.perf_counter() - start) * 1000)
            bares.append(bare())
        search: list[float] = []
        for word in ("台灯", "backpack", "连衣裙", "zzqq", "ORD-0000012345", "demo"):
            for _ in range(3):
                search.append(painted(WorklistQuery(view="all", sort="order", text=word)))
        counts: list[float] = []
        for _ in range(5):
            start = time.perf_counter()
            service.view_counts()
            counts.append((time.perf_counter() - start) * 1000)
        runner.shutdown()
        size = path.stat().st_size / 2**20
        p99_gui, p99_bare = percentile(gui, 99), percentile(bares, 99)
        rows = [
            ("database", f"SQLite ({size:.0f} MiB), opened and upgraded in {opened:.1f} s"),
            ("order lines", f"{total:,}" + (f" (filled in {fill:.0f} s)" if fill else " (reused)")),
            ("samples", f"{len(gui)} (views x sorts x filters, seed {args.seed})"),
            ("filter/sort to first rows painted, p50 / p99 / max", summary(gui)),
            (f"  the service call alone (first page, {FIRST_PAGE} rows), p50 / p99 / max", summary(calls)),
            (f"bare indexed SELECT of {FIRST_PAGE} rows, p50 / p99 / max", summary(bares)),
            ("ratio p99 painted / p99 bare SELECT", f"{p99_gui / p99_bare:.1f}x"),
            ("ratio p50 painted / p50 bare SELECT", f"{statistics.median(gui) / statistics.median(bares):.1f}x"),
            ("text search to first rows painted, p50 / p99 / max", summary(search)),
            ("counts of the six views, p50 / max", f"{statistics.median(counts):.0f} / {max(counts):.0f} ms"),
            ("resident memory", f"{rss_mb():.0f} MiB"),
        ]
        kinds: dict[str, list[float]] = {}
        for ms, q in worst:
            kind = next((k for k in ("provider", "account", "seller", "min_age_days", "status") if getattr(q, k)),
                        "view and sort only")
            kinds.setdefault(kind, []).append(ms)
        for kind, values in sorted(kinds.items()):
            share = sum(1 for v in values if v >= 100) / len(values)
            rows.append((f"  with {kind}: p50 / p99 / max (n={len(values)}, {share:.0%} over 100 ms)",
                         summary(values)))
        print(table(rows))
        print("slowest samples:")
        for ms, q in sorted(worst, key=lambda w: w[0], reverse=True)[:5]:
            print(f"  {ms:7.1f} ms  {q}")
        db.dispose()
        del app


if __name__ == "__main__":
    main()
