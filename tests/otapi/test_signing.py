"""Request signing: OT's worked example, and the server-side check's sub-codes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from workstation.otapi import signing

# docs.otapi.net "Signing OT API requests": GetCategoryInfo, secret 123123.
DOCS_PARAMS = {"instanceKey": "INSTANCEKEY", "language": "ru", "categoryId": "0", "timestamp": "20210212114345"}
DOCS_SIGNATURE = "305330c8b160062a90c9449cd146f4fb79a458d0fe3f04b55908edab5c65f1a5"


def test_the_docs_worked_example() -> None:
    assert signing.signature("GetCategoryInfo", DOCS_PARAMS, "123123") == DOCS_SIGNATURE


def test_the_signature_parameter_itself_is_not_signed() -> None:
    with_sig = dict(DOCS_PARAMS, signature="anything")
    assert signing.signature("GetCategoryInfo", with_sig, "123123") == DOCS_SIGNATURE


def test_values_are_taken_before_url_encoding_and_sorted_by_name() -> None:
    a = signing.signature("M", {"b": "x y&z", "a": "<Parameters/>"}, "s")
    b = signing.signature("M", {"a": "<Parameters/>", "b": "x y&z"}, "s")
    assert a == b
    assert a != signing.signature("M", {"a": "x y&z", "b": "<Parameters/>"}, "s")


def test_sign_and_check_round_trip_and_sub_codes() -> None:
    moment = datetime(2021, 2, 12, 11, 43, 45, tzinfo=UTC)
    signed = signing.sign("GetCategoryInfo", {k: v for k, v in DOCS_PARAMS.items() if k != "timestamp"},
                          "123123", moment)
    assert signed["timestamp"] == "20210212114345" and signed["signature"] == DOCS_SIGNATURE
    assert signing.check("GetCategoryInfo", signed, "123123", now=moment + timedelta(minutes=59)) is None
    assert signing.check("GetCategoryInfo", signed, "123123", now=moment + timedelta(hours=2)) == "InvalidTimestamp"
    assert signing.check("GetCategoryInfo", signed, "wrong", now=moment) == "InvalidSignature"
    assert signing.check("GetCategoryInfo", {"instanceKey": "K"}, "s") == "MissingTimestamp"
    assert signing.check("GetCategoryInfo", {"timestamp": "20210212114345"}, "s") == "MissingSignature"
    assert signing.check("M", {"timestamp": "2021-02-12", "signature": "x"}, "s") == "InvalidTimestamp"
