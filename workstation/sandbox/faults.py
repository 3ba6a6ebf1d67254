"""Fault injection and rate limiting: make the sandbox misbehave on purpose, for tests.

A fault applies to the next `count` calls of one API (a 1688 apiName such as
`alibaba.trade.createCrossOrder`, a Taobao Global path such as
`/purchase/order/create`, `getToken`, or `*` for any call). Faults live in the
state file, so a test can inject them through the Python API or through
`POST /__sandbox/faults` and a server in another process obeys.

Kinds:
- `http_500`, `http_502`, `http_503`: that status with a short body (500 and 502: none at all
  with param `empty`); 503 carries `Retry-After` (param `retry_after`, seconds, default 2).
- `html`: an HTML error page (param `status`, default 502), as a proxy would send.
- `bad_json`: HTTP 200 with a truncated JSON body.
- `business_error`: HTTP 200 with the API's own error shape inside (params `code` and
  `message`); on Taobao Global, param `type` (`ISV`, `ISP`, `SYSTEM`) answers the IOP error
  envelope `{type, code, message, request_id}` instead. The request is not carried out: a
  refusal, as the platform states it.
- `rate_limit`: the gateway's rate-limit error (param `seconds` for Taobao Global's ban).
- `timeout`: handle the request for real (e.g. create the order), then hold the
  answer for `delay` seconds (default 15) before sending it: the client times out.
- `drop`: handle the request for real, then close the connection without answering.
- `hold`: the gateway is "still working on it": hold the request for `delay` seconds
  (default 10) *before* the handler runs, then handle it (create the order) and answer.
  While held, nothing is committed: a look-up by our reference and the order lists do
  not show the order. A client that gives up sooner still gets its order committed at
  the end of the hold. A server stopping during a hold abandons the request unhandled
  (nothing committed, the connection closed without an answer), as a crashed gateway would.
- `late_commit`: answer HTTP 502 at once (as a proxy in front of a slow gateway would), and
  handle the request (create the order, carrying our reference) `delay` seconds later
  (default 10) on a background thread of the server, whether or not another request comes.
  A server stopped before then never commits it.
- `discount`: not a failure: the orders a create call makes get a per-line discount, so a
  line's paid amount (1688 `itemAmount`, Taobao Global `product_amount`) is below its
  unit price times quantity while the unit price (1688 `price`) stays the original.
  Params `percent` (of the line amount, default 10 when `off` is not given) and `off`
  (yuan off each line); the paid amount is rounded half up to the fen, at least 0.01.

`hold`, `late_commit` and `discount` only mean something on the order-creating APIs
(`alibaba.trade.createCrossOrder`, `alibaba.trade.fastCreateOrder`, `/purchase/order/create`);
elsewhere `hold` and `late_commit` delay or re-run a read, and `discount` does nothing.
"""

from __future__ import annotations

import collections
import json
import threading
import time
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from workstation.sandbox.db import StateDB

KINDS = ("http_500", "http_502", "http_503", "html", "bad_json", "business_error", "rate_limit",
         "timeout", "drop", "hold", "late_commit", "discount")
# Faults that answer instead of the handler; the others run the handler first.
BEFORE = ("http_500", "http_502", "http_503", "html", "bad_json", "business_error", "rate_limit")
# Faults that move the handler in time: held before it runs, or run later in the background.
SLOW = ("hold", "late_commit")
SLOW_DEFAULT_DELAY = 10.0
FEN = Decimal("0.01")


@dataclass(frozen=True)
class Fault:
    id: int
    api: str
    kind: str
    remaining: int
    params: dict = field(default_factory=dict)

    @property
    def before(self) -> bool:
        return self.kind in BEFORE

    @property
    def slow(self) -> bool:
        return self.kind in SLOW

    @property
    def delay(self) -> float:
        """Seconds a `hold` holds the request or a `late_commit` waits before committing."""
        return float(self.params.get("delay", SLOW_DEFAULT_DELAY))

    def to_json(self) -> dict:
        return {"id": self.id, "api": self.api, "kind": self.kind, "remaining": self.remaining,
                "params": self.params}


class FaultBook:
    """The queue of injected faults in a state file."""

    def __init__(self, db: StateDB):
        self._db = db

    def add(self, api: str, kind: str, count: int = 1, **params) -> Fault:
        if kind not in KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; one of {', '.join(KINDS)}")
        if count < 1:
            raise ValueError("count must be at least 1")
        if kind in SLOW and Fault(0, api, kind, count, params).delay < 0:
            raise ValueError("delay must not be negative")
        if kind == "discount":
            Discount.of_params(params)  # refuse bad numbers now, not at the next create
        params = {k: str(v) if isinstance(v, Decimal) else v for k, v in params.items()}
        with self._db.write() as conn:
            cur = conn.execute("INSERT INTO faults (api, kind, remaining, params) VALUES (?, ?, ?, ?)",
                               (api, kind, count, json.dumps(params)))
            return Fault(cur.lastrowid, api, kind, count, dict(params))

    def take(self, api: str) -> Fault | None:
        """Consume one use of the oldest fault matching `api` (or `*`)."""
        if self._db.one("SELECT 1 FROM faults LIMIT 1") is None:  # the common case, no write
            return None
        with self._db.write() as conn:
            row = conn.execute("SELECT * FROM faults WHERE api IN (?, '*') AND remaining > 0 "
                               "ORDER BY id LIMIT 1", (api,)).fetchone()
            if row is None:
                return None
            if row["remaining"] <= 1:
                conn.execute("DELETE FROM faults WHERE id = ?", (row["id"],))
            else:
                conn.execute("UPDATE faults SET remaining = remaining - 1 WHERE id = ?", (row["id"],))
            return Fault(row["id"], row["api"], row["kind"], row["remaining"] - 1,
                         json.loads(row["params"]))

    def pending(self) -> list[Fault]:
        return [Fault(r["id"], r["api"], r["kind"], r["remaining"], json.loads(r["params"]))
                for r in self._db.query("SELECT * FROM faults ORDER BY id")]

    def clear(self) -> None:
        with self._db.write() as conn:
            conn.execute("DELETE FROM faults")


@dataclass(frozen=True)
class Discount:
    """A per-line discount (the `discount` fault): `percent` of the line amount, then `off` yuan."""

    percent: Decimal = Decimal(0)
    off: Decimal = Decimal(0)

    @classmethod
    def of_params(cls, params: dict) -> Discount:
        try:
            off = Decimal(str(params.get("off", 0)))
            default_pct = 10 if "off" not in params else 0
            percent = Decimal(str(params.get("percent", default_pct)))
        except InvalidOperation:
            raise ValueError("discount: percent and off must be numbers") from None
        if not (0 <= percent < 100) or off < 0 or not (percent.is_finite() and off.is_finite()):
            raise ValueError("discount: percent must be in [0, 100), off at least 0")
        return cls(percent, off)

    @classmethod
    def of(cls, fault: Fault | None) -> Discount | None:
        return cls.of_params(fault.params) if fault is not None and fault.kind == "discount" else None

    def apply(self, amount: Decimal) -> Decimal:
        """The paid amount of a line worth `amount`: rounded half up to the fen, at least 0.01."""
        paid = (amount * (100 - self.percent) / 100 - self.off).quantize(FEN, ROUND_HALF_UP)
        return max(paid, FEN)


class RateLimiter:
    """A sliding one-second window per key (app key): `allow` False past `qps` calls."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._calls: dict[str, collections.deque[float]] = collections.defaultdict(collections.deque)

    def allow(self, key: str, qps: float) -> bool:
        if qps <= 0:
            return True
        now = time.monotonic()
        with self._lock:
            calls = self._calls[key]
            while calls and calls[0] <= now - 1.0:
                calls.popleft()
            if len(calls) >= qps:
                return False
            calls.append(now)
            return True
