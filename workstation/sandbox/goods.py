"""The catalogue as the sandbox serves it: catalogue data plus state, played out on the clock.

`build_catalogue(seed)` gives the goods; the state file adds what changed (status,
price and stock overrides, units sold, vanished SKUs), and the clock adds the
scheduled behaviours of `CatalogueItem` (drifting prices, selling out, vanishing
SKUs), all deterministic for a seed and a sandbox time.
"""

from __future__ import annotations

import functools
import zlib
from dataclasses import dataclass
from decimal import Decimal

from workstation.providers.base import ProviderKind, yuan
from workstation.sandbox import inferred
from workstation.sandbox.catalogue import CatalogueItem, CatalogueSku, build_catalogue
from workstation.sandbox.db import StateDB


class MarketError(Exception):
    """A business refusal; `kind` is provider-neutral, each protocol maps it to its own codes."""

    def __init__(self, kind: str, message: str, *, item_id: str = "", sku_id: str = ""):
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.item_id = item_id
        self.sku_id = sku_id


@dataclass(frozen=True)
class SkuState:
    sku: CatalogueSku
    price: Decimal
    promotion_price: Decimal | None
    stock: int

    @property
    def sku_id(self) -> str:
        return self.sku.sku_id

    @property
    def effective_price(self) -> Decimal:
        return self.promotion_price if self.promotion_price is not None else self.price


@dataclass(frozen=True)
class ItemState:
    item: CatalogueItem
    status: str  # published | expired (off shelf); deleted items raise instead
    skus: tuple[SkuState, ...]  # without vanished SKUs

    @property
    def item_id(self) -> str:
        return self.item.item_id

    @property
    def available(self) -> bool:
        return self.status == "published"

    @property
    def price(self) -> Decimal:
        return min(s.price for s in self.skus) if self.skus else self.item.price

    @property
    def promotion_price(self) -> Decimal | None:
        promos = [s.promotion_price for s in self.skus if s.promotion_price is not None]
        return min(promos) if promos else None

    @property
    def stock(self) -> int:
        return sum(s.stock for s in self.skus)

    def sku(self, sku_id: str | None) -> SkuState | None:
        return next((s for s in self.skus if s.sku_id == sku_id), None)


@functools.lru_cache(maxsize=8)
def _index(seed: int) -> dict[tuple[str, str], CatalogueItem]:
    return {(i.provider.value, i.item_id): i for i in build_catalogue(seed)}


def catalogue_items(seed: int, provider: ProviderKind | None = None) -> list[CatalogueItem]:
    return [i for i in _index(seed).values() if provider is None or i.provider is provider]


def drift_pct(item_id: str) -> int:
    span = inferred.DRIFT_MAX_PCT - inferred.DRIFT_MIN_PCT + 1
    return inferred.DRIFT_MIN_PCT + zlib.crc32(item_id.encode()) % span


class Goods:
    """Reads and changes catalogue state; `now` and `epoch` are sandbox epoch seconds."""

    def __init__(self, db: StateDB, seed: int):
        self.db = db
        self.seed = seed

    def catalogue_item(self, provider: str, item_id: str) -> CatalogueItem | None:
        return _index(self.seed).get((provider, item_id))

    def by_native_id(self, provider: str, native_item_id: str) -> CatalogueItem | None:
        return next((i for (p, _), i in _index(self.seed).items()
                     if p == provider and native_item_id in (i.native_item_id, i.item_id)), None)

    def state(self, provider: str, item_id: str, now: float, epoch: float) -> ItemState:
        """The item as a buyer sees it now; MarketError(item_gone) when it does not exist."""
        item = self.catalogue_item(provider, item_id)
        row = self.db.one("SELECT * FROM items WHERE provider = ? AND item_id = ?", (provider, item_id))
        if item is None or (row is not None and row["status"] == "deleted"):
            raise MarketError("item_gone", f"商品不存在或已删除: {item_id}", item_id=item_id)
        status = row["status"] if row else "published"
        factor = Decimal(row["price_factor"]) if row else Decimal(1)
        age_h = (now - epoch) / 3600.0
        if item.drifts and age_h >= inferred.DRIFT_AFTER_HOURS:
            factor *= 1 + Decimal(drift_pct(item.item_id)) / 100
        sku_rows = {r["sku_id"]: r for r in self.db.query(
            "SELECT * FROM skus WHERE provider = ? AND item_id = ?", (provider, item_id))}
        skus = []
        for index, sku in enumerate(item.skus):
            srow = sku_rows.get(sku.sku_id)
            vanished = bool(srow and srow["vanished"]) or (
                item.sku_vanishes and index == 0 and age_h >= inferred.SKU_VANISH_AFTER_HOURS)
            if vanished:
                continue
            if srow is not None and srow["price_override"] is not None:
                price = yuan(srow["price_override"])
                promo = yuan(price * Decimal("0.85")) if sku.promotion_price is not None else None
            else:
                price = yuan(sku.price * factor)
                promo = yuan(sku.promotion_price * factor) if sku.promotion_price is not None else None
            stock = sku.stock
            if srow is not None and srow["stock_override"] is not None:
                stock = srow["stock_override"]
            if item.sells_out and age_h >= inferred.SELL_OUT_AFTER_HOURS:
                stock = 0
            stock = max(0, stock - (srow["sold"] if srow else 0))
            skus.append(SkuState(sku, price, promo, stock))
        return ItemState(item, status, tuple(skus))

    def set_item(self, provider: str, item_id: str, *, status: str | None = None,
                 price_factor: Decimal | None = None) -> None:
        if self.catalogue_item(provider, item_id) is None:
            raise MarketError("item_gone", f"no such item: {item_id}", item_id=item_id)
        if status is not None and status not in ("published", "expired", "deleted"):
            raise ValueError(f"bad item status {status!r}")
        with self.db.write() as conn:
            conn.execute("INSERT OR IGNORE INTO items (provider, item_id) VALUES (?, ?)", (provider, item_id))
            if status is not None:
                conn.execute("UPDATE items SET status = ? WHERE provider = ? AND item_id = ?",
                             (status, provider, item_id))
            if price_factor is not None:
                conn.execute("UPDATE items SET price_factor = ? WHERE provider = ? AND item_id = ?",
                             (str(price_factor), provider, item_id))

    def set_sku(self, provider: str, item_id: str, sku_id: str, *, price: Decimal | None = None,
                stock: int | None = None, vanished: bool | None = None) -> None:
        item = self.catalogue_item(provider, item_id)
        if item is None or all(s.sku_id != sku_id for s in item.skus):
            raise MarketError("sku_gone", f"no such sku: {sku_id}", item_id=item_id, sku_id=sku_id)
        with self.db.write() as conn:
            self._ensure_sku(conn, provider, item_id, sku_id)
            for column, value in (("price_override", None if price is None else str(yuan(price))),
                                  ("stock_override", stock),
                                  ("vanished", None if vanished is None else int(vanished))):
                if value is not None:
                    conn.execute(f"UPDATE skus SET {column} = ? WHERE provider = ? AND item_id = ? "
                                 "AND sku_id = ?", (value, provider, item_id, sku_id))

    def add_sold(self, conn, provider: str, item_id: str, sku_id: str, quantity: int) -> None:
        """Record units taken (negative to give them back); inside the caller's transaction."""
        self._ensure_sku(conn, provider, item_id, sku_id)
        conn.execute("UPDATE skus SET sold = MAX(0, sold + ?) WHERE provider = ? AND item_id = ? "
                     "AND sku_id = ?", (quantity, provider, item_id, sku_id))

    @staticmethod
    def _ensure_sku(conn, provider: str, item_id: str, sku_id: str) -> None:
        conn.execute("INSERT OR IGNORE INTO skus (provider, item_id, sku_id) VALUES (?, ?, ?)",
                     (provider, item_id, sku_id))
