"""The 1688 connector keeps the paid unit price (itemAmount / quantity), not productItems[].price.

Spec 1.8: `price` is the original unit price and `itemAmount` the amount actually paid for
the line. 1688's published get.buyerView sample has a line with price 0.1, quantity 1 and
itemAmount 0.05: the buyer paid 0.05 a unit. The original price stays as `list_price`.
"""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal

import httpx
import pytest

from tests.providers.test_against_sandbox import login, plain_item, request_for
from workstation.providers.alibaba1688 import parse
from workstation.providers.base import OrderRequest, OrderRequestLine, ProviderKind
from workstation.providers.http import RetryPolicy
from workstation.providers.registry import provider_from_settings, sandbox_settings
from workstation.providers.wire import Fields, json_object
from workstation.sandbox.launcher import serve_in_thread
from workstation.sandbox.market import Market

FEN = Decimal("0.01")
CREATE = {ProviderKind.ALIBABA1688: "alibaba.trade.createCrossOrder",
          ProviderKind.TAOBAO: "/purchase/order/create"}


def read(trade: dict):
    """The order as the connector reads it off the wire (JSON text, floats as exact Decimals)."""
    reply = httpx.Response(200, content=json.dumps({"result": trade}, ensure_ascii=False).encode())
    return parse.order(Fields(json_object(reply, parse.PROVIDER, "test"), parse.PROVIDER).obj("result"))


def sample_trade(lines: list[dict]) -> dict:
    """A TradeInfo around `lines`, its money as in 1688's published sample (yuan numbers)."""
    goods = sum((Decimal(str(ln["itemAmount"])) for ln in lines), Decimal(0))
    return {
        "baseInfo": {"id": 58218860983545944, "idOfStr": "58218860983545941", "status": "waitbuyerreceive",
                     "sellerID": "b2b-2248564064", "buyerLoginId": "b测试账号002", "shippingFee": 6,
                     "sumProductPayment": float(goods), "totalAmount": float(goods + 6), "discount": 0,
                     "refund": 0, "createTime": "20170913231708000-0700"},
        "productItems": lines,
    }


def sample_line(price, quantity, item_amount, sub_item="58218860985545941") -> dict:
    return {"itemAmount": item_amount, "name": "这个一个很好看好看的鞋子用于服务测试（大家不要动）",
            "price": price, "productID": 558700975520, "quantity": quantity, "refund": 0,
            "skuID": 3638916762844, "status": "waitbuyerreceive", "subItemID": int(sub_item),
            "subItemIDString": sub_item, "entryDiscount": 0, "specId": "6ff6071792c8ab520b9b867c61b990bd",
            "skuInfos": [{"name": "颜色", "value": "白色"}, {"name": "尺码", "value": "38"}]}


def test_published_sample_line_is_read_at_the_price_paid():
    order = read(sample_trade([sample_line(0.1, 1, 0.05)]))
    (line,) = order.lines
    assert line.unit_price == Decimal("0.05")
    assert line.list_price == Decimal("0.10")
    assert line.amount == Decimal("0.05") and line.quantity == 1
    assert order.goods_amount == Decimal("0.05") and order.total_amount == Decimal("6.05")


@pytest.mark.parametrize(("item_amount", "quantity", "unit"), [
    (36.00, 2, "18.00"),  # divides exactly: no rounding at all
    (0.3, 1, "0.30"),
    (10.00, 4, "2.50"),
    (10.00, 3, "3.33"),  # 3.333... -> fen, half up
    (20.00, 3, "6.67"),  # 6.666... -> fen, half up
    (0.05, 2, "0.03"),  # 0.025 -> 0.03 half up (half-even would give 0.02)
    (33.33, 2, "16.67"),  # 16.665 -> 16.67
])
def test_paid_unit_price_is_exact_or_rounded_half_up_to_the_fen(item_amount, quantity, unit):
    order = read(sample_trade([sample_line(99.0, quantity, item_amount)]))
    (line,) = order.lines
    assert line.unit_price == Decimal(unit) and str(line.unit_price) == unit
    assert line.amount == Decimal(str(item_amount)).quantize(FEN)  # the platform's own figure
    assert line.list_price == Decimal("99.00")
    assert parse.paid_unit_price(Decimal(str(item_amount)), quantity) == Decimal(unit)


def test_line_without_a_price_still_reads():
    line = sample_line(0.1, 2, 0.1)
    del line["price"]
    (got,) = read(sample_trade([line])).lines
    assert got.unit_price == Decimal("0.05") and got.list_price is None


# ---------------------------------------------------------------- against the sandbox


@pytest.fixture
def sandbox(tmp_path):
    base_url, stop = serve_in_thread(tmp_path)
    yield base_url, Market(tmp_path)
    stop()


def connect(base_url: str, kind: ProviderKind):
    provider = provider_from_settings(sandbox_settings(base_url, kind), min_interval=0,
                                      timeout=httpx.Timeout(5, connect=2.0))
    provider.http.policy = RetryPolicy(attempts=3, base_delay=0.05, max_delay=0.2, deadline=5)
    return provider


def test_sandbox_order_with_the_sample_figures(sandbox):
    base_url, market = sandbox
    kind = ProviderKind.ALIBABA1688
    connector = connect(base_url, kind)
    try:
        token = login(connector, kind)
        item = plain_item(kind)
        market.goods.set_sku(kind.value, item.item_id, item.skus[0].sku_id, price=Decimal("0.10"))
        market.faults.add(CREATE[kind], "discount", 1, percent=50)
        base = request_for(kind)
        line = OrderRequestLine(item.item_id, item.skus[0].sku_id, 1, Decimal("0.10"))
        created = connector.create_order(token, OrderRequest(base.client_ref, item.seller_id, (line,),
                                                             base.address, base.message))
        (read,) = created.lines
        assert (read.unit_price, read.list_price, read.amount) == (Decimal("0.05"), Decimal("0.10"),
                                                                   Decimal("0.05"))
        assert connector.get_order(token, created.order_id) == created
        assert created.goods_amount == Decimal("0.05")
    finally:
        connector.close()


def test_sandbox_discounted_order_reads_the_paid_unit_price(sandbox):
    base_url, market = sandbox
    kind = ProviderKind.ALIBABA1688
    connector = connect(base_url, kind)
    try:
        token = login(connector, kind)
        price = plain_item(kind).skus[0].price
        market.faults.add(CREATE[kind], "discount", 1, percent=10)
        created = connector.create_order(token, request_for(kind, quantity=3))
        (read,) = created.lines
        paid = (price * 3 * Decimal("0.9")).quantize(FEN, ROUND_HALF_UP)
        assert read.amount == paid and read.list_price == price
        assert read.unit_price == (paid / 3).quantize(FEN, ROUND_HALF_UP) < price
        found = connector.find_by_reference(token, created.client_ref)
        assert found.lines[0].unit_price == read.unit_price
        # Without a discount the paid and the original unit prices agree.
        plain = connector.create_order(token, request_for(kind, quantity=3)).lines[0]
        assert plain.unit_price == plain.list_price == price and plain.amount == price * 3
    finally:
        connector.close()


def test_sandbox_discount_on_taobao_global_lowers_the_paid_unit_price(sandbox):
    base_url, market = sandbox
    kind = ProviderKind.TAOBAO
    connector = connect(base_url, kind)
    try:
        token = login(connector, kind)
        sku = plain_item(kind).skus[0]
        unit = sku.promotion_price or sku.price
        market.faults.add(CREATE[kind], "discount", 1, off="0.01")
        created = connector.create_order(token, request_for(kind, quantity=2))
        (read,) = created.lines
        paid = unit * 2 - FEN
        assert read.amount == paid
        assert read.unit_price == (paid / 2).quantize(FEN, ROUND_HALF_UP)
        assert read.list_price is None  # the purchase order view carries no original unit price
    finally:
        connector.close()
