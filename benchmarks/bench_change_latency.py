"""Change-to-refresh latency between two stations, against a bare round trip in the same run.

    .venv/bin/python benchmarks/bench_change_latency.py [--db-url postgresql+psycopg://...] [--rounds 100]

Two processes on one database: this one is station B (a `ChangeFeed` with its listener, as
the window has), a child process is station A (its own `ChangeFeed`). Each round, B tells A
(over a pipe) to write; A changes one order in a write transaction, whose change record goes
out on commit (PostgreSQL: `pg_notify` in the transaction; SQLite: a `change_log` row); B's
listener receives it (LISTEN, or `PRAGMA data_version` every 0.3 s and the new rows), and B
reads the changed order again (`OrderService.order_detail`, what the Orders pane reads). The
figure is from B's "write" to that read done.

Reference, interleaved round by round: the same pipe, A sends a bare `NOTIFY` on a raw
psycopg connection and B waits on a raw LISTEN connection, then runs a bare
`SELECT ... FROM orders WHERE id = ...` (PostgreSQL); on SQLite A commits a bare INSERT on a
raw sqlite3 connection and B polls `data_version` in a tight loop (1 ms), then the bare SELECT.
Each round starts after a random pause of up to 0.3 s, so that a change falls anywhere in
the SQLite poll's period, as a real one does.
The window adds its pane delay (ui/changes.py PANE_DELAY_MS, 150 ms, to merge a burst)
and its pane's own query on top; neither is in these figures.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from _common import ROOT, table  # importing _common puts the project on sys.path

CHILD = r'''
import sqlite3, sys
from sqlalchemy import update, text
from workstation.config import Config
from workstation.core import open_database
from workstation.services.changes import ChangeFeed
from workstation.store.models import Order
from pathlib import Path
url, oid = sys.argv[1], sys.argv[2]
db = open_database(Config(Path("."), url))
ChangeFeed.attach(db, "Station A")
raw = None
if db.dialect == "postgresql":
    import psycopg
    from sqlalchemy.engine import make_url
    raw = psycopg.connect(make_url(url).set(drivername="postgresql").render_as_string(hide_password=False),
                          autocommit=True)
else:
    raw = sqlite3.connect(make_path := db.engine.url.database, isolation_level=None)
    raw.execute("CREATE TABLE IF NOT EXISTS bench_bare (id INTEGER PRIMARY KEY, v TEXT)")
print("ready", flush=True)
for n, line in enumerate(sys.stdin):
    if line.startswith("w"):
        with db.write() as s:
            s.execute(update(Order).where(Order.id == oid).values(customer_name=f"Customer {n}"))
    elif db.dialect == "postgresql":
        raw.execute("SELECT pg_notify('bench_bare', 'x')")
    else:
        raw.execute("INSERT INTO bench_bare (v) VALUES ('x')")
    print("done", flush=True)
'''


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db-url", default="")
    parser.add_argument("--rounds", type=int, default=100)
    args = parser.parse_args()

    from sqlalchemy import text

    from workstation.config import Config
    from workstation.core import open_database
    from workstation.services import demo
    from workstation.services.change_listeners import listener_for
    from workstation.services.changes import ChangeFeed, ChangeRecord
    from workstation.services.orders import OrderService

    tmp = Path(tempfile.mkdtemp(prefix="bench-changes-"))
    url = args.db_url or f"sqlite:///{tmp / 'ws.sqlite3'}"
    db = open_database(Config(tmp, url))
    if not OrderService(db).count_orders():
        demo.generate(db, orders=20)
    orders = OrderService(db)
    oid = orders.list_orders()[0].id
    feed = ChangeFeed(db, "Station B")  # a feed of its own: what another process would have
    arrived = threading.Event()

    def take(record: ChangeRecord) -> None:
        if record.origin == "Station A":
            arrived.set()

    feed.subscribe(take)
    listener = listener_for(feed)
    assert listener is not None
    listener.start()
    assert listener.listening.wait(10)

    bare_arrived = threading.Event()
    stop = threading.Event()
    if db.dialect == "postgresql":
        import psycopg
        from sqlalchemy.engine import make_url
        bare = psycopg.connect(make_url(url).set(drivername="postgresql").render_as_string(hide_password=False),
                               autocommit=True)
        bare.execute("LISTEN bench_bare")

        def bare_listen() -> None:
            while not stop.is_set():
                for _note in bare.notifies(timeout=0.2):
                    bare_arrived.set()
    else:
        path = db.engine.url.database

        def bare_listen() -> None:
            conn = sqlite3.connect(path, isolation_level=None)
            version = conn.execute("PRAGMA data_version").fetchone()[0]
            while not stop.is_set():
                now = conn.execute("PRAGMA data_version").fetchone()[0]
                if now != version:
                    version = now
                    bare_arrived.set()
                time.sleep(0.001)
    threading.Thread(target=bare_listen, daemon=True).start()

    child = subprocess.Popen([sys.executable, "-c", CHILD, url, oid], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, cwd=ROOT, env={**os.environ})
    assert child.stdout is not None and child.stdin is not None
    assert child.stdout.readline().strip() == "ready"

    def round_trip(command: str, event: threading.Event, refresh) -> float:  # type: ignore[no-untyped-def]
        event.clear()
        start = time.perf_counter()
        child.stdin.write(command + "\n")
        child.stdin.flush()
        assert event.wait(10), f"no {command!r} record arrived"
        refresh()
        elapsed = time.perf_counter() - start
        child.stdout.readline()
        return elapsed * 1000

    def bare_select() -> None:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT id, customer_name FROM orders WHERE id = :id"), {"id": oid}).all()

    ours: list[float] = []
    refs: list[float] = []
    for _ in range(args.rounds):
        # a change comes at any moment, not just after a poll: start each round at a random phase
        time.sleep(random.uniform(0, 0.3))
        ours.append(round_trip("w", arrived, lambda: orders.order_detail(oid)))
        refs.append(round_trip("b", bare_arrived, bare_select))
    child.stdin.close()
    child.wait(10)
    stop.set()
    listener.stop()
    what = "PostgreSQL (LISTEN/NOTIFY)" if db.dialect == "postgresql" else "SQLite (data_version, 0.3 s poll)"
    p50, p99, r50, r99 = (percentile(ours, 50), percentile(ours, 99), percentile(refs, 50), percentile(refs, 99))
    print(f"{what}, {args.rounds} rounds")
    print(table([
        ("station A writes -> station B read it again, p50", f"{p50:.1f} ms ({p50 / r50:.1f}x)"),
        ("station A writes -> station B read it again, p99", f"{p99:.1f} ms ({p99 / r99:.1f}x)"),
        ("bare reference, p50", f"{r50:.1f} ms"),
        ("bare reference, p99", f"{r99:.1f} ms"),
    ]))
    db.dispose()


if __name__ == "__main__":
    main()
