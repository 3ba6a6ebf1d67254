"""Scan-to-rows latency in the window: from the scanner's Enter key to the receiving rows painted.

    .venv/bin/python benchmarks/bench_scan_to_rows.py [--lines 100000 | --orders 33333] [--scans 200]
        [--keep /path/bench.sqlite3]

Fills SQLite with the demo generator (about 3 lines per order: `--lines 1000000` asks for
333,333 orders; `--keep` reuses a filled file, e.g. the one bench_scan_lookup.py left), builds the Warehouse pane in a main window with the real wedge scanner
on the application, the real ScanRouter and TaskRunner (lookups on worker threads),
then types each code as a scanner does (key events 4 ms apart, then Enter) and times
the Enter key to the first paint of the table showing that code's rows. One code in
ten matches nothing (the slowest lookup, plus the unmatched record). Every scan's journal
row is written and committed by the scan service before the outcome reaches the pane, so
the figure includes it.
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=33_333)
    parser.add_argument("--lines", type=int, default=0, help="order lines wanted (overrides --orders)")
    parser.add_argument("--scans", type=int, default=200)
    parser.add_argument("--keep", type=Path, default=None)
    args = parser.parse_args()
    if args.lines:
        args.orders = max(1, args.lines // 3)  # the generator makes 1..5 lines per order, 3 on average

    from PySide6.QtCore import QEvent, QObject, Qt, qInstallMessageHandler
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QMainWindow
    from sqlalchemy import func, select

    from workstation.config import Config
    from workstation.core import open_database
    from workstation.runner.tasks import TaskRunner
    from workstation.scanner.wedge import WedgeScanner
    from workstation.services import demo
    from workstation.services.audit import Actor
    from workstation.services.orders import OrderService
    from workstation.services.warehouse import ParcelService, ReceivingService
    from workstation.store.models import OrderLine
    from workstation.ui.panes.warehouse.pane import WarehousePane
    from workstation.ui.scan_router import ScanRouter

    def quiet(_mode: object, _context: object, message: str) -> None:
        if "does not support" not in message:  # the offscreen plugin's notes are noise here
            print(message)

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "bench.sqlite3"
        db = open_database(Config(Path(tmp), f"sqlite:///{path}"))
        with db.read() as s:
            have = s.scalar(select(func.count()).select_from(OrderLine)) or 0
        fill = 0.0
        if have == 0:
            t0 = time.perf_counter()
            demo.generate(db, orders=args.orders, max_lines=5,
                          progress=lambda n: print(f"\r  filled {n} orders", end="", flush=True))
            fill = time.perf_counter() - t0
            print()
        rng = random.Random(7)
        with db.read() as s:
            lines = s.scalar(select(func.count()).select_from(OrderLine)) or 0
            waybills = list(s.scalars(select(OrderLine.vend_purch_waybill).where(
                OrderLine.vend_purch_waybill.is_not(None)).distinct()))
        codes = [f"ZZ{n:013d}" if n % 10 == 9 else rng.choice(waybills) for n in range(args.scans)]

        orders, receiving = OrderService(db), ReceivingService(db)
        runner = TaskRunner()
        router = ScanRouter(orders, receiving, runner, actor=Actor("bench", "bench"))
        wedge = WedgeScanner(platform="xcb")
        router.attach(wedge)
        pane = WarehousePane(orders, receiving, ParcelService(db), runner, router, use_multimedia=False,
                             sound_enabled=False)
        window = QMainWindow()
        window.setCentralWidget(pane)
        window.resize(1400, 860)
        window.show()
        wedge.install(app)
        app.processEvents()

        state = {"waiting": 0, "shown_at": 0.0, "painted_at": 0.0}

        class PaintProbe(QObject):
            def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
                if event.type() == QEvent.Type.Paint and state["shown_at"] and not state["painted_at"]:
                    state["painted_at"] = time.perf_counter()
                return False

        probe = PaintProbe()
        pane.receiving.table.viewport().installEventFilter(probe)
        pane.banner.installEventFilter(probe)  # an unknown code paints the banner, not rows

        def on_outcome(outcome: object) -> None:
            if getattr(outcome, "seq", 0) == state["waiting"]:
                state["shown_at"] = time.perf_counter()

        router.outcome.connect(on_outcome)  # after the pane's slot: the rows are set by now
        field = pane.code_field
        field.setFocus()
        stamp = 100_000
        latencies: list[float] = []
        kinds: dict[str, int] = {}
        # Duplicates within the scanner's window are suppressed by design; space scans out.
        for n, code in enumerate(codes):
            stamp += 2_000
            for ch in code:
                stamp += 4
                event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key(ord(ch.upper())), Qt.KeyboardModifier.NoModifier,
                                  0, 0, 0, ch)
                event.setTimestamp(stamp)
                QApplication.sendEvent(field, event)
            state.update(waiting=n + 1, shown_at=0.0, painted_at=0.0)
            stamp += 4
            enter = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, 0, 0, 0, "\r")
            enter.setTimestamp(stamp)
            t0 = time.perf_counter()
            QApplication.sendEvent(field, enter)
            deadline = t0 + 10
            while not state["painted_at"] and time.perf_counter() < deadline:
                app.processEvents()
                if state["shown_at"] and not state["painted_at"]:
                    window.repaint()  # offscreen paints on request: ask, as a screen would
                time.sleep(0.0002)
            latencies.append((state["painted_at"] or time.perf_counter()) - t0)
            kind = pane.banner.state
            kinds[kind] = kinds.get(kind, 0) + 1

        service: list[float] = []
        for code in codes:
            t0 = time.perf_counter()
            router.scans.scan(code, source="wedge", actor=router.actor)  # journal row committed
            service.append(time.perf_counter() - t0)

        wedge.uninstall(app)
        runner.shutdown(10_000)
        window.close()
        ms = [v * 1000 for v in latencies]
        sv = [v * 1000 for v in service]
        rows = [
            ("order lines in SQLite", f"{lines:,}"),
            ("fill time", f"{fill:.1f} s" if fill else "reused"),
            ("scans", f"{len(codes)} ({sum(1 for c in codes if c.startswith('ZZ'))} unknown)"),
            ("outcomes (banner)", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))),
            ("Enter to rows painted p50", f"{percentile(ms, 50):.1f} ms"),
            ("Enter to rows painted p99", f"{percentile(ms, 99):.1f} ms"),
            ("Enter to rows painted max", f"{max(ms):.1f} ms"),
            ("scan service (journal committed) p50 / p99", f"{percentile(sv, 50):.2f} / {percentile(sv, 99):.2f} ms"),
            ("resident memory", f"{rss_mb():.0f} MiB"),
        ]
        print(table(rows))
        db.dispose()


if __name__ == "__main__":
    main()
