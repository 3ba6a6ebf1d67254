"""Protocol corrections found against the official IOP and 1688 `aop` SDKs (docs/protocols.md).

Each section is one correction: blank values, multipart, IOP error types, the sandbox's
timestamps / webSite / statuses, `partner_id`, odd dates, published signature vectors, and
the SDKs' own wire against the sandbox. The 1688 `aop` SDK installs from no registry (docs/protocols.md,
"Official SDKs"), so the last section speaks their documented algorithm, written here again.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from tests.helpers.engine import ACCOUNT, World, make_world, plain_items, template_copier
from tests.helpers.providers import CANARY_SECRET, ok, order_request, raw
from tests.sandbox.helpers import ADDRESS_1688, NAMESPACES, RECEIVER_TG, Sandbox, sign_1688, sign_tg
from workstation.domain import statuses as st
from workstation.providers import alibaba1688, taobao_global
from workstation.providers.base import OutOfStock, TransportError, ValidationFailed
from workstation.providers.http import RetryPolicy, is_blank, sendable
from workstation.sandbox import inferred as sandbox_inferred
from workstation.sandbox import signing as sandbox_signing
from workstation.sandbox.catalogue import items_of
from workstation.sandbox.constants import (
    APP_KEY_1688,
    APP_KEY_TAOBAO_GLOBAL,
    APP_SECRET_1688,
    APP_SECRET_TAOBAO_GLOBAL,
    GATEWAY_1688,
    GATEWAY_TAOBAO_GLOBAL,
)
from workstation.sandbox.launcher import serve_in_thread
from workstation.sandbox.market import Market
from workstation.store.models import ProviderOrder as PO  # noqa: N817 - the ORM row, kept apart from the connector's ProviderOrder

MP_ID, MP_SKU = "4096257174111208", "23990356503528"
BUYER_VIEW = "alibaba.trade.get.buyerView/8801688"


@pytest.fixture
def tg(gateway, clock):
    return taobao_global.TaobaoGlobalProvider(
        gateway_url="https://api.test/rest", app_key="500888", app_secret=CANARY_SECRET,
        transport=gateway.transport, clock=clock, min_interval=0, policy=RetryPolicy(attempts=3))


@pytest.fixture
def ali(gateway, clock):
    return alibaba1688.Alibaba1688Provider(
        gateway_url="https://gw.test/openapi", app_key="8801688", app_secret=CANARY_SECRET,
        transport=gateway.transport, clock=clock, min_interval=0, policy=RetryPolicy(attempts=3))


@pytest.fixture
def sandbox(tmp_path) -> Iterator[Sandbox]:
    directory = tmp_path / "sandbox"
    url, stop = serve_in_thread(directory)
    client = httpx.Client(base_url=url, timeout=5.0)
    try:
        yield Sandbox(url, directory, Market(directory), client)
    finally:
        client.close()
        stop()


def _hmac(algo, secret: str, message: str) -> str:
    return hmac.new(secret.encode(), message.encode(), algo).hexdigest().upper()


def _tg_product(mp_id: str = MP_ID) -> dict:
    return {"code": "0", "success": True, "data": {
        "mp_id": mp_id, "item_id": 855863456744, "title": "T恤", "price": 1990, "quantity": 3,
        "status": "ON_SALE", "user_nick": "shop", "sku_list": []}}


def _trade(**base) -> dict:
    info = {"id": 231000000001000003, "idOfStr": "231000000001000003", "status": "waitbuyerpay",
            "totalAmount": 44.0, "sumProductPayment": 36.0, "shippingFee": 8.0,
            "createTime": "20240301100000000+0800", "modifyTime": "20240301100500000+0800",
            "sellerUserId": "b2b-1", "buyerLoginId": "demo_buyer", "outOrderId": "BK-0001", **base}
    return {"baseInfo": info, "productItems": [{
        "productID": 610947572360, "specId": "b266e0726506185beaf205cbae88a8cf",
        "subItemIDString": "231000000001000004", "name": "T恤", "quantity": 2, "price": 18.0,
        "itemAmount": 36.0, "status": "waitbuyerpay", "skuInfos": [{"name": "颜色", "value": "白色"}]}]}


# ================================================================ 1. blank values


def test_blank_is_the_java_sdks_isempty():
    # IopUtils.isEmpty: null, "" or only Character.isWhitespace characters.
    for value in (None, "", " ", "\t\r\n", "\u3000", "\u2003 "):
        assert is_blank(value), repr(value)
    # Java's isWhitespace is false for the non-breaking spaces: such a value is sent and signed.
    for value in ("0", " a ", "\u00a0", "\u202f", "false"):
        assert not is_blank(value), repr(value)
    assert sendable({"a": "1", "b": " ", "c": "", " ": "x", "d": None, "e": 0}) == {"a": "1", "e": "0"}


def test_both_signatures_leave_blank_values_out():
    base = {"app_key": "123456", "item_id": "1"}
    with_blanks = {**base, "remark": " ", "memo": "", "note": "\t"}
    assert taobao_global.signature("/p", with_blanks, "s") == taobao_global.signature("/p", base, "s")
    assert alibaba1688.signature("p", with_blanks, "s") == alibaba1688.signature("p", base, "s")
    assert sandbox_signing.signature_taobao_global("/p", with_blanks, "s") == \
        sandbox_signing.signature_taobao_global("/p", base, "s")
    assert sandbox_signing.signature("p", with_blanks, "s") == sandbox_signing.signature("p", base, "s")
    # a value that only looks blank to Python (U+00A0) is signed, as Java signs it
    assert taobao_global.signature("/p", {**base, "x": "\u00a0"}, "s") != \
        taobao_global.signature("/p", base, "s")


def test_taobao_global_neither_sends_nor_signs_a_blank_remark(tg, gateway, token):
    gateway.on("/purchase/order/create", ok({"code": "0", "success": False, "error_code": "PARAM_ERROR",
                                             "error_msg": "refused"}))
    request = order_request(MP_ID, MP_SKU)
    request = type(request)(request.client_ref, request.seller_id, request.lines, request.address,
                            message="  ")
    with pytest.raises(ValidationFailed):
        tg.create_order(token, request)
    sent = gateway.calls("/purchase/order/create")[0].params
    assert "order_remark" not in sent and all(not is_blank(v) for v in sent.values())
    unsigned = {k: v for k, v in sent.items() if k != "sign"}
    message = "/purchase/order/create" + "".join(k + unsigned[k] for k in sorted(unsigned))
    assert sent["sign"] == _hmac(hashlib.sha256, CANARY_SECRET, message)


def test_1688_neither_sends_nor_signs_a_blank_message(ali, gateway, token):
    gateway.on("alibaba.trade.createCrossOrder/8801688", ok({"success": False, "code": "PARAM_ERROR",
                                                             "message": "refused"}))
    request = order_request()
    request = type(request)(request.client_ref, request.seller_id, request.lines, request.address,
                            message="\u3000 ")
    with pytest.raises(ValidationFailed):
        ali.create_order(token, request)
    sent = gateway.calls("alibaba.trade.createCrossOrder/8801688")[0].params
    assert "message" not in sent and all(not is_blank(v) for v in sent.values())
    path = alibaba1688.url_path("com.alibaba.trade", "alibaba.trade.createCrossOrder", "8801688")
    joined = "".join(sorted(k + v for k, v in sent.items() if k != "_aop_signature"))
    assert sent["_aop_signature"] == _hmac(hashlib.sha1, CANARY_SECRET, path + joined)


def test_sandbox_checks_signatures_without_the_blank_values(sandbox):
    """A Java-SDK client sends a blank value's key at most, and never signs it: accepted."""
    tg_token = sandbox.token_tg()["access_token"]
    item = items_of("taobao")[0]
    sent = {"item_id": item.native_item_id, "app_key": APP_KEY_TAOBAO_GLOBAL, "sign_method": "sha256",
            "timestamp": str(int(time.time() * 1000)), "access_token": tg_token}
    sent["sign"] = sign_tg("/product/get", sent)
    body = sandbox.http.post(GATEWAY_TAOBAO_GLOBAL + "/product/get",
                             data={**sent, "item_source_market": " ", "language": ""}).json()
    assert body["code"] == "0" and body["success"] is True, body

    token_1688 = sandbox.token_1688()["access_token"]
    url_path = f"param2/1/com.alibaba.product/alibaba.product.get/{APP_KEY_1688}"
    sent = {"productID": items_of("1688")[0].item_id, "webSite": "1688", "access_token": token_1688,
            "_aop_timestamp": str(int(time.time() * 1000))}
    sent["_aop_signature"] = sign_1688(url_path, sent)
    body = sandbox.http.post(f"{GATEWAY_1688}/{url_path}", data={**sent, "scene": "\t"}).json()
    assert body["success"] is True and "productInfo" in body, body


# ================================================================ 2. multipart/form-data


def _multipart(sent: dict[str, str]) -> dict:
    return {"data": sent, "files": {"image": ("label.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
                                              "image/png")}}


def test_sandbox_takes_multipart_as_it_takes_a_form(sandbox):
    tg_token = sandbox.token_tg()["access_token"]
    item = items_of("taobao")[0]
    sent = {"item_id": item.native_item_id, "app_key": APP_KEY_TAOBAO_GLOBAL, "sign_method": "sha256",
            "timestamp": str(int(time.time() * 1000)), "access_token": tg_token}
    sent["sign"] = sign_tg("/product/get", sent)  # the text fields only: the file is not signed
    as_form = sandbox.http.post(GATEWAY_TAOBAO_GLOBAL + "/product/get", data=sent).json()
    as_multipart = sandbox.http.post(GATEWAY_TAOBAO_GLOBAL + "/product/get", **_multipart(sent)).json()
    assert as_multipart["code"] == "0", as_multipart
    assert as_multipart["data"] == as_form["data"]

    token_1688 = sandbox.token_1688()["access_token"]
    url_path = f"param2/1/com.alibaba.product/alibaba.product.get/{APP_KEY_1688}"
    sent = {"productID": items_of("1688")[0].item_id, "webSite": "1688", "access_token": token_1688,
            "_aop_timestamp": str(int(time.time() * 1000))}
    sent["_aop_signature"] = sign_1688(url_path, sent)
    reply = sandbox.http.post(f"{GATEWAY_1688}/{url_path}", **_multipart(sent))
    assert reply.status_code == 200 and reply.json()["productInfo"]["productID"] == int(sent["productID"])


def test_sandbox_multipart_with_a_wrong_signature_is_refused_as_a_form_is(sandbox):
    tg_token = sandbox.token_tg()["access_token"]
    sent = {"item_id": "1", "app_key": APP_KEY_TAOBAO_GLOBAL, "sign_method": "sha256",
            "timestamp": str(int(time.time() * 1000)), "access_token": tg_token}
    sent["sign"] = sign_tg("/product/get", {**sent, "image": "label.png"})  # a file is never signed
    body = sandbox.http.post(GATEWAY_TAOBAO_GLOBAL + "/product/get", **_multipart(sent)).json()
    assert body["code"] == "IncompleteSignature"


# ================================================================ 3. IOP error types


@pytest.mark.parametrize(("kind", "code"), [("ISV", "MissingParameter"), ("ISV", "isv.invalid-parameter"),
                                           ("ISP", "SELLER_MISMATCH")])
def test_a_well_formed_iop_refusal_of_a_create_is_a_refusal_with_its_reason(tg, gateway, token, kind, code):
    gateway.on("/purchase/order/create", ok({"type": kind, "code": code, "message": "该卖家不支持分销 (seller refuses)",
                                             "request_id": "0b1"}))
    with pytest.raises(ValidationFailed) as info:
        tg.create_order_safely(token, order_request(MP_ID, MP_SKU))
    assert not isinstance(info.value, TransportError)
    assert info.value.code == code and "seller refuses" in str(info.value)
    assert len(gateway.calls("/purchase/order/create")) == 1
    assert gateway.calls("/purchase/orders/query") == []  # a refusal is proof: nothing to look up


@pytest.mark.parametrize(("kind", "code"), [("ISP", "B_SELLER_REFUSES_DISTRIBUTION"), ("SYSTEM", "ISP.SYSTEM_BUSY"),
                                           ("ISP", "SystemBusy"), ("SYSTEM", "isp.remote-service-error"),
                                           ("ISP", "ORDER_PROCESSING")])
def test_a_create_answered_with_a_code_we_do_not_know_stays_unknown(tg, gateway, token, kind, code):
    """"System busy", "processing" or any code no source names may have made the order: the
    lines must stay reserved until a look-up by reference settles it, never be freed."""
    gateway.on("/purchase/order/create", ok({"type": kind, "code": code, "message": "busy", "request_id": "0b2"}))
    with pytest.raises(TransportError) as info:
        tg.create_order(token, order_request(MP_ID, MP_SKU))
    assert info.value.outcome_unknown and info.value.code == code


def test_an_iop_stock_refusal_keeps_its_type(tg, gateway, token):
    gateway.on("/purchase/order/create", ok({"type": "ISP", "code": "SKU_STOCK_NOT_ENOUGH",
                                             "message": "库存不足"}))
    with pytest.raises(OutOfStock):
        tg.create_order(token, order_request(MP_ID, MP_SKU))


@pytest.mark.parametrize("answer", [
    ok({"type": "ISP", "code": "ServiceTimeout", "message": "backend timed out"}),
    ok({"type": "SYSTEM", "code": "InternalError", "message": "internal error"}),
    ok({"type": "ISP", "code": "isp.service-unavailable", "message": "busy"}),
    raw("", 500), raw("", 502), raw("<html>504 Gateway Time-out</html>", 504),
    raw('{"code":"0","success":true,"data":{"order_list":[{"purchase_id":5', 200, "application/json"),
])
def test_only_transport_level_ambiguity_leaves_a_create_unknown(tg, gateway, token, answer):
    gateway.on("/purchase/order/create", answer)
    with pytest.raises(TransportError) as info:
        tg.create_order(token, order_request(MP_ID, MP_SKU))
    assert info.value.outcome_unknown
    assert len(gateway.calls("/purchase/order/create")) == 1


def test_the_sandbox_admin_injects_an_iop_refusal_and_a_bodyless_500(sandbox):
    token = sandbox.token_tg()["access_token"]
    sandbox.http.post("/__sandbox/faults", data={"api": "/product/get", "kind": "business_error",
                                                 "type": "ISP", "code": "B_X", "message": "refused"})
    sandbox.http.post("/__sandbox/faults", data={"api": "/product/get", "kind": "http_500", "empty": "1"})
    body = sandbox.call_tg("/product/get", {"item_id": "1"}, token).json()
    assert (body["type"], body["code"], body["message"]) == ("ISP", "B_X", "refused")
    reply = sandbox.call_tg("/product/get", {"item_id": "1"}, token)
    assert reply.status_code == 500 and reply.content == b""


@pytest.fixture
def world(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[World]:
    yield from make_world(tmp_path, f"sqlite:///{tmp_path / 'data' / 'workstation.sqlite3'}",
                          migrated=template_copier(request))


CREATE_API = {"1688": "alibaba.trade.createCrossOrder", "taobao": "/purchase/order/create"}


def _book(world: World, provider: str):  # type: ignore[no-untyped-def]
    oid = world.add_order(provider, [(plain_items(provider)[0], 0, 1, None)])
    info = world.core.purchase.run(world.core.purchase.start_booking(oid, ACCOUNT[provider]))
    return oid, info


@pytest.mark.parametrize("provider", ["1688", "taobao"])
def test_a_refused_create_leaves_the_lines_bookable_with_the_reason_shown(world: World, provider: str) -> None:
    extra = {"type": "ISP"} if provider == "taobao" else {}
    code = "500_002" if provider == "1688" else "SELLER_MISMATCH"  # refusals a source or our list names
    world.market.faults.add(CREATE_API[provider], "business_error", code=code,
                            message="该卖家不支持分销 (seller refuses distribution)", **extra)
    oid, info = _book(world, provider)
    assert info.state == "finished_with_errors", [s.message for s in info.steps]
    errors = " ".join(s.message for s in info.errors)
    assert "not booked" in errors and "seller refuses distribution" in errors
    assert code in errors
    assert not any("did not answer clearly" in s.message for s in info.steps)
    line = world.lines(oid)[0]
    assert line.status == st.READY and line.provider_order_id is None
    with world.core.db.read() as s:
        assert s.scalar(select(PO.state)) == "failed"
    assert world.count_sandbox_orders() == 0


@pytest.mark.parametrize("provider", ["1688", "taobao"])
def test_a_create_refused_with_an_undocumented_code_keeps_its_lines_reserved(world: World, provider: str) -> None:
    """A well-formed answer with a code no source names ("system busy" with HTTP 200) is not
    proof that nothing was made: booking keeps the lines and asks, as for a timeout."""
    extra = {"type": "SYSTEM"} if provider == "taobao" else {}
    world.market.faults.add(CREATE_API[provider], "business_error", code="ISP.SYSTEM_BUSY", message="system busy",
                            **extra)
    oid, info = _book(world, provider)
    assert info.state == "waiting" and info.pending_question is not None, [s.message for s in info.steps]
    assert info.pending_question.question_key.startswith("unknown:")
    line = world.lines(oid)[0]
    assert line.provider_order_id is not None and line.status != st.READY  # still reserved


@pytest.mark.parametrize("provider", ["1688", "taobao"])
def test_a_create_answered_5xx_without_a_body_stays_unknown(world: World, provider: str) -> None:
    world.market.faults.add(CREATE_API[provider], "http_500", empty=1)
    oid, info = _book(world, provider)
    assert any("did not answer clearly" in s.message for s in info.steps), [s.message for s in info.steps]
    assert info.state == "waiting" and info.pending_question is not None
    assert info.pending_question.question_key.startswith("unknown:")
    line = world.lines(oid)[0]
    assert line.provider_order_id is not None and line.status != st.READY  # still reserved
    with world.core.db.read() as s:
        assert s.scalar(select(PO.state)) == "unknown"


# ================================================================ 4. sandbox: timestamps, webSite, statuses


def _tg_call(sandbox: Sandbox, timestamp: str, token: str) -> dict:
    sent = {"item_id": items_of("taobao")[0].native_item_id, "app_key": APP_KEY_TAOBAO_GLOBAL,
            "sign_method": "sha256", "timestamp": timestamp, "access_token": token}
    sent["sign"] = sign_tg("/product/get", sent)
    return sandbox.http.post(GATEWAY_TAOBAO_GLOBAL + "/product/get", data=sent).json()


def test_sandbox_takes_iso_timestamps_and_epoch_milliseconds(sandbox):
    token = sandbox.token_tg()["access_token"]
    now = datetime.now(UTC)
    for stamp in (str(int(now.timestamp() * 1000)), now.strftime("%Y-%m-%dT%H:%M:%SZ"),
                  now.astimezone().isoformat(timespec="seconds"), now.strftime("%Y-%m-%dT%H:%M:%S")):
        body = _tg_call(sandbox, stamp, token)
        assert body["code"] == "0", (stamp, body)


def test_sandbox_refuses_a_timestamp_beyond_the_documented_window(sandbox):
    token = sandbox.token_tg()["access_token"]
    window = sandbox_inferred.IOP_TIMESTAMP_WINDOW_SECONDS
    assert window == 7200
    now_ms = int(time.time() * 1000)
    assert _tg_call(sandbox, str(now_ms - (window - 60) * 1000), token)["code"] == "0"
    for stamp in (str(now_ms - (window + 60) * 1000), str(now_ms + (window + 60) * 1000),
                  "2017-11-11T12:00:00Z"):
        body = _tg_call(sandbox, stamp, token)
        assert (body["type"], body["code"]) == ("ISV", "InvalidTimestamp"), (stamp, body)
        assert "request_id" in body
    assert _tg_call(sandbox, "yesterday", token)["code"] == "InvalidParameter"


def test_sandbox_time_is_within_the_window_too(sandbox):
    """Connectors on the sandbox carry its clock, which `advance` moves ahead of real time."""
    token = sandbox.token_tg()["access_token"]
    sandbox.market.advance(5)
    ahead = int(sandbox.market.now() * 1000)
    assert _tg_call(sandbox, str(ahead), token)["code"] == "0"
    assert _tg_call(sandbox, str(int(time.time() * 1000)), token)["code"] == "0"


@pytest.mark.parametrize("site, expected", [("1688", "ok"), (None, "gw.ParamMissing"),
                                            ("taobao", "PARAM_ERROR"), ("alibaba", "PARAM_ERROR")])
def test_sandbox_validates_website(sandbox, site, expected):
    token = sandbox.token_1688()["access_token"]
    params = {"productID": items_of("1688")[0].item_id}
    if site is not None:
        params["webSite"] = site
    body = sandbox.call_1688("alibaba.product.get", params, token).json()
    if expected == "ok":
        assert body["success"] is True and "productInfo" in body
    elif expected.startswith("gw."):
        assert body["error_code"] == expected and "webSite" in body["error_message"]
    else:  # the API's own error shape (errorCode / errMsg)
        assert body["success"] is False and body["errorCode"] == expected and "webSite" in body["errMsg"]


def test_website_is_checked_on_every_api_that_has_it(sandbox):
    token = sandbox.token_1688()["access_token"]
    for api in sandbox_inferred.WEBSITE_APIS_1688:
        params = {"webSite": "1689", "orderId": "1", "tradeID": "1", "productID": "1",
                  "cancelReason": "buyerCancel"}
        body = sandbox.call_1688(api, params, token, namespace=NAMESPACES.get(api)).json()
        assert body["success"] is False and "webSite" in json.dumps(body, ensure_ascii=False), (api, body)


# The vocabularies as the sources document them (docs/protocols.md#statuses, SPEC 1.11 and 2.5, checked again
# against two independent Taobao Global references: neither has a completed state).
DOCUMENTED_TG = {"BULIDING", "WAIT_BUYER_P", "WAIT_SELLER_SEND_GOODS", "WAIT_BUYER_CONFIRM_GOODS",
                 "TRADE_CLOSED"}
DOCUMENTED_1688 = {"waitbuyerpay", "waitsellersend", "waitlogisticstakein", "waitbuyerreceive",
                   "waitbuyersign", "signinsuccess", "confirm_goods", "success", "cancel", "terminated"}


def test_every_status_the_sandbox_emits_is_documented_and_mapped():
    assert set(sandbox_inferred.STATUS_TG.values()) <= DOCUMENTED_TG
    assert "TRADE_FINISHED" not in sandbox_inferred.STATUS_TG.values()
    assert set(sandbox_inferred.STATUS_1688.values()) <= DOCUMENTED_1688
    assert sandbox_inferred.TG_AWAITING_PAYMENT in DOCUMENTED_TG
    # our default mappings know every word the sandbox emits, and a finished order keeps the
    # line status it had when it was finished as TRADE_FINISHED
    for word in sandbox_inferred.STATUS_TG.values():
        assert word in st.DEFAULT_MAPPING_TAOBAO, word
    for word in sandbox_inferred.STATUS_1688.values():
        assert word in st.DEFAULT_MAPPING_1688, word
    assert st.DEFAULT_MAPPING_TAOBAO[sandbox_inferred.STATUS_TG["finished"]] == \
        st.DEFAULT_MAPPING_TAOBAO["TRADE_FINISHED"]


# ================================================================ 5. partner_id


def test_partner_id_is_sent_and_signed_as_the_sdks_do(tg, gateway, token):
    gateway.on("/product/get", ok(_tg_product()))
    tg.get_offer(token, "855863456744")
    sent = gateway.calls("/product/get")[0].params
    assert sent["partner_id"] == "iop-sdk-python-20181207"
    without = {k: v for k, v in sent.items() if k != "partner_id"}
    assert sent["sign"] == taobao_global.signature("/product/get", sent, CANARY_SECRET)
    assert sent["sign"] != taobao_global.signature("/product/get", without, CANARY_SECRET)


# ================================================================ 6. dates in an unexpected spelling


def test_an_odd_1688_date_is_logged_and_left_empty(ali, gateway, token, caplog):
    caplog.set_level(logging.WARNING)
    gateway.on(BUYER_VIEW, ok({"success": True, "result": _trade(createTime="yesterday",
                                                                  modifyTime={"when": 1})}))
    order = ali.get_order(token, "231000000001000003")
    assert order.order_id == "231000000001000003" and order.created_at is None
    assert order.modified_at is None and order.total_amount == 44 and len(order.lines) == 1
    assert "baseInfo.createTime" in caplog.text and "'yesterday'" in caplog.text
    assert "baseInfo.modifyTime" in caplog.text


def test_an_odd_taobao_global_date_is_logged_and_left_empty(tg, gateway, token, caplog):
    caplog.set_level(logging.WARNING)
    po = {"purchase_id": 5000000001000003, "outer_purchase_id": "BK-0001", "status": "WAIT_BUYER_P",
          "supplier_nick": "shop", "purchase_amount": 4400, "product_amount": 3600,
          "domestic_post_fee": 800, "created_time": "2024-03-01 10:00:00", "modify_time": 1709263182123,
          "sub_purchase_orders": [{"sub_purchase_order_id": 1, "item_id": int(MP_ID), "quantity": 2,
                                   "product_amount": 3600, "status": "WAIT_BUYER_P"}]}
    gateway.on("/purchase/orders/query", ok({"code": "0", "success": True, "data": {
        "results_total": 1, "purchase_orders": [po]}}))
    order = tg.get_order(token, "5000000001000003")
    assert order.created_at is None and order.modified_at == datetime.fromtimestamp(1709263182.123, UTC)
    assert "created_time" in caplog.text and "2024-03-01 10:00:00" in caplog.text


# ================================================================ 7. published signature vectors


# Lazada Open Platform "HTTP request sample" (open.alitrip.com articleId=108069, the IOP
# protocol api.taobao.global speaks): GetOrder with app secret "helloworld".
LAZADA_PARAMS = {"app_key": "123456", "access_token": "test", "timestamp": "1517820392000",
                 "sign_method": "sha256", "order_id": "1234"}
LAZADA_SIGNED = ("/order/getaccess_tokentestapp_key123456order_id1234sign_methodsha256"
                 "timestamp1517820392000")
LAZADA_SIGN = "4190D32361CFB9581350222F345CB77F3B19F0E31D162316848A2C1FFD5FAB4A"


def test_the_published_iop_vector():
    assert _hmac(hashlib.sha256, "helloworld", LAZADA_SIGNED) == LAZADA_SIGN
    assert taobao_global.signature("/order/get", LAZADA_PARAMS, "helloworld") == LAZADA_SIGN
    assert sandbox_signing.signature_taobao_global("/order/get", LAZADA_PARAMS, "helloworld") == LAZADA_SIGN
    # a blank extra parameter changes nothing (Java rule), the signature parameter neither
    assert taobao_global.signature("/order/get", {**LAZADA_PARAMS, "status": " ", "sign": "X"},
                                   "helloworld") == LAZADA_SIGN


def test_the_published_ordering_example():
    # Lazada "Signature" page and TOP "API调用协议": foo=1, bar=2, foo_bar=3, foobar=4 sort to
    # bar2foo1foo_bar3foobar4, after the API name: /test/apibar2foo1foo_bar3foobar4.
    params = {"foo": "1", "bar": "2", "foo_bar": "3", "foobar": "4"}
    assert taobao_global.signature("/test/api", params, "helloworld") == _hmac(
        hashlib.sha256, "helloworld", "/test/apibar2foo1foo_bar3foobar4")


# ================================================================ 8. the SDKs' own wire against the sandbox


class IopSdkLike:
    """`IopClient.execute` of the official iop-sdk-python (20181207), as documented.

    System parameters app_key, sign_method=sha256, timestamp (whole seconds + "000"),
    partner_id, access_token; the URL is server_url + api path; POST sends every parameter
    as a form field, multipart when a file is attached, files unsigned. The sign sorts by key
    and signs every value given (this SDK filters nothing). The answer is read its way:
    top-level `type`, `code`, `message`, `request_id`, and the body as a dict.
    """

    def __init__(self, server_url: str, app_key: str, app_secret: str):
        self.server_url, self.app_key, self.app_secret = server_url, app_key, app_secret

    @staticmethod
    def sign(secret: str, api: str, parameters: dict[str, str]) -> str:
        text = api + "".join(f"{key}{parameters[key]}" for key in sorted(parameters))
        return hmac.new(secret.encode("utf-8"), text.encode("utf-8"), hashlib.sha256).hexdigest().upper()

    def execute(self, api: str, params: dict[str, str], access_token: str | None = None,
                files: dict | None = None) -> dict:
        system = {"app_key": self.app_key, "sign_method": "sha256",
                  "timestamp": str(int(round(time.time()))) + "000", "partner_id": "iop-sdk-python-20181207"}
        if access_token:
            system["access_token"] = access_token
        signed = {**system, **params}
        signed["sign"] = self.sign(self.app_secret, api, signed)
        reply = httpx.post(self.server_url + api, data=signed, files=files or None, timeout=5.0)
        body = reply.json()
        return {"type": body.get("type"), "code": body.get("code"), "message": body.get("message"),
                "request_id": body.get("request_id"), "body": body}


class AopSdkLike:
    """`BaseApi.get_response` of the official 1688 `aop` Python SDK (2016), as documented.

    Non-empty business parameters plus access_token and `_aop_timestamp` (ms); byte
    parameters are taken out before signing and sent as multipart files; the signature is
    HMAC-SHA1 over `param2/1/{ns}/{name}/{appKey}` + the sorted `key+value` strings; POST
    to `{domain}/openapi/{path}` with User-Agent Ocean-SDK-Client. The answer: an `ApiError`
    (error_code, error_message, request_id) on HTTP >= 400, else the JSON as a dict.
    """

    class ApiError(Exception):
        def __init__(self, status: int, body: dict):
            super().__init__(f"ApiError [error_code={body.get('error_code')}]")
            self.status, self.error_code = status, body.get("error_code")
            self.error_message, self.request_id = body.get("error_message"), body.get("request_id")

    def __init__(self, domain: str, appkey: str, secret: str):
        self.domain, self.appkey, self.secret = domain, appkey, secret

    def get_response(self, namespace: str, name: str, params: dict, access_token: str,
                     files: dict | None = None) -> dict:
        sent = {k: (v if isinstance(v, str) else json.dumps(v, ensure_ascii=False))
                for k, v in params.items() if v}
        sent["access_token"] = access_token
        sent["_aop_timestamp"] = str(int(time.time() * 1000))
        url_path = f"param2/1/{namespace}/{name}/{self.appkey}"
        msg = url_path + "".join(sorted(k + v for k, v in sent.items()))
        sent["_aop_signature"] = hmac.new(self.secret.encode(), msg.encode(), hashlib.sha1).hexdigest().upper()
        reply = httpx.post(f"{self.domain}/openapi/{url_path}", data=sent, files=files or None,
                           headers={"User-Agent": "Ocean-SDK-Client", "Cache-Control": "no-cache"},
                           timeout=5.0)
        body = reply.json()
        if not 200 <= reply.status_code < 400:
            raise self.ApiError(reply.status_code, body)
        return body


FILE = {"attachment": ("note.txt", "附件 attachment".encode(), "text/plain")}


@pytest.mark.parametrize("files", [None, FILE], ids=["form", "multipart"])
def test_iop_sdk_reads_a_product_and_creates_an_order_on_the_sandbox(sandbox, files):
    client = IopSdkLike(sandbox.url + GATEWAY_TAOBAO_GLOBAL, APP_KEY_TAOBAO_GLOBAL, APP_SECRET_TAOBAO_GLOBAL)
    token = client.execute("/auth/token/create", {"code": sandbox.code("taobao")})["body"]["access_token"]
    item = next(i for i in items_of("taobao") if not (i.sells_out or i.sku_vanishes or i.drifts))
    read = client.execute("/product/get", {"item_id": item.native_item_id}, token, files)
    assert read["code"] == "0" and read["type"] is None, read
    data = read["body"]["data"]
    sku = data["sku_list"][0]
    assert str(data["mp_id"]) == item.item_id
    lines = [{"itemId": data["mp_id"], "skuId": sku["mp_skuId"], "quantity": 1, "price": sku["price"],
              "currency": "CNY", "orderLineNo": "1"}]
    created = client.execute("/purchase/order/create", {
        "outer_purchase_id": "SDK-TG-1", "purchase_amount": str(sku["price"]),
        "order_line_list": json.dumps(lines), "receiver": json.dumps(RECEIVER_TG, ensure_ascii=False),
        "warehouse_address_info": json.dumps(RECEIVER_TG, ensure_ascii=False)}, token, files)
    assert created["code"] == "0", created
    purchase_id = created["body"]["data"]["order_list"][0]["purchase_id"]
    found = client.execute("/purchase/orders/query", {"outer_purchase_id": "SDK-TG-1"}, token)
    assert [p["purchase_id"] for p in found["body"]["data"]["purchase_orders"]] == [purchase_id]
    refused = client.execute("/product/get", {"item_id": "1"}, "not-a-token")
    assert (refused["type"], refused["code"]) == ("ISV", "IllegalAccessToken") and refused["request_id"]


@pytest.mark.parametrize("files", [None, FILE], ids=["form", "multipart"])
def test_aop_sdk_reads_a_product_and_creates_an_order_on_the_sandbox(sandbox, files):
    client = AopSdkLike(sandbox.url + "/1688", APP_KEY_1688, APP_SECRET_1688)
    token = sandbox.token_1688()["access_token"]
    item = next(i for i in items_of("1688") if not (i.sells_out or i.sku_vanishes or i.drifts))
    body = client.get_response("com.alibaba.product", "alibaba.product.get",
                               {"productID": item.item_id, "webSite": "1688"}, token, files)
    info = body["productInfo"]
    assert str(info["productID"]) == item.item_id and info["skuInfos"]
    spec = info["skuInfos"][0]["specId"]
    created = client.get_response("com.alibaba.trade", "alibaba.trade.createCrossOrder", {
        "flow": "general", "outOrderId": "SDK-1688-1", "addressParam": ADDRESS_1688,
        "cargoParamList": [{"offerId": int(item.item_id), "specId": spec, "quantity": 1}]}, token, files)
    order_id = created["result"]["orderId"]
    view = client.get_response("com.alibaba.trade", "alibaba.trade.get.buyerView",
                               {"webSite": "1688", "orderId": order_id}, token)
    assert view["result"]["baseInfo"]["outOrderId"] == "SDK-1688-1"
    with pytest.raises(AopSdkLike.ApiError) as refused:
        client.get_response("com.alibaba.product", "alibaba.product.get",
                            {"productID": item.item_id, "webSite": "1688"}, "not-a-token")
    assert refused.value.status == 401 and refused.value.error_code == "401" and refused.value.request_id
