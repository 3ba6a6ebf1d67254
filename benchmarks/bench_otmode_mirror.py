"""OT mode: the mirror's first fill and its incremental refresh from a real `workstation-cli otapi
serve` over N demo orders (about 100,000 lines by default), each against a bare reference in the
same run: the very same calls (SearchOrders frames, SearchOrderLines by order ids, any
GetSalesOrderDetailsForOperator) made again on a bare client, the answers parsed (XML, the
hardened parser) and nothing written.

    .venv/bin/python benchmarks/bench_otmode_mirror.py [--lines 100000] [--changes 100]
        [--keep DIR] [--threads 4]

Phases, each followed by its reference (the calls it made, replayed):
- first fill: an empty mirror (its own SQLite file, migrated), `Mirror.refresh()`;
- incremental, nothing changed: every order listed, details of the open orders only;
- incremental after `--changes` waybills were set on the server (ChangeSalesOrderLinePurchaseInfoForOperator).

The ratio says what the mirror adds to the calls any mirror must make: mapping OT's structures
and writing the rows (batches of 200 orders, one transaction each). `--keep DIR` keeps the served
data directory (DIR/server) and the filled mirror (DIR/mirror.sqlite3) for bench_otmode_scan.py.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import uuid
from pathlib import Path

from _common import rss_mb, table
from _otmode import Link, fill_server, open_mirror, replay, serve


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--changes", type=int, default=100)
    parser.add_argument("--keep", type=Path, default=None)
    parser.add_argument("--threads", type=int, default=4, help="the server's worker threads")
    args = parser.parse_args()

    from sqlalchemy import func, select

    from workstation.domain import statuses as st
    from workstation.services.otmode.mirror import Mirror
    from workstation.store.models import Order, OrderLine

    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        lines = fill_server(root / "server", args.lines)
        mirror_path = root / "mirror.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(str(mirror_path) + suffix).unlink(missing_ok=True)
        served = serve(root / "server", args.threads)
        try:
            link = Link(served)
            db = open_mirror(mirror_path)
            mirror = Mirror(db, link)
            rows: list[tuple[str, str]] = [("server", f"{lines:,} lines; otapi serve --threads {args.threads}")]

            def phase(name: str, full: bool = False) -> None:
                link.calls.clear()
                t0 = time.perf_counter()
                result = mirror.refresh(full=full)
                took = time.perf_counter() - t0
                calls = list(link.calls)
                bare = replay(link, calls)
                rows.append((name, f"{took:.1f} s ({took / bare:.2f}x); reference {bare:.1f} s; {len(calls):,} calls; "
                                   f"{result.orders_listed:,} orders listed, {result.orders_read:,} read, "
                                   f"{result.lines_written:,} lines written, {result.lines_changed:,} changed"))
                if name.startswith("first"):
                    rows.append(("  first fill, per line", f"{took / max(result.lines_written, 1) * 1000:.2f} ms "
                                                           f"(reference {bare / max(result.lines_written, 1) * 1000:.2f} ms)"))

            phase("first fill")
            with db.read() as s:
                mirrored = s.scalar(select(func.count()).select_from(OrderLine)) or 0
                orders = s.scalar(select(func.count()).select_from(Order)) or 0
                open_orders = s.scalar(select(func.count(func.distinct(OrderLine.order_id))).where(
                    OrderLine.status.not_in([c.code for c in st.STATUSES if c.final]))) or 0
                bought = s.execute(select(OrderLine.order_id, OrderLine.id, OrderLine.vend_purch_id).where(
                    OrderLine.vend_purch_id.is_not(None), OrderLine.provider_order_id.is_(None),
                    OrderLine.status.in_((st.PURCHASED, st.SENT_BY_SELLER))).limit(args.changes)).all()
            rows.append(("mirror", f"{orders:,} orders, {mirrored:,} lines ({open_orders:,} orders open)"))
            phase("incremental, nothing changed")
            with link.bare_client() as client:
                for order_id, line_id, vendor in bought:
                    client.call("ChangeSalesOrderLinePurchaseInfoForOperator", {
                        "salesId": order_id, "salesLineId": str(line_id), "vendPurchId": vendor,
                        "vendPurchWaybill": "YT" + str(uuid.uuid4().int)[:12]})
            phase(f"incremental, {len(bought)} waybills changed")
            rows.append(("mirror file", f"{mirror_path.stat().st_size / 2**20:.0f} MiB"))
            rows.append(("resident memory", f"{rss_mb():.0f} MiB"))
            print(table(rows))
            db.dispose()
        finally:
            served.stop()


if __name__ == "__main__":
    main()
