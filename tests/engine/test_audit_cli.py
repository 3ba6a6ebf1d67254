"""`workstation-cli audit` as a user runs it: a real process on the world's database."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from tests.helpers.engine import ACCOUNT, World, plain_items


def run_cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "workstation.cli", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=120, env=dict(os.environ))


def confirmed_order(world: World, who: str) -> str:
    item = plain_items("1688")[0]
    paid = (item.skus[0].price / Decimal("1.25")).quantize(Decimal("0.01"))
    oid = world.add_order("1688", [(item, 0, 1, None), (item, 0, 3, paid)])
    info = world.core.purchase.run(world.core.purchase.start_booking(oid, ACCOUNT["1688"]))
    world.core.activities.answer(info.id, "confirm", answered_by=who)
    assert world.core.purchase.run(info.id).state == "finished"
    return oid


def test_the_audit_of_an_order_a_line_and_everything_from_the_command_line(world: World) -> None:
    one, other = confirmed_order(world, "olga"), confirmed_order(world, "ivan")
    data = world.data_dir
    done = run_cli(data, "--json", "audit", "--order", one)
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    assert payload["total"] == len(payload["rows"]) and {r["order_id"] for r in payload["rows"]} == {one}
    confirm = [r for r in payload["rows"] if r["action"] == "line.price_confirm"]
    assert len(confirm) == 1 and confirm[0]["user"] == "olga" and confirm[0]["line_num"] == 2
    assert confirm[0]["station"] == world.core.actor.workstation and confirm[0]["at"]
    fields = {c["field"]: c for c in confirm[0]["changes"]}
    assert fields["price accepted to buy"]["old"] and fields["price accepted to buy"]["new"]
    assert Decimal(fields["price accepted to buy"]["new"]) > Decimal(fields["price accepted to buy"]["old"])
    assert "activity" not in fields  # tracing ids stay out of what a person reads

    line = run_cli(data, "--json", "audit", "--order", one.removeprefix("ORD-").lstrip("0"), "--line", "#2")
    assert line.returncode == 0, line.stderr
    assert {r["line_num"] for r in json.loads(line.stdout)["rows"]} == {2}

    label = world.lines(other)[1].label
    text = run_cli(data, "audit", "--line", label, "--action", "line.price_confirm")
    assert text.returncode == 0, text.stderr
    assert "ivan" in text.stdout and "Price confirmed by a person" in text.stdout and "olga" not in text.stdout

    exported = run_cli(data, "audit", "--csv", "--since", "1h")
    assert exported.returncode == 0, exported.stderr
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert {r["order"] for r in rows} >= {one, other}
    assert {r["user"] for r in rows if r["action"] == "line.price_confirm"} == {"olga", "ivan"}
    assert any(r["field"] == "purchase delivery" for r in rows if r["action"] == "line.book")


def test_the_audit_command_says_what_it_could_not_find(world: World) -> None:
    data = world.data_dir
    missing = run_cli(data, "audit", "--order", "ORD-0999999999")
    assert missing.returncode == 3 and "no order ORD-0999999999" in missing.stderr
    nothing = run_cli(data, "audit", "--action", "line.", "--since", "1h")  # the world set up warehouses only
    assert nothing.returncode == 3 and "No audit rows." in nothing.stdout
    bad = run_cli(data, "audit", "--since", "yesterday-ish")
    assert bad.returncode == 2 and "--since" in bad.stderr and "Traceback" not in bad.stderr
    no_order = run_cli(data, "audit", "--line", "#2")
    assert no_order.returncode == 2 and "needs its order" in no_order.stderr
