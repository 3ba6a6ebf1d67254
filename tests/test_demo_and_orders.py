"""Demo orders and the orders service the window and the CLI read through."""

from __future__ import annotations

import re
from collections import Counter

from sqlalchemy import func, select

from tests.helpers.db import FIXED_NOW
from workstation.domain import statuses as st
from workstation.sandbox.catalogue import build_catalogue
from workstation.services import demo
from workstation.services.orders import LineFilter, OrderFilter, OrderService
from workstation.store.database import Database
from workstation.store.models import LineStatusChange, OrderLine, ProviderOrder

COURIER = re.compile(r"^(SF\d{13}|YT\d{13}|JT\d{13}|7[357]\d{10})$")


def _all_lines(db: Database) -> list[OrderLine]:
    with db.read() as s:
        return list(s.scalars(select(OrderLine).order_by(OrderLine.id)))


def test_demo_is_deterministic(tmp_path, db: Database) -> None:
    demo.generate(db, orders=40, seed=7, now=FIXED_NOW)
    from workstation.config import Config
    from workstation.core import open_database

    other = open_database(Config(tmp_path, f"sqlite:///{tmp_path / 'other.sqlite3'}"))
    demo.generate(other, orders=40, seed=7, now=FIXED_NOW)
    key = lambda li: (li.order_id, li.line_num, li.item_id, li.config_id, li.qty,  # noqa: E731
                      li.price_cust, li.status, li.vend_purch_id, li.vend_purch_waybill)
    assert [key(li) for li in _all_lines(db)] == [key(li) for li in _all_lines(other)]
    other.dispose()


def test_demo_spreads_statuses_and_points_at_catalogue_items(db: Database) -> None:
    summary = demo.generate(db, orders=150, now=FIXED_NOW)
    lines = _all_lines(db)
    assert summary.lines == len(lines)
    seen = Counter(li.status for li in lines)
    for code in (st.AWAITING_PAYMENT, st.READY, st.BOOKED, st.PURCHASED, st.SENT_BY_SELLER,
                 st.RECEIVED, st.CANCELLED):
        assert seen[code] > 0, code
    catalogue = {(i.item_id, s.sku_id) for i in build_catalogue() for s in i.skus if i.provider == "1688"}
    catalogue |= {(i.native_item_id, s.native_sku_id) for i in build_catalogue() for s in i.skus
                  if i.provider == "taobao"}
    assert all((li.item_id, li.config_id) in catalogue for li in lines)
    assert {li.provider for li in lines} == {"taobao", "1688"}
    assert any(re.search(r"[\u4e00-\u9fff]", li.title_orig) for li in lines)
    for li in lines:
        if li.status in (st.SENT_BY_SELLER, st.RECEIVED):
            assert li.vend_purch_waybill and COURIER.match(li.vend_purch_waybill), li.vend_purch_waybill
        if li.status in (st.BOOKED, st.PURCHASED, st.SENT_BY_SELLER):
            assert li.vend_purch_id and li.account and li.provider_order_id
        if li.status in (st.READY, st.AWAITING_PAYMENT):
            assert li.vend_purch_id is None
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ProviderOrder)) > 0
        # every line has a history that ends in its status
        last = dict(s.execute(select(LineStatusChange.line_id, LineStatusChange.new_status)
                              .order_by(LineStatusChange.id)).all())
    assert all(last[li.id] == li.status for li in lines)


def test_demo_appends_after_the_last_order(db: Database) -> None:
    first = demo.generate(db, orders=3, now=FIXED_NOW)
    second = demo.generate(db, orders=2, now=FIXED_NOW)
    assert first.last_order == "ORD-0000000103"
    assert second.first_order == "ORD-0000000104"


def test_order_search_and_paging(db: Database) -> None:
    demo.generate(db, orders=30, now=FIXED_NOW)
    service = OrderService(db)
    assert service.count_orders() == 30
    page1 = service.list_orders(offset=0, limit=20)
    page2 = service.list_orders(offset=20, limit=20)
    assert len(page1) == 20 and len(page2) == 10
    assert not {o.id for o in page1} & {o.id for o in page2}
    assert [o.created_at for o in page1] == sorted((o.created_at for o in page1), reverse=True)
    assert [o.id for o in service.list_orders(OrderFilter("ord-105"))] == ["ORD-0000000105"]
    assert [o.id for o in service.list_orders(OrderFilter("105"))] == ["ORD-0000000105"]
    name = page1[0].customer_name
    assert all(o.customer_name == name for o in service.list_orders(OrderFilter(name)))
    assert service.count_orders(OrderFilter("nobody at all")) == 0


def test_goods_search_by_waybill_prefix_and_lookup(db: Database) -> None:
    demo.generate(db, orders=80, now=FIXED_NOW)
    service = OrderService(db)
    waybilled = [li for li in _all_lines(db) if li.vend_purch_waybill]
    target = waybilled[0].vend_purch_waybill
    assert target is not None
    found = service.list_lines(LineFilter(waybill_prefix=target[:6].lower()))
    assert found and all(li.vend_purch_waybill.startswith(target[:6]) for li in found)
    assert service.count_lines(LineFilter(waybill_prefix=target)) == sum(
        1 for li in waybilled if li.vend_purch_waybill == target)

    scan = service.lookup(f"]C0{target.lower()}\r")
    assert scan.kind == "waybill" and {li.vend_purch_waybill for li in scan.lines} == {target}
    vend = service.lookup(waybilled[0].vend_purch_id or "")
    assert vend.kind == "provider_order"
    label = service.lookup(waybilled[0].label)
    assert label.kind == "label" and label.lines[0].id == waybilled[0].id
    assert service.lookup("ord-101").kind == "order"
    assert service.lookup("NO-SUCH-PARCEL").kind == "none"


def test_order_detail_and_unknown_order(db: Database) -> None:
    import pytest

    from workstation.services.errors import NotFoundError

    demo.generate(db, orders=5, now=FIXED_NOW)
    detail = OrderService(db).order_detail("ORD-0000000101")
    assert detail.lines and [li.line_num for li in detail.lines] == sorted(li.line_num for li in detail.lines)
    with pytest.raises(NotFoundError, match="ORD-0000009999"):
        OrderService(db).order_detail("ORD-0000009999")
