"""Reading Taobao Global (IOP) answers: both envelope variants, fen amounts, epoch-ms times, DTOs."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal

import httpx

from workstation.providers.base import (
    FEN,
    AuthExpired,
    BookingLimitReached,
    MalformedResponse,
    NotFound,
    Offer,
    OfferSku,
    OrderPreview,
    OutOfStock,
    PreviewLine,
    ProviderError,
    ProviderOrder,
    ProviderOrderLine,
    RateLimited,
    SkuProperty,
    TransportError,
    ValidationFailed,
    Waybill,
    yuan,
)
from workstation.providers.http import ban_seconds, retry_after_header, status_failure
from workstation.providers.taobao_global import inferred
from workstation.providers.wire import Fields, json_object

PROVIDER = "taobao"
log = logging.getLogger(__name__)


def business_error(code: str, message: str) -> ProviderError:
    """The typed error for an IOP business `error_code`."""
    kw = {"code": code or None, "provider": PROVIDER}
    text = message or code or "refused"
    if code in inferred.OUT_OF_STOCK_CODES:
        return OutOfStock(text, **kw)
    if code in inferred.NOT_FOUND_CODES:
        return NotFound(text, **kw)
    if code in inferred.BOOKING_LIMIT_CODES:
        return BookingLimitReached(text, **kw)
    if code in inferred.AUTH_CODES:
        return AuthExpired(text, **kw)
    if code in inferred.RATE_LIMIT_CODES:
        return RateLimited(text, retry_after=ban_seconds(text), **kw)
    return ValidationFailed(text, **kw)


def platform_fault(code: str) -> bool:
    """Does this IOP error code say the platform did not finish (so a write may have happened)?"""
    folded = code.lower()
    return code in inferred.PLATFORM_FAULT_CODES or any(w in folded for w in inferred.PLATFORM_FAULT_WORDS)


def envelope(response: httpx.Response, what: str, scrubber) -> Fields:
    """The business payload of an IOP answer, or the typed error it carries.

    Gateway failures: `{type, code, message}` with `code` != "0". Business payloads:
    `{success, error_code, error_msg, data}` at the top, or the same inside `result`
    (render, logistics detail); `biz_error_code` on the traffic APIs (spec 2.1).
    """
    try:
        data = json_object(response, PROVIDER, what)
    except ProviderError:
        if response.status_code != 200:
            raise status_failure(PROVIDER, what, response, scrubber=scrubber) from None
        raise
    body = Fields(data, PROVIDER)
    code = body.opt_text("code", "0")
    if code != "0":
        message = scrubber(body.opt_text("message"))
        kw = {"code": code, "provider": PROVIDER}
        if code in inferred.RATE_LIMIT_CODES:
            wait = retry_after_header(response)
            raise RateLimited(message or code,
                              retry_after=wait if wait is not None else ban_seconds(message), **kw)
        if code in inferred.AUTH_CODES:
            raise AuthExpired(message or code, **kw)
        if response.status_code >= 500 or platform_fault(code):
            raise TransportError(f"{what}: {message or code}", outcome_unknown=True, **kw)
        raise business_error(code, message)  # a refusal with its reason, ISV, ISP or SYSTEM
    if response.status_code != 200:
        raise status_failure(PROVIDER, what, response, scrubber=scrubber)
    inner = body.opt_obj("result")
    payload = inner if inner is not None and not body.has("data") else body
    ok = payload.flag("success", default=None)
    error_code = payload.opt_text("error_code") or payload.opt_text("biz_error_code")
    if ok is False or (ok is None and error_code and error_code != "0"):
        message = payload.opt_text("error_msg") or payload.opt_text("error_message") \
            or payload.opt_text("biz_error_msg")
        raise business_error(error_code, scrubber(message))
    return payload


def from_ms(fields: Fields, key: str) -> datetime | None:
    """An epoch-milliseconds time (number or string) -> an aware UTC datetime.

    Any other spelling is logged (field and value) and left empty: one odd date must not
    fail the whole order read."""
    if not fields.has(key):
        return None
    try:
        return datetime.fromtimestamp(fields.integer(key) / 1000, UTC)
    except (MalformedResponse, ValueError, OverflowError, OSError):
        log.warning("%s %s.%s: date in an unexpected spelling %.80r; left empty", PROVIDER,
                    fields.path, key, fields.data.get(key))
        return None


def money(fields: Fields, key: str) -> Decimal | None:
    """A fen amount that is either a bare number or `{amount, currency}` (render)."""
    if not fields.has(key):
        return None
    inner = fields.data[key]
    if isinstance(inner, dict):
        return fields.obj(key).fen("amount")
    return fields.fen(key)


# ---------------------------------------------------------------- DTOs


def offer(data: Fields) -> Offer:
    """`/product/get` data: prices in fen; item_id = mpId, native_item_id = Taobao item_id."""
    skus = tuple(_sku(s) for s in data.objs("sku_list"))
    price = min((s.price for s in skus), default=None) or data.fen("price")
    promos = [s.promotion_price for s in skus if s.promotion_price is not None]
    promo = min(promos) if promos else _promotion(data, data.fen("price"))
    stock = sum(s.stock for s in skus) if skus else (data.opt_int("quantity") or 0)
    pics = data.data.get("pic_urls")
    return Offer(
        item_id=data.text("mp_id"),
        title=data.text("title"),
        # Purchase orders name the seller only by supplier_nick: the nick is the identity.
        seller_id=data.opt_text("user_nick") or data.opt_text("shop_id"),
        seller_nick=data.opt_text("user_nick") or data.opt_text("shop_name"),
        price=price,
        promotion_price=promo,
        stock=stock,
        is_tmall=data.opt_text("item_type") in inferred.TMALL_ITEM_TYPES
        or data.flag("is_tmall", default=False) is True,
        available=data.opt_text("status", "ON_SALE") in inferred.AVAILABLE_ITEM_STATUSES,
        skus=skus,
        image_url=str(pics[0]) if isinstance(pics, list) and pics else "",
        native_item_id=data.opt_text("item_id"),
    )


def _promotion(fields: Fields, price: Decimal) -> Decimal | None:
    """`promotion_price` when it is really lower than the price (0 or equal means none)."""
    promo = fields.opt_fen("promotion_price")
    return promo if promo is not None and Decimal(0) < promo < price else None


def _sku(sku: Fields) -> OfferSku:
    props = tuple(
        SkuProperty(name=p.opt_text("prop_name"), value=p.opt_text("value_name")
                    or p.opt_text("value_desc"), prop_id=p.opt_text("prop_id"),
                    value_id=p.opt_text("value_id"))
        for p in sku.objs("properties")
    )
    price = sku.fen("price")
    gone = sku.opt_text("status") in inferred.DELETED_SKU_STATUSES
    return OfferSku(
        sku_id=sku.text("mp_skuId"),
        properties=props,
        price=price,
        promotion_price=_promotion(sku, price),
        stock=0 if gone else (sku.opt_int("quantity") or 0),
        native_sku_id=sku.opt_text("sku_id"),
    )


def preview(payload: Fields) -> OrderPreview:
    """`result.data` of `/purchase/order/render`: per-seller blocks, unit prices in fen."""
    data = payload.obj("data")
    unavailable = data.objs("unavailable_sku_list")
    if unavailable:
        bad = unavailable[0]
        raise business_error(bad.opt_text("error_code"),
                             bad.opt_text("error_msg") or bad.opt_text("reason"))
    lines: list[PreviewLine] = []
    goods = delivery = total = yuan(0)
    for block in data.objs("render_item_list"):
        block_goods = yuan(0)
        for info in block.objs("item_price_infos"):
            unit = money(info, "discount_price") or money(info, "origin_price")
            if unit is None:
                raise info._fail("origin_price", "a price")
            qty = info.integer("quantity")
            lines.append(PreviewLine(info.text("item_id"), info.opt_text("sku_id") or None, qty,
                                     unit, yuan(unit * qty)))
            block_goods += yuan(unit * qty)
        fee = money(block, "mainland_shipping_fee") or yuan(0)
        goods, delivery = goods + block_goods, delivery + fee
        total += money(block, "order_fee") or (block_goods + fee)
    if not lines:
        raise data._fail("render_item_list", "priced lines")
    return OrderPreview(goods, delivery, total, tuple(lines))


def created_ids(payload: Fields) -> list[str]:
    data = payload.opt_obj("data")
    if data is None:
        return []
    return [o.text("purchase_id") for o in data.objs("order_list") if o.has("purchase_id")]


def create_failure(payload: Fields) -> ProviderError | None:
    data = payload.opt_obj("data")
    if data is None or (data.flag("success", default=None) is not False
                        and not data.has("error_code")):
        return None
    return business_error(data.opt_text("error_code"), data.opt_text("error_message")
                          or data.opt_text("error_msg"))


def order(po: Fields) -> ProviderOrder:
    """One `purchase_orders[]` element of `/purchase/orders/query` (money in fen)."""
    lines = tuple(_line(s) for s in po.objs("sub_purchase_orders"))
    goods = money(po, "product_amount")
    if goods is None:
        goods = sum((ln.amount for ln in lines), yuan(0))
    delivery = money(po, "domestic_post_fee") or yuan(0)
    total = money(po, "purchase_amount")
    return ProviderOrder(
        order_id=po.text("purchase_id"),
        client_ref=po.opt_text("outer_purchase_id") or None,
        status=po.text("status"),
        seller_id=po.opt_text("supplier_nick"),
        goods_amount=goods,
        delivery_amount=delivery,
        total_amount=total if total is not None else goods + delivery,
        lines=lines,
        created_at=from_ms(po, "created_time"),
        modified_at=from_ms(po, "modify_time"),
        account=po.opt_text("distributor_nick") or po.opt_text("sub_user_id"),
    )


def _line(sub: Fields) -> ProviderOrderLine:
    qty = sub.integer("quantity")
    amount = money(sub, "product_amount")
    if amount is None:
        amount = money(sub, "purchase_amount")
    if amount is None:
        raise sub._fail("product_amount", "an amount")
    bills = [lo.opt_text("logistic_number") for lo in sub.objs("logistic_orders")]
    bills.append(sub.opt_text("logistic_number"))
    return ProviderOrderLine(
        line_id=sub.text("sub_purchase_order_id"),
        item_id=sub.text("item_id"),
        sku_id=sub.opt_text("sku_id") or None,
        title=sub.opt_text("title"),
        quantity=qty,
        # the paid unit price, rounded half up to the fen when it does not divide (as on 1688)
        unit_price=(amount / qty).quantize(FEN, ROUND_HALF_UP) if qty else amount,
        amount=amount,
        status=sub.opt_text("status"),
        waybills=tuple(dict.fromkeys(b for b in bills if b)),
        config_text=_config(sub),
    )


def _config(sub: Fields) -> str:
    """`sku_info.skuPv.zh` (spec 2.3: JSON strings) as `name:value;...`.

    The JSON text may hold a list of `{prop_name, value_name}` pairs or plain text.
    """
    info = sub.opt_obj("sku_info")
    pv = info.data.get("skuPv") if info else None
    if isinstance(pv, str):
        pv = _loads(pv)
    if not isinstance(pv, dict):
        return ""
    text = pv.get("zh") or pv.get("en")
    value = _loads(text) if isinstance(text, str) else text
    if isinstance(value, list):
        return ";".join(f"{p.get('prop_name', '')}:{p.get('value_name', '')}"
                        for p in value if isinstance(p, dict))
    return value if isinstance(value, str) else ""


def _loads(text: str):
    try:
        return json.loads(text)
    except ValueError:
        return text


def packages(payload: Fields, line_id: str) -> list[Waybill]:
    """`/logistics/detail/get` `result.data.pnm_logistics_details[]` -> waybills of one line."""
    data = payload.obj("data")
    found = []
    for pkg in data.objs("pnm_logistics_details"):
        if not pkg.has("mail_no"):
            continue
        partners = pkg.objs("logistics_partner")
        company = partners[0].opt_text("company") if partners else ""
        found.append(Waybill(pkg.text("mail_no"), company, (line_id,)))
    return found
