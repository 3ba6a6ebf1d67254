"""One contract, two platforms (issue 13).

The same scenarios run against the local platform and against OT mode pointed at a real
`workstation-cli otapi serve` on loopback. In both, the marketplace side is one data
directory (the platform's) with the demo and the sandbox, served by the OT API:

- **local**: the station *is* that data directory (its Core on the same SQLite file);
- **ot**: the station is a second data directory, connected with `workstation-cli otapi
  connect` as a user would (a process, the password on stdin), its Core built by
  `build_core` as the CLI and the window build it.

The scenarios use only what the GUI and the CLI use (the Core's services) and check the
outcome on both sides: on the station (what the panes show) and on the platform, read through
its OT API (the same reads in both modes). `core.platform.catch_up()` is the "Refresh" both
platforms answer (the OT one sends its outbox and refreshes its mirror; the local one has
nothing to do).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.otapi import (
    Instance,
    Server,
    cli,
    connect_station,
    create_instance,
    start_server,
)
from workstation.config import load_config
from workstation.core import Core, build_core
from workstation.domain import statuses as st
from workstation.otapi import codec
from workstation.otapi.client import OtapiClient
from workstation.sandbox.catalogue import build_catalogue
from workstation.services.audit import Actor
from workstation.services.orders import LineFilter
from workstation.services.warehouse.parcels import ParcelItem
from workstation.services.warehouse.receiving import ReceiveLine

pytestmark = pytest.mark.slow
EXPORT = "ProviderOrdersIntegrationExporting"


@dataclass
class World:
    mode: str
    core: Core  # the station
    platform_dir: Path  # the platform's data directory (the marketplace side)
    server: Server
    instance: Instance
    api: OtapiClient  # the platform read through its OT API, in both modes

    def run(self, activity_id: str) -> Any:
        """Run the activity here until it ends or asks, as the CLI does."""
        return self.core.purchase.run(activity_id)

    def platform_lines(self, order_id: str) -> list[dict[str, Any]]:
        detail = self.api.result("GetSalesOrderDetailsForOperator",
                                 {"salesId": order_id, "filter": "", "queryType": "0"})
        return list(detail["SalesLinesList"])

    def add_paid_order(self, items: list[tuple[str, str, int]]) -> str:
        """A shop's order (AddOrder as its customer), paid from the customer's account."""
        xml = codec.fragment("OrderAddData", {
            "DeliveryModeId": self.instance.delivery, "Comment": "contract",
            "Items": codec.Items("Item", [{"Id": i, "ConfigurationId": c, "Quantity": q} for i, c, q in items])})
        info = self.api.result("AddOrder", {"xmlAddData": xml}, session="customer")
        total = Decimal(info["TotalAmount"])
        self.api.call("PostTransaction", {"customerId": self.instance.customer_id, "amount": str(total),
                                          "comment": "contract", "isDebit": "false"})
        self.api.call("SalesPaymentReserve", {"salesId": info["Id"], "amount": str(total)})
        self.core.platform.catch_up()
        return str(info["Id"])


def taobao_items() -> tuple[tuple[str, str], tuple[str, str]]:
    """A plain Taobao item and a Tmall one with a promotion (booking asks about it)."""
    catalogue = [i for i in build_catalogue() if i.provider.value == "taobao"]
    plain = next(i for i in catalogue if not i.is_tmall and i.skus and i.skus[0].stock > 10)
    tmall = next(i for i in catalogue if i.is_tmall and i.skus and i.skus[0].promotion_price and i.skus[0].stock > 10)
    return ((plain.native_item_id or plain.item_id, plain.skus[0].native_sku_id or plain.skus[0].sku_id),
            (tmall.native_item_id or tmall.item_id, tmall.skus[0].native_sku_id or tmall.skus[0].sku_id))


@pytest.fixture(scope="module", params=["local", "ot"])
def world(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    from workstation.sandbox.launcher import start_or_reuse, stop_started

    mode = request.param
    platform_dir = tmp_path_factory.mktemp(f"platform-{mode}")
    sandbox_dir = load_config(str(platform_dir), None).sandbox_dir
    _url, sandbox = start_or_reuse(sandbox_dir)
    server: Server | None = None
    core: Core | None = None
    try:
        cli(platform_dir, "demo", "--orders", "12")
        # Seed 003: Autopurchase does not take Tmall discounts; booking one asks the operator.
        cli(platform_dir, "settings", "set", "taobao", "tmall_promotions_allowed", "false")
        instance = create_instance(platform_dir)
        server = start_server(platform_dir)
        if mode == "local":
            core = build_core(load_config(str(platform_dir), None))
        else:
            station = tmp_path_factory.mktemp("station")
            done = connect_station(station, server, instance)
            assert done.returncode == 0, done.stderr
            assert instance.operator[1] not in done.stdout + done.stderr
            core = build_core(load_config(str(station), None))
            assert core.platform.is_remote
            core.platform.catch_up()
        with OtapiClient(server.url, instance.key, operator=instance.operator, customer=instance.customer) as api:
            made = World(mode, core, platform_dir, server, instance, api)
            yield made
            server = made.server  # a test may have started it again
    finally:
        if core is not None:
            core.close()
        if server is not None and server.alive():
            server.stop()
        if sandbox is not None:
            stop_started(sandbox, sandbox_dir)


def test_orders_are_listed(world: World) -> None:
    listed = {o.id for o in world.core.orders.list_orders(limit=1000)}
    on_platform = {o["Id"] for o in world.api.result("SearchOrders", {"framePosition": "0",
                                                                       "frameSize": "1000"})["Content"]}
    assert len(on_platform) >= 12 and listed == on_platform
    some = sorted(on_platform)[0]
    here = world.core.orders.order_detail(some)
    there = world.platform_lines(some)
    assert [(li.id, li.qty, li.status, li.price_cust) for li in here.lines] == [
        (int(li["Id"]), int(li["Qty"]), li["StatusCode"], Decimal(li["PriceCust"])) for li in there]


def test_a_waybill_scan_finds_its_lines(world: World) -> None:
    with_waybill = [li for li in world.core.orders.list_lines(LineFilter(), limit=5000) if li.vend_purch_waybill]
    assert with_waybill, "the demo has lines on their way"
    line = with_waybill[0]
    result = world.core.scans.scan(line.vend_purch_waybill.lower(), source="wedge", actor=Actor("clerk", "ws"))
    assert line.id in {li.id for li in result.lookup.lines}
    assert result.journal_id


def test_booking_with_a_question_sync_bind_unbind_receive_and_parcel(world: World) -> None:
    core = world.core
    (plain_id, plain_sku), (tmall_id, tmall_sku) = taobao_items()
    order_id = world.add_paid_order([(plain_id, plain_sku, 2), (tmall_id, tmall_sku, 1)])
    lines = core.orders.order_detail(order_id).lines
    assert [li.status for li in lines] == [st.READY, st.READY]
    account = core.sessions.list("taobao")[0].account

    # booking; the Tmall line's question answered here
    activity = core.purchase.start_booking(order_id, account)
    asked = world.run(activity)
    assert asked.state == "waiting" and asked.pending_question is not None
    assert "skip" in {c.id for c in asked.pending_question.choices}
    core.activities.answer(activity, "skip", answered_by="purchaser")
    done = world.run(activity)
    assert done.state in ("finished", "finished_with_errors"), done.state
    core.platform.catch_up()
    booked, skipped = core.orders.order_detail(order_id).lines
    assert booked.vend_purch_id and booked.status == st.BOOKED and not skipped.vend_purch_id
    assert world.platform_lines(order_id)[0]["VendPurchId"] == booked.vend_purch_id

    # the agent pays on the marketplace, the seller ships; synchronising brings the waybill
    cli(world.platform_dir, "sandbox", "pay", booked.vend_purch_id)
    cli(world.platform_dir, "sandbox", "advance", "72")
    synced = world.run(core.purchase.start_sync(account))
    assert synced.state in ("finished", "finished_with_errors"), synced.state
    core.platform.catch_up()
    booked = core.orders.order_detail(order_id).lines[0]
    assert booked.vend_purch_waybill and booked.status in (st.PURCHASED, st.SENT_BY_SELLER)
    scanned = core.scans.scan(booked.vend_purch_waybill, source="wedge", actor=Actor("clerk", "ws"))
    assert [li.id for li in scanned.lookup.lines] == [booked.id]

    # unbind (its marketplace order lives: forced, as the dialog asks) and bind again
    vendor_id = booked.vend_purch_id
    unbound = world.run(core.purchase.start_unbind(order_id, account, [booked.id], force=True))
    assert unbound.state in ("finished", "finished_with_errors"), unbound.state
    core.platform.catch_up()
    assert not core.orders.order_detail(order_id).lines[0].vend_purch_id
    bound = world.run(core.purchase.start_bind(order_id, vendor_id, account))
    assert bound.state in ("finished", "finished_with_errors"), bound.state
    core.platform.catch_up()
    booked = core.orders.order_detail(order_id).lines[0]
    assert booked.vend_purch_id == vendor_id and world.platform_lines(order_id)[0]["VendPurchId"] == vendor_id

    # receiving and a parcel, on the platform too
    receipt = core.receiving.receive([ReceiveLine(booked.id, booked.qty)], clerk="clerk", workstation="ws",
                                     waybill=booked.vend_purch_waybill, confirmation=f"contract-{world.mode}")
    assert receipt.lines[0].status == st.RECEIVED
    core.platform.catch_up()
    assert world.platform_lines(order_id)[0]["StatusCode"] == st.RECEIVED
    parcel = core.parcels.form_parcel(order_id, [ParcelItem(booked.id, booked.qty)], clerk="clerk",
                                      workstation="ws", weight_kg="1.235", tracking=f"RB{int(time.time()) % 10**9:09d}CN")
    core.platform.catch_up()
    assert core.orders.order_detail(order_id).lines[0].status == st.PACKED
    assert world.platform_lines(order_id)[0]["StatusCode"] == st.PACKED
    packages = world.api.result("GetSalesPackageList", {"salesId": order_id})
    assert len(packages["Content"] if isinstance(packages, dict) else packages) == 1
    assert parcel.id


def test_ot_mode_with_the_platform_stopped_midway(world: World) -> None:
    """OT mode only (the local platform has no network to lose): the mirror stays readable and
    scans work, a refresh says clearly what is wrong, a receipt waits in the outbox and arrives
    once when the platform is back."""
    if world.mode != "ot":
        pytest.skip("the local platform cannot be unreachable")
    core = world.core
    on_way = [li for li in core.orders.list_lines(LineFilter(), limit=5000)
              if li.vend_purch_waybill and li.vend_purch_id and li.status in (st.PURCHASED, st.SENT_BY_SELLER)]
    assert len(on_way) >= 2
    scanned_line, received_line = on_way[0], on_way[1]
    port = int(world.server.url.rsplit(":", 1)[1])
    world.server.stop()
    try:
        result = core.scans.scan(scanned_line.vend_purch_waybill, source="wedge", actor=Actor("clerk", "ws"))
        assert scanned_line.id in {li.id for li in result.lookup.lines} and result.journal_id
        with pytest.raises(Exception) as down:
            core.platform.catch_up()
        assert world.server.url.split("//")[1] in str(down.value) or "reach" in str(down.value)
        core.receiving.receive([ReceiveLine(received_line.id, received_line.qty)], clerk="clerk", workstation="ws",
                               waybill=received_line.vend_purch_waybill, confirmation="offline-1")
        core.platform.outbox.drain()
        waiting = core.platform.outbox.entries()
        assert [e.state for e in waiting if e.line_id == received_line.id] == ["pending"]
        assert core.orders.order_detail(received_line.order_id).lines  # the mirror reads on
    finally:
        world.server = start_server(world.platform_dir, port=port)
    core.platform.catch_up()  # "Refresh now": what waits goes at once
    core.platform.catch_up()  # a second round sends nothing again
    assert not [e for e in core.platform.outbox.entries() if e.line_id == received_line.id]
    there = {int(li["Id"]): li for li in world.platform_lines(received_line.order_id)}
    assert there[received_line.id]["StatusCode"] == st.RECEIVED
    audit = json.loads(cli(world.platform_dir, "--json", "audit", "--order", received_line.order_id,
                           "--action", "line.update").stdout)["rows"]
    assert len([r for r in audit if str(r["entity_id"]) == str(received_line.id)]) == 1, audit
