"""Every sandbox choice the spec marks Inferred (or leaves open), kept in one place.

docs/protocols.md states what the platforms were *seen* doing. Where it is silent
or says "Inferred", the sandbox had to pick something; the picks live here so a
correction after a check against a real account is a one-line change.

Shape picks made where the spec is silent, kept next to the code that emits them
(each marked "Inferred" there): 1688 `productItems[].weight`/`weightUnit`;
`getBuyerOrderList` answering `success: true`; product.get failures carrying
`errorCode` beside `errMsg`; 1688 getToken errors as OAuth `{error,
error_description}`; Taobao Global `sku_info.skuPv.{en,zh}` as JSON text of
`[{prop_name, value_name}]`; `total_real_pay_price` as `{amount, currency}`;
`weight` (kg) on TG sub-orders and packages; post fee 8 yuan + 2 per kg past
the first (Tmall free); `/purchase/order/create` does not check `purchase_amount`.
"""

from __future__ import annotations

# ---------------------------------------------------------------- order lifecycle (sandbox time)

SHIP_AFTER_HOURS = 20.0  # first package leaves this long after payment
SECOND_PACKAGE_AFTER_HOURS = 30.0  # split orders: the second package, after payment
RECEIVE_AFTER_HOURS = 72.0  # after the last package: received (1688 confirm_goods)
FINISH_AFTER_HOURS = 168.0  # after the last package: finished (1688 success)
AUTO_CANCEL_UNPAID_HOURS = 72.0  # unpaid orders close by themselves after 3 days
CANCEL_TOO_FAST_SECONDS = 10.0  # spec 1.12: cancelling within 10 s fails (CLOSE_ORDER_TOO_FAST)
SPLIT_MIN_LINES = 3  # orders of >= 3 lines whose id is even ship in two packages

# ---------------------------------------------------------------- catalogue behaviours (since state creation)

DRIFT_AFTER_HOURS = 24.0  # "after the first sandbox day"
DRIFT_MIN_PCT, DRIFT_MAX_PCT = 5, 30
SELL_OUT_AFTER_HOURS = 48.0
SKU_VANISH_AFTER_HOURS = 72.0

# ---------------------------------------------------------------- tokens

TOKEN_1688_EXPIRES_IN = 36000  # spec 1.3 doc example "36000"
REFRESH_1688_LIFETIME_DAYS = 180  # spec: "half a year" in one official text
REFRESH_1688_RETURNS_REFRESH_TOKEN = False  # the refresh grant answers a new access token only
TOKEN_TG_EXPIRES_IN = 24 * 3600  # docs/domain.md#synchronisation: provider sessions live about 24 hours
TOKEN_TG_REFRESH_EXPIRES_IN = 30 * 24 * 3600
AUTH_CODE_LIFETIME_SECONDS = 120  # spec 1.3 (confirmed for 1688; used for both)
DUPLICATE_REFERENCE_CREATES_NEW_ORDER = True  # create is not idempotent (spec 1.7 Inferred)

# ---------------------------------------------------------------- 1688 codes and shapes

# Gateway errors: (HTTP status, error_code, error_message). Spec 1.4 lists the codes;
# the HTTP statuses other than ACL (400) and the token one (401) are picks.
GW_1688 = {
    "signature": (400, "gw.SignatureInvalid", "Signature invalid"),
    "param_missing": (400, "gw.ParamMissing", "Missing required parameter: {name}"),
    "unsupported": (400, "gw.APIUnsupported", "API not supported: {name}"),
    "acl": (400, "gw.APIACLDecline", "AppKey is not allowed(acl)"),
    "token": (401, "401", "Request need user authorized"),
    "rate_limit": (429, "gw.QosAppFrequencyLimit", "App frequency limit, please retry later"),
}
# Business codes the spec does not name (preview's 500_00x codes are confirmed and reused).
CODE_1688_BOOKING_LIMIT = "ORDER_COUNT_LIMIT"
CODE_1688_NOT_FOUND = "ORDER_NOT_EXIST"
CODE_1688_PRODUCT_GONE = "PRODUCT_NOT_EXIST"
CODE_1688_BAD_PARAM = "PARAM_ERROR"
CODE_1688_BAD_STATE = "ORDER_STATUS_NOT_SUPPORT"
# `webSite` (spec 1.8, 1.10, 1.12, 1.14): "1688" or "alibaba" (the international site), on the
# APIs whose parameter lists have it. An unknown value is refused as a business error
# (PARAM_ERROR, our pick: the spec names no code for it).
WEBSITES_1688 = ("1688", "alibaba")
WEBSITE_APIS_1688 = frozenset({"alibaba.product.get", "alibaba.trade.get.buyerView",
                               "alibaba.trade.getLogisticsInfos.buyerView",
                               "alibaba.trade.getLogisticsTraceInfo.buyerView", "alibaba.trade.cancel"})
TRADE_MODES_1688 = ("assureTrade", "alipay")  # preview tradeModeNameList; "alipay" plays the
# success:false-with-orderId quirk of spec 1.7
# 1688 order status by sandbox state (spec 1.11 vocabulary).
STATUS_1688 = {
    "awaiting_payment": "waitbuyerpay",
    "paid": "waitsellersend",
    "partly_shipped": "waitsellersend",  # partial shipment keeps the order waiting; lines move
    "shipped": "waitbuyerreceive",
    "received": "confirm_goods",
    "finished": "success",
    "cancelled": "cancel",
}
STATUS_STR_1688 = {
    "waitbuyerpay": "等待买家付款", "waitsellersend": "等待卖家发货",
    "waitbuyerreceive": "等待买家收货", "confirm_goods": "已收货", "success": "交易成功",
    "cancel": "交易关闭",
}
LOGISTICS_STATUS_1688 = {False: "WAITACCEPT", True: "TRANSPORT"}  # per package, shipped or not

# ---------------------------------------------------------------- Taobao Global codes and shapes

IOP_HTTP_STATUS = 200  # IOP answers gateway errors inside a 200
IOP = {
    "signature": ("ISV", "IncompleteSignature", "The request signature does not conform to platform standards"),
    "param_missing": ("ISV", "MissingParameter", "The input parameter \"{name}\" that is mandatory for processing this request is not supplied."),
    "param_invalid": ("ISV", "InvalidParameter", "The specified parameter \"{name}\" is not valid."),
    "app_key": ("ISV", "InvalidAppKey", "The specified app key is invalid."),
    "api": ("ISV", "InvalidApiPath", "The specified API path is invalid."),
    "token": ("ISV", "IllegalAccessToken", "The specified access token is invalid or expired"),
    "refresh": ("ISV", "IllegalRefreshToken", "The specified refresh token is invalid or expired"),
    "code": ("ISV", "InvalidCode", "The specified code is invalid or expired"),
    "rate_limit": ("ISP", "ApiCallLimit", "The request is limited, this ban will last {seconds} seconds"),
    # The window is documented (Lazada Open Platform "Calling parameters": 7200 s); the code
    # and message are ours, in the IOP style (no source names the literal).
    "timestamp": ("ISV", "InvalidTimestamp", "The specified timestamp is more than {seconds} seconds "
                  "away from the server time"),
}
IOP_TIMESTAMP_WINDOW_SECONDS = 7200
TG_AWAITING_PAYMENT = "WAIT_BUYER_P"  # spec 2.5: seen in two codebases (clients accept WAIT_BUYER_PAY)
# Two independent sources list the whole purchase-order vocabulary (BULIDING, WAIT_BUYER_P,
# WAIT_SELLER_SEND_GOODS, WAIT_BUYER_CONFIRM_GOODS, TRADE_CLOSED) and none has a completed
# state: a finished order stays WAIT_BUYER_CONFIRM_GOODS (docs/protocols.md, "Statuses").
STATUS_TG = {
    "awaiting_payment": TG_AWAITING_PAYMENT,
    "paid": "WAIT_SELLER_SEND_GOODS",
    "partly_shipped": "WAIT_SELLER_SEND_GOODS",
    "shipped": "WAIT_BUYER_CONFIRM_GOODS",
    "received": "WAIT_BUYER_CONFIRM_GOODS",
    "finished": "WAIT_BUYER_CONFIRM_GOODS",
    "cancelled": "TRADE_CLOSED",
}
TG_ITEM_STATUS = {"published": "ON_SALE", "expired": "OFF_SALE"}
TG_LOGISTICS_STATUS = {"shipped": "DELIVERING", "received": "SIGNED", "finished": "SIGNED"}
TG_QUERY_MAX_PAGE_SIZE = 50
TG_CODE_BOOKING_LIMIT = "PURCHASE_ORDER_LIMIT"
TG_CODE = {  # business error_code by sandbox failure kind
    "item_gone": "ITEM_NOT_FOUND", "item_off_shelf": "ITEM_OFF_SHELF", "sku_gone": "SKU_NOT_FOUND",
    "out_of_stock": "SKU_STOCK_NOT_ENOUGH", "bad_quantity": "INVALID_QUANTITY",
    "order_not_found": "PURCHASE_ORDER_NOT_FOUND", "bad_state": "PURCHASE_ORDER_STATUS_ERROR",
    "booking_limit": TG_CODE_BOOKING_LIMIT, "not_shipped": "LOGISTICS_NOT_FOUND",
    "seller_mismatch": "SELLER_MISMATCH", "too_fast": "CLOSE_ORDER_TOO_FAST",
}
