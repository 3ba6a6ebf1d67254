"""Order lifecycle and catalogue behaviours on the sandbox clock; the clock shared by directory."""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from tests.sandbox.helpers import ADDRESS_1688
from workstation.providers.base import ProviderKind
from workstation.sandbox import inferred
from workstation.sandbox.goods import catalogue_items, drift_pct
from workstation.sandbox.market import P1688, PTG, LineRequest, Market
from workstation.sandbox.orders import make_waybill

WAYBILL = re.compile(r"SF\d{12}|YT\d{13}|JT\d{13}|7[357]\d{12}")


def _plain(market: Market, provider: ProviderKind):
    return [i for i in catalogue_items(market.seed, provider) if not (i.drifts or i.sells_out or i.sku_vanishes)]


def _order(market: Market, lines: int = 1, provider: str = P1688):
    kind = ProviderKind(provider)
    item = _plain(market, kind)[0]
    requests = [LineRequest(item.item_id, item.skus[n].sku_id, 1) for n in range(lines)]
    (quote,) = market.quote(provider, requests)
    login = "demo_buyer_1688" if provider == P1688 else "demo_buyer_tb"
    (order,) = market.create_orders(provider, login, [quote], client_ref="ref", address=ADDRESS_1688)
    return order


@given(st.integers(0, 10**6), st.integers(10**17, 10**18), st.integers(1, 3))
def test_waybills_have_courier_formats(seed, order_id, package_no):
    waybill, code, name = make_waybill(seed, str(order_id), package_no)
    assert WAYBILL.fullmatch(waybill) and code and name
    assert make_waybill(seed, str(order_id), package_no) == (waybill, code, name)


def test_full_lifecycle_through_pay_page(sandbox):
    market = sandbox.market
    order = _order(market)
    page = sandbox.http.get(f"/pay/1688/{order.order_id}")
    assert "id=pay" in page.text
    assert "id=paid" in sandbox.http.post(f"/pay/1688/{order.order_id}").text
    paid = market.order(order.order_id)
    assert paid.state == "paid" and paid.modified_at >= order.modified_at and not paid.shipped_packages
    market.advance(inferred.SHIP_AFTER_HOURS - 1)
    assert market.order(order.order_id).state == "paid"
    market.advance(1.5)
    shipped = market.order(order.order_id)
    assert shipped.state == "shipped" and shipped.modified_at == shipped.shipped_at
    (package,) = shipped.packages
    assert WAYBILL.fullmatch(package.waybill) and package.line_ids == tuple(ln.line_id for ln in shipped.lines)
    market.advance(inferred.RECEIVE_AFTER_HOURS)
    assert market.order(order.order_id).state == "received"
    market.advance(inferred.FINISH_AFTER_HOURS)
    done = market.order(order.order_id)
    assert done.state == "finished" and done.finished_at == done.modified_at
    assert inferred.STATUS_1688[done.state] == "success"


def test_split_shipment_covers_every_line(sandbox):
    market = sandbox.market
    order = next(o for o in (_order(market, 3) for _ in range(3)) if int(o.order_id) % 2 == 0)
    market.pay(order.order_id)
    market.advance(inferred.SHIP_AFTER_HOURS + 0.1)
    partly = market.order(order.order_id)
    assert partly.state == "partly_shipped" and len(partly.shipped_packages) == 1
    assert {ln.state for ln in partly.lines} == {"shipped", "paid"}
    market.advance(inferred.SECOND_PACKAGE_AFTER_HOURS - inferred.SHIP_AFTER_HOURS)
    full = market.order(order.order_id)
    assert full.state == "shipped" and len(full.packages) == 2
    covered = [lid for p in full.packages for lid in p.line_ids]
    assert sorted(covered) == sorted(ln.line_id for ln in full.lines)
    assert full.packages[0].waybill != full.packages[1].waybill


def test_unpaid_orders_cancel_and_give_stock_back(sandbox):
    market = sandbox.market
    order = _order(market, provider=PTG)
    item = market.item(PTG, order.lines[0].item_id)
    stock_before = item.sku(order.lines[0].sku_id).stock
    market.advance(inferred.AUTO_CANCEL_UNPAID_HOURS + 1)
    closed = market.order(order.order_id)
    assert closed.state == "cancelled" and inferred.STATUS_TG[closed.state] == "TRADE_CLOSED"
    assert closed.modified_at == order.created_at + inferred.AUTO_CANCEL_UNPAID_HOURS * 3600
    assert market.item(PTG, order.lines[0].item_id).sku(order.lines[0].sku_id).stock == stock_before + 1


def test_taobao_global_statuses(sandbox):
    market = sandbox.market
    order = _order(market, provider=PTG)
    assert inferred.STATUS_TG[order.state] == "WAIT_BUYER_P"
    market.pay(order.order_id)
    market.advance(inferred.SHIP_AFTER_HOURS + inferred.FINISH_AFTER_HOURS + 1)
    finished = market.order(order.order_id)
    # no source documents a completed purchase-order state: a finished order stays shipped
    assert finished.state == "finished" and inferred.STATUS_TG[finished.state] == "WAIT_BUYER_CONFIRM_GOODS"


def test_clock_is_shared_by_directory(tmp_path):
    first, second = Market(tmp_path), Market(tmp_path)
    before = second.now()
    first.advance(5)
    assert second.now() - before >= 5 * 3600
    order = _order(first)
    assert second.order(order.order_id).order_id == order.order_id


def test_catalogue_behaviours_on_the_clock(tmp_path):
    market = Market(tmp_path)
    items = catalogue_items(market.seed, ProviderKind.ALIBABA1688)
    drifting = next(i for i in items if i.drifts and not i.sells_out and not i.sku_vanishes)
    selling_out = next(i for i in items if i.sells_out)
    vanishing = next(i for i in items if i.sku_vanishes)
    base = market.item(P1688, drifting.item_id).skus[0].price
    assert base == drifting.skus[0].price
    assert market.item(P1688, selling_out.item_id).stock > 0
    market.advance(inferred.DRIFT_AFTER_HOURS)
    risen = market.item(P1688, drifting.item_id).skus[0].price
    pct = drift_pct(drifting.item_id)
    assert 5 <= pct <= 30 and risen == (base * (1 + Decimal(pct) / 100)).quantize(Decimal("0.01"))
    market.advance(inferred.SELL_OUT_AFTER_HOURS - inferred.DRIFT_AFTER_HOURS)
    assert market.item(P1688, selling_out.item_id).stock == 0
    assert market.item(P1688, vanishing.item_id).sku(vanishing.skus[0].sku_id) is not None
    market.advance(inferred.SKU_VANISH_AFTER_HOURS - inferred.SELL_OUT_AFTER_HOURS)
    assert market.item(P1688, vanishing.item_id).sku(vanishing.skus[0].sku_id) is None


def test_tmall_items_sell_at_promotion_price(tmp_path):
    market = Market(tmp_path)
    tmall = next(i for i in catalogue_items(market.seed, ProviderKind.TAOBAO) if i.is_tmall)
    (quote,) = market.quote(PTG, [LineRequest(tmall.item_id, tmall.skus[0].sku_id, 2)])
    assert quote.lines[0].unit_price == tmall.skus[0].promotion_price < tmall.skus[0].price
    assert quote.post_fee == 0


def test_reset_forgets_orders(tmp_path):
    market = Market(tmp_path)
    _order(market)
    market.advance(3)
    market.reset()
    assert market.find_orders() == [] and market.clock.offset() == 0
