"""Booking 300 lines and synchronising 5,000 marketplace orders against the sandbox on loopback.

    .venv/bin/python benchmarks/bench_engine.py [--lines 300] [--orders 5000]

Figures: wall time, time per line / per order, and database rows written per line / per order:
rows inserted (counted in the tables themselves, since SQLAlchemy batches many rows into one
INSERT) plus rows updated or deleted (one per UPDATE/DELETE statement or executemany row).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from _common import table
from sqlalchemy import event, insert

WRITES = ("INSERT", "UPDATE", "DELETE")


class WriteCounter:
    """Rows written since `reset()`: inserted rows from the tables' counts, plus updated and
    deleted rows from the statements."""

    def __init__(self, engine) -> None:  # type: ignore[no-untyped-def]
        self._engine = engine
        self._changed = 0
        self._before: dict[str, int] = {}
        event.listen(engine, "before_cursor_execute", self._on)

    def _on(self, conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith(WRITES[1:]):  # UPDATE, DELETE
            self._changed += len(parameters) if executemany else 1

    def _rows(self) -> dict[str, int]:
        from sqlalchemy import inspect, text

        with self._engine.connect() as conn:
            return {name: conn.execute(text(f'SELECT count(*) FROM "{name}"')).scalar() or 0
                    for name in inspect(conn).get_table_names()}

    def reset(self) -> None:
        self._before = self._rows()
        self._changed = 0

    @property
    def count(self) -> int:
        after = self._rows()
        return self._changed + sum(max(0, n - self._before.get(name, 0)) for name, n in after.items())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=300)
    parser.add_argument("--orders", type=int, default=5000)
    args = parser.parse_args()

    from tests.helpers.engine import ACCOUNT, make_world, plain_items
    from workstation.sandbox.market import LineRequest
    from workstation.store.models import OrderLine, ProviderOrder

    with tempfile.TemporaryDirectory() as tmp:
        gen = make_world(Path(tmp), f"sqlite:///{Path(tmp) / 'data' / 'workstation.sqlite3'}")
        world = next(gen)
        world.market.configure(booking_limit=100_000)
        core = world.core
        writes = WriteCounter(core.db.engine)

        # ---- booking: orders of 5 lines from the same seller, at the current prices
        items = plain_items("1688")
        orders = []
        for n in range(args.lines // 5):
            seller = items[n % len(items)].seller_id
            pool = [i for i in items if i.seller_id == seller]
            orders.append(world.add_order("1688", [(pool[k % len(pool)], k % 2, 1, None) for k in range(5)]))
        writes.reset()
        start = time.perf_counter()
        for oid in orders:
            info = core.purchase.run(core.purchase.start_booking(oid, ACCOUNT["1688"]))
            assert info.state == "finished", info.steps
        booking = time.perf_counter() - start
        booking_writes = writes.count
        lines = len(orders) * 5
        print(table([
            (f"booking {lines} lines ({len(orders)} orders, 1688, check after export on)", f"{booking:.1f} s"),
            ("  per line", f"{booking / lines * 1000:.0f} ms"),
            ("  database rows written per line", f"{booking_writes / lines:.1f}"),
        ]), flush=True)

        # ---- synchronisation: N paid orders on the sandbox, each bound to one local line
        pairs = [(i, k) for i in items for k in i.skus]
        for i, k in pairs:  # enough stock for every order
            world.market.goods.set_sku("1688", i.item_id, k.sku_id, stock=1_000_000)
        item = items[0]
        address = {"name": "王鑫磊奇跡", "mobile": "11147043234"}
        now = datetime.now(UTC)
        oid = world.add_order("1688", [(item, 0, 1, None)])
        base_line = world.lines(oid)[0]
        pos, line_rows = [], []
        for n in range(args.orders):
            item, sku = pairs[n % len(pairs)]
            quote = world.market.quote("1688", [LineRequest(item.item_id, sku.sku_id, 1)])
            made = world.market.create_orders("1688", ACCOUNT["1688"], quote, client_ref=f"SYNC{n:06d}",
                                              address=address)[0]
            pos.append({"id": 100_000 + n, "provider": "1688", "account": ACCOUNT["1688"],
                        "client_ref": f"SYNC{n:06d}", "external_id": made.order_id, "seller_id": item.seller_id,
                        "state": "created", "created_at": now, "activity_id": None, "error": "",
                        "seller_nick": "", "raw_status": "waitbuyerpay"})
            line_rows.append({"order_id": oid, "line_num": n + 2, "label": f"LNBENCH{n:08d}", "provider": "1688",
                              "item_id": item.item_id, "config_id": sku.sku_id, "order_item_id": item.item_id,
                              "order_sku_id": sku.sku_id, "title_orig": item.title, "qty": 1,
                              "price_cust": sku.price, "delivery_cust": Decimal("0.00"), "status": "booked",
                              "status_changed_at": now, "provider_order_id": 100_000 + n,
                              "vend_purch_id": made.order_id, "account": ACCOUNT["1688"], "version": 1,
                              "config_text": "", "config_text_orig": "", "title": "", "image_url": "",
                              "item_url": "", "seller_id": "", "seller_nick": "", "is_tmall": False,
                              "operator_comment": ""})
            world.market.pay(made.order_id, "1688")
        with core.db.write() as s:
            s.execute(insert(ProviderOrder), pos)
            s.execute(insert(OrderLine), line_rows)
        assert base_line.id
        world.market.advance(25)  # the sellers ship: waybills appear
        writes.reset()
        start = time.perf_counter()
        info = core.purchase.run(core.purchase.start_sync(ACCOUNT["1688"]))
        syncing = time.perf_counter() - start
        sync_writes = writes.count
        assert info.state == "finished", [s.message for s in info.errors]
        gen.close()  # stops the sandbox and closes the database

    print(table([
        (f"synchronising {args.orders:,} marketplace orders (paid and shipped)", f"{syncing:.1f} s"),
        ("  per order", f"{syncing / args.orders * 1000:.1f} ms"),
        ("  database rows written per order", f"{sync_writes / args.orders:.1f}"),
        ("  activity says", info.steps[-1].message if info.steps else ""),
    ]))


if __name__ == "__main__":
    main()
