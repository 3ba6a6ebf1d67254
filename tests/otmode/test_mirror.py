"""The local-first mirror against a real `workstation-cli otapi serve` over a demo data directory:
the first fill equals the server's orders and lines, a second refresh reads only what can have
changed, a change on the server shows, a waybill the mirror lacks is fetched, a malformed answer
is named and leaves the mirror as it was, and a scan's lookup works on the mirror."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from tests.helpers.otapi import (  # noqa: F401 - fixtures of this module
    Instance,
    Server,
    demo_dir,
    instance,
    server,
    signed_instance,
)
from workstation.config import load_config
from workstation.core import open_database
from workstation.domain import statuses as st
from workstation.otapi import codes
from workstation.otapi.client import OtapiClient
from workstation.services.dto import LineRow
from workstation.services.orders import OrderService
from workstation.services.otmode.mirror import (
    MalformedAnswer,
    Mirror,
    derived_label,
    line_values,
)
from workstation.store.database import Database
from workstation.store.models import LineStatusChange, Order, OrderLine, OtMirrorOrder, Receipt

# LineRow fields OT's OrderLineInfo does not carry (the mirror leaves them at their defaults),
# and the image, which the server answers as its own public URL (compared with the answers)
NOT_SENT = {"delivery_cust", "account", "external_line_id", "price_paid", "image_url"}


class CountingClient(OtapiClient):
    """The real client, noting each method called (and its parameters) on the link."""

    def __init__(self, link: StandInLink, **kw: Any):
        super().__init__(link.server.url, link.instance.key, operator=link.instance.operator, **kw)
        self._link = link

    def call(self, method: str, params: Any = None, **kw: Any) -> dict[str, Any]:
        self._link.calls.append((method, dict(params or {})))
        return super().call(method, params, **kw)


class StandInLink:
    """What the mirror needs of `OtLinkService`, built from the test instance (the server is real)."""

    def __init__(self, srv: Server, inst: Instance, *, transport: httpx.BaseTransport | None = None,
                 table: dict[int, str] | None = None):
        self.server, self.instance, self.transport = srv, inst, transport
        self.calls: list[tuple[str, dict[str, str]]] = []
        self.refreshes: list[tuple[bool, str]] = []
        self._table = table

    def client(self) -> OtapiClient:
        return CountingClient(self, transport=self.transport)

    def status_table(self) -> dict[int, str]:
        if self._table is None:
            with OtapiClient(self.server.url, self.instance.key, operator=self.instance.operator) as c:
                self._table = codes.status_table(c.result("GetOrderLineStatusList", session="operator")["Content"])
        return self._table

    def record_refresh(self, *, full: bool, error: str = "") -> None:
        self.refreshes.append((full, error))

    def details_read(self) -> list[str]:
        return [p["salesId"] for m, p in self.calls if m == "GetSalesOrderDetailsForOperator"]

    def orders_read(self) -> list[str]:
        """The orders whose lines were read: by their details, or by SearchOrderLines over OrderIds."""
        bulk = [oid for m, p in self.calls if m == "SearchOrderLines" and "<OrderIds>" in p["xmlSearchParameters"]
                for oid in re.findall(r"<OrderId>([^<]+)</OrderId>", p["xmlSearchParameters"])]
        return self.details_read() + bulk


@pytest.fixture(scope="module")
def server_db(demo_dir: Path) -> Iterator[Database]:  # noqa: F811 - the fixture imported above
    """The server's own database, read beside it."""
    database = open_database(load_config(str(demo_dir), None))
    yield database
    database.dispose()


@pytest.fixture
def link(server: Server, instance: Instance) -> StandInLink:  # noqa: F811
    return StandInLink(server, instance)


@pytest.fixture
def operator(server: Server, instance: Instance) -> Iterator[OtapiClient]:  # noqa: F811
    with OtapiClient(server.url, instance.key, operator=instance.operator) as c:
        yield c


def comparable(line: LineRow) -> dict[str, Any]:
    return {k: v for k, v in vars(line).items() if k not in NOT_SENT}


def assert_mirror_equals_server(mirror_db: Database, server_db: Database) -> None:
    ours, theirs = OrderService(mirror_db), OrderService(server_db)
    server_orders = theirs.list_orders(limit=10_000)
    assert [o.id for o in ours.list_orders(limit=10_000)] == [o.id for o in server_orders]
    for row in server_orders:
        mine, there = ours.order_detail(row.id), theirs.order_detail(row.id)
        expected = vars(there.order) | {"created_at": there.order.created_at.replace(microsecond=0)}
        assert vars(mine.order) == expected, row.id
        assert (mine.delivery_address, mine.comment) == (there.delivery_address, there.comment)
        assert [comparable(li) for li in mine.lines] == [comparable(li) for li in there.lines], row.id
    with mirror_db.read() as s, server_db.read() as t:
        assert dict(s.execute(select(Order.id, Order.customer_id)).all()) == \
            dict(t.execute(select(Order.id, Order.customer_id)).all())


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    with db.read() as s:
        for model in (Order, OrderLine, OtMirrorOrder, LineStatusChange):
            rows = s.execute(select(model.__table__)).all()
            out[model.__tablename__] = sorted(tuple(r) for r in rows)
    return out


def open_line(server_db: Database) -> tuple[str, int, str]:
    """A line the server has bought (a marketplace order, not final): order, line id, vendor order."""
    with server_db.read() as s:
        row = s.execute(select(OrderLine.order_id, OrderLine.id, OrderLine.vend_purch_id)
                        .where(OrderLine.status.in_((st.PURCHASED, st.SENT_BY_SELLER)),
                               OrderLine.vend_purch_id.is_not(None), OrderLine.provider_order_id.is_(None))
                        .order_by(OrderLine.id)).first()
        if row is None:  # every bought line keeps its ledger: any bought one with the same number
            row = s.execute(select(OrderLine.order_id, OrderLine.id, OrderLine.vend_purch_id)
                            .where(OrderLine.status.in_((st.PURCHASED, st.SENT_BY_SELLER)),
                                   OrderLine.vend_purch_id.is_not(None)).order_by(OrderLine.id)).first()
    assert row is not None, "the demo has no bought line"
    return row[0], row[1], row[2]


# ---------------------------------------------------------------- fill and refresh

def test_first_fill_equals_the_server_field_by_field(sqlite_db: Database, server_db: Database,
                                                     link: StandInLink, operator: OtapiClient) -> None:
    changed: list[list[str]] = []
    result = Mirror(sqlite_db, link, after_refresh=lambda ids: changed.append(list(ids))).refresh()
    with server_db.read() as t:
        orders = t.scalar(select(func.count()).select_from(Order))
        lines = t.scalar(select(func.count()).select_from(OrderLine))
    assert (result.error, result.orders_listed, result.orders_read, result.lines_written) == ("", orders, orders,
                                                                                              lines)
    assert result.lines_changed == 0 and result.orders_removed == 0
    assert link.refreshes == [(False, "")]
    assert changed and len(changed[0]) == orders
    assert_mirror_equals_server(sqlite_db, server_db)
    # and with OT's own answers: every line's ids, status id and purchase information
    table = {v: k for k, v in link.status_table().items()}
    assert sorted(link.orders_read()) == sorted(o.id for o in OrderService(server_db).list_orders(limit=10_000))
    for order_id in link.orders_read():
        answer = operator.result("GetSalesOrderDetailsForOperator", {"salesId": order_id, "filter": ""})
        mine = OrderService(sqlite_db).order_detail(order_id)
        assert [(int(a["Id"]), int(a["StatusId"]), a["VendPurchWaybill"] or None, a["Label"], a["ItemImageURL"])
                for a in answer["SalesLinesList"]] == \
            [(li.id, table[li.status], li.vend_purch_waybill, li.label, li.image_url) for li in mine.lines]
        with sqlite_db.read() as s:  # OT's IsCancelled (the server derives it from the lines)
            assert s.get(Order, order_id).is_cancelled is (answer["SalesOrderInfo"]["IsCancelled"] == "true")


def test_second_refresh_reads_no_details_of_unchanged_closed_orders(sqlite_db: Database, link: StandInLink) -> None:
    mirror = Mirror(sqlite_db, link)
    first = mirror.refresh()
    with sqlite_db.read() as s:
        open_orders = set(s.scalars(select(OrderLine.order_id).where(
            OrderLine.status.not_in([c.code for c in st.STATUSES if c.final])).distinct()))
        every = set(s.scalars(select(Order.id)))
    assert every - open_orders, "the demo has no closed order"
    link.calls.clear()
    second = mirror.refresh()
    assert set(link.orders_read()) == open_orders and link.details_read() == []
    assert (second.orders_listed, second.orders_read, second.lines_written, second.lines_changed) == \
        (first.orders_listed, len(open_orders), 0, 0)
    assert second.changed_orders == ()
    link.calls.clear()
    full = mirror.refresh(full=True)
    assert set(link.orders_read()) == every and full.lines_changed == 0 and link.refreshes[-1] == (True, "")


def test_open_orders_are_read_in_turns_the_longest_unread_first(sqlite_db: Database, link: StandInLink) -> None:
    """An instance with many open orders: each incremental refresh reads a share of them, so
    every open order is read within a few rounds and none twice before all had their turn."""
    Mirror(sqlite_db, link).refresh()
    with sqlite_db.read() as s:
        open_orders = set(s.scalars(select(OrderLine.order_id).where(
            OrderLine.status.not_in([c.code for c in st.STATUSES if c.final])).distinct()))
    share = 3
    assert len(open_orders) > 2 * share, "the demo has enough open orders"
    mirror = Mirror(sqlite_db, link, open_per_refresh=share)
    seen: list[set[str]] = []
    for _round in range(len(open_orders) // share):
        link.calls.clear()
        mirror.refresh()
        seen.append(set(link.orders_read()))
    assert all(len(turn) == share for turn in seen)
    read = [oid for turn in seen for oid in turn]
    assert len(read) == len(set(read)) and set(read) <= open_orders


def test_a_change_on_the_server_shows_after_refresh(sqlite_db: Database, server_db: Database,
                                                    link: StandInLink, operator: OtapiClient) -> None:
    changed: list[list[str]] = []
    mirror = Mirror(sqlite_db, link, after_refresh=lambda ids: changed.append(list(ids)))
    mirror.refresh()
    changed.clear()
    order_id, line_id, vendor = open_line(server_db)
    waybill = "YT" + str(uuid.uuid4().int)[:12]
    operator.call("ChangeSalesOrderLinePurchaseInfoForOperator",
                  {"salesId": order_id, "salesLineId": str(line_id), "vendPurchId": vendor,
                   "vendPurchWaybill": waybill})
    result = mirror.refresh()
    assert result.lines_changed == 1 and result.changed_orders == (order_id,) and changed == [[order_id]]
    found = OrderService(sqlite_db).lookup(waybill)
    assert (found.kind, [li.id for li in found.lines]) == ("waybill", [line_id])
    assert_mirror_equals_server(sqlite_db, server_db)


def test_a_status_change_is_written_to_the_history_unless_the_line_is_unsent(
        sqlite_db: Database, server_db: Database, link: StandInLink, operator: OtapiClient) -> None:
    unsent: set[int] = set()
    mirror = Mirror(sqlite_db, link, unsent_lines=lambda: unsent)
    mirror.refresh()
    with server_db.read() as t:
        (order_id, line_id), (second_order, second) = t.execute(
            select(OrderLine.order_id, OrderLine.id).where(OrderLine.status == st.READY)
            .order_by(OrderLine.id).limit(2)).all()
    for oid, lid in ((order_id, line_id), (second_order, second)):  # a price change: price confirmation
        operator.call("UpdateOrderLineForOperator", {
            "orderId": oid, "orderLineId": str(lid),
            "xmlUpdateData": "<OrderLineUpdateData><StatusId>3</StatusId></OrderLineUpdateData>"})
    unsent.add(second)  # the warehouse changed it here and the outbox has not delivered it yet
    mirror.refresh()
    with sqlite_db.read() as s:
        statuses = dict(s.execute(select(OrderLine.id, OrderLine.status).where(
            OrderLine.id.in_((line_id, second)))).all())
        history = s.execute(select(LineStatusChange.line_id, LineStatusChange.old_status,
                                   LineStatusChange.new_status, LineStatusChange.source)
                            .where(LineStatusChange.line_id.in_((line_id, second)))).all()
    assert statuses == {line_id: st.PRICE_CONFIRMATION, second: st.READY}
    assert [tuple(h) for h in history] == [(line_id, st.READY, st.PRICE_CONFIRMATION, "ot")]


def test_an_unknown_status_id_writes_a_new_line_as_awaiting_payment(
        sqlite_db: Database, server: Server, instance: Instance) -> None:  # noqa: F811
    full = StandInLink(server, instance).status_table()
    unknown = codes.STATUS_IDS[st.PURCHASED]
    link = StandInLink(server, instance, table={k: v for k, v in full.items() if k != unknown})
    Mirror(sqlite_db, link).refresh()
    with sqlite_db.read() as s:
        assert s.scalar(select(func.count()).select_from(OrderLine).where(OrderLine.status == st.PURCHASED)) == 0
    # once known, the lines move to it, with a history row each
    Mirror(sqlite_db, StandInLink(server, instance, table=full)).refresh(full=True)
    with sqlite_db.read() as s:
        moved = s.scalar(select(func.count()).select_from(LineStatusChange).where(
            LineStatusChange.new_status == st.PURCHASED, LineStatusChange.source == "ot"))
        assert moved and moved == s.scalar(select(func.count()).select_from(OrderLine)
                                           .where(OrderLine.status == st.PURCHASED))


# ---------------------------------------------------------------- codes the mirror lacks

def test_find_code_fetches_the_orders_of_a_waybill_and_lookup_finds_the_lines(
        sqlite_db: Database, server_db: Database, link: StandInLink) -> None:
    with server_db.read() as t:
        waybill, vendor_order = t.execute(select(OrderLine.vend_purch_waybill, OrderLine.vend_purch_id).where(
            OrderLine.vend_purch_waybill.is_not(None)).order_by(OrderLine.id.desc())).first()  # type: ignore[misc]
    there = OrderService(server_db).lookup(waybill)
    mirror = Mirror(sqlite_db, link)
    assert OrderService(sqlite_db).lookup(waybill).lines == ()
    assert mirror.find_code(" " + waybill.lower() + "\r\n") == sorted({li.order_id for li in there.lines})
    mine = OrderService(sqlite_db).lookup(waybill)
    assert mine.kind == "waybill"
    assert [comparable(li) for li in mine.lines] == [comparable(li) for li in there.lines]
    # a marketplace order number: the second try
    link.calls.clear()
    expected = sorted({li.order_id for li in OrderService(server_db).lookup(vendor_order).lines})
    assert mirror.find_code(vendor_order) == expected
    tried = [p["xmlSearchParameters"] for m, p in link.calls if m == "SearchOrderLines"]
    assert "VendorPurchaseWaybillIdList" in tried[0] and "VendorPurchaseIdList" in tried[-1]
    assert mirror.find_code("ZZ-NOT-A-CODE-" + uuid.uuid4().hex[:8]) == []


def test_a_line_without_a_label_gets_one_that_scans() -> None:
    item = {"Id": "123", "LineNum": "1", "ItemTaobaoId": "555", "Qty": "2", "StatusId": "2", "PriceCust": "9.5",
            "ProviderType": "Taobao"}
    values, status_id, _name = line_values(item, "M", "Line", {2: st.READY})
    assert (values["label"], values["status"], status_id, values["price_cust"]) == ("", st.READY, 2, Decimal("9.50"))
    assert derived_label(123) == "OTL0000000123"
    from workstation.domain.barcodes import line_label, normalise_code

    assert normalise_code(derived_label(123)) == derived_label(123)
    assert not derived_label(123).startswith(line_label(1, 1)[:2])
    with pytest.raises(MalformedAnswer, match="Line/Id 'L-7' is not a whole number"):
        line_values({**item, "Id": "L-7"}, "M", "Line", {})


# ---------------------------------------------------------------- malformed answers

@contextmanager
def tampering(method: str, change: Any) -> Iterator[httpx.MockTransport]:
    """A transport that passes every call to the real server and changes `method`'s answer."""
    real = httpx.Client()

    def handle(request: httpx.Request) -> httpx.Response:
        answer = real.send(httpx.Request(request.method, request.url, headers=request.headers,
                                         content=request.read()))
        body = answer.read()
        if request.url.path.endswith("/" + method):
            body = change(body.decode("utf-8")).encode("utf-8")
        return httpx.Response(answer.status_code, headers={"content-type": answer.headers["content-type"]},
                              content=body)

    try:
        yield httpx.MockTransport(handle)
    finally:
        real.close()


PRICE = (lambda x: re.sub(r"<PriceCust>[^<]*</PriceCust>", "<PriceCust>12,5 yuan</PriceCust>", x, count=1),
         "PriceCust '12,5 yuan' is not a decimal amount")


@pytest.mark.parametrize(("method", "change", "named", "how"), [
    ("SearchOrderLines", *PRICE, "refresh"),
    ("SearchOrderLines", lambda x: re.sub(r"<Item><Id>[^<]*</Id>", "<Item>", x, count=1), "Item[1]/Id is missing",
     "refresh"),
    ("GetSalesOrderDetailsForOperator", *PRICE, "orders"),
    ("GetSalesOrderDetailsForOperator", lambda x: re.sub(r"<SalesLine><Id>[^<]*</Id>", "<SalesLine><Id>4.5</Id>",
                                                         x, count=1), "SalesLine[1]/Id '4.5' is not a whole number",
     "orders"),
    ("SearchOrders", lambda x: re.sub(r"<Result>.*</Result>", "", x, flags=re.S), "SearchOrders is not in OT's "
     "shape: Result is missing", "refresh"),
])
def test_a_malformed_answer_is_named_and_leaves_the_mirror_as_it_was(
        sqlite_db: Database, server: Server, instance: Instance, server_db: Database,  # noqa: F811
        operator: OtapiClient, method: str, change: Any, named: str, how: str,
        caplog: pytest.LogCaptureFixture) -> None:
    Mirror(sqlite_db, StandInLink(server, instance)).refresh()
    order_id, line_id, vendor = open_line(server_db)  # a change the refresh would otherwise write
    operator.call("ChangeSalesOrderLinePurchaseInfoForOperator",
                  {"salesId": order_id, "salesLineId": str(line_id), "vendPurchId": vendor,
                   "vendPurchWaybill": "YT" + str(uuid.uuid4().int)[:12]})
    before = snapshot(sqlite_db)
    with tampering(method, change) as transport, pytest.raises(MalformedAnswer) as caught:
        bad = StandInLink(server, instance, transport=transport)
        if how == "refresh":
            Mirror(sqlite_db, bad).refresh(full=True)
        else:
            Mirror(sqlite_db, bad).refresh_orders([order_id])
    assert method in str(caught.value) and named in str(caught.value)
    assert bad.refreshes == ([(True, str(caught.value))] if how == "refresh" else [])
    assert snapshot(sqlite_db) == before
    assert any("malformed" in r.getMessage() and method in r.getMessage() for r in caplog.records)


def test_created_times_are_utc(sqlite_db: Database, link: StandInLink) -> None:
    Mirror(sqlite_db, link).refresh_orders([])
    assert Mirror(sqlite_db, link).refresh_orders(["ORD-0000000101"]).orders_read == 1
    with sqlite_db.read() as s:
        order = s.get(Order, "ORD-0000000101")
        assert order is not None and order.created_at.tzinfo is not None
        assert order.created_at.utcoffset() == UTC.utcoffset(None)


# ---------------------------------------------------------------- orders gone, platform gone

def test_orders_no_longer_listed_are_removed_unless_something_local_refers_to_them(
        sqlite_db: Database, link: StandInLink) -> None:
    mirror = Mirror(sqlite_db, link)
    mirror.refresh()
    now = datetime.now(UTC)
    with sqlite_db.write() as s:  # two orders the platform no longer lists; a receipt names one's line
        for n, oid in enumerate(("ORD-0009999901", "ORD-0009999902")):
            s.add(Order(id=oid, provider="taobao", customer_id="c", customer_name="Gone", goods_amount=Decimal(1),
                        delivery_amount=Decimal(0), paid_amount=Decimal(1), created_at=now, updated_at=now))
            s.add(OtMirrorOrder(order_id=oid, summary_digest="x", fetched_at=now, seen_at=now))
            s.flush()
            s.add(OrderLine(id=9_999_900 + n, order_id=oid, line_num=1, label=derived_label(9_999_900 + n),
                            provider="taobao", item_id="1", title_orig="t", qty=1, price_cust=Decimal(1),
                            delivery_cust=Decimal(0), status=st.PURCHASED, status_changed_at=now))
        s.flush()
        s.add(Receipt(line_id=9_999_901, qty_expected=1, qty_received=1, received_at=now))
    result = mirror.refresh()
    assert (result.orders_removed, result.orders_kept) == (1, 1)
    assert "ORD-0009999901" in result.changed_orders
    with sqlite_db.read() as s:
        assert s.get(Order, "ORD-0009999901") is None and s.get(OrderLine, 9_999_900) is None
        assert s.get(OtMirrorOrder, "ORD-0009999901") is None
        assert s.get(Order, "ORD-0009999902") is not None and s.get(OrderLine, 9_999_901) is not None


def test_an_unreachable_platform_is_reported_and_the_mirror_stays_readable(
        sqlite_db: Database, link: StandInLink, server: Server, instance: Instance) -> None:  # noqa: F811
    Mirror(sqlite_db, link).refresh()
    with sqlite_db.read() as s:
        waybill = s.scalars(select(OrderLine.vend_purch_waybill).where(
            OrderLine.vend_purch_waybill.is_not(None))).first()
    table = link.status_table()
    gone = StandInLink(Server(server.process, "http://127.0.0.1:9", server.data_dir), instance, table=table)
    result = Mirror(sqlite_db, gone).refresh()
    assert "could not be reached" in result.error and gone.refreshes == [(False, result.error)]
    assert OrderService(sqlite_db).lookup(waybill).lines
