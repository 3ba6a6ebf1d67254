"""The warehouse in OT mode: receipts, parcels and waybill corrections made on a mirror-like local
database and sent through the outbox to a real `workstation-cli otapi serve` on loopback.

The local database holds copies of the server's orders with the server's ids (read through
GetSalesOrderDetailsForOperator, as the mirror does); the link is a small stand-in with
`.client()`. Stopping the server mid-way, a lost answer and a crash while sending are real:
nothing arrives twice, which the server's packages (GetSalesPackageList) and audit show.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select, update

from tests.helpers.background import FakeClock
from tests.helpers.db import from_template
from tests.helpers.otapi import Instance, Server, create_instance, demo_dir, start_server  # noqa: F401 - fixture
from workstation.config import Config, load_config
from workstation.core import open_database
from workstation.domain import statuses as st
from workstation.otapi import errors as E  # noqa: N812 - the OT module as a short namespace
from workstation.otapi.client import OtapiClient
from workstation.otapi.codes import BY_STATUS_ID
from workstation.services.audit import Actor
from workstation.services.otmode.outbox import PACKAGE, OtOutbox, backoff, receipt_note
from workstation.services.platform import LineReceipt
from workstation.services.warehouse import ParcelItem, ParcelService, ReceiveLine, ReceivingService
from workstation.store.database import Database
from workstation.store.models import AuditEntry, Order, OrderLine, OtOutboxEntry

CLERK = Actor("anna", "ST-1")
USED_ORDERS: set[str] = set()  # orders a test took already


class StandInLink:
    """What the outbox needs of OtLinkService: a new client with the credentials, per call."""

    def __init__(self, url: str, instance: Instance, transport: httpx.BaseTransport | None = None):
        self.url, self.instance, self.transport = url, instance, transport

    def client(self) -> OtapiClient:
        return OtapiClient(self.url, self.instance.key, operator=self.instance.operator, timeout=10,
                           transport=self.transport)

    def status_table(self) -> dict[int, str]:
        return dict(BY_STATUS_ID)


class Crash(BaseException):
    """The station's process dies (nothing after it runs: no handler catches a BaseException)."""


class LosesPackageAnswers(httpx.BaseTransport):
    """The request goes out and is done; the answer of CreatePackageForOperator never comes back:
    the connection drops (`crash=False`) or the station dies right then (`crash=True`)."""

    def __init__(self, *, crash: bool = False) -> None:
        self._inner = httpx.HTTPTransport()
        self._crash = crash

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        if request.url.path.endswith("/CreatePackageForOperator"):
            response.read()
            response.close()
            if self._crash:
                raise Crash()
            raise httpx.ReadTimeout("the connection dropped before the answer", request=request)
        return response

    def close(self) -> None:
        self._inner.close()


# ---------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def server_dir(demo_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:  # noqa: F811 - the fixture
    """A data directory of its own (a consistent copy of the demo's database): these tests stop
    and start servers on it."""
    data = tmp_path_factory.mktemp("ot-server")
    source = sqlite3.connect(demo_dir / "workstation.sqlite3")
    target = sqlite3.connect(data / "workstation.sqlite3")
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    return data


@pytest.fixture(scope="module")
def instance(server_dir: Path) -> Instance:
    return create_instance(server_dir)


@pytest.fixture(scope="module")
def server(server_dir: Path, instance: Instance) -> Iterator[Server]:
    srv = start_server(server_dir)
    yield srv
    if srv.alive():
        srv.stop()


@pytest.fixture(scope="module")
def server_db(server_dir: Path) -> Iterator[Database]:
    database = open_database(load_config(str(server_dir), None))
    yield database
    database.dispose()


@pytest.fixture
def local(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    url = f"sqlite:///{tmp_path / 'mirror.sqlite3'}"
    from_template(url, sqlite=sqlite_template)
    database = open_database(Config(tmp_path, url))
    yield database
    database.dispose()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime.now(UTC).replace(microsecond=0))


# ---------------------------------------------------------------- helpers

def take(server_db: Database, status: str, min_qty: int = 1) -> tuple[str, int, int]:
    """A line of the server in `status` with a marketplace order number, of an order no test used
    yet (the server's data is the module's): (order, line, qty)."""
    with server_db.read() as s:
        for line in s.scalars(select(OrderLine).where(OrderLine.status == status, OrderLine.vend_purch_id.is_not(None),
                                                      OrderLine.qty >= min_qty).order_by(OrderLine.id)):
            if line.order_id not in USED_ORDERS:
                USED_ORDERS.add(line.order_id)
                return line.order_id, line.id, line.qty
    raise AssertionError(f"no {status} line left in the demo data")


def mirror(local: Database, client: OtapiClient, order_id: str) -> None:
    """Copy the server's order into the local database with the server's ids, as the mirror does."""
    detail = client.result("GetSalesOrderDetailsForOperator", {"salesId": order_id})
    info, lines = detail["SalesOrderInfo"], detail["SalesLinesList"]
    now = datetime.now(UTC)
    with local.write() as s:
        s.add(Order(id=info["Id"], provider="taobao", customer_id=info["CustId"] or "C", customer_name=info["CustName"],
                    goods_amount=Decimal(info["GoodsAmount"]), delivery_amount=Decimal(info["DeliveryAmount"]),
                    paid_amount=Decimal(info["SalesPaid"]), is_paid=info["IsPaid"] == "true", created_at=now,
                    updated_at=now))
        for li in lines:
            s.add(OrderLine(id=int(li["Id"]), order_id=info["Id"], line_num=int(li["LineNum"]), label=li["Label"],
                            provider="taobao", item_id=li["ItemTaobaoId"], config_id=li["ConfigId"] or None,
                            title_orig=li["NameOrig"], qty=int(li["Qty"]), price_cust=Decimal(li["PriceCust"]),
                            delivery_cust=Decimal(0), status=BY_STATUS_ID[int(li["StatusId"])],
                            status_changed_at=now, vend_purch_id=li["VendPurchId"] or None,
                            vend_purch_waybill=li["VendPurchWaybill"] or None,
                            operator_comment=li.get("OperatorComment") or ""))


def server_line(client: OtapiClient, order_id: str, line_id: int) -> dict[str, Any]:
    lines = client.result("GetSalesOrderDetailsForOperator", {"salesId": order_id})["SalesLinesList"]
    return next(li for li in lines if int(li["Id"]) == line_id)


def packages_with(client: OtapiClient, order_id: str, line_id: int) -> list[dict[str, Any]]:
    packages = client.result("GetSalesPackageList", {"salesId": order_id})["Content"]
    return [p for p in packages if any(int(i["OrderLineId"]) == line_id for i in p["Items"])]


def server_audit(server_db: Database, action: str, entity_id: object) -> int:
    with server_db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == action, AuditEntry.entity_id == str(entity_id))) or 0)


def parcels_formed_of(server_db: Database, line_id: int) -> int:
    with server_db.read() as s:
        rows = s.scalars(select(AuditEntry.new_json).where(AuditEntry.action == "form_parcel"))
        return sum(1 for raw in rows if any(item[0] == line_id for item in json.loads(raw)["items"]))


def receive(local: Database, clock: FakeClock, outbox: OtOutbox, line_id: int, qty: int, waybill: str | None = None):  # type: ignore[no-untyped-def]
    return ReceivingService(local, clock, outbox).receive([ReceiveLine(line_id, qty)], clerk=CLERK.user,
                                                          workstation=CLERK.workstation, waybill=waybill)


def form(local: Database, clock: FakeClock, outbox: OtOutbox, order_id: str, line_id: int, qty: int):  # type: ignore[no-untyped-def]
    return ParcelService(local, clock, outbox).form_parcel(order_id, [ParcelItem(line_id, qty)], clerk=CLERK.user,
                                                           workstation=CLERK.workstation, weight_kg="1.250")


@pytest.fixture
def client(server: Server, instance: Instance) -> Iterator[OtapiClient]:
    with OtapiClient(server.url, instance.key, operator=instance.operator) as c:
        yield c


# ---------------------------------------------------------------- tests

def test_receipt_parcel_and_waybill_reach_the_platform_once(server: Server, instance: Instance, client: OtapiClient,
                                                            server_db: Database, local: Database,
                                                            clock: FakeClock) -> None:
    order_id, line_id, qty = take(server_db, st.SENT_BY_SELLER)
    client.call("UpdateOrderLineForOperator", {  # an operator's note on the platform, kept
        "orderId": order_id, "orderLineId": str(line_id),
        "xmlUpdateData": "<OrderLineUpdateData><OperatorComment>fragile, call first</OperatorComment>"
                         "</OrderLineUpdateData>"})
    mirror(local, client, order_id)
    outbox = OtOutbox(local, StandInLink(server.url, instance), clock)
    receipt = receive(local, clock, outbox, line_id, qty, waybill=server_line(client, order_id, line_id)["VendPurchWaybill"])
    receive_again_key = receipt.lines[0].receipt_id
    parcel = form(local, clock, outbox, order_id, line_id, qty)
    assert [e.kind for e in outbox.entries()] == ["line_update", "package"]
    assert outbox.unsent_lines() == {line_id}
    # the same receipt told twice is queued once
    with local.write() as s:
        outbox.received(s, CLERK, [LineReceipt(line_id, order_id, qty, qty, st.SENT_BY_SELLER, st.RECEIVED, None,
                                               receive_again_key)])
    assert len(outbox.entries()) == 2

    done = outbox.drain()
    assert (done.sent, done.refused, done.failed) == (2, 0, 0)
    assert outbox.entries() == [] and outbox.unsent_lines() == set()
    assert server_line(client, order_id, line_id)["StatusId"] == "9"  # received, then packed by the package
    (package,) = packages_with(client, order_id, line_id)
    assert [(int(i["OrderLineId"]), int(i["Quantity"])) for i in package["Items"]] == [(line_id, qty)]
    assert Decimal(package["Weight"]) == Decimal("1.250")
    sent = outbox.entries(("sent",))
    assert json.loads(sent[1].result)["package_id"] == package["Id"]
    assert sent[1].summary.startswith(f"parcel P{parcel.id}")
    # the counts went as the operator comment (OT has no quantity element), on both sides
    with server_db.read() as s:
        comment = s.get(OrderLine, line_id).operator_comment
    assert comment.startswith("fragile, call first\nWarehouse ")
    assert f"received {qty} of {qty} expected" in comment and "anna@ST-1" in comment
    assert server_line(client, order_id, line_id)["OperatorComment"] == comment
    with local.read() as s:
        assert s.get(OrderLine, line_id).operator_comment == comment
    assert server_audit(server_db, "line.update", line_id) == 2  # the operator's note, then the receipt
    assert parcels_formed_of(server_db, line_id) == 1
    # nothing is sent twice
    assert outbox.drain().entry_ids == []
    with pytest.raises(E.OtapiError) as unknown:
        client.call("GetSalesPackageList", {"salesId": "ORD-0999999999"})
    assert (unknown.value.code, unknown.value.parameter) == (E.NOT_FOUND, "salesId")

    # a clerk's waybill correction: the platform's rules, audited, sent
    new_waybill = f"YT{line_id:010d}"
    assert ReceivingService(local, clock, outbox).correct_purchase_info(line_id, None, new_waybill.lower(), CLERK) == (
        server_line(client, order_id, line_id)["VendPurchId"], new_waybill)
    (entry,) = outbox.entries()
    assert entry.kind == "purchase_info" and entry.summary == f"waybill {new_waybill}"
    with local.read() as s:
        row = s.scalars(select(AuditEntry).where(AuditEntry.action == "line.purchase_info")).one()
        assert (row.actor, json.loads(row.new_json)["via"]) == ("anna", "warehouse")
    assert outbox.drain().sent == 1
    assert server_line(client, order_id, line_id)["VendPurchWaybill"] == new_waybill


def test_server_stopped_mid_way_then_everything_arrives_once(server_dir: Path, instance: Instance, server_db: Database,
                                                             local: Database, clock: FakeClock) -> None:
    first = start_server(server_dir)
    try:
        link = StandInLink(first.url, instance)
        with link.client() as c:
            order_a, line_a, qty_a = take(server_db, st.SENT_BY_SELLER)
            order_b, line_b, qty_b = take(server_db, st.PURCHASED)
            mirror(local, c, order_a)
            mirror(local, c, order_b)
        outbox = OtOutbox(local, link, clock)
        receive(local, clock, outbox, line_a, qty_a)
        assert outbox.drain().sent == 1
    finally:
        first.stop()
    # the platform is gone: the warehouse goes on, the outbox keeps the changes
    form(local, clock, outbox, order_a, line_a, qty_a)
    receive(local, clock, outbox, line_b, max(qty_b - 1, 0) or 1)
    done = outbox.drain()
    assert (done.sent, done.failed) == (0, 1) and "cannot be reached" in done.unreachable
    waiting = outbox.entries()
    assert [e.state for e in waiting] == ["pending", "pending"]
    assert all("cannot be reached" in e.last_error for e in waiting), waiting
    assert outbox.drain().entry_ids == []  # backing off: not tried again at once
    assert outbox.counts()["pending"] == 2

    second = start_server(server_dir)
    try:
        link.url = second.url
        clock.advance(minutes=2)
        done = outbox.drain()
        assert (done.sent, done.failed, done.refused) == (2, 0, 0), outbox.entries()
        with link.client() as c:
            assert len(packages_with(c, order_a, line_a)) == 1
            assert server_line(c, order_a, line_a)["StatusId"] == "9"
            assert server_line(c, order_b, line_b)["StatusId"] == "8"
        assert parcels_formed_of(server_db, line_a) == 1
        assert server_audit(server_db, "line.update", line_a) == 1
        assert server_audit(server_db, "line.update", line_b) == 1
        assert outbox.drain().entry_ids == []
    finally:
        second.stop()


def test_a_refused_change_stays_listed_with_the_platforms_reason(server: Server, instance: Instance,
                                                                client: OtapiClient, server_db: Database,
                                                                local: Database, clock: FakeClock) -> None:
    order_id, line_id, qty = take(server_db, st.BOOKED)  # received here; the platform moves only bought lines
    mirror(local, client, order_id)
    outbox = OtOutbox(local, StandInLink(server.url, instance), clock)
    receive(local, clock, outbox, line_id, qty)
    done = outbox.drain()
    assert (done.sent, done.refused) == (0, 1)
    (entry,) = outbox.entries()
    assert entry.state == "refused" and entry.last_error.startswith("NotAvailable: Parameter xmlUpdateData")
    assert "booked to received" in entry.last_error
    assert outbox.unsent_lines() == {line_id}  # the mirror leaves its status alone
    assert server_line(client, order_id, line_id)["StatusId"] == "5"
    assert outbox.drain().entry_ids == []  # refused is not retried by itself
    # Retry sends it again (refused again, still listed); Discard drops it, audited
    outbox.retry(entry.id, CLERK)
    assert outbox.drain().refused == 1
    outbox.discard(entry.id, CLERK)
    assert outbox.entries() == [] and outbox.counts()["discarded"] == 1
    with local.read() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "ot_outbox")
                                 .order_by(AuditEntry.id)))
    assert actions == ["outbox.retry", "outbox.discard"]


def test_a_lost_package_answer_adopts_the_package(server: Server, instance: Instance, client: OtapiClient,
                                                  server_db: Database, local: Database, clock: FakeClock) -> None:
    order_id, line_id, qty = take(server_db, st.SENT_BY_SELLER)
    mirror(local, client, order_id)
    link = StandInLink(server.url, instance, transport=LosesPackageAnswers())
    outbox = OtOutbox(local, link, clock)
    receive(local, clock, outbox, line_id, qty)
    form(local, clock, outbox, order_id, line_id, qty)
    done = outbox.drain()
    assert (done.sent, done.failed) == (1, 1)
    (entry,) = outbox.entries()
    assert entry.state == "sending" and "answer was lost" in entry.last_error and not entry.retryable
    assert len(packages_with(client, order_id, line_id)) == 1  # it was made, the answer lost
    assert outbox.drain().entry_ids == []  # backing off
    # later, with a connection that keeps its answers: found and adopted, not created again
    link.transport = None
    clock.advance(minutes=2)
    done = outbox.drain()
    assert (done.sent, done.adopted) == (1, 1)
    (package,) = packages_with(client, order_id, line_id)
    assert json.loads(outbox.entry(entry.id).result) == {"package_id": package["Id"], "adopted": True}
    assert parcels_formed_of(server_db, line_id) == 1


def test_a_crash_while_sending_a_package_adopts_it_or_creates_it_once(
        server: Server, instance: Instance, client: OtapiClient, server_db: Database, local: Database,
        clock: FakeClock) -> None:
    order_id, line_id, qty = take(server_db, st.PURCHASED)
    order_2, line_2, qty_2 = take(server_db, st.PURCHASED)
    for order in (order_id, order_2):
        mirror(local, client, order)
    link = StandInLink(server.url, instance)
    outbox = OtOutbox(local, link, clock)
    receive(local, clock, outbox, line_id, qty)
    receive(local, clock, outbox, line_2, qty_2)
    assert outbox.drain().sent == 2
    # the station dies right after the platform made the package: the entry is left "sending"
    form(local, clock, outbox, order_id, line_id, qty)
    link.transport = LosesPackageAnswers(crash=True)
    with pytest.raises(Crash):
        outbox.drain()
    (entry,) = outbox.entries()
    assert entry.state == "sending" and entry.attempts == 1
    assert len(packages_with(client, order_id, line_id)) == 1
    # restarted (a new outbox on the same database), once the dead process's claim has run out
    link.transport = None
    restarted = OtOutbox(local, link, clock)
    assert restarted.drain().entry_ids == []  # the claim holds: it might still be in flight
    clock.advance(minutes=6)
    done = restarted.drain()
    assert (done.sent, done.adopted) == (1, 1)
    assert len(packages_with(client, order_id, line_id)) == 1 and parcels_formed_of(server_db, line_id) == 1

    # the state written by hand with nothing on the platform yet: looked up, then created, once
    form(local, clock, restarted, order_2, line_2, qty_2)
    with local.write() as s:
        s.execute(update(OtOutboxEntry).where(OtOutboxEntry.kind == PACKAGE, OtOutboxEntry.state == "pending")
                  .values(state="sending", attempts=1, next_attempt_at=clock()))
    (crashed,) = restarted.entries()
    assert crashed.state == "sending"
    done = restarted.drain()
    assert (done.sent, done.adopted) == (1, 0)
    assert len(packages_with(client, order_2, line_2)) == 1 and parcels_formed_of(server_db, line_2) == 1
    assert restarted.drain().entry_ids == []


def test_an_edited_parcel(server: Server, instance: Instance, client: OtapiClient, server_db: Database,
                          local: Database, clock: FakeClock) -> None:
    """Before its package is sent the entry follows the edit; after, a change of lines is refused."""
    order_id, line_id, qty = take(server_db, st.SENT_BY_SELLER, min_qty=2)
    mirror(local, client, order_id)
    outbox = OtOutbox(local, StandInLink(server.url, instance), clock)
    parcels = ParcelService(local, clock, outbox)
    receive(local, clock, outbox, line_id, qty)
    row = form(local, clock, outbox, order_id, line_id, qty)
    row = parcels.edit_parcel(row.id, row.version, clerk=CLERK.user, workstation=CLERK.workstation,
                              weight_kg="2.000", tracking="CP123456789CN")
    (_receipt, package) = outbox.entries()
    assert package.summary.endswith("2.000 kg, tracking CP123456789CN")
    assert outbox.drain().sent == 2
    (sent,) = packages_with(client, order_id, line_id)
    assert sent["DeliveryTrackingNumber"] == "CP123456789CN"
    with pytest.raises(Exception, match="no way to change a package's lines"):
        parcels.edit_parcel(row.id, row.version, clerk=CLERK.user, workstation=CLERK.workstation,
                            items=[ParcelItem(line_id, qty - 1)])


def test_the_receipt_note_and_the_back_off() -> None:
    """OT has no quantity element: the counts go as the operator comment's line (the L choice)."""
    when = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)
    short = LineReceipt(7, "ORD-1", 3, 1, st.SENT_BY_SELLER, st.RECEIVED, "YT1", 11)
    more = LineReceipt(7, "ORD-1", 1, 2, st.SENT_BY_SELLER, st.RECEIVED, None, 12)
    assert receipt_note(short, CLERK, when) == ("Warehouse 2026-12-02 09:30 UTC (anna@ST-1): received 1 of 3 "
                                                "expected, shortage 2; waybill YT1")
    assert receipt_note(more, CLERK, when).endswith("received 2 of 1 expected, surplus 1")
    assert [backoff(n).total_seconds() for n in (1, 2, 3, 6, 50)] == [30, 60, 120, 900, 900]
