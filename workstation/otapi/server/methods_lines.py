"""OT API methods: an operator's changes to one order line (UpdateOrderLineForOperator,
ChangeSalesOrderLinePurchaseInfoForOperator), a face of `services.otapi.lines`.

The handlers read OT's parameters and `OrderLineUpdateData`, and turn the service's refusals
into OT errors naming the parameter (and, inside `xmlUpdateData`, the element) at fault.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation
from typing import Any

from workstation.otapi import errors as E  # noqa: N812 - the OT module as a short namespace (E.NotFound)
from workstation.otapi.server import structures as S  # noqa: N812 - the OT module as a short namespace (S.order)
from workstation.otapi.server.methods import Call, Param, method, order_param
from workstation.services.audit import Actor
from workstation.services.errors import UserFacingError
from workstation.services.otapi.lines import LineChanges, LineNotFound, LineRefused, LineUpdate

# OrderLineUpdateData's children (H: the ones OT Box sends; OperatorComment is ours, L) ->
# (LineUpdate field, how the text is read). The meaning of each is our choice (docs/otapi.md).
UPDATE_DATA = "OrderLineUpdateData"
UPDATE_ELEMENTS: dict[str, tuple[str, str]] = {
    "StatusId": ("status", "status"),
    "InternalPrice": ("price_cust", "decimal"),  # the customer's price per unit, yuan
    "Weight": ("weight_kg", "decimal"),  # kg
    "OriginalPriceWithoutDelivery": ("purch_price", "decimal"),  # the marketplace price per unit
    "OriginalDeliveryPrice": ("purch_delivery", "decimal"),  # the marketplace delivery of the line
    "OperatorComment": ("operator_comment", "text"),
}
# OT Box sends these too; the platform does not take them through the OT API (yet).
NOT_TAKEN = {"ConfigExternalId": "changing the configuration is done in a booking's question "
                                 "(the marketplace's configurations are checked there)"}
ELEMENT_OF = {field: tag for tag, (field, _kind) in UPDATE_ELEMENTS.items()}


def _service(call: Call) -> LineChanges:
    core = call.platform.core
    return LineChanges(core.db, core.scans.matching if core.scans is not None else None)


def _actor(call: Call) -> Actor:
    """Who changed it, in the audit: the OT login, at the station that serves the OT API, with the
    role of the person who started the server (cli_commands._otapi_needs_person)."""
    served_as = call.platform.core.actor
    return Actor(f"otapi:{call.caller.login}", served_as.workstation, served_as.role, served_as.name,
                 served_as.signed_in)


@contextmanager
def _refusals(order: str, line: str, parameter: Any) -> Iterator[None]:
    """The service's refusals as OT errors: unknown order or line -> NotFound naming `order` /
    `line`; a wrong value -> InvalidParameter, a refused change -> NotAvailable, naming
    `parameter(field)` (a parameter name, and the element inside an xml parameter)."""
    try:
        yield
    except LineNotFound as exc:
        name = order if exc.field == "order" else line
        raise E.not_found(name, str(exc)) from None
    except LineRefused as exc:
        name, element = parameter(exc.field)
        text = f"Parameter {name}: {element + ': ' if element else ''}{exc}"
        if exc.invalid:
            raise E.OtapiError(E.INVALID_PARAMETER, text, sub_code="InvalidValue", parameter=name) from None
        raise E.OtapiError(E.NOT_AVAILABLE, text, parameter=name) from None
    except UserFacingError as exc:  # a concurrent edit: read again and repeat
        name, _element = parameter("")
        raise E.OtapiError(E.NOT_AVAILABLE, f"Parameter {name}: {exc}", parameter=name) from None


def _update_data(root: Any) -> LineUpdate:
    name = "xmlUpdateData"
    values: dict[str, Any] = {}
    for child in root:
        if not isinstance(child.tag, str):  # comments, processing instructions
            continue
        tag = child.tag
        if tag in NOT_TAKEN:
            raise E.OtapiError(E.NOT_AVAILABLE, f"Parameter {name}: {tag}: not taken here; {NOT_TAKEN[tag]}.",
                               parameter=name)
        if tag not in UPDATE_ELEMENTS:
            raise E.invalid(name, f"{UPDATE_DATA} has no element {tag[:60]!r} "
                                  f"(it takes {', '.join(UPDATE_ELEMENTS)})")
        field, kind = UPDATE_ELEMENTS[tag]
        if field in values:
            raise E.invalid(name, f"{tag} is given more than once")
        raw = (child.text or "").strip()
        if kind == "text":
            values[field] = child.text or ""
            continue
        if not raw:
            raise E.invalid(name, f"{tag} is empty")
        if kind == "status":
            try:
                status_id = int(raw)
            except ValueError:
                raise E.invalid(name, f"StatusId {raw[:40]!r} is not a whole number") from None
            if status_id not in S.BY_STATUS_ID:
                raise E.invalid(name, f"StatusId {status_id} is not a line status (GetOrderLineStatusList)")
            values[field] = S.BY_STATUS_ID[status_id]
            continue
        try:
            number = Decimal(raw)
        except InvalidOperation:
            raise E.invalid(name, f"{tag} {raw[:40]!r} is not a number") from None
        if not number.is_finite():
            raise E.invalid(name, f"{tag} is not a finite number")
        values[field] = number
    if not values:
        raise E.invalid(name, f"{UPDATE_DATA} changes nothing (it takes {', '.join(UPDATE_ELEMENTS)})")
    return LineUpdate(**values)


@method("UpdateOrderLineForOperator", "VoidOtapiAnswer", Param("orderId"), Param("orderLineId", "int"),
        Param("xmlUpdateData", "xml", root=UPDATE_DATA))
def update_order_line(call: Call) -> None:
    change = _update_data(call.args["xmlUpdateData"])
    with _refusals("orderId", "orderLineId", lambda field: ("xmlUpdateData", ELEMENT_OF.get(field, ""))):
        _service(call).update_line(order_param(call, "orderId"), call.args["orderLineId"], change, _actor(call))


PURCHASE_PARAMS = {"vend_purch_id": "vendPurchId", "vend_purch_waybill": "vendPurchWaybill"}


@method("ChangeSalesOrderLinePurchaseInfoForOperator", "VoidOtapiAnswer", Param("salesId"),
        Param("salesLineId", "int"), Param("vendPurchId", required=False), Param("vendPurchWaybill", required=False))
def change_purchase_info(call: Call) -> None:
    vendor, waybill = call.args["vendPurchId"], call.args["vendPurchWaybill"]
    if vendor is None and waybill is None:
        raise E.missing("vendPurchId")
    first = "vendPurchId" if vendor is not None else "vendPurchWaybill"
    with _refusals("salesId", "salesLineId", lambda field: (PURCHASE_PARAMS.get(field, first), "")):
        _service(call).change_purchase_info(order_param(call, "salesId"), call.args["salesLineId"],
                                            vend_purch_id=vendor, waybill=waybill, actor=_actor(call))
