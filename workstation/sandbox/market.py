"""The sandbox marketplace's state and rules, independent of any wire protocol.

`Market(directory)` opens (or creates) the state file in `directory`; any number of
Market objects, in any number of processes, may share one directory: the clock,
the catalogue state, the accounts, tokens and orders all live in the file.
"""

from __future__ import annotations

import json
import math
import secrets
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from workstation.providers.base import yuan
from workstation.sandbox import inferred
from workstation.sandbox.catalogue import DEFAULT_SEED
from workstation.sandbox.clock import SandboxClock, china_day
from workstation.sandbox.constants import (
    BOOKING_LIMIT_PER_DAY,
    DEMO_ACCOUNTS_1688,
    DEMO_ACCOUNTS_TAOBAO,
)
from workstation.sandbox.db import DATA_TABLES, StateDB
from workstation.sandbox.faults import Discount, FaultBook
from workstation.sandbox.goods import Goods, ItemState, MarketError, SkuState
from workstation.sandbox.orders import (
    OrderView,
    advance_due,
    load_order,
    schedule_packages,
)

P1688 = "1688"
PTG = "taobao"  # ProviderKind.TAOBAO.value: the Taobao Global distributor platform
__all__ = ["Market", "MarketError", "LineRequest", "Quote", "TokenGrant", "P1688", "PTG"]


@dataclass(frozen=True)
class LineRequest:
    item_id: str
    sku_id: str | None
    quantity: int
    client_line_no: str = ""


@dataclass(frozen=True)
class QuotedLine:
    request: LineRequest
    item: ItemState
    sku: SkuState

    @property
    def unit_price(self) -> Decimal:
        return self.sku.effective_price

    @property
    def amount(self) -> Decimal:
        return self.unit_price * self.request.quantity


@dataclass(frozen=True)
class Quote:
    """The lines of one seller, priced now."""

    seller_id: str
    seller_nick: str
    lines: tuple[QuotedLine, ...]
    post_fee: Decimal
    weight: Decimal

    @property
    def goods_amount(self) -> Decimal:
        return sum((ln.amount for ln in self.lines), Decimal("0.00"))

    @property
    def total_amount(self) -> Decimal:
        return self.goods_amount + self.post_fee


@dataclass(frozen=True)
class TokenGrant:
    access_token: str
    refresh_token: str
    expires_at: float
    refresh_expires_at: float
    login: str
    member_id: str
    user_id: str


class Market:
    """The sandbox marketplace on one state directory. Thread-safe."""

    def __init__(self, directory: Path | str, seed: int = DEFAULT_SEED):
        self.directory = Path(directory)
        self.db = StateDB(self.directory)
        self.clock = SandboxClock(self.db)
        self.faults = FaultBook(self.db)
        if self.db.get_setting("seed") is None:
            self.reset(seed)

    # ------------------------------------------------------------ state and clock

    @property
    def seed(self) -> int:
        return int(self.db.get_setting("seed", str(DEFAULT_SEED)) or DEFAULT_SEED)

    @property
    def goods(self) -> Goods:
        return Goods(self.db, self.seed)

    def now(self) -> float:
        return self.clock.timestamp()

    def epoch(self) -> float:
        return float(self.db.get_setting("epoch", "0") or 0)

    def advance(self, hours: float) -> float:
        """Move sandbox time forward and play out what became due."""
        self.clock.advance(hours)
        self.tick()
        return self.now()

    def reset(self, seed: int | None = None) -> None:
        """Back to a fresh sandbox: catalogue, demo accounts, no orders, clock at real time."""
        if seed is None:
            seed = self.seed
        with self.db.write() as conn:
            for table in DATA_TABLES:
                conn.execute(f"DELETE FROM {table}")
            conn.execute("INSERT INTO settings (key, value) VALUES ('seed', ?)", (str(seed),))
            conn.execute("INSERT INTO settings (key, value) VALUES ('epoch', ?)",
                         (repr(self.clock.timestamp()),))
            for provider, accounts in ((P1688, DEMO_ACCOUNTS_1688), (PTG, DEMO_ACCOUNTS_TAOBAO)):
                for login, password in accounts:
                    crc = zlib.crc32(f"{provider}:{login}".encode())
                    member = f"b2b-22{crc % 10**10:010d}" if provider == P1688 else str(crc)
                    conn.execute("INSERT INTO accounts VALUES (?, ?, ?, ?, ?)",
                                 (provider, login, password, member, str(2_200_000_000_000 + crc)))

    def settings(self) -> dict:
        return {"latency_ms": int(self.db.get_setting("latency_ms", "0") or 0),
                "qps_limit": float(self.db.get_setting("qps_limit", "0") or 0),
                "booking_limit": int(self.db.get_setting("booking_limit", str(BOOKING_LIMIT_PER_DAY))
                                     or BOOKING_LIMIT_PER_DAY),
                "seed": self.seed, "now": self.now(), "epoch": self.epoch()}

    def configure(self, *, latency_ms: int | None = None, qps_limit: float | None = None,
                  booking_limit: int | None = None) -> dict:
        """Latency before every gateway answer, a per-app QPS limit (0 = none), bookings per day."""
        for key, value in (("latency_ms", latency_ms), ("qps_limit", qps_limit),
                           ("booking_limit", booking_limit)):
            if value is not None:
                self.db.set_setting(key, str(value))
        return self.settings()

    # ------------------------------------------------------------ accounts, codes, tokens

    def account(self, provider: str, login: str):
        return self.db.one("SELECT * FROM accounts WHERE provider = ? AND login = ?", (provider, login))

    def check_password(self, provider: str, login: str, password: str) -> bool:
        row = self.account(provider, login)
        return row is not None and secrets.compare_digest(row["password"], password)

    def issue_code(self, provider: str, app_key: str, login: str, redirect_uri: str) -> str:
        code = secrets.token_hex(16)
        with self.db.write() as conn:
            conn.execute("INSERT INTO auth_codes (code, provider, app_key, login, redirect_uri, "
                         "expires_at) VALUES (?, ?, ?, ?, ?, ?)",
                         (code, provider, app_key, login, redirect_uri,
                          self.now() + inferred.AUTH_CODE_LIFETIME_SECONDS))
        return code

    def redeem_code(self, provider: str, app_key: str, code: str,
                    redirect_uri: str | None = None) -> TokenGrant:
        """Single use, expires after 2 sandbox minutes; MarketError(bad_code) otherwise."""
        with self.db.write() as conn:
            row = conn.execute("SELECT * FROM auth_codes WHERE code = ? AND provider = ? AND app_key = ?",
                               (code, provider, app_key)).fetchone()
            if row is None or row["used"] or row["expires_at"] < self.now():
                raise MarketError("bad_code", "authorization code is invalid, used or expired")
            if redirect_uri and row["redirect_uri"] and redirect_uri != row["redirect_uri"]:
                raise MarketError("bad_redirect", "redirect_uri does not match the authorization")
            conn.execute("UPDATE auth_codes SET used = 1 WHERE code = ?", (code,))
            return self._grant(conn, provider, app_key, row["login"])

    def refresh(self, provider: str, app_key: str, refresh_token: str) -> TokenGrant:
        with self.db.write() as conn:
            row = conn.execute("SELECT * FROM tokens WHERE token = ? AND kind = 'refresh' AND "
                               "provider = ? AND app_key = ?", (refresh_token, provider, app_key)).fetchone()
            if row is None or row["expires_at"] < self.now():
                raise MarketError("bad_refresh", "refresh token is invalid or expired")
            return self._grant(conn, provider, app_key, row["login"], keep_refresh=row)

    def _grant(self, conn, provider: str, app_key: str, login: str, keep_refresh=None) -> TokenGrant:
        now = self.now()
        life = inferred.TOKEN_1688_EXPIRES_IN if provider == P1688 else inferred.TOKEN_TG_EXPIRES_IN
        access = secrets.token_hex(20)
        conn.execute("INSERT INTO tokens VALUES (?, 'access', ?, ?, ?, ?)",
                     (access, provider, app_key, login, now + life))
        if keep_refresh is not None and provider == P1688:
            refresh, refresh_at = keep_refresh["token"], keep_refresh["expires_at"]
        else:
            refresh = secrets.token_hex(20)
            refresh_at = now + (inferred.REFRESH_1688_LIFETIME_DAYS * 86400 if provider == P1688
                                else inferred.TOKEN_TG_REFRESH_EXPIRES_IN)
            conn.execute("INSERT INTO tokens VALUES (?, 'refresh', ?, ?, ?, ?)",
                         (refresh, provider, app_key, login, refresh_at))
        acc = conn.execute("SELECT * FROM accounts WHERE provider = ? AND login = ?",
                           (provider, login)).fetchone()
        return TokenGrant(access, refresh, now + life, refresh_at, login, acc["member_id"], acc["user_id"])

    def login_for_token(self, provider: str, app_key: str, access_token: str) -> str | None:
        """The account behind a valid access token, None when unknown or expired."""
        row = self.db.one("SELECT * FROM tokens WHERE token = ? AND kind = 'access' AND provider = ? "
                          "AND app_key = ?", (access_token, provider, app_key))
        if row is None or row["expires_at"] < self.now():
            return None
        return row["login"]

    # ------------------------------------------------------------ catalogue

    def item(self, provider: str, item_id: str) -> ItemState:
        return self.goods.state(provider, item_id, self.now(), self.epoch())

    def quote(self, provider: str, lines: Sequence[LineRequest]) -> list[Quote]:
        """Price lines now, grouped by seller in first-seen order; MarketError on the first bad line."""
        if not lines:
            raise MarketError("bad_param", "no order lines")
        groups: dict[str, list[QuotedLine]] = {}
        for request in lines:
            item = self.item(provider, request.item_id)
            if not item.available:
                raise MarketError("item_off_shelf", f"商品已下架: {request.item_id}", item_id=request.item_id)
            sku = item.sku(request.sku_id)
            if sku is None:
                raise MarketError("sku_gone", f"规格不存在: {request.sku_id}", item_id=request.item_id,
                                  sku_id=request.sku_id or "")
            if request.quantity < 1:
                raise MarketError("bad_quantity", "quantity must be at least 1", item_id=request.item_id)
            if sku.stock < request.quantity:
                raise MarketError("out_of_stock", f"库存不足: {request.item_id}/{sku.sku_id} "
                                  f"(stock {sku.stock}, wanted {request.quantity})",
                                  item_id=request.item_id, sku_id=sku.sku_id)
            groups.setdefault(item.item.seller_id, []).append(QuotedLine(request, item, sku))
        quotes = []
        for seller_id, qlines in groups.items():
            weight = sum((ln.item.item.weight_kg * ln.request.quantity for ln in qlines), Decimal(0))
            tmall = qlines[0].item.item.is_tmall
            fee = Decimal(0) if tmall else yuan(8 + 2 * max(0, math.ceil(weight - 1)))
            quotes.append(Quote(seller_id, qlines[0].item.item.seller_nick, tuple(qlines), yuan(fee), weight))
        return quotes

    # ------------------------------------------------------------ orders

    def bookings_today(self, provider: str, login: str) -> int:
        row = self.db.one("SELECT count FROM bookings WHERE provider = ? AND login = ? AND day = ?",
                          (provider, login, china_day(self.now())))
        return row["count"] if row else 0

    def create_orders(self, provider: str, login: str, quotes: Sequence[Quote], *,
                      client_ref: str | None, address: dict, message: str = "",
                      trade_type: str = "assureTrade",
                      discount: Discount | None = None) -> list[OrderView]:
        """One order per quote (seller), all sharing a group id; counts against the booking limit.

        With `discount` every line's paid amount is discounted (the unit price stays).
        """
        now = self.now()
        limit = self.settings()["booking_limit"]
        with self.db.write() as conn:
            day = china_day(now)
            row = conn.execute("SELECT count FROM bookings WHERE provider = ? AND login = ? AND day = ?",
                               (provider, login, day)).fetchone()
            done = row["count"] if row else 0
            if done + len(quotes) > limit:
                raise MarketError("booking_limit", f"今日下单数量已达上限 ({limit})")
            conn.execute("INSERT OR REPLACE INTO bookings VALUES (?, ?, ?, ?)",
                         (provider, login, day, done + len(quotes)))
            order_ids = []
            group_id = ""
            for quote in quotes:
                n = self.db.next_counter("order")
                if provider == P1688:
                    order_id = str(231_000_000_000_000_000 + n * 1_000_003)
                    outer = order_id
                else:
                    order_id = str(5_000_000_000_000_000 + n * 1_000_003)
                    outer = str(3_900_000_000_000_000_000 + n * 1_000_003)
                group_id = group_id or order_id
                conn.execute(
                    "INSERT INTO orders (order_id, provider, login, client_ref, group_id, seller_id, "
                    "seller_nick, state, created_at, modified_at, trade_type, address, message, "
                    "post_fee, weight, outer_id, next_event_at) VALUES "
                    "(?, ?, ?, ?, ?, ?, ?, 'awaiting_payment', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (order_id, provider, login, client_ref, group_id, quote.seller_id,
                     quote.seller_nick, now, now, trade_type, json.dumps(address, ensure_ascii=False),
                     message, str(quote.post_fee), str(quote.weight), outer,
                     now + inferred.AUTO_CANCEL_UNPAID_HOURS * 3600))
                for index, ql in enumerate(quote.lines):
                    sku = ql.sku.sku
                    paid = discount.apply(ql.amount) if discount is not None else None
                    conn.execute(
                        "INSERT INTO lines (line_id, order_id, line_no, client_line_no, item_id, "
                        "sku_id, native_item_id, native_sku_id, title, config_text, config_en, "
                        "quantity, list_price, unit_price, weight, outer_line_id, package_no, "
                        "paid_amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
                        (str(int(order_id) + 500 + index), order_id, index + 1,
                         ql.request.client_line_no or str(index + 1), ql.item.item_id, sku.sku_id,
                         ql.item.item.native_item_id, sku.native_sku_id, ql.item.item.title,
                         sku.config_text, sku.config_text_en, ql.request.quantity,
                         str(ql.sku.price), str(ql.unit_price), str(ql.item.item.weight_kg),
                         str(int(outer) + 500 + index), None if paid is None else str(paid)))
                    self.goods.add_sold(conn, provider, ql.item.item_id, sku.sku_id, ql.request.quantity)
                order_ids.append(order_id)
            return [load_order(conn, oid) for oid in order_ids]

    def tick(self) -> list[str]:
        """Play out every lifecycle transition that is due by sandbox time."""
        now = self.now()
        if self.db.one("SELECT 1 FROM orders WHERE next_event_at <= ? LIMIT 1", (now,)) is None:
            return []
        with self.db.write() as conn:
            return advance_due(conn, now)

    def order(self, order_id: str, provider: str | None = None) -> OrderView:
        self.tick()
        order = load_order(self.db.conn(), str(order_id))
        if order is None or (provider is not None and order.provider != provider):
            raise MarketError("order_not_found", f"订单不存在: {order_id}")
        return order

    def order_of_line(self, provider: str, line_id: str) -> OrderView:
        row = self.db.one("SELECT order_id FROM lines WHERE line_id = ?", (str(line_id),))
        if row is None:
            raise MarketError("order_not_found", f"子订单不存在: {line_id}")
        return self.order(row["order_id"], provider)

    def find_orders(self, provider: str | None = None, login: str | None = None, *,
                    client_ref: str | None = None, order_ids: Iterable[str] | None = None,
                    modified_from: float | None = None, modified_to: float | None = None,
                    created_from: float | None = None, created_to: float | None = None,
                    states: Iterable[str] | None = None) -> list[OrderView]:
        """Orders matching every given filter, newest first (by creation)."""
        self.tick()
        sql, args = "SELECT order_id FROM orders WHERE 1 = 1", []
        for clause, value in (("provider = ?", provider), ("login = ?", login),
                              ("client_ref = ?", client_ref), ("modified_at >= ?", modified_from),
                              ("modified_at <= ?", modified_to), ("created_at >= ?", created_from),
                              ("created_at <= ?", created_to)):
            if value is not None:
                sql += f" AND {clause}"
                args.append(value)
        for column, values in (("order_id", order_ids), ("state", states)):
            if values is not None:
                values = [str(v) for v in values]
                sql += f" AND {column} IN ({','.join('?' * len(values))})" if values else " AND 0"
                args.extend(values)
        conn = self.db.conn()
        rows = conn.execute(sql + " ORDER BY created_at DESC, order_id DESC", args).fetchall()
        return [load_order(conn, r["order_id"]) for r in rows]

    def pay(self, order_id: str, provider: str | None = None) -> OrderView:
        """Pay an order awaiting payment (the pay page, the CLI, batch pay)."""
        order = self.order(order_id, provider)
        if order.state != "awaiting_payment":
            raise MarketError("bad_state", f"订单状态不允许付款: {order.state}")
        now = self.now()
        with self.db.write() as conn:
            first_ship = schedule_packages(conn, self.seed, order, now)
            conn.execute("UPDATE orders SET state = 'paid', paid_at = ?, modified_at = ?, "
                         "next_event_at = ? WHERE order_id = ?", (now, now, first_ship, order.order_id))
        return self.order(order.order_id)

    def cancel(self, order_id: str, provider: str | None = None, *, reason: str = "buyerCancel",
               enforce_too_fast: bool = True) -> OrderView:
        """Close an unpaid order (the buyer's cancel); stock comes back."""
        order = self.order(order_id, provider)
        now = self.now()
        if order.state != "awaiting_payment":
            raise MarketError("bad_state", f"只能取消未付款订单 (state {order.state})")
        if enforce_too_fast and now - order.created_at < inferred.CANCEL_TOO_FAST_SECONDS:
            raise MarketError("too_fast", "CLOSE_ORDER_TOO_FAST: 下单后10秒内不能关闭订单")
        with self.db.write() as conn:
            conn.execute("UPDATE orders SET state = 'cancelled', cancelled_at = ?, modified_at = ?, "
                         "close_reason = ?, next_event_at = NULL WHERE order_id = ?",
                         (now, now, reason, order.order_id))
            for line in order.lines:
                if line.sku_id:
                    self.goods.add_sold(conn, order.provider, line.item_id, line.sku_id, -line.quantity)
        return self.order(order.order_id)
