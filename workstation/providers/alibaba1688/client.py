"""The 1688 Open Platform connector: OAuth, offers, preview, orders and logistics over `param2`."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import TypeVar
from urllib.parse import urlencode

from workstation.providers import http
from workstation.providers.alibaba1688 import inferred, parse
from workstation.providers.alibaba1688.signing import SIGNATURE_PARAM, signature, url_path
from workstation.providers.base import (
    MalformedResponse,
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
from workstation.providers.wire import Fields

T = TypeVar("T")

DEFAULT_GATEWAY_URL = "https://gw.open.1688.com/openapi"
DEFAULT_AUTH_URL = "https://auth.1688.com/oauth/authorize"
TRADE_NS = "com.alibaba.trade"
LOGISTICS_NS = "com.alibaba.logistics"


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class Alibaba1688Provider(http.Connector):
    """A 1688 buyer account's view of the platform. Thread-safe; one instance per app key."""

    kind = ProviderKind.ALIBABA1688

    provider_name = parse.PROVIDER
    default_gateway_url = DEFAULT_GATEWAY_URL
    default_auth_url = DEFAULT_AUTH_URL

    # ------------------------------------------------------------ calls

    def _call(self, what: str, namespace: str, name: str, params: Mapping[str, object],
              token: Token, shape: parse.Shape, then: Callable[[Fields], T], *,
              idempotent: bool = True) -> T:
        path = url_path(namespace, name, self.app_key)
        # As the official Java SDKs: blank values are neither sent nor signed.
        sent = http.sendable({**params, "access_token": token.access_token,
                              "_aop_timestamp": str(self.clock.now_ms())})
        sent[SIGNATURE_PARAM] = signature(path, sent, self._secret)
        self.http.remember_secret(token.access_token)
        return self.http.call(
            what, f"{self.gateway_url}/{path}", sent,
            lambda r: then(parse.envelope(r, what, shape, self.http.scrub)),
            account=token.account, idempotent=idempotent,
        )

    # ------------------------------------------------------------ login

    def login_url(self, redirect_uri: str, state: str) -> str:
        query = urlencode({"client_id": self.app_key, "site": "1688",
                           "redirect_uri": redirect_uri, "state": state})
        return f"{self.auth_url}?{query}"

    def exchange_code(self, code: str, redirect_uri: str) -> Token:
        return self._token_call("exchange code", {
            "grant_type": "authorization_code", "need_refresh_token": "true",
            "client_id": self.app_key, "client_secret": self._secret,
            "redirect_uri": redirect_uri, "code": code,
        }, previous=None, idempotent=False)  # a code works once: a retry could only fail

    def refresh(self, token: Token) -> Token:
        if not token.refresh_token:
            raise parse.business_error("invalid_grant", "no refresh token; log in again")
        return self._token_call("refresh token", {
            "grant_type": "refresh_token", "client_id": self.app_key,
            "client_secret": self._secret, "refresh_token": token.refresh_token,
        }, previous=token, idempotent=True)

    def _token_call(self, what: str, params: dict[str, str], previous: Token | None, *,
                    idempotent: bool) -> Token:
        # Spec 1.3: the `http` protocol segment, unsigned, no access_token.
        path = url_path("system.oauth2", "getToken", self.app_key, protocol="http")
        self.http.remember_secret(params.get("refresh_token"))
        self.http.remember_secret(params.get("code"))
        no_flag = parse.Shape(None, "error", "error_description")
        return self.http.call(
            what, f"{self.gateway_url}/{path}", http.sendable(params),
            lambda r: self._token(parse.envelope(r, what, no_flag, self.http.scrub), previous),
            account=previous.account if previous else "", idempotent=idempotent,
        )

    def _token(self, body: Fields, previous: Token | None) -> Token:
        if body.has("error") and not body.has("access_token"):
            raise parse.business_error(body.text("error"),
                                       self.http.scrub(body.opt_text("error_description")))
        if not body.has("access_token"):
            raise body._fail("access_token", "a token")
        access = body.text("access_token")
        self.http.remember_secret(access)
        expires_in = body.opt_int("expires_in", inferred.DEFAULT_EXPIRES_IN) or 0
        now = datetime.fromtimestamp(self.clock.now_ms() / 1000, UTC)
        refresh = body.opt_text("refresh_token") or (previous.refresh_token if previous else None)
        self.http.remember_secret(refresh)
        account = (body.opt_text("resource_owner") or body.opt_text("resourceOwner")
                   or body.opt_text("memberId") or (previous.account if previous else ""))
        extra = {k: body.opt_text(k) for k in ("aliId", "memberId", "uid") if body.has(k)}
        return Token(
            access_token=access,
            refresh_token=refresh,
            expires_at=now + timedelta(seconds=expires_in),
            refresh_expires_at=(parse.opt_date(body, "refresh_token_timeout")
                                or (previous.refresh_expires_at if previous else None)),
            account=account,
            extra=extra,
        )

    # ------------------------------------------------------------ offers and orders

    def get_offer(self, token: Token, item_id: str) -> Offer:
        params = {"productID": item_id, "webSite": inferred.WEBSITE,
                  "scene": inferred.PRODUCT_SCENE}

        def then(body: Fields) -> Offer:
            info = body.opt_obj("productInfo")
            if info is None:
                raise parse.business_error(body.opt_text("errorCode") or "PRODUCT_NOT_EXIST",
                                           body.opt_text("errMsg") or body.opt_text("message")
                                           or f"offer {item_id} not found")
            return parse.offer(info)

        return self._call("read offer", *inferred.PRODUCT_API, params, token, parse.PRODUCT, then)

    def _order_params(self, request: OrderRequest) -> dict[str, str]:
        a = request.address
        address = {"fullName": a.name, "mobile": a.mobile, "phone": a.phone,
                   "postCode": a.postal_code, "provinceText": a.province, "cityText": a.city,
                   "areaText": a.district, "address": a.address}
        cargo = [{"offerId": int(ln.item_id) if ln.item_id.isdigit() else ln.item_id,
                  **({"specId": ln.sku_id} if ln.sku_id else {}), "quantity": ln.quantity}
                 for ln in request.lines]
        return {"addressParam": _json({k: v for k, v in address.items() if v}),
                "cargoParamList": _json(cargo)}

    def preview_order(self, token: Token, request: OrderRequest) -> OrderPreview:
        params = {**self._order_params(request), "flow": inferred.PREVIEW_FLOW}
        quantities = {(ln.item_id, ln.sku_id or ""): ln.quantity for ln in request.lines}
        return self._call("preview order", TRADE_NS, "alibaba.createOrder.preview", params,
                          token, parse.PREVIEW, lambda b: parse.preview(b, quantities))

    def create_order(self, token: Token, request: OrderRequest) -> ProviderOrder:
        params = {**self._order_params(request), "flow": inferred.CREATE_FLOW,
                  "outOrderId": request.client_ref, "message": request.message}
        no_flag = parse.Shape(None, "code", "message")  # spec 1.7: ids win over flags
        what = f"create order {request.client_ref}"
        try:
            body = self._call("create order", *inferred.CREATE_API, params, token, no_flag,
                              lambda b: b, idempotent=False)
        except MalformedResponse as exc:  # a truncated or garbled answer to a write
            raise TransportError(f"{what}: {exc.message}", outcome_unknown=True, provider=parse.PROVIDER) from None
        except ProviderError as exc:  # a refusal only in terms we know; else the order may exist
            raise http.settle_create_failure(exc, what, refusal_codes=inferred.CREATE_REFUSAL_CODES,
                                             refusal_prefixes=inferred.CREATE_REFUSAL_PREFIXES) from exc
        ids = parse.created_order_ids(body)
        if not ids:
            failure = parse.create_failure(body)
            if failure.code or body.flag("success", default=None) is False:
                raise http.settle_create_failure(failure, what, refusal_codes=inferred.CREATE_REFUSAL_CODES,
                                                 refusal_prefixes=inferred.CREATE_REFUSAL_PREFIXES)
            raise TransportError(f"create order {request.client_ref}: answer without order id",
                                 outcome_unknown=True, provider=parse.PROVIDER)
        try:  # the answer's flags are unreliable (spec 1.7): the order itself is the truth
            return self.get_order(token, ids[0])
        except ProviderError as exc:
            raise TransportError(
                f"order {ids[0]} created for {request.client_ref} but not read back: "
                f"{type(exc).__name__}", outcome_unknown=True, provider=parse.PROVIDER,
            ) from exc

    def create_order_safely(self, token: Token, request: OrderRequest) -> ProviderOrder:
        """`create_order`, reconciling an unknown outcome by reference (see http.create_order_safely)."""
        return http.create_order_safely(self, token, request, clock=self.clock,
                                        pause=self.reconcile_pause)

    def get_order(self, token: Token, order_id: str) -> ProviderOrder:
        params = {"webSite": inferred.WEBSITE, "orderId": order_id}
        return self._call("read order", TRADE_NS, "alibaba.trade.get.buyerView", params, token,
                          parse.TRADE, lambda b: parse.order(b.obj("result")))

    def _list(self, token: Token, what: str, params: Mapping[str, str], max_pages: int,
              stop: Callable[[list[ProviderOrder]], bool] = lambda _: False) -> list[ProviderOrder]:
        orders: list[ProviderOrder] = []
        for page in range(1, max_pages + 1):
            query = {**params, "page": str(page), "pageSize": str(inferred.LIST_PAGE_SIZE)}
            batch, total = self._call(
                what, TRADE_NS, "alibaba.trade.getBuyerOrderList", query, token, parse.TRADE,
                lambda b: ([parse.order(t) for t in b.objs("result")],
                           b.opt_int("totalRecord")),
            )
            orders += batch
            if stop(batch) or not batch or len(batch) < inferred.LIST_PAGE_SIZE:
                break
            if total is not None and len(orders) >= total:
                break
        return orders

    def find_by_reference(self, token: Token, client_ref: str) -> ProviderOrder | None:
        """getBuyerOrderList(outOrderId=...), then the detail of the order carrying that reference."""
        def has_ref(batch: list[ProviderOrder]) -> bool:
            return any(o.client_ref == client_ref for o in batch)

        found = self._list(token, "find order by reference", {"outOrderId": client_ref},
                           inferred.FIND_BY_REFERENCE_PAGES, stop=has_ref)
        match = next((o for o in found if o.client_ref == client_ref), None)
        return self.get_order(token, match.order_id) if match else None

    def list_orders_modified(self, token: Token, since: datetime,
                             until: datetime | None = None) -> Sequence[ProviderOrder]:
        until = until or datetime.fromtimestamp(self.clock.now_ms() / 1000, UTC)
        params = {"modifyStartTime": parse.format_date(since),
                  "modifyEndTime": parse.format_date(until)}
        return self._list(token, "list orders", params, inferred.LIST_MAX_PAGES)

    def waybills(self, token: Token, order_id: str) -> Sequence[Waybill]:
        params = {"orderId": order_id, "webSite": inferred.WEBSITE,
                  "fields": inferred.LOGISTICS_FIELDS}
        try:
            found = self._call("read logistics", LOGISTICS_NS,
                               "alibaba.trade.getLogisticsInfos.buyerView", params, token,
                               parse.TRADE, lambda b: parse.waybills(b, order_id))
        except ProviderError as exc:
            if exc.code in inferred.NOT_SHIPPED_CODES:
                return []
            raise
        if any(w.line_ids in ((), (order_id,)) for w in found):
            # `orderEntryIds` may name the main order: the package carries every line.
            every = tuple(ln.line_id for ln in self.get_order(token, order_id).lines)
            found = [w if w.line_ids not in ((), (order_id,)) else
                     Waybill(w.waybill_no, w.company, every) for w in found]
        return found
