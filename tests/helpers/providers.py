"""Shared fixtures for connector tests: a fake clock and a scripted MockTransport gateway."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from urllib.parse import parse_qsl

import httpx
import pytest

from workstation.providers.base import Address, OrderRequest, OrderRequestLine, Token

CANARY_SECRET = "CANARY-app-secret-7f3a9c"
CANARY_TOKEN = "CANARY-access-token-51e2d0"
CANARY_REFRESH = "CANARY-refresh-token-88aa11"


class FakeClock:
    """Monotonic and wall time that only move when someone sleeps (or the test says so)."""

    def __init__(self, start_ms: int = 1_700_000_000_000):
        self.t = 0.0
        self.start_ms = start_ms
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.t += max(0.0, seconds)

    def now_ms(self) -> int:
        return self.start_ms + int(self.t * 1000)


@dataclass
class Sent:
    path: str
    params: dict[str, str]
    request: httpx.Request


Handler = Callable[[Sent], httpx.Response]


@dataclass
class Gateway:
    """A MockTransport whose answers are scripted per URL suffix (a list = one per call)."""

    routes: dict[str, list[Handler] | Handler] = field(default_factory=dict)
    sent: list[Sent] = field(default_factory=list)

    def on(self, suffix: str, *answers) -> Gateway:
        handlers = [a if callable(a) else _const(a) for a in answers]
        self.routes[suffix] = handlers if len(handlers) > 1 else handlers[0]
        return self

    def calls(self, suffix: str) -> list[Sent]:
        return [s for s in self.sent if s.path.endswith(suffix)]

    def handle(self, request: httpx.Request) -> httpx.Response:
        params = dict(parse_qsl(request.content.decode("utf-8"), keep_blank_values=True))
        sent = Sent(request.url.path, params, request)
        self.sent.append(sent)
        for suffix, handler in self.routes.items():
            if request.url.path.endswith(suffix):
                if isinstance(handler, list):
                    handler = handler.pop(0) if len(handler) > 1 else handler[0]
                return handler(sent)
        return httpx.Response(404, text="no route")

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)


def _const(answer) -> Handler:
    def handler(sent: Sent) -> httpx.Response:
        if isinstance(answer, httpx.Response):
            return answer
        if isinstance(answer, Exception):
            raise answer
        return ok(answer)
    return handler


def ok(payload: dict, status: int = 200, headers: dict | None = None) -> httpx.Response:
    return httpx.Response(status, content=json.dumps(payload, ensure_ascii=False).encode(),
                          headers={"Content-Type": "application/json;charset=UTF-8",
                                   **(headers or {})})


def raw(body: bytes | str, status: int = 200, content_type: str = "text/html") -> httpx.Response:
    return httpx.Response(status, content=body.encode() if isinstance(body, str) else body,
                          headers={"Content-Type": content_type})


def raises(exc_type: type[Exception]) -> Handler:
    def handler(sent: Sent) -> httpx.Response:
        raise exc_type("simulated", request=sent.request)
    return handler


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def gateway() -> Gateway:
    return Gateway()


@pytest.fixture
def token() -> Token:
    return Token(CANARY_TOKEN, CANARY_REFRESH, datetime(2030, 1, 1, tzinfo=UTC), None,
                 "demo_buyer")


def order_request(item_id: str = "610947572360", sku_id: str | None = "b266e0726506185beaf205cbae88a8cf",
                  quantity: int = 2, expected: Decimal | None = Decimal("18.00"),
                  client_ref: str = "BK-0001") -> OrderRequest:
    address = Address("张三", "13800138000", "310000", "浙江省", "杭州市", "余杭区",
                      "仓前街道文一西路 969 号 3 号仓", phone="0571-88888888")
    return OrderRequest(client_ref, "b2b-2208123456789",
                        (OrderRequestLine(item_id, sku_id, quantity, expected),), address,
                        message="请尽快发货")
