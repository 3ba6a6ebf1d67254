"""Measuring the GUI thread's responsiveness: a 10 ms timer records how late each tick comes,
while the activity runner books lines and synchronises orders on its workers."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import QObject, Qt, QTimer
from sqlalchemy import insert

from tests.helpers.engine import ACCOUNT, SECOND, World, plain_items

TICK_MS = 10


@dataclass
class Lateness:
    samples: list[float] = field(default_factory=list)  # ms late per tick

    def percentile(self, p: float) -> float:
        if not self.samples:
            return 0.0
        ordered = sorted(self.samples)
        return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))]

    @property
    def worst(self) -> float:
        return max(self.samples, default=0.0)


class LatenessProbe(QObject):
    """A precise 10 ms timer on the GUI thread; each tick records (gap - 10 ms)."""

    def __init__(self) -> None:
        super().__init__()
        self.result = Lateness()
        self._last = 0.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> Lateness:
        self._timer.stop()
        return self.result

    def _tick(self) -> None:
        now = time.perf_counter()
        self.result.samples.append(max(0.0, (now - self._last) * 1000 - TICK_MS))
        self._last = now


def booking_orders(world: World, lines: int, per_order: int = 5) -> list[str]:
    """Orders of `per_order` lines from one seller each, at today's prices (no questions)."""
    world.market.configure(booking_limit=100_000)
    items = plain_items("1688")
    orders = []
    for n in range(max(1, lines // per_order)):
        seller = items[n % len(items)].seller_id
        pool = [i for i in items if i.seller_id == seller]
        orders.append(world.add_order("1688", [(pool[k % len(pool)], k % 2 if len(pool[k % len(pool)].skus) > 1
                                                 else 0, 1, None) for k in range(per_order)]))
    return orders


def seed_sync_orders(world: World, count: int) -> None:
    """`count` paid, shipped marketplace orders of SECOND['1688'], each bound to a local line."""
    from workstation.sandbox.market import LineRequest
    from workstation.store.models import OrderLine, ProviderOrder

    items = plain_items("1688")
    pairs = [(i, k) for i in items for k in i.skus]
    for i, k in pairs:
        world.market.goods.set_sku("1688", i.item_id, k.sku_id, stock=1_000_000)
    account = SECOND["1688"]
    oid = world.add_order("1688", [(items[0], 0, 1, None)])
    now = datetime.now(UTC)
    address = {"name": "王鑫磊", "mobile": "11147043234"}
    pos, line_rows = [], []
    for n in range(count):
        item, sku = pairs[n % len(pairs)]
        quote = world.market.quote("1688", [LineRequest(item.item_id, sku.sku_id, 1)])
        made = world.market.create_orders("1688", account, quote, client_ref=f"GUI{n:06d}", address=address)[0]
        pos.append({"id": 200_000 + n, "provider": "1688", "account": account, "client_ref": f"GUI{n:06d}",
                    "external_id": made.order_id, "seller_id": item.seller_id, "state": "created",
                    "created_at": now, "activity_id": None, "error": "", "seller_nick": "",
                    "raw_status": "waitbuyerpay"})
        line_rows.append({"order_id": oid, "line_num": n + 2, "label": f"LNGUI{n:08d}", "provider": "1688",
                          "item_id": item.item_id, "config_id": sku.sku_id, "order_item_id": item.item_id,
                          "order_sku_id": sku.sku_id, "title_orig": item.title, "qty": 1,
                          "price_cust": sku.price, "delivery_cust": Decimal("0.00"), "status": "booked",
                          "status_changed_at": now, "provider_order_id": 200_000 + n,
                          "vend_purch_id": made.order_id, "account": account, "version": 1,
                          "config_text": "", "config_text_orig": "", "title": "", "image_url": "",
                          "item_url": "", "seller_id": "", "seller_nick": "", "is_tmall": False,
                          "operator_comment": ""})
        world.market.pay(made.order_id, "1688")
    with world.core.db.write() as s:
        s.execute(insert(ProviderOrder), pos)
        s.execute(insert(OrderLine), line_rows)
    world.market.advance(25)  # the sellers ship: waybills appear


def start_bookings(world: World, orders: list[str]) -> list[str]:
    return [world.core.purchase.start_booking(oid, ACCOUNT["1688"]) for oid in orders]
