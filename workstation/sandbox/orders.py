"""Sandbox orders: their views, waybills in real courier formats, and the lifecycle on the clock.

States (provider-neutral; each protocol maps them to its own words, see `inferred`):
awaiting_payment -> paid -> [partly_shipped] -> shipped -> received -> finished,
with cancelled as the side exit. Transitions happen lazily: `advance_due` applies
every transition whose sandbox time has come, stamping each with its own time.
"""

from __future__ import annotations

import json
import random
import sqlite3
from dataclasses import dataclass
from decimal import Decimal

from workstation.sandbox import inferred

# (waybill prefix, digits after it, company code, company name)
COURIERS = (
    ("SF", 12, "SF", "顺丰速运"),
    ("YT", 13, "YTO", "圆通速递"),
    ("JT", 13, "JTSD", "极兔速递"),
    ("73", 12, "ZTO", "中通快递"),
    ("75", 12, "ZTO", "中通快递"),
    ("77", 12, "YUNDA", "韵达快递"),
)
COMPANY_IDS = {"SF": "7", "YTO": "2", "JTSD": "1035", "ZTO": "3", "YUNDA": "5"}
TERMINAL = ("finished", "cancelled")


def make_waybill(seed: int, order_id: str, package_no: int) -> tuple[str, str, str]:
    """(waybill, company code, company name), deterministic per order and package."""
    rng = random.Random(f"{seed}:{order_id}:{package_no}")
    prefix, digits, code, name = rng.choice(COURIERS)
    return prefix + "".join(str(rng.randint(0, 9)) for _ in range(digits)), code, name


@dataclass(frozen=True)
class PackageView:
    package_no: int
    waybill: str
    company_code: str
    company_name: str
    ship_at: float
    shipped: bool
    logistics_id: str
    line_ids: tuple[str, ...]


@dataclass(frozen=True)
class LineView:
    line_id: str
    line_no: int
    client_line_no: str
    item_id: str
    sku_id: str | None
    native_item_id: str
    native_sku_id: str | None
    title: str
    config_text: str
    config_en: str
    quantity: int
    list_price: Decimal
    unit_price: Decimal
    weight: Decimal
    outer_line_id: str
    package_no: int
    state: str
    paid_amount: Decimal | None = None  # set when a discount made it differ from unit price × qty

    @property
    def amount(self) -> Decimal:
        """What the buyer pays for the line (1688 `itemAmount`)."""
        return self.paid_amount if self.paid_amount is not None else self.unit_price * self.quantity


@dataclass(frozen=True)
class OrderView:
    order_id: str
    provider: str
    login: str
    client_ref: str | None
    group_id: str
    seller_id: str
    seller_nick: str
    state: str
    created_at: float
    modified_at: float
    paid_at: float | None
    shipped_at: float | None
    received_at: float | None
    finished_at: float | None
    cancelled_at: float | None
    close_reason: str | None
    trade_type: str
    address: dict
    message: str
    post_fee: Decimal
    weight: Decimal
    outer_id: str
    lines: tuple[LineView, ...]
    packages: tuple[PackageView, ...]

    @property
    def goods_amount(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal("0.00"))

    @property
    def total_amount(self) -> Decimal:
        return self.goods_amount + self.post_fee

    @property
    def shipped_packages(self) -> tuple[PackageView, ...]:
        return tuple(p for p in self.packages if p.shipped)

    def to_json(self) -> dict:
        """A plain summary for the CLI and the admin endpoints."""
        return {
            "order_id": self.order_id, "provider": self.provider, "account": self.login,
            "client_ref": self.client_ref, "seller_id": self.seller_id, "state": self.state,
            "goods_amount": str(self.goods_amount), "post_fee": str(self.post_fee),
            "total_amount": str(self.total_amount), "created_at": self.created_at,
            "modified_at": self.modified_at,
            "lines": [{"line_id": ln.line_id, "item_id": ln.item_id, "sku_id": ln.sku_id,
                       "quantity": ln.quantity, "unit_price": str(ln.unit_price),
                       "amount": str(ln.amount), "state": ln.state}
                      for ln in self.lines],
            "waybills": [{"waybill": p.waybill, "company": p.company_name, "lines": list(p.line_ids)}
                         for p in self.shipped_packages],
        }


def load_order(conn: sqlite3.Connection, order_id: str) -> OrderView | None:
    row = conn.execute("SELECT * FROM orders WHERE order_id = ?", (order_id,)).fetchone()
    if row is None:
        return None
    packages_rows = conn.execute(
        "SELECT * FROM packages WHERE order_id = ? ORDER BY package_no", (order_id,)).fetchall()
    shipped = {p["package_no"] for p in packages_rows if p["shipped"]}
    lines = []
    for ln in conn.execute("SELECT * FROM lines WHERE order_id = ? ORDER BY line_no", (order_id,)):
        state = row["state"]
        if state in ("paid", "partly_shipped"):
            state = "shipped" if ln["package_no"] in shipped else "paid"
        lines.append(LineView(
            ln["line_id"], ln["line_no"], ln["client_line_no"], ln["item_id"], ln["sku_id"],
            ln["native_item_id"], ln["native_sku_id"], ln["title"], ln["config_text"],
            ln["config_en"], ln["quantity"], Decimal(ln["list_price"]), Decimal(ln["unit_price"]),
            Decimal(ln["weight"]), ln["outer_line_id"], ln["package_no"], state,
            Decimal(ln["paid_amount"]) if ln["paid_amount"] is not None else None))
    packages = tuple(
        PackageView(p["package_no"], p["waybill"], p["company_code"], p["company_name"],
                    p["ship_at"], bool(p["shipped"]), p["logistics_id"],
                    tuple(ln.line_id for ln in lines if ln.package_no == p["package_no"]))
        for p in packages_rows)
    return OrderView(
        row["order_id"], row["provider"], row["login"], row["client_ref"], row["group_id"],
        row["seller_id"], row["seller_nick"], row["state"], row["created_at"], row["modified_at"],
        row["paid_at"], row["shipped_at"], row["received_at"], row["finished_at"],
        row["cancelled_at"], row["close_reason"], row["trade_type"], json.loads(row["address"]),
        row["message"], Decimal(row["post_fee"]), Decimal(row["weight"]), row["outer_id"],
        tuple(lines), packages)


def schedule_packages(conn: sqlite3.Connection, seed: int, order: OrderView, paid_at: float) -> float:
    """Split the order's lines into packages with their ship times; returns the first ship time."""
    split = len(order.lines) >= inferred.SPLIT_MIN_LINES and int(order.order_id) % 2 == 0
    half = (len(order.lines) + 1) // 2
    delays = [inferred.SHIP_AFTER_HOURS] + ([inferred.SECOND_PACKAGE_AFTER_HOURS] if split else [])
    for package_no, hours in enumerate(delays, start=1):
        waybill, code, name = make_waybill(seed, order.order_id, package_no)
        logistics_id = f"BX{int(order.order_id) % 10**13 + package_no:015d}"
        conn.execute("INSERT INTO packages (order_id, package_no, waybill, company_code, "
                     "company_name, ship_at, logistics_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (order.order_id, package_no, waybill, code, name, paid_at + hours * 3600,
                      logistics_id))
    for line in order.lines:
        package_no = 2 if split and line.line_no > half else 1
        conn.execute("UPDATE lines SET package_no = ? WHERE line_id = ?", (package_no, line.line_id))
    return paid_at + delays[0] * 3600


def _set(conn: sqlite3.Connection, order_id: str, **fields) -> None:
    assignments = ", ".join(f"{k} = ?" for k in fields)
    conn.execute(f"UPDATE orders SET {assignments} WHERE order_id = ?", (*fields.values(), order_id))


def step(conn: sqlite3.Connection, order: OrderView) -> float | None:
    """Apply the one transition due at `order.next_event_at`; returns the next event time."""
    state = order.state
    if state == "awaiting_payment":
        at = order.created_at + inferred.AUTO_CANCEL_UNPAID_HOURS * 3600
        _set(conn, order.order_id, state="cancelled", cancelled_at=at, modified_at=at,
             close_reason="other", next_event_at=None)
        return None
    if state in ("paid", "partly_shipped"):
        pending = [p for p in order.packages if not p.shipped]
        first = min(pending, key=lambda p: p.ship_at)
        conn.execute("UPDATE packages SET shipped = 1 WHERE order_id = ? AND package_no = ?",
                     (order.order_id, first.package_no))
        rest = [p for p in pending if p is not first]
        if rest:
            _set(conn, order.order_id, state="partly_shipped", modified_at=first.ship_at,
                 next_event_at=min(p.ship_at for p in rest))
            return min(p.ship_at for p in rest)
        nxt = first.ship_at + inferred.RECEIVE_AFTER_HOURS * 3600
        _set(conn, order.order_id, state="shipped", shipped_at=first.ship_at,
             modified_at=first.ship_at, next_event_at=nxt)
        return nxt
    if state == "shipped":
        at = (order.shipped_at or order.modified_at) + inferred.RECEIVE_AFTER_HOURS * 3600
        nxt = (order.shipped_at or order.modified_at) + inferred.FINISH_AFTER_HOURS * 3600
        _set(conn, order.order_id, state="received", received_at=at, modified_at=at, next_event_at=nxt)
        return nxt
    if state == "received":
        at = (order.shipped_at or order.modified_at) + inferred.FINISH_AFTER_HOURS * 3600
        _set(conn, order.order_id, state="finished", finished_at=at, modified_at=at, next_event_at=None)
        return None
    _set(conn, order.order_id, next_event_at=None)
    return None


def advance_due(conn: sqlite3.Connection, now: float) -> list[str]:
    """Apply every due transition of every order (inside the caller's write transaction)."""
    moved = []
    due = [r["order_id"] for r in conn.execute(
        "SELECT order_id FROM orders WHERE next_event_at IS NOT NULL AND next_event_at <= ?", (now,))]
    for order_id in due:
        while True:
            order = load_order(conn, order_id)
            row = conn.execute("SELECT next_event_at FROM orders WHERE order_id = ?", (order_id,)).fetchone()
            if order is None or row["next_event_at"] is None or row["next_event_at"] > now:
                break
            if order.state == "awaiting_payment":
                # stock comes back when an unpaid order closes
                for line in order.lines:
                    if line.sku_id:
                        conn.execute("UPDATE skus SET sold = MAX(0, sold - ?) WHERE provider = ? "
                                     "AND item_id = ? AND sku_id = ?",
                                     (line.quantity, order.provider, line.item_id, line.sku_id))
            step(conn, order)
        moved.append(order_id)
    return moved
