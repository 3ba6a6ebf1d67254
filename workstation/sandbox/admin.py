"""The sandbox's own endpoints: health and `/__sandbox/...` admin calls for tests and the CLI.

    GET  /health                      {"sandbox": true, "pid", "dir", "seed", "now"}
    GET  /__sandbox/state             settings and sandbox time
    POST /__sandbox/advance           hours=H            -> moves the clock
    POST /__sandbox/pay               order_id=ID        -> pays an order
    POST /__sandbox/cancel            order_id=ID        -> cancels an unpaid order
    GET  /__sandbox/orders            [provider=1688|taobao]
    GET  /__sandbox/faults            pending faults
    POST /__sandbox/faults            api=, kind=, count=, and kind params (status, delay, retry_after,
                                      seconds; percent, off for discount; code, message, type for
                                      business_error; empty for http_500/502), kinds in faults.py
    DELETE /__sandbox/faults          clears them
    POST /__sandbox/settings          latency_ms=, qps_limit=, booking_limit=
    POST /__sandbox/reset             [seed=]
    POST /__sandbox/item              provider=, item_id=, status=published|expired|deleted, price_factor=
    POST /__sandbox/sku               provider=, item_id=, sku_id=, price=, stock=, vanished=true|false
    POST /__sandbox/shutdown          stops the server
Parameters come as a JSON object body, a form, or the query.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from decimal import Decimal

from workstation.sandbox.market import Market, MarketError
from workstation.sandbox.wire import Request, Response, json_response

PREFIX = "/__sandbox/"
_FAULT_PARAMS = {"status": int, "delay": float, "retry_after": int, "seconds": int,
                 "percent": str, "off": str,  # discount numbers stay exact (Decimal text)
                 "code": str, "message": str, "type": str, "empty": int}  # business_error, http_50x


def health(market: Market) -> Response:
    return json_response({"sandbox": True, "pid": os.getpid(), "dir": str(market.directory),
                          "seed": market.seed,
                          "now": datetime.fromtimestamp(market.now(), UTC).isoformat()})


def handle(market: Market, req: Request, shutdown) -> Response:
    action = req.path[len(PREFIX):].strip("/")
    p = req.params
    try:
        if action == "state":
            return json_response(market.settings())
        if action == "advance" and req.method == "POST":
            market.advance(float(p.get("hours", "0")))
            return json_response(market.settings())
        if action in ("pay", "cancel") and req.method == "POST":
            if action == "pay":
                order = market.pay(p["order_id"])
            else:
                order = market.cancel(p["order_id"], enforce_too_fast=False)
            return json_response(order.to_json())
        if action == "orders":
            return json_response([o.to_json() for o in market.find_orders(p.get("provider") or None)])
        if action == "faults":
            if req.method == "DELETE":
                market.faults.clear()
            elif req.method == "POST":
                params = {k: conv(p[k]) for k, conv in _FAULT_PARAMS.items() if k in p}
                market.faults.add(p.get("api", "*"), p["kind"], int(p.get("count", "1")), **params)
            return json_response([f.to_json() for f in market.faults.pending()])
        if action == "settings" and req.method == "POST":
            return json_response(market.configure(
                latency_ms=int(p["latency_ms"]) if "latency_ms" in p else None,
                qps_limit=float(p["qps_limit"]) if "qps_limit" in p else None,
                booking_limit=int(p["booking_limit"]) if "booking_limit" in p else None))
        if action == "reset" and req.method == "POST":
            market.reset(int(p["seed"]) if p.get("seed") else None)
            return json_response(market.settings())
        if action == "item" and req.method == "POST":
            market.goods.set_item(p["provider"], p["item_id"], status=p.get("status"),
                                  price_factor=Decimal(p["price_factor"]) if p.get("price_factor") else None)
            return json_response({"ok": True})
        if action == "sku" and req.method == "POST":
            market.goods.set_sku(p["provider"], p["item_id"], p["sku_id"],
                                 price=Decimal(p["price"]) if p.get("price") else None,
                                 stock=int(p["stock"]) if p.get("stock") else None,
                                 vanished=p["vanished"] == "true" if p.get("vanished") else None)
            return json_response({"ok": True})
        if action == "shutdown" and req.method == "POST":
            shutdown()
            return json_response({"ok": True})
    except MarketError as exc:
        return json_response({"error": exc.kind, "message": exc.message}, 409)
    except (KeyError, ValueError) as exc:
        return json_response({"error": "bad_request", "message": str(exc)}, 400)
    return json_response({"error": "not_found", "message": f"no admin action {action!r}"}, 404)
