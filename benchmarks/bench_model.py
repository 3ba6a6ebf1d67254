"""The "By goods" list with 100,000 order lines: time to first paint and memory.

    .venv/bin/python benchmarks/bench_model.py [--lines 100000] [--runs 5]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from _common import median, rss_mb, table


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from workstation.config import Config
    from workstation.core import open_database
    from workstation.runner.tasks import TaskRunner
    from workstation.services import demo
    from workstation.services.orders import LineFilter, OrderFilter, OrderService
    from workstation.ui.panes.orders.model import GOODS_COLUMNS, ORDER_COLUMNS
    from workstation.ui.table import PagedTableModel
    from workstation.ui.views import make_table

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Config(Path(tmp), f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"))
        t0 = time.perf_counter()
        orders = max(1, args.lines // 3)
        summary = demo.generate(db, orders=orders, max_lines=5)
        fill = time.perf_counter() - t0
        service = OrderService(db)
        runner = TaskRunner()
        results: dict[str, list[float]] = {"goods": [], "orders": [], "scroll": []}
        memory_before = rss_mb()
        for _ in range(args.runs):
            for key, columns, count, fetch, query in (
                ("goods", GOODS_COLUMNS, service.count_lines, service.list_lines, LineFilter()),
                ("orders", ORDER_COLUMNS, service.count_orders, service.list_orders, OrderFilter()),
            ):
                model = PagedTableModel(columns, runner, count, fetch)
                view = make_table(model, two_line=key == "goods")
                view.resize(1400, 800)
                view.show()
                start = time.perf_counter()
                model.set_query(query)
                while model.rowCount() == 0:
                    app.processEvents()
                view.repaint()
                results[key].append(time.perf_counter() - start)
                if key == "goods":
                    start = time.perf_counter()
                    view.scrollToBottom()
                    while model.rowCount() <= 200:
                        app.processEvents()
                    view.repaint()
                    results["scroll"].append(time.perf_counter() - start)
                view.close()
                view.deleteLater()
        memory_after = rss_mb()
        runner.shutdown()
        db.dispose()
    print(table([
        ("order lines in the database", f"{summary.lines:,} ({orders:,} orders; filled in {fill:.1f} s)"),
        (f"By goods: query to first paint, median of {args.runs}", f"{median(results['goods']) * 1000:.0f} ms"),
        ("By goods: next page on scroll, median", f"{median(results['scroll']) * 1000:.0f} ms"),
        (f"By orders: query to first paint, median of {args.runs}", f"{median(results['orders']) * 1000:.0f} ms"),
        ("resident memory after the runs", f"{memory_after:.0f} MiB (+{memory_after - memory_before:.0f} MiB)"),
    ]))


if __name__ == "__main__":
    main()
