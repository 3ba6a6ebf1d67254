"""OT API methods: sessions, orders, order search, payment."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from workstation.domain.barcodes import normalise_code
from workstation.otapi import errors as E  # noqa: N812 - the OT module as a short namespace (E.NotFound)
from workstation.otapi.codec import Items
from workstation.otapi.server import structures as S  # noqa: N812 - the OT module as a short namespace (S.order)
from workstation.otapi.server.methods import (
    CUSTOMER,
    OPERATOR,
    Call,
    Param,
    about,
    int_ids,
    method,
    order_param,
    require_kind,
    text,
    texts,
)
from workstation.services.orders import LineFilter
from workstation.services.otapi.intake import ItemRequest
from workstation.services.otapi.search import LineCriteria, OrderCriteria

MAX_FRAME = 1000
FRAME = (Param("framePosition", "int", required=False), Param("frameSize", "int", required=False))


# ---------------------------------------------------------------- sessions

@method("AuthenticateInstanceOperator", "SessionIdAnswer", Param("userLogin"), Param("userPassword"), session=None)
def authenticate_operator(call: Call) -> None:
    session_id = call.platform.instances.authenticate(call.caller, call.args["userLogin"],
                                                      call.args["userPassword"], OPERATOR)
    call.top["SessionId"] = {"Value": session_id}


@method("Authenticate", "AuthenticateAnswer", Param("userLogin"), Param("userPassword"),
        Param("rememberMe", "bool", required=False), session=None)
def authenticate_customer(call: Call) -> None:
    session_id = call.platform.instances.authenticate(call.caller, call.args["userLogin"],
                                                      call.args["userPassword"], CUSTOMER)
    call.top["SessionId"] = {"Value": session_id}


# ---------------------------------------------------------------- orders

def _detail(call: Call, order_id: str, status_ids: tuple[int, ...] | None = None) -> dict[str, Any]:
    core = call.platform.core
    with about("salesId"):
        detail = core.orders.order_detail(order_id)
    customer_id = call.platform.search.order_customer(order_id) or ""
    return S.order_details(detail, customer_id=customer_id, delivery_mode_id=call.caller.delivery_mode_id,
                           status_ids=status_ids, image_url=call.platform.public_image_url)


@method("AddOrder", "OrderInfoAnswer", Param("xmlAddData", "xml", root="OrderAddData"), session=CUSTOMER)
def add_order(call: Call) -> dict[str, Any]:
    require_kind(call, CUSTOMER)
    data = call.args["xmlAddData"]
    delivery = text(data, "DeliveryModeId")
    if delivery != call.caller.delivery_mode_id:
        raise E.not_found("xmlAddData", f"DeliveryModeId {delivery!r} is not a delivery mode of this instance")
    items = []
    for n, el in enumerate(data.findall("Items/Item"), start=1):
        item_id, qty = text(el, "Id"), text(el, "Quantity", "1")
        if not item_id:
            raise E.invalid("xmlAddData", f"Items/Item[{n}]/Id is required")
        if not qty.isdigit():
            raise E.invalid("xmlAddData", f"Items/Item[{n}]/Quantity {qty!r} is not a whole number")
        items.append(ItemRequest(item_id, text(el, "ConfigurationId") or None, int(qty), text(el, "Comment")))
    if not items:
        raise E.invalid("xmlAddData", "Items has no Item")
    customer = call.caller.customer_id or ""
    with about("xmlAddData"):
        result = call.platform.intake.add_order(customer, call.platform.instances.customer_name(customer),
                                                items, comment=text(data, "Comment"))
    detail = _detail(call, result.order_id)
    info = detail["SalesOrderInfo"]
    if result.dropped:
        info["AdditionalInfo"] = "Left out: " + "; ".join(result.dropped)
    return info


@method("CancelSalesOrder", "VoidOtapiAnswer", Param("salesId"), session="any")
def cancel_order(call: Call) -> None:
    order_id = order_param(call)
    with about("salesId"):
        call.platform.intake.cancel(order_id, call.caller.customer_id if call.caller.kind == CUSTOMER else None)


@method("GetSalesOrderDetailsForOperator", "SalesOrderDetailsAnswer", Param("salesId"),
        Param("filter", required=False), Param("queryType", "int", required=False))
def order_details(call: Call) -> dict[str, Any]:
    query_type = call.args["queryType"] or 0
    if query_type not in S.QUERY_TYPES:
        raise E.invalid("queryType", f"{query_type} is not one of {', '.join(map(str, S.QUERY_TYPES))}")
    return _detail(call, order_param(call), S.QUERY_TYPES[query_type])


@method("GetSalesOrderDetails", "SalesOrderDetailsAnswer", Param("salesId"), session=CUSTOMER)
def order_details_customer(call: Call) -> dict[str, Any]:
    return _detail(call, order_param(call))


def _frame(call: Call) -> tuple[int, int]:
    position = call.args.get("framePosition") or 0
    size = call.args.get("frameSize")
    size = 100 if size is None else size
    if position < 0:
        raise E.invalid("framePosition", "must be 0 or more")
    if not 1 <= size <= MAX_FRAME:
        raise E.invalid("frameSize", f"must be between 1 and {MAX_FRAME}")
    return position, size


def _order_criteria(call: Call, params: Any, name: str) -> OrderCriteria:
    customer = call.caller.customer_id if call.caller.kind == CUSTOMER else None
    if params is None:
        return OrderCriteria(customer_id=customer)
    ids = [normalise_code(i) for i in texts(params, "Id") + texts(params, "OrderIds/OrderId")
           + texts(params, "OrderIds/Id")]
    provider = text(params, "ProviderType")
    if provider and provider not in S.PROVIDER_TYPES:
        raise E.invalid(name, f"ProviderType {provider!r} is not one of {', '.join(S.PROVIDER_TYPES)}")
    moments = {}
    for tag in ("CreationDateFrom", "CreationDateTo"):
        value = text(params, tag)
        if value:
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                raise E.invalid(name, f"{tag} {value!r} is not a date and time") from None
            moments[tag] = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return OrderCriteria(customer_id=customer, order_ids=tuple(ids),
                         provider=S.PROVIDER_TYPES[provider] if provider else None,
                         created_from=moments.get("CreationDateFrom"), created_to=moments.get("CreationDateTo"))


@method("SearchOrders", "SalesOrderInfoListFrameAnswer",
        Param("xmlSearchParameters", "xml", required=False, root="OrderSearchParameters"), *FRAME, session="any")
def search_orders(call: Call) -> dict[str, Any]:
    position, size = _frame(call)
    frame = call.platform.search.orders(
        _order_criteria(call, call.args["xmlSearchParameters"], "xmlSearchParameters"), position, size)
    items = [_detail(call, oid)["SalesOrderInfo"] for oid in frame.ids]
    return {"Content": Items("Item", items), "TotalCount": frame.total}


@method("SearchOrderLines", "OrderLineInfoListFrameAnswer",
        Param("xmlSearchParameters", "xml", required=False, root="OrderLineSearchParameters"), *FRAME, session="any")
def search_order_lines(call: Call) -> dict[str, Any]:
    position, size = _frame(call)
    name = "xmlSearchParameters"
    params = call.args[name]
    orders = _order_criteria(call, params.find("OrderSearchParameters") if params is not None else None, name)
    vendor_ids: list[str] = []
    waybills: list[str] = []
    statuses: set[str] | None = None
    if params is not None:
        vendor_ids = texts(params, "VendorPurchaseIdList/Id")
        waybills = [normalise_code(w) for w in texts(params, "VendorPurchaseWaybillIdList/Id")]
        status_ids = int_ids(name, texts(params, "StatusIdList/Id"))
        if status_ids:
            unknown = [i for i in status_ids if i not in S.BY_STATUS_ID]
            if unknown:
                raise E.invalid(name, f"StatusIdList: unknown status id(s) {unknown}")
            statuses = {S.BY_STATUS_ID[i] for i in status_ids}
        if text(params, "CanBePurchased").lower() == "true":  # both given: lines in both
            purchasable = {S.BY_STATUS_ID[i] for i in S.QUERY_TYPES[1] or ()}
            statuses = purchasable if statuses is None else statuses & purchasable
    criteria = LineCriteria(orders=orders, vendor_ids=tuple(vendor_ids), waybills=tuple(waybills),
                            statuses=None if statuses is None else tuple(sorted(statuses)))
    frame = call.platform.search.lines(criteria, position, size)
    ids = frame.ids
    core = call.platform.core
    rows = {r.id: r for r in core.orders.list_lines(LineFilter(line_ids=tuple(ids)), limit=len(ids))} if ids else {}
    return {"Content": Items("Item", [S.line_info(rows[i], image_url=call.platform.public_image_url) for i in ids if i in rows]), "TotalCount": frame.total}


@method("GetOrderLineStatusList", "SalesLineStatusInfoListAnswer", session="any")
def line_statuses(call: Call) -> dict[str, Any]:
    return {"Content": S.status_list()}


# ---------------------------------------------------------------- payment

@method("PostTransaction", "VoidOtapiAnswer", Param("customerId"), Param("amount", "decimal"),
        Param("comment", required=False), Param("isDebit", "bool", required=False),
        Param("transactionDate", "datetime", required=False))
def post_transaction(call: Call) -> None:
    if call.args["amount"] <= 0:
        raise E.invalid("amount", "must be positive")
    with about("customerId"):
        call.platform.intake.post_transaction(call.args["customerId"], call.args["amount"],
                                              is_debit=bool(call.args["isDebit"]), comment=call.args["comment"] or "",
                                              at=call.args["transactionDate"])


@method("SalesPaymentReserve", "SalesPaymentInfoAnswer", Param("salesId"), Param("amount", "decimal"))
def payment_reserve(call: Call) -> dict[str, Any]:
    if call.args["amount"] <= 0:
        raise E.invalid("amount", "must be positive")
    order_id = order_param(call)
    with about("salesId"):
        call.platform.intake.payment_info(order_id)  # an unknown order is the salesId's fault
    with about("amount"):
        info = call.platform.intake.reserve(order_id, call.args["amount"])
    return S.payment_info(info)


@method("GetSalesPaymentInfo", "SalesPaymentInfoAnswer", Param("salesId"), session="any")
def payment_info(call: Call) -> dict[str, Any]:
    with about("salesId"):
        return S.payment_info(call.platform.intake.payment_info(order_param(call)))


# ---------------------------------------------------------------- operator changes

@method("CreatePackageForOperator", "CreatePackageForOperatorAnswer",
        Param("xmlCreateData", "xml", root="PackageCreateData"))
def create_package(call: Call) -> dict[str, Any]:
    """A parcel for the customer (the warehouse's ParcelService): our shape of PackageCreateData,
    `OrderId`, `Weight` (kg), `DeliveryTrackingNumber`, `Items/Item` of `OrderLineId` + `Quantity`."""
    from workstation.services.warehouse.parcels import ParcelItem

    data = call.args["xmlCreateData"]
    order_id = normalise_code(text(data, "OrderId"))
    if not order_id:
        raise E.invalid("xmlCreateData", "OrderId is required")
    items = []
    for n, el in enumerate(data.findall("Items/Item"), start=1):
        line, qty = text(el, "OrderLineId"), text(el, "Quantity")
        if not line.isdigit() or not qty.isdigit():
            raise E.invalid("xmlCreateData", f"Items/Item[{n}]: OrderLineId and Quantity must be whole numbers")
        items.append(ParcelItem(int(line), int(qty)))
    if not items:
        raise E.invalid("xmlCreateData", "Items has no Item")
    with about("xmlCreateData"):
        row = call.platform.core.parcels.form_parcel(
            order_id, items, clerk=f"otapi:{call.caller.login}", workstation="otapi",
            weight_kg=text(data, "Weight") or None, tracking=text(data, "DeliveryTrackingNumber") or None)
    return _package(row)


def _package(row: Any) -> dict[str, Any]:
    """A parcel (services.warehouse.ParcelRow) as CreatePackageForOperator and GetSalesPackageList
    answer it (L: our shape, see docs/otapi.md)."""
    return {"Id": row.id, "OrderId": row.order_id, "DeliveryTrackingNumber": row.tracking_number or "",
            "Weight": row.weight_kg, "CreatedDateTime": row.created_at,
            "Items": Items("Item", [{"OrderLineId": i.line_id, "Quantity": i.qty} for i in row.items])}


@method("GetSalesPackageList", "PackageAdminInfoListAnswer", Param("salesId"))
def package_list(call: Call) -> dict[str, Any]:
    """The parcels holding a line of the order (alone or with the customer's other orders), oldest
    first: how a client that lost CreatePackageForOperator's answer finds the package it made."""
    order_id = order_param(call)
    core = call.platform.core
    with about("salesId"):
        core.orders.order_detail(order_id)  # an unknown order is NotFound naming salesId
        rows = core.parcels.parcels_of(order_id)
    return {"Content": Items("Package", [_package(r) for r in rows])}
