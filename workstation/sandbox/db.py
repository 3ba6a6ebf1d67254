"""The sandbox's SQLite state file: schema, per-thread connections and write transactions.

Several processes may open the same directory (the server, the CLI, tests); SQLite
in WAL mode with `BEGIN IMMEDIATE` serialises writers across processes, and a
process-wide lock serialises this process's own threads before they reach SQLite.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from workstation.sandbox.constants import STATE_FILE

SCHEMA = """
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS items (
    provider TEXT NOT NULL, item_id TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'published',
    price_factor TEXT NOT NULL DEFAULT '1', PRIMARY KEY (provider, item_id));
CREATE TABLE IF NOT EXISTS skus (
    provider TEXT NOT NULL, item_id TEXT NOT NULL, sku_id TEXT NOT NULL,
    price_override TEXT, stock_override INTEGER, sold INTEGER NOT NULL DEFAULT 0,
    vanished INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (provider, item_id, sku_id));
CREATE TABLE IF NOT EXISTS accounts (
    provider TEXT NOT NULL, login TEXT NOT NULL, password TEXT NOT NULL,
    member_id TEXT NOT NULL, user_id TEXT NOT NULL, PRIMARY KEY (provider, login));
CREATE TABLE IF NOT EXISTS auth_codes (
    code TEXT PRIMARY KEY, provider TEXT NOT NULL, app_key TEXT NOT NULL, login TEXT NOT NULL,
    redirect_uri TEXT NOT NULL, expires_at REAL NOT NULL, used INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS tokens (
    token TEXT PRIMARY KEY, kind TEXT NOT NULL, provider TEXT NOT NULL, app_key TEXT NOT NULL,
    login TEXT NOT NULL, expires_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS orders (
    order_id TEXT PRIMARY KEY, provider TEXT NOT NULL, login TEXT NOT NULL, client_ref TEXT,
    group_id TEXT NOT NULL, seller_id TEXT NOT NULL, seller_nick TEXT NOT NULL,
    state TEXT NOT NULL, created_at REAL NOT NULL, modified_at REAL NOT NULL,
    paid_at REAL, shipped_at REAL, received_at REAL, finished_at REAL, cancelled_at REAL,
    close_reason TEXT, trade_type TEXT NOT NULL, address TEXT NOT NULL, message TEXT NOT NULL,
    post_fee TEXT NOT NULL, weight TEXT NOT NULL, outer_id TEXT NOT NULL,
    next_event_at REAL);
CREATE INDEX IF NOT EXISTS orders_ref ON orders (provider, client_ref);
CREATE INDEX IF NOT EXISTS orders_mod ON orders (provider, login, modified_at);
CREATE INDEX IF NOT EXISTS orders_next ON orders (next_event_at);
CREATE TABLE IF NOT EXISTS lines (
    line_id TEXT PRIMARY KEY, order_id TEXT NOT NULL, line_no INTEGER NOT NULL,
    client_line_no TEXT NOT NULL, item_id TEXT NOT NULL, sku_id TEXT, native_item_id TEXT NOT NULL,
    native_sku_id TEXT, title TEXT NOT NULL, config_text TEXT NOT NULL, config_en TEXT NOT NULL,
    quantity INTEGER NOT NULL, list_price TEXT NOT NULL, unit_price TEXT NOT NULL,
    weight TEXT NOT NULL, outer_line_id TEXT NOT NULL, package_no INTEGER NOT NULL,
    paid_amount TEXT);
CREATE INDEX IF NOT EXISTS lines_order ON lines (order_id);
CREATE TABLE IF NOT EXISTS packages (
    order_id TEXT NOT NULL, package_no INTEGER NOT NULL, waybill TEXT NOT NULL,
    company_code TEXT NOT NULL, company_name TEXT NOT NULL, ship_at REAL NOT NULL,
    shipped INTEGER NOT NULL DEFAULT 0, logistics_id TEXT NOT NULL,
    PRIMARY KEY (order_id, package_no));
CREATE INDEX IF NOT EXISTS packages_waybill ON packages (waybill);
CREATE TABLE IF NOT EXISTS bookings (
    provider TEXT NOT NULL, login TEXT NOT NULL, day INTEGER NOT NULL, count INTEGER NOT NULL,
    PRIMARY KEY (provider, login, day));
CREATE TABLE IF NOT EXISTS faults (
    id INTEGER PRIMARY KEY AUTOINCREMENT, api TEXT NOT NULL, kind TEXT NOT NULL,
    remaining INTEGER NOT NULL, params TEXT NOT NULL);
"""

# Tables emptied by a reset (settings keep only what reset rewrites).
DATA_TABLES = ("items", "skus", "accounts", "auth_codes", "tokens", "orders", "lines",
               "packages", "bookings", "faults", "settings")


class StateDB:
    """One state file; a connection per thread, one process-wide write lock."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.path = self.directory / STATE_FILE
        self._local = threading.local()
        self._write_lock = threading.RLock()
        conn = self.conn()
        with self._write_lock:
            conn.executescript(SCHEMA)
        self._migrate()

    def conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None,
                                   check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA busy_timeout=30000")
            self._local.conn = conn
        return conn

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction, exclusive against this process's threads and other processes."""
        with self._write_lock:
            conn = self.conn()
            if conn.in_transaction:  # nested: join the outer transaction
                yield conn
                return
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def _migrate(self) -> None:
        """Bring a state file written by an older sandbox up to SCHEMA (columns added since)."""
        if "paid_amount" in self._columns("lines"):
            return
        with self.write() as conn:
            if "paid_amount" not in self._columns("lines"):  # another process may have won
                conn.execute("ALTER TABLE lines ADD COLUMN paid_amount TEXT")

    def _columns(self, table: str) -> set[str]:
        return {row["name"] for row in self.conn().execute(f"PRAGMA table_info({table})")}

    def query(self, sql: str, args: tuple = ()) -> list[sqlite3.Row]:
        return self.conn().execute(sql, args).fetchall()

    def one(self, sql: str, args: tuple = ()) -> sqlite3.Row | None:
        return self.conn().execute(sql, args).fetchone()

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.one("SELECT value FROM settings WHERE key = ?", (key,))
        return row["value"] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.write() as conn:
            conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, value))

    def next_counter(self, name: str) -> int:
        """A per-state counter (ids stay deterministic for a given sequence of calls)."""
        with self.write() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (f"counter.{name}",)).fetchone()
            value = int(row["value"]) + 1 if row else 1
            conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                         (f"counter.{name}", str(value)))
            return value

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
