"""The 1688 APIs over HTTP: success shapes (field names, fen vs yuan, dates) and every refusal."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from tests.sandbox.helpers import ADDRESS_1688
from workstation.providers.base import ProviderKind
from workstation.sandbox.clock import fmt_1688
from workstation.sandbox.goods import catalogue_items

DATE = re.compile(r"^\d{17}\+0800$")


def plain_items(seed: int):
    return [i for i in catalogue_items(seed, ProviderKind.ALIBABA1688)
            if not (i.drifts or i.sells_out or i.sku_vanishes)]


def cargo(item, quantity: int = 2, sku_index: int = 0) -> dict:
    return {"offerId": int(item.item_id), "specId": item.skus[sku_index].sku_id, "quantity": quantity}


def create(sandbox, token, lines, ref="ref-1", api="alibaba.trade.createCrossOrder", **extra):
    params = {"flow": "general", "addressParam": ADDRESS_1688, "cargoParamList": lines, "outOrderId": ref,
              "message": "sandbox test", **extra}
    return sandbox.call_1688(api, params, token).json()


@pytest.fixture
def item(sandbox):
    return plain_items(sandbox.market.seed)[0]


def test_product_get_shape(sandbox, token_1688, item):
    body = sandbox.call_1688("alibaba.product.get", {"productID": item.item_id, "webSite": "1688"},
                             token_1688).json()
    info = body["productInfo"]
    assert body["success"] is True and info["productID"] == int(item.item_id)
    assert info["subject"] == item.title and info["status"] == "published"
    assert "mainVedio" in info and info["saleInfo"]["supportOnlineTrade"] is True
    sku = info["skuInfos"][0]
    assert sku["specId"] == item.skus[0].sku_id and re.fullmatch(r"[0-9a-f]{32}", sku["specId"])
    assert Decimal(str(sku["price"])) == item.skus[0].price  # yuan
    assert sku["amountOnSale"] == item.skus[0].stock
    assert {a["attributeName"] for a in sku["attributes"]} <= {"颜色", "尺码", "规格"}
    cross = sandbox.call_1688("alibaba.cross.productInfo", {"productId": item.item_id}, token_1688).json()
    assert cross["success"] is True and cross["productInfo"]["productID"] == int(item.item_id)


def test_product_gone_and_off_shelf(sandbox, token_1688, item):
    sandbox.market.goods.set_item("1688", item.item_id, status="expired")
    body = sandbox.call_1688("alibaba.product.get", {"productID": item.item_id, "webSite": "1688"},
                             token_1688).json()
    assert body["productInfo"]["status"] == "expired"
    assert body["productInfo"]["saleInfo"]["supportOnlineTrade"] is False
    preview = sandbox.call_1688("alibaba.createOrder.preview", {"addressParam": ADDRESS_1688,
                                "cargoParamList": [cargo(item)]}, token_1688).json()
    assert preview == {"success": False, "errorCode": "500_001", "errorMsg": preview["errorMsg"]}
    sandbox.market.goods.set_item("1688", item.item_id, status="deleted")
    gone = sandbox.call_1688("alibaba.product.get", {"productID": item.item_id, "webSite": "1688"},
                             token_1688).json()
    assert gone["success"] is False and gone["errMsg"]
    cross = sandbox.call_1688("alibaba.cross.productInfo", {"productId": "123"}, token_1688).json()
    assert cross["success"] is False and cross["message"]


def test_preview_shape_fen_and_yuan(sandbox, token_1688, item):
    body = sandbox.call_1688("alibaba.createOrder.preview", {"addressParam": ADDRESS_1688,
                             "cargoParamList": [cargo(item, 3)]}, token_1688).json()
    assert body["success"] is True
    (result,) = body["orderPreviewResuslt"]
    line = result["cargoList"][0]
    unit = item.skus[0].price
    assert Decimal(str(line["finalUnitPrice"])) == unit and Decimal(str(line["amount"])) == unit * 3
    assert result["sumPaymentNoCarriage"] == int(unit * 300)  # fen
    assert result["sumPayment"] == result["sumPaymentNoCarriage"] + result["sumCarriage"]
    assert result["sumCarriage"] >= 800 and isinstance(result["sumCarriage"], int)
    assert "assureTrade" in result["tradeModeNameList"] and result["flowFlag"] == "general"
    for key in ("postFeeByDescOfferList", "consignOfferList", "unsupportedCrossBorderPayOfferList", "extPairList"):
        assert body[key] == []


def test_create_cross_order_and_read_back(sandbox, token_1688, item):
    body = create(sandbox, token_1688, [cargo(item, 2), cargo(item, 1, 1)], ref="BK-001")
    result = body["result"]
    assert body["success"] is True and result["success"] is True
    assert re.fullmatch(r"\d{18}", result["orderId"]) and result["orderList"] == []
    total = (item.skus[0].price * 2 + item.skus[1].price)
    assert result["totalSuccessAmount"] == int(total * 100) + result["postFee"]
    view = sandbox.call_1688("alibaba.trade.get.buyerView", {"webSite": "1688", "orderId": result["orderId"]},
                             token_1688).json()
    assert view["success"] == "true"
    base = view["result"]["baseInfo"]
    assert base["idOfStr"] == result["orderId"] and base["id"] == int(result["orderId"])
    assert base["status"] == "waitbuyerpay" and base["outOrderId"] == "BK-001"
    assert Decimal(str(base["sumProductPayment"])) == total  # yuan
    assert Decimal(str(base["totalAmount"])) * 100 == result["totalSuccessAmount"]
    assert DATE.match(base["createTime"]) and DATE.match(base["modifyTime"]) and base["payTime"] is None
    assert base["buyerLoginId"] == "demo_buyer_1688" and base["sellerID"] == item.seller_id
    items = view["result"]["productItems"]
    assert [i["specId"] for i in items] == [item.skus[0].sku_id, item.skus[1].sku_id]
    assert items[0]["subItemIDString"] == str(items[0]["subItemID"]) and items[0]["status"] == "waitbuyerpay"
    assert Decimal(str(items[0]["itemAmount"])) == item.skus[0].price * 2
    assert view["result"]["nativeLogistics"]["logisticsItems"] == []
    by_ref = sandbox.call_1688("alibaba.trade.get.buyerView", {"webSite": "1688", "outOrderId": "BK-001"},
                               token_1688).json()
    assert by_ref["result"]["baseInfo"]["idOfStr"] == result["orderId"]


def test_fast_create_order_shape(sandbox, token_1688, item):
    body = create(sandbox, token_1688, [cargo(item)], api="alibaba.trade.fastCreateOrder")
    assert body["success"] is True and set(body["result"]) == {"orderId", "totalSuccessAmount", "postFee",
                                                               "failedOfferList"}


def test_alipay_trade_type_quirk(sandbox, token_1688, item):
    body = create(sandbox, token_1688, [cargo(item)], tradeType="alipay")
    assert body["result"]["success"] is False and body["result"]["orderId"]
    bad = create(sandbox, token_1688, [cargo(item)], tradeType="creditBuy")
    assert bad["success"] is False and "not support tradeType:【creditBuy】" in bad["message"]


def test_order_list_by_modify_time_and_reference(sandbox, token_1688, item):
    start = fmt_1688(sandbox.market.now() - 1)
    first = create(sandbox, token_1688, [cargo(item)], ref="A")["result"]["orderId"]
    second = create(sandbox, token_1688, [cargo(item)], ref="B")["result"]["orderId"]
    listed = sandbox.call_1688("alibaba.trade.getBuyerOrderList", {"modifyStartTime": start, "page": "1",
                               "pageSize": "1"}, token_1688).json()
    assert listed["totalRecord"] == 2 and len(listed["result"]) == 1
    assert "nativeLogistics" not in listed["result"][0]
    by_ref = sandbox.call_1688("alibaba.trade.getBuyerOrderList", {"outOrderId": "A"}, token_1688).json()
    assert [o["baseInfo"]["idOfStr"] for o in by_ref["result"]] == [first]
    later = fmt_1688(sandbox.market.now() + 60)
    none = sandbox.call_1688("alibaba.trade.getBuyerOrderList", {"modifyStartTime": later}, token_1688).json()
    assert none["totalRecord"] == 0
    unpaid = sandbox.call_1688("alibaba.trade.getBuyerOrderList", {"orderStatus": "waitbuyerpay"},
                               token_1688).json()
    assert {o["baseInfo"]["idOfStr"] for o in unpaid["result"]} == {first, second}
    other = sandbox.token_1688("second_buyer_1688")["access_token"]
    assert sandbox.call_1688("alibaba.trade.getBuyerOrderList", {}, other).json()["totalRecord"] == 0
    foreign = sandbox.call_1688("alibaba.trade.get.buyerView", {"webSite": "1688", "orderId": first}, other)
    assert foreign.json()["success"] is False and foreign.json()["errorCode"]


def test_logistics_before_and_after_shipping(sandbox, token_1688, item):
    order_id = create(sandbox, token_1688, [cargo(item)])["result"]["orderId"]
    params = {"orderId": order_id, "webSite": "1688", "fields": "company.name,sender,receiver,sendgood"}
    early = sandbox.call_1688("alibaba.trade.getLogisticsInfos.buyerView", params, token_1688).json()
    assert early["success"] is False and early["errorCode"] == "500_2" and early["errorMessage"]
    sandbox.market.pay(order_id)
    sandbox.market.advance(21)
    token_1688 = sandbox.token_1688()["access_token"]  # the first one lived 10 hours
    body = sandbox.call_1688("alibaba.trade.getLogisticsInfos.buyerView", params, token_1688).json()
    (package,) = body["result"]
    assert re.fullmatch(r"SF\d{12}|YT\d{13}|JT\d{13}|7[357]\d{12}", package["logisticsBillNo"])
    view = sandbox.call_1688("alibaba.trade.get.buyerView", {"webSite": "1688", "orderId": order_id},
                             token_1688).json()["result"]
    sub_ids = {i["subItemIDString"] for i in view["productItems"]}
    assert set(package["orderEntryIds"].split(",")) == sub_ids
    (logistics,) = view["nativeLogistics"]["logisticsItems"]
    assert logistics["logisticsBillNo"] == package["logisticsBillNo"]
    assert set(logistics["subItemIds"].split(",")) == sub_ids and logistics["logisticsCompanyName"]
    assert view["baseInfo"]["status"] == "waitbuyerreceive"
    trace = sandbox.call_1688("alibaba.trade.getLogisticsTraceInfo.buyerView",
                              {"orderId": order_id, "webSite": "1688"}, token_1688).json()
    assert trace["logisticsTrace"][0]["logisticsSteps"][0]["acceptTime"]


def test_business_refusals(sandbox, token_1688):
    items = plain_items(sandbox.market.seed)
    a = items[0]
    b = next(i for i in items if i.seller_id != a.seller_id)
    assert a.seller_id != b.seller_id
    mixed = create(sandbox, token_1688, [cargo(a), cargo(b)])
    assert (mixed["success"], mixed["code"]) == (False, "500_002")
    assert mixed["result"]["code"] == "500_002"
    sandbox.market.goods.set_sku("1688", a.item_id, a.skus[0].sku_id, stock=1)
    short = create(sandbox, token_1688, [cargo(a, 5)])
    assert short["code"] == "500_004" and "库存" in short["message"]
    sandbox.market.goods.set_sku("1688", a.item_id, a.skus[1].sku_id, vanished=True)
    gone = sandbox.call_1688("alibaba.createOrder.preview", {"addressParam": ADDRESS_1688,
                             "cargoParamList": [cargo(a, 1, 1)]}, token_1688).json()
    assert gone["errorCode"] == "500_003" and gone["errorMsg"]
    unknown = create(sandbox, token_1688, [{"offerId": 1, "specId": "x", "quantity": 1}])
    assert unknown["code"] == "500_001"
    bad_json = sandbox.call_1688("alibaba.createOrder.preview", {"addressParam": ADDRESS_1688,
                                 "cargoParamList": "[{"}, token_1688).json()
    assert bad_json["success"] is False and bad_json["errorCode"]


def test_booking_limit(sandbox, token_1688, item):
    sandbox.market.configure(booking_limit=2)
    assert create(sandbox, token_1688, [cargo(item)])["success"] is True
    assert create(sandbox, token_1688, [cargo(item)])["success"] is True
    third = create(sandbox, token_1688, [cargo(item)])
    assert third["success"] is False and third["code"] == "ORDER_COUNT_LIMIT"
    sandbox.market.advance(24)  # a new sandbox day
    assert create(sandbox, sandbox.token_1688()["access_token"], [cargo(item)])["success"] is True


def test_gateway_refusals(sandbox, token_1688, item):
    missing = sandbox.call_1688("alibaba.trade.getLogisticsInfos.buyerView", {"webSite": "1688"}, token_1688)
    assert missing.status_code == 400 and missing.json()["error_code"] == "gw.ParamMissing"
    unknown = sandbox.call_1688("alibaba.trade.noSuchThing", {}, token_1688)
    assert unknown.json()["error_code"] == "gw.APIUnsupported"
    sandbox.market.configure(qps_limit=2)
    codes = [sandbox.call_1688("alibaba.trade.getBuyerOrderList", {}, token_1688).status_code for _ in range(4)]
    assert codes[:2] == [200, 200] and 429 in codes[2:]
    limited = sandbox.call_1688("alibaba.trade.getBuyerOrderList", {}, token_1688).json()
    assert limited["error_code"] == "gw.QosAppFrequencyLimit"


def test_cancel_rules(sandbox, token_1688, item):
    order_id = create(sandbox, token_1688, [cargo(item)])["result"]["orderId"]
    params = {"webSite": "1688", "tradeID": order_id, "cancelReason": "buyerCancel"}
    fast = sandbox.call_1688("alibaba.trade.cancel", params, token_1688).json()
    assert fast["success"] is False and fast["errorCode"] == "CLOSE_ORDER_TOO_FAST"
    sandbox.market.advance(0.01)
    assert sandbox.call_1688("alibaba.trade.cancel", params, token_1688).json() == {"success": True}
    view = sandbox.call_1688("alibaba.trade.get.buyerView", {"webSite": "1688", "orderId": order_id},
                             token_1688).json()["result"]["baseInfo"]
    assert view["status"] == "cancel" and view["closeReason"] == "buyerCancel"


def test_pay_url(sandbox, token_1688, item):
    order_id = create(sandbox, token_1688, [cargo(item)])["result"]["orderId"]
    body = sandbox.call_1688("alibaba.alipay.url.get", {"orderIdList": [int(order_id)]}, token_1688).json()
    assert body["success"] is True and body["payUrl"].endswith(f"/pay/1688/{order_id}")
    page = sandbox.http.get(body["payUrl"])
    assert page.status_code == 200 and "id=pay" in page.text
    assert "id=paid" in sandbox.http.post(body["payUrl"]).text
    again = sandbox.call_1688("alibaba.alipay.url.get", {"orderIdList": [int(order_id)]}, token_1688).json()
    assert again["success"] is False and again["erroMsg"]
