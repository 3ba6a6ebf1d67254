"""Taobao Global payload builders: product, purchase orders, logistics (spec 2.4, money in fen)."""

from __future__ import annotations

import json
from decimal import Decimal

from workstation.sandbox import inferred
from workstation.sandbox.clock import epoch_ms
from workstation.sandbox.goods import ItemState
from workstation.sandbox.orders import LineView, OrderView, PackageView

IMAGE = "https://img.alicdn.com/imgextra/sandbox/{}.jpg"


def fen(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value())


def money(amount: Decimal) -> dict:
    return {"amount": fen(amount), "currency": "CNY"}


def product(state: ItemState) -> dict:
    item = state.item
    promo = state.promotion_price
    return {
        "mp_id": item.item_id, "item_id": int(item.native_item_id), "title": item.title,
        "price": fen(state.price), "promotion_price": fen(promo) if promo is not None else None,
        "coupon_price": None, "postFee": 0 if item.is_tmall else 800, "begin_amount": 1,
        "quantity": state.stock, "status": inferred.TG_ITEM_STATUS.get(state.status, state.status),
        "item_type": "TMALL" if item.is_tmall else "TAOBAO", "shop_id": int(item.seller_id) % 10**9,
        "shop_name": item.seller_nick, "user_nick": item.seller_nick, "category_id": "50000671",
        "category_name": "", "category_path": "", "pic_urls": [IMAGE.format(item.item_id)],
        "description": f"<p>{item.title}</p>", "product_unit": "件",
        "promotion_displays": ([{"type_name": "天猫促销", "promotion_info_list": [
            {"activity_code": "TMALL_DISCOUNT", "promotion_name": "限时折扣"}]}] if promo is not None else []),
        "sku_list": [{
            "sku_id": int(s.sku.native_sku_id), "mp_skuId": int(s.sku_id), "price": fen(s.price),
            "promotion_price": fen(s.promotion_price) if s.promotion_price is not None else None,
            "coupon_price": None, "quantity": s.stock, "status": "ON_SALE" if s.stock else "SOLD_OUT",
            "pic_url": IMAGE.format(s.sku.native_sku_id), "postFee": 0 if item.is_tmall else 800,
            "properties": [{"prop_id": int(p.prop_id), "prop_name": p.name, "value_id": int(p.value_id),
                            "value_name": p.value, "value_desc": p.value} for p in s.sku.properties],
        } for s in state.skus],
    }


def _sku_pv(line: LineView) -> dict:
    def pairs(text: str) -> str:
        return json.dumps([{"prop_name": k, "value_name": v} for k, v in
                           (part.split(":", 1) for part in text.split(";") if ":" in part)],
                          ensure_ascii=False)
    return {"en": pairs(line.config_en), "zh": pairs(line.config_text)}


def _logistic_orders(order: OrderView, line: LineView) -> list[dict]:
    return [{"logistic_company_name": p.company_name, "logistic_number": p.waybill,
             "rts_time": epoch_ms(p.ship_at)} for p in order.shipped_packages if line.line_id in p.line_ids]


def sub_order(order: OrderView, line: LineView, index: int) -> dict:
    status = inferred.STATUS_TG[line.state]
    logistic = _logistic_orders(order, line)
    post_fee = order.post_fee if index == 0 else Decimal(0)
    return {
        "sub_purchase_order_id": int(line.line_id), "purchase_order_outer_id": order.outer_id,
        "purchase_order_line_outer_id": line.outer_line_id, "item_id": int(line.item_id),
        "sku_id": int(line.sku_id) if line.sku_id else None, "status": status,
        "close_reason": order.close_reason if order.state == "cancelled" else None,
        "error_code": None, "error_message": None, "detail_error_code": None,
        "quantity": line.quantity, "title": line.title, "order_line_no": line.client_line_no,
        "purchase_amount": fen(line.amount + post_fee), "pay_amount": fen(line.amount + post_fee),
        "product_amount": fen(line.amount), "domestic_post_fee": fen(post_fee),
        "logistic_orders": logistic, "international_logistic_orders": [],
        "logistic_company_name": logistic[0]["logistic_company_name"] if logistic else None,
        "logistic_number": logistic[0]["logistic_number"] if logistic else None,
        "rts_time": logistic[0]["rts_time"] if logistic else None,
        "supply_chain_service_orders": [],
        "sku_info": {"skuPv": _sku_pv(line), "skuImgUrl": IMAGE.format(line.native_sku_id)},
        "option_fields": {}, "refund_id": None, "refund_status": 0,
        "can_confirm_receipt": line.state == "shipped", "order_remark_v2": None,
        "alipay_pay_order_no": None,
        "weight": str(line.weight * line.quantity),  # Inferred: kg, not in the spec's list
    }


def purchase_order(order: OrderView, buyer: dict) -> dict:
    addr = order.address
    awaiting = order.state == "awaiting_payment"
    return {
        "purchase_id": int(order.order_id), "outer_purchase_id": order.client_ref,
        "seller_order_number": addr.get("_seller_order_number"), "status": inferred.STATUS_TG[order.state],
        "sub_user_id": None, "distributor_nick": order.login, "supplier_nick": order.seller_nick,
        "source_market": "TB", "order_source": "OPEN_API",
        "purchase_amount": fen(order.total_amount), "pay_amount": fen(order.total_amount),
        "product_amount": fen(order.goods_amount), "domestic_post_fee": fen(order.post_fee),
        "hongbao_deduction_amount": 0, "purchase_currency": "CNY", "pay_currency": "CNY",
        "created_time": epoch_ms(order.created_at), "modify_time": epoch_ms(order.modified_at),
        "pay_time": epoch_ms(order.paid_at),
        "next_close_time_without_payment": epoch_ms(
            order.created_at + inferred.AUTO_CANCEL_UNPAID_HOURS * 3600) if awaiting else None,
        "receiver": {k: addr.get(k) for k in ("country", "state", "city", "district", "address", "zip")},
        "sub_purchase_orders": [sub_order(order, line, i) for i, line in enumerate(order.lines)],
    }


def _traces(package: PackageView, now: float) -> list[dict]:
    steps = [(0, "COLLECTED", "已揽收", "GOT", "金华市"), (8, "DELIVERING", "运输中", "DEPARTURE", "金华市"),
             (30, "DELIVERING", "到达转运中心", "ARRIVAL", "广州市"), (48, "SIGNED", "已签收", "SIGN", "广州市")]
    return [{"time": epoch_ms(package.ship_at + h * 3600), "status": status, "status_desc": desc,
             "standerd_desc": desc, "action": action, "province": "", "city": city, "district": "",
             "facility_name": f"{city}转运中心", "next_city": "", "next_node_name": ""}
            for h, status, desc, action, city in steps if package.ship_at + h * 3600 <= now]


def logistics_detail(order: OrderView, line: LineView, now: float) -> dict:
    addr = order.address
    details = []
    for package in order.shipped_packages:
        if line.line_id not in package.line_ids:
            continue
        lines = [ln for ln in order.lines if ln.line_id in package.line_ids]
        status = inferred.TG_LOGISTICS_STATUS.get(order.state, "DELIVERING")
        details.append({
            "mail_no": package.waybill,
            "logistics_partner": [{"company": package.company_name, "company_contact": "95338",
                                   "company_image_url": ""}],
            "logistics_status": status, "logistics_desc": "运输中" if status == "DELIVERING" else "已签收",
            "goods_number": sum(ln.quantity for ln in lines),
            "logistics_goods": [{"title": ln.title, "property": ln.config_text, "quantity": ln.quantity,
                                 "image_url": IMAGE.format(ln.native_sku_id)} for ln in lines],
            "receiver": {"name": addr.get("name"), "phone": addr.get("phone") or addr.get("mobile_phone"),
                         "province": addr.get("state"), "city": addr.get("city"),
                         "district": addr.get("district"), "address": addr.get("address"),
                         "zip_code": addr.get("zip")},
            "logistics_traces": _traces(package, now),
            "weight": str(sum(ln.weight * ln.quantity for ln in lines)),  # Inferred, kg
        })
    return {"purchase_order_outer_id": order.outer_id, "pnm_logistics_details": details}
