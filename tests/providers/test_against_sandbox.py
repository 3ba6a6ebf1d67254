"""Both connectors against the real sandbox marketplace over loopback HTTP (no mocks)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from tests.helpers.providers import order_request
from workstation.providers.base import (
    AuthExpired,
    BookingLimitReached,
    NotFound,
    OrderRequest,
    OrderRequestLine,
    OutOfStock,
    ProviderKind,
    RateLimited,
    TransportError,
    ValidationFailed,
)
from workstation.providers.http import RetryPolicy
from workstation.providers.registry import provider_from_settings, sandbox_settings
from workstation.sandbox.catalogue import items_of
from workstation.sandbox.constants import DEMO_ACCOUNTS_1688, DEMO_ACCOUNTS_TAOBAO
from workstation.sandbox.launcher import serve_in_thread
from workstation.sandbox.market import Market

KINDS = [ProviderKind.ALIBABA1688, ProviderKind.TAOBAO]
CREATE_API = {ProviderKind.ALIBABA1688: "alibaba.trade.createCrossOrder",
              ProviderKind.TAOBAO: "/purchase/order/create"}
OFFER_API = {ProviderKind.ALIBABA1688: "alibaba.product.get", ProviderKind.TAOBAO: "/product/get"}
TOKEN_LIFE_HOURS = {ProviderKind.ALIBABA1688: 11, ProviderKind.TAOBAO: 25}
REDIRECT = "http://127.0.0.1:9/callback"


@pytest.fixture
def sandbox(tmp_path):
    base_url, stop = serve_in_thread(tmp_path)
    yield base_url, Market(tmp_path)
    stop()


@pytest.fixture(params=KINDS, ids=lambda k: k.value)
def kind(request) -> ProviderKind:
    return request.param


@pytest.fixture
def connector(sandbox, kind):
    base_url, _ = sandbox
    provider = provider_from_settings(
        sandbox_settings(base_url, kind), min_interval=0,
        timeout=httpx.Timeout(1.5, connect=2.0))
    provider.http.policy = RetryPolicy(attempts=3, base_delay=0.05, max_delay=0.2, deadline=5)
    provider.reconcile_pause = 0.02
    yield provider
    provider.close()


@pytest.fixture
def market(sandbox) -> Market:
    return sandbox[1]


def login(provider, kind: ProviderKind):
    """Drive the sandbox's OAuth login form with httpx, as the embedded browser would."""
    account, password = (DEMO_ACCOUNTS_1688 if kind is ProviderKind.ALIBABA1688
                         else DEMO_ACCOUNTS_TAOBAO)[0]
    state = uuid.uuid4().hex
    url = provider.login_url(REDIRECT, state)
    with httpx.Client(timeout=5) as browser:
        page = browser.get(url)
        assert page.status_code == 200 and "password" in page.text
        answer = browser.post(url, data={"login": account, "password": password,
                                         "action": "login"})
    assert answer.status_code == 302
    location = urlsplit(answer.headers["Location"])
    query = parse_qs(location.query)
    assert location.path == "/callback" and query["state"] == [state]
    token = provider.exchange_code(query["code"][0], REDIRECT)
    assert token.account == account
    return token


def plain_item(kind: ProviderKind, index: int = 0):
    """A catalogue item without time-driven behaviours, and one of its SKUs."""
    items = [i for i in items_of(kind) if not (i.drifts or i.sells_out or i.sku_vanishes)]
    return items[index]


def request_for(kind: ProviderKind, ref: str | None = None, quantity: int = 1, index: int = 0):
    item = plain_item(kind, index)
    base = order_request(client_ref=ref or f"BK-{uuid.uuid4().hex[:10]}")
    sku = item.skus[0]
    line = OrderRequestLine(item.item_id, sku.sku_id, quantity, sku.promotion_price or sku.price)
    return OrderRequest(base.client_ref, item.seller_id, (line,), base.address, base.message)


def offer_id(kind: ProviderKind, index: int = 0) -> str:
    item = plain_item(kind, index)
    return item.native_item_id if kind is ProviderKind.TAOBAO else item.item_id


def test_login_read_offer_preview_create_read_back_and_find(connector, kind, market):
    token = login(connector, kind)
    item = plain_item(kind)
    offer = connector.get_offer(token, offer_id(kind))
    assert offer.item_id == item.item_id and offer.title == item.title and offer.available
    sku = offer.sku(item.skus[0].sku_id)
    assert (sku.price, sku.promotion_price) == (item.skus[0].price, item.skus[0].promotion_price)
    request = request_for(kind, quantity=2)
    preview = connector.preview_order(token, request)
    assert preview.goods_amount == (sku.promotion_price or sku.price) * 2
    assert preview.total_amount == preview.goods_amount + preview.delivery_amount
    created = connector.create_order(token, request)
    assert created.client_ref == request.client_ref and created.total_amount == preview.total_amount
    assert created.lines[0].quantity == 2 and created.lines[0].sku_id == item.skus[0].sku_id
    again = connector.get_order(token, created.order_id)
    assert again == created
    assert connector.find_by_reference(token, request.client_ref).order_id == created.order_id
    assert connector.find_by_reference(token, "never-booked") is None
    since = datetime.now(UTC) - timedelta(hours=1)
    listed = connector.list_orders_modified(token, since, since + timedelta(days=2))
    assert created.order_id in {o.order_id for o in listed}


def test_list_by_modify_time_pages_through_many_orders(connector, kind):
    token = login(connector, kind)
    made = {connector.create_order(token, request_for(kind)).order_id for _ in range(21)}
    since = datetime.now(UTC) - timedelta(hours=1)
    listed = connector.list_orders_modified(token, since, since + timedelta(days=2))
    assert made <= {o.order_id for o in listed} and len(listed) == 21


def test_logistics_after_the_sandbox_ships(connector, kind, market):
    token = login(connector, kind)
    created = connector.create_order(token, request_for(kind))
    assert connector.waybills(token, created.order_id) == []
    market.pay(created.order_id)
    market.advance(21)
    token = connector.refresh(token)  # 21 sandbox hours outlive a 1688 access token
    bills = connector.waybills(token, created.order_id)
    order = connector.get_order(token, created.order_id)
    assert len(bills) == 1 and bills[0].waybill_no and bills[0].company
    assert bills[0].line_ids == tuple(ln.line_id for ln in order.lines)
    assert order.lines[0].waybills == (bills[0].waybill_no,)
    assert order.status != created.status


def test_token_expiry_then_refresh(connector, kind, market):
    token = login(connector, kind)
    market.advance(TOKEN_LIFE_HOURS[kind])
    with pytest.raises(AuthExpired):
        connector.get_offer(token, offer_id(kind))
    renewed = connector.refresh(token)
    assert renewed.access_token != token.access_token and renewed.account == token.account
    assert connector.get_offer(renewed, offer_id(kind)).title


def test_out_of_stock_and_vanished_sku(connector, kind, market):
    token = login(connector, kind)
    item = plain_item(kind)
    market.goods.set_sku(kind.value, item.item_id, item.skus[0].sku_id, stock=1)
    with pytest.raises(OutOfStock):
        connector.preview_order(token, request_for(kind, quantity=2))
    with pytest.raises(OutOfStock):
        connector.create_order(token, request_for(kind, quantity=2))
    market.goods.set_sku(kind.value, item.item_id, item.skus[0].sku_id, vanished=True)
    with pytest.raises(NotFound):
        connector.create_order(token, request_for(kind))
    assert market.find_orders(kind.value) == []


def test_seller_mismatch_is_refused_on_1688(sandbox):
    kind = ProviderKind.ALIBABA1688
    connector = provider_from_settings(sandbox_settings(sandbox[0], kind), min_interval=0)
    token = login(connector, kind)
    first, other = plain_item(kind, 0), next(i for i in items_of(kind)
                                             if i.seller_id != plain_item(kind, 0).seller_id)
    base = request_for(kind)
    lines = (base.lines[0], OrderRequestLine(other.item_id, other.skus[0].sku_id, 1))
    with pytest.raises(ValidationFailed) as info:
        connector.create_order(token, OrderRequest(base.client_ref, first.seller_id, lines,
                                                   base.address))
    assert info.value.code == "500_002" and info.value.message


def test_booking_limit(connector, kind, market):
    token = login(connector, kind)
    market.configure(booking_limit=1)
    connector.create_order(token, request_for(kind))
    with pytest.raises(BookingLimitReached) as info:
        connector.create_order(token, request_for(kind))
    assert info.value.message


def test_rate_limit_is_waited_out_on_reads_and_raised_on_create(connector, kind, market):
    token = login(connector, kind)
    market.faults.add(OFFER_API[kind], "rate_limit", 1, seconds=1)
    assert connector.get_offer(token, offer_id(kind)).title
    market.faults.add(CREATE_API[kind], "rate_limit", 1, seconds=1)
    request = request_for(kind)
    with pytest.raises(RateLimited):
        connector.create_order(token, request)
    assert market.find_orders(kind.value, client_ref=request.client_ref) == []


@pytest.mark.parametrize("fault", ["timeout", "drop"])
def test_unknown_create_outcome_is_found_by_reference_not_sent_again(connector, kind, market,
                                                                     fault):
    token = login(connector, kind)
    request = request_for(kind)
    market.faults.add(CREATE_API[kind], fault, 1, delay=3)
    order = connector.create_order_safely(token, request)
    orders = market.find_orders(kind.value, client_ref=request.client_ref)
    # The sandbox created the order, then failed to answer: exactly one order exists.
    assert len(orders) == 1 and order.order_id == orders[0].order_id
    assert order.client_ref == request.client_ref


@pytest.mark.parametrize("fault", ["http_502", "bad_json", "html"])
def test_create_answered_with_garbage_before_acting_is_known_not_created(connector, kind,
                                                                         market, fault):
    token = login(connector, kind)
    request = request_for(kind)
    market.faults.add(CREATE_API[kind], fault, 1)
    with pytest.raises(TransportError) as info:
        connector.create_order_safely(token, request)
    assert info.value.outcome_unknown is False  # reconciled: the reference is absent
    assert market.find_orders(kind.value, client_ref=request.client_ref) == []
