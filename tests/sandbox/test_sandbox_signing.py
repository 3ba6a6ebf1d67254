"""Both gateways' signatures: hand-built vectors, and acceptance/rejection over HTTP."""

from __future__ import annotations

import hashlib
import hmac

from tests.sandbox.helpers import sign_1688, sign_tg
from workstation.sandbox.constants import (
    APP_KEY_1688,
    APP_KEY_TAOBAO_GLOBAL,
    GATEWAY_1688,
)
from workstation.sandbox.signing import signature, signature_taobao_global

URL_PATH = f"param2/1/com.alibaba.trade/alibaba.trade.get.buyerView/{APP_KEY_1688}"


def test_1688_vector_built_by_hand():
    params = {"webSite": "1688", "orderId": "231000000001000003", "access_token": "tok",
              "_aop_timestamp": "1700000000000"}
    # sorted key+value strings: _aop_timestamp..., access_token..., orderId..., webSite...
    message = (URL_PATH + "_aop_timestamp1700000000000" + "access_tokentok"
               + "orderId231000000001000003" + "webSite1688")
    expected = hmac.new(b"s3cret", message.encode(), hashlib.sha1).hexdigest().upper()
    assert signature(URL_PATH, params, "s3cret") == expected
    assert signature(URL_PATH, {**params, "_aop_signature": "X"}, "s3cret") == expected
    assert len(expected) == 40 and expected == expected.upper()


def test_1688_sorts_concatenated_strings_not_keys():
    # spec 1.2 subtlety: a->z and ab->c sort as "abc" < "az" (SDK rule), not a < ab (by key)
    params = {"a": "z", "ab": "c"}
    sdk = hmac.new(b"k", b"p" + b"abc" + b"az", hashlib.sha1).hexdigest().upper()
    by_key = hmac.new(b"k", b"p" + b"az" + b"abc", hashlib.sha1).hexdigest().upper()
    assert signature("p", params, "k") == sdk != by_key


def test_taobao_global_vector_built_by_hand():
    params = {"app_key": "500888", "timestamp": "1700000000000", "sign_method": "sha256",
              "item_id": "855863456744", "access_token": "tok"}
    message = ("/product/get" + "access_tokentok" + "app_key500888" + "item_id855863456744"
               + "sign_methodsha256" + "timestamp1700000000000")
    expected = hmac.new(b"s3cret", message.encode(), hashlib.sha256).hexdigest().upper()
    assert signature_taobao_global("/product/get", params, "s3cret") == expected
    assert signature_taobao_global("/product/get", {**params, "sign": "X"}, "s3cret") == expected


def test_taobao_global_sorts_by_key():
    params = {"a": "z", "ab": "c"}
    by_key = hmac.new(b"k", b"/p" + b"az" + b"abc", hashlib.sha256).hexdigest().upper()
    assert signature_taobao_global("/p", params, "k") == by_key


def test_test_helpers_agree_with_sandbox():
    params = {"x": "1", "y": "{\"a\":[1,2]}", "中文": "值"}
    assert sign_1688("p/q", params, "s") == signature("p/q", params, "s")
    assert sign_tg("/p", params, "s") == signature_taobao_global("/p", params, "s")


def test_1688_good_signature_accepted_post_and_get(sandbox, token_1688):
    item = sandbox.market.goods.by_native_id("1688", _first_1688_item(sandbox))
    for method in ("POST", "GET"):
        reply = sandbox.call_1688("alibaba.product.get", {"productID": item.item_id, "webSite": "1688"},
                                  token_1688, method=method)
        assert reply.status_code == 200 and reply.json()["success"] is True


def test_1688_bad_signature_rejected(sandbox, token_1688):
    reply = sandbox.call_1688("alibaba.product.get", {"productID": "1", "webSite": "1688"}, token_1688,
                              secret="wrong")
    assert reply.status_code == 400
    assert reply.json()["error_code"] == "gw.SignatureInvalid"
    assert "error_message" in reply.json()


def test_1688_tampered_parameter_rejected(sandbox, token_1688):
    url_path = f"param2/1/com.alibaba.product/alibaba.product.get/{APP_KEY_1688}"
    params = {"productID": "1", "webSite": "1688", "access_token": token_1688}
    params["_aop_signature"] = sign_1688(url_path, params)
    params["productID"] = "2"
    reply = sandbox.http.post(f"{GATEWAY_1688}/{url_path}", data=params)
    assert reply.json()["error_code"] == "gw.SignatureInvalid"


def test_taobao_global_signature_accepted_on_every_transport(sandbox, token_tg):
    item = sandbox.market.goods.catalogue_item("taobao", _first_tg_item(sandbox))
    for transport in ("get", "form", "json"):
        reply = sandbox.call_tg("/product/get", {"item_id": item.native_item_id}, token_tg, transport=transport)
        body = reply.json()
        assert body["code"] == "0" and body["success"] is True, (transport, body)


def test_taobao_global_bad_signature_rejected(sandbox, token_tg):
    reply = sandbox.call_tg("/product/get", {"item_id": "1"}, token_tg, secret="wrong")
    body = reply.json()
    assert body["code"] == "IncompleteSignature" and body["type"] == "ISV" and "request_id" in body


def test_taobao_global_unknown_app_key(sandbox):
    reply = sandbox.http.post("/taobao-global/rest/product/get", data={"app_key": "nope", "sign": "x",
                                                                      "timestamp": "1"})
    assert reply.json()["code"] == "InvalidAppKey"
    assert APP_KEY_TAOBAO_GLOBAL != "nope"


def _first_1688_item(sandbox) -> str:
    from workstation.sandbox.goods import catalogue_items
    return catalogue_items(sandbox.market.seed)[0].item_id


def _first_tg_item(sandbox) -> str:
    from workstation.providers.base import ProviderKind
    from workstation.sandbox.goods import catalogue_items
    return catalogue_items(sandbox.market.seed, ProviderKind.TAOBAO)[1].item_id
