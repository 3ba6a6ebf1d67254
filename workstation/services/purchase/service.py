"""Starting purchase activities after checking the request, and recalculation.

Every refusal is a UserFacingError naming the order, line, account or address at fault,
and nothing is changed by a refused request.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from workstation.domain import messages as msg
from workstation.domain import statuses as st
from workstation.domain.addresses import validate_warehouse
from workstation.domain.money import to_yuan
from workstation.domain.roles import Permission
from workstation.services.activities import ActivityInfo, ActivityService
from workstation.services.audit import Actor, audit
from workstation.services.errors import InvalidInput, NotFoundError
from workstation.services.people import require
from workstation.services.platform import LocalPlatform, Platform
from workstation.services.purchase import ledger
from workstation.services.purchase.binding import order_lives
from workstation.services.purchase.ledger import BOOKABLE
from workstation.services.sessions import SessionService
from workstation.services.settings import SettingsService
from workstation.store.database import Database
from workstation.store.models import Order, OrderLine, ProviderOrder

# The customer pays nothing for these lines, so their prices are not recalculated.
NOT_RECALCULABLE = frozenset({st.CANCELLED, st.NOT_AVAILABLE})


def order_totals(order: Order) -> dict[str, Decimal]:
    """An order's money as the audit records it: goods, delivery, paid and the balance due."""
    return {"goods_amount": order.goods_amount, "delivery_amount": order.delivery_amount,
            "paid_amount": order.paid_amount,
            "balance_due": to_yuan(order.goods_amount + order.delivery_amount - order.paid_amount)}


class NeedsConfirmation(InvalidInput):
    """The request is allowed only when the person confirms it (the GUI asks; the CLI wants --force)."""


@dataclass(frozen=True)
class RecalcChange:
    line_id: int
    line_num: int
    old_price: Decimal
    new_price: Decimal
    old_delivery: Decimal
    new_delivery: Decimal


class PurchaseService:
    def __init__(self, db: Database, activities: ActivityService, sessions: SessionService,
                 settings: SettingsService, actor: Actor, platform: Platform | None = None):
        self._db = db
        self.activities = activities
        self._sessions = sessions
        self._settings = settings
        self._actor = actor
        self._platform: Platform = platform or LocalPlatform()

    @property
    def chooses_warehouse(self) -> bool:
        """Does a booking take one of this station's warehouse addresses? (No in OT mode: the
        instance's own settings name its warehouse.)"""
        return self._platform.needs_warehouse_address

    # ------------------------------------------------------------ checks

    def _order(self, order_id: str) -> tuple[Order, list[OrderLine]]:
        with self._db.read() as s:
            order = s.get(Order, order_id.strip().upper())
            if order is None:
                raise NotFoundError(f"Order {order_id!r} does not exist.")
            return order, list(order.lines)

    def _lines(self, order: Order, lines: list[OrderLine], line_ids: Sequence[int]) -> list[OrderLine]:
        by_id = {li.id: li for li in lines}
        missing = [i for i in line_ids if i not in by_id]
        if missing:
            raise InvalidInput(f"Line(s) {', '.join(map(str, missing))} are not lines of order {order.id}.")
        chosen = [by_id[i] for i in line_ids] if line_ids else lines
        foreign = [li for li in chosen if li.provider != order.provider]
        if foreign:
            raise InvalidInput(f"Line(s) {', '.join(f'#{li.line_num}' for li in foreign)} of {order.id} belong to "
                               "another provider.")
        return chosen

    def _account(self, provider: str, account: str) -> None:
        owner = self._sessions.provider_of(account)
        if owner != provider:
            raise InvalidInput(f"Account {account!r} is a {owner} account; this needs a {provider} account.")

    # ------------------------------------------------------------ activities

    def start_booking(self, order_id: str, account: str, line_ids: Sequence[int] = (),
                      warehouse_id: int | None = None) -> str:
        require(self._actor, Permission.BOOK)
        order, lines = self._order(order_id)
        if order.is_cancelled:
            raise InvalidInput(f"Order {order.id} is cancelled.")
        if not order.is_paid:
            raise InvalidInput(f"Order {order.id} is not paid; only paid orders may be booked.")
        chosen = self._lines(order, lines, line_ids)
        if line_ids:
            wrong = [li for li in chosen if li.status not in BOOKABLE or li.provider_order_id is not None]
            if wrong:
                raise InvalidInput("Not ready for purchase: " + ", ".join(
                    f"#{li.line_num} ({st.status(li.status).name})" for li in wrong))
        else:
            reserved = [li for li in chosen if li.status == st.OUTCOME_UNKNOWN]
            chosen = [li for li in chosen if li.status in BOOKABLE and li.provider_order_id is None]
            if not chosen:
                more = (f" {len(reserved)} line(s) are reserved by an order whose outcome is still being checked "
                        "(workstation-cli intents)." if reserved else "")
                raise InvalidInput(f"Order {order.id} has no lines ready for purchase.{more}")
        self._account(order.provider, account)
        # In OT mode the instance books to the warehouse its own settings name.
        warehouse = (self._warehouse(order.provider, warehouse_id) if self._platform.needs_warehouse_address
                     else None)
        return self.activities.create(
            "booking", order.provider, account,
            {"order_id": order.id, "line_ids": [li.id for li in chosen] if line_ids else [],
             "warehouse_id": warehouse}, description=msg.DESCRIBE_BOOKING(order=order.id), created_by=self._actor.user)

    def _warehouse(self, provider: str, warehouse_id: int | None) -> int:
        rows = self._settings.warehouses(provider)
        if warehouse_id is None:
            if not rows:
                raise InvalidInput(f"No warehouse address is set up for {provider}; add one in the settings.")
            chosen = next((w for w in rows if w.is_default), rows[0])
        else:
            chosen = next((w for w in rows if w.id == warehouse_id), None)
            if chosen is None:
                raise InvalidInput(f"Warehouse address {warehouse_id} is not a {provider} warehouse address.")
        problems = validate_warehouse(name=chosen.name, mobile=chosen.mobile, postal_code=chosen.postal_code,
                                      province=chosen.province, city=chosen.city, district=chosen.district,
                                      address=chosen.address, phone=chosen.phone, provider=provider)
        if problems:
            raise InvalidInput(f"Warehouse address {chosen.id} is invalid: " + "; ".join(map(str, problems)))
        return chosen.id

    def start_sync(self, account: str) -> str:
        provider = self._sessions.provider_of(account)
        return self.activities.create("sync", provider, account, {}, description=msg.DESCRIBE_SYNC(account=account),
                                      created_by=self._actor.user)

    def start_bind(self, order_id: str, provider_order_id: str, account: str) -> str:
        require(self._actor, Permission.BIND)
        order, _lines = self._order(order_id)
        if not provider_order_id.strip():
            raise InvalidInput("provider order number: required")
        self._account(order.provider, account)
        return self.activities.create(
            "binding", order.provider, account, {"order_id": order.id, "provider_order_id": provider_order_id.strip()},
            description=msg.DESCRIBE_BINDING(external=provider_order_id, order=order.id), created_by=self._actor.user)

    def start_unbind(self, order_id: str, account: str, line_ids: Sequence[int] = (), *, force: bool = False) -> str:
        """Refused while a booking of those lines has no outcome yet; a line whose marketplace order
        still exists is unbound only with `force` (NeedsConfirmation says which). In OT mode the
        platform keeps the marketplace orders (no ledger here) and asks about a live one itself
        (the activity's question, services/otmode/remote.py)."""
        require(self._actor, Permission.BIND)
        order, lines = self._order(order_id)
        if self._platform.is_remote:
            if not any(li.vend_purch_id for li in self._lines(order, lines, line_ids)):
                raise InvalidInput(f"Order {order.id} has no lines on a marketplace order to unbind.")
            self._account(order.provider, account)
        else:
            chosen = [li for li in self._lines(order, lines, line_ids) if li.provider_order_id is not None]
            self._account(order.provider, account)
            self._check_local_unbind(order.provider, chosen, force)
        return self.activities.create("unbinding", order.provider, account,
                                      {"order_id": order.id, "line_ids": list(line_ids), "force": force},
                                      description=msg.DESCRIBE_UNBINDING(order=order.id), created_by=self._actor.user)

    def _check_local_unbind(self, provider: str, chosen: Sequence[OrderLine], force: bool) -> None:
        """The ledger's rules for unbinding these lines here (see start_unbind)."""
        mapping = self._settings.get(provider).status_mapping
        with self._db.read() as s:
            intents = {po.id: po for po in s.scalars(select(ProviderOrder).where(
                ProviderOrder.id.in_({li.provider_order_id for li in chosen})))}
        pending = [(li, intents[li.provider_order_id]) for li in chosen
                   if li.provider_order_id in intents and intents[li.provider_order_id].state in ledger.OPEN]
        if pending:
            raise InvalidInput("Cannot unbind while their booking has no outcome yet: " + ", ".join(
                f"#{li.line_num} (order {po.client_ref}, {po.state})" for li, po in pending)
                + ". It is being looked up; decide in its question, or wait.")
        live = [(li, intents[li.provider_order_id]) for li in chosen if li.provider_order_id in intents
                and order_lives(intents[li.provider_order_id].raw_status, mapping)]
        if live and not force:
            orders = sorted({po.external_id or "" for _li, po in live})
            raise NeedsConfirmation(
                f"Marketplace order {', '.join(orders)} still exists on the marketplace "
                f"({', '.join(sorted({po.raw_status for _li, po in live}))}). Unbinding leaves it there, and "
                f"booking the lines again buys them a second time. Unbind anyway: --force.")

    def run(self, activity_id: str) -> ActivityInfo:
        """Run it here until it ends or asks (the CLI). A person waits for it, so an activity
        followed on the platform is watched (OT mode looks every 2 s instead of 15 s)."""
        self.activities.watch(activity_id, True)
        try:
            return self.activities.run(activity_id)
        finally:
            self.activities.watch(activity_id, False)

    # ------------------------------------------------------------ recalculation

    def recalculate(self, order_id: str, line_ids: Sequence[int], *, price: bool = True,
                    delivery: bool = True) -> list[RecalcChange]:
        """Set customer price and/or delivery to the purchase figures (only after the customer agreed).

        What the customer paid stays on the line (`price_paid`); the order's goods and delivery
        amounts follow the change, so its balance (total less paid) says what the customer now
        owes or is owed. Lines, order and balance are audited, old and new, in one transaction."""
        require(self._actor, Permission.PRICES)
        if self._platform.is_remote:
            raise InvalidInput("In OT mode the customer's prices are the OT Box instance's: recalculate "
                               "the order on OT Box; the next refresh brings the new prices here.")
        if not (price or delivery):
            raise InvalidInput("Choose the price, the delivery, or both.")
        if not line_ids:
            raise InvalidInput("Choose the lines to recalculate.")
        order_id = order_id.strip().upper()
        changes: list[RecalcChange] = []
        with self._db.write() as s:
            # locked for this transaction: its totals are read, changed and written back
            order = s.get(Order, order_id, with_for_update=True, populate_existing=True)
            if order is None:
                raise NotFoundError(f"Order {order_id!r} does not exist.")
            chosen = self._lines(order, list(order.lines), line_ids)
            closed = [li for li in chosen if li.status in NOT_RECALCULABLE]
            if closed:
                raise InvalidInput("Nothing to recalculate on " + ", ".join(
                    f"line #{li.line_num} ({st.status(li.status).name.lower()})" for li in closed)
                    + ": the customer is not charged for it. Leave it out.")
            lacking = [li for li in chosen
                       if (price and li.purch_price is None) or (delivery and li.purch_delivery is None)]
            if lacking:
                raise InvalidInput("No purchase figures yet for: " + ", ".join(
                    f"line #{li.line_num}" for li in lacking) + " (they are known once the line is booked).")
            goods_change = delivery_change = Decimal("0.00")
            for line in sorted(chosen, key=lambda li: li.line_num):
                old = {"price_cust": line.price_cust, "delivery_cust": line.delivery_cust}
                new_price = line.purch_price if price and line.purch_price is not None else line.price_cust
                new_delivery = (line.purch_delivery if delivery and line.purch_delivery is not None
                                else line.delivery_cust)
                changes.append(RecalcChange(line.id, line.line_num, line.price_cust, new_price,
                                            line.delivery_cust, new_delivery))
                if line.price_paid is None:  # made before price_paid was kept: it is today's price
                    line.price_paid = line.price_cust
                goods_change += (new_price - line.price_cust) * line.qty
                delivery_change += new_delivery - line.delivery_cust
                line.price_cust, line.delivery_cust = new_price, new_delivery
                audit(s, self._actor, "line.recalculate", "order_line", line.id, old,
                      {"price_cust": new_price, "delivery_cust": new_delivery})
            if goods_change or delivery_change:
                before = order_totals(order)
                order.goods_amount = to_yuan(order.goods_amount + goods_change)
                order.delivery_amount = to_yuan(order.delivery_amount + delivery_change)
                audit(s, self._actor, "order.recalculate", "order", order.id, before, order_totals(order))
        return changes
