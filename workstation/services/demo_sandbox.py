"""Making the demo usable at once on the sandbox: demo accounts logged in, warehouse
addresses set, and the demo's booked orders really existing on the sandbox marketplace."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from workstation.domain import statuses as st
from workstation.providers.base import (
    Address,
    OrderRequest,
    OrderRequestLine,
    Provider,
    ProviderError,
)
from workstation.sandbox.autologin import sandbox_login
from workstation.sandbox.constants import DEMO_ACCOUNTS_1688, DEMO_ACCOUNTS_TAOBAO
from workstation.sandbox.market import Market
from workstation.services.sessions import SessionService
from workstation.services.settings import SettingsService
from workstation.store.database import Database
from workstation.store.models import OrderLine, ProviderOrder

log = logging.getLogger(__name__)

# The seed document's example warehouse (docs/domain.md), valid for both providers.
DEMO_WAREHOUSE = {"name": "王鑫磊奇跡", "mobile": "11147043234", "postal_code": "520045", "province": "广东省",
                  "city": "广州市", "district": "白云区", "address": "尚都国际小区东区9号楼23号车库",
                  "phone": "020-86001234"}


@dataclass(frozen=True)
class SandboxDemo:
    accounts: list[str]
    orders_linked: int


def prepare(db: Database, settings: SettingsService, sessions: SessionService,
            connector: Callable[[str], Provider], sandbox_dir: Path | str,
            live: Callable[[str], bool] = lambda _provider: False) -> SandboxDemo:
    """Log the demo accounts in, add warehouses, and create the demo's booked orders on the sandbox.
    A provider connected to its real gateway (`live`) is left out: nothing is logged in or ordered
    there, ever, on behalf of demo data."""
    accounts = []
    for provider, demo_accounts in (("1688", DEMO_ACCOUNTS_1688), ("taobao", DEMO_ACCOUNTS_TAOBAO)):
        if live(provider):
            log.info("demo: %s is connected live; no demo login and no demo order there", provider)
            continue
        for login, password in demo_accounts:
            sessions.store(provider, sandbox_login(connector(provider), login, password))
            accounts.append(login)
        current = settings.get(provider).accounts
        settings.set(provider, "accounts", sorted(set(current) | {a for a, _ in demo_accounts}))
        if not settings.warehouses(provider):
            settings.add_warehouse(provider, is_default=True, **DEMO_WAREHOUSE)
    linked = _link_orders(db, sessions, connector, Market(sandbox_dir), live)
    return SandboxDemo(accounts, linked)


def _link_orders(db: Database, sessions: SessionService, connector: Callable[[str], Provider],
                 market: Market, live: Callable[[str], bool]) -> int:
    """Demo orders that are booked or purchased get a real twin on the sandbox (paid if purchased)."""
    with db.read() as s:
        pos = list(s.scalars(select(ProviderOrder).where(ProviderOrder.client_ref.like("demo-%"))))
        lines_of = {po.id: list(s.scalars(select(OrderLine).where(OrderLine.provider_order_id == po.id)
                                          .order_by(OrderLine.line_num))) for po in pos}
    address = Address(**DEMO_WAREHOUSE)
    linked = 0
    for po in pos:
        lines = lines_of[po.id]
        states = {li.status for li in lines}
        if not lines or not states <= {st.BOOKED, st.PURCHASED} or po.state != "created" or live(po.provider):
            continue
        token = sessions.token(po.provider, po.account)
        request = OrderRequest(client_ref=po.client_ref or "", seller_id=po.seller_id, address=address,
                               lines=tuple(OrderRequestLine(li.order_item_id or li.item_id, li.order_sku_id,
                                                            li.qty, li.purch_price) for li in lines))
        try:
            order = connector(po.provider).create_order(token, request)
        except ProviderError as exc:
            log.warning("demo order %s could not be created on the sandbox: %s", po.client_ref, exc)
            continue
        if st.PURCHASED in states:
            market.pay(order.order_id, po.provider)
        with db.write() as s:
            fresh = s.get(ProviderOrder, po.id)
            assert fresh is not None
            fresh.external_id, fresh.raw_status = order.order_id, order.status
            remote = list(order.lines)
            for line in s.scalars(select(OrderLine).where(OrderLine.provider_order_id == po.id)):
                line.vend_purch_id = order.order_id
                match = next((r for r in remote if r.item_id == line.order_item_id
                              and (r.sku_id or None) == (line.order_sku_id or None)), None)
                if match is not None:
                    remote.remove(match)
                    line.external_line_id = match.line_id
                    line.purch_price = match.unit_price
        linked += 1
    return linked
