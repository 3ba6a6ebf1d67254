"""The workstation's rows seen through OT's structures: OrderInfo, OrderLineInfo,
SalesPaymentInfo, BackgroundActivity(Full)Info. Status ids and provider type names are
our choices where OT's table was not found (docs/otapi.md); each is declared once here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from workstation.domain import statuses as st
from workstation.otapi.codec import Items
from workstation.otapi.codes import (  # noqa: F401 - declared once for server and client
    BY_STATUS_ID,
    OT_PROVIDER,
    PROVIDER_TYPES,
    QUERY_TYPES,
    STATUS_IDS,
)
from workstation.services.activities import ActivityInfo
from workstation.services.dto import LineRow, OrderDetail, OrderRow
from workstation.services.otapi.intake import PaymentInfo, ot_item_id
from workstation.services.translations import Renderer


def status_list() -> Items:
    return Items("SalesLineStatusInfo", [
        {"Id": STATUS_IDS[s.code], "Name": s.ot_name, "Code": s.code, "DisplayName": s.name}
        for s in sorted(st.STATUSES, key=lambda s: STATUS_IDS[s.code])])


def order_info(row: OrderRow, *, comment: str = "", address: str = "", delivery_mode_id: str = "",
               customer_id: str = "") -> dict[str, Any]:
    total = row.goods_amount + row.delivery_amount
    status = st.status(row.status_code) if row.status_code else None
    return {
        "Id": row.id, "DisplayId": row.id,
        "StatusId": STATUS_IDS.get(row.status_code, 0), "StatusCode": row.status_code,
        "StatusName": status.ot_name if status else "",
        "CustId": customer_id, "CustName": row.customer_name, "ItemsCount": row.line_count,
        "GoodsAmount": row.goods_amount, "DeliveryAmount": row.delivery_amount, "TotalAmount": total,
        "SalesPaid": row.paid_amount, "RemainAmount": total - row.paid_amount,
        "CurrencyCode": "CNY", "CurrencySign": "¥", "CustComment": comment,
        "DeliveryModeId": delivery_mode_id, "DeliveryAddress": {"Address": address},
        "ProviderTypeEnum": OT_PROVIDER.get(row.provider, row.provider),
        "IsPaid": row.is_paid, "IsCancelled": row.status_code == st.CANCELLED,
        "CreatedDateTime": row.created_at,
        "CanCancel": int(not row.is_paid),
    }


def line_info(line: LineRow, *, image_url: Callable[[str], str] = str) -> dict[str, Any]:
    status = st.status(line.status)
    return {
        "Id": str(line.id), "OrderId": line.order_id, "LineNum": line.line_num,
        "ItemId": ot_item_id(line.provider, line.item_id), "ItemTaobaoId": line.item_id,
        "ConfigId": line.config_id or "", "ConfigText": line.config_text,
        "ConfigExternalTextOrig": line.config_text_orig, "NameOrig": line.title_orig,
        "BriefDescrTrans": line.title, "ProviderType": OT_PROVIDER.get(line.provider, line.provider),
        "ItemImageURL": image_url(line.image_url), "VendNick": line.seller_nick,
        "Qty": line.qty, "Weight": line.weight_kg,
        "StatusId": STATUS_IDS[line.status], "StatusCode": line.status, "StatusName": status.ot_name,
        "PriceCust": line.price_cust, "AmountCust": line.amount_cust, "CurrencyCust": "CNY",
        "PurchPrice": line.purch_price, "PurchDelivery": line.purch_delivery,
        "VendPurchId": line.vend_purch_id or "", "VendPurchWaybill": line.vend_purch_waybill or "",
        "CanBePurchased": line.status in (st.READY, st.PRICE_CONFIRMATION),
        "Label": line.label, "OperatorComment": line.operator_comment,
    }


def order_details(detail: OrderDetail, *, customer_id: str, delivery_mode_id: str,
                  status_ids: tuple[int, ...] | None = None,
                  image_url: Callable[[str], str] = str) -> dict[str, Any]:
    lines = [li for li in detail.lines if status_ids is None or STATUS_IDS[li.status] in status_ids]
    return {"SalesOrderInfo": order_info(detail.order, comment=detail.comment, address=detail.delivery_address,
                                         delivery_mode_id=delivery_mode_id, customer_id=customer_id),
            "SalesLinesList": Items("SalesLine", [line_info(li, image_url=image_url) for li in lines])}


def payment_info(info: PaymentInfo) -> dict[str, Any]:
    return {"SalesId": info.order_id, "CustId": info.customer_id, "CustBalanceAvail": info.balance,
            "SalesAmount": info.amount, "SalesPaid": info.paid, "RemainAmount": info.amount - info.paid,
            "CurrencyCode": info.currency}


def activity_id(info: ActivityInfo) -> dict[str, Any]:
    return {"Type": info.ot_type, "Id": {"Value": info.id}}


def activity_info(info: ActivityInfo, *, full: bool, language: str = "") -> dict[str, Any]:
    """An activity as OT answers it; its description and step messages in the request's `language`."""
    said = Renderer(language)
    out: dict[str, Any] = {
        "Id": {"Value": info.id}, "Type": info.ot_type, "Description": said.description(info),
        "IsFinished": info.is_finished, "IsCancelled": info.is_cancelled,
        "IsAwaitingAction": info.is_awaiting_action, "ProgressPercent": info.progress_percent,
        "State": info.state, "StartTime": info.created_at,
        "Actions": Items("Action", [{"Id": a.id, "DisplayName": a.label} for a in info.actions]),
    }
    if full:
        steps = []
        for step in info.steps:
            actions = []
            if step.type == "question" and step.answer is None and info.is_awaiting_action:
                actions = [{"Id": c.id, "DisplayName": c.label, "Type": "DoStepAction",
                            "Parameters": Items("Parameter", [
                                {"@Name": "QuestionKey", "#text": step.question_key or ""},
                                {"@Name": "Choice", "#text": c.id}])}
                           for c in step.choices]
            steps.append({"Type": step.type, "Message": said.text(step), "TimeFromStart": step.time_from_start,
                          "Answer": step.answer, "Actions": Items("Action", actions)})
        out["Steps"] = Items("Step", steps)
    return out
