"""One folding of codes typed through the wrong keyboard layout, used by every path that takes
a code: the domain function, `OrderService.lookup`, "By goods", `workstation-cli lookup`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import update

from tests.helpers.db import FIXED_NOW
from workstation.cli import main
from workstation.domain.layouts import AS_TYPED, fold, fold_candidates, to_russian
from workstation.services import demo
from workstation.services.orders import LineFilter, OrderService
from workstation.store.database import Database
from workstation.store.models import OrderLine


def test_russian_letters_and_symbols_fold_back() -> None:
    assert fold("ЫА3082881968622", "ru") == "SF3082881968622"
    assert fold("ыа3082881968622", "ru") == "sf3082881968622"
    assert fold("12345.678", "ru") == "12345/678"  # the "/" key gives "." under ЙЦУКЕН
    assert fold("ОЕ№1", "ru") == "JT#1"
    assert to_russian("SF3082881968622") == "ЫА3082881968622"


def test_german_and_french_layouts_where_cheap() -> None:
    assert fold("YT1234567890123", "de") == "ZT1234567890123"  # QWERTZ swaps Y and Z
    assert fold("JT-123ß4", "de") == "JT/123-4"  # davidscotttufts/php-barcode#2: "/" -> "-"
    assert fold("àà&\"è'_ç&&", "fr") == "0013748911"  # unshifted digits row of AZERTY
    assert fold("àà&\"è'!ç&&", "be") == "0013748911"  # odoo/odoo#214407 (FR-BE)


def test_candidates_start_with_the_text_as_given_and_drop_repeats() -> None:
    assert fold_candidates("3082881968622") == fold_candidates("3082881968622")[:1]
    first, *rest = fold_candidates("ЫА3082881968622")
    assert (first.code, first.layout) == ("ЫА3082881968622", AS_TYPED)
    assert ("SF3082881968622", "ru") in [(c.code, c.layout) for c in rest]
    codes = [c.code for c in fold_candidates("12345.678")]
    assert codes[0] == "12345.678" and "12345/678" in codes
    assert len(codes) == len(set(codes))


@pytest.fixture
def orders(sqlite_db: Database) -> OrderService:
    demo.generate(sqlite_db, orders=40, now=FIXED_NOW)
    return OrderService(sqlite_db)


def _waybill(orders: OrderService, prefix: str) -> str:
    found = next(li.vend_purch_waybill for li in orders.list_lines(LineFilter(prefix), 0, 50)
                 if li.vend_purch_waybill)
    assert found
    return found


def test_lookup_tries_the_code_then_its_foldings_and_says_which_matched(orders: OrderService) -> None:
    waybill = _waybill(orders, "SF")
    plain = orders.lookup(waybill)
    assert plain.kind == "waybill" and plain.layout == AS_TYPED
    typed_in_russian = orders.lookup(to_russian(waybill))
    assert typed_in_russian.code == waybill and typed_in_russian.layout == "ru"
    assert {li.id for li in typed_in_russian.lines} == {li.id for li in plain.lines}
    assert orders.lookup(to_russian(waybill).lower()).layout == "ru"
    assert orders.lookup("ЫА0000000000000").kind == "none"


def test_a_code_without_letters_is_found_through_its_symbol(orders: OrderService, sqlite_db: Database) -> None:
    line = orders.list_lines(LineFilter(), 0, 1)[0]
    with sqlite_db.write() as s:
        s.execute(update(OrderLine).where(OrderLine.id == line.id).values(vend_purch_waybill="12345/678"))
    found = orders.lookup("12345.678")  # what the wedge's text gives under the Russian layout
    assert found.code == "12345/678" and found.layout == "ru" and [li.id for li in found.lines] == [line.id]
    # the code as given wins when it exists as it is
    other = orders.list_lines(LineFilter(), 1, 1)[0]
    with sqlite_db.write() as s:
        s.execute(update(OrderLine).where(OrderLine.id == other.id).values(vend_purch_waybill="12345.678"))
    assert orders.lookup("12345.678").layout == AS_TYPED


def test_by_goods_search_finds_a_prefix_typed_in_cyrillic(orders: OrderService) -> None:
    waybill = _waybill(orders, "SF")
    prefix = waybill[:6]
    latin = {li.id for li in orders.list_lines(LineFilter(prefix), 0, 500)}
    cyrillic = {li.id for li in orders.list_lines(LineFilter(to_russian(prefix)), 0, 500)}
    assert latin and cyrillic == latin
    assert orders.count_lines(LineFilter(to_russian(prefix))) == len(latin)


def test_the_cli_lookup_folds_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "demo", "--orders", "30", "--seed", "3", "--no-sandbox"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "--json", "orders", "--limit", "100"]) == 0
    order_ids = [o["id"] for o in json.loads(capsys.readouterr().out)]
    waybill = ""
    for oid in order_ids:
        assert main(["--data-dir", data, "--json", "lines", oid]) == 0
        lines = json.loads(capsys.readouterr().out)["lines"]
        waybill = next((li["vend_purch_waybill"] for li in lines
                        if (li["vend_purch_waybill"] or "")[:1].isalpha()), "")
        if waybill:
            break
    assert waybill
    assert main(["--data-dir", data, "lookup", to_russian(waybill)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{waybill}: waybill") and "Russian layout" in out
