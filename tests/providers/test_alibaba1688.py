"""The 1688 connector against MockTransport answers shaped exactly as spec section 1 says."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from decimal import Decimal

import httpx
import pytest

from tests.helpers.providers import (
    CANARY_REFRESH,
    CANARY_SECRET,
    CANARY_TOKEN,
    ok,
    order_request,
    raises,
    raw,
)
from workstation.providers import alibaba1688
from workstation.providers.base import (
    AuthExpired,
    BookingLimitReached,
    MalformedResponse,
    NotFound,
    OutOfStock,
    RateLimited,
    TransportError,
    ValidationFailed,
)
from workstation.providers.http import RetryPolicy

APP_KEY = "8801688"
BUYER_VIEW = "alibaba.trade.get.buyerView/8801688"
LIST = "alibaba.trade.getBuyerOrderList/8801688"
CREATE = "alibaba.trade.createCrossOrder/8801688"
PREVIEW = "alibaba.createOrder.preview/8801688"
LOGISTICS = "alibaba.trade.getLogisticsInfos.buyerView/8801688"
PRODUCT = "alibaba.product.get/8801688"
TOKEN = "system.oauth2/getToken/8801688"


@pytest.fixture
def provider(gateway, clock):
    return alibaba1688.Alibaba1688Provider(
        gateway_url="https://gw.test/openapi", auth_url="https://auth.test/oauth/authorize",
        app_key=APP_KEY, app_secret=CANARY_SECRET, transport=gateway.transport, clock=clock,
        min_interval=0, policy=RetryPolicy(attempts=3))


def trade(order_id="231000000001000003", ref="BK-0001", status="waitbuyerpay", shipped=False):
    native = {"logisticsItems": [{"logisticsBillNo": "SF1234567890123", "subItemIds":
                                  f"{order_id}501", "type": "1", "status": "alreadysend"}]}
    return {
        "baseInfo": {"id": int(order_id), "idOfStr": order_id, "status": status,
                     "outOrderId": ref, "sellerID": "b2b-2208123456789",
                     "buyerLoginId": "demo_buyer_1688", "totalAmount": 44.00,
                     "sumProductPayment": 36.00, "shippingFee": 8.00, "discount": 0,
                     "createTime": "20240301101942000+0800",
                     "modifyTime": "20240301111942123+0800"},
        "productItems": [{"productID": 610947572360, "specId": "b266e0726506185beaf205cbae88a8cf",
                          "subItemID": int(order_id + "501"), "subItemIDString": order_id + "501",
                          "name": "男士纯棉短袖T恤", "quantity": 2, "price": 18.00,
                          "itemAmount": 36.00, "status": status,
                          "skuInfos": [{"name": "颜色", "value": "白色"},
                                       {"name": "尺码", "value": "XL"}]}],
        **({"nativeLogistics": native} if shipped else {}),
    }


# ---------------------------------------------------------------- requests


def test_calls_are_signed_param2_posts_with_json_in_form(provider, gateway, token):
    gateway.on(CREATE, ok({"success": True, "result": {"success": True,
                                                       "orderId": "231000000001000003",
                                                       "totalSuccessAmount": 4400,
                                                       "postFee": 800}}))
    gateway.on(BUYER_VIEW, ok({"success": "true", "result": trade()}))
    provider.create_order(token, order_request())
    sent = gateway.calls(CREATE)[0]
    assert sent.request.method == "POST"
    assert sent.request.headers["Content-Type"].startswith("application/x-www-form-urlencoded")
    assert sent.path == f"/openapi/param2/1/com.alibaba.trade/{CREATE}"
    p = sent.params
    assert p["outOrderId"] == "BK-0001" and p["flow"] == "general"
    assert json.loads(p["cargoParamList"]) == [
        {"offerId": 610947572360, "specId": "b266e0726506185beaf205cbae88a8cf", "quantity": 2}]
    assert json.loads(p["addressParam"])["provinceText"] == "浙江省"
    assert p["access_token"] == CANARY_TOKEN and p["_aop_timestamp"] == "1700000000000"
    path = f"param2/1/com.alibaba.trade/{CREATE}"
    assert p["_aop_signature"] == alibaba1688.signature(path, p, CANARY_SECRET)


def test_login_url_and_unsigned_token_exchange_on_the_http_path(provider, gateway):
    url = provider.login_url("http://127.0.0.1:9/cb?x=1", "st8")
    assert url == ("https://auth.test/oauth/authorize?client_id=8801688&site=1688"
                   "&redirect_uri=http%3A%2F%2F127.0.0.1%3A9%2Fcb%3Fx%3D1&state=st8")
    gateway.on(TOKEN, ok({"access_token": "AT1", "refresh_token": "RT1", "expires_in": "36000",
                          "refresh_token_timeout": "20240901101942000+0800",
                          "resource_owner": "demo_buyer_1688", "memberId": "b2b-22001",
                          "aliId": "2200000001"}))
    got = provider.exchange_code("CODE1", "http://127.0.0.1:9/cb")
    sent = gateway.calls(TOKEN)[0]
    assert sent.path == f"/openapi/http/1/{TOKEN}"
    assert "_aop_signature" not in sent.params and "access_token" not in sent.params
    assert sent.params["grant_type"] == "authorization_code"
    assert sent.params["need_refresh_token"] == "true"
    assert sent.params["client_secret"] == CANARY_SECRET and sent.params["code"] == "CODE1"
    assert got.account == "demo_buyer_1688" and got.refresh_token == "RT1"
    assert got.expires_at == datetime(2023, 11, 15, 8, 13, 20, tzinfo=UTC)
    assert got.refresh_expires_at == datetime(2024, 9, 1, 2, 19, 42, tzinfo=UTC)
    gateway.on(TOKEN, ok({"access_token": "AT2", "expires_in": 36000}))
    renewed = provider.refresh(got)
    assert gateway.calls(TOKEN)[1].params["grant_type"] == "refresh_token"
    assert gateway.calls(TOKEN)[1].params["refresh_token"] == "RT1"
    assert renewed.access_token == "AT2" and renewed.refresh_token == "RT1"


def test_refresh_refused_is_auth_expired(provider, gateway, token):
    gateway.on(TOKEN, ok({"error": "invalid_grant", "error_description": "refresh token expired"},
                         status=400))
    with pytest.raises(AuthExpired):
        provider.refresh(token)


# ---------------------------------------------------------------- answers and units


def test_preview_sums_are_fen_and_cargo_amounts_yuan(provider, gateway, token):
    gateway.on(PREVIEW, ok({"success": True, "orderPreviewResuslt": [{
        "sumPayment": 4400, "sumCarriage": 800, "sumPaymentNoCarriage": 3600, "discountFee": 0,
        "flowFlag": "general", "tradeModeNameList": ["assureTrade"], "status": True,
        "cargoList": [{"offerId": 610947572360, "specId": "b266e0726506185beaf205cbae88a8cf",
                       "amount": 36, "finalUnitPrice": 18}]}]}))
    got = provider.preview_order(token, order_request())
    assert (got.goods_amount, got.delivery_amount, got.total_amount) == (
        Decimal("36.00"), Decimal("8.00"), Decimal("44.00"))
    line = got.lines[0]
    assert (line.unit_price, line.amount, line.quantity) == (Decimal("18.00"), Decimal("36.00"), 2)


def test_order_detail_money_is_yuan_dates_are_utc_and_waybills_map_to_lines(
        provider, gateway, token):
    gateway.on(BUYER_VIEW, ok({"success": "true", "result": trade(status="waitbuyerreceive",
                                                                  shipped=True)}))
    got = provider.get_order(token, "231000000001000003")
    assert gateway.calls(BUYER_VIEW)[0].params["webSite"] == "1688"
    assert (got.order_id, got.client_ref, got.status) == ("231000000001000003", "BK-0001",
                                                          "waitbuyerreceive")
    assert (got.goods_amount, got.delivery_amount, got.total_amount) == (
        Decimal("36.00"), Decimal("8.00"), Decimal("44.00"))
    assert got.created_at == datetime(2024, 3, 1, 2, 19, 42, tzinfo=UTC)
    assert got.modified_at == datetime(2024, 3, 1, 3, 19, 42, 123000, tzinfo=UTC)
    line = got.lines[0]
    assert line.line_id == "231000000001000003501" and line.config_text == "颜色:白色;尺码:XL"
    assert line.waybills == ("SF1234567890123",) and line.unit_price == Decimal("18.00")


def test_offer_prices_are_yuan(provider, gateway, token):
    gateway.on(PRODUCT, ok({"success": True, "productInfo": {
        "productID": 610947572360, "subject": "男士纯棉短袖T恤", "status": "published",
        "supplierLoginId": "义乌市星辰服饰", "supplierUserId": "b2b-2208123456789",
        "saleInfo": {"amountOnSale": 300, "supportOnlineTrade": True,
                     "priceRanges": [{"startQuantity": 1, "price": 18.5}]},
        "skuInfos": [
            {"specId": "aa" * 16, "skuId": 4412345678901, "price": 18.5, "amountOnSale": 100,
             "attributes": [{"attributeID": 3216, "attributeValue": "白色",
                             "attributeDisplayName": "颜色"}]},
            {"specId": "bb" * 16, "skuId": 4412345678902, "price": 19.9, "amountOnSale": 0,
             "attributes": [{"attributeID": 3216, "attributeValue": "黑色",
                             "attributeName": "颜色"}]}]}}))
    got = provider.get_offer(token, "610947572360")
    assert gateway.calls(PRODUCT)[0].params["productID"] == "610947572360"
    assert got.price == Decimal("18.50") and got.stock == 100 and got.available
    assert got.sku("bb" * 16).price == Decimal("19.90")
    assert got.sku("aa" * 16).config_text == "颜色:白色" and not got.is_tmall


def test_list_by_modify_time_pages_with_1688_dates(provider, gateway, token):
    page1 = [trade(str(231000000001000003 + i), f"BK-{i}") for i in range(20)]
    page2 = [trade("231000000009999999", "BK-99")]
    gateway.on(LIST, ok({"result": page1, "totalRecord": 21}), ok({"result": page2,
                                                                   "totalRecord": 21}))
    since = datetime(2024, 3, 1, 0, 0, tzinfo=UTC)
    got = provider.list_orders_modified(token, since, datetime(2024, 3, 2, tzinfo=UTC))
    assert len(got) == 21
    first = gateway.calls(LIST)[0].params
    assert first["modifyStartTime"] == "20240301080000000+0800"
    assert first["modifyEndTime"] == "20240302080000000+0800"
    assert [c.params["page"] for c in gateway.calls(LIST)] == ["1", "2"]


def test_find_by_reference_filters_on_out_order_id(provider, gateway, token):
    gateway.on(LIST, ok({"result": [trade("231000000001000003", "OTHER"),
                                    trade("231000000002000006", "BK-7")], "totalRecord": 2}))
    gateway.on(BUYER_VIEW, ok({"success": True, "result": trade("231000000002000006", "BK-7")}))
    got = provider.find_by_reference(token, "BK-7")
    assert got.order_id == "231000000002000006"
    assert gateway.calls(LIST)[0].params["outOrderId"] == "BK-7"
    gateway.on(LIST, ok({"result": [], "totalRecord": 0}))
    assert provider.find_by_reference(token, "BK-8") is None


def test_waybills_come_with_the_lines_they_carry(provider, gateway, token):
    gateway.on(LOGISTICS, ok({"success": True, "result": [
        {"logisticsId": "LP01", "logisticsBillNo": "YT7412589630", "orderEntryIds":
         "231000000001000003501", "logisticsCompanyName": "圆通速递", "status": "TRANSPORT",
         "logisticsOrderGoods": [{"tradeOrderItemId": "231000000001000003501", "quantity": 2}]},
        {"logisticsId": "LP02", "logisticsBillNo": "ZT7700112233", "orderEntryIds":
         "231000000001000003", "logisticsCompanyName": "中通快递"}]}))
    gateway.on(BUYER_VIEW, ok({"success": True, "result": trade()}))
    got = provider.waybills(token, "231000000001000003")
    assert gateway.calls(LOGISTICS)[0].params["fields"] == "company.name,sender,receiver,sendgood"
    assert [(w.waybill_no, w.company, w.line_ids) for w in got] == [
        ("YT7412589630", "圆通速递", ("231000000001000003501",)),
        ("ZT7700112233", "中通快递", ("231000000001000003501",))]  # whole order = every line


def test_not_shipped_yet_means_no_waybills(provider, gateway, token):
    gateway.on(LOGISTICS, ok({"success": False, "errorCode": "500_2",
                              "errorMessage": "该订单没有物流信息"}))
    assert provider.waybills(token, "231000000001000003") == []


# ---------------------------------------------------------------- error shapes


@pytest.mark.parametrize(("route", "call", "answer", "error", "code"), [
    (PREVIEW, "preview", {"success": False, "errorCode": "500_004", "errorMsg": "库存不足"},
     OutOfStock, "500_004"),
    (PREVIEW, "preview", {"success": False, "errorCode": "500_002", "errorMsg": "不同卖家"},
     ValidationFailed, "500_002"),
    (CREATE, "create", {"success": False, "code": "ORDER_COUNT_LIMIT", "message": "今日下单数量已达上限"},
     BookingLimitReached, "ORDER_COUNT_LIMIT"),
    (CREATE, "create", {"success": True, "result": {"success": False, "code": "500_004",
                                                     "message": "库存不足"}}, OutOfStock, "500_004"),
    (BUYER_VIEW, "detail", {"success": "false", "errorCode": "ORDER_NOT_EXIST",
                            "errorMessage": "订单不存在"}, NotFound, "ORDER_NOT_EXIST"),
])
def test_business_errors_use_each_apis_own_field_names(provider, gateway, token, route, call,
                                                       answer, error, code):
    gateway.on(route, ok(answer))
    with pytest.raises(error) as info:
        {"preview": lambda: provider.preview_order(token, order_request()),
         "create": lambda: provider.create_order(token, order_request()),
         "detail": lambda: provider.get_order(token, "1")}[call]()
    assert info.value.code == code and info.value.message == next(
        v for k, v in answer.items() if k in ("errorMsg", "message", "errorMessage")) \
        if "result" not in answer else info.value.message == "库存不足"


@pytest.mark.parametrize(("status", "body", "error"), [
    (401, {"error_code": "401", "error_message": "Request need user authorized"}, AuthExpired),
    (400, {"error_code": "gw.APIACLDecline", "error_message": "AppKey is not allowed(acl)"},
     ValidationFailed),
    (400, {"error_code": "gw.SignatureInvalid", "error_message": "Signature invalid"},
     ValidationFailed),
])
def test_gateway_errors(provider, gateway, token, status, body, error):
    gateway.on(BUYER_VIEW, ok(body, status=status))
    with pytest.raises(error) as info:
        provider.get_order(token, "1")
    assert info.value.code == body["error_code"] and info.value.message == body["error_message"]


def test_gateway_rate_limit_is_backed_off_on_reads(provider, gateway, token, clock):
    gateway.on(BUYER_VIEW, ok({"error_code": "gw.QosAppFrequencyLimit",
                               "error_message": "App frequency limit"}, 429, {"Retry-After": "4"}),
               ok({"success": True, "result": trade()}))
    assert provider.get_order(token, "231000000001000003").order_id == "231000000001000003"
    assert 4 <= clock.sleeps[0] <= 4.4


def test_gateway_rate_limit_on_create_is_not_resent(provider, gateway, token):
    gateway.on(CREATE, ok({"error_code": "gw.QosAppFrequencyLimit",
                           "error_message": "App frequency limit"}, 429, {"Retry-After": "4"}))
    with pytest.raises(RateLimited) as info:
        provider.create_order(token, order_request())
    assert info.value.retry_after == 4 and len(gateway.calls(CREATE)) == 1


@pytest.mark.parametrize("answer", [
    raw("<html><body><h1>502 Bad Gateway</h1></body></html>", 200),
    raw('{"success":true,"result":{"baseInfo":', 200, "application/json"),
    ok({"success": True, "result": {"baseInfo": {"id": "1", "status": "waitbuyerpay"}}}),
    ok({"success": True, "result": {**trade(), "productItems": [{"productID": 1}]}}),
    ok({"success": True, "result": "nope"}),
    ok({"success": True, "result": {**trade(), "baseInfo": {**trade()["baseInfo"],
                                                            "totalAmount": "abc"}}}),
    # an odd date is logged and left empty, not malformed: test_protocol_corrections.py
    ok(["not", "an", "object"]),
])
def test_malformed_answers_become_malformed_response(provider, gateway, token, answer):
    gateway.on(BUYER_VIEW, answer)
    with pytest.raises(MalformedResponse):
        provider.get_order(token, "231000000001000003")


def test_html_error_page_with_5xx_is_an_unknown_transport_error(provider, gateway, token):
    gateway.on(BUYER_VIEW, raw("<html><h1>502 Bad Gateway</h1><center>Tengine</center></html>",
                               502))
    with pytest.raises(TransportError) as info:
        provider.get_order(token, "1")
    assert "502 Bad Gateway" in info.value.message and len(gateway.calls(BUYER_VIEW)) == 3


# ---------------------------------------------------------------- create: never twice


def test_success_false_with_an_order_id_is_a_placed_order(provider, gateway, token):
    gateway.on(CREATE, ok({"success": False, "result": {"totalSuccessAmount": 156800,
                                                        "orderId": "231000000001000003",
                                                        "success": False}}))
    gateway.on(BUYER_VIEW, ok({"success": True, "result": trade()}))
    assert provider.create_order(token, order_request()).order_id == "231000000001000003"


@pytest.mark.parametrize("fault", [
    raises(httpx.ReadTimeout), raises(httpx.ReadError), raw("oops", 500),
    raw('{"success":true,"result":{"orderId":"23', 200, "application/json"),
])
def test_unknown_outcome_of_create_is_not_resent_and_is_reconciled(provider, gateway, token,
                                                                   fault):
    gateway.on(CREATE, fault)
    gateway.on(LIST, ok({"result": [trade()], "totalRecord": 1}))
    gateway.on(BUYER_VIEW, ok({"success": True, "result": trade()}))
    with pytest.raises(TransportError) as info:
        provider.create_order(token, order_request())
    assert info.value.outcome_unknown and len(gateway.calls(CREATE)) == 1
    found = provider.create_order_safely(token, order_request())
    assert found.order_id == "231000000001000003" and found.client_ref == "BK-0001"
    assert len(gateway.calls(CREATE)) == 2  # one per create_order call: never re-sent


def test_safely_reports_not_created_when_the_reference_is_absent(provider, gateway, token):
    gateway.on(CREATE, raises(httpx.ReadTimeout))
    gateway.on(LIST, ok({"result": [], "totalRecord": 0}))
    with pytest.raises(TransportError) as info:
        provider.create_order_safely(token, order_request())
    assert info.value.outcome_unknown is False and len(gateway.calls(CREATE)) == 1


def test_safely_stays_unknown_when_the_look_up_fails(provider, gateway, token):
    gateway.on(CREATE, raises(httpx.ReadTimeout))
    gateway.on(LIST, raises(httpx.ConnectError))
    with pytest.raises(TransportError) as info:
        provider.create_order_safely(token, order_request())
    assert info.value.outcome_unknown is True and len(gateway.calls(CREATE)) == 1


def test_no_secret_in_logs_or_errors(provider, gateway, token, caplog):
    caplog.set_level(logging.DEBUG)
    gateway.on(BUYER_VIEW, ok({"success": False, "errorCode": "X",
                               "errorMessage": f"bad token {CANARY_TOKEN}"}))
    gateway.on(TOKEN, ok({"error": "invalid_request",
                          "error_description": f"client_secret {CANARY_SECRET} wrong"}, 400))
    errors = []
    for call in (lambda: provider.get_order(token, "1"), lambda: provider.refresh(token),
                 lambda: provider.exchange_code("c0de-c0de", "http://x")):
        with pytest.raises(Exception) as info:
            call()
        errors.append(str(info.value))
    text = caplog.text + " ".join(errors)
    assert "access_token" in caplog.text  # the parameter is logged, its value is not
    assert CANARY_TOKEN not in text and CANARY_SECRET not in text and "c0de-c0de" not in text
    assert CANARY_REFRESH not in text
