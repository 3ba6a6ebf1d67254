"""The pure rules: price confirmation (the seeds' example exactly), addresses, settings."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workstation.domain import settings as spec
from workstation.domain import statuses
from workstation.domain.addresses import validate_warehouse
from workstation.domain.pricing import MODE_LOWER_PRICE, MODE_NO, auto_confirm, difference

money = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("100000"), places=2)
percent = st.decimals(min_value=Decimal("0"), max_value=Decimal("200"), places=1)


@pytest.mark.parametrize(("purchase", "buy"), [("8", True), ("10", True), ("11", True), ("12", False)])
def test_the_seed_example_holds_exactly(purchase: str, buy: bool) -> None:
    assert auto_confirm(Decimal("10"), Decimal(purchase), Decimal("10"), MODE_LOWER_PRICE) is buy


@given(money, money, percent)
def test_lower_price_mode_is_the_inclusive_threshold(paid: Decimal, purchase: Decimal, threshold: Decimal) -> None:
    expected = purchase <= paid + paid * threshold / 100
    assert auto_confirm(paid, purchase, threshold, MODE_LOWER_PRICE) is expected
    assert auto_confirm(paid, purchase, threshold, MODE_NO) is False


@given(money, percent)
def test_the_boundary_itself_is_bought(paid: Decimal, threshold: Decimal) -> None:
    boundary = paid * (100 + threshold) / 100
    assert auto_confirm(paid, boundary, threshold, MODE_LOWER_PRICE)
    assert not auto_confirm(paid, boundary + Decimal("0.0001"), threshold, MODE_LOWER_PRICE)


@given(money, money)
def test_cheaper_is_always_bought(paid: Decimal, cheaper: Decimal) -> None:
    assert auto_confirm(paid, min(paid, cheaper), Decimal(0), MODE_LOWER_PRICE)


def test_bad_modes_and_thresholds_are_refused() -> None:
    with pytest.raises(ValueError, match="mode"):
        auto_confirm(Decimal(1), Decimal(1), Decimal(1), "sometimes")
    with pytest.raises(ValueError, match="threshold"):
        auto_confirm(Decimal(1), Decimal(1), Decimal(-1), MODE_LOWER_PRICE)
    assert difference(Decimal("10"), Decimal("12")) == (Decimal("2"), Decimal("20.0"))


GOOD = {"name": "王鑫磊奇跡", "mobile": "11147043234", "postal_code": "520045", "province": "广东省",
        "city": "广州市", "district": "白云区", "address": "尚都国际小区东区9号楼23号车库"}


def test_the_seed_address_is_valid_and_each_problem_names_its_field() -> None:
    assert validate_warehouse(**GOOD) == []
    assert [p.field for p in validate_warehouse(**GOOD, provider="1688")] == ["phone"]
    bad = dict(GOOD, name="王", mobile="1234567890", postal_code="52004a", city=" ")
    assert [p.field for p in validate_warehouse(**bad)] == ["name", "mobile", "postal_code", "city"]
    assert validate_warehouse(**dict(GOOD, name="王" * 14)) == []
    assert [p.field for p in validate_warehouse(**dict(GOOD, name="王" * 15))] == ["name"]


@given(st.dictionaries(st.sampled_from(["WAIT_BUYER_PAY", "TRADE_CLOSED", "x", "waitsellersend"]),
                       st.sampled_from([s.code for s in statuses.STATUSES]), min_size=1))
def test_a_status_mapping_is_accepted_only_with_known_sync_statuses(mapping: dict[str, str]) -> None:
    allowed = all(statuses.status(v).set_by_sync for v in mapping.values())
    try:
        parsed = spec.setting("status_mapping").parse("taobao", mapping)
    except spec.SettingError as exc:
        assert not allowed
        assert "status_mapping" in str(exc)
    else:
        assert allowed and parsed == mapping


def test_settings_parse_operator_input_and_name_the_key() -> None:
    assert spec.setting("background_sync").parse("taobao", "off") is False
    assert spec.setting("overpayment_threshold_percent").parse("taobao", "12.5%") == "12.5"
    assert spec.setting("accounts").parse("taobao", "buyer_one, buyer_two") == ["buyer_one", "buyer_two"]
    for key, raw, words in (("sync_interval_minutes", "0", "between 1"), ("overpayment_threshold_percent", "-1", "between"),
                            ("price_confirmation_mode", "maybe", "lower_price"),
                            ("accounts", "13812345678", "phone number"), ("integration_type", "x", "TaobaoGlobal")):
        with pytest.raises(spec.SettingError, match=words) as caught:
            spec.setting(key).parse("taobao", raw)
        assert key in str(caught.value)
    with pytest.raises(spec.SettingError, match="unknown setting"):
        spec.setting("colour")
