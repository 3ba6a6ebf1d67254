"""Fault injection (Python API and admin endpoint) and latency, as a connector would meet them."""

from __future__ import annotations

import json
import time

import httpx
import pytest

from tests.sandbox.helpers import ADDRESS_1688, RECEIVER_TG
from workstation.providers.base import ProviderKind
from workstation.sandbox.goods import catalogue_items

LIST = "alibaba.trade.getBuyerOrderList"


def _create_1688(sandbox, token, ref: str, timeout: float | None = None) -> httpx.Response:
    item = catalogue_items(sandbox.market.seed, ProviderKind.ALIBABA1688)[0]
    return sandbox.call_1688("alibaba.trade.createCrossOrder", {
        "flow": "general", "addressParam": ADDRESS_1688, "outOrderId": ref,
        "cargoParamList": [{"offerId": item.item_id, "specId": item.skus[0].sku_id, "quantity": 1}]},
        token, timeout=timeout)


def test_http_errors_for_the_next_n_calls(sandbox, token_1688):
    sandbox.market.faults.add(LIST, "http_500", count=2)
    assert [sandbox.call_1688(LIST, {}, token_1688).status_code for _ in range(3)] == [500, 500, 200]
    sandbox.market.faults.add(LIST, "http_502")
    assert sandbox.call_1688(LIST, {}, token_1688).status_code == 502
    sandbox.market.faults.add("/purchase/orders/query", "http_503", retry_after=7)
    reply = sandbox.call_tg("/purchase/orders/query", {}, None)
    assert reply.status_code == 503 and reply.headers["retry-after"] == "7"


def test_html_page_and_bad_json(sandbox, token_1688):
    sandbox.market.faults.add(LIST, "html", status=200)
    page = sandbox.call_1688(LIST, {}, token_1688)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    sandbox.market.faults.add(LIST, "bad_json")
    broken = sandbox.call_1688(LIST, {}, token_1688)
    with pytest.raises(json.JSONDecodeError):
        broken.json()


def test_business_error_in_each_apis_shape(sandbox, token_1688, token_tg):
    sandbox.market.faults.add("alibaba.createOrder.preview", "business_error")
    preview = sandbox.call_1688("alibaba.createOrder.preview", {"addressParam": ADDRESS_1688,
                                "cargoParamList": []}, token_1688)
    assert preview.status_code == 200 and set(preview.json()) == {"success", "errorCode", "errorMsg"}
    sandbox.market.faults.add("/logistics/detail/get", "business_error")
    tg = sandbox.call_tg("/logistics/detail/get", {"purchase_order_line_id": "1"}, token_tg).json()
    assert tg["code"] == "0" and tg["result"]["success"] is False and tg["result"]["error_code"]


def test_rate_limit_fault(sandbox, token_1688, token_tg):
    sandbox.market.faults.add("*", "rate_limit", count=2, seconds=5)
    assert sandbox.call_1688(LIST, {}, token_1688).json()["error_code"] == "gw.QosAppFrequencyLimit"
    body = sandbox.call_tg("/purchase/orders/query", {}, token_tg).json()
    assert body["code"] == "ApiCallLimit" and "this ban will last 5 seconds" in body["message"]
    assert sandbox.call_1688(LIST, {}, token_1688).status_code == 200


def test_timeout_after_creating_leaves_the_order_behind(sandbox, token_1688):
    sandbox.market.faults.add("alibaba.trade.createCrossOrder", "timeout", delay=5)
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        _create_1688(sandbox, token_1688, "UNKNOWN-1", timeout=0.5)
    assert time.monotonic() - started < 3
    found = sandbox.call_1688(LIST, {"outOrderId": "UNKNOWN-1"}, token_1688).json()
    assert found["totalRecord"] == 1


def test_dropped_connection_after_creating(sandbox, token_tg):
    item = catalogue_items(sandbox.market.seed, ProviderKind.TAOBAO)[0]
    sandbox.market.faults.add("/purchase/order/create", "drop")
    with pytest.raises(httpx.TransportError):
        sandbox.call_tg("/purchase/order/create", {
            "outer_purchase_id": "DROP-1", "receiver": RECEIVER_TG,
            "order_line_list": [{"itemId": item.item_id, "skuId": item.skus[0].sku_id, "quantity": 1}]},
            token_tg)
    found = sandbox.call_tg("/purchase/orders/query", {"outer_purchase_id": "DROP-1"}, token_tg).json()
    assert found["data"]["results_total"] == 1


def test_admin_endpoint_faults_and_settings(sandbox, token_1688):
    reply = sandbox.http.post("/__sandbox/faults", json={"api": LIST, "kind": "http_502", "count": 1})
    assert reply.json()[0]["kind"] == "http_502"
    assert sandbox.call_1688(LIST, {}, token_1688).status_code == 502
    sandbox.http.post("/__sandbox/faults", data={"api": LIST, "kind": "http_500", "count": "5"})
    assert sandbox.http.delete("/__sandbox/faults").json() == []
    assert sandbox.call_1688(LIST, {}, token_1688).status_code == 200
    assert sandbox.http.post("/__sandbox/faults", json={"kind": "nonsense"}).status_code == 400
    sandbox.http.post("/__sandbox/settings", json={"latency_ms": 300})
    started = time.monotonic()
    assert sandbox.call_1688(LIST, {}, token_1688).status_code == 200
    assert time.monotonic() - started >= 0.3
    assert sandbox.http.get("/health").elapsed.total_seconds() < 0.3  # only gateways are slow


def test_admin_clock_pay_and_orders(sandbox, token_1688):
    order_id = _create_1688(sandbox, token_1688, "ADM").json()["result"]["orderId"]
    assert sandbox.http.post("/__sandbox/pay", json={"order_id": order_id}).json()["state"] == "paid"
    sandbox.http.post("/__sandbox/advance", json={"hours": 21})
    (order,) = sandbox.http.get("/__sandbox/orders").json()
    assert order["state"] == "shipped" and order["waybills"][0]["lines"]
    again = sandbox.http.post("/__sandbox/pay", json={"order_id": order_id})
    assert again.status_code == 409
