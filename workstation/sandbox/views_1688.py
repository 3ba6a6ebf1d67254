"""1688 payload builders: productInfo, TradeInfo and logistics orders, field names per spec 1.8-1.14.

Units per spec 1.16: product prices, `baseInfo.totalAmount`/`shippingFee`/
`sumProductPayment` and `productItems[].price`/`itemAmount` are yuan numbers;
preview and creation amounts are integer fen (built in proto_1688). Per spec 1.8
`productItems[].price` is the original unit price and `itemAmount` what was actually paid
for the line; they differ on promotion prices and on `discount`-fault orders (faults.py).
"""

from __future__ import annotations

import zlib
from decimal import Decimal

from workstation.sandbox import inferred
from workstation.sandbox.clock import fmt_1688, fmt_plain
from workstation.sandbox.goods import ItemState
from workstation.sandbox.orders import COMPANY_IDS, LineView, OrderView

IMAGE = "https://cbu01.alicdn.com/img/ibank/sandbox/{}.jpg"


def fen(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value())


def user_id(member_id: str) -> int:
    """The numeric user id of a `b2b-...` member id."""
    digits = "".join(c for c in member_id if c.isdigit())
    return int(digits) if digits else zlib.crc32(member_id.encode())


def product_info(state: ItemState) -> dict:
    item = state.item
    prices = [s.price for s in state.skus] or [item.price]
    skus = [{
        "attributes": [{"attributeID": int(p.prop_id), "attributeValue": p.value,
                        "skuImageUrl": IMAGE.format(sku.sku.native_sku_id),
                        "attributeDisplayName": p.name, "attributeName": p.name}
                       for p in sku.sku.properties],
        "skuId": int(sku.sku.native_sku_id), "specId": sku.sku_id,
        "price": sku.price, "retailPrice": sku.price * 2, "consignPrice": sku.price,
        "amountOnSale": sku.stock, "cargoNumber": f"HH-{sku.sku.native_sku_id[-6:]}",
    } for sku in state.skus]
    return {
        "productID": int(item.item_id), "subject": item.title, "status": state.status,
        "categoryID": 1000 + zlib.crc32(item.title_en.encode()) % 9000, "categoryName": "",
        "attributes": [], "image": {"images": [IMAGE.format(item.item_id)]},
        "description": f"<p>{item.title}</p>", "mainVedio": "",
        "supplierLoginId": item.seller_nick, "supplierUserId": user_id(item.seller_id),
        "productCargoNumber": f"HH-{item.item_id[-6:]}", "crossBorderOffer": True,
        "referencePrice": f"{min(prices)}~{max(prices)}", "bookedCount": 0,
        "skuInfos": skus,
        "saleInfo": {"priceRanges": [{"startQuantity": 1, "price": min(prices)}],
                     "amountOnSale": state.stock, "minOrderQuantity": 1, "unit": "件",
                     "batchNumber": None, "sellunit": "件", "mixWholeSale": True,
                     "supportOnlineTrade": state.available, "priceAuth": False, "quoteType": 1,
                     "consignPrice": min(prices), "retailprice": min(prices) * 2},
        "shippingInfo": {"unitWeight": float(item.weight_kg), "sendGoodsAddressText": "浙江省 金华市"},
    }


def _line_status(order: OrderView, line: LineView) -> str:
    return inferred.STATUS_1688[line.state]


def _logistics_status(line: LineView) -> int:
    return {"shipped": 2, "received": 3, "finished": 3}.get(line.state, 1)


def product_item(order: OrderView, line: LineView) -> dict:
    status = _line_status(order, line)
    return {
        "productID": int(line.item_id), "skuID": int(line.native_sku_id or 0), "specId": line.sku_id,
        "subItemID": int(line.line_id), "subItemIDString": line.line_id, "name": line.title,
        "quantity": line.quantity, "unit": "件", "productImgUrl": [IMAGE.format(line.item_id)],
        "productSnapshotUrl": f"https://trade.1688.com/order/offer_snapshot.htm?order_entry_id={line.line_id}",
        "price": line.list_price, "itemAmount": line.amount, "refund": Decimal("0.00"),
        "entryDiscount": fen((line.unit_price - line.list_price) * line.quantity),
        "itemDiscountFee": Decimal("0.00"), "status": status,
        "statusStr": inferred.STATUS_STR_1688.get(status, status),
        "logisticsStatus": _logistics_status(line), "refundStatus": None, "refundId": None,
        "skuInfos": [{"name": part.split(":", 1)[0], "value": part.split(":", 1)[1]}
                     for part in line.config_text.split(";") if ":" in part],
        "cargoNumber": f"HH-{(line.native_sku_id or '')[-6:]}",
        "productCargoNumber": f"HH-{line.item_id[-6:]}",
        "gmtCreate": fmt_1688(order.created_at), "gmtModified": fmt_1688(order.modified_at),
        "gmtCompleted": fmt_1688(order.finished_at),
        "gmtPayExpireTime": fmt_plain(order.created_at + inferred.AUTO_CANCEL_UNPAID_HOURS * 3600),
        "quantityFactor": 1,
        "weight": line.weight, "weightUnit": "kg",  # Inferred: not in the spec's field list
    }


def trade_info(order: OrderView, buyer: dict, *, with_logistics: bool) -> dict:
    addr = order.address
    status = inferred.STATUS_1688[order.state]
    paid = order.paid_at is not None
    info = {
        "baseInfo": {
            "id": int(order.order_id), "idOfStr": order.order_id, "status": status,
            "totalAmount": order.total_amount, "shippingFee": order.post_fee,
            "sumProductPayment": order.goods_amount, "refund": Decimal("0.00"),
            "couponFee": Decimal("0.00"), "discount": 0,
            "createTime": fmt_1688(order.created_at), "payTime": fmt_1688(order.paid_at),
            "allDeliveredTime": fmt_1688(order.shipped_at), "receivingTime": fmt_1688(order.received_at),
            "completeTime": fmt_1688(order.finished_at), "modifyTime": fmt_1688(order.modified_at),
            "confirmedTime": fmt_1688(order.received_at),
            "buyerID": buyer["member_id"], "sellerID": order.seller_id,
            "buyerLoginId": order.login, "sellerLoginId": order.seller_nick,
            "buyerUserId": user_id(buyer["member_id"]), "sellerUserId": user_id(order.seller_id),
            "subBuyerLoginId": None,
            "sellerContact": {"name": "客服", "companyName": order.seller_nick,
                              "shopName": order.seller_nick, "imInPlatform": order.seller_nick},
            "buyerContact": {"name": order.login, "imInPlatform": order.login},
            "receiverInfo": {"toFullName": addr.get("fullName"), "toDivisionCode": addr.get("districtCode"),
                             "toMobile": addr.get("mobile"), "toPhone": addr.get("phone"),
                             "toPost": addr.get("postCode"), "toTownCode": None,
                             "toArea": " ".join(filter(None, (addr.get("provinceText"), addr.get("cityText"),
                                                              addr.get("areaText"), addr.get("address"))))},
            "remark": order.message, "buyerFeedback": order.message, "buyerMemo": None, "sellerMemo": None,
            "tradeType": "50060", "tradeTypeCode": order.trade_type, "tradeTypeDesc": "担保交易",
            "closeReason": order.close_reason if order.state == "cancelled" else None,
            "closeOperateType": ("CLOSE_TRADE_BY_BUYER" if order.close_reason == "buyerCancel"
                                 else "CLOSE_TRADE_BY_SYSTEM") if order.state == "cancelled" else None,
            "closeRemark": None, "refundStatus": None, "currency": "CNY", "businessType": "cb",
            "overSeaOrder": False, "outOrderId": order.client_ref,
            "payTimeout": int(inferred.AUTO_CANCEL_UNPAID_HOURS * 3600), "payTimeoutType": 0,
        },
        "productItems": [product_item(order, line) for line in order.lines],
        "tradeTerms": [{"payStatus": "2" if paid else ("8" if order.state == "cancelled" else "1"),
                        "payWay": "1", "phasAmount": order.total_amount,
                        "payTime": fmt_1688(order.paid_at), "phase": 1}],
        "extAttributes": [],
    }
    if with_logistics:
        info["nativeLogistics"] = {
            "contactPerson": addr.get("fullName"), "mobile": addr.get("mobile"),
            "telephone": addr.get("phone"), "province": addr.get("provinceText"),
            "city": addr.get("cityText"), "area": addr.get("areaText"), "town": addr.get("townText"),
            "address": addr.get("address"), "zip": addr.get("postCode"),
            "areaCode": addr.get("districtCode"), "townCode": None,
            "logisticsItems": [{
                "id": int(p.logistics_id[2:]), "logisticsBillNo": p.waybill, "logisticsCode": p.logistics_id,
                "logisticsCompanyId": COMPANY_IDS.get(p.company_code, "0"),
                "logisticsCompanyNo": p.company_code, "logisticsCompanyName": p.company_name,
                "status": "alreadysend", "type": "1", "subItemIds": ",".join(p.line_ids),
                "deliveredTime": fmt_1688(p.ship_at), "carriage": order.post_fee if p.package_no == 1 else 0,
                "fromProvince": "浙江省", "fromCity": "金华市", "toProvince": addr.get("provinceText"),
                "toCity": addr.get("cityText"),
            } for p in order.shipped_packages],
        }
    return info


def logistics_order(order: OrderView, package, *, received: bool) -> dict:
    addr = order.address
    lines = [ln for ln in order.lines if ln.line_id in package.line_ids]
    return {
        "logisticsId": package.logistics_id, "logisticsBillNo": package.waybill,
        "orderEntryIds": ",".join(package.line_ids),
        "status": "SIGN" if received else inferred.LOGISTICS_STATUS_1688[True],
        "logisticsCompanyId": COMPANY_IDS.get(package.company_code, "0"),
        "logisticsCompanyName": package.company_name, "logisticsCompanyNo": package.company_code,
        "remarks": "", "serviceFeature": "", "gmtSystemSend": fmt_1688(package.ship_at),
        "sendGoods": [{"goodName": ln.title, "quantity": str(ln.quantity), "unit": "件"} for ln in lines],
        "receiver": {"receiverName": addr.get("fullName"), "receiverPhone": addr.get("phone"),
                     "receiverMobile": addr.get("mobile"), "receiverProvince": addr.get("provinceText"),
                     "receiverCity": addr.get("cityText"), "receiverCounty": addr.get("areaText"),
                     "receiverCountyCode": addr.get("districtCode"),
                     "receiverAddress": addr.get("address"), "encrypt": None},
        "sender": {"senderName": order.seller_nick, "senderPhone": "0579-85000000",
                   "senderMobile": "13800000000", "senderProvince": "浙江省", "senderCity": "金华市",
                   "senderCounty": "义乌市", "senderAddress": "福田街道 sandbox 1号", "encrypt": None},
        "logisticsOrderGoods": [{"logisticsId": package.logistics_id, "tradeOrderId": order.order_id,
                                 "tradeOrderItemId": ln.line_id, "description": ln.title,
                                 "quantity": ln.quantity, "unit": "件", "productName": ln.title}
                                for ln in lines],
    }


def trace(order: OrderView, package, now: float) -> dict:
    steps = [(package.ship_at, f"【金华市】{package.company_name} 已揽收"),
             (package.ship_at + 8 * 3600, "【金华转运中心】已发出 下一站【广州转运中心】"),
             (package.ship_at + 30 * 3600, "【广州市】快件已到达 广州转运中心"),
             (package.ship_at + 48 * 3600, "【广州市】快件已派送，签收人: 仓库前台")]
    return {"logisticsId": package.logistics_id, "orderId": int(order.order_id),
            "logisticsBillNo": package.waybill,
            "logisticsSteps": [{"acceptTime": fmt_plain(at), "remark": text}
                               for at, text in steps if at <= now]}
