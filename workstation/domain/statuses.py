"""Order-line statuses: the workstation's own set, as data, with their OT counterparts.

Adding a status (a quality-inspection step, a returned-to-vendor exit) is a new
row here and, where it should, a new entry in a provider's status mapping.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LineStatus:
    code: str  # stored in the database; never changes once released
    name: str  # English display name (translated in the UI)
    rank: int  # position along the happy path; side exits rank after it
    ot_name: str  # OT admin-panel status this maps to (inferred, see docs/domain.md)
    group: str  # purchase-pane group: unpaid / ready / booked / purchased / warehouse / closed
    set_by_sync: bool = True  # False: only the warehouse sets it, never synchronisation
    final: bool = False


AWAITING_PAYMENT = "awaiting_payment"
READY = "ready"
PRICE_CONFIRMATION = "price_confirmation"
OUTCOME_UNKNOWN = "outcome_unknown"  # a create without a clear answer: reserved until it is settled
BOOKED = "booked"
PURCHASED = "purchased"
SENT_BY_SELLER = "sent_by_seller"
RECEIVED = "received"
PACKED = "packed"
SENT_TO_CUSTOMER = "sent_to_customer"
CANCELLED = "cancelled"
NOT_AVAILABLE = "not_available"

STATUSES: tuple[LineStatus, ...] = (
    LineStatus(AWAITING_PAYMENT, "Awaiting payment", 0, "Awaiting payment", "unpaid"),
    LineStatus(READY, "Ready for purchase", 1, "Paid", "ready"),
    LineStatus(PRICE_CONFIRMATION, "Waiting for price confirmation", 2, "Price confirmation", "ready"),
    LineStatus(OUTCOME_UNKNOWN, "Outcome unknown: checking", 2, "Paid", "booked", set_by_sync=False),
    LineStatus(BOOKED, "Booked", 3, "Paid", "booked"),
    LineStatus(PURCHASED, "Purchased", 4, "Ordered", "purchased"),
    LineStatus(SENT_BY_SELLER, "Sent by seller", 5, "Ordered", "purchased"),
    LineStatus(RECEIVED, "Received at warehouse", 6, "Received at warehouse", "warehouse", set_by_sync=False),
    LineStatus(PACKED, "Packed", 7, "Packing", "warehouse", set_by_sync=False),
    LineStatus(SENT_TO_CUSTOMER, "Sent to customer", 8, "Shipped", "closed", set_by_sync=False, final=True),
    LineStatus(CANCELLED, "Cancelled", 90, "Cancelled", "closed", final=True),
    LineStatus(NOT_AVAILABLE, "Not available", 91, "Impossible to deliver", "closed", final=True),
)

BY_CODE: dict[str, LineStatus] = {s.code: s for s in STATUSES}

# What a scan at the warehouse decides with (services.warehouse.scanning):
# lines at the warehouse or beyond count as received in full when no receipt says otherwise;
# lines that can never arrive are not waited for ("arrived but never confirmed").
RECEIVED_OR_BEYOND = frozenset({RECEIVED, PACKED, SENT_TO_CUSTOMER})
NEVER_ARRIVES = frozenset({CANCELLED, NOT_AVAILABLE})


def status(code: str) -> LineStatus:
    """The status with this code; KeyError names the unknown code."""
    try:
        return BY_CODE[code]
    except KeyError:
        raise KeyError(f"unknown line status {code!r}") from None


def is_known(code: str) -> bool:
    return code in BY_CODE


# Default provider status -> line status mappings (docs/domain.md, editable per provider).
DEFAULT_MAPPING_TAOBAO: dict[str, str] = {
    # Taobao Global spells awaiting payment WAIT_BUYER_P (docs/protocols.md#statuses);
    # BULIDING (sic) is an order still being created. Both added to docs/domain.md's table.
    "BULIDING": BOOKED,
    "WAIT_BUYER_P": BOOKED,
    "WAIT_BUYER_PAY": BOOKED,
    "WAIT_SELLER_SEND_GOODS": PURCHASED,
    "SELLER_CONSIGNED_PART": SENT_BY_SELLER,
    "WAIT_BUYER_CONFIRM_GOODS": SENT_BY_SELLER,
    "TRADE_BUYER_SIGNED": SENT_BY_SELLER,
    "TRADE_FINISHED": SENT_BY_SELLER,
    "TRADE_CLOSED": CANCELLED,
    "TRADE_CLOSED_BY_TAOBAO": CANCELLED,
}
DEFAULT_MAPPING_1688: dict[str, str] = {
    "waitbuyerpay": BOOKED,
    "waitsellersend": PURCHASED,
    "waitbuyerreceive": SENT_BY_SELLER,
    "confirm_goods": SENT_BY_SELLER,
    "success": SENT_BY_SELLER,
    "cancel": CANCELLED,
    "terminated": CANCELLED,
}
