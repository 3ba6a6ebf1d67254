"""A world for engine tests: a real sandbox on loopback, a real database, the real services."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.helpers.db import migrated
from workstation.config import Config
from workstation.core import Core, assemble, open_database
from workstation.domain import statuses as st
from workstation.domain.barcodes import line_label, order_id
from workstation.sandbox.autologin import sandbox_login
from workstation.sandbox.catalogue import CatalogueItem, items_of
from workstation.sandbox.constants import DEMO_ACCOUNTS_1688, DEMO_ACCOUNTS_TAOBAO
from workstation.sandbox.launcher import serve_in_thread
from workstation.sandbox.market import Market
from workstation.services.demo_sandbox import DEMO_WAREHOUSE
from workstation.services.secrets import MemorySecretStore
from workstation.store.models import Order, OrderLine

ACCOUNT = {"1688": DEMO_ACCOUNTS_1688[0][0], "taobao": DEMO_ACCOUNTS_TAOBAO[0][0]}
SECOND = {"1688": DEMO_ACCOUNTS_1688[1][0], "taobao": DEMO_ACCOUNTS_TAOBAO[1][0]}


def plain_items(provider: str) -> list[CatalogueItem]:
    """Items with no time-driven behaviour (no drift, no sell-out, no vanishing SKU), no Tmall."""
    return [i for i in items_of(provider) if not (i.drifts or i.sells_out or i.sku_vanishes or i.is_tmall)]


@dataclass
class World:
    core: Core
    market: Market
    base_url: str
    data_dir: Path
    next_order: int = 1000

    def add_order(self, provider: str, picks: list[tuple[CatalogueItem, int, int, Decimal | None]],
                  *, paid: bool = True) -> str:
        """An order of (item, sku index, qty, price paid or None for the current price)."""
        self.next_order += 1
        number = self.next_order
        oid = order_id(number)
        now = datetime.now(UTC)
        with self.core.db.write() as s:
            s.add(Order(id=oid, provider=provider, customer_id="C-1", customer_name="Test Customer",
                        goods_amount=Decimal("0.00"), delivery_amount=Decimal("0.00"),
                        paid_amount=Decimal("100.00") if paid else Decimal("0.00"), is_paid=paid,
                        created_at=now, updated_at=now))
            s.flush()
            for n, (item, sku_index, qty, price) in enumerate(picks, start=1):
                sku = item.skus[sku_index]
                taobao = provider == "taobao"
                s.add(OrderLine(order_id=oid, line_num=n, label=line_label(number, n), provider=provider,
                                item_id=item.native_item_id if taobao else item.item_id,
                                config_id=sku.native_sku_id if taobao else sku.sku_id,
                                config_text=sku.config_text_en, config_text_orig=sku.config_text,
                                title_orig=item.title, title=item.title_en, seller_id=item.seller_id,
                                seller_nick=item.seller_nick, is_tmall=item.is_tmall, qty=qty,
                                price_cust=price if price is not None else (sku.promotion_price or sku.price),
                                delivery_cust=Decimal("5.00"),
                                status=st.READY if paid else st.AWAITING_PAYMENT, status_changed_at=now))
        return oid

    def lines(self, oid: str) -> list[OrderLine]:
        with self.core.db.read() as s:
            return list(s.scalars(select(OrderLine).where(OrderLine.order_id == oid).order_by(OrderLine.line_num)))

    def sandbox_orders(self, provider: str) -> list:  # type: ignore[type-arg]
        return self.market.find_orders(provider)

    def count_sandbox_orders(self) -> int:
        return len(self.market.find_orders())


def count(core: Core, model, *where) -> int:  # type: ignore[no-untyped-def]
    with core.db.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def make_world(tmp_path: Path, db_url: str, *, migrated: Callable[[str], object] | None = None) -> Iterator[World]:
    """The world on `db_url`; `migrated(db_url)`, when given, first makes the empty database a
    copy of the session's migrated template (the fixtures pass it; scripts migrate as the app does)."""
    data = tmp_path / "data"
    (data / "sandbox").mkdir(parents=True)
    if migrated is not None:
        migrated(db_url)
    base_url, stop = serve_in_thread(data / "sandbox")
    config = Config(data, db_url)
    db = open_database(config)
    core = assemble(config, db, secrets=MemorySecretStore(), sandbox_url=base_url, connector_timeout=2.0)
    for provider in ("1688", "taobao"):
        for login, password in (DEMO_ACCOUNTS_1688 if provider == "1688" else DEMO_ACCOUNTS_TAOBAO):
            core.sessions.store(provider, sandbox_login(core.connectors(provider), login, password))
        core.settings.add_warehouse(provider, is_default=True, **DEMO_WAREHOUSE)
    try:
        yield World(core, Market(data / "sandbox"), base_url, data)
    finally:
        core.close()
        stop()


def template_copier(request: pytest.FixtureRequest) -> Callable[[str], object]:
    """What a fixture hands make_world: copy the session's migrated template (helpers/db.py)."""
    return lambda url: migrated(request, url)


@pytest.fixture
def world(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[World]:
    # where the CLI looks by default, so a `workstation-cli --data-dir` sees the same database
    yield from make_world(tmp_path, f"sqlite:///{tmp_path / 'data' / 'workstation.sqlite3'}",
                          migrated=template_copier(request))


@pytest.fixture
def any_world(request: pytest.FixtureRequest, tmp_path: Path, db_url: str) -> Iterator[World]:
    """The same world on SQLite and, when a server is given, PostgreSQL."""
    yield from make_world(tmp_path, db_url, migrated=template_copier(request))
