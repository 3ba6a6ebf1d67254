"""The provider protocol, its DTOs and its typed errors: what every connector speaks.

Money is Decimal in yuan, quantised to the fen, whatever unit the wire used;
times are timezone-aware UTC datetimes. Connectors never return raw JSON.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Protocol, runtime_checkable

FEN = Decimal("0.01")


def yuan(value: Decimal | int | str) -> Decimal:
    """Quantise a yuan amount to the fen."""
    return Decimal(value).quantize(FEN)


class ProviderKind(enum.StrEnum):
    TAOBAO = "taobao"
    ALIBABA1688 = "1688"


# ---------------------------------------------------------------- errors


class ProviderError(Exception):
    """Base of every connector error. `code` is the platform's own code when it gave one."""

    def __init__(self, message: str, *, code: str | None = None, provider: str | None = None):
        super().__init__(message)
        self.message = message
        self.code = code
        self.provider = provider

    def __str__(self) -> str:
        prefix = f"[{self.provider}] " if self.provider else ""
        suffix = f" (code {self.code})" if self.code else ""
        return f"{prefix}{self.message}{suffix}"


class AuthExpired(ProviderError):
    """The access token is expired or invalid; the account must refresh or log in again."""


class RateLimited(ProviderError):
    """The platform throttled us. `retry_after` seconds when it said how long."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kw):
        super().__init__(message, **kw)
        self.retry_after = retry_after


class NotFound(ProviderError):
    """The item, SKU or order does not exist (any more)."""


class ValidationFailed(ProviderError):
    """The platform refused the request; `message` is the platform's own words."""


class BookingLimitReached(ProviderError):
    """The account may not create more orders now."""


class OutOfStock(ValidationFailed):
    """Not enough stock for the quantity asked."""


class MalformedResponse(ProviderError):
    """The answer could not be understood (bad JSON, missing field, HTML error page...)."""


class TransportError(ProviderError):
    """The request did not complete: connection refused, timeout, reset, 5xx.

    `outcome_unknown` is True when the server may have acted on it (the request was
    sent): an order creation in that state must be looked up by reference, never re-sent.
    """

    def __init__(self, message: str, *, outcome_unknown: bool, **kw):
        super().__init__(message, **kw)
        self.outcome_unknown = outcome_unknown


# ---------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class SkuProperty:
    name: str  # e.g. 颜色
    value: str  # e.g. 白色
    prop_id: str = ""
    value_id: str = ""


@dataclass(frozen=True)
class OfferSku:
    sku_id: str  # the id the order API wants (1688 specId, Taobao Global mpSkuId)
    properties: tuple[SkuProperty, ...]
    price: Decimal
    promotion_price: Decimal | None
    stock: int
    native_sku_id: str = ""  # Taobao sku_id / 1688 skuId, where it differs

    @property
    def config_text(self) -> str:
        """`name:value;name:value`, the OT `ConfigText` shape."""
        return ";".join(f"{p.name}:{p.value}" for p in self.properties)


@dataclass(frozen=True)
class Offer:
    item_id: str  # the id the order API wants (1688 offerId, Taobao Global mpId)
    title: str
    seller_id: str
    seller_nick: str
    price: Decimal  # lowest SKU price, or the item price when there are no SKUs
    promotion_price: Decimal | None
    stock: int
    is_tmall: bool
    available: bool
    skus: tuple[OfferSku, ...] = ()
    image_url: str = ""
    native_item_id: str = ""  # Taobao item_id where the distributor id differs

    def sku(self, sku_id: str) -> OfferSku | None:
        return next((s for s in self.skus if s.sku_id == sku_id), None)


@dataclass(frozen=True)
class Address:
    """A warehouse address in China, as the marketplaces want it."""

    name: str
    mobile: str
    postal_code: str
    province: str
    city: str
    district: str
    address: str
    phone: str = ""  # landline, 1688 only


@dataclass(frozen=True)
class OrderRequestLine:
    item_id: str
    sku_id: str | None
    quantity: int
    expected_price: Decimal | None = None


@dataclass(frozen=True)
class OrderRequest:
    """One provider order for one seller; `client_ref` is our idempotency reference."""

    client_ref: str
    seller_id: str
    lines: tuple[OrderRequestLine, ...]
    address: Address
    message: str = ""


@dataclass(frozen=True)
class PreviewLine:
    item_id: str
    sku_id: str | None
    quantity: int
    unit_price: Decimal
    amount: Decimal


@dataclass(frozen=True)
class OrderPreview:
    goods_amount: Decimal
    delivery_amount: Decimal
    total_amount: Decimal
    lines: tuple[PreviewLine, ...]


@dataclass(frozen=True)
class ProviderOrderLine:
    line_id: str  # the platform's sub-order / entry id
    item_id: str
    sku_id: str | None
    title: str
    quantity: int
    unit_price: Decimal
    amount: Decimal
    status: str  # the platform's raw status word for this line
    waybills: tuple[str, ...] = ()
    config_text: str = ""
    list_price: Decimal | None = None  # the original unit price before discounts, where the platform says


@dataclass(frozen=True)
class ProviderOrder:
    order_id: str  # the marketplace order number
    client_ref: str | None  # our outOrderId / outer_purchase_id, if the platform returned it
    status: str  # the platform's raw status word (mapped by the status mapping)
    seller_id: str
    goods_amount: Decimal
    delivery_amount: Decimal
    total_amount: Decimal
    lines: tuple[ProviderOrderLine, ...]
    created_at: datetime | None = None
    modified_at: datetime | None = None
    weight_kg: Decimal | None = None
    account: str = ""


@dataclass(frozen=True)
class Waybill:
    waybill_no: str
    company: str
    line_ids: tuple[str, ...]  # which ProviderOrderLine.line_id it covers


@dataclass(frozen=True)
class Token:
    access_token: str
    refresh_token: str | None
    expires_at: datetime
    refresh_expires_at: datetime | None
    account: str  # the login / member id the platform returned
    extra: dict[str, str] = field(default_factory=dict)

    def __repr__(self) -> str:  # never let a token reach a log through repr()
        return f"Token(account={self.account!r}, expires_at={self.expires_at.isoformat()})"


# ---------------------------------------------------------------- protocol


@runtime_checkable
class Provider(Protocol):
    """What the engine needs of a marketplace. Every method may raise ProviderError."""

    kind: ProviderKind

    def login_url(self, redirect_uri: str, state: str) -> str:
        """The URL to open in the embedded browser to log an account in."""

    def exchange_code(self, code: str, redirect_uri: str) -> Token:
        """Trade the `code` from the login redirect for a token."""

    def refresh(self, token: Token) -> Token:
        """Renew a token before it expires (AuthExpired when it cannot)."""

    def get_offer(self, token: Token, item_id: str) -> Offer: ...

    def preview_order(self, token: Token, request: OrderRequest) -> OrderPreview: ...

    def create_order(self, token: Token, request: OrderRequest) -> ProviderOrder:
        """Create the order. On an unknown outcome raises TransportError(outcome_unknown=True);
        the caller must then `find_by_reference` before anything is sent again."""

    def get_order(self, token: Token, order_id: str) -> ProviderOrder: ...

    def find_by_reference(self, token: Token, client_ref: str) -> ProviderOrder | None: ...

    def list_orders_modified(
        self, token: Token, since: datetime, until: datetime | None = None
    ) -> Sequence[ProviderOrder]: ...

    def waybills(self, token: Token, order_id: str) -> Sequence[Waybill]: ...
