"""Seed 003's workflow through the OT API client, over real HTTP, against `otapi serve`.

1 AddOrder; 2 PostTransaction + SalesPaymentReserve; 3 provider sessions; 4 export with a
question answered through DoStepActionForBackgroundActivity; 5 synchronise; 6 unbind and
bind again; 7 SearchOrderLines by provider order id and by waybill. Then cancelling, and
the JSON endpoint.
"""

from __future__ import annotations

import json
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.otapi import Instance, Server, cli
from workstation.otapi import codec
from workstation.otapi import errors as E  # noqa: N812 - the OT module as a short namespace (E.NotFound)
from workstation.otapi.client import OtapiClient
from workstation.sandbox.catalogue import build_catalogue

EXPORT = "ProviderOrdersIntegrationExporting"


@pytest.fixture(autouse=True, scope="module")
def no_tmall_promotions(demo_dir: Path) -> None:
    """Seed 003: Autopurchase does not take Tmall discounts; booking one asks the operator."""
    cli(demo_dir, "settings", "set", "taobao", "tmall_promotions_allowed", "false")


def truthy(value: Any) -> bool:
    return value is True or value == "true"


def wait_activity(client: OtapiClient, result: dict[str, Any], timeout: float = 60) -> dict[str, Any]:
    """Poll GetBackgroundActivityInfo (as OT Box does) until it ends or asks."""
    kind, activity_id = result["Type"], result["Id"]["Value"]
    deadline = time.monotonic() + timeout
    while True:
        info = client.result("GetBackgroundActivityInfo", {"activityType": kind, "activityId": activity_id})
        if truthy(info["IsFinished"]) or truthy(info["IsAwaitingAction"]):
            return info
        assert time.monotonic() < deadline, f"activity {activity_id} still {info['State']}"
        time.sleep(0.1)


def add_order(client: OtapiClient, instance: Instance, items: list[tuple[str, str, int]]) -> dict[str, Any]:
    xml = codec.fragment("OrderAddData", {
        "DeliveryModeId": instance.delivery, "Comment": "shop order 5521",
        "Items": codec.Items("Item", [{"Id": i, "ConfigurationId": c, "Quantity": q} for i, c, q in items])})
    return client.result("AddOrder", {"xmlAddData": xml}, session="customer")


def lines_of(client: OtapiClient, order_id: str) -> list[dict[str, Any]]:
    detail = client.result("GetSalesOrderDetailsForOperator", {"salesId": order_id, "filter": "", "queryType": "0"})
    return detail["SalesLinesList"]


def taobao_items() -> tuple[tuple[str, str], tuple[str, str]]:
    """A plain Taobao item and a Tmall one with a promotion (booking asks about it)."""
    catalogue = [i for i in build_catalogue() if i.provider.value == "taobao"]
    plain = next(i for i in catalogue if not i.is_tmall and i.skus and i.skus[0].stock > 10)
    tmall = next(i for i in catalogue if i.is_tmall and i.skus and i.skus[0].promotion_price and i.skus[0].stock > 10)
    return ((plain.native_item_id or plain.item_id, plain.skus[0].native_sku_id or plain.skus[0].sku_id),
            (tmall.native_item_id or tmall.item_id, tmall.skus[0].native_sku_id or tmall.skus[0].sku_id))


def test_seed_003_workflow(server: Server, instance: Instance, client: OtapiClient) -> None:
    (plain_id, plain_sku), (tmall_id, tmall_sku) = taobao_items()

    # 1. AddOrder with the customer's session
    info = add_order(client, instance, [(plain_id, plain_sku, 2), (tmall_id, tmall_sku, 1)])
    order_id = info["Id"]
    assert order_id.startswith("ORD-") and info["IsPaid"] == "false"
    lines = lines_of(client, order_id)
    assert [li["Qty"] for li in lines] == ["2", "1"] and {li["ProviderType"] for li in lines} == {"Taobao"}
    assert all(li["StatusId"] == "1" for li in lines)

    # 4 before 2: an unpaid order cannot be exported, and the error says so
    sessions = client.result("GetProviderOrdersIntegrationSessionInfoList", {"providerType": "Taobao"})["Content"]
    account = sessions[0]["Id"]  # 3. provider sessions
    run = {"providerType": "Taobao", "providerSessionId": account,
           "xmlParameters": f"<Parameters><OrderId>{order_id}</OrderId></Parameters>"}
    with pytest.raises(E.OtapiError) as unpaid:
        client.call("RunOrderExportingToProvider", run)
    assert "not paid" in unpaid.value.description and unpaid.value.parameter == "xmlParameters"

    # 2. payment simulation: deposit, then pay from the account
    total = Decimal(info["TotalAmount"])
    client.call("PostTransaction", {"customerId": instance.customer_id, "amount": str(total),
                                    "comment": "simulated", "isDebit": "false"})
    paid = client.result("SalesPaymentReserve", {"salesId": order_id, "amount": str(total)})
    assert Decimal(paid["SalesPaid"]) == total and Decimal(paid["RemainAmount"]) == 0
    assert client.result("GetSalesPaymentInfo", {"salesId": order_id})["CustBalanceAvail"] == "0.00"
    assert all(li["StatusId"] == "2" for li in lines_of(client, order_id))

    # 4. export; the Tmall line's question answered through DoStepActionForBackgroundActivity
    started = client.result("RunOrderExportingToProvider", run)
    assert started["Type"] == EXPORT
    activity = wait_activity(client, started)
    assert truthy(activity["IsAwaitingAction"]) and {"Id": "Cancel", "DisplayName": "Cancel"} in activity["Actions"]
    question = next(s for s in activity["Steps"] if s["Actions"])
    skip = next(a for a in question["Actions"] if a["Id"] == "skip")
    params = {p["Name"]: p["Value"] for p in skip["Parameters"]}
    client.call("DoStepActionForBackgroundActivity", {
        "activityType": EXPORT, "activityId": started["Id"]["Value"], "xmlParameters": codec.named_parameters(params)})
    done = wait_activity(client, started)
    assert truthy(done["IsFinished"]) and not truthy(done["IsCancelled"])
    # one question, one stored answer: the CLI (the GUI's store) shows the same answer
    seen = json.loads(cli(server.data_dir, "--json", "activity", started["Id"]["Value"], check=False).stdout)
    assert [s["answer"] for s in seen["steps"] if s["type"] == "question"] == ["skip"]
    lines = lines_of(client, order_id)
    booked, skipped = lines
    vendor_id = booked["VendPurchId"]
    assert vendor_id and booked["StatusId"] == "5" and not skipped["VendPurchId"]

    # 5. the agent pays on the marketplace, the seller ships; synchronising brings the waybill
    cli(server.data_dir, "sandbox", "pay", vendor_id)
    cli(server.data_dir, "sandbox", "advance", "72")
    synced = wait_activity(client, client.result("RunOrdersSynchronizingWithProvider", {
        "providerType": "Taobao", "providerSessionId": account,
        "xmlParameters": f"<Parameters><OrderIds><Id>{order_id}</Id></OrderIds></Parameters>"}))
    assert truthy(synced["IsFinished"])
    booked = lines_of(client, order_id)[0]
    waybill = booked["VendPurchWaybill"]
    assert waybill and int(booked["StatusId"]) in (6, 7)

    # 7. look lines up by provider order id and by waybill, framed
    by_vendor = client.result("SearchOrderLines", {"xmlSearchParameters": (
        f"<OrderLineSearchParameters><VendorPurchaseIdList><Id>{vendor_id}</Id></VendorPurchaseIdList>"
        "</OrderLineSearchParameters>"), "framePosition": "0", "frameSize": "10"})
    assert [li["Id"] for li in by_vendor["Content"]] == [booked["Id"]] and by_vendor["TotalCount"] == "1"
    by_waybill = client.result("SearchOrderLines", {"xmlSearchParameters": (
        "<OrderLineSearchParameters><OrderSearchParameters><OrderBy>CreationDate:DESC</OrderBy>"
        f"</OrderSearchParameters><VendorPurchaseWaybillIdList><Id>{waybill}</Id></VendorPurchaseWaybillIdList>"
        "</OrderLineSearchParameters>")})
    assert [li["Id"] for li in by_waybill["Content"]] == [booked["Id"]]
    everything = client.result("SearchOrderLines", {"framePosition": "1", "frameSize": "2"})
    assert len(everything["Content"]) == 2 and int(everything["TotalCount"]) > 2

    # 6. unbind (the order still lives on the marketplace: Force), then bind again
    unlink = {"providerType": "Taobao", "providerSessionId": account, "xmlParameters": (
        f"<Parameters><OrderId>{order_id}</OrderId><OrderLineIds><Id>{booked['Id']}</Id></OrderLineIds>"
        "</Parameters>")}
    with pytest.raises(E.OtapiError) as still_there:
        client.call("RunOrderUnlinkingFromProvider", unlink)
    assert "still exists" in still_there.value.description
    unlink["xmlParameters"] = unlink["xmlParameters"].replace("</Parameters>", "<Force>true</Force></Parameters>")
    assert truthy(wait_activity(client, client.result("RunOrderUnlinkingFromProvider", unlink))["IsFinished"])
    assert lines_of(client, order_id)[0]["VendPurchId"] == ""
    linked = wait_activity(client, client.result("RunOrderLinkingWithProvider", {
        "providerType": "Taobao", "providerSessionId": account, "xmlParameters": (
            f"<Parameters><OrderId>{order_id}</OrderId><VendorPurchaseId>{vendor_id}</VendorPurchaseId>"
            "</Parameters>")}))
    assert truthy(linked["IsFinished"])
    assert lines_of(client, order_id)[0]["VendPurchId"] == vendor_id

    # every activity is in SearchBackgroundActivities
    found = client.result("SearchBackgroundActivities", {"xmlSearchParameters": (
        f"<BackgroundActivitySearchParameters><Types><Type>{EXPORT}</Type></Types>"
        "</BackgroundActivitySearchParameters>")})["Content"]
    assert started["Id"]["Value"] in [a["Id"]["Value"] for a in found]


def test_cancel_an_activity_and_an_order(server: Server, instance: Instance, client: OtapiClient) -> None:
    (_plain, _sku), (tmall_id, tmall_sku) = taobao_items()
    info = add_order(client, instance, [(tmall_id, tmall_sku, 1)])
    order_id, total = info["Id"], info["TotalAmount"]
    client.call("PostTransaction", {"customerId": instance.customer_id, "amount": total})
    client.call("SalesPaymentReserve", {"salesId": order_id, "amount": total})
    account = client.result("GetProviderOrdersIntegrationSessionInfoList", {"providerType": "Taobao"})["Content"][0]["Id"]
    started = client.result("RunOrderExportingToProvider", {
        "providerType": "Taobao", "providerSessionId": account,
        "xmlParameters": f"<Parameters><OrderId>{order_id}</OrderId></Parameters>"})
    assert truthy(wait_activity(client, started)["IsAwaitingAction"])
    client.call("DoActionForBackgroundActivity", {"activityType": EXPORT, "activityId": started["Id"]["Value"],
                                                  "actionId": "Cancel"})
    after = wait_activity(client, started)
    assert truthy(after["IsFinished"]) and truthy(after["IsCancelled"]) and after["Actions"] == []
    with pytest.raises(E.OtapiError) as late:
        client.call("DoStepActionForBackgroundActivity", {
            "activityType": EXPORT, "activityId": started["Id"]["Value"],
            "xmlParameters": codec.named_parameters({"Choice": "skip"})})
    assert late.value.parameter == "activityId"
    # the customer cancels the order: its payment goes back to the account
    client.call("CancelSalesOrder", {"salesId": order_id}, session="customer")
    assert all(li["StatusId"] == "13" for li in lines_of(client, order_id))
    assert client.result("GetSalesPaymentInfo", {"salesId": order_id})["CustBalanceAvail"] == total


def test_json_endpoint(server: Server, instance: Instance) -> None:
    with OtapiClient(server.url, instance.key, operator=instance.operator, customer=instance.customer,
                     json_answers=True) as c:
        statuses = c.result("GetOrderLineStatusList")["Content"]
        assert {s["Id"] for s in statuses} >= {1, 2, 13}
        (plain_id, plain_sku), _tmall = taobao_items()
        info = add_order(c, instance, [(plain_id, plain_sku, 1)])
        assert info["IsPaid"] is False and info["Id"].startswith("ORD-")
        detail = c.result("GetSalesOrderDetailsForOperator", {"salesId": info["Id"], "queryType": "0"})
        line = detail["SalesLinesList"][0]
        assert set(line) >= {"Id", "ItemId", "ConfigId", "Qty", "PriceCust", "VendPurchId", "VendPurchWaybill",
                             "ProviderType", "StatusId", "StatusName"}
        orders = c.result("SearchOrders", {"xmlSearchParameters": (
            f"<OrderSearchParameters><Id>{info['Id']}</Id></OrderSearchParameters>")})
        assert [o["Id"] for o in orders["Content"]] == [info["Id"]] and orders["TotalCount"] == 1
        ready = c.result("GetSalesOrderDetailsForOperator", {"salesId": info["Id"], "queryType": "1"})
        assert ready["SalesLinesList"] == []  # not paid: nothing ready to purchase


def test_payment_refusals_name_their_parameter(server: Server, instance: Instance, client: OtapiClient) -> None:
    (plain_id, plain_sku), _tmall = taobao_items()
    info = add_order(client, instance, [(plain_id, plain_sku, 1)])
    before = Decimal(client.result("GetSalesPaymentInfo", {"salesId": info["Id"]})["CustBalanceAvail"])
    too_much = str(before + Decimal(info["TotalAmount"]) + 1)
    cases = [({"salesId": "ORD-0999999998", "amount": "1"}, "salesId", E.NOT_FOUND),
             ({"salesId": info["Id"], "amount": "-5"}, "amount", E.INVALID_PARAMETER),
             ({"salesId": info["Id"], "amount": "abc"}, "amount", E.INVALID_PARAMETER),
             ({"salesId": info["Id"], "amount": too_much}, "amount", E.NOT_AVAILABLE)]
    for params, parameter, code in cases:
        with pytest.raises(E.OtapiError) as caught:
            client.call("SalesPaymentReserve", params)
        assert (caught.value.parameter, caught.value.code) == (parameter, code), params
    with pytest.raises(E.OtapiError) as caught:
        client.call("PostTransaction", {"customerId": "NOBODY", "amount": "5"})
    assert (caught.value.parameter, caught.value.code) == ("customerId", E.NOT_FOUND)
    # half now, half later: paid only when all of it is
    half = (Decimal(info["TotalAmount"]) / 2).quantize(Decimal("0.01"))
    client.call("PostTransaction", {"customerId": instance.customer_id, "amount": info["TotalAmount"]})
    first = client.result("SalesPaymentReserve", {"salesId": info["Id"], "amount": str(half)})
    assert Decimal(first["RemainAmount"]) == Decimal(info["TotalAmount"]) - half
    assert client.result("GetSalesOrderDetailsForOperator", {"salesId": info["Id"]})["SalesOrderInfo"]["IsPaid"] == "false"
    client.call("SalesPaymentReserve", {"salesId": info["Id"], "amount": first["RemainAmount"]})
    detail = client.result("GetSalesOrderDetailsForOperator", {"salesId": info["Id"]})
    assert detail["SalesOrderInfo"]["IsPaid"] == "true" and detail["SalesLinesList"][0]["StatusId"] == "2"
