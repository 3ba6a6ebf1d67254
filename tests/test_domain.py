"""Pure rules: statuses and their default mappings, code normalisation, money."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workstation.domain import statuses
from workstation.domain.barcodes import line_label, normalise_code, order_id
from workstation.domain.money import MoneyError, format_yuan, to_yuan


def test_default_mappings_follow_domain_md() -> None:
    assert statuses.DEFAULT_MAPPING_TAOBAO["WAIT_BUYER_PAY"] == statuses.BOOKED
    assert statuses.DEFAULT_MAPPING_TAOBAO["WAIT_SELLER_SEND_GOODS"] == statuses.PURCHASED
    assert statuses.DEFAULT_MAPPING_TAOBAO["TRADE_CLOSED_BY_TAOBAO"] == statuses.CANCELLED
    assert statuses.DEFAULT_MAPPING_1688["waitbuyerreceive"] == statuses.SENT_BY_SELLER
    assert statuses.DEFAULT_MAPPING_1688["terminated"] == statuses.CANCELLED
    # synchronisation never sets what only the warehouse sets
    for mapping in (statuses.DEFAULT_MAPPING_TAOBAO, statuses.DEFAULT_MAPPING_1688):
        assert all(statuses.status(code).set_by_sync for code in mapping.values())


def test_every_status_has_an_ot_counterpart_and_a_group() -> None:
    ot_names = {"Awaiting payment", "Paid", "Price confirmation", "Ordered", "Received at warehouse",
                "Packing", "Shipped", "Cancelled", "Impossible to deliver"}
    for s in statuses.STATUSES:
        assert s.ot_name in ot_names
    with pytest.raises(KeyError, match="bogus"):
        statuses.status("bogus")


@pytest.mark.parametrize(("raw", "expected"), [
    ("  sf1234567890123\r\n", "SF1234567890123"),
    ("]C0YT1234567890123", "YT1234567890123"),
    ("ord-123", "ORD-0000000123"),
    ("ORD0000000123", "ORD-0000000123"),
    ("]C1\x1d0104012345678901", "\x1d0104012345678901"),
    ("", ""),
])
def test_codes_are_normalised(raw: str, expected: str) -> None:
    assert normalise_code(raw) == expected


def test_ids_and_labels() -> None:
    assert order_id(123) == "ORD-0000000123"
    assert line_label(123, 4) == "LN0000000123004"
    assert normalise_code(line_label(5, 1).lower()) == line_label(5, 1)


@given(st.decimals(min_value=Decimal("-1e9"), max_value=Decimal("1e9"), places=2))
def test_money_round_trips_through_text(amount: Decimal) -> None:
    assert to_yuan(str(amount)) == amount


def test_money_refuses_floats_and_garbage_naming_the_field() -> None:
    with pytest.raises(MoneyError, match="price"):
        to_yuan(0.1, "price")
    with pytest.raises(MoneyError, match="price"):
        to_yuan("ten", "price")
    with pytest.raises(MoneyError):
        to_yuan("NaN")
    assert to_yuan("10.005") == Decimal("10.01")
    assert format_yuan(Decimal("1234.5")) == "¥1,234.50"
