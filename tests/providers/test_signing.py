"""The two signature functions against the spec's rules, recomputed here with hmac."""

from __future__ import annotations

import hashlib
import hmac

from hypothesis import given
from hypothesis import strategies as st

from workstation.providers import alibaba1688, taobao_global

SECRET = "test-secret"


def _hmac(algo, secret: str, message: str) -> str:
    return hmac.new(secret.encode(), message.encode(), algo).hexdigest().upper()


def test_1688_signs_url_path_plus_sorted_key_value_strings():
    path = alibaba1688.url_path("com.alibaba.trade", "alibaba.trade.get.buyerView", "8801688")
    assert path == "param2/1/com.alibaba.trade/alibaba.trade.get.buyerView/8801688"
    params = {"webSite": "1688", "orderId": "231000000001000003", "access_token": "tok",
              "_aop_timestamp": "1700000000000"}
    expected = _hmac(hashlib.sha1, SECRET, path + "_aop_timestamp1700000000000access_tokentok"
                     "orderId231000000001000003webSite1688")
    assert alibaba1688.signature(path, params, SECRET) == expected
    assert expected == expected.upper() and len(expected) == 40


def test_1688_sorts_concatenations_not_keys_when_a_key_prefixes_another():
    # Spec 1.2 subtlety: a->z, ab->c. SDK order: "abc" < "az"; key order would give "az" first.
    params = {"a": "z", "ab": "c"}
    sdk = _hmac(hashlib.sha1, SECRET, "p" + "abc" + "az")
    by_key = _hmac(hashlib.sha1, SECRET, "p" + "az" + "abc")
    assert alibaba1688.signature("p", params, SECRET) == sdk != by_key


def test_1688_leaves_out_the_signature_itself_and_signs_json_raw():
    cargo = '[{"offerId":610947572360,"specId":"b266e0726506185beaf205cbae88a8cf","quantity":2}]'
    params = {"cargoParamList": cargo, "_aop_signature": "OLD"}
    expected = _hmac(hashlib.sha1, SECRET, "p" + "cargoParamList" + cargo)
    assert alibaba1688.signature("p", params, SECRET) == expected


def test_spec_ordering_example_holds_for_both_rules():
    # Spec 3.1: foo=1, bar=2, foo_bar=3, foobar=4 sort to bar2foo1foo_bar3foobar4.
    params = {"foo": "1", "bar": "2", "foo_bar": "3", "foobar": "4"}
    joined = "bar2foo1foo_bar3foobar4"
    assert alibaba1688.signature("p", params, SECRET) == _hmac(hashlib.sha1, SECRET, "p" + joined)
    assert taobao_global.signature("/x", params, SECRET) == _hmac(hashlib.sha256, SECRET,
                                                                  "/x" + joined)


def test_taobao_global_sorts_by_key_with_the_api_path_in_front():
    params = {"app_key": "500888", "timestamp": "1700000000000", "sign_method": "sha256",
              "access_token": "tok", "item_id": "855863456744", "sign": "IGNORED"}
    message = ("/product/get" + "access_tokentok" + "app_key500888" + "item_id855863456744"
               + "sign_methodsha256" + "timestamp1700000000000")
    assert taobao_global.signature("/product/get", params, SECRET) == _hmac(
        hashlib.sha256, SECRET, message)
    # key order, not concatenation order: a->z, ab->c gives "az" + "abc"
    assert taobao_global.signature("/p", {"ab": "c", "a": "z"}, SECRET) == _hmac(
        hashlib.sha256, SECRET, "/p" + "az" + "abc")


_keys = st.text(st.characters(min_codepoint=33, max_codepoint=0x4E2D), min_size=1, max_size=8)
_params = st.dictionaries(_keys, st.text(max_size=12), max_size=8)


@given(_params, st.randoms())
def test_signatures_are_deterministic_and_ignore_insertion_order(params, rnd):
    items = list(params.items())
    rnd.shuffle(items)
    shuffled = dict(items)
    for sign in (alibaba1688.signature, taobao_global.signature):
        first = sign("/path", params, SECRET)
        assert first == sign("/path", params, SECRET) == sign("/path", shuffled, SECRET)
        assert first == first.upper()
