"""The Taobao Global APIs over HTTP: payload shapes (fen, epoch ms, quirks) and refusals."""

from __future__ import annotations

import json
import re

import pytest

from tests.sandbox.helpers import RECEIVER_TG
from workstation.providers.base import ProviderKind
from workstation.sandbox.goods import catalogue_items


def plain_items(seed: int, tmall: bool = False):
    return [i for i in catalogue_items(seed, ProviderKind.TAOBAO)
            if not (i.drifts or i.sells_out or i.sku_vanishes) and i.is_tmall == tmall]


def line(item, quantity=1, sku_index=0, camel=True, no="1") -> dict:
    sku = item.skus[sku_index]
    if camel:
        return {"itemId": item.item_id, "skuId": sku.sku_id, "quantity": quantity,
                "price": int(sku.price * 100), "currency": "CNY", "orderLineNo": no, "title": item.title}
    return {"item_id": item.item_id, "sku_id": sku.sku_id, "quantity": quantity, "order_line_no": no}


def create(sandbox, token, lines, ref="P-1"):
    return sandbox.call_tg("/purchase/order/create", {
        "outer_purchase_id": ref, "purchase_amount": "0", "order_line_list": lines, "receiver": RECEIVER_TG,
        "warehouse_address_info": RECEIVER_TG, "seller_order_number": "SHOP-9", "channel_order_type": "PANAMA",
    }, token).json()


def query(sandbox, token, **params):
    return sandbox.call_tg("/purchase/orders/query", params, token).json()


@pytest.fixture
def item(sandbox):
    return plain_items(sandbox.market.seed)[0]


def test_product_get_shape(sandbox, token_tg):
    tmall = plain_items(sandbox.market.seed, tmall=True)[0]
    body = sandbox.call_tg("/product/get", {"item_id": tmall.native_item_id}, token_tg).json()
    assert body["code"] == "0" and body["success"] is True and body["error_code"] is None
    data = body["data"]
    assert data["mp_id"] == tmall.item_id and data["item_id"] == int(tmall.native_item_id)
    sku = data["sku_list"][0]
    assert sku["mp_skuId"] == int(tmall.skus[0].sku_id) and sku["sku_id"] == int(tmall.skus[0].native_sku_id)
    assert sku["price"] == int(tmall.skus[0].price * 100)  # fen
    assert sku["promotion_price"] == int(tmall.skus[0].promotion_price * 100) < sku["price"]
    assert {"prop_id", "prop_name", "value_id", "value_name", "value_desc"} == set(sku["properties"][0])
    assert data["promotion_displays"] and data["status"] == "ON_SALE"


def test_product_get_missing_and_gone(sandbox, token_tg, item):
    missing = sandbox.call_tg("/product/get", {}, token_tg).json()
    assert missing["code"] == "MissingParameter" and "item_id" in missing["message"]
    sandbox.market.goods.set_item("taobao", item.item_id, status="deleted")
    gone = sandbox.call_tg("/product/get", {"item_id": item.native_item_id}, token_tg).json()
    assert gone["code"] == "0" and gone["success"] is False and gone["error_code"] == "ITEM_NOT_FOUND"


def test_render_shape_with_unavailable_lines(sandbox, token_tg, item):
    sandbox.market.goods.set_sku("taobao", item.item_id, item.skus[1].sku_id, stock=0)
    body = sandbox.call_tg("/purchase/order/render", {"render_item_List": [
        {"item_id": item.item_id, "sku_id": item.skus[0].sku_id, "quantity": 2},
        {"item_id": item.item_id, "sku_id": item.skus[1].sku_id, "quantity": 1}],
        "receiver_address": RECEIVER_TG, "warehouse_address": RECEIVER_TG}, token_tg).json()
    result = body["result"]
    assert body["code"] == "0" and result["success"] is True
    (seller,) = result["data"]["render_item_list"]
    assert seller["seller_id"] == item.seller_id and seller["nick"] == item.seller_nick
    price = seller["item_price_infos"][0]
    assert price["origin_price"] == {"amount": int(item.skus[0].price * 100), "currency": "CNY"}
    (bad,) = result["data"]["unavailable_sku_list"]
    assert bad["sku_id"] == item.skus[1].sku_id and bad["error_code"] == "SKU_STOCK_NOT_ENOUGH"


def test_create_shape_and_query_by_reference(sandbox, token_tg, item):
    body = create(sandbox, token_tg, [line(item, 2), line(item, 1, 1, camel=False, no="2")], ref="OUT-1")
    assert body["code"] == "0" and body["success"] is True
    data = body["data"]
    (order,) = data["order_list"]
    assert data["outer_purchase_id"] == "OUT-1" and "/pay/taobao-global/" in data["payment_url"]
    assert [ln["order_line_no"] for ln in order["order_line_list"]] == ["1", "2"]
    assert order["estimate_amount"] == sum(ln["estimate_amount"] for ln in order["order_line_list"]) + 800
    found = query(sandbox, token_tg, outer_purchase_id="OUT-1")["data"]
    assert found["results_total"] == 1
    po = found["purchase_orders"][0]
    assert po["purchase_id"] == order["purchase_id"] and po["status"] == "WAIT_BUYER_P"
    assert po["outer_purchase_id"] == "OUT-1" and po["seller_order_number"] == "SHOP-9"
    assert po["next_close_time_without_payment"] > po["created_time"] > 10**12  # epoch ms
    sub = po["sub_purchase_orders"][0]
    assert sub["sub_purchase_order_id"] == order["order_line_list"][0]["sub_purchase_order_id"]
    assert re.fullmatch(r"\d{19}", sub["purchase_order_outer_id"])
    assert sub["item_id"] == int(item.item_id) and sub["sku_id"] == int(item.skus[0].sku_id)
    assert sub["product_amount"] == int(item.skus[0].price * 200) and sub["logistic_orders"] == []
    assert json.loads(sub["sku_info"]["skuPv"]["zh"])[0]["prop_name"] in ("颜色", "尺码", "规格")


def test_create_splits_by_seller(sandbox, token_tg):
    items = plain_items(sandbox.market.seed)
    a = items[0]
    b = next(i for i in items if i.seller_id != a.seller_id)
    assert a.seller_id != b.seller_id
    body = create(sandbox, token_tg, [line(a), line(b, no="2")], ref="SPLIT")
    ids = [o["purchase_id"] for o in body["data"]["order_list"]]
    assert len(ids) == 2
    assert {p["purchase_id"] for p in query(sandbox, token_tg, outer_purchase_id="SPLIT")["data"]
            ["purchase_orders"]} == set(ids)
    one = query(sandbox, token_tg, purchase_ids=[ids[0]])["data"]
    assert one["results_total"] == 1 and one["purchase_orders"][0]["purchase_id"] == ids[0]


def test_query_by_modify_time_and_paging(sandbox, token_tg, item):
    start = int(sandbox.market.now() * 1000) - 1
    for n in range(3):
        create(sandbox, token_tg, [line(item)], ref=f"R{n}")
    page = query(sandbox, token_tg, modify_time_start=start, page_no=2, page_size=2,
                 sort_type="ASC", sort_field="modify_time")["data"]
    assert page["results_total"] == 3 and len(page["purchase_orders"]) == 1 and page["page_no"] == 2
    later = query(sandbox, token_tg, modify_time_start=start + 10**6)["data"]
    assert later["results_total"] == 0
    assert query(sandbox, token_tg, status="WAIT_BUYER_PAY")["data"]["results_total"] == 3
    bad = query(sandbox, token_tg, page_size=500)
    assert bad["success"] is False and bad["error_code"] == "PARAM_ERROR"


def test_pay_ship_logistics(sandbox, token_tg, item):
    order = create(sandbox, token_tg, [line(item, 2)], ref="L1")["data"]["order_list"][0]
    sub_id = order["order_line_list"][0]["sub_purchase_order_id"]
    early = sandbox.call_tg("/logistics/detail/get", {"purchase_order_line_id": sub_id}, token_tg).json()
    assert early["result"]["success"] is False and early["result"]["error_code"]
    paid = sandbox.call_tg("/purchase/order/batch/pay", {"purchaseOrderIdList": [order["purchase_id"]]},
                           token_tg).json()
    assert paid["success"] == "true" and paid["data"]["will_pay_purchase_order_ids"] == [order["purchase_id"]]
    assert query(sandbox, token_tg, outer_purchase_id="L1")["data"]["purchase_orders"][0]["status"] \
        == "WAIT_SELLER_SEND_GOODS"
    sandbox.market.advance(21)
    token = sandbox.token_tg()["access_token"]
    po = query(sandbox, token, outer_purchase_id="L1")["data"]["purchase_orders"][0]
    assert po["status"] == "WAIT_BUYER_CONFIRM_GOODS" and po["pay_time"]
    (waybill,) = po["sub_purchase_orders"][0]["logistic_orders"]
    assert re.fullmatch(r"SF\d{12}|YT\d{13}|JT\d{13}|7[357]\d{12}", waybill["logistic_number"])
    detail = sandbox.call_tg("/logistics/detail/get", {"purchase_order_line_id": sub_id}, token).json()
    data = detail["result"]["data"]
    assert detail["result"]["success"] is True and data["purchase_order_outer_id"] == \
        po["sub_purchase_orders"][0]["purchase_order_outer_id"]
    (package,) = data["pnm_logistics_details"]
    assert package["mail_no"] == waybill["logistic_number"] and package["logistics_status"] == "DELIVERING"
    assert package["logistics_partner"][0]["company"] == waybill["logistic_company_name"]
    assert "standerd_desc" in package["logistics_traces"][0]


def test_business_refusals(sandbox, token_tg, item):
    sandbox.market.goods.set_sku("taobao", item.item_id, item.skus[0].sku_id, stock=1)
    short = create(sandbox, token_tg, [line(item, 3)])
    assert (short["code"], short["success"], short["error_code"]) == ("0", False, "SKU_STOCK_NOT_ENOUGH")
    sandbox.market.goods.set_sku("taobao", item.item_id, item.skus[1].sku_id, vanished=True)
    assert create(sandbox, token_tg, [line(item, 1, 1)])["error_code"] == "SKU_NOT_FOUND"
    sandbox.market.goods.set_item("taobao", item.item_id, status="expired")
    assert create(sandbox, token_tg, [line(item, 1, 2)])["error_code"] == "ITEM_OFF_SHELF"
    missing = sandbox.call_tg("/purchase/order/create", {"outer_purchase_id": "x"}, token_tg).json()
    assert missing["code"] == "MissingParameter"


def test_booking_limit_and_rate_limit(sandbox, token_tg, item):
    sandbox.market.configure(booking_limit=1)
    assert create(sandbox, token_tg, [line(item)])["success"] is True
    limited = create(sandbox, token_tg, [line(item)])
    assert limited["success"] is False and limited["error_code"] == "PURCHASE_ORDER_LIMIT"
    sandbox.market.configure(qps_limit=1)
    codes = [sandbox.call_tg("/purchase/orders/query", {}, token_tg).json()["code"] for _ in range(3)]
    assert codes[0] == "0" and "ApiCallLimit" in codes[1:]
    body = sandbox.call_tg("/purchase/orders/query", {}, token_tg).json()
    assert re.search(r"this ban will last \d+ seconds", body["message"])


def test_async_cancel(sandbox, token_tg, item):
    purchase_id = create(sandbox, token_tg, [line(item)])["data"]["order_list"][0]["purchase_id"]
    sandbox.market.advance(0.01)
    body = sandbox.call_tg("/purchase/order/asyn/cancel", {"purchase_id": purchase_id,
                                                           "cancel_reason": "buyerCancel"}, token_tg).json()
    assert body["success"] is True
    assert query(sandbox, token_tg, purchase_ids=[purchase_id])["data"]["purchase_orders"][0]["status"] \
        == "TRADE_CLOSED"
