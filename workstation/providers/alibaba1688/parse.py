"""Reading 1688 answers: per-API error envelopes, fen/yuan per field (spec 1.16), dates, DTOs."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal

import httpx

from workstation.providers.alibaba1688 import inferred
from workstation.providers.base import (
    FEN,
    AuthExpired,
    BookingLimitReached,
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
from workstation.providers.wire import Fields, json_object

PROVIDER = "1688"
log = logging.getLogger(__name__)
CHINA = timezone(timedelta(hours=inferred.PLATFORM_UTC_OFFSET_HOURS))

# ---------------------------------------------------------------- dates

_DATE = re.compile(r"^(\d{14})(\d{3})?([+-]\d{4})$")


def parse_date(text: str) -> datetime:
    """`20180614101942000+0800` (or without millis) -> an aware UTC datetime."""
    text = text.strip()
    match = _DATE.match(text)
    if match:
        base, millis, zone = match.groups()
        parts = [int(base[i:j]) for i, j in ((0, 4), (4, 6), (6, 8), (8, 10), (10, 12), (12, 14))]
        sign = -1 if zone[0] == "-" else 1
        offset = timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5])) * sign
        # fixed-width fields: strptime would silently re-split an impossible month or day
        local = datetime(*parts, int(millis or 0) * 1000, tzinfo=timezone(offset))
        return local.astimezone(UTC)
    try:  # `yyyy-MM-dd HH:mm:ss`, platform time
        return datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=CHINA).astimezone(UTC)
    except ValueError:
        raise ValueError(f"not a 1688 date: {text!r}") from None


def format_date(moment: datetime) -> str:
    """An aware datetime -> `yyyyMMddHHmmssSSS+0800` (the format of spec 1.1)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    local = moment.astimezone(CHINA)
    return local.strftime("%Y%m%d%H%M%S") + f"{local.microsecond // 1000:03d}" + "+0800"


def opt_date(fields: Fields, key: str) -> datetime | None:
    """A date field, or None when absent. A date in a spelling we do not know is logged
    (field and value) and left empty: one odd date must not fail the whole order read."""
    if not fields.has(key):
        return None
    value = fields.data[key]
    try:
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise ValueError("not text")
        return parse_date(str(value))
    except ValueError:
        log.warning("%s %s.%s: date in an unexpected spelling %.80r; left empty", PROVIDER,
                    fields.path, key, value)
        return None


# ---------------------------------------------------------------- envelopes


@dataclass(frozen=True)
class Shape:
    """Where one API puts its success flag and its error code and message (spec 1.4)."""

    success: str | None
    code: str
    message: str


PREVIEW = Shape("success", "errorCode", "errorMsg")
CREATE = Shape("success", "code", "message")
TRADE = Shape("success", "errorCode", "errorMessage")  # get.buyerView, list, logistics
PRODUCT = Shape("success", "errorCode", "errMsg")


def business_error(code: str, message: str) -> ProviderError:
    """The typed error for a 1688 business error code."""
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


def envelope(response: httpx.Response, what: str, shape: Shape, scrubber) -> Fields:
    """The answer as Fields, or the typed error for a gateway or business failure."""
    try:
        data = json_object(response, PROVIDER, what)
    except ProviderError:
        if response.status_code != 200:
            raise status_failure(PROVIDER, what, response, scrubber=scrubber) from None
        raise
    body = Fields(data, PROVIDER)
    if "error_code" in data or response.status_code != 200:
        raise _gateway_error(response, body, what, scrubber)
    if shape.success is not None and body.flag(shape.success, default=True) is False:
        code = body.opt_text(shape.code)
        raise business_error(code, scrubber(body.opt_text(shape.message)))
    return body


def _gateway_error(response: httpx.Response, body: Fields, what: str, scrubber):
    code = body.opt_text("error_code") or body.opt_text("error")
    message = scrubber(body.opt_text("error_message") or body.opt_text("error_description"))
    kw = {"code": code or None, "provider": PROVIDER}
    if not code:
        return status_failure(PROVIDER, what, response, scrubber=scrubber)
    if response.status_code == 401 or code in inferred.AUTH_CODES:
        return AuthExpired(message or "authorization needed", **kw)
    if code in inferred.RATE_LIMIT_CODES:
        wait = retry_after_header(response)
        return RateLimited(message or code, retry_after=wait if wait is not None
                           else ban_seconds(message), **kw)
    if response.status_code >= 500:
        return TransportError(f"{what}: HTTP {response.status_code} {message}".strip(),
                              outcome_unknown=True, **kw)
    return business_error(code, message)


# ---------------------------------------------------------------- DTOs


def offer(info: Fields) -> Offer:
    """`productInfo` (spec 1.14) -> Offer; prices are yuan on this API."""
    skus = tuple(_sku(s) for s in info.objs("skuInfos"))
    sale = info.opt_obj("saleInfo")
    if skus:
        price = min(s.price for s in skus)
        stock = sum(s.stock for s in skus)
    else:
        ranges = sale.objs("priceRanges") if sale else []
        if not ranges:
            raise info._fail("saleInfo.priceRanges", "a price")
        price = min(r.yuan("price") for r in ranges)
        stock = (sale.opt_int("amountOnSale") if sale else None) or 0
    online = sale.flag("supportOnlineTrade", default=True) if sale else True
    image = info.opt_obj("image")
    images = image.data.get("images") if image else None
    return Offer(
        item_id=info.text("productID"),
        title=info.text("subject"),
        seller_id=info.opt_text("supplierUserId") or info.opt_text("supplierLoginId"),
        seller_nick=info.opt_text("supplierLoginId"),
        price=price,
        promotion_price=None,
        stock=stock,
        is_tmall=False,
        available=info.opt_text("status") in inferred.OFFER_AVAILABLE_STATUSES and bool(online),
        skus=skus,
        image_url=str(images[0]) if isinstance(images, list) and images else "",
        native_item_id=info.text("productID"),
    )


def _sku(sku: Fields) -> OfferSku:
    props = tuple(
        SkuProperty(
            name=a.opt_text("attributeDisplayName") or a.opt_text("attributeName"),
            value=a.text("attributeValue"),
            prop_id=a.opt_text("attributeID"),
        )
        for a in sku.objs("attributes")
    )
    price = sku.opt_yuan("price") or sku.opt_yuan("consignPrice")
    if price is None:
        raise sku._fail("price", "a yuan price")
    return OfferSku(
        sku_id=sku.text("specId"),
        properties=props,
        price=price,
        promotion_price=None,
        stock=sku.opt_int("amountOnSale") or 0,
        native_sku_id=sku.opt_text("skuId"),
    )


def preview(body: Fields, quantities: dict[tuple[str, str], int]) -> OrderPreview:
    """`orderPreviewResuslt[]` (sic; spec 1.6): sums in fen, cargo amounts in yuan."""
    parts = body.objs("orderPreviewResuslt")
    if not parts:
        raise body._fail("orderPreviewResuslt", "a non-empty list")
    lines: list[PreviewLine] = []
    goods = delivery = total = yuan(0)
    for part in parts:
        if part.flag("status", default=True) is False:
            raise business_error(part.opt_text("resultCode"), part.opt_text("message"))
        for cargo in part.objs("cargoList"):
            code = cargo.opt_text("resultCode")
            if code and code not in ("200", "0", "SUCCESS", "success"):
                raise business_error(code, cargo.opt_text("message"))
            offer_id, spec_id = cargo.text("offerId"), cargo.opt_text("specId") or None
            lines.append(PreviewLine(
                item_id=offer_id, sku_id=spec_id,
                quantity=quantities.get((offer_id, spec_id or ""), 0),
                unit_price=cargo.yuan("finalUnitPrice"), amount=cargo.yuan("amount"),
            ))
        goods += part.fen("sumPaymentNoCarriage")
        delivery += part.fen("sumCarriage")
        total += part.fen("sumPayment")
    return OrderPreview(goods, delivery, total, tuple(lines))


def created_order_ids(body: Fields) -> list[str]:
    """Order ids of a createCrossOrder answer (one, or `orderList[]` when split).

    Spec 1.7 quirk: `success:false` with an orderId is a placed order, so ids win
    over flags; failure is raised only when no id came back.
    """
    result = body.opt_obj("result")
    ids: list[str] = []
    if result is not None:
        if result.has("orderId"):
            ids.append(result.text("orderId"))
        ids += [o.text("orderId") for o in result.objs("orderList") if o.has("orderId")]
    return list(dict.fromkeys(ids))


def create_failure(body: Fields) -> ProviderError:
    result = body.opt_obj("result")
    failed = result.objs("failedOfferList") if result else []
    if failed:
        first = failed[0]
        return business_error(first.opt_text("errorCode"), first.opt_text("errorMessage"))
    src = result if result is not None and (result.has("code") or result.has("message")) else body
    return business_error(src.opt_text("code"), src.opt_text("message"))


def order(trade: Fields) -> ProviderOrder:
    """TradeInfo (spec 1.8): baseInfo money in yuan; waybills from nativeLogistics."""
    base = trade.obj("baseInfo")
    order_id = base.opt_text("idOfStr") or base.text("id")
    by_line: dict[str, list[str]] = {}
    native = trade.opt_obj("nativeLogistics")
    for item in native.objs("logisticsItems") if native else []:
        bill = item.opt_text("logisticsBillNo")
        if not bill or item.opt_text("type") == "2":
            continue
        for sub in item.opt_text("subItemIds").split(","):
            if sub.strip():
                by_line.setdefault(sub.strip(), []).append(bill)
    lines = tuple(_line(p, by_line) for p in trade.objs("productItems"))
    return ProviderOrder(
        order_id=order_id,
        client_ref=base.opt_text("outOrderId") or None,
        status=base.text("status"),
        # productInfo names its seller by supplierUserId: pair it with sellerUserId.
        seller_id=base.opt_text("sellerUserId") or base.opt_text("sellerID"),
        goods_amount=base.opt_yuan("sumProductPayment") or sum((ln.amount for ln in lines), yuan(0)),
        delivery_amount=base.opt_yuan("shippingFee") or yuan(0),
        total_amount=base.yuan("totalAmount"),
        lines=lines,
        created_at=opt_date(base, "createTime"),
        modified_at=opt_date(base, "modifyTime"),
        account=base.opt_text("buyerLoginId"),
    )


def paid_unit_price(amount: Decimal, quantity: int) -> Decimal:
    """The unit price actually paid: `itemAmount / quantity`, exact when it divides to the fen,
    else rounded half up to the fen (so `unit_price * quantity` may then differ from the
    line amount by under a fen per unit; the amount stays the platform's own figure)."""
    unit = amount / quantity
    return unit.quantize(FEN) if unit == unit.quantize(FEN) else unit.quantize(FEN, ROUND_HALF_UP)


def _line(item: Fields, waybills: dict[str, list[str]]) -> ProviderOrderLine:
    """A productItems[] entry. Spec 1.8: `price` is the original unit price, `itemAmount` the
    amount actually paid for the line (1688's own sample: price 0.1, quantity 1, itemAmount
    0.05), so the unit price we keep is the paid one and `price` goes to `list_price`."""
    line_id = item.opt_text("subItemIDString") or item.text("subItemID")
    config = ";".join(f"{s.text('name')}:{s.text('value')}" for s in item.objs("skuInfos"))
    quantity = item.integer("quantity")
    amount = item.yuan("itemAmount")
    list_price = item.opt_yuan("price")
    if quantity > 0:
        unit_price = paid_unit_price(amount, quantity)
    elif list_price is not None:
        unit_price = list_price
    else:
        raise item._fail("quantity", "a positive quantity (or a price)")
    return ProviderOrderLine(
        line_id=line_id,
        item_id=item.text("productID"),
        sku_id=item.opt_text("specId") or None,
        title=item.opt_text("name"),
        quantity=quantity,
        unit_price=unit_price,
        amount=amount,
        status=item.opt_text("status"),
        waybills=tuple(dict.fromkeys(waybills.get(line_id, []))),
        config_text=config,
        list_price=list_price,
    )


def waybills(body: Fields, order_id: str) -> list[Waybill]:
    """getLogisticsInfos `result[]`: one waybill per package with the sub-items it carries."""
    found: list[Waybill] = []
    for pkg in body.objs("result"):
        bill = pkg.opt_text("logisticsBillNo")
        if not bill:
            continue
        items = [g.opt_text("tradeOrderItemId") for g in pkg.objs("logisticsOrderGoods")]
        line_ids = [i for i in items if i]
        if not line_ids:
            line_ids = [e.strip() for e in pkg.opt_text("orderEntryIds").split(",") if e.strip()]
        found.append(Waybill(bill, pkg.opt_text("logisticsCompanyName"),
                             tuple(dict.fromkeys(line_ids))))
    return found
