"""The 1688 Open Platform gateway (spec section 1): param2 signed calls and the token endpoint.

URLs, under `GATEWAY_1688`:
    /param2/1/{namespace}/{apiName}/{appKey}         signed API calls (POST form, multipart or GET)
    /http/1/system.oauth2/getToken/{appKey}          token exchange and refresh (unsigned)
    /param2/1/system.oauth2/getToken/{appKey}        the same, as some clients call it
    /param2/1/system/currentTimeMillis/{appKey}      server time (unsigned)
"""

from __future__ import annotations

import threading

from workstation.sandbox import inferred
from workstation.sandbox.clock import fmt_1688, fmt_1688_short, parse_1688
from workstation.sandbox.constants import APP_KEY_1688, APP_SECRET_1688, GATEWAY_1688
from workstation.sandbox.faults import Discount, RateLimiter
from workstation.sandbox.market import P1688, LineRequest, Market, MarketError
from workstation.sandbox.signing import blank, same, signature
from workstation.sandbox.views_1688 import (
    fen,
    logistics_order,
    product_info,
    trace,
    trade_info,
)
from workstation.sandbox.wire import (
    Request,
    Response,
    generic_fault,
    json_response,
    need,
    parse_json_param,
    request_id,
    slow_answer,
)

APP_SECRETS = {APP_KEY_1688: APP_SECRET_1688}
# apiName -> (namespace, required params, method name, error field names (code, message))
APIS = {
    "alibaba.product.get": ("com.alibaba.product", ("productID", "webSite"), "product_get",
                            ("errorCode", "errMsg")),
    "alibaba.cross.productInfo": ("com.alibaba.product", ("productId",), "cross_product", (None, "message")),
    "alibaba.createOrder.preview": ("com.alibaba.trade", ("addressParam", "cargoParamList"), "preview",
                                    ("errorCode", "errorMsg")),
    "alibaba.trade.fastCreateOrder": ("com.alibaba.trade", ("addressParam", "cargoParamList"), "fast_create",
                                      ("code", "message")),
    "alibaba.trade.createCrossOrder": ("com.alibaba.trade", ("flow", "addressParam", "cargoParamList"),
                                       "cross_create", ("code", "message")),
    "alibaba.trade.get.buyerView": ("com.alibaba.trade", ("webSite",), "buyer_view",
                                    ("errorCode", "errorMessage")),
    "alibaba.trade.getBuyerOrderList": ("com.alibaba.trade", (), "order_list", ("errorCode", "errorMessage")),
    "alibaba.trade.getLogisticsInfos.buyerView": ("com.alibaba.logistics", ("orderId", "webSite"),
                                                  "logistics", ("errorCode", "errorMessage")),
    "alibaba.trade.getLogisticsTraceInfo.buyerView": ("com.alibaba.logistics", ("orderId", "webSite"),
                                                      "trace", ("errorCode", "errorMessage")),
    "alibaba.trade.cancel": ("com.alibaba.trade", ("webSite", "tradeID"), "cancel",
                             ("errorCode", "errorMessage")),
    "alibaba.alipay.url.get": ("com.alibaba.trade", ("orderIdList",), "pay_url", ("errorCode", "erroMsg")),
}
CODES = {  # MarketError kind -> 1688 business code (500_00x confirmed for preview, spec 1.6)
    "item_gone": "500_001", "item_off_shelf": "500_001", "seller_mismatch": "500_002",
    "sku_gone": "500_003", "out_of_stock": "500_004", "bad_quantity": "500_005",
    "booking_limit": inferred.CODE_1688_BOOKING_LIMIT, "order_not_found": inferred.CODE_1688_NOT_FOUND,
    "bad_state": inferred.CODE_1688_BAD_STATE, "too_fast": "CLOSE_ORDER_TOO_FAST",
    "bad_param": inferred.CODE_1688_BAD_PARAM, "not_shipped": "500_2",
}


class BusinessError(Exception):
    def __init__(self, code: str, message: str, extra: dict | None = None):
        super().__init__(message)
        self.code, self.message, self.extra = code, message, extra or {}


def gateway_error(key: str, **fmt) -> Response:
    status, code, message = inferred.GW_1688[key]
    return json_response({"error_code": code, "error_message": message.format(**fmt),
                          "exception": message.format(**fmt), "request_id": request_id()}, status)


class Gateway1688:
    def __init__(self, market: Market, limiter: RateLimiter, stopping: threading.Event | None = None):
        self.market = market
        self.limiter = limiter
        # the server's stopping event: it ends holds and abandons pending late commits
        self.stopping = stopping if stopping is not None else threading.Event()

    # ------------------------------------------------------------ routing

    def handle(self, req: Request) -> Response:
        parts = req.path[len(GATEWAY_1688):].strip("/").split("/")
        if len(parts) == 5 and parts[:2] in (["http", "1"], ["param2", "1"]) and parts[2:4] == [
                "system.oauth2", "getToken"]:
            return self._guarded("getToken", parts[4], req, self._get_token)
        if len(parts) == 5 and parts[:4] == ["param2", "1", "system", "currentTimeMillis"]:
            return json_response({"result": int(self.market.now() * 1000)})
        if len(parts) != 5 or parts[:2] != ["param2", "1"]:
            return gateway_error("unsupported", name="/".join(parts))
        namespace, api, app_key = parts[2], parts[3], parts[4]
        return self._guarded(api, app_key, req, lambda r: self._call(namespace, api, app_key, r))

    def _guarded(self, api: str, app_key: str, req: Request, run) -> Response:
        fault = self.market.faults.take(api)
        if fault is not None and fault.before:
            shaped = generic_fault(fault)
            if shaped is not None:
                return shaped
            if fault.kind == "rate_limit":
                return gateway_error("rate_limit")
            fields = APIS.get(api, (None, (), None, ("errorCode", "errorMessage")))[3]
            return self._business(api, BusinessError(str(fault.params.get("code") or "500"),
                                                     str(fault.params.get("message")
                                                         or "服务繁忙，请稍后再试 (sandbox fault)")), fields)
        if app_key not in APP_SECRETS:
            return gateway_error("acl")
        if not self.limiter.allow(f"1688:{app_key}", self.market.settings()["qps_limit"]):
            return gateway_error("rate_limit")
        if fault is not None and fault.slow:
            return slow_answer(fault, self.stopping, lambda: run(req))
        if fault is not None and fault.kind == "discount":
            req.fault = fault
            return run(req)
        response = run(req)
        if fault is not None:
            response.after_fault = fault
        return response

    def _call(self, namespace: str, api: str, app_key: str, req: Request) -> Response:
        spec = APIS.get(api)
        if spec is None or spec[0] != namespace:
            return gateway_error("unsupported", name=f"{namespace}:{api}")
        url_path = f"param2/1/{namespace}/{api}/{app_key}"
        # A blank value is one the SDKs never send: the gateway reads it as absent.
        req.params = {k: v for k, v in req.params.items() if not blank(k) and not blank(v)}
        if not same(signature(url_path, req.params, APP_SECRETS[app_key]), req.params.get("_aop_signature")):
            return gateway_error("signature")
        login = self.market.login_for_token(P1688, app_key, req.params.get("access_token", ""))
        if login is None:
            return gateway_error("token")
        missing = need(req.params, *spec[1])
        if missing and not (api == "alibaba.trade.get.buyerView" and missing == "orderId"):
            return gateway_error("param_missing", name=missing)
        if api == "alibaba.trade.get.buyerView" and not (req.params.get("orderId") or req.params.get("outOrderId")):
            return gateway_error("param_missing", name="orderId")
        if api in inferred.WEBSITE_APIS_1688:
            site = req.params.get("webSite", "")
            if site not in inferred.WEBSITES_1688:
                return self._business(api, BusinessError(inferred.CODE_1688_BAD_PARAM,
                                                         f"webSite must be one of 1688, alibaba: {site!r}"), spec[3])
            if site != "1688":  # the international site: the sandbox holds none of its data
                return self._business(api, BusinessError(inferred.CODE_1688_BAD_PARAM,
                                                         "webSite=alibaba (the international site) has no data "
                                                         "in the sandbox; use 1688"), spec[3])
        try:
            payload = getattr(self, "api_" + spec[2])(req.params, login, req)
        except MarketError as exc:
            return self._business(api, BusinessError(CODES.get(exc.kind, exc.kind), exc.message), spec[3])
        except BusinessError as exc:
            return self._business(api, exc, spec[3])
        except ValueError as exc:
            return self._business(api, BusinessError(inferred.CODE_1688_BAD_PARAM, str(exc)), spec[3])
        return json_response(payload)

    @staticmethod
    def _business(api: str, exc: BusinessError, fields) -> Response:
        code_field, message_field = fields
        body = {"success": False, message_field: exc.message, **exc.extra}
        if code_field:
            body[code_field] = exc.code
        if api == "alibaba.trade.createCrossOrder":  # error fields at the top and inside result
            body["result"] = {"success": False, "code": exc.code, "message": exc.message}
        return json_response(body)

    # ------------------------------------------------------------ tokens

    def _get_token(self, req: Request) -> Response:
        p = req.params
        if req.method != "POST":
            return json_response({"error": "invalid_request", "error_description": "POST required"}, 400)
        if p.get("client_id") != APP_KEY_1688 or p.get("client_secret") != APP_SECRET_1688:
            return json_response({"error": "invalid_client", "error_description": "client_id or client_secret is wrong"}, 401)
        try:
            if p.get("grant_type") == "authorization_code":
                grant = self.market.redeem_code(P1688, APP_KEY_1688, p.get("code", ""), p.get("redirect_uri"))
            elif p.get("grant_type") == "refresh_token":
                grant = self.market.refresh(P1688, APP_KEY_1688, p.get("refresh_token", ""))
            else:
                return json_response({"error": "unsupported_grant_type",
                                      "error_description": "grant_type must be authorization_code or refresh_token"}, 400)
        except MarketError as exc:
            return json_response({"error": "invalid_grant", "error_description": exc.message}, 400)
        body = {"aliId": str(grant.user_id), "resource_owner": grant.login, "memberId": grant.member_id,
                "uid": str(grant.user_id), "access_token": grant.access_token,
                "expires_in": str(inferred.TOKEN_1688_EXPIRES_IN)}
        if p["grant_type"] == "authorization_code" or inferred.REFRESH_1688_RETURNS_REFRESH_TOKEN:
            body["refresh_token"] = grant.refresh_token
            body["refresh_token_timeout"] = fmt_1688_short(grant.refresh_expires_at)
        return json_response(body)

    # ------------------------------------------------------------ products

    def api_product_get(self, p, login, req) -> dict:
        try:
            state = self.market.item(P1688, p["productID"])
        except MarketError as exc:
            raise BusinessError(inferred.CODE_1688_PRODUCT_GONE, exc.message) from None
        return {"success": True, "productInfo": product_info(state),
                "createTime": fmt_1688(self.market.epoch() - 86400 * 30),
                "lastUpdateTime": fmt_1688(self.market.epoch()), "bizGroupInfos": []}

    def api_cross_product(self, p, login, req) -> dict:
        try:
            return {"success": True, "productInfo": product_info(self.market.item(P1688, p["productId"]))}
        except MarketError as exc:
            raise BusinessError("", exc.message) from None

    # ------------------------------------------------------------ preview and create

    def _quote(self, p: dict):
        cargo = parse_json_param(p, "cargoParamList")
        address = parse_json_param(p, "addressParam")
        if not isinstance(cargo, list) or not cargo or not isinstance(address, dict):
            raise ValueError("cargoParamList must be a non-empty JSON list, addressParam a JSON object")
        if not address.get("fullName") or not (address.get("mobile") or address.get("phone")) \
                or not (address.get("address") or address.get("addressId")):
            raise ValueError("addressParam: fullName, mobile or phone, and address are required")
        lines = []
        for c in cargo:
            if "offerId" not in c or "quantity" not in c:
                raise ValueError("cargoParamList: offerId and quantity are required")
            qty = float(c["quantity"])
            lines.append(LineRequest(str(c["offerId"]), c.get("specId"), int(qty) if qty == int(qty) else 0))
        quotes = self.market.quote(P1688, lines)
        if len(quotes) > 1:
            raise MarketError("seller_mismatch", "商品不属于同一个卖家 (all offers must come from one supplier)")
        return quotes[0], address

    def api_preview(self, p, login, req) -> dict:
        quote, _ = self._quote(p)
        flow = p.get("flow") or "general"
        return {"success": True, "orderPreviewResuslt": [{
            "sumPayment": fen(quote.total_amount), "sumCarriage": fen(quote.post_fee),
            "sumPaymentNoCarriage": fen(quote.goods_amount), "discountFee": 0, "additionalFee": 0,
            "flowFlag": flow, "tradeModeNameList": list(inferred.TRADE_MODES_1688),
            "tradeModelList": [{"name": m, "description": "担保交易" if m == "assureTrade" else "支付宝",
                                "tradeType": m, "opSupport": True} for m in inferred.TRADE_MODES_1688],
            "status": True, "message": None, "resultCode": None, "shopPromotionList": [],
            "cargoList": [{"offerId": int(ln.item.item_id), "specId": ln.sku.sku_id,
                           "skuId": int(ln.sku.sku.native_sku_id), "openOfferId": None,
                           "amount": ln.amount, "finalUnitPrice": ln.unit_price, "resultCode": None,
                           "message": None, "cargoPromotionList": []} for ln in quote.lines],
        }], "postFeeByDescOfferList": [], "consignOfferList": [],
            "unsupportedCrossBorderPayOfferList": [], "extPairList": []}

    def _create(self, p: dict, login: str, req: Request, *, cross: bool):
        quote, address = self._quote(p)
        if cross and len(quote.lines) > 50:
            raise BusinessError(inferred.CODE_1688_BAD_PARAM, "最多50个SKU (at most 50 SKUs per order)")
        trade_type = p.get("tradeType") or inferred.TRADE_MODES_1688[0]
        if trade_type not in inferred.TRADE_MODES_1688:
            raise BusinessError(inferred.CODE_1688_BAD_PARAM, f"not support tradeType:【{trade_type}】")
        (order,) = self.market.create_orders(P1688, login, [quote], client_ref=p.get("outOrderId") or None,
                                             address=address, message=p.get("message", ""),
                                             trade_type=trade_type, discount=Discount.of(req.fault))
        return order

    def api_fast_create(self, p, login, req) -> dict:
        order = self._create(p, login, req, cross=False)
        return {"success": True, "code": None, "message": None, "result": {
            "orderId": order.order_id, "totalSuccessAmount": fen(order.total_amount),
            "postFee": fen(order.post_fee), "failedOfferList": []}}

    def api_cross_create(self, p, login, req) -> dict:
        order = self._create(p, login, req, cross=True)
        alipay_quirk = order.trade_type == "alipay"  # spec 1.7: success:false although created
        return {"success": True, "code": None, "message": None, "result": {
            "success": not alipay_quirk, "code": None, "message": None, "orderId": order.order_id,
            "totalSuccessAmount": fen(order.total_amount), "postFee": fen(order.post_fee),
            "accountPeriod": None, "failedOfferList": [], "orderList": []}}

    # ------------------------------------------------------------ orders

    def _own(self, order, login):
        if order.login != login:
            raise MarketError("order_not_found", f"订单不存在: {order.order_id}")
        return order

    def _buyer(self, login: str) -> dict:
        return dict(self.market.account(P1688, login))

    def api_buyer_view(self, p, login, req) -> dict:
        if p.get("orderId"):
            order = self._own(self.market.order(p["orderId"], P1688), login)
        else:
            found = self.market.find_orders(P1688, login, client_ref=p["outOrderId"])
            if not found:
                raise MarketError("order_not_found", f"订单不存在: outOrderId={p['outOrderId']}")
            order = found[0]
        return {"success": "true", "result": trade_info(order, self._buyer(login), with_logistics=True)}

    def api_order_list(self, p, login, req) -> dict:
        page, size = int(p.get("page") or 1), int(p.get("pageSize") or 20)
        states = None
        if p.get("orderStatus"):
            states = [s for s, word in inferred.STATUS_1688.items() if word == p["orderStatus"]]
        order_ids = parse_json_param(p, "orderIds") if p.get("orderIds") else None
        orders = self.market.find_orders(
            P1688, login, client_ref=p.get("outOrderId") or None, order_ids=order_ids,
            modified_from=_date(p, "modifyStartTime"), modified_to=_date(p, "modifyEndTime"),
            created_from=_date(p, "createStartTime"), created_to=_date(p, "createEndTime"), states=states)
        buyer = self._buyer(login)
        chunk = orders[(page - 1) * size: page * size]
        return {"success": True, "totalRecord": len(orders),
                "result": [trade_info(o, buyer, with_logistics=False) for o in chunk]}

    def api_logistics(self, p, login, req) -> dict:
        order = self._own(self.market.order(p["orderId"], P1688), login)
        if not order.shipped_packages:
            raise MarketError("not_shipped", "该订单没有物流信息 (not shipped yet)")
        received = order.state in ("received", "finished")
        return {"success": True, "result": [logistics_order(order, pkg, received=received)
                                            for pkg in order.shipped_packages]}

    def api_trace(self, p, login, req) -> dict:
        order = self._own(self.market.order(p["orderId"], P1688), login)
        packages = [k for k in order.shipped_packages
                    if not p.get("logisticsId") or k.logistics_id == p["logisticsId"]]
        if not packages:
            raise BusinessError("404", "没有物流跟踪信息")
        return {"success": True, "logisticsTrace": [trace(order, k, self.market.now()) for k in packages]}

    def api_cancel(self, p, login, req) -> dict:
        self._own(self.market.order(p["tradeID"], P1688), login)
        self.market.cancel(p["tradeID"], P1688, reason=p.get("cancelReason") or "buyerCancel")
        return {"success": True}

    def api_pay_url(self, p, login, req) -> dict:
        ids = [str(i) for i in parse_json_param(p, "orderIdList")]
        if not ids or len(ids) > 100:
            raise BusinessError(inferred.CODE_1688_BAD_PARAM, "orderIdList: 1 to 100 orders")
        for order_id in ids:
            order = self._own(self.market.order(order_id, P1688), login)
            if order.state != "awaiting_payment":
                raise MarketError("bad_state", f"订单 {order_id} 不是待付款状态")
        return {"success": True, "payUrl": f"{req.base_url}/pay/1688/{','.join(ids)}",
                "payFailureOrderList": []}


def _date(p: dict, name: str) -> float | None:
    if not p.get(name):
        return None
    try:
        return parse_1688(p[name])
    except ValueError:
        raise ValueError(f"{name}: expected yyyyMMddHHmmssSSS+0800") from None
