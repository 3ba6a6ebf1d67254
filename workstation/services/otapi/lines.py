"""What an OT operator changes on one order line: UpdateOrderLineForOperator (status, customer
price, weight, purchase figures, comment) and ChangeSalesOrderLinePurchaseInfoForOperator (the
marketplace order number and the waybill).

The rules are the platform's: a line whose booking has no outcome yet (an open intent of the
booking ledger) is not touched; the statuses a person may set by hand are the ones payment,
bookings, synchronisation and the warehouse do not own (`operator_refusal`); every change is
audited with who (the OT login), the station, when, old and new; a waybill is normalised as
scans are, and waiting unmatched parcels are matched as soon as one is set. One transaction
per call, optimistic on the line's version (a concurrent edit is a "reload and retry").
Plain Python, thread-safe.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm.exc import StaleDataError

from workstation.domain import statuses as st
from workstation.domain.barcodes import normalise_code
from workstation.domain.money import FEN, to_yuan
from workstation.services.audit import Actor, audit, set_line_status
from workstation.services.errors import InvalidInput, NotFoundError
from workstation.services.purchase import ledger
from workstation.services.purchase.binding import UNBIND_RESETS
from workstation.services.purchase.service import NOT_RECALCULABLE, order_totals
from workstation.services.warehouse.matching import MatchingService
from workstation.services.warehouse.receiving import ConflictError, MatchedScan
from workstation.store.database import Database
from workstation.store.models import Order, OrderLine
from workstation.store.models import ProviderOrder as PO  # noqa: N817 - the ORM row, kept apart from the connector's ProviderOrder

CODE_MAX = 64  # order_lines.vend_purch_id / vend_purch_waybill
MONEY_MAX = Decimal(10) ** 12  # NUMERIC(14, 2)
# Statuses a marketplace order number moves an unbought line out of: "bought by hand", so no
# booking claims it again (the ledger books only these).
BOUGHT_BY_HAND = st.PURCHASED
MARKETPLACE = (st.BOOKED, st.PURCHASED, st.SENT_BY_SELLER)  # need a marketplace order number
# A warehouse that is the platform's client (OT mode, services/otmode/outbox.py) sets received
# through UpdateOrderLineForOperator, forward from these only.
RECEIVED_FROM = (st.PURCHASED, st.SENT_BY_SELLER)


class LineRefused(InvalidInput):
    """A change the platform refuses; `field` says which value (a LineUpdate field, or
    `vend_purch_id` / `vend_purch_waybill`), `invalid` that the value itself is wrong."""

    def __init__(self, message: str, field: str = "", *, invalid: bool = False):
        super().__init__(message)
        self.field = field
        self.invalid = invalid


class LineNotFound(NotFoundError):
    def __init__(self, message: str, field: str):
        super().__init__(message)
        self.field = field  # "order" or "line"


@dataclass(frozen=True)
class LineUpdate:
    """What to change; None leaves a value as it is."""

    status: str | None = None
    price_cust: Decimal | None = None  # per unit, yuan
    weight_kg: Decimal | None = None
    purch_price: Decimal | None = None  # per unit, yuan
    purch_delivery: Decimal | None = None
    operator_comment: str | None = None

    def given(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None}


MONEY = ("price_cust", "purch_price", "purch_delivery")


@dataclass(frozen=True)
class Changed:
    line_id: int
    old: dict[str, Any]
    new: dict[str, Any]
    matched: tuple[MatchedScan, ...] = ()

    @property
    def changed(self) -> bool:
        return self.old != self.new


def operator_refusal(old: str, new: str, *, paid: bool, bought: bool) -> str:
    """Why a person may not move a line from `old` to `new` by hand ("" when they may).

    Derived from the statuses' own data (`final`, `set_by_sync`, `rank`): payment owns
    awaiting payment -> ready, bookings own outcome unknown and booked, the warehouse owns
    received, packed and sent (as it never lets synchronisation set them) - except that a
    warehouse which is the platform's client (a workstation in OT mode) moves a purchased or
    sent-by-seller line on a marketplace order to received -, final statuses are final, and a
    line on a marketplace order is unbound, not cancelled (a cancellation here cancels nothing
    there)."""
    if old == new:
        return ""
    was, will = st.status(old), st.status(new)
    if was.final:
        return f"the line is {was.name.lower()}, a final status"
    if st.OUTCOME_UNKNOWN in (old, new):
        return "only a booking without a clear answer sets or settles 'outcome unknown'"
    if new == st.RECEIVED and old in RECEIVED_FROM:
        # a warehouse that is the platform's client (a workstation in OT mode) says what arrived
        if not paid:
            return "the order is not paid; only SalesPaymentReserve makes its lines ready"
        if not bought:
            return "received needs a marketplace order number on the line: the goods come from that order"
        return ""
    if new == st.RECEIVED and old not in (st.PACKED, st.SENT_TO_CUSTOMER):
        return ("received is set by the warehouse's receipt, and only on a purchased or sent-by-seller line "
                "with a marketplace order number")
    if not was.set_by_sync or not will.set_by_sync:
        return (f"{(was if not was.set_by_sync else will).name.lower()} is set by the warehouse "
                "(receiving a parcel, CreatePackageForOperator), not by hand")
    if new == st.AWAITING_PAYMENT:
        return "awaiting payment is the state before payment; payments are made with SalesPaymentReserve"
    if new in (st.CANCELLED, st.NOT_AVAILABLE):
        if bought:
            return ("the line is on a marketplace order; unbind it first (RunOrderUnlinkingFromProvider, or "
                    "clear a VendPurchId given by hand): a cancellation here cancels nothing on the marketplace")
        return ""
    if old == st.AWAITING_PAYMENT or not paid:
        return "the order is not paid; only SalesPaymentReserve makes its lines ready"
    if new == st.READY:
        return "" if old == st.PRICE_CONFIRMATION else (
            "a line leaves its marketplace order by unbinding (RunOrderUnlinkingFromProvider)")
    if new == st.PRICE_CONFIRMATION:
        return "" if old == st.READY and not bought else "only a line ready for purchase waits for a price confirmation"
    if new in MARKETPLACE:
        if not bought:
            return (f"{will.name.lower()} needs a marketplace order: book it (RunOrderExportingToProvider), "
                    "bind it (RunOrderLinkingWithProvider) or give its VendPurchId")
        if will.rank <= was.rank:
            return f"statuses move forward; {was.name.lower()} does not go back to {will.name.lower()}"
        return ""
    return f"{was.name.lower()} does not move to {will.name.lower()} by hand"


def check_money(value: Decimal, field: str, what: str) -> Decimal:
    if not value.is_finite():
        raise LineRefused(f"{what} is not a finite number.", field, invalid=True)
    if value < 0:
        raise LineRefused(f"{what} cannot be negative ({value}).", field, invalid=True)
    if value != value.quantize(FEN):
        raise LineRefused(f"{what} has more than two decimals ({value}); amounts are kept to the fen.",
                          field, invalid=True)
    if value >= MONEY_MAX:
        raise LineRefused(f"{what} is too large ({value}).", field, invalid=True)
    return value.quantize(FEN)


WHAT = {"price_cust": "The customer price", "purch_price": "The purchase price",
        "purch_delivery": "The purchase delivery", "weight_kg": "The weight (kg, kept to 10 g)"}


class LineChanges:
    """The operator's line changes. `matching` pairs waiting parcels with a new waybill."""

    def __init__(self, db: Database, matching: MatchingService | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)):
        self._db = db
        self._matching = matching
        self._clock = clock

    # ------------------------------------------------------------ reading

    @staticmethod
    def _line(s: Any, order_id: str, line_id: int) -> tuple[Order, OrderLine]:
        order = s.get(Order, order_id, with_for_update=True, populate_existing=True)  # its totals may change
        if order is None:
            raise LineNotFound(f"Order {order_id!r} does not exist.", "order")
        line = s.get(OrderLine, line_id)
        if line is None or line.order_id != order.id:
            raise LineNotFound(f"Order {order.id} has no line {line_id}.", "line")
        return order, line

    @staticmethod
    def _open_intent(s: Any, line: OrderLine) -> PO | None:
        po = s.get(PO, line.provider_order_id) if line.provider_order_id is not None else None
        return po if po is not None and po.state in ledger.OPEN else None

    @staticmethod
    def _pending(po: PO) -> str:
        return (f"its booking {po.client_ref} has no outcome yet ({po.state}); it is being sent or looked up. "
                "Wait for it, or settle it in the booking's question")

    # ------------------------------------------------------------ UpdateOrderLineForOperator

    def update_line(self, order_id: str, line_id: int, change: LineUpdate, actor: Actor) -> Changed:
        """Apply `change` to the line, all of it or nothing; audited once as `line.update`."""
        wanted = change.given()
        if not wanted:
            raise LineRefused("Nothing to change.")
        for name in (*MONEY, "weight_kg"):
            if name in wanted:
                wanted[name] = check_money(Decimal(wanted[name]), name, WHAT[name])
        if "status" in wanted and not st.is_known(wanted["status"]):
            raise LineRefused(f"Unknown status {wanted['status']!r}.", "status", invalid=True)
        now = self._clock()
        try:
            with self._db.write() as s:
                order, line = self._line(s, order_id, line_id)
                po = self._open_intent(s, line)
                if po is not None:
                    raise LineRefused(f"Line {line.id} (#{line.line_num}) cannot be changed: {self._pending(po)}.",
                                      next(iter(wanted)))
                old = {k: getattr(line, k) for k in wanted}
                if "status" in wanted:
                    why = operator_refusal(line.status, wanted["status"], paid=order.is_paid,
                                           bought=line.provider_order_id is not None or bool(line.vend_purch_id))
                    if why:
                        raise LineRefused(f"Line {line.id} (#{line.line_num}) cannot go from "
                                          f"{st.status(line.status).name.lower()} to "
                                          f"{st.status(wanted['status']).name.lower()}: {why}.", "status")
                if "price_cust" in wanted and wanted["price_cust"] != line.price_cust:
                    self._reprice(s, order, line, wanted["price_cust"], wanted.get("status", line.status),
                                  actor, now)
                for name, value in wanted.items():
                    if name not in ("status", "price_cust"):
                        setattr(line, name, value)
                if "status" in wanted:
                    set_line_status(s, line, wanted["status"], source="otapi", actor=actor.user, at=now,
                                    note="UpdateOrderLineForOperator")
                new = {k: getattr(line, k) for k in wanted}
                if old != new:
                    order.updated_at = now
                    audit(s, actor, "line.update", "order_line", line.id, old,
                          {**new, "via": "UpdateOrderLineForOperator"}, now)
        except StaleDataError:
            raise ConflictError("The line was changed at the same time elsewhere; read it again and "
                                "repeat the change.") from None
        return Changed(line_id, old, new)

    @staticmethod
    def _reprice(s: Any, order: Order, line: OrderLine, price: Decimal, status: str, actor: Actor,
                 now: datetime) -> None:
        """A new customer price, as recalculation sets one: what was paid stays on the line
        (`price_paid`), the order's goods amount follows, so its balance says what the customer now
        owes or is owed; the order's totals are audited, old and new."""
        closed = [c for c in (line.status, status) if c in NOT_RECALCULABLE]
        if closed:
            raise LineRefused(f"Line {line.id} (#{line.line_num}) is {st.status(closed[0]).name.lower()}: "
                              "the customer is not charged for it, so it has no price to change.", "price_cust")
        before = order_totals(order)
        if line.price_paid is None:  # made before price_paid was kept: it is today's price
            line.price_paid = line.price_cust
        order.goods_amount = to_yuan(order.goods_amount + (price - line.price_cust) * line.qty)
        line.price_cust = price
        audit(s, actor, "order.update", "order", order.id, before,
              {**order_totals(order), "line": line.id, "via": "UpdateOrderLineForOperator"}, now)

    # ------------------------------------------------------------ ChangeSalesOrderLinePurchaseInfoForOperator

    def change_purchase_info(self, order_id: str, line_id: int, *, vend_purch_id: str | None,
                             waybill: str | None, actor: Actor,
                             via: str = "ChangeSalesOrderLinePurchaseInfoForOperator",
                             then: Callable[[Any, dict[str, Any], dict[str, Any]], None] | None = None) -> Changed:
        """Set (a value) or clear ("") the marketplace order number and the waybill; None keeps it.

        `via` names the way it came in the audit; `then(s, old, new)` runs inside the same
        transaction when something changed (the warehouse's correction tells the platform's
        outbox: ReceivingService.correct_purchase_info).

        On a line the workstation bound or booked, the order number is the ledger's: only the same
        number is accepted (unbind or bind to change it). On an unbought line a number records a
        purchase made by hand: the line becomes purchased, so no booking buys it again; clearing
        that number makes it ready again. A waybill needs a marketplace order number."""
        if vend_purch_id is None and waybill is None:
            raise LineRefused("Give vendPurchId, vendPurchWaybill or both.", "vend_purch_id", invalid=True)
        wanted: dict[str, str | None] = {}
        for name, raw in (("vend_purch_id", vend_purch_id), ("vend_purch_waybill", waybill)):
            if raw is None:
                continue
            code = normalise_code(raw)
            if len(code) > CODE_MAX:
                raise LineRefused(f"{code[:20]}… is longer than {CODE_MAX} characters.", name, invalid=True)
            wanted[name] = code or None
        first = next(iter(wanted))
        now = self._clock()
        try:
            with self._db.write() as s:
                order, line = self._line(s, order_id, line_id)
                po = self._open_intent(s, line)
                if po is not None:
                    raise LineRefused(f"The purchase information of line {line.id} (#{line.line_num}) is not "
                                      f"overwritten: {self._pending(po)}.", first)
                old = {"vend_purch_id": line.vend_purch_id, "vend_purch_waybill": line.vend_purch_waybill,
                       "status": line.status}
                if "vend_purch_id" in wanted and wanted["vend_purch_id"] != line.vend_purch_id:
                    self._set_vendor(s, order, line, wanted["vend_purch_id"], actor, now)
                if "vend_purch_waybill" in wanted:
                    if wanted["vend_purch_waybill"] and not line.vend_purch_id:
                        raise LineRefused(f"Line {line.id} (#{line.line_num}) has no marketplace order; a waybill "
                                          "comes with one (give vendPurchId too).", "vend_purch_waybill")
                    line.vend_purch_waybill = wanted["vend_purch_waybill"]
                new = {"vend_purch_id": line.vend_purch_id, "vend_purch_waybill": line.vend_purch_waybill,
                       "status": line.status}
                if old != new:
                    order.updated_at = now
                    audit(s, actor, "line.purchase_info", "order_line", line.id, old, {**new, "via": via}, now)
                    if then is not None:
                        then(s, old, new)
        except StaleDataError:
            raise ConflictError("The line was changed at the same time elsewhere; read it again and "
                                "repeat the change.") from None
        matched: tuple[MatchedScan, ...] = ()
        if old != new and (new["vend_purch_waybill"] or new["vend_purch_id"]) and self._matching is not None:
            matched = tuple(self._matching.match_pending(actor=actor, by=actor.user))
        return Changed(line_id, old, new, matched)

    @staticmethod
    def _set_vendor(s: Any, order: Order, line: OrderLine, vendor: str | None, actor: Actor, now: datetime) -> None:
        label = f"Line {line.id} (#{line.line_num})"
        if line.provider_order_id is not None:
            po = s.get(PO, line.provider_order_id)
            there = (po.external_id or po.client_ref) if po is not None else line.vend_purch_id
            raise LineRefused(f"{label} is bound to marketplace order {there} by the workstation; unbind it "
                              "(RunOrderUnlinkingFromProvider) and bind the other order (RunOrderLinkingWithProvider).",
                              "vend_purch_id")
        status = st.status(line.status)
        if vendor is None:  # a purchase recorded by hand, taken back
            line.vend_purch_id = None
            line.vend_purch_waybill = None
            if line.status in UNBIND_RESETS:
                set_line_status(s, line, st.READY, source="otapi", actor=actor.user, at=now,
                                note="marketplace order number cleared")
            return
        if status.final:
            raise LineRefused(f"{label} is {status.name.lower()}; it is not bought any more.", "vend_purch_id")
        if not order.is_paid or line.status == st.AWAITING_PAYMENT:
            raise LineRefused(f"{label}: order {order.id} is not paid; only paid lines are bought.", "vend_purch_id")
        line.vend_purch_id = vendor
        if line.status in ledger.BOOKABLE:
            set_line_status(s, line, BOUGHT_BY_HAND, source="otapi", actor=actor.user, at=now,
                            note=f"bought by hand: marketplace order {vendor}")
