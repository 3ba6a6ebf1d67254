"""The Taobao Global connector against MockTransport answers shaped as spec section 2 says."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from decimal import Decimal

import httpx
import pytest

from tests.helpers.providers import CANARY_SECRET, CANARY_TOKEN, ok, order_request, raises, raw
from workstation.providers import taobao_global
from workstation.providers.base import (
    AuthExpired,
    BookingLimitReached,
    MalformedResponse,
    NotFound,
    OutOfStock,
    RateLimited,
    ValidationFailed,
)
from workstation.providers.http import RetryPolicy

MP_ID, MP_SKU = "4096257174111208", "23990356503528"


@pytest.fixture
def provider(gateway, clock):
    return taobao_global.TaobaoGlobalProvider(
        gateway_url="https://api.test/rest", auth_url="https://api.test/oauth/authorize",
        app_key="500888", app_secret=CANARY_SECRET, transport=gateway.transport, clock=clock,
        min_interval=0, policy=RetryPolicy(attempts=3))


def envelope(**payload):
    return {"code": "0", "request_id": "0ba2887315178178017221014", **payload}


def purchase(pid="5000000001000003", ref="BK-0001", status="WAIT_BUYER_P", waybill=None):
    sub = {"sub_purchase_order_id": int(pid) + 500, "item_id": int(MP_ID), "sku_id": int(MP_SKU),
           "status": status, "quantity": 2, "title": "男士纯棉短袖T恤", "purchase_amount": 4400,
           "pay_amount": 4400, "product_amount": 3600, "domestic_post_fee": 800,
           "logistic_orders": ([{"logistic_company_name": "圆通速递", "logistic_number": waybill,
                                 "rts_time": 1709260000000}] if waybill else []),
           "sku_info": {"skuPv": {"zh": json.dumps([{"prop_name": "颜色", "value_name": "白色"}],
                                                   ensure_ascii=False),
                                  "en": "[]"}}}
    return {"purchase_id": int(pid), "outer_purchase_id": ref, "status": status,
            "supplier_nick": "韩都衣舍旗舰店", "distributor_nick": "demo_buyer_tb",
            "purchase_amount": 4400, "pay_amount": 4400, "product_amount": 3600,
            "domestic_post_fee": 800, "created_time": 1709259582000, "modify_time": "1709263182123",
            "sub_purchase_orders": [sub]}


def query_answer(*orders, total=None):
    return ok(envelope(success=True, error_code=None, error_msg=None, data={
        "results_total": len(orders) if total is None else total, "page_no": 1, "page_size": 20,
        "purchase_orders": list(orders)}))


def test_calls_carry_iop_system_params_and_a_valid_sign(provider, gateway, token):
    gateway.on("/product/get", ok(envelope(success=True, data={
        "mp_id": MP_ID, "item_id": 855863456744, "title": "T恤", "price": 1990,
        "promotion_price": 1690, "quantity": 12, "status": "ON_SALE", "item_type": "TMALL",
        "shop_id": 12345, "user_nick": "韩都衣舍旗舰店", "pic_urls": ["https://img/1.jpg"],
        "sku_list": [{"sku_id": 5828221219298, "mp_skuId": int(MP_SKU), "price": 1990,
                      "promotion_price": 1690, "quantity": 12, "status": "ON_SALE",
                      "properties": [{"prop_id": 1627207, "prop_name": "颜色", "value_id": 28320,
                                      "value_name": "白色"}]}]})))
    got = provider.get_offer(token, "855863456744")
    sent = gateway.calls("/product/get")[0]
    p = sent.params
    assert sent.path == "/rest/product/get" and sent.request.method == "POST"
    assert (p["app_key"], p["sign_method"], p["timestamp"], p["access_token"], p["item_id"]) == (
        "500888", "sha256", "1700000000000", CANARY_TOKEN, "855863456744")
    assert p["sign"] == taobao_global.signature("/product/get", p, CANARY_SECRET)
    assert (got.item_id, got.native_item_id, got.price, got.promotion_price) == (
        MP_ID, "855863456744", Decimal("19.90"), Decimal("16.90"))
    assert got.is_tmall and got.available and got.stock == 12
    sku = got.sku(MP_SKU)
    assert sku.native_sku_id == "5828221219298" and sku.properties[0].prop_id == "1627207"


def test_oauth_create_and_refresh_are_signed_without_access_token(provider, gateway, clock):
    url = provider.login_url("http://127.0.0.1:1/cb", "s1")
    assert url.startswith("https://api.test/oauth/authorize?response_type=code")
    assert "client_id=500888" in url and "force_auth=true" in url and "state=s1" in url
    gateway.on("/auth/token/create", ok(envelope(access_token="AT", refresh_token="RT",
                                                 expires_in=86400, refresh_expires_in=2592000,
                                                 account="demo_buyer_tb", user_id="22001")))
    got = provider.exchange_code("CODE", "http://127.0.0.1:1/cb")
    p = gateway.calls("/auth/token/create")[0].params
    assert "access_token" not in p and p["code"] == "CODE"
    assert p["sign"] == taobao_global.signature("/auth/token/create", p, CANARY_SECRET)
    assert got.account == "demo_buyer_tb" and got.extra["user_id"] == "22001"
    assert got.expires_at == datetime(2023, 11, 15, 22, 13, 20, tzinfo=UTC)
    gateway.on("/auth/token/refresh", ok({"type": "ISV", "code": "IllegalRefreshToken",
                                          "message": "The specified refresh token is invalid"}))
    with pytest.raises(AuthExpired):
        provider.refresh(got)
    assert gateway.calls("/auth/token/refresh")[0].params["refresh_token"] == "RT"


def test_render_preview_reads_the_result_variant_in_fen(provider, gateway, token):
    gateway.on("/purchase/order/render", ok(envelope(result={
        "success": True, "error_code": None, "data": {
            "render_item_list": [{"seller_id": "2201478523690", "nick": "韩都衣舍旗舰店",
                                  "item_price_infos": [{
                                      "item_id": MP_ID, "sku_id": MP_SKU, "quantity": 2,
                                      "origin_price": {"amount": 1990, "currency": "CNY"},
                                      "discount_price": {"amount": 1800, "currency": "CNY"}}],
                                  "mainland_shipping_fee": {"amount": 800, "currency": "CNY"},
                                  "order_fee": {"amount": 4400, "currency": "CNY"}}],
            "unavailable_sku_list": []}})))
    got = provider.preview_order(token, order_request(MP_ID, MP_SKU))
    p = gateway.calls("/purchase/order/render")[0].params
    assert json.loads(p["render_item_List"]) == [{"item_id": MP_ID, "sku_id": MP_SKU,
                                                  "quantity": 2}]
    assert json.loads(p["warehouse_address"])["state"] == "浙江省"
    assert (got.goods_amount, got.delivery_amount, got.total_amount) == (
        Decimal("36.00"), Decimal("8.00"), Decimal("44.00"))
    assert got.lines[0].unit_price == Decimal("18.00")


def test_create_sends_camel_case_lines_and_reads_the_order_back(provider, gateway, token):
    gateway.on("/purchase/order/create", ok(envelope(success=True, data={
        "success": True, "outer_purchase_id": "BK-0001", "payment_url": "https://pay",
        "order_list": [{"purchase_id": 5000000001000003, "order_line_list": []}]})))
    gateway.on("/purchase/orders/query", query_answer(purchase()))
    got = provider.create_order(token, order_request(MP_ID, MP_SKU))
    p = gateway.calls("/purchase/order/create")[0].params
    assert p["outer_purchase_id"] == "BK-0001" and p["purchase_amount"] == "3600"
    assert json.loads(p["order_line_list"]) == [{"itemId": MP_ID, "skuId": MP_SKU, "quantity": 2,
                                                 "price": 1800, "currency": "CNY",
                                                 "orderLineNo": "1"}]
    assert json.loads(gateway.calls("/purchase/orders/query")[0].params["purchase_ids"]) == [
        5000000001000003]
    assert (got.order_id, got.client_ref, got.status, got.seller_id) == (
        "5000000001000003", "BK-0001", "WAIT_BUYER_P", "韩都衣舍旗舰店")
    assert (got.goods_amount, got.delivery_amount, got.total_amount) == (
        Decimal("36.00"), Decimal("8.00"), Decimal("44.00"))
    assert got.created_at == datetime(2024, 3, 1, 2, 19, 42, tzinfo=UTC)
    line = got.lines[0]
    assert (line.line_id, line.item_id, line.unit_price, line.config_text) == (
        "5000000001000503", MP_ID, Decimal("18.00"), "颜色:白色")


def test_find_by_reference_and_list_by_modify_time(provider, gateway, token):
    gateway.on("/purchase/orders/query", query_answer(purchase(ref="OTHER"),
                                                      purchase("5000000002000006", "BK-7")))
    assert provider.find_by_reference(token, "BK-7").order_id == "5000000002000006"
    assert gateway.calls("/purchase/orders/query")[0].params["outer_purchase_id"] == "BK-7"
    gateway.on("/purchase/orders/query", query_answer())
    assert provider.find_by_reference(token, "BK-8") is None
    page = [purchase(str(5000000001000003 + i)) for i in range(20)]
    gateway.on("/purchase/orders/query", query_answer(*page, total=21),
               query_answer(purchase("5000000009000009"), total=21))
    got = provider.list_orders_modified(token, datetime(2024, 3, 1, tzinfo=UTC),
                                        datetime(2024, 3, 2, tzinfo=UTC))
    calls = gateway.calls("/purchase/orders/query")[-2:]
    assert len(got) == 21 and [c.params["page_no"] for c in calls] == ["1", "2"]
    assert calls[0].params["modify_time_start"] == "1709251200000"
    assert calls[0].params["modify_time_end"] == "1709337600000"


def test_waybills_from_logistics_detail_per_sub_order(provider, gateway, token):
    gateway.on("/purchase/orders/query", query_answer(purchase(status="WAIT_BUYER_CONFIRM_GOODS",
                                                               waybill="YT7412589630")))
    gateway.on("/logistics/detail/get", ok(envelope(result={"success": True, "data": {
        "purchase_order_outer_id": "390000", "pnm_logistics_details": [{
            "mail_no": "YT7412589630", "logistics_status": "DELIVERING",
            "logistics_partner": [{"company": "圆通速递"}], "logistics_traces": [
                {"time": 1709260000000, "status": "COLLECTED", "standerd_desc": "已揽收"}]}]}})))
    got = provider.waybills(token, "5000000001000003")
    assert gateway.calls("/logistics/detail/get")[0].params["purchase_order_line_id"] == \
        "5000000001000503"
    assert [(w.waybill_no, w.company, w.line_ids) for w in got] == [
        ("YT7412589630", "圆通速递", ("5000000001000503",))]
    gateway.on("/logistics/detail/get", ok(envelope(result={
        "success": False, "error_code": "LOGISTICS_NOT_FOUND", "error_msg": "暂无物流信息"})))
    assert provider.waybills(token, "5000000001000003") == []


@pytest.mark.parametrize(("answer", "error", "code"), [
    ({"type": "ISV", "code": "IllegalAccessToken",
      "message": "The specified access token is invalid or expired"}, AuthExpired,
     "IllegalAccessToken"),
    ({"type": "ISV", "code": "IncompleteSignature", "message": "bad sign"}, ValidationFailed,
     "IncompleteSignature"),
    (envelope(success=False, error_code="SKU_STOCK_NOT_ENOUGH", error_msg="库存不足"), OutOfStock,
     "SKU_STOCK_NOT_ENOUGH"),
    (envelope(success="false", error_code="PURCHASE_ORDER_LIMIT", error_msg="上限"),
     BookingLimitReached, "PURCHASE_ORDER_LIMIT"),
    (envelope(success=False, error_code="ITEM_NOT_FOUND", error_msg="商品不存在"), NotFound,
     "ITEM_NOT_FOUND"),
    (envelope(result={"success": False, "error_code": "SKU_NOT_FOUND", "error_msg": "规格不存在"}),
     NotFound, "SKU_NOT_FOUND"),
])
def test_error_shapes_become_typed_errors(provider, gateway, token, answer, error, code):
    gateway.on("/product/get", ok(answer))
    with pytest.raises(error) as info:
        provider.get_offer(token, "855863456744")
    assert info.value.code == code


def test_api_call_limit_waits_as_long_as_the_ban_says(provider, gateway, token, clock):
    gateway.on("/purchase/orders/query",
               ok({"type": "ISP", "code": "ApiCallLimit",
                   "message": "The request is limited, this ban will last 3 seconds"}),
               query_answer(purchase()))
    assert provider.get_order(token, "5000000001000003").order_id == "5000000001000003"
    assert 3 <= clock.sleeps[0] <= 3.3


def test_api_call_limit_on_create_is_raised_not_resent(provider, gateway, token):
    gateway.on("/purchase/order/create", ok({"type": "ISP", "code": "ApiCallLimit",
                                             "message": "this ban will last 5 seconds"}))
    with pytest.raises(RateLimited) as info:
        provider.create_order(token, order_request(MP_ID, MP_SKU))
    assert info.value.retry_after == 5 and len(gateway.calls("/purchase/order/create")) == 1


@pytest.mark.parametrize("answer", [
    raw("<html><title>Error</title></html>", 200),
    raw('{"code":"0","data":{"purchase_orders":[', 200, "application/json"),
    query_answer({"purchase_id": 5000000001000003}),
    query_answer({**purchase(), "purchase_amount": "lots"}),
    query_answer({**purchase(), "sub_purchase_orders": [{"sub_purchase_order_id": 1}]}),
    ok(envelope(success=True, data="nope")),
])
def test_malformed_answers_become_malformed_response(provider, gateway, token, answer):
    gateway.on("/purchase/orders/query", answer)
    with pytest.raises(MalformedResponse):
        provider.get_order(token, "5000000001000003")


def test_order_missing_from_the_query_is_not_found(provider, gateway, token):
    gateway.on("/purchase/orders/query", query_answer())
    with pytest.raises(NotFound):
        provider.get_order(token, "5000000001000003")


@pytest.mark.parametrize("fault", [
    raises(httpx.ReadTimeout), raises(httpx.RemoteProtocolError), raw("Bad Gateway", 502),
    ok({"type": "ISP", "code": "ServiceUnavailable", "message": "backend busy"}),
    raw('{"code":"0","success":true,"data":{"order_list":[{"purchase_id":50', 200,
        "application/json"),
])
def test_unknown_create_outcome_is_reconciled_by_outer_purchase_id(provider, gateway, token,
                                                                   fault):
    gateway.on("/purchase/order/create", fault)
    gateway.on("/purchase/orders/query", query_answer(purchase()))
    got = provider.create_order_safely(token, order_request(MP_ID, MP_SKU))
    assert got.client_ref == "BK-0001" and len(gateway.calls("/purchase/order/create")) == 1
    assert gateway.calls("/purchase/orders/query")[0].params["outer_purchase_id"] == "BK-0001"


def test_no_secret_in_logs_or_errors(provider, gateway, token, caplog):
    caplog.set_level(logging.DEBUG)
    gateway.on("/product/get", ok({"type": "ISV", "code": "X",
                                   "message": f"token {CANARY_TOKEN} refused"}))
    with pytest.raises(ValidationFailed) as info:
        provider.get_offer(token, "1")
    text = caplog.text + str(info.value)
    assert "sign" in caplog.text and CANARY_TOKEN not in text and CANARY_SECRET not in text
