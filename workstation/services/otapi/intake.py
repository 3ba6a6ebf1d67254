"""Orders and payments that come in through the OT API: AddOrder, PostTransaction,
SalesPaymentReserve, CancelSalesOrder.

The workstation's own orders come from its shop import (and the demo); this is the same
order model filled from OT's `OrderAddData`. Items are checked against the marketplace
(availability, configuration, price) as OT does; goods that cannot be ordered are left
out and said so. A customer's personal account is the sum of its transactions.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import func, select

from workstation.domain import marketplaces
from workstation.domain import statuses as st
from workstation.domain.barcodes import line_label, order_id
from workstation.domain.money import to_yuan
from workstation.providers.base import Offer, Provider, ProviderError
from workstation.services.audit import Actor, audit, set_line_status
from workstation.services.errors import InvalidInput, NotFoundError
from workstation.services.purchase.common import sku_of
from workstation.services.sessions import SessionService
from workstation.store.database import Database
from workstation.store.models import CustomerTransaction, Order, OrderLine, OtapiUser

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ItemRequest:
    item_id: str  # as OT names it: abb-<offer> for 1688, the Taobao item id otherwise
    config_id: str | None
    qty: int
    comment: str = ""


@dataclass(frozen=True)
class AddResult:
    order_id: str
    dropped: tuple[str, ...]  # why each left-out item was left out


@dataclass(frozen=True)
class PaymentInfo:
    order_id: str
    customer_id: str
    balance: Decimal
    amount: Decimal
    paid: Decimal
    currency: str


def provider_of_item(item_id: str) -> tuple[str, str]:
    """(provider kind, the marketplace's own item id) of an OT item id: the marketplace whose
    prefix it carries (domain/marketplaces.py), else the one without a prefix."""
    for m in marketplaces.MARKETPLACES:
        if m.ot_item_prefix and item_id.startswith(m.ot_item_prefix):
            return m.kind, item_id[len(m.ot_item_prefix):]
    plain = next(m for m in marketplaces.MARKETPLACES if not m.ot_item_prefix)
    return plain.kind, item_id


def ot_item_id(provider: str, item_id: str) -> str:
    return marketplaces.marketplace(provider).ot_item_prefix + item_id


class OrderIntake:
    def __init__(self, db: Database, sessions: SessionService, connector: Callable[[str], Provider],
                 actor: Actor, clock: Callable[[], datetime] = lambda: datetime.now(UTC)):
        self._db = db
        self._sessions = sessions
        self._connector = connector
        self._actor = actor
        self._clock = clock

    def _offer_reader(self, provider: str) -> Callable[[str], Offer]:
        connector = self._connector(provider)
        rows = [r for r in self._sessions.list(provider) if r.state != "expired"]
        if not rows:
            raise InvalidInput(f"No {provider} account is logged in, so items cannot be checked; log one in first.")
        token = self._sessions.token(provider, rows[0].account, refresh=connector.refresh)
        return lambda item: connector.get_offer(token, item)

    def add_order(self, customer_id: str, customer_name: str, items: list[ItemRequest], comment: str = "",
                  address: str = "") -> AddResult:
        if not items:
            raise InvalidInput("The order has no items.")
        providers = {provider_of_item(i.item_id)[0] for i in items}
        if len(providers) > 1:
            raise InvalidInput("An order holds the goods of one provider; split Taobao and 1688 items.")
        provider = providers.pop()
        read = self._offer_reader(provider)
        accepted: list[tuple[ItemRequest, str, Offer, object]] = []
        dropped: list[str] = []
        for item in items:
            _p, native = provider_of_item(item.item_id)
            if item.qty < 1:
                dropped.append(f"{item.item_id}: quantity {item.qty} is not positive")
                continue
            try:
                offer = read(native)
            except ProviderError as exc:
                dropped.append(f"{item.item_id}: not available ({exc.message})")
                continue
            sku = sku_of(offer, item.config_id)
            if not offer.available or (offer.skus and sku is None):
                dropped.append(f"{item.item_id}: " + ("not available" if not offer.available
                                                      else f"no configuration {item.config_id!r}"))
                continue
            stock = sku.stock if sku is not None else offer.stock
            if stock < item.qty:
                dropped.append(f"{item.item_id}: only {stock} in stock")
                continue
            accepted.append((item, native, offer, sku))
        if not accepted:
            raise InvalidInput("None of the items can be ordered: " + "; ".join(dropped))
        now = self._clock()
        with self._db.write() as s:
            last = s.scalar(select(func.max(Order.id))) or order_id(100)
            number = int(last.removeprefix("ORD-")) + 1
            oid = order_id(number)
            goods = Decimal(0)
            order = Order(id=oid, provider=provider, customer_id=customer_id, customer_name=customer_name,
                          currency="CNY", goods_amount=Decimal(0), delivery_amount=Decimal("0.00"),
                          paid_amount=Decimal("0.00"), is_paid=False, is_cancelled=False, comment=comment,
                          delivery_address=address, created_at=now, updated_at=now)
            s.add(order)
            s.flush()
            for num, (item, native, offer, sku) in enumerate(accepted, start=1):
                price = to_yuan((sku.promotion_price or sku.price) if sku is not None  # type: ignore[attr-defined]
                                else (offer.promotion_price or offer.price))
                goods += price * item.qty
                line = OrderLine(
                    order_id=oid, line_num=num, label=line_label(number, num), provider=provider,
                    item_id=native, config_id=item.config_id or None,
                    config_text=sku.config_text if sku is not None else "",  # type: ignore[attr-defined]
                    config_text_orig=sku.config_text if sku is not None else "",  # type: ignore[attr-defined]
                    title_orig=offer.title, title="", image_url=offer.image_url, item_url="",
                    seller_id=offer.seller_id, seller_nick=offer.seller_nick,
                    promotion_id=None, is_tmall=offer.is_tmall, qty=item.qty, price_cust=price,
                    delivery_cust=Decimal("0.00"), status=st.AWAITING_PAYMENT, status_changed_at=now,
                    operator_comment=item.comment, version=1)
                s.add(line)
                s.flush()
                set_line_status(s, line, st.AWAITING_PAYMENT, source="otapi", actor=self._actor.user, at=now,
                                note="AddOrder")
            order.goods_amount = to_yuan(goods)
            audit(s, self._actor, "order.add", "order", oid, {}, {"customer": customer_id, "lines": len(accepted),
                                                                 "goods_amount": str(order.goods_amount)}, now)
        return AddResult(oid, tuple(dropped))

    # ------------------------------------------------------------ money

    def balance(self, customer_id: str) -> Decimal:
        with self._db.read() as s:
            return to_yuan(s.scalar(select(func.coalesce(func.sum(CustomerTransaction.amount), 0))
                                    .where(CustomerTransaction.customer_id == customer_id)) or Decimal(0))

    def post_transaction(self, customer_id: str, amount: Decimal, *, is_debit: bool, comment: str = "",
                         at: datetime | None = None) -> Decimal:
        """Credit (or debit) a customer's personal account; the balance after."""
        if amount <= 0:
            raise InvalidInput("The amount must be positive.")
        with self._db.read() as s:  # a customer of an instance, or of an order already here (the demo's)
            known = s.scalar(select(func.count()).select_from(OtapiUser).where(OtapiUser.customer_id == customer_id)) \
                or s.scalar(select(func.count()).select_from(Order).where(Order.customer_id == customer_id))
        if not known:
            raise NotFoundError(f"No customer has the id {customer_id!r}.")
        signed = -to_yuan(amount) if is_debit else to_yuan(amount)
        now = self._clock()
        with self._db.write() as s:
            s.add(CustomerTransaction(customer_id=customer_id, amount=signed, comment=comment, at=at or now,
                                      by=self._actor.user))
            audit(s, self._actor, "account.transaction", "customer", customer_id, {},
                  {"amount": str(signed), "comment": comment}, now)
        return self.balance(customer_id)

    def payment_info(self, order_id_: str) -> PaymentInfo:
        with self._db.read() as s:
            order = s.get(Order, order_id_)
            if order is None:
                raise NotFoundError(f"Order {order_id_!r} does not exist.")
        return PaymentInfo(order.id, order.customer_id, self.balance(order.customer_id),
                           to_yuan(order.goods_amount + order.delivery_amount), order.paid_amount, order.currency)

    def reserve(self, order_id_: str, amount: Decimal) -> PaymentInfo:
        """Pay `amount` of the order from its customer's account. Paid in full, its lines waiting
        for payment become ready for purchase."""
        if amount <= 0:
            raise InvalidInput("The amount must be positive.")
        now = self._clock()
        with self._db.write() as s:
            order = s.get(Order, order_id_)
            if order is None:
                raise NotFoundError(f"Order {order_id_!r} does not exist.")
            if order.is_cancelled:
                raise InvalidInput(f"Order {order.id} is cancelled.")
            total = to_yuan(order.goods_amount + order.delivery_amount)
            remain = total - order.paid_amount
            balance = to_yuan(s.scalar(select(func.coalesce(func.sum(CustomerTransaction.amount), 0))
                                       .where(CustomerTransaction.customer_id == order.customer_id)) or Decimal(0))
            amount = to_yuan(amount)
            if amount > remain:
                raise InvalidInput(f"{amount} is more than the {remain} left to pay on {order.id}.")
            if amount > balance:
                raise InvalidInput(f"{amount} is more than the customer's balance {balance}.")
            s.add(CustomerTransaction(customer_id=order.customer_id, amount=-amount, order_id=order.id,
                                      comment=f"payment of {order.id}", at=now, by=self._actor.user))
            old = {"paid_amount": str(order.paid_amount), "is_paid": order.is_paid}
            order.paid_amount = to_yuan(order.paid_amount + amount)
            order.is_paid = order.paid_amount >= total
            order.updated_at = now
            if order.is_paid:
                for line in s.scalars(select(OrderLine).where(OrderLine.order_id == order.id,
                                                              OrderLine.status == st.AWAITING_PAYMENT)):
                    set_line_status(s, line, st.READY, source="payment", actor=self._actor.user, at=now,
                                    note=f"paid {order.paid_amount}")
            audit(s, self._actor, "order.pay", "order", order.id, old,
                  {"paid_amount": str(order.paid_amount), "is_paid": order.is_paid}, now)
        return self.payment_info(order_id_)

    def cancel(self, order_id_: str, customer_id: str | None = None) -> None:
        """Cancel an order nobody has bought anything of yet; its payments go back to the account."""
        now = self._clock()
        with self._db.write() as s:
            order = s.get(Order, order_id_)
            if order is None or (customer_id is not None and order.customer_id != customer_id):
                raise NotFoundError(f"Order {order_id_!r} does not exist.")
            if order.is_cancelled:
                return
            lines = list(s.scalars(select(OrderLine).where(OrderLine.order_id == order.id)))
            # booked or bound here, or bought by hand (an order number set through the API)
            bought = [li for li in lines if li.provider_order_id is not None or li.vend_purch_id]
            if bought:
                raise InvalidInput(f"Order {order.id} has lines on a marketplace order "
                                   f"({', '.join('#' + str(li.line_num) for li in bought)}); unbind them first")
            for line in lines:
                if not st.status(line.status).final:
                    set_line_status(s, line, st.CANCELLED, source="otapi", actor=self._actor.user, at=now,
                                    note="CancelSalesOrder")
            if order.paid_amount > 0:
                s.add(CustomerTransaction(customer_id=order.customer_id, amount=order.paid_amount,
                                          order_id=order.id, comment=f"refund of {order.id}", at=now,
                                          by=self._actor.user))
            old = {"is_cancelled": False, "paid_amount": str(order.paid_amount)}
            order.is_cancelled, order.paid_amount, order.is_paid, order.updated_at = True, Decimal("0.00"), False, now
            audit(s, self._actor, "order.cancel", "order", order.id, old, {"is_cancelled": True}, now)
