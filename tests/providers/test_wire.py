"""Strict reading of answers: units, dates and types that must never pass silently."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from workstation.providers.alibaba1688 import format_date, parse_date
from workstation.providers.base import MalformedResponse
from workstation.providers.wire import Fields


def f(**data) -> Fields:
    return Fields(data, "test")


def test_fen_and_yuan_fields():
    assert f(a=4400).fen("a") == Decimal("44.00")
    assert f(a="4400").fen("a") == Decimal("44.00")
    assert f(a=Decimal("18.5")).yuan("a") == Decimal("18.50")
    assert f(a="36").yuan("a") == Decimal("36.00")


@pytest.mark.parametrize("value", [True, None, "abc", 44.5, Decimal("44.5"), [1], {"a": 1},
                                   "NaN", "Infinity"])
def test_fen_refuses_anything_but_a_whole_number(value):
    with pytest.raises(MalformedResponse):
        f(a=value).fen("a")


@pytest.mark.parametrize("value", [True, None, "abc", [1], "NaN"])
def test_yuan_refuses_non_numbers(value):
    with pytest.raises(MalformedResponse):
        f(a=value).yuan("a")


def test_flags_accept_the_wire_spellings_only():
    assert f(a="true").flag("a") is True and f(a=0).flag("a") is False
    assert f().flag("a", default=None) is None
    with pytest.raises(MalformedResponse):
        f(a="maybe").flag("a")


def test_lists_and_objects_are_checked():
    assert f().objs("a") == [] and f(a=None).objs("a") == []
    with pytest.raises(MalformedResponse):
        f(a="x").objs("a")
    with pytest.raises(MalformedResponse):
        f(a=[1]).objs("a")
    with pytest.raises(MalformedResponse) as info:
        f(a={"b": {}}).obj("a").obj("b").text("c")
    assert "$.a.b.c" in info.value.message


def test_1688_dates():
    assert parse_date("20180614101942000+0800") == datetime(2018, 6, 14, 2, 19, 42, tzinfo=UTC)
    assert parse_date("20180614101942123-0700") == datetime(2018, 6, 14, 17, 19, 42, 123000,
                                                            tzinfo=UTC)
    assert parse_date("20121222222222+0800") == datetime(2012, 12, 22, 14, 22, 22, tzinfo=UTC)
    assert parse_date("2024-03-01 10:00:00") == datetime(2024, 3, 1, 2, 0, tzinfo=UTC)
    moment = datetime(2024, 2, 29, 23, 30, 0, 456000, tzinfo=UTC)
    assert format_date(moment) == "20240301073000456+0800"
    assert parse_date(format_date(moment)) == moment
    for bad in ("2024", "20240301", "yesterday", "20241301101942000+0800"):
        with pytest.raises(ValueError):
            parse_date(bad)
    with pytest.raises(ValueError):
        format_date(datetime(2024, 1, 1))
