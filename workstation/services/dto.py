"""Plain rows the services hand out: never ORM objects (they must not cross threads)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal


@dataclass(frozen=True)
class OrderRow:
    id: str
    provider: str
    customer_name: str
    created_at: datetime
    goods_amount: Decimal
    delivery_amount: Decimal
    paid_amount: Decimal
    is_paid: bool
    line_count: int
    status_summary: str  # the order's leading line status name
    status_code: str

    @property
    def total_amount(self) -> Decimal:
        return self.goods_amount + self.delivery_amount

    @property
    def balance_due(self) -> Decimal:
        """What the customer still owes on this order (negative: what they are owed back)."""
        return self.total_amount - self.paid_amount


@dataclass(frozen=True)
class LineRow:
    id: int
    order_id: str
    line_num: int
    label: str
    provider: str
    item_id: str
    config_id: str | None
    title_orig: str
    title: str
    config_text: str
    config_text_orig: str
    image_url: str
    seller_nick: str
    qty: int
    price_cust: Decimal
    delivery_cust: Decimal
    purch_price: Decimal | None
    purch_delivery: Decimal | None
    status: str
    vend_purch_id: str | None
    vend_purch_waybill: str | None
    account: str | None
    customer_name: str = ""
    weight_kg: Decimal | None = None
    external_line_id: str | None = None
    price_paid: Decimal | None = None  # what the customer paid per unit; None: price_cust
    operator_comment: str = ""  # OperatorComment (the OT API answers it; scans leave it "")

    @property
    def amount_cust(self) -> Decimal:
        return self.price_cust * self.qty

    @property
    def paid_by_customer(self) -> Decimal:
        """The unit price the customer paid when ordering; `price_cust` is what is due now."""
        return self.price_cust if self.price_paid is None else self.price_paid


@dataclass(frozen=True)
class OrderDetail:
    order: OrderRow
    delivery_address: str
    comment: str
    lines: tuple[LineRow, ...]


@dataclass(frozen=True)
class LookupResult:
    """What a scanned or typed code found: `kind` says how it matched."""

    code: str
    kind: str  # waybill / provider_order / label / order / none
    lines: tuple[LineRow, ...]
    layout: str = "as typed"  # or the keyboard layout `code` was folded from (domain.layouts)
