"""The money-safety cases: each of these bought twice, bought above the rule or left lines stuck
before the booking ledger. Real sandbox on loopback, real database, real CLI processes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.helpers.engine import ACCOUNT, World, plain_items
from workstation.domain import statuses as st
from workstation.services.errors import InvalidInput
from workstation.services.purchase import ledger
from workstation.store.models import Alarm, AuditEntry, OrderLine, ProviderOrder

CREATE = "alibaba.trade.createCrossOrder"
LIST = "alibaba.trade.getBuyerOrderList"


def wait_for(predicate: Callable[[], object], timeout: float = 60.0, what: str = "condition") -> object:
    """Poll until `predicate()` is truthy (a state, never a duration, decides)."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def one_line_order(world: World, index: int = 0, price: Decimal | None = None) -> str:
    item = plain_items("1688")[index]
    return world.add_order("1688", [(item, 0, 1, price)])


def intents(world: World) -> list[ProviderOrder]:
    with world.core.db.read() as s:
        return list(s.scalars(select(ProviderOrder).where(ProviderOrder.client_ref.like("WS%"))
                              .order_by(ProviderOrder.id)))


def alarms(world: World) -> list[Alarm]:
    with world.core.db.read() as s:
        return list(s.scalars(select(Alarm).order_by(Alarm.id)))


def assert_one_order_per_line(world: World) -> None:
    seen: dict[tuple[str, str | None], int] = {}
    refs = [o.client_ref for o in world.market.find_orders()]
    assert len(refs) == len(set(refs)), "a reference was created twice"
    for order in world.market.find_orders():
        for line in order.lines:
            key = (order.client_ref, line.item_id)
            seen[key] = seen.get(key, 0) + 1
    assert all(n == 1 for n in seen.values()), seen


def settle_now(world: World) -> None:
    world.core.settings.set("1688", "unknown_settle_seconds", 0)


def reconcile_until_settled(world: World, rounds: int = 8) -> None:
    for _ in range(rounds):
        world.core.reconciler.run(force=True)
        if not world.core.reconciler.open_intents():
            return
    raise AssertionError(f"still open: {world.core.reconciler.open_intents()}")


# ------------------------------------------------------------------ a CLI beside the world

def cli_ready(world: World) -> None:
    """The CLI finds the running sandbox and the demo sessions, as on a user's machine."""
    from workstation.sandbox.launcher import write_port_file
    from workstation.services.secrets import FileSecretStore

    write_port_file(world.data_dir / "sandbox", int(world.base_url.rsplit(":", 1)[1]))
    store = FileSecretStore(world.data_dir / "secrets.json")
    for name, value in world.core.secrets.data.items():  # type: ignore[attr-defined]
        store.set(name, value)


def cli(world: World, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    return subprocess.Popen([sys.executable, "-m", "workstation.cli", "--data-dir", str(world.data_dir), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def cli_run(world: World, *args: str) -> tuple[int, str]:
    proc = cli(world, *args)
    out, err = proc.communicate(timeout=180)
    return proc.returncode, out + err


# ------------------------------------------------------------------ case 1

@pytest.mark.slow
def test_1_a_slow_create_then_a_crash_is_never_booked_again(world: World) -> None:
    """The gateway holds the create for seconds; the booking process dies meanwhile. Resume finds
    nothing yet: the lines stay reserved and nothing is sent again; once the gateway commits,
    reconciliation links that one order."""
    cli_ready(world)
    oid = one_line_order(world)
    world.market.faults.add(CREATE, "hold", 1, delay=4)
    proc = cli(world, "book", oid, "--account", ACCOUNT["1688"])
    wait_for(lambda: any(p.state == ledger.SUBMITTING for p in intents(world)), what="the intent")
    wait_for(lambda: not world.market.faults.pending(), what="the create to reach the gateway")
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    assert world.market.find_orders() == []  # still held: a look-up finds nothing
    code, out = cli_run(world, "resume")
    assert code == 5, out  # waiting: the outcome is unknown
    (intent,) = intents(world)
    assert intent.state == ledger.UNKNOWN
    line = world.lines(oid)[0]
    assert line.status == st.OUTCOME_UNKNOWN and line.provider_order_id == intent.id
    code, out = cli_run(world, "book", oid, "--account", ACCOUNT["1688"])
    assert code == 2 and "reserved by an order whose outcome is still being checked" in out
    wait_for(lambda: world.market.find_orders(), what="the held create to commit")
    code, out = cli_run(world, "reconcile", "--now")
    assert code == 0, out
    (intent,) = intents(world)
    assert intent.state == ledger.CREATED
    (order,) = world.market.find_orders()
    assert world.lines(oid)[0].vend_purch_id == order.order_id and world.lines(oid)[0].status == st.BOOKED
    assert_one_order_per_line(world)


# ------------------------------------------------------------------ case 2

def test_2_a_create_slower_than_the_timeout_is_linked_by_sync_and_never_bought_again(any_world: World) -> None:
    world = any_world
    oid = one_line_order(world)
    world.market.faults.add(CREATE, "hold", 1, delay=4)  # the client gives up after 2 s
    activity = world.core.purchase.start_booking(oid, ACCOUNT["1688"])
    info = world.core.purchase.run(activity)
    assert info.state == "waiting" and info.pending_question.question_key.startswith("unknown:")
    assert world.lines(oid)[0].status == st.OUTCOME_UNKNOWN
    with pytest.raises(InvalidInput, match="reserved"):
        world.core.purchase.start_booking(oid, ACCOUNT["1688"])
    wait_for(lambda: world.market.find_orders(), what="the late create")
    sync = world.core.purchase.run(world.core.purchase.start_sync(ACCOUNT["1688"]))
    assert sync.state in ("finished", "finished_with_errors"), [s.message for s in sync.steps]
    (intent,) = intents(world)
    assert intent.state == ledger.CREATED and intent.resolved_by == "synchronisation"
    assert world.lines(oid)[0].status == st.BOOKED
    # the waiting question was settled by the event, and the booking ends
    info = world.core.activities.get(activity)
    assert info.state == "queued"
    assert world.core.activities.run(activity).state in ("finished", "finished_with_errors")
    with pytest.raises(InvalidInput):
        world.core.purchase.start_booking(oid, ACCOUNT["1688"])
    assert len(world.market.find_orders()) == 1


def test_2b_an_order_found_after_it_was_given_up_is_linked_or_raises_a_duplicate_alarm(world: World) -> None:
    oid = one_line_order(world)
    world.market.faults.add(CREATE, "late_commit", 1, delay=2)
    activity = world.core.purchase.start_booking(oid, ACCOUNT["1688"])
    world.core.purchase.run(activity)
    world.core.activities.answer(activity, "no_order", "purchaser-1")  # a person was wrong
    world.core.purchase.run(activity)
    (first,) = intents(world)
    assert first.state == ledger.GIVEN_UP and world.lines(oid)[0].status == st.READY
    with world.core.db.read() as s:
        gave_up = s.scalars(select(AuditEntry).where(AuditEntry.action == "intent.given_up")).all()
    assert len(gave_up) == 1 and json.loads(gave_up[0].new_json)["by"] == "purchaser-1"
    wait_for(lambda: world.market.find_orders(), what="the late commit")
    # booked again meanwhile: now two marketplace orders hold the line, and that is never silent
    world.core.purchase.run(world.core.purchase.start_booking(oid, ACCOUNT["1688"]))
    sync = world.core.purchase.run(world.core.purchase.start_sync(ACCOUNT["1688"]))
    found = alarms(world)
    assert [a.kind for a in found] == ["duplicate"], [a.message for a in found]
    assert "Possible duplicate purchase" in found[0].message
    assert any("Possible duplicate purchase" in s.message for s in sync.steps if s.type == "error")
    assert intents(world)[0].state == ledger.CREATED  # the late order is ours, and on record


# ------------------------------------------------------------------ case 3

def test_3_unbind_is_refused_while_a_booking_has_no_outcome(world: World) -> None:
    oid = one_line_order(world)
    world.market.faults.add(CREATE, "http_502", 1)
    world.market.faults.add(LIST, "http_502", 50)
    activity = world.core.purchase.start_booking(oid, ACCOUNT["1688"])
    world.core.purchase.run(activity)
    with pytest.raises(InvalidInput, match="no outcome yet"):
        world.core.purchase.start_unbind(oid, ACCOUNT["1688"])
    line = world.lines(oid)[0]
    assert line.provider_order_id is not None and line.status == st.OUTCOME_UNKNOWN
    world.market.faults.clear()


def test_3b_unbinding_a_hand_bound_live_order_needs_force_and_rebooking_asks(world: World) -> None:
    from workstation.providers.base import OrderRequest, OrderRequestLine
    from workstation.services.demo_sandbox import DEMO_WAREHOUSE
    from workstation.services.purchase.service import NeedsConfirmation
    from workstation.services.settings import WarehouseRow

    item = plain_items("1688")[0]
    oid = world.add_order("1688", [(item, 0, 1, None)])
    connector = world.core.connectors("1688")
    token = world.core.sessions.token("1688", ACCOUNT["1688"])
    address = WarehouseRow(0, "1688", is_default=True, **DEMO_WAREHOUSE).to_address()
    by_hand = connector.create_order(token, OrderRequest(
        "HAND-1", item.seller_id, (OrderRequestLine(item.item_id, item.skus[0].sku_id, 1, item.skus[0].price),),
        address))
    world.core.purchase.run(world.core.purchase.start_bind(oid, by_hand.order_id, ACCOUNT["1688"]))
    assert world.lines(oid)[0].vend_purch_id == by_hand.order_id
    with pytest.raises(NeedsConfirmation):
        world.core.purchase.start_unbind(oid, ACCOUNT["1688"])
    code, out = cli_run_inline(world, "unbind", oid, "--account", ACCOUNT["1688"])
    assert code == 2 and "--force" in out
    world.core.purchase.run(world.core.purchase.start_unbind(oid, ACCOUNT["1688"], force=True))
    asked = world.core.purchase.run(world.core.purchase.start_booking(oid, ACCOUNT["1688"]))
    assert asked.state == "waiting" and by_hand.order_id in asked.pending_question.message
    assert len(world.market.find_orders()) == 1  # nothing bought without the answer


def cli_run_inline(world: World, *args: str) -> tuple[int, str]:
    """The CLI's main() in this process, against this world's database (no second sandbox)."""
    import contextlib
    import io

    from workstation import cli_commands as cli_module  # where the commands build their core

    out, err = io.StringIO(), io.StringIO()
    original = cli_module.build_core
    cli_module.build_core = lambda config, **_kw: _borrowed(world)  # type: ignore[assignment]
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            from workstation.cli import main

            code = main(["--data-dir", str(world.data_dir), *args])
    finally:
        cli_module.build_core = original  # type: ignore[assignment]
    return code, out.getvalue() + err.getvalue()


def _borrowed(world: World):  # type: ignore[no-untyped-def]
    class Borrowed:
        def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
            return getattr(world.core, name)

        def close(self) -> None:  # the world closes its own core
            pass

    return Borrowed()


# ------------------------------------------------------------------ case 4

@pytest.mark.parametrize("check_after", [True, False])
def test_4_a_price_raised_during_the_create_is_flagged_never_silent(world: World, check_after: bool) -> None:
    world.core.settings.set("1688", "check_order_after_export", check_after)
    item = plain_items("1688")[0]
    sku = item.skus[0]
    oid = world.add_order("1688", [(item, 0, 1, sku.promotion_price or sku.price)])
    connector = world.core.connectors("1688")
    real_offer = connector.get_offer

    def offer_then_raise(token, item_id):  # type: ignore[no-untyped-def]
        offer = real_offer(token, item_id)  # what the booking checks: the price the customer paid
        world.market.goods.set_sku("1688", item.item_id, sku.sku_id, price=(sku.price * Decimal("1.5")).quantize(
            Decimal("0.01")))
        return offer

    connector.get_offer = offer_then_raise  # type: ignore[method-assign]
    info = world.core.purchase.run(world.core.purchase.start_booking(oid, ACCOUNT["1688"]))
    connector.get_offer = real_offer  # type: ignore[method-assign]
    line = world.lines(oid)[0]
    assert line.status == st.BOOKED and line.purch_price > line.price_cust * Decimal("1.4")
    assert info.state == "finished_with_errors"
    assert any("bought above the rule" in s.message for s in info.errors), [s.message for s in info.steps]
    (alarm,) = alarms(world)
    assert alarm.kind == "above_rule" and alarm.line_id == line.id
    with world.core.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "line.above_rule")).one()
    assert json.loads(entry.new_json)["purch_price"] == str(line.purch_price)
    assert entry.actor and entry.workstation


# ------------------------------------------------------------------ case 5

@pytest.mark.parametrize("cancel_first", [False, True])
def test_5_502s_on_the_create_and_its_look_ups_end_settled_by_background_reconciliation(
        any_world: World, cancel_first: bool) -> None:
    world = any_world
    settle_now(world)
    oid = one_line_order(world)
    world.market.faults.add(CREATE, "http_502", 1)
    world.market.faults.add(LIST, "http_502", 3)
    activity = world.core.purchase.start_booking(oid, ACCOUNT["1688"])
    info = world.core.purchase.run(activity)
    assert info.state == "waiting", [s.message for s in info.steps]
    assert world.lines(oid)[0].status == st.OUTCOME_UNKNOWN  # never "Ready for purchase" while reserved
    if cancel_first:
        world.core.activities.cancel(activity)
    # the background round (the window's timer, `resume`, `reconcile`) settles it, no resume needed
    reconcile_until_settled(world)
    (intent,) = intents(world)
    assert intent.state == ledger.ABSENT and intent.checks >= ledger.MIN_CLEAN_LOOKUPS
    assert world.lines(oid)[0].status == st.READY and world.lines(oid)[0].provider_order_id is None
    assert world.market.find_orders() == []
    again = world.core.purchase.run(world.core.purchase.start_booking(oid, ACCOUNT["1688"]))
    assert again.state == "finished" and len(world.market.find_orders()) == 1


def test_5b_one_look_up_that_finds_nothing_never_frees_the_lines(world: World) -> None:
    oid = one_line_order(world)
    world.market.faults.add(CREATE, "http_502", 1)
    world.core.purchase.run(world.core.purchase.start_booking(oid, ACCOUNT["1688"]))
    for _ in range(3):  # settle period (30 min by default) not over: however many look-ups
        world.core.reconciler.run(force=True)
    (intent,) = intents(world)
    assert intent.state == ledger.UNKNOWN and intent.checks >= 3
    assert world.lines(oid)[0].status == st.OUTCOME_UNKNOWN


# ------------------------------------------------------------------ case 6

@pytest.mark.parametrize("how", ["abort", "cancel"])
def test_6_abort_and_cancel_leave_no_line_waiting_for_a_price_without_a_question(world: World, how: str) -> None:
    item = plain_items("1688")[0]
    oid = world.add_order("1688", [(item, 0, 1, item.skus[0].price / 2)])
    activity = world.core.purchase.start_booking(oid, ACCOUNT["1688"])
    assert world.core.purchase.run(activity).state == "waiting"
    assert world.lines(oid)[0].status == st.PRICE_CONFIRMATION
    if how == "abort":
        world.core.activities.answer(activity, "abort")
        assert world.core.purchase.run(activity).state == "aborted"
    else:
        world.core.activities.cancel(activity)
    assert world.lines(oid)[0].status == st.READY
    assert world.core.purchase.start_booking(oid, ACCOUNT["1688"])  # bookable again


# ------------------------------------------------------------------ case 10

def test_10_the_1688_purchase_price_is_what_was_paid_not_the_list_price(world: World) -> None:
    world.market.faults.add(CREATE, "discount", 1, percent=20)
    item = plain_items("1688")[0]
    sku = item.skus[0]
    oid = world.add_order("1688", [(item, 0, 2, None)])
    info = world.core.purchase.run(world.core.purchase.start_booking(oid, ACCOUNT["1688"]))
    assert info.state == "finished", [s.message for s in info.steps]
    line = world.lines(oid)[0]
    listed = sku.promotion_price or sku.price
    assert line.purch_price == (listed * Decimal("0.8")).quantize(Decimal("0.01"))
    sync = world.core.purchase.run(world.core.purchase.start_sync(ACCOUNT["1688"]))
    assert sync.state == "finished" and world.lines(oid)[0].purch_price == line.purch_price


# ------------------------------------------------------------------ case 11 and the exit codes

def test_11_book_exit_codes_say_what_happened_to_the_money(world: World) -> None:
    cli_ready(world)
    item = plain_items("1688")[0]
    oid = world.add_order("1688", [(item, 0, 1, item.skus[0].price / 2)])
    code, out = cli_run(world, "--json", "book", oid, "--account", ACCOUNT["1688"])
    assert code == 5, out  # waiting for a person
    activity = json.loads(out)["id"]
    code, out = cli_run(world, "answer", activity, "skip")
    assert code == 6, out  # bought nothing
    good = one_line_order(world, 1)
    code, out = cli_run(world, "book", good, "--account", ACCOUNT["1688"])
    assert code == 0, out
    assert len(world.market.find_orders()) == 1


def test_the_ledger_refuses_a_transition_outside_its_table() -> None:
    with pytest.raises(ledger.LedgerError):
        ledger.check(ledger.CREATED, ledger.UNKNOWN)
    with pytest.raises(ledger.LedgerError):
        ledger.check(ledger.ABSENT, ledger.SUBMITTING)
    assert ledger.check(ledger.UNKNOWN, ledger.CREATED)


def test_every_line_claim_belongs_to_an_intent(world: World) -> None:
    oid = one_line_order(world)
    world.core.purchase.run(world.core.purchase.start_booking(oid, ACCOUNT["1688"]))
    with world.core.db.read() as s:
        orphans = s.scalars(select(OrderLine).where(OrderLine.provider_order_id.is_not(None),
                                                    ~OrderLine.provider_order_id.in_(select(ProviderOrder.id)))).all()
    assert orphans == []





# ------------------------------------------------------------------ case 7: PostgreSQL conflicts

@pytest.mark.postgres
@pytest.mark.parametrize("where", ["open_intent", "record_created"])
def test_7_a_serialization_failure_in_a_ledger_write_is_retried_whole(
        tmp_path, monkeypatch, where: str) -> None:  # type: ignore[no-untyped-def]
    """40001 inside the intent's transaction (before the create) or the created order's (after
    it): the whole transaction runs again, the create is not sent twice, the line is bought once."""
    from sqlalchemy import text

    from tests.helpers.db import pg_database
    from tests.helpers.engine import make_world

    for url in pg_database():
        for world in make_world(tmp_path, url):
            oid = one_line_order(world)
            real = getattr(ledger, where)
            failures = {"left": 1}

            def conflicting(s, *args, real=real, failures=failures, **kwargs):  # type: ignore[no-untyped-def]
                result = real(s, *args, **kwargs)
                if failures["left"]:
                    failures["left"] -= 1
                    s.execute(text("DO $$ BEGIN RAISE EXCEPTION 'injected' USING ERRCODE = '40001'; END $$"))
                return result

            monkeypatch.setattr(ledger, where, conflicting)
            creates = {"n": 0}
            connector = world.core.connectors("1688")
            real_create = connector.create_order

            def counting(token, request, creates=creates, real_create=real_create):  # type: ignore[no-untyped-def]
                creates["n"] += 1
                return real_create(token, request)

            connector.create_order = counting  # type: ignore[method-assign]
            info = world.core.purchase.run(world.core.purchase.start_booking(oid, ACCOUNT["1688"]))
            assert failures["left"] == 0  # the conflict happened
            assert info.state == "finished", [s.message for s in info.steps]
            assert creates["n"] == 1 and len(world.market.find_orders()) == 1
            assert world.lines(oid)[0].status == st.BOOKED
            (intent,) = intents(world)
            assert intent.state == ledger.CREATED
