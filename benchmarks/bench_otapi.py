"""OT API SearchOrderLines by waybill with 1,000,000 order lines: p50 and p99 over real HTTP
on loopback, and their ratio to the same lookup through the CLI's service (`OrderService.lookup`).

    .venv/bin/python benchmarks/bench_otapi.py [--lines 1000000] [--lookups 1000]
        [--keep /path/bench.sqlite3] [--json]

The server is the real WSGI application under waitress, in this process on a thread; the
client is `workstation.otapi.client.OtapiClient` (XML answers, read through the hardened
parser). Each waybill is looked up both ways, interleaved, so both see the same cache.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import threading
import time
from pathlib import Path

from _common import table


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--lookups", type=int, default=1000)
    parser.add_argument("--keep", type=Path, default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from sqlalchemy import func, select
    from waitress.server import create_server

    from workstation.config import Config
    from workstation.core import assemble, open_database
    from workstation.otapi.client import OtapiClient
    from workstation.otapi.server.app import OtapiApp, Platform
    from workstation.services import demo
    from workstation.services.otapi.instances import InstanceService
    from workstation.services.secrets import MemorySecretStore
    from workstation.store.models import OrderLine

    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "bench.sqlite3"
        config = Config(Path(tmp), f"sqlite:///{path}")
        db = open_database(config)
        with db.read() as s:
            have = s.scalar(select(func.count()).select_from(OrderLine)) or 0
        fill = 0.0
        if have < args.lines:
            t0 = time.perf_counter()
            demo.generate(db, orders=max(1, (args.lines - have) // 3), max_lines=5,
                          progress=lambda n: print(f"\r  filled {n} orders", end="", flush=True))
            fill = time.perf_counter() - t0
            print()
        core = assemble(config, db, secrets=MemorySecretStore())
        instances = InstanceService(db, core.secrets)
        new = instances.create()
        platform = Platform(core, instances)
        server = create_server(OtapiApp(platform), host="127.0.0.1", port=0, threads=2)
        platform.base_url = f"http://127.0.0.1:{server.effective_port}"  # type: ignore[union-attr]
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        rng = random.Random(11)
        with db.read() as s:
            total = s.scalar(select(func.count()).select_from(OrderLine)) or 0
            top = s.scalar(select(func.max(OrderLine.id))) or 1
            ids = rng.sample(range(1, top + 1), min(top, 20_000))
            waybills = [w for w in s.scalars(select(OrderLine.vend_purch_waybill).where(
                OrderLine.id.in_(ids), OrderLine.vend_purch_waybill.is_not(None)))]
        codes = [rng.choice(waybills) for _ in range(args.lookups)]
        http: list[float] = []
        service: list[float] = []
        with OtapiClient(platform.base_url, new.instance_key,
                         operator=(new.operator.login, new.operator.password)) as client:
            client.session("operator")
            for code in codes[:20]:  # warm both paths
                client.result("SearchOrderLines", {"xmlSearchParameters": _query(code)})
                core.orders.lookup(code)
            for code in codes:
                t0 = time.perf_counter()
                found = client.result("SearchOrderLines", {"xmlSearchParameters": _query(code)})
                http.append((time.perf_counter() - t0) * 1000)
                t0 = time.perf_counter()
                result = core.orders.lookup(code)
                service.append((time.perf_counter() - t0) * 1000)
                assert len(found["Content"]) == len(result.lines), code
        server.task_dispatcher.shutdown()  # its threads first: a late task must not find the trigger closed
        server.close()
        thread.join(timeout=5)
        platform.close()
        figures = {
            "lines": total, "lookups": len(codes), "fill_seconds": round(fill, 1),
            "otapi_p50_ms": round(percentile(http, 50), 2), "otapi_p99_ms": round(percentile(http, 99), 2),
            "service_p50_ms": round(percentile(service, 50), 2), "service_p99_ms": round(percentile(service, 99), 2),
            "otapi_mean_ms": round(statistics.fmean(http), 2),
        }
        figures["ratio_p50"] = round(figures["otapi_p50_ms"] / max(figures["service_p50_ms"], 1e-6), 1)
        figures["ratio_p99"] = round(figures["otapi_p99_ms"] / max(figures["service_p99_ms"], 1e-6), 1)
        if args.json:
            print(json.dumps(figures))
        else:
            print(table([(k, v) for k, v in figures.items()]))


def _query(waybill: str) -> str:
    return ("<OrderLineSearchParameters><VendorPurchaseWaybillIdList><Id>" + waybill
            + "</Id></VendorPurchaseWaybillIdList></OrderLineSearchParameters>")


if __name__ == "__main__":
    main()
