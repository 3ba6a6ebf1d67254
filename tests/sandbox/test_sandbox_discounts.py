"""Discounted orders (the `discount` fault): the paid amount differs from unit price × quantity.

1688 spec 1.8: `productItems[].price` is the original unit price and `itemAmount` the amount
actually paid (1688's own sample: price 0.1, quantity 1, itemAmount 0.05). Taobao Global's
order view has no original unit price; its `product_amount` is what is paid.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest

from tests.sandbox.helpers import ADDRESS_1688, RECEIVER_TG
from workstation.providers.base import ProviderKind
from workstation.sandbox.goods import catalogue_items
from workstation.sandbox.market import P1688, PTG

CREATE_1688 = "alibaba.trade.createCrossOrder"
CREATE_TG = "/purchase/order/create"
FEN = Decimal("0.01")


def plain(kind: ProviderKind, seed: int, index: int = 0):
    return [i for i in catalogue_items(seed, kind) if not (i.drifts or i.sells_out or i.sku_vanishes)][index]


def dec(value) -> Decimal:
    return Decimal(str(value))


def create_1688(sandbox, token, item, quantity: int, ref: str) -> dict:
    return sandbox.call_1688(CREATE_1688, {
        "flow": "general", "addressParam": ADDRESS_1688, "outOrderId": ref,
        "cargoParamList": [{"offerId": item.item_id, "specId": item.skus[0].sku_id, "quantity": quantity}]},
        token).json()


def view_1688(sandbox, token, order_id: str) -> dict:
    return sandbox.call_1688("alibaba.trade.get.buyerView", {"webSite": "1688", "orderId": order_id},
                             token).json()["result"]


def test_1688_discounted_line_keeps_the_original_price_and_pays_less(sandbox, token_1688):
    item = plain(ProviderKind.ALIBABA1688, sandbox.market.seed)
    price = item.skus[0].price
    sandbox.market.faults.add(CREATE_1688, "discount", 1, percent=10)
    created = create_1688(sandbox, token_1688, item, 3, "DISC-1")
    assert created["success"] is True
    view = view_1688(sandbox, token_1688, created["result"]["orderId"])
    (line,) = view["productItems"]
    paid = (price * 3 * Decimal("0.9")).quantize(FEN, ROUND_HALF_UP)
    assert dec(line["price"]) == price  # the original unit price
    assert dec(line["itemAmount"]) == paid != price * 3  # the amount actually paid
    base = view["baseInfo"]
    assert dec(base["sumProductPayment"]) == paid
    assert dec(base["totalAmount"]) == paid + dec(base["shippingFee"])  # = Σ itemAmount + shippingFee
    assert created["result"]["totalSuccessAmount"] == int(dec(base["totalAmount"]) * 100)
    # One use only: the next order pays full price.
    again = create_1688(sandbox, token_1688, item, 3, "DISC-2")
    (full,) = view_1688(sandbox, token_1688, again["result"]["orderId"])["productItems"]
    assert dec(full["itemAmount"]) == price * 3 and dec(full["price"]) == price


def test_1688_published_sample_figures(sandbox, token_1688):
    """price 0.1, quantity 1, itemAmount 0.05, as in 1688's own get.buyerView sample."""
    item = plain(ProviderKind.ALIBABA1688, sandbox.market.seed)
    sandbox.market.goods.set_sku(P1688, item.item_id, item.skus[0].sku_id, price=Decimal("0.10"))
    sandbox.market.faults.add(CREATE_1688, "discount", 1, percent=50)
    created = create_1688(sandbox, token_1688, item, 1, "SAMPLE")
    (line,) = view_1688(sandbox, token_1688, created["result"]["orderId"])["productItems"]
    assert (line["price"], line["quantity"], line["itemAmount"]) == (0.1, 1, 0.05)
    (order,) = sandbox.market.find_orders(P1688)
    assert order.lines[0].unit_price == Decimal("0.10") and order.lines[0].amount == Decimal("0.05")


def test_taobao_global_discount_through_the_admin_endpoint(sandbox, token_tg):
    item = plain(ProviderKind.TAOBAO, sandbox.market.seed)
    unit = item.skus[0].promotion_price or item.skus[0].price
    reply = sandbox.http.post("/__sandbox/faults", json={"api": CREATE_TG, "kind": "discount", "off": "1.50"})
    assert reply.json()[0]["params"] == {"off": "1.50"}
    body = sandbox.call_tg(CREATE_TG, {
        "outer_purchase_id": "TG-DISC", "receiver": RECEIVER_TG,
        "order_line_list": [{"itemId": item.item_id, "skuId": item.skus[0].sku_id, "quantity": 2}]},
        token_tg).json()
    assert body["success"] is True
    paid = unit * 2 - Decimal("1.50")
    assert body["data"]["order_list"][0]["order_line_list"][0]["estimate_amount"] == int(paid * 100)
    query = sandbox.call_tg("/purchase/orders/query", {"outer_purchase_id": "TG-DISC"}, token_tg).json()
    (po,) = query["data"]["purchase_orders"]
    (sub,) = po["sub_purchase_orders"]
    assert sub["product_amount"] == int(paid * 100) and sub["quantity"] == 2
    assert po["product_amount"] == int(paid * 100)
    assert po["purchase_amount"] == po["product_amount"] + po["domestic_post_fee"]
    (order,) = sandbox.market.find_orders(PTG)
    assert order.lines[0].amount == paid


def test_discount_params_are_checked(sandbox):
    for bad in ({"percent": "lots"}, {"percent": 100}, {"off": -1}):
        with pytest.raises(ValueError):
            sandbox.market.faults.add(CREATE_1688, "discount", 1, **bad)
    assert sandbox.http.post("/__sandbox/faults", json={"kind": "discount", "percent": "x"}).status_code == 400
    fault = sandbox.market.faults.add(CREATE_1688, "discount", 1, off=Decimal("0.05"))
    assert fault.params == {"off": "0.05"}  # exact, as text in the state file
    assert sandbox.market.faults.pending()[0].params == {"off": "0.05"}


def test_a_discount_never_takes_a_line_below_one_fen(sandbox, token_1688):
    item = plain(ProviderKind.ALIBABA1688, sandbox.market.seed)
    sandbox.market.faults.add(CREATE_1688, "discount", 1, off=100000)
    created = create_1688(sandbox, token_1688, item, 1, "FLOOR")
    (line,) = view_1688(sandbox, token_1688, created["result"]["orderId"])["productItems"]
    assert dec(line["itemAmount"]) == FEN
