"""Connector throughput against the sandbox over loopback: offers read/s and orders synchronised/s.

Runs both connectors with the per-account throttle off (it would cap every figure at
1/min_interval), five runs each, and prints the medians:

    .venv/bin/python benchmarks/bench_providers.py [--offers 60] [--orders 40] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workstation.providers.base import (  # after the path set-up above
    Address,
    OrderRequest,
    OrderRequestLine,
    ProviderKind,
)
from workstation.providers.registry import provider_from_settings, sandbox_settings
from workstation.sandbox.catalogue import items_of
from workstation.sandbox.constants import (
    DEMO_ACCOUNTS_1688,
    DEMO_ACCOUNTS_TAOBAO,
)
from workstation.sandbox.launcher import serve_in_thread

REDIRECT = "http://127.0.0.1:9/callback"
ADDRESS = Address("张三", "13800138000", "310000", "浙江省", "杭州市", "余杭区", "文一西路 969 号")


def login(provider, kind: ProviderKind):
    account, password = (DEMO_ACCOUNTS_1688 if kind is ProviderKind.ALIBABA1688
                         else DEMO_ACCOUNTS_TAOBAO)[0]
    url = provider.login_url(REDIRECT, "bench")
    with httpx.Client(timeout=5) as browser:
        answer = browser.post(url, data={"login": account, "password": password,
                                         "action": "login"})
    code = parse_qs(urlsplit(answer.headers["Location"]).query)["code"][0]
    return provider.exchange_code(code, REDIRECT)


def timed(work) -> float:
    start = time.perf_counter()
    count = work()
    return count / (time.perf_counter() - start)


def bench_kind(base_url: str, kind: ProviderKind, offers: int, orders: int, runs: int):
    provider = provider_from_settings(sandbox_settings(base_url, kind), min_interval=0)
    token = login(provider, kind)
    items = [i for i in items_of(kind) if not (i.drifts or i.sells_out or i.sku_vanishes)]
    ids = [i.native_item_id if kind is ProviderKind.TAOBAO else i.item_id for i in items]
    since = datetime.now(UTC) - timedelta(hours=1)
    for n in range(orders):
        item = items[n % len(items)]
        sku = item.skus[0]
        line = OrderRequestLine(item.item_id, sku.sku_id, 1, sku.promotion_price or sku.price)
        provider.create_order(token, OrderRequest(f"BENCH-{uuid.uuid4().hex[:12]}",
                                                  item.seller_id, (line,), ADDRESS))

    def read_offers() -> int:
        for n in range(offers):
            provider.get_offer(token, ids[n % len(ids)])
        return offers

    def sync_orders() -> int:
        listed = provider.list_orders_modified(token, since, since + timedelta(days=1))
        for order in listed:
            provider.get_order(token, order.order_id)
        return len(listed)

    offer_rates = [timed(read_offers) for _ in range(runs)]
    sync_rates = [timed(sync_orders) for _ in range(runs)]
    provider.close()
    return statistics.median(offer_rates), statistics.median(sync_rates)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offers", type=int, default=60, help="offers read per run")
    parser.add_argument("--orders", type=int, default=40, help="orders to synchronise per run")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-providers-") as state_dir:
        base_url, stop = serve_in_thread(Path(state_dir))
        try:
            rows = [(kind, *bench_kind(base_url, kind, args.offers, args.orders, args.runs))
                    for kind in (ProviderKind.ALIBABA1688, ProviderKind.TAOBAO)]
        finally:
            stop()
    print(f"connector throughput against the sandbox on loopback (median of {args.runs} runs, "
          "throttle off)")
    print(f"{'connector':<10} {'offers read/s':>14} {'orders synced/s':>16}")
    for kind, offer_rate, sync_rate in rows:
        print(f"{kind.value:<10} {offer_rate:>14.1f} {sync_rate:>16.1f}")
    print(f"({args.orders} orders synced = list by modify time + one detail read each)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
