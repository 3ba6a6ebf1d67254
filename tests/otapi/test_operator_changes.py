"""An operator's changes to one line over real HTTP: UpdateOrderLineForOperator and
ChangeSalesOrderLinePurchaseInfoForOperator, XML and JSON, with their audit rows and refusals."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.helpers.otapi import Instance, Server, cli
from tests.otapi.test_workflow import add_order, lines_of, taobao_items
from workstation.config import load_config
from workstation.core import open_database
from workstation.otapi import errors as E  # noqa: N812 - the OT module as a short namespace (E.NotFound)
from workstation.otapi.client import OtapiClient
from workstation.services.audit import AuditFilter, AuditRow, AuditService
from workstation.store.database import Database

UPDATE = "UpdateOrderLineForOperator"
PURCHASE = "ChangeSalesOrderLinePurchaseInfoForOperator"


@pytest.fixture(scope="module")
def db(demo_dir: Path) -> Iterator[Database]:
    """The server's database, read (and, for the open booking, written) beside it."""
    database = open_database(load_config(str(demo_dir), None))
    yield database
    database.dispose()


@pytest.fixture
def json_client(server: Server, instance: Instance) -> Iterator[OtapiClient]:
    with OtapiClient(server.url, instance.key, operator=instance.operator, customer=instance.customer,
                     json_answers=True) as c:
        yield c


def paid_order(client: OtapiClient, instance: Instance, lines: int = 1) -> tuple[str, list[dict[str, Any]]]:
    (plain_id, plain_sku), _tmall = taobao_items()
    info = add_order(client, instance, [(plain_id, plain_sku, 1 + n) for n in range(lines)])
    total = str(info["TotalAmount"])
    client.call("PostTransaction", {"customerId": instance.customer_id, "amount": total})
    client.call("SalesPaymentReserve", {"salesId": info["Id"], "amount": total})
    return info["Id"], lines_of(client, info["Id"])


def audit_rows(db: Database, order_id: str, action: str) -> list[AuditRow]:
    return AuditService(db).list(AuditFilter(order_id=order_id, actions=(action,)))


def refused(client: OtapiClient, method: str, params: dict[str, str]) -> E.OtapiError:
    with pytest.raises(E.OtapiError) as caught:
        client.call(method, params)
    return caught.value


def update(order_id: str, line_id: str, body: str) -> dict[str, str]:
    return {"orderId": order_id, "orderLineId": line_id,
            "xmlUpdateData": f"<OrderLineUpdateData>{body}</OrderLineUpdateData>"}


def code(prefix: str) -> str:
    return prefix + str(uuid.uuid4().int)[:13]


# ---------------------------------------------------------------- UpdateOrderLineForOperator

def test_update_line_over_xml_is_applied_and_audited(server: Server, instance: Instance, client: OtapiClient,
                                                    db: Database) -> None:
    order_id, (line,) = paid_order(client, instance)
    assert line["StatusId"] == "2"
    before = client.result("GetSalesOrderDetailsForOperator", {"salesId": order_id})["SalesOrderInfo"]
    started = datetime.now(UTC)
    # OT Box's price change: the new price, and the line waits for the customer's confirmation
    client.call(UPDATE, update(order_id, line["Id"], "<StatusId>3</StatusId><InternalPrice>12.30</InternalPrice>"
                                                     "<Weight>0.45</Weight><OperatorComment>asked</OperatorComment>"))
    after = lines_of(client, order_id)[0]
    assert (after["StatusId"], after["PriceCust"], after["Weight"]) == ("3", "12.30", "0.45")
    # as recalculation does: the order's goods follow, what was paid stays; the balance tells the difference
    order = client.result("GetSalesOrderDetailsForOperator", {"salesId": order_id})["SalesOrderInfo"]
    difference = Decimal("12.30") - Decimal(line["PriceCust"])
    assert Decimal(order["GoodsAmount"]) == Decimal(before["GoodsAmount"]) + difference
    assert Decimal(order["SalesPaid"]) == Decimal(before["SalesPaid"])
    assert Decimal(order["RemainAmount"]) == difference
    (totals,) = audit_rows(db, order_id, "order.update")
    assert totals.user == f"otapi:{instance.operator[0]}" and totals.entity_id == order_id
    assert Decimal(totals.new["goods_amount"]) - Decimal(totals.old["goods_amount"]) == difference
    assert Decimal(totals.new["balance_due"]) == difference and totals.new["line"] == int(line["Id"])
    (row,) = audit_rows(db, order_id, "line.update")
    assert row.user == f"otapi:{instance.operator[0]}" and row.station and row.at >= started.replace(microsecond=0)
    assert row.entity_id == line["Id"]
    assert row.old == {"status": "ready", "price_cust": line["PriceCust"], "weight_kg": None,
                       "operator_comment": ""}
    assert row.new["price_cust"] == "12.30" and row.new["status"] == "price_confirmation"
    assert row.new["via"] == UPDATE
    # the customer agreed: back to ready; the purchase figures too (money: audited again)
    client.call(UPDATE, update(order_id, line["Id"], "<StatusId>2</StatusId>"
                                                     "<OriginalPriceWithoutDelivery>11.00</OriginalPriceWithoutDelivery>"
                                                     "<OriginalDeliveryPrice>6</OriginalDeliveryPrice>"))
    after = lines_of(client, order_id)[0]
    assert (after["StatusId"], after["PurchPrice"], after["PurchDelivery"]) == ("2", "11.00", "6.00")
    rows = audit_rows(db, order_id, "line.update")
    assert len(rows) == 2 and rows[0].old == {"status": "price_confirmation", "purch_price": None,
                                              "purch_delivery": None}
    # the same values again change nothing and write no row
    client.call(UPDATE, update(order_id, line["Id"], "<InternalPrice>12.3</InternalPrice>"))
    assert len(audit_rows(db, order_id, "line.update")) == 2
    # the answer is OT's void answer, in XML
    raw = httpx.post(f"{server.url}/service/{UPDATE}", timeout=10, data={
        "instanceKey": instance.key, "sessionId": client.session("operator"),
        **update(order_id, line["Id"], "<Weight>0.5</Weight>")})
    assert raw.status_code == 200 and raw.text.count("<VoidOtapiAnswer>") == 1
    assert "<ErrorCode>Ok</ErrorCode>" in raw.text and "<Result>" not in raw.text


def test_update_line_refusals_name_the_parameter(instance: Instance, client: OtapiClient, db: Database) -> None:
    order_id, (line, other) = paid_order(client, instance, lines=2)
    other_order, (foreign,) = paid_order(client, instance)
    line_id = line["Id"]
    cases = [
        (update(order_id, line_id, "<InternalPrice>-1</InternalPrice>"), "xmlUpdateData", E.INVALID_PARAMETER,
         "negative"),
        (update(order_id, line_id, "<InternalPrice>cheap</InternalPrice>"), "xmlUpdateData", E.INVALID_PARAMETER,
         "not a number"),
        (update(order_id, line_id, "<InternalPrice>1.005</InternalPrice>"), "xmlUpdateData", E.INVALID_PARAMETER,
         "two decimals"),
        (update(order_id, line_id, "<OriginalDeliveryPrice>-0.01</OriginalDeliveryPrice>"), "xmlUpdateData",
         E.INVALID_PARAMETER, "OriginalDeliveryPrice"),
        (update(order_id, line_id, "<StatusId>99</StatusId>"), "xmlUpdateData", E.INVALID_PARAMETER, "99"),
        (update(order_id, line_id, "<StatusId>two</StatusId>"), "xmlUpdateData", E.INVALID_PARAMETER, "whole"),
        (update(order_id, line_id, "<Quantity>3</Quantity>"), "xmlUpdateData", E.INVALID_PARAMETER, "Quantity"),
        (update(order_id, line_id, ""), "xmlUpdateData", E.INVALID_PARAMETER, "changes nothing"),
        (update(order_id, line_id, "<Weight>1</Weight><Weight>2</Weight>"), "xmlUpdateData", E.INVALID_PARAMETER,
         "more than once"),
        (update(order_id, line_id, "<ConfigExternalId>1</ConfigExternalId>"), "xmlUpdateData", E.NOT_AVAILABLE,
         "configuration"),
        ({**update(order_id, line_id, "<Weight>1</Weight>"), "xmlUpdateData": "<OrderLine><Weight>1</Weight>"
                                                                              "</OrderLine>"},
         "xmlUpdateData", E.INVALID_PARAMETER, "root"),
        # statuses a person may not set from ready
        (update(order_id, line_id, "<StatusId>8</StatusId>"), "xmlUpdateData", E.NOT_AVAILABLE, "warehouse"),
        (update(order_id, line_id, "<StatusId>1</StatusId>"), "xmlUpdateData", E.NOT_AVAILABLE, "payment"),
        (update(order_id, line_id, "<StatusId>6</StatusId>"), "xmlUpdateData", E.NOT_AVAILABLE,
         "needs a marketplace order"),
        (update(order_id, line_id, "<StatusId>4</StatusId>"), "xmlUpdateData", E.NOT_AVAILABLE, "outcome unknown"),
        # unknown or ill-typed ids
        (update(order_id, "999999999", "<Weight>1</Weight>"), "orderLineId", E.NOT_FOUND, "no line"),
        (update(order_id, foreign["Id"], "<Weight>1</Weight>"), "orderLineId", E.NOT_FOUND, "no line"),
        (update(order_id, "first", "<Weight>1</Weight>"), "orderLineId", E.INVALID_PARAMETER, "whole number"),
        (update("ORD-0999999997", line_id, "<Weight>1</Weight>"), "orderId", E.NOT_FOUND, "does not exist"),
        ({"orderId": order_id, "orderLineId": line_id}, "xmlUpdateData", E.INVALID_PARAMETER, "required"),
        ({"salesId": order_id, **update(order_id, line_id, "<Weight>1</Weight>")}, "salesId", E.INVALID_PARAMETER,
         "no parameter"),
    ]
    for params, parameter, code_, words in cases:
        error = refused(client, UPDATE, params)
        assert (error.parameter, error.code) == (parameter, code_), (params, error)
        assert words in error.description and f"Parameter {parameter}" in error.description, error.description
    # nothing of it was applied or audited
    assert lines_of(client, order_id) == [line, other]
    assert audit_rows(db, order_id, "line.update") == []
    # a customer session is not an operator's
    with pytest.raises(E.AccessDenied) as denied:
        client.call(UPDATE, update(order_id, line_id, "<Weight>1</Weight>"), session="customer")
    assert denied.value.sub_code == "WrongSessionKind"
    # cancelled is final: cancelling is allowed on an unbought line, then nothing moves it
    client.call(UPDATE, update(order_id, line_id, "<StatusId>13</StatusId>"))
    assert lines_of(client, order_id)[0]["StatusId"] == "13"
    error = refused(client, UPDATE, update(order_id, line_id, "<StatusId>2</StatusId>"))
    assert error.code == E.NOT_AVAILABLE and "final" in error.description
    error = refused(client, UPDATE, update(order_id, line_id, "<InternalPrice>1.00</InternalPrice>"))
    assert (error.code, error.parameter) == (E.NOT_AVAILABLE, "xmlUpdateData") and "not charged" in error.description
    assert "InternalPrice" in error.description
    assert other_order != order_id


def test_status_moves_forward_on_a_bound_line(client: OtapiClient, db: Database) -> None:
    """A demo line the workstation booked: purchased -> sent by seller by hand; never back, never
    cancelled while on its marketplace order."""
    from workstation.store.models import OrderLine

    found = client.result("SearchOrderLines", {"xmlSearchParameters": (
        "<OrderLineSearchParameters><StatusIdList><Id>6</Id></StatusIdList></OrderLineSearchParameters>"),
        "frameSize": "200"})["Content"]
    with db.read() as s:
        bound = {li.id for li in s.query(OrderLine).filter(OrderLine.id.in_([int(li["Id"]) for li in found]),
                                                           OrderLine.provider_order_id.is_not(None))}
    line = next(li for li in found if int(li["Id"]) in bound and li["VendPurchId"])
    order_id, line_id = line["OrderId"], line["Id"]
    for status, words in (("5", "forward"), ("13", "unbind it first"), ("2", "unbinding")):
        error = refused(client, UPDATE, update(order_id, line_id, f"<StatusId>{status}</StatusId>"))
        assert (error.code, error.parameter) == (E.NOT_AVAILABLE, "xmlUpdateData") and words in error.description
    client.call(UPDATE, update(order_id, line_id, "<StatusId>7</StatusId>"))
    assert next(li for li in lines_of(client, order_id) if li["Id"] == line_id)["StatusId"] == "7"
    # its marketplace order number is the ledger's: another one is refused, the same one is fine
    error = refused(client, PURCHASE, {"salesId": order_id, "salesLineId": line_id, "vendPurchId": "1234"})
    assert (error.code, error.parameter) == (E.NOT_AVAILABLE, "vendPurchId") and "bound" in error.description
    client.call(PURCHASE, {"salesId": order_id, "salesLineId": line_id, "vendPurchId": line["VendPurchId"]})


# ---------------------------------------------------------------- ChangeSalesOrderLinePurchaseInfoForOperator

def test_purchase_info_over_json_lets_the_warehouse_find_the_line(server: Server, instance: Instance,
                                                                 json_client: OtapiClient, db: Database) -> None:
    from workstation.services.warehouse.matching import MatchingService
    from workstation.services.warehouse.receiving import ReceivingService

    order_id, (line,) = paid_order(json_client, instance)
    waybill, vendor = code("YT"), code("33")
    # the parcel came before its waybill: the clerk kept it as unmatched
    kept = ReceivingService(db).record_unmatched(waybill, clerk="clerk", workstation="dock")
    raw = httpx.post(f"{server.url}/service-json/{PURCHASE}", timeout=10, data={
        "instanceKey": instance.key, "sessionId": json_client.session("operator"), "salesId": order_id,
        "salesLineId": str(line["Id"]), "vendPurchId": vendor, "vendPurchWaybill": f"  {waybill.lower()}\n"})
    assert raw.text.startswith('{"ErrorCode":"Ok"') and "Result" not in raw.json()
    after = lines_of(json_client, order_id)[0]
    # normalised as scans are; bought by hand, so no booking buys it again
    assert (after["VendPurchId"], after["VendPurchWaybill"], after["StatusId"]) == (vendor, waybill, 6)
    # the warehouse finds it by the code as scanned, the kept parcel is matched to it
    found = json_client.result("SearchOrderLines", {"xmlSearchParameters": (
        f"<OrderLineSearchParameters><VendorPurchaseWaybillIdList><Id>{waybill.lower()}</Id>"
        "</VendorPurchaseWaybillIdList></OrderLineSearchParameters>")})
    assert [li["Id"] for li in found["Content"]] == [line["Id"]]
    assert '"kind": "waybill"' in cli(server.data_dir, "--json", "lookup", waybill.lower()).stdout
    parcel = next(p for p in MatchingService(db).list() if p.id == kept.id)
    assert parcel.matched_line_id == int(line["Id"]) and parcel.matched_order_id == order_id
    (row,) = audit_rows(db, order_id, "line.purchase_info")
    assert row.user == f"otapi:{instance.operator[0]}" and row.station
    assert row.old == {"vend_purch_id": None, "vend_purch_waybill": None, "status": "ready"}
    assert row.new["vend_purch_id"] == vendor and row.new["vend_purch_waybill"] == waybill
    assert row.new["status"] == "purchased" and row.new["via"] == PURCHASE
    # a booking of the order has nothing left to buy
    account = json_client.result("GetProviderOrdersIntegrationSessionInfoList",
                                 {"providerType": "Taobao"})["Content"][0]["Id"]
    with pytest.raises(E.OtapiError) as nothing:
        json_client.call("RunOrderExportingToProvider", {
            "providerType": "Taobao", "providerSessionId": account,
            "xmlParameters": f"<Parameters><OrderId>{order_id}</OrderId></Parameters>"})
    assert "no lines ready" in nothing.value.description
    # cancelling it is refused while it is on that marketplace order; clearing the number makes it ready
    error = refused(json_client, UPDATE, update(order_id, str(line["Id"]), "<StatusId>13</StatusId>"))
    assert error.code == E.NOT_AVAILABLE and "marketplace order" in error.description
    json_client.call(PURCHASE, {"salesId": order_id, "salesLineId": str(line["Id"]), "vendPurchId": ""})
    after = lines_of(json_client, order_id)[0]
    assert (after["VendPurchId"], after["VendPurchWaybill"], after["StatusId"]) == ("", "", 2)
    assert len(audit_rows(db, order_id, "line.purchase_info")) == 2


def test_purchase_info_refusals(instance: Instance, client: OtapiClient, db: Database) -> None:
    order_id, (line,) = paid_order(client, instance)
    line_id = line["Id"]
    base = {"salesId": order_id, "salesLineId": line_id}
    cases = [
        (base, "vendPurchId", E.INVALID_PARAMETER, "required"),
        ({**base, "vendPurchWaybill": code("SF")}, "vendPurchWaybill", E.NOT_AVAILABLE, "no marketplace order"),
        ({**base, "vendPurchId": "9" * 65}, "vendPurchId", E.INVALID_PARAMETER, "longer than 64"),
        ({**base, "salesLineId": "x", "vendPurchId": "1"}, "salesLineId", E.INVALID_PARAMETER, "whole number"),
        ({**base, "salesLineId": "999999999", "vendPurchId": "1"}, "salesLineId", E.NOT_FOUND, "no line"),
        ({**base, "salesId": "ORD-0999999996", "vendPurchId": "1"}, "salesId", E.NOT_FOUND, "does not exist"),
        ({**base, "vendPurchId": "1", "purchPrice": "5"}, "purchPrice", E.INVALID_PARAMETER, "no parameter"),
    ]
    for params, parameter, code_, words in cases:
        error = refused(client, PURCHASE, params)
        assert (error.parameter, error.code) == (parameter, code_), (params, error)
        assert words in error.description, error.description
    # an unpaid order's line is not bought by hand
    (plain_id, plain_sku), _tmall = taobao_items()
    unpaid = add_order(client, instance, [(plain_id, plain_sku, 1)])
    unpaid_line = lines_of(client, unpaid["Id"])[0]["Id"]
    error = refused(client, PURCHASE, {"salesId": unpaid["Id"], "salesLineId": unpaid_line, "vendPurchId": "77"})
    assert (error.parameter, error.code) == ("vendPurchId", E.NOT_AVAILABLE) and "not paid" in error.description
    assert lines_of(client, order_id) == [line]
    assert audit_rows(db, order_id, "line.purchase_info") == []


def test_an_open_booking_keeps_its_purchase_info(instance: Instance, client: OtapiClient, db: Database) -> None:
    """A booking sent without a clear answer holds the line: nobody overwrites what it may have bought."""
    from workstation.services.audit import Actor
    from workstation.services.purchase import ledger

    order_id, (line,) = paid_order(client, instance)
    line_id = int(line["Id"])
    now = datetime.now(UTC)
    with db.write() as s:
        intent_id, claimed = ledger.open_intent(
            s, provider="taobao", account="nobody-logs-in", client_ref=f"WS-{uuid.uuid4().hex[:12]}", seller_id="s",
            seller_nick="s", activity_id="test", lines=[ledger.IntentLine(line_id, "item", None, 1,
                                                                          Decimal(line["PriceCust"]), False)], now=now)
        assert claimed == [line_id]
        ledger.mark_unknown(s, ledger.lock(s, intent_id), "timeout", now, by="test")
    try:
        held(client, db, order_id, line, intent_id)
    finally:  # a person checked on the marketplace: nothing was bought; the line is free again
        with db.write() as s:
            ledger.release(s, ledger.lock(s, intent_id), ledger.GIVEN_UP, "test over", actor=Actor("test", "t"),
                           by="test", now=datetime.now(UTC))
    assert lines_of(client, order_id)[0]["StatusId"] == "2"


def held(client: OtapiClient, db: Database, order_id: str, line: dict[str, Any], intent_id: int | None) -> None:
    from workstation.store.models import OrderLine

    line_id = int(line["Id"])
    before = lines_of(client, order_id)
    assert before[0]["StatusId"] == "4"
    for params, parameter in (({"vendPurchId": "5551"}, "vendPurchId"),
                              ({"vendPurchWaybill": code("JT")}, "vendPurchWaybill"),
                              ({"vendPurchId": "", "vendPurchWaybill": ""}, "vendPurchId")):
        error = refused(client, PURCHASE, {"salesId": order_id, "salesLineId": line["Id"], **params})
        assert (error.code, error.parameter) == (E.NOT_AVAILABLE, parameter)
        assert "no outcome yet" in error.description and "is not overwritten" in error.description
    error = refused(client, UPDATE, update(order_id, line["Id"], "<OriginalPriceWithoutDelivery>1.00"
                                                                 "</OriginalPriceWithoutDelivery>"))
    assert (error.code, error.parameter) == (E.NOT_AVAILABLE, "xmlUpdateData")
    assert "OriginalPriceWithoutDelivery" in error.description and "no outcome yet" in error.description
    assert lines_of(client, order_id) == before
    assert audit_rows(db, order_id, "line.") == []
    with db.read() as s:
        assert s.get(OrderLine, line_id).provider_order_id == intent_id  # type: ignore[union-attr]
