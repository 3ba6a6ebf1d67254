"""Delegated activities (services/otmode/remote.py) against a real `workstation-cli otapi serve`.

The station is an ordinary ActivityService on its own SQLite file whose booking, sync, binding
and unbinding handlers are the remote ones; the platform is the server over a demo data
directory. What the platform booked is read back through the API, as the mirror would.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select, update

from tests.helpers.otapi import (  # noqa: F401 - fixture
    Instance,
    Server,
    cli,
    create_instance,
    demo_dir,
    free_port,
    start_server,
)
from workstation.config import Config
from workstation.core import open_database
from workstation.otapi import codec
from workstation.otapi.client import OtapiClient
from workstation.otapi.codes import PROVIDER_TYPES
from workstation.sandbox.catalogue import build_catalogue
from workstation.services.activities import ActivityInfo, ActivityService, utcnow
from workstation.services.otmode.remote import RemoteActivities
from workstation.store.database import Database
from workstation.store.models import Activity, OtRemoteActivity

EXPORT = "ProviderOrdersIntegrationExporting"
DRIFT = Decimal("1.12")  # above the default 10 % threshold: the booking asks about the price


@pytest.fixture(scope="module")
def instance(demo_dir: Path) -> Instance:  # noqa: F811 - fixture use
    return create_instance(demo_dir)


@pytest.fixture(scope="module")
def always_ask(demo_dir: Path) -> None:  # noqa: F811 - fixture use
    """Taobao's price rule on the platform: ask about every price, changed or not, so that a
    fresh order's booking has a question to answer, relay, cancel or settle."""
    cli(demo_dir, "settings", "set", "taobao", "price_confirmation_mode", "no")


@pytest.fixture(scope="module")
def server(demo_dir: Path, instance: Instance, always_ask: None) -> Iterator[Server]:  # noqa: F811 - fixture use
    srv = start_server(demo_dir)
    yield srv
    if srv.alive():
        srv.stop()


class Link:
    """A stand-in for OtLinkService: `client()` for the test instance, in English, over
    `transport` when one is given."""

    def __init__(self, server: Server, instance: Instance, transport: httpx.BaseTransport | None = None, *,
                 json_answers: bool = False):
        self.server = server
        self.instance = instance
        self.transport = transport
        self.json_answers = json_answers

    def client(self) -> OtapiClient:
        return OtapiClient(self.server.url, self.instance.key, operator=self.instance.operator, language="en",
                           timeout=10.0, transport=self.transport, json_answers=self.json_answers)


class Wire(httpx.BaseTransport):
    """Real HTTP to the server, except: while `down`, every request goes to a port nobody
    listens on (connection refused); a method in `garbled` gets one answer that is not OT's."""

    def __init__(self) -> None:
        self._http = httpx.HTTPTransport()
        self._dead_port = free_port()
        self.down = False
        self.garbled: set[str] = set()
        self.broken_after: set[str] = set()  # sent on, then answered InternalError (once)
        self.calls: Counter[str] = Counter()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        method = request.url.path.rsplit("/", 1)[-1]
        self.calls[method] += 1
        if self.down:
            request.url = request.url.copy_with(port=self._dead_port)
        elif method in self.garbled:
            self.garbled.discard(method)
            return httpx.Response(200, content=b"<html><body>502 Bad Gateway</body></html>")
        elif method in self.broken_after:  # the platform did the work, then failed to answer it
            self.broken_after.discard(method)
            self._http.handle_request(request).read()
            return httpx.Response(200, content=b"<OtapiAnswer><ErrorCode>InternalError</ErrorCode>"
                                               b"<ErrorDescription>Internal error</ErrorDescription></OtapiAnswer>")
        return self._http.handle_request(request)

    def close(self) -> None:
        self._http.close()


def fast_sleep(seconds: float) -> None:
    time.sleep(seconds / 30)  # a 15 s poll interval is half a second here


@dataclass
class Station:
    db: Database
    remote: RemoteActivities
    activities: ActivityService
    finished: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)


@pytest.fixture
def make_station(tmp_path: Path, server: Server, instance: Instance) -> Iterator[Callable[..., Station]]:
    """A station on tmp_path's SQLite file; called again, a new one on the same file (a restart)."""
    made: list[Station] = []
    path = tmp_path / "station.sqlite3"

    def make(transport: httpx.BaseTransport | None = None, *, json_answers: bool = False) -> Station:
        db = open_database(Config(tmp_path, f"sqlite:///{path}"))
        finished: list[tuple[str, tuple[str, ...]]] = []
        remote = RemoteActivities(db, Link(server, instance, transport, json_answers=json_answers),
                                  on_finished=lambda k, o: finished.append((k, tuple(o))), sleep=fast_sleep)
        station = Station(db, remote, ActivityService(db, remote.handlers(), owner="test-station"), finished)
        made.append(station)
        return station

    yield make
    for station in made:
        station.db.dispose()


@pytest.fixture
def client(server: Server, instance: Instance) -> Iterator[OtapiClient]:
    """The test's own view of the platform: its operator, and its customer (AddOrder)."""
    with OtapiClient(server.url, instance.key, operator=instance.operator, customer=instance.customer) as c:
        yield c


# ---------------------------------------------------------------- the platform's orders

CATALOGUE_PRICE: dict[tuple[str, str, str], Decimal] = {}


def today_price(provider: str, item_id: str, config_id: str) -> Decimal | None:
    if not CATALOGUE_PRICE:
        for item in build_catalogue():
            kind = item.provider.value
            for sku in item.skus:
                key = (kind, (item.native_item_id or item.item_id) if kind == "taobao" else item.item_id,
                       (sku.native_sku_id or sku.sku_id) if kind == "taobao" else sku.sku_id)
                CATALOGUE_PRICE[key] = sku.promotion_price or sku.price
    return CATALOGUE_PRICE.get((provider, item_id, config_id))


def lines_of(client: OtapiClient, order_id: str) -> list[dict[str, Any]]:
    return client.result("GetSalesOrderDetailsForOperator", {"salesId": order_id, "queryType": "0"})["SalesLinesList"]


def drifted_order(client: OtapiClient) -> str:
    """A paid demo order of 1688 whose lines are all ready to buy, one of them paid well under
    today's price (the shop's price lagged the marketplace): booking it asks about the price."""
    for order in client.result("SearchOrders", {"framePosition": "0", "frameSize": "200"})["Content"]:
        if order["IsPaid"] != "true" or order["ProviderTypeEnum"] != "Alibaba1688":
            continue
        lines = lines_of(client, order["Id"])
        if not lines or any(li["StatusId"] != "2" for li in lines):
            continue
        prices = [(Decimal(li["PriceCust"]), today_price("1688", li["ItemTaobaoId"], li["ConfigId"])) for li in lines]
        if any(now is not None and now > paid * DRIFT for paid, now in prices):
            return order["Id"]
    raise AssertionError("the demo has no ready 1688 order with a drifted price")


def fresh_order(client: OtapiClient, instance: Instance) -> str:
    """A new paid Taobao order of one plain item at today's price (AddOrder, then paid from the
    customer's account). Taobao's price rule here is "always ask" (see `always_ask`)."""
    item = next(i for i in build_catalogue() if i.provider.value == "taobao" and not i.is_tmall and i.skus
                and i.skus[0].stock > 50)
    xml = codec.fragment("OrderAddData", {"DeliveryModeId": instance.delivery, "Items": codec.Items("Item", [
        {"Id": item.native_item_id or item.item_id, "ConfigurationId": item.skus[0].native_sku_id or item.skus[0].sku_id,
         "Quantity": 1}])})
    info = client.result("AddOrder", {"xmlAddData": xml}, session="customer")
    client.call("PostTransaction", {"customerId": instance.customer_id, "amount": info["TotalAmount"]})
    client.call("SalesPaymentReserve", {"salesId": info["Id"], "amount": info["TotalAmount"]})
    return info["Id"]


def account_of(client: OtapiClient, provider: str) -> str:
    provider_type = next(t for t, k in PROVIDER_TYPES.items() if k == provider)
    return client.result("GetProviderOrdersIntegrationSessionInfoList", {"providerType": provider_type})["Content"][0]["Id"]


def remote_info(client: OtapiClient, remote_id: str, kind: str = EXPORT) -> dict[str, Any]:
    return client.result("GetBackgroundActivityInfo", {"activityType": kind, "activityId": remote_id})


def wait_remote(client: OtapiClient, remote_id: str, done: Callable[[dict[str, Any]], bool],
                kind: str = EXPORT, timeout: float = 60) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        info = remote_info(client, remote_id, kind)
        if done(info):
            return info
        assert time.monotonic() < deadline, f"remote activity {remote_id} still {info['State']}"
        time.sleep(0.1)


def exports_of(client: OtapiClient, order_id: str) -> list[str]:
    found = client.result("SearchBackgroundActivities", {"xmlSearchParameters": (
        f"<BackgroundActivitySearchParameters><Types><Type>{EXPORT}</Type></Types>"
        "</BackgroundActivitySearchParameters>")})["Content"]
    return [a["Id"]["Value"] for a in found if order_id in a["Description"]]


def start_booking(station: Station, client: OtapiClient, order_id: str, provider: str) -> str:
    return station.activities.create("booking", provider, account_of(client, provider),
                                     {"order_id": order_id, "line_ids": [], "warehouse_id": None},
                                     description=f"Booking {order_id}", created_by="test")


def remote_id_of(station: Station, activity_id: str) -> str:
    row = station.remote.row(activity_id)
    assert row is not None and row.remote_id, row
    return row.remote_id


def answer_all(station: Station, info: ActivityInfo, choice: str = "confirm") -> ActivityInfo:
    """Answer each question the booking asks until it ends (a price: confirm)."""
    for _ in range(10):
        if info.state != "waiting":
            return info
        question = info.pending_question
        assert question is not None
        picked = choice if choice in [c.id for c in question.choices] else question.choices[0].id
        station.activities.answer(info.id, picked, answered_by="olga")
        info = station.activities.run(info.id)
    return info


# ---------------------------------------------------------------- the tests

def test_a_booking_asks_the_price_here_and_the_answer_books_it_there(
        make_station: Callable[..., Station], client: OtapiClient) -> None:
    station = make_station()
    order_id, provider = drifted_order(client), "1688"
    aid = start_booking(station, client, order_id, provider)
    station.activities.watch(aid, True)  # as the activity window says it shows it
    assert station.remote.poll_seconds(aid) == 2.0
    info = station.activities.run(aid)
    assert info.state == "waiting", [s.message for s in info.steps]
    question = info.pending_question
    assert question is not None and (question.question_key or "").startswith("ot:price:")
    assert {"confirm", "skip"} <= {c.id for c in question.choices}
    assert question.details["ot_activity"] == remote_id_of(station, aid)
    # the question is the platform's own sentence; the remote activity waits for it
    remote_id = remote_id_of(station, aid)
    remote = remote_info(client, remote_id)
    assert remote["IsAwaitingAction"] == "true"
    assert question.message in [s["Message"] for s in remote["Steps"]]
    # a replay before the answer relays nothing twice and asks the same question
    assert station.activities.get(aid).steps == info.steps

    station.activities.answer(aid, "confirm", answered_by="olga")
    info = answer_all(station, station.activities.run(aid))
    assert info.state == "finished", [s.message for s in info.steps]
    remote = remote_info(client, remote_id)
    assert remote["IsFinished"] == "true" and remote["IsCancelled"] == "false"
    assert [s["Answer"] for s in remote["Steps"] if s.get("Answer")][0] == "confirm"
    # every remote step came over once, in its order, as the platform wrote it
    relayed = [s.message for s in info.steps if s.type != "question"]
    for step in remote["Steps"]:
        if not step.get("Answer"):
            assert relayed.count(step["Message"]) == 1, step["Message"]
    assert any("Answered on OT Box: " in m for m in relayed)
    assert info.progress_percent == 100
    assert sum(question.message in s.message for s in info.steps) == 1  # the question, not relayed again
    lines = lines_of(client, order_id)
    assert all(li["StatusId"] == "5" and li["VendPurchId"] for li in lines), lines
    assert station.finished == [("booking", (order_id,))]
    assert len(exports_of(client, order_id)) == 1


def test_json_answers_are_followed_the_same(
        make_station: Callable[..., Station], client: OtapiClient, instance: Instance) -> None:
    station = make_station(json_answers=True)  # OT's JSON endpoint: typed values, not texts
    order_id, provider = fresh_order(client, instance), "taobao"
    aid = start_booking(station, client, order_id, provider)
    info = station.activities.run(aid)
    assert info.state == "waiting" and info.pending_question is not None
    assert (info.pending_question.question_key or "").startswith("ot:price:")
    station.activities.answer(aid, "confirm", answered_by="olga")
    info = answer_all(station, station.activities.run(aid))
    assert info.state == "finished", [s.message for s in info.steps]
    assert all(li["StatusId"] == "5" for li in lines_of(client, order_id))


def test_sync_runs_there(make_station: Callable[..., Station], client: OtapiClient) -> None:
    station = make_station()
    account = account_of(client, "taobao")
    aid = station.activities.create("sync", "taobao", account, {}, description=f"Synchronising {account}")
    info = station.activities.run(aid)
    assert info.state in ("finished", "finished_with_errors"), [s.message for s in info.steps]
    remote = remote_info(client, remote_id_of(station, aid), "ProviderOrdersIntegrationSynchronizing")
    assert remote["IsFinished"] == "true"
    assert station.finished == [("sync", ())]


def test_bind_and_unbind_run_there(
        make_station: Callable[..., Station], client: OtapiClient, instance: Instance) -> None:
    station = make_station()
    order_id, provider = fresh_order(client, instance), "taobao"
    account = account_of(client, provider)
    booked = answer_all(station, station.activities.run(start_booking(station, client, order_id, provider)))
    assert booked.state == "finished", [s.message for s in booked.steps]
    vendor_id = lines_of(client, order_id)[0]["VendPurchId"]
    assert vendor_id

    # the marketplace order still exists: the platform refuses an unbind without force, and the
    # refusal is asked here as the local engine asks it (`--force`); "keep it bound" ends it
    unbind = {"order_id": order_id, "line_ids": [], "force": False}
    kept = station.activities.create("unbinding", provider, account, unbind)
    asked = station.activities.run(kept)
    assert asked.state == "waiting" and asked.pending_question is not None
    assert "still exists" in asked.pending_question.message
    assert [c.id for c in asked.pending_question.choices] == ["force", "keep_bound"]
    station.activities.answer(kept, "keep_bound")
    assert station.activities.run(kept).state == "aborted"
    assert lines_of(client, order_id)[0]["VendPurchId"] == vendor_id

    forced = station.activities.create("unbinding", provider, account, unbind)
    assert station.activities.run(forced).state == "waiting"
    station.activities.answer(forced, "force")
    unbound = station.activities.run(forced)
    assert unbound.state == "finished", [s.message for s in unbound.steps]
    assert all(li["VendPurchId"] == "" for li in lines_of(client, order_id))

    bound = station.activities.run(station.activities.create(
        "binding", provider, account, {"order_id": order_id, "provider_order_id": vendor_id}))
    assert bound.state == "finished", [s.message for s in bound.steps]
    assert all(li["VendPurchId"] == vendor_id for li in lines_of(client, order_id))
    # the kept one ends too (its orders read again); a refused Run* started nothing there
    assert [k for k, _o in station.finished] == ["booking", "unbinding", "unbinding", "binding"]


def test_cancel_while_waiting_cancels_it_there(
        make_station: Callable[..., Station], client: OtapiClient, instance: Instance) -> None:
    station = make_station()
    order_id, provider = fresh_order(client, instance), "taobao"
    aid = start_booking(station, client, order_id, provider)
    assert station.activities.run(aid).state == "waiting"
    remote_id = remote_id_of(station, aid)
    cancelled = station.activities.cancel(aid)
    assert cancelled.state == "aborted"
    remote = wait_remote(client, remote_id, lambda i: i["IsFinished"] == "true")
    assert remote["IsCancelled"] == "true"
    row = station.remote.row(aid)
    assert row is not None and row.cancel_sent_at is not None and row.state == "ended"
    assert all(li["StatusId"] in ("2", "3") and not li["VendPurchId"] for li in lines_of(client, order_id))
    assert station.finished == [("booking", (order_id,))]


def test_cancelled_while_its_process_died_is_told_there_by_the_background_round_not_at_start(
        make_station: Callable[..., Station], client: OtapiClient, instance: Instance) -> None:
    """A station died while its booking ran and a person cancelled it meanwhile: the next start
    (`requeue_dead`, on the window's GUI thread) ends it without a network call, and the
    background round's settle_waiting sends the cancel to the platform."""
    station = make_station()
    order_id, provider = fresh_order(client, instance), "taobao"
    aid = start_booking(station, client, order_id, provider)
    assert station.activities.run(aid).state == "waiting"
    remote_id = remote_id_of(station, aid)
    with station.db.write() as s:  # as a dead station leaves it: running, its owner gone, cancelled
        s.execute(update(Activity).where(Activity.id == aid).values(
            state="running", owner="ghost-host:1", lease_until=utcnow(), is_cancelled=True))

    restarted = make_station(transport=httpx.MockTransport(lambda _r: pytest.fail("no network at start")))
    restarted.activities.requeue_dead(lambda _owner: False)
    assert restarted.activities.get(aid).state == "aborted"
    row = restarted.remote.row(aid)
    assert row is not None and row.cancel_sent_at is None

    background = make_station()  # the window's background round, with the network
    background.remote.settle_waiting(background.activities)
    remote = wait_remote(client, remote_id, lambda i: i["IsFinished"] == "true")
    assert remote["IsCancelled"] == "true"
    assert background.remote.row(aid).cancel_sent_at is not None  # type: ignore[union-attr]


def test_an_internal_error_from_run_is_looked_up_not_taken_as_refused(
        make_station: Callable[..., Station], client: OtapiClient, instance: Instance) -> None:
    """Run* reached the platform, which started the booking and then answered InternalError:
    the outcome is unknown, so the station looks the activity up and follows it; it neither
    fails the booking (the lines would be bought while this station says nothing was) nor
    sends the Run* again."""
    wire = Wire()
    station = make_station(wire)
    order_id, provider = fresh_order(client, instance), "taobao"
    aid = start_booking(station, client, order_id, provider)
    wire.broken_after.add("RunOrderExportingToProvider")
    info = answer_all(station, station.activities.run(aid))
    assert info.state == "finished", [s.message for s in info.steps]
    assert wire.calls["RunOrderExportingToProvider"] == 1 and wire.calls["SearchBackgroundActivities"] >= 1
    assert any("already started on OT Box" in s.message for s in info.steps)
    assert all(li["VendPurchId"] for li in lines_of(client, order_id) if li["StatusId"] == "5")


def test_a_start_lost_between_sending_and_storing_is_adopted_not_sent_again(
        make_station: Callable[..., Station], client: OtapiClient, instance: Instance) -> None:
    station = make_station()
    order_id, provider = fresh_order(client, instance), "taobao"
    aid = start_booking(station, client, order_id, provider)
    # the "crash": the row says starting, and the Run* reached the platform
    with station.db.write() as s:
        s.add(OtRemoteActivity(activity_id=aid, remote_type=EXPORT, state="starting", starting_at=utcnow(),
                               steps_seen=0))
    started = client.result("RunOrderExportingToProvider", {
        "providerType": next(t for t, k in PROVIDER_TYPES.items() if k == provider),
        "providerSessionId": account_of(client, provider),
        "xmlParameters": codec.fragment("Parameters", {"OrderId": order_id})})
    info = answer_all(station, station.activities.run(aid))
    assert info.state == "finished", [s.message for s in info.steps]
    assert remote_id_of(station, aid) == started["Id"]["Value"]
    assert any("already started on OT Box" in s.message for s in info.steps)
    assert exports_of(client, order_id) == [started["Id"]["Value"]]  # one booking, not two


def test_a_start_that_never_reached_the_platform_is_sent(
        make_station: Callable[..., Station], client: OtapiClient, instance: Instance) -> None:
    station = make_station()
    order_id, provider = fresh_order(client, instance), "taobao"
    aid = start_booking(station, client, order_id, provider)
    with station.db.write() as s:  # the row says starting; the platform never heard of it
        s.add(OtRemoteActivity(activity_id=aid, remote_type=EXPORT, state="starting", starting_at=utcnow(),
                               steps_seen=0))
    info = answer_all(station, station.activities.run(aid))
    assert info.state == "finished", [s.message for s in info.steps]
    assert any("did not take effect" in s.message for s in info.steps)
    assert exports_of(client, order_id) == [remote_id_of(station, aid)]


def test_after_a_restart_the_activity_goes_on_following(
        make_station: Callable[..., Station], client: OtapiClient, instance: Instance) -> None:
    first = make_station()
    order_id, provider = fresh_order(client, instance), "taobao"
    aid = start_booking(first, client, order_id, provider)
    assert first.activities.run(aid).state == "waiting"
    remote_id = remote_id_of(first, aid)
    first.db.dispose()

    again = make_station()  # a new program on the same file
    assert again.activities.get(aid).state == "waiting"
    again.activities.answer(aid, "confirm", answered_by="olga")
    info = answer_all(again, again.activities.run(aid))
    assert info.state == "finished", [s.message for s in info.steps]
    assert remote_id_of(again, aid) == remote_id and exports_of(client, order_id) == [remote_id]
    with again.db.read() as s:
        assert s.scalar(select(func.count()).select_from(OtRemoteActivity)) == 1
    assert all(li["StatusId"] == "5" for li in lines_of(client, order_id))


def test_a_question_answered_on_ot_box_settles_the_local_one(
        make_station: Callable[..., Station], client: OtapiClient, instance: Instance) -> None:
    station = make_station()
    order_id, provider = fresh_order(client, instance), "taobao"
    aid = start_booking(station, client, order_id, provider)
    assert station.activities.run(aid).state == "waiting"
    assert station.remote.settle_waiting(station.activities) == 0  # still asked there
    remote_id = remote_id_of(station, aid)
    step = next(s for s in remote_info(client, remote_id)["Steps"] if s["Actions"])
    skip = next(a for a in step["Actions"] if a["Id"] == "skip")
    client.call("DoStepActionForBackgroundActivity", {  # answered on OT Box's own page
        "activityType": EXPORT, "activityId": remote_id,
        "xmlParameters": codec.named_parameters({p["Name"]: p["Value"] for p in skip["Parameters"]})})
    wait_remote(client, remote_id, lambda i: i["IsFinished"] == "true" or all(
        s.get("Answer") for s in i["Steps"] if s["Actions"]))
    assert station.remote.settle_waiting(station.activities) == 1
    settled = station.activities.get(aid)
    assert settled.state == "queued"
    info = answer_all(station, station.activities.run(aid))
    assert info.state in ("finished", "finished_with_errors"), [s.message for s in info.steps]
    assert [s.answer for s in info.steps if s.type == "question"][0] == "skip"
    assert len(exports_of(client, order_id)) == 1


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


def test_an_unreachable_platform_is_waited_for_and_a_cancel_reaches_it_when_it_is_back(
        make_station: Callable[..., Station], client: OtapiClient, instance: Instance) -> None:
    wire = Wire()
    station = make_station(wire)
    order_id, provider = fresh_order(client, instance), "taobao"
    aid = start_booking(station, client, order_id, provider)
    assert station.activities.run(aid).state == "waiting"
    remote_id = remote_id_of(station, aid)
    station.activities.answer(aid, "confirm", answered_by="olga")

    wire.down = True  # the answer is stored here; the platform is out of reach
    ran: list[ActivityInfo] = []
    worker = threading.Thread(target=lambda: ran.append(station.activities.run(aid)))
    worker.start()
    try:
        wait_for(lambda: any("cannot be reached" in s.message for s in station.activities.get(aid).steps),
                 "no step says the platform cannot be reached")
        tries = wire.calls.total()  # (a new client signs in first: that is what it tries)
        wait_for(lambda: wire.calls.total() >= tries + 2, "it stopped trying")
        info = station.activities.get(aid)
        assert info.state == "running"  # not failed: it keeps trying, with one warning
        assert sum("cannot be reached" in s.message for s in info.steps) == 1, [s.message for s in info.steps]
        station.activities.cancel(aid)  # cancelled while it runs: it stops at its next check
    finally:
        worker.join(60)
    assert ran and ran[0].state == "aborted", ran
    row = station.remote.row(aid)
    assert row is not None and row.cancel_sent_at is None  # could not be sent yet
    assert remote_info(client, remote_id)["IsAwaitingAction"] == "true"  # the answer never arrived there

    wire.down = False  # back: the lead's timer sends the cancel that waited
    station.remote.settle_waiting(station.activities)
    assert wait_remote(client, remote_id, lambda i: i["IsFinished"] == "true")["IsCancelled"] == "true"
    row = station.remote.row(aid)
    assert row is not None and row.cancel_sent_at is not None
    assert wire.calls["DoActionForBackgroundActivity"] == 1  # sent once, when it could be
    assert all(not li["VendPurchId"] for li in lines_of(client, order_id))


def test_an_answer_not_of_ots_shape_is_shown_and_following_goes_on(
        make_station: Callable[..., Station], client: OtapiClient, instance: Instance) -> None:
    wire = Wire()
    station = make_station(wire)
    order_id, provider = fresh_order(client, instance), "taobao"
    aid = start_booking(station, client, order_id, provider)
    assert station.activities.run(aid).state == "waiting"
    station.activities.answer(aid, "confirm", answered_by="olga")
    wire.garbled.add("GetBackgroundActivityInfo")  # a proxy's error page, once
    info = answer_all(station, station.activities.run(aid))
    assert info.state == "finished_with_errors", [s.message for s in info.steps]
    shown = [s.message for s in info.errors]
    assert len(shown) == 1 and "GetBackgroundActivityInfo" in shown[0] and "not OT's shape" in shown[0]
    assert any(s.message == "OT Box answers again." for s in info.steps)
    assert all(li["StatusId"] == "5" for li in lines_of(client, order_id))  # booked all the same


def test_a_watched_activity_is_read_every_2_s_else_every_15_s(tmp_path: Path) -> None:
    remote = RemoteActivities(None, None)  # type: ignore[arg-type]  # neither is used here
    assert remote.poll_seconds("a") == 15.0
    remote.watch("a", True)
    assert remote.poll_seconds("a") == 2.0 and remote.poll_seconds("b") == 15.0
    remote.watch("a", False)
    assert remote.poll_seconds("a") == 15.0
