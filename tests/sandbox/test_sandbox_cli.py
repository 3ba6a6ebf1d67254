"""The sandbox commands, standalone and through `add_commands`/`run_command`."""

from __future__ import annotations

import argparse
import json

from tests.sandbox.helpers import ADDRESS_1688
from workstation.providers.base import ProviderKind
from workstation.sandbox.cli import add_commands, main, run_command
from workstation.sandbox.goods import catalogue_items
from workstation.sandbox.market import P1688, LineRequest, Market


def _order(directory) -> str:
    market = Market(directory)
    item = catalogue_items(market.seed, ProviderKind.ALIBABA1688)[0]
    (quote,) = market.quote(P1688, [LineRequest(item.item_id, item.skus[0].sku_id, 1)])
    return market.create_orders(P1688, "demo_buyer_1688", [quote], client_ref="C1",
                                address=ADDRESS_1688)[0].order_id


def test_pay_advance_orders_reset(tmp_path, capsys):
    order_id = _order(tmp_path)
    assert main(["pay", order_id, "--dir", str(tmp_path)]) == 0
    assert "paid:" in capsys.readouterr().out
    assert main(["advance", "21", "--dir", str(tmp_path)]) == 0
    assert "sandbox time is now" in capsys.readouterr().out
    assert main(["orders", "--dir", str(tmp_path), "--json"]) == 0
    (order,) = json.loads(capsys.readouterr().out)
    assert order["order_id"] == order_id and order["state"] == "shipped" and order["waybills"]
    assert main(["orders", "--dir", str(tmp_path)]) == 0
    assert order_id in capsys.readouterr().out
    assert main(["pay", order_id, "--dir", str(tmp_path)]) == 1  # not awaiting payment any more
    assert "error:" in capsys.readouterr().err
    assert main(["reset", "--dir", str(tmp_path)]) == 0
    assert main(["orders", "--dir", str(tmp_path)]) == 0
    assert "no orders" in capsys.readouterr().out.splitlines()[-1]


def test_embedded_in_another_cli(tmp_path, capsys):
    parser = argparse.ArgumentParser(prog="workstation-cli")
    top = parser.add_subparsers(dest="command")
    sandbox = top.add_parser("sandbox").add_subparsers(dest="sandbox_command", required=True)
    add_commands(sandbox)
    args = parser.parse_args(["sandbox", "status", "--json"])
    assert run_command(args, tmp_path) == 0
    assert json.loads(capsys.readouterr().out)["seed"] == 1688
    assert run_command(parser.parse_args(["sandbox", "status"]), None) == 2
