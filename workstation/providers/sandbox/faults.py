"""Fault injection and rate limiting: make the sandbox misbehave on purpose, for tests.

A fault applies to the next `count` calls of one API (a 1688 apiName such as
`alibaba.trade.createCrossOrder`, a Taobao Global path such as
`/purchase/order/create`, `getToken`, or `*` for any call). Faults live in the
state file, so a test can inject them through the Python API or through
`POST /__sandbox/faults` and a server in another process obeys.

Kinds:
- `http_500`, `http_502`, `http_503`: that status with a short body; 503 carries
  `Retry-After` (param `retry_after`, seconds, default 2).
- `html`: an HTML error page (param `status`, default 502), as a proxy would send.
- `bad_json`: HTTP 200 with a truncated JSON body.
- `business_error`: HTTP 200 with the API's own error shape inside.
- `rate_limit`: the gateway's rate-limit error (param `seconds` for Taobao Global's ban).
- `timeout`: handle the request for real (e.g. create the order), then hold the
  answer for `delay` seconds (default 15) before sending it: the client times out.
- `drop`: handle the request for real, then close the connection without answering.
"""

from __future__ import annotations

import collections
import json
import threading
import time
from dataclasses import dataclass, field

from workstation.providers.sandbox.db import StateDB

KINDS = ("http_500", "http_502", "http_503", "html", "bad_json", "business_error", "rate_limit",
         "timeout", "drop")
# Faults that answer instead of the handler; the others run the handler first.
BEFORE = ("http_500", "http_502", "http_503", "html", "bad_json", "business_error", "rate_limit")


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
