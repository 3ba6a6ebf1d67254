"""The Taobao Global distributor gateway (IOP, spec section 2) under `GATEWAY_TAOBAO_GLOBAL`.

`{GATEWAY_TAOBAO_GLOBAL}{api path}` accepts GET query, form POST, multipart POST (files
apart, unsigned) and a JSON body of the same flat parameter map; `timestamp` in epoch
milliseconds or ISO 8601, within 7200 s (docs/protocols.md). Gateway failures use the IOP error envelope
`{type, code, message, request_id}`; business answers ride inside `code: "0"`
with the per-API payload shapes of spec 2.1/2.4.
"""

from __future__ import annotations

import threading
import time
import uuid
from datetime import UTC, datetime
from decimal import Decimal

from workstation.sandbox import inferred
from workstation.sandbox.constants import (
    APP_KEY_TAOBAO_GLOBAL,
    APP_SECRET_TAOBAO_GLOBAL,
    GATEWAY_TAOBAO_GLOBAL,
)
from workstation.sandbox.faults import Discount, RateLimiter
from workstation.sandbox.market import PTG, LineRequest, Market, MarketError
from workstation.sandbox.signing import blank, same, signature_taobao_global
from workstation.sandbox.views_taobao_global import (
    fen,
    logistics_detail,
    money,
    product,
    purchase_order,
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

APP_SECRETS = {APP_KEY_TAOBAO_GLOBAL: APP_SECRET_TAOBAO_GLOBAL}
# api path -> (required params, method, payload shape: "flat" {success,...,data} | "result" {result:{...}})
APIS = {
    "/auth/token/create": (("code",), "token_create", "token"),
    "/auth/token/refresh": (("refresh_token",), "token_refresh", "token"),
    "/product/get": (("item_id",), "product_get", "flat"),
    "/purchase/order/render": (("render_item_List",), "render", "result"),
    "/purchase/order/create": (("outer_purchase_id", "order_line_list", "receiver"), "create", "flat"),
    "/purchase/orders/query": ((), "query", "flat"),
    "/purchase/order/batch/pay": (("purchaseOrderIdList",), "batch_pay", "flat"),
    "/purchase/order/asyn/cancel": (("purchase_id", "cancel_reason"), "cancel", "flat"),
    "/logistics/detail/get": (("purchase_order_line_id",), "logistics", "result"),
}


class BizError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code, self.message = code, message


def parse_timestamp(text: str) -> float | None:
    """The IOP `timestamp` as epoch seconds: milliseconds since the epoch (`1517886554000`)
    or an ISO 8601 UTC time (`2017-11-11T12:00:00Z`; an offset is honoured, none means UTC),
    the two spellings the Lazada Open Platform's system-parameter page allows. None if neither."""
    text = text.strip()
    if text.isdigit():
        return int(text) / 1000
    try:
        moment = datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def iop_error(key: str, **fmt) -> Response:
    kind, code, message = inferred.IOP[key]
    return json_response({"type": kind, "code": code, "message": message.format(**fmt),
                          "request_id": request_id()}, inferred.IOP_HTTP_STATUS)


def ok(payload: dict) -> Response:
    return json_response({"code": "0", **payload, "request_id": request_id(),
                          "_trace_id_": uuid.uuid4().hex[:26]})


def failure(shape: str, code: str, message: str) -> Response:
    body = {"success": False, "error_code": code, "error_msg": message, "data": None}
    if shape == "result":
        return ok({"result": {**body, "inner_error_msg": message, "fail_items": None}})
    return ok(body)


class GatewayTaobaoGlobal:
    def __init__(self, market: Market, limiter: RateLimiter, stopping: threading.Event | None = None):
        self.market = market
        self.limiter = limiter
        # the server's stopping event: it ends holds and abandons pending late commits
        self.stopping = stopping if stopping is not None else threading.Event()

    def handle(self, req: Request) -> Response:
        api = req.path[len(GATEWAY_TAOBAO_GLOBAL):] or "/"
        spec = APIS.get(api)
        fault = self.market.faults.take(api)
        if fault is not None and fault.before:
            shaped = generic_fault(fault)
            if shaped is not None:
                return shaped
            if fault.kind == "rate_limit":
                return iop_error("rate_limit", seconds=fault.params.get("seconds", 1))
            code = str(fault.params.get("code") or "SYSTEM_ERROR")
            message = str(fault.params.get("message") or "系统繁忙 (sandbox fault)")
            if fault.params.get("type"):  # the refusal in the IOP envelope, as the gateway words it
                return json_response({"type": str(fault.params["type"]), "code": code, "message": message,
                                      "request_id": request_id()}, inferred.IOP_HTTP_STATUS)
            return failure(spec[2] if spec else "flat", code, message)
        if fault is not None and fault.slow:
            return slow_answer(fault, self.stopping, lambda: self._checked(api, spec, req))
        if fault is not None and fault.kind == "discount":
            req.fault = fault
            return self._checked(api, spec, req)
        response = self._checked(api, spec, req)
        if fault is not None:
            response.after_fault = fault
        return response

    def _checked(self, api: str, spec, req: Request) -> Response:
        # A blank value is one the SDKs never send: the gateway reads it as absent.
        req.params = p = {k: v for k, v in req.params.items() if not blank(k) and not blank(v)}
        app_key = p.get("app_key")
        if not app_key:
            return iop_error("param_missing", name="app_key")
        if app_key not in APP_SECRETS:
            return iop_error("app_key")
        if spec is None:
            return iop_error("api")
        for name in ("timestamp", "sign"):
            if blank(p.get(name)):
                return iop_error("param_missing", name=name)
        sent_at = parse_timestamp(p["timestamp"])
        if sent_at is None:
            return iop_error("param_invalid", name="timestamp")
        if not self._in_window(sent_at):
            return iop_error("timestamp", seconds=inferred.IOP_TIMESTAMP_WINDOW_SECONDS)
        if p.get("sign_method", "sha256").lower() not in ("sha256", "hmac-sha256", "hmac_sha256"):
            return iop_error("param_invalid", name="sign_method")
        if not same(signature_taobao_global(api, p, APP_SECRETS[app_key]), p.get("sign")):
            return iop_error("signature")
        if not self.limiter.allow(f"tg:{app_key}", self.market.settings()["qps_limit"]):
            return iop_error("rate_limit", seconds=1)
        login = None
        if spec[2] != "token":
            login = self.market.login_for_token(PTG, app_key, p.get("access_token", ""))
            if login is None:
                return iop_error("token")
        missing = need(p, *spec[0])
        if missing:
            return iop_error("param_missing", name=missing)
        try:
            return getattr(self, "api_" + spec[1])(p, login, req, app_key)
        except MarketError as exc:
            return failure(spec[2], inferred.TG_CODE.get(exc.kind, exc.kind.upper()), exc.message)
        except BizError as exc:
            return failure(spec[2], exc.code, exc.message)
        except (ValueError, TypeError, KeyError) as exc:
            return failure(spec[2], "PARAM_ERROR", str(exc))

    def _in_window(self, sent_at: float) -> bool:
        """Within the documented window of the gateway's clock. The sandbox has two clocks,
        real time and its own (moved ahead by `advance`); a client may carry either."""
        window = inferred.IOP_TIMESTAMP_WINDOW_SECONDS
        return any(abs(sent_at - now) <= window for now in (time.time(), self.market.now()))

    # ------------------------------------------------------------ tokens

    def _token(self, grant) -> Response:
        return ok({"access_token": grant.access_token, "refresh_token": grant.refresh_token,
                   "expires_in": inferred.TOKEN_TG_EXPIRES_IN,
                   "refresh_expires_in": int(grant.refresh_expires_at - self.market.now()),
                   "account": grant.login, "account_id": grant.user_id, "seller_id": "",
                   "user_id": grant.user_id, "short_code": "", "account_platform": "buyerApp",
                   "country": "cn"})

    def api_token_create(self, p, login, req, app_key) -> Response:
        try:
            return self._token(self.market.redeem_code(PTG, app_key, p["code"]))
        except MarketError:
            return iop_error("code")

    def api_token_refresh(self, p, login, req, app_key) -> Response:
        try:
            return self._token(self.market.refresh(PTG, app_key, p["refresh_token"]))
        except MarketError:
            return iop_error("refresh")

    # ------------------------------------------------------------ product

    def api_product_get(self, p, login, req, app_key) -> Response:
        if p.get("item_source_market") not in (None, "", "TAOBAO", "TMALL"):
            raise MarketError("item_gone", "only Taobao/Tmall items in the sandbox")
        item = self.market.goods.by_native_id(PTG, p["item_id"])
        if item is None:
            raise MarketError("item_gone", f"商品不存在: {p['item_id']}")
        return ok({"success": True, "fail_items": None, "error_code": None, "error_msg": None,
                   "data": product(self.market.item(PTG, item.item_id))})

    # ------------------------------------------------------------ render and create

    def api_render(self, p, login, req, app_key) -> Response:
        items = parse_json_param(p, "render_item_List")
        if not isinstance(items, list) or not items:
            raise BizError("PARAM_ERROR", "render_item_List must be a non-empty JSON list")
        good, unavailable = [], []
        for it in items:
            line = LineRequest(str(it.get("item_id")), str(it.get("sku_id") or "") or None,
                               int(it.get("quantity") or 0))
            try:
                self.market.quote(PTG, [line])
                good.append(line)
            except MarketError as exc:
                unavailable.append({"item_id": line.item_id, "sku_id": line.sku_id, "reason": exc.message,
                                    "error_code": inferred.TG_CODE.get(exc.kind, exc.kind.upper()),
                                    "error_msg": exc.message})
        quotes = self.market.quote(PTG, good) if good else []
        total = sum((q.total_amount for q in quotes), Decimal(0))
        data = {"render_item_list": [{
            "seller_id": q.seller_id, "nick": q.seller_nick,
            "item_price_infos": [{"item_id": ln.item.item_id, "sku_id": ln.sku.sku_id,
                                  "quantity": ln.request.quantity, "origin_price": money(ln.sku.price),
                                  "discount_price": money(ln.unit_price)} for ln in q.lines],
            "mainland_shipping_fee": money(q.post_fee), "order_fee": money(q.total_amount),
            "delivery_fee": money(q.post_fee), "currency_code": "CNY", "dispatch_place": "浙江 金华",
            "estimated_delivery_time": None, "choose_supply_chain_services": []} for q in quotes],
            "unavailable_sku_list": unavailable,
            "total_real_pay_price": money(total)}
        return ok({"result": {"success": True, "error_code": None, "error_msg": None,
                              "inner_error_msg": None, "fail_items": None, "data": data}})

    def api_create(self, p, login, req, app_key) -> Response:
        raw_lines = parse_json_param(p, "order_line_list")
        receiver = parse_json_param(p, "receiver")
        if not isinstance(raw_lines, list) or not raw_lines or not isinstance(receiver, dict):
            raise BizError("PARAM_ERROR", "order_line_list must be a JSON list, receiver a JSON object")
        warehouse = parse_json_param(p, "warehouse_address_info") if p.get("warehouse_address_info") else None
        lines = []
        for n, raw in enumerate(raw_lines, start=1):  # camelCase per three sources; snake_case per S8
            item_id = raw.get("itemId", raw.get("item_id"))
            sku_id = raw.get("skuId", raw.get("sku_id"))
            if item_id is None or raw.get("quantity") is None:
                raise BizError("PARAM_ERROR", "order_line_list: itemId and quantity are required")
            lines.append(LineRequest(str(item_id), str(sku_id) if sku_id is not None else None,
                                     int(raw["quantity"]),
                                     str(raw.get("orderLineNo", raw.get("order_line_no", n)))))
        quotes = self.market.quote(PTG, lines)
        address = dict(receiver)
        address["_warehouse"] = warehouse
        address["_seller_order_number"] = p.get("seller_order_number")
        orders = self.market.create_orders(PTG, login, quotes, client_ref=p["outer_purchase_id"],
                                           address=address, message=p.get("order_remark", ""),
                                           trade_type=p.get("channel_order_type") or "PANAMA",
                                           discount=Discount.of(req.fault))
        ids = ",".join(o.order_id for o in orders)
        return ok({"success": True, "error_code": None, "error_msg": None, "data": {
            "payment_url": f"{req.base_url}/pay/taobao-global/{ids}",
            "outer_purchase_id": p["outer_purchase_id"], "success": True, "error_code": None,
            "error_message": None,
            "order_list": [{
                "purchase_id": int(o.order_id), "supplier_nick": o.seller_nick,
                "estimate_amount": fen(o.total_amount), "estimate_currency": "CNY", "source_market": "TB",
                "order_line_list": [{"item_id": int(ln.item_id), "sku_id": int(ln.sku_id or 0),
                                     "order_line_no": ln.client_line_no, "quantity": ln.quantity,
                                     "estimate_amount": fen(ln.amount), "estimate_currency": "CNY",
                                     "sub_purchase_order_id": int(ln.line_id),
                                     "supplier_nick": o.seller_nick} for ln in o.lines]}
                for o in orders]}})

    # ------------------------------------------------------------ query, pay, cancel

    def api_query(self, p, login, req, app_key) -> Response:
        page, size = int(p.get("page_no") or 1), int(p.get("page_size") or 20)
        if size < 1 or size > inferred.TG_QUERY_MAX_PAGE_SIZE or page < 1:
            raise BizError("PARAM_ERROR", f"page_size must be 1..{inferred.TG_QUERY_MAX_PAGE_SIZE}")
        states = None
        if p.get("status"):
            wanted = inferred.TG_AWAITING_PAYMENT if p["status"] == "WAIT_BUYER_PAY" else p["status"]
            states = [s for s, word in inferred.STATUS_TG.items() if word == wanted]
        ids = [str(i) for i in parse_json_param(p, "purchase_ids")] if p.get("purchase_ids") else None
        orders = self.market.find_orders(
            PTG, login, client_ref=p.get("outer_purchase_id") or None, order_ids=ids, states=states,
            modified_from=int(p["modify_time_start"]) / 1000 if p.get("modify_time_start") else None,
            modified_to=int(p["modify_time_end"]) / 1000 if p.get("modify_time_end") else None)
        if p.get("sort_field") == "modify_time" or p.get("sort_type"):
            orders.sort(key=lambda o: (o.modified_at, o.order_id), reverse=p.get("sort_type") != "ASC")
        buyer = dict(self.market.account(PTG, login))
        chunk = orders[(page - 1) * size: page * size]
        return ok({"success": True, "error_code": None, "error_msg": None, "data": {
            "results_total": len(orders), "page_no": page, "page_size": size,
            "purchase_orders": [purchase_order(o, buyer) for o in chunk]}})

    def _own(self, order_id: str, login: str):
        order = self.market.order(order_id, PTG)
        if order.login != login:
            raise MarketError("order_not_found", f"采购单不存在: {order_id}")
        return order

    def api_batch_pay(self, p, login, req, app_key) -> Response:
        ids = [str(i) for i in parse_json_param(p, "purchaseOrderIdList")]
        if not ids or len(ids) > 10:
            raise BizError("PARAM_ERROR", "purchaseOrderIdList: 1 to 10 purchase orders")
        paid, failed = [], []
        for order_id in ids:
            try:
                self._own(order_id, login)
                self.market.pay(order_id, PTG)
                paid.append(int(order_id))
            except MarketError as exc:
                failed.append({"gspOrderId": order_id, "errorCode": inferred.TG_CODE.get(exc.kind, exc.kind),
                               "errorMessage": exc.message})
        return ok({"success": "true", "error_code": None, "error_msg": None, "data": {
            "will_pay_purchase_order_ids": paid,
            "pay_failure_purchase_order_ids": [int(f["gspOrderId"]) for f in failed],
            "pay_failed_results": failed}})

    def api_cancel(self, p, login, req, app_key) -> Response:
        self._own(p["purchase_id"], login)
        self.market.cancel(p["purchase_id"], PTG, reason=p["cancel_reason"])
        return ok({"success": True, "error_code": None, "error_msg": None, "data": True})

    def api_logistics(self, p, login, req, app_key) -> Response:
        order = self.market.order_of_line(PTG, p["purchase_order_line_id"])
        if order.login != login:
            raise MarketError("order_not_found", "采购单不存在")
        line = next(ln for ln in order.lines if ln.line_id == str(p["purchase_order_line_id"]))
        data = logistics_detail(order, line, self.market.now())
        if not data["pnm_logistics_details"]:
            raise MarketError("not_shipped", "暂无物流信息 (not shipped yet)")
        return ok({"result": {"success": True, "error_code": None, "error_msg": None,
                              "inner_error_msg": None, "fail_items": None, "data": data}})
