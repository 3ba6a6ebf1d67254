"""Deterministic demo orders drawn from the sandbox catalogue, in every line status.

The same seed gives the same orders, lines, prices and waybills; times are offsets
from `now`. Inserts go in bulk so 100,000 lines take seconds (used by benchmarks).

Lines and provider orders are inserted with explicit ids (the history rows and lines refer to
them). On PostgreSQL that leaves the tables' id sequences behind, so every batch also moves
each sequence up to the highest id (never down): later inserts without an id then work.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from workstation.domain import statuses as st
from workstation.domain.barcodes import line_label, order_id
from workstation.domain.money import to_yuan
from workstation.providers.base import ProviderKind
from workstation.sandbox.catalogue import DEFAULT_SEED, CatalogueItem, build_catalogue
from workstation.sandbox.constants import DEMO_ACCOUNTS_1688, DEMO_ACCOUNTS_TAOBAO, IMAGE_URL
from workstation.store.database import Database
from workstation.store.models import LineStatusChange, Order, OrderLine, ProviderOrder

_CUSTOMERS = (
    ("C-1001", "Ivan Petrov", "Россия, Москва, ул. Тверская, д. 7, кв. 12, 125009"),
    ("C-1002", "Мария Смирнова", "Россия, Санкт-Петербург, Невский пр., д. 28, 191186"),
    ("C-1003", "Aigerim Nurlanova", "Kazakhstan, Almaty, Abay Ave 52, 050008"),
    ("C-1004", "Олег Ковальчук", "Беларусь, Минск, пр. Независимости, д. 4, 220030"),
    ("C-1005", "Dilnoza Karimova", "Uzbekistan, Tashkent, Amir Temur St 108, 100084"),
    ("C-1006", "Elena Popescu", "Moldova, Chișinău, Str. Pușkin 22, MD-2012"),
    ("C-1007", "Артём Волков", "Россия, Новосибирск, Красный пр., д. 25, 630099"),
    ("C-1008", "John Miller", "United Kingdom, Leeds, 14 Park Row, LS1 5HD"),
    ("C-1009", "Gulnara Sadykova", "Kyrgyzstan, Bishkek, Chui Ave 114, 720040"),
    ("C-1010", "Наталья Орлова", "Россия, Владивосток, ул. Светланская, д. 9, 690091"),
    ("C-1011", "Tomasz Nowak", "Poland, Kraków, ul. Floriańska 3, 31-019"),
    ("C-1012", "Ли Мин (李明)", "Россия, Хабаровск, ул. Муравьёва-Амурского, д. 18, 680000"),
)

# Order stages and how their lines' statuses are drawn (weights).
_STAGES: tuple[tuple[str, int], ...] = (
    (st.AWAITING_PAYMENT, 8),
    (st.READY, 26),
    (st.PRICE_CONFIRMATION, 4),
    (st.BOOKED, 14),
    (st.PURCHASED, 12),
    (st.SENT_BY_SELLER, 16),
    (st.RECEIVED, 10),
    (st.PACKED, 3),
    (st.SENT_TO_CUSTOMER, 3),
    (st.CANCELLED, 4),
)
_PATH = (st.AWAITING_PAYMENT, st.READY, st.BOOKED, st.PURCHASED, st.SENT_BY_SELLER,
         st.RECEIVED, st.PACKED, st.SENT_TO_CUSTOMER)
_RAW_STATUS = {
    ProviderKind.TAOBAO: {st.BOOKED: "WAIT_BUYER_PAY", st.PURCHASED: "WAIT_SELLER_SEND_GOODS",
                          st.SENT_BY_SELLER: "WAIT_BUYER_CONFIRM_GOODS"},
    ProviderKind.ALIBABA1688: {st.BOOKED: "waitbuyerpay", st.PURCHASED: "waitsellersend",
                               st.SENT_BY_SELLER: "waitbuyerreceive"},
}


def waybill_number(rng: random.Random) -> str:
    """A tracking number in a real Chinese courier format."""
    kind = rng.choice(("SF", "YT", "JT", "73", "75", "77"))

    def digits(n: int) -> str:
        return "".join(str(rng.randint(0, 9)) for _ in range(n))

    if kind == "SF":
        return "SF" + str(rng.randint(1, 9)) + digits(12)  # SF Express: SF + 13 digits
    if kind in ("YT", "JT"):
        return kind + str(rng.randint(1, 9)) + digits(12)  # YTO / J&T: 2 letters + 13 digits
    return kind + digits(10)  # ZTO (73...), Yunda (75...), Best/ZTO (77...): 12 digits


@dataclass(frozen=True)
class DemoSummary:
    orders: int
    lines: int
    first_order: str
    last_order: str


def generate(db: Database, orders: int = 60, seed: int = DEFAULT_SEED, *,
             now: datetime | None = None, max_lines: int = 5,
             progress: Callable[[int], None] | None = None) -> DemoSummary:
    """Add `orders` demo orders after the highest existing order number."""
    now = now or datetime.now(UTC)
    catalogue = build_catalogue()
    by_provider = {
        kind: [i for i in catalogue if i.provider is kind] for kind in ProviderKind
    }
    accounts = {ProviderKind.TAOBAO: DEMO_ACCOUNTS_TAOBAO[0][0],
                ProviderKind.ALIBABA1688: DEMO_ACCOUNTS_1688[0][0]}
    stage_names = [s for s, _ in _STAGES]
    stage_weights = [w for _, w in _STAGES]

    with db.write() as s:
        last = s.scalar(select(func.max(Order.id))) or order_id(100)
        start = int(last.removeprefix("ORD-")) + 1
        next_po = _highest_id(s, ProviderOrder) + 1
        next_line = _highest_id(s, OrderLine) + 1
    rng = random.Random(f"{seed}:{start}")  # a second batch differs from the first

    batch_orders: list[dict[str, Any]] = []
    batch_lines: list[dict[str, Any]] = []
    batch_pos: list[dict[str, Any]] = []
    batch_hist: list[dict[str, Any]] = []
    total_lines = 0

    def flush() -> None:
        with db.write() as s:
            for model, rows in ((Order, batch_orders), (ProviderOrder, batch_pos),
                                (OrderLine, batch_lines), (LineStatusChange, batch_hist)):
                if rows:
                    s.execute(insert(model), rows)
            if batch_pos or batch_lines:
                _advance_sequences(s, (ProviderOrder, OrderLine))
        for rows in (batch_orders, batch_pos, batch_lines, batch_hist):
            rows.clear()

    for n in range(orders):
        number = start + n
        oid = order_id(number)
        kind = ProviderKind.TAOBAO if rng.random() < 0.55 else ProviderKind.ALIBABA1688
        cust_id, cust_name, address = rng.choice(_CUSTOMERS)
        stage = rng.choices(stage_names, stage_weights)[0]
        age = _PATH.index(stage) if stage in _PATH else 2  # later stages are older orders
        created = now - timedelta(days=age + rng.randint(0, 4), hours=rng.randint(0, 23),
                                  minutes=rng.randint(0, 59))
        created -= timedelta(minutes=(orders - n))  # newer numbers are newer orders
        # One seller per order most of the time, as customers shop a store at a time.
        items: list[CatalogueItem] = by_provider[kind]
        seller = rng.choice(items).seller_id
        pool = [i for i in items if i.seller_id == seller] or items
        n_lines = rng.randint(1, max_lines)
        goods = Decimal(0)
        delivery = Decimal(0)
        po_id: int | None = None
        external_id = ""
        waybill: str | None = None
        if stage in (st.BOOKED, st.PURCHASED, st.SENT_BY_SELLER, st.RECEIVED, st.PACKED,
                     st.SENT_TO_CUSTOMER):
            po_id = next_po
            next_po += 1
            external_id = str(rng.randint(10**17, 10**18 - 1)) if kind is ProviderKind.ALIBABA1688 \
                else str(rng.randint(10**17, 4 * 10**18))
            if stage != st.BOOKED and stage != st.PURCHASED:
                waybill = waybill_number(rng)
        for ln in range(1, n_lines + 1):
            item = rng.choice(pool)
            sku = rng.choice(item.skus)
            qty = rng.choice((1, 1, 1, 2, 2, 3, 5))
            paid = sku.promotion_price or sku.price
            if rng.random() < 0.2:  # shop prices lag the marketplace: some were paid lower
                paid = to_yuan(paid * Decimal(rng.randint(80, 97)) / 100)
            line_delivery = to_yuan(Decimal(rng.choice((0, 0, 5, 8, 10, 12))))
            line_status = stage
            if stage == st.SENT_BY_SELLER and ln > 1 and rng.random() < 0.3:
                line_status = st.PURCHASED  # a partly shipped order
            if stage not in (st.CANCELLED,) and rng.random() < 0.05:
                line_status = st.CANCELLED
            bought = po_id is not None and line_status not in (st.CANCELLED,)
            goods += paid * qty
            delivery += line_delivery
            batch_lines.append({
                "id": next_line, "order_id": oid, "line_num": ln,
                "label": line_label(number, ln), "provider": kind.value,
                # Customers order the Taobao item and SKU ids; 1688 offer and spec ids.
                "item_id": item.native_item_id if kind is ProviderKind.TAOBAO else item.item_id,
                "config_id": sku.native_sku_id if kind is ProviderKind.TAOBAO else sku.sku_id,
                "order_item_id": item.item_id if bought else None,
                "order_sku_id": sku.sku_id if bought else None,
                "config_text": sku.config_text_en, "config_text_orig": sku.config_text,
                "title_orig": item.title, "title": item.title_en,
                # the sandbox draws this item's picture (sandbox/images.py)
                "image_url": IMAGE_URL.format(provider=kind.value, item_id=item.item_id),
                "item_url": "", "seller_id": item.seller_id, "seller_nick": item.seller_nick,
                "promotion_id": "tmall-promo" if sku.promotion_price else None,
                "is_tmall": item.is_tmall, "qty": qty, "price_cust": paid,
                "delivery_cust": line_delivery,
                "purch_price": (sku.promotion_price or sku.price) if bought else None,
                "purch_delivery": to_yuan(Decimal(rng.choice((0, 6, 8)))) if bought else None,
                "weight_kg": item.weight_kg * qty if line_status in (st.RECEIVED, st.PACKED,
                                                                    st.SENT_TO_CUSTOMER) else None,
                "status": line_status, "status_changed_at": created + timedelta(hours=6),
                "provider_order_id": po_id if bought else None,
                "account": accounts[kind] if bought else None,
                "vend_purch_id": external_id if bought else None,
                "vend_purch_waybill": waybill if bought and line_status != st.PURCHASED else None,
                "external_line_id": f"{external_id}{ln:02d}" if bought else None,
                "operator_comment": "", "version": 1,
            })
            batch_hist.extend(_history(next_line, line_status, created))
            next_line += 1
        total_lines += n_lines
        if po_id is not None:
            raw = _RAW_STATUS[kind].get(stage, _RAW_STATUS[kind][st.SENT_BY_SELLER])
            batch_pos.append({
                "id": po_id, "provider": kind.value, "account": accounts[kind],
                "client_ref": f"demo-{oid}", "external_id": external_id,
                "seller_id": seller, "seller_nick": pool[0].seller_nick,
                "state": "created", "raw_status": raw,
                "goods_amount": to_yuan(goods), "delivery_amount": to_yuan(delivery),
                "total_amount": to_yuan(goods + delivery), "weight_kg": None,
                "created_at": created + timedelta(hours=3), "modified_at": created + timedelta(hours=6),
                "synced_at": None,
            })
        batch_orders.append({
            "id": oid, "provider": kind.value, "customer_id": cust_id, "customer_name": cust_name,
            "currency": "CNY", "goods_amount": to_yuan(goods), "delivery_amount": to_yuan(delivery),
            "paid_amount": to_yuan(goods + delivery) if stage != st.AWAITING_PAYMENT else Decimal("0.00"),
            "is_paid": stage != st.AWAITING_PAYMENT, "is_cancelled": stage == st.CANCELLED,
            "comment": rng.choice(("", "", "请仔细检查质量", "Please check the size", "Подарок, без чека")),
            "delivery_address": address, "created_at": created, "updated_at": created,
        })
        if len(batch_lines) >= 5000:
            flush()
            if progress:
                progress(n + 1)
    flush()
    return DemoSummary(orders, total_lines, order_id(start), order_id(start + orders - 1))


def _history(line_id: int, final: str, created: datetime) -> list[dict[str, Any]]:
    path = list(_PATH[: _PATH.index(final) + 1]) if final in _PATH else [st.AWAITING_PAYMENT, st.READY, final]
    rows = []
    previous = None
    for step, code in enumerate(path):
        rows.append({"line_id": line_id, "old_status": previous, "new_status": code,
                     "changed_at": created + timedelta(hours=step), "source": "demo",
                     "actor": "demo", "note": ""})
        previous = code
    return rows


def _highest_id(s: Session, model: type[ProviderOrder] | type[OrderLine]) -> int:
    """The highest id in use: the table's, or on PostgreSQL its sequence's if that is further
    (ids handed out for rows since deleted, or not yet committed, are not given again)."""
    highest = s.scalar(select(func.max(model.id))) or 0
    if s.get_bind().dialect.name == "postgresql":
        table = model.__tablename__
        seq = s.scalar(text("SELECT pg_sequence_last_value(pg_get_serial_sequence(:t, 'id')::regclass)"),
                       {"t": table})
        highest = max(highest, seq or 0)
    return highest


def _advance_sequences(s: Session, models: tuple[type[ProviderOrder] | type[OrderLine], ...]) -> None:
    """PostgreSQL: move each table's id sequence up to the table's highest id, never down."""
    if s.get_bind().dialect.name != "postgresql":
        return  # SQLite's INTEGER PRIMARY KEY takes max(rowid) + 1 by itself
    for model in models:
        table = model.__tablename__  # a constant of ours, never user input
        s.execute(text(
            "SELECT setval(q.seq, GREATEST(m.top, COALESCE(pg_sequence_last_value(q.seq), 0))) "
            "FROM (SELECT pg_get_serial_sequence(:t, 'id')::regclass AS seq) AS q, "
            f"(SELECT max(id) AS top FROM {table}) AS m WHERE m.top IS NOT NULL"), {"t": table})


def is_empty(db: Database) -> bool:
    with db.read() as s:
        return (s.scalar(select(func.count()).select_from(Order)) or 0) == 0
