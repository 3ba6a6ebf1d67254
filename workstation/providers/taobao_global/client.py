"""The Taobao Global distributor connector: IOP `/rest` calls for login, offers, purchases, logistics."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import TypeVar
from urllib.parse import urlencode

from workstation.providers import http
from workstation.providers.base import (
    AuthExpired,
    MalformedResponse,
    NotFound,
    Offer,
    OrderPreview,
    OrderRequest,
    ProviderError,
    ProviderKind,
    ProviderOrder,
    Token,
    TransportError,
    Waybill,
)
from workstation.providers.taobao_global import inferred, parse
from workstation.providers.taobao_global.signing import SIGN_METHOD, SIGN_PARAM, signature
from workstation.providers.wire import Fields

T = TypeVar("T")

DEFAULT_GATEWAY_URL = "https://api.taobao.global/rest"
DEFAULT_AUTH_URL = "https://api.taobao.global/oauth/authorize"


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _fen(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value())


class TaobaoGlobalProvider(http.Connector):
    """A Taobao Global distributor account's view of the platform. Thread-safe."""

    kind = ProviderKind.TAOBAO

    provider_name = parse.PROVIDER
    default_gateway_url = DEFAULT_GATEWAY_URL
    default_auth_url = DEFAULT_AUTH_URL

    def _call(self, what: str, api_path: str, params: Mapping[str, object], token: Token | None,
              then: Callable[[Fields], T], *, idempotent: bool = True) -> T:
        # As the official Java SDK's IopHashMap: blank values are neither sent nor signed.
        system = {"app_key": self.app_key, "timestamp": str(self.clock.now_ms()),
                  "sign_method": SIGN_METHOD, "partner_id": inferred.PARTNER_ID}
        if token is not None:
            system["access_token"] = token.access_token
            self.http.remember_secret(token.access_token)
        sent = http.sendable({**params, **system})
        sent[SIGN_PARAM] = signature(api_path, sent, self._secret)
        return self.http.call(
            what, self.gateway_url + api_path, sent,
            lambda r: then(parse.envelope(r, what, self.http.scrub)),
            account=token.account if token else "", idempotent=idempotent,
        )

    # ------------------------------------------------------------ login

    def login_url(self, redirect_uri: str, state: str) -> str:
        query = urlencode({"response_type": "code", "redirect_uri": redirect_uri,
                           "force_auth": "true", "client_id": self.app_key, "state": state})
        return f"{self.auth_url}?{query}"

    def exchange_code(self, code: str, redirect_uri: str) -> Token:
        self.http.remember_secret(code)
        return self._call("exchange code", "/auth/token/create", {"code": code}, None,
                          lambda b: self._token(b, None), idempotent=False)

    def refresh(self, token: Token) -> Token:
        if not token.refresh_token:
            raise AuthExpired("no refresh token; log in again", provider=parse.PROVIDER)
        self.http.remember_secret(token.refresh_token)
        return self._call("refresh token", "/auth/token/refresh",
                          {"refresh_token": token.refresh_token}, None,
                          lambda b: self._token(b, token))

    def _token(self, body: Fields, previous: Token | None) -> Token:
        src = body if body.has("access_token") else body.opt_obj("data")
        if src is None or not src.has("access_token"):
            raise body._fail("access_token", "a token")
        access = src.text("access_token")
        self.http.remember_secret(access)
        refresh = src.opt_text("refresh_token") or (previous.refresh_token if previous else None)
        self.http.remember_secret(refresh)
        now = datetime.fromtimestamp(self.clock.now_ms() / 1000, UTC)
        refresh_in = src.opt_int("refresh_expires_in")
        extra = {k: src.opt_text(k) for k in ("account_id", "user_id", "seller_id", "short_code",
                                               "account_platform") if src.has(k)}
        return Token(
            access_token=access,
            refresh_token=refresh,
            expires_at=now + timedelta(seconds=src.integer("expires_in")),
            refresh_expires_at=now + timedelta(seconds=refresh_in) if refresh_in else None,
            account=src.opt_text("account") or (previous.account if previous else ""),
            extra=extra,
        )

    # ------------------------------------------------------------ offers

    def get_offer(self, token: Token, item_id: str) -> Offer:
        """`/product/get` by Taobao `item_id`; the Offer carries the mpId/mpSkuIds orders need."""
        return self._call("read offer", "/product/get", {"item_id": item_id}, token,
                          lambda b: parse.offer(b.obj("data")))

    # ------------------------------------------------------------ orders

    def _address(self, request: OrderRequest) -> dict[str, str]:
        a = request.address
        return {"name": a.name, "phone": a.phone or a.mobile, "mobile_phone": a.mobile,
                "country": inferred.COUNTRY, "state": a.province, "city": a.city,
                "district": a.district, "address": a.address, "zip": a.postal_code}

    def preview_order(self, token: Token, request: OrderRequest) -> OrderPreview:
        items = [{"item_id": ln.item_id, "sku_id": ln.sku_id, "quantity": ln.quantity}
                 for ln in request.lines]
        address = _json(self._address(request))
        params = {"render_item_List": _json(items), "receiver_address": address,
                  "warehouse_address": address,
                  "need_supplychain_service": inferred.NEED_SUPPLY_CHAIN_SERVICE}
        return self._call("preview order", "/purchase/order/render", params, token, parse.preview)

    def create_order(self, token: Token, request: OrderRequest) -> ProviderOrder:
        prices = [ln.expected_price for ln in request.lines]
        if any(p is None for p in prices):  # the planned amount needs unit prices: ask render
            rendered = self.preview_order(token, request)
            prices = [p if p is not None else rendered.lines[i].unit_price
                      for i, p in enumerate(prices)]
        lines = [{inferred.LINE_KEYS["item"]: ln.item_id, inferred.LINE_KEYS["sku"]: ln.sku_id,
                  "quantity": ln.quantity, "price": _fen(price), "currency": inferred.CURRENCY,
                  inferred.LINE_KEYS["line_no"]: str(i + 1)}
                 for i, (ln, price) in enumerate(zip(request.lines, prices, strict=True))]
        address = _json(self._address(request))
        params = {"outer_purchase_id": request.client_ref,
                  "purchase_amount": str(sum(_fen(p) * ln.quantity
                                             for ln, p in zip(request.lines, prices, strict=True))),
                  "order_line_list": _json(lines), "receiver": address,
                  "warehouse_address_info": address, "seller_order_number": request.client_ref,
                  "channel_order_type": inferred.CHANNEL_ORDER_TYPE,
                  "support_partial_success": "false", "order_remark": request.message}
        what = f"create order {request.client_ref}"
        try:
            payload = self._call("create order", "/purchase/order/create", params, token,
                                 lambda b: b, idempotent=False)
        except MalformedResponse as exc:  # a truncated or garbled answer to a write
            raise TransportError(f"{what}: {exc.message}", outcome_unknown=True, provider=parse.PROVIDER) from None
        except ProviderError as exc:  # a refusal only in terms we know; else the order may exist
            raise http.settle_create_failure(exc, what, refusal_codes=inferred.CREATE_REFUSAL_CODES,
                                             refusal_prefixes=inferred.CREATE_REFUSAL_PREFIXES) from exc
        ids = parse.created_ids(payload)
        if not ids:
            failure = parse.create_failure(payload)
            if failure is not None:
                raise http.settle_create_failure(failure, what, refusal_codes=inferred.CREATE_REFUSAL_CODES,
                                                 refusal_prefixes=inferred.CREATE_REFUSAL_PREFIXES)
            raise TransportError(f"create order {request.client_ref}: answer without purchase id",
                                 outcome_unknown=True, provider=parse.PROVIDER)
        try:
            return self.get_order(token, ids[0])
        except ProviderError as exc:
            raise TransportError(
                f"purchase {ids[0]} created for {request.client_ref} but not read back: "
                f"{type(exc).__name__}", outcome_unknown=True, provider=parse.PROVIDER,
            ) from exc

    def create_order_safely(self, token: Token, request: OrderRequest) -> ProviderOrder:
        """`create_order`, reconciling an unknown outcome by reference (see http.create_order_safely)."""
        return http.create_order_safely(self, token, request, clock=self.clock,
                                        pause=self.reconcile_pause)

    def _query(self, token: Token, what: str, params: Mapping[str, str],
               max_pages: int) -> list[ProviderOrder]:
        orders: list[ProviderOrder] = []
        for page in range(1, max_pages + 1):
            query = {**params, "page_no": str(page), "page_size": str(inferred.QUERY_PAGE_SIZE)}
            batch, total = self._call(
                what, "/purchase/orders/query", query, token,
                lambda b: ([parse.order(p) for p in b.obj("data").objs("purchase_orders")],
                           b.obj("data").opt_int("results_total")),
            )
            orders += batch
            if len(batch) < inferred.QUERY_PAGE_SIZE or (total is not None and len(orders) >= total):
                break
        return orders

    def get_order(self, token: Token, order_id: str) -> ProviderOrder:
        ids = _json([int(order_id) if order_id.isdigit() else order_id])
        found = self._query(token, "read order", {"purchase_ids": ids}, 1)
        match = next((o for o in found if o.order_id == order_id), None)
        if match is None:
            raise NotFound(f"purchase order {order_id} not found", provider=parse.PROVIDER)
        return match

    def find_by_reference(self, token: Token, client_ref: str) -> ProviderOrder | None:
        """`/purchase/orders/query` by `outer_purchase_id`, checked again on the answer."""
        found = self._query(token, "find order by reference", {"outer_purchase_id": client_ref}, 5)
        return next((o for o in found if o.client_ref == client_ref), None)

    def list_orders_modified(self, token: Token, since: datetime,
                             until: datetime | None = None) -> Sequence[ProviderOrder]:
        end = int(until.timestamp() * 1000) if until else self.clock.now_ms()
        params = {"modify_time_start": str(int(since.timestamp() * 1000)),
                  "modify_time_end": str(end), "sort_field": "modify_time", "sort_type": "ASC"}
        return self._query(token, "list orders", params, inferred.QUERY_MAX_PAGES)

    def waybills(self, token: Token, order_id: str) -> Sequence[Waybill]:
        """`/logistics/detail/get` per sub purchase order, merged by waybill number."""
        merged: dict[str, Waybill] = {}
        for line in self.get_order(token, order_id).lines:
            try:
                found = self._call("read logistics", "/logistics/detail/get",
                                   {"purchase_order_line_id": line.line_id}, token,
                                   lambda b, lid=line.line_id: parse.packages(b, lid))
            except ProviderError as exc:
                if exc.code in inferred.NOT_SHIPPED_CODES:
                    continue
                raise
            for bill in found:
                known = merged.get(bill.waybill_no)
                merged[bill.waybill_no] = bill if known is None else Waybill(
                    bill.waybill_no, known.company or bill.company,
                    tuple(dict.fromkeys(known.line_ids + bill.line_ids)))
        return list(merged.values())
