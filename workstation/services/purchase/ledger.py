"""The booking ledger: every intent to create a marketplace order, the line claims tied to it,
and the one table of allowed transitions, checked here and nowhere else.

An intent (a `provider_orders` row with our reference) is written, and its lines claimed,
before the create is sent. Its states:

- `submitting`: written; the create is being sent (or the sender died while sending).
- `created`: the marketplace holds the order; its lines are bought.
- `unknown`: no clear answer (timeout, 5xx, dropped connection, a crash). Lines stay claimed.
- `failed`: the platform refused it, or it was never sent; the claims are released.
- `absent`: the platform's lists kept not showing our reference for the settle period.
- `given_up`: a person checked on the marketplace and said no order was created.

A line's claim is `order_lines.provider_order_id` pointing at the intent: held while the
intent is open (submitting, unknown), bought once it is created, released (NULL) when it is
failed, absent or given up. An order found later for a released intent is linked all the
same; a line that was meanwhile bought again raises a "possible duplicate purchase" alarm.
Every function here works inside the caller's write transaction.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from workstation.domain import messages as msg
from workstation.domain import statuses as st
from workstation.domain.pricing import MODE_LOWER_PRICE, auto_confirm
from workstation.providers.base import ProviderOrder
from workstation.services.alerts import raise_alert
from workstation.services.audit import Actor, audit, set_line_status
from workstation.services.purchase.common import same_goods, split_amount
from workstation.store.models import OrderLine
from workstation.store.models import ProviderOrder as PO  # noqa: N817 - the ORM row, kept apart from the connector's ProviderOrder
from workstation.store.rows import affected

log = logging.getLogger(__name__)

SUBMITTING, CREATED, UNKNOWN = "submitting", "created", "unknown"
FAILED, ABSENT, GIVEN_UP = "failed", "absent", "given_up"
OPEN = (SUBMITTING, UNKNOWN)  # the lines stay claimed
RELEASED = (FAILED, ABSENT, GIVEN_UP)  # not created, as far as anyone knows
STATES = (SUBMITTING, CREATED, UNKNOWN, FAILED, ABSENT, GIVEN_UP)

# (from, to) -> why it is allowed. Nothing else is.
TRANSITIONS: dict[tuple[str | None, str], str] = {
    (None, SUBMITTING): "intent written before the create is sent",
    (None, CREATED): "an order bought by hand is bound, or an order with an unknown reference is found",
    (SUBMITTING, CREATED): "the create answered with the order, or a look-up found it",
    (SUBMITTING, UNKNOWN): "no clear answer: timeout, 5xx, dropped connection, or the sender died",
    (SUBMITTING, FAILED): "the platform refused the create, or it was never sent",
    (UNKNOWN, CREATED): "a look-up, a synchronisation or a person found the order",
    (UNKNOWN, ABSENT): "the platform kept not showing our reference for the settle period",
    (UNKNOWN, GIVEN_UP): "a person checked on the marketplace: no order was created",
    (FAILED, CREATED): "an order refused or never sent turned up all the same",
    (ABSENT, CREATED): "the order turned up after the settle period",
    (GIVEN_UP, CREATED): "the order turned up after a person gave it up",
}
# Bookable line statuses; OUTCOME_UNKNOWN lines are claimed and never bookable.
BOOKABLE = (st.READY, st.PRICE_CONFIRMATION)
# Where a released line goes back to.
RELEASE_TO = st.READY

# Reconciliation of unknown intents: look again after these many seconds (then the last, capped).
CHECK_BACKOFF_SECONDS = (15, 30, 60, 120, 300)
MIN_CLEAN_LOOKUPS = 4  # look-ups that found nothing before an intent may be called absent


class LedgerError(RuntimeError):
    """A transition outside the table: a bug, never an operator's mistake."""


def check(old: str | None, new: str) -> str:
    """The reason the transition is allowed; LedgerError when it is not."""
    try:
        return TRANSITIONS[(old, new)]
    except KeyError:
        raise LedgerError(f"booking ledger: {old} -> {new} is not an allowed transition") from None


def next_check(checks: int, now: datetime) -> datetime:
    return now + timedelta(seconds=CHECK_BACKOFF_SECONDS[min(checks, len(CHECK_BACKOFF_SECONDS) - 1)])


@dataclass(frozen=True)
class IntentLine:
    line: int
    item: str
    sku: str | None
    qty: int
    price: Decimal  # the price accepted for it before sending
    confirmed: bool  # a person confirmed that price in a question

    def to_json(self) -> dict:  # type: ignore[type-arg]
        return {"line": self.line, "item": self.item, "sku": self.sku, "qty": self.qty,
                "price": str(self.price), "confirmed": self.confirmed}

    @classmethod
    def from_json(cls, raw: dict) -> IntentLine:  # type: ignore[type-arg]
        return cls(int(raw["line"]), raw["item"], raw.get("sku"), int(raw["qty"]), Decimal(raw["price"]),
                   bool(raw.get("confirmed")))


def intent_lines(po: PO) -> list[IntentLine]:
    return [IntentLine.from_json(r) for r in json.loads(po.lines_json or "[]")]


@dataclass
class Outcome:
    """What recording a created order found that a person must hear about."""

    problems: list[tuple[int | None, msg.Message]] = field(default_factory=list)  # (line id, message)
    alarms: list[msg.Message] = field(default_factory=list)
    linked: int = 0


def lock(s: Session, po_id: int) -> PO:
    """The intent, locked for this transaction (FOR UPDATE on PostgreSQL; SQLite's write
    transactions are exclusive already)."""
    po = s.get(PO, po_id, with_for_update=True, populate_existing=True)
    if po is None:
        raise LedgerError(f"booking ledger: intent {po_id} does not exist")
    return po


def _move(po: PO, new: str, *, by: str, error: str | None = None) -> None:
    check(po.state, new)
    po.state = new
    po.resolved_by = by[:100]
    if error is not None:
        po.error = error


def open_intent(s: Session, *, provider: str, account: str, client_ref: str, seller_id: str, seller_nick: str,
                activity_id: str, lines: Sequence[IntentLine], now: datetime) -> tuple[int | None, list[int]]:
    """Write the intent and claim its lines; (intent id, claimed line ids). A line already
    claimed, or no longer bookable, is left out; with none claimed, no intent is kept."""
    check(None, SUBMITTING)
    po = PO(provider=provider, account=account, client_ref=client_ref, seller_id=seller_id,
            seller_nick=seller_nick, state=SUBMITTING, created_at=now, activity_id=activity_id)
    s.add(po)
    s.flush()
    claimed: list[IntentLine] = []
    for line in lines:
        # The guarded update is what makes a line bookable once: the loser of a race finds
        # provider_order_id already set and claims nothing.
        won = affected(s, update(OrderLine).where(
            OrderLine.id == line.line, OrderLine.provider_order_id.is_(None),
            OrderLine.status.in_(BOOKABLE)).values(
                provider_order_id=po.id, order_item_id=line.item, order_sku_id=line.sku,
                version=OrderLine.version + 1))
        if won:
            claimed.append(line)
    if not claimed:
        s.delete(po)
        return None, []
    po.lines_json = json.dumps([c.to_json() for c in claimed])
    return po.id, [c.line for c in claimed]


def mark_unknown(s: Session, po: PO, why: str, now: datetime, *, by: str) -> None:
    """No clear answer: the lines stay claimed and show "Outcome unknown: checking"."""
    if po.state == UNKNOWN:
        po.error = why or po.error
        return
    _move(po, UNKNOWN, by=by, error=why)
    po.next_check_at = next_check(0, now) if po.checks == 0 else po.next_check_at
    for line in _claimed(s, po):
        set_line_status(s, line, st.OUTCOME_UNKNOWN, source="booking", actor=by, at=now,
                        note=f"outcome of {po.client_ref} unknown: {why}"[:500])


def lookup_missed(po: PO, now: datetime, settle: timedelta) -> bool:
    """A clean look-up did not find the intent's order. True when it may now be called absent:
    several look-ups, the last after the settle period from the intent."""
    po.checks += 1
    po.last_check_at = now
    po.next_check_at = next_check(po.checks, now)
    return po.checks >= MIN_CLEAN_LOOKUPS and now - _aware(po.created_at, now) >= settle


def lookup_failed(po: PO, now: datetime) -> None:
    """A look-up that could not be made (5xx, no network): it proves nothing, look again later."""
    po.last_check_at = now
    po.next_check_at = next_check(po.checks, now)


def release(s: Session, po: PO, new: str, why: str, *, actor: Actor, by: str, now: datetime) -> list[int]:
    """Failed, absent or given up: the claims are released and the lines are bookable again."""
    assert new in RELEASED
    _move(po, new, by=by, error=why)
    po.next_check_at = None
    freed = []
    for line in _claimed(s, po):
        old = {"status": line.status, "provider_order_id": po.id}
        line.provider_order_id = None
        line.order_item_id = line.order_sku_id = None
        if line.status in (st.OUTCOME_UNKNOWN, st.PRICE_CONFIRMATION):
            set_line_status(s, line, RELEASE_TO, source="booking", actor=by, at=now,
                            note=f"{po.client_ref} {new}: {why}"[:500])
        if new != FAILED:  # a refused create touched no money; the others are decisions
            audit(s, actor, f"intent.{new}", "order_line", line.id, old,
                  {"status": line.status, "client_ref": po.client_ref, "why": why, "by": by}, now)
        freed.append(line.id)
    return freed


def record_created(s: Session, po: PO, order: ProviderOrder, *, mapping: dict[str, str], check_after: bool,
                   threshold: Decimal, actor: Actor, by: str, now: datetime, activity_id: str | None) -> Outcome:
    """The marketplace holds `order` for this intent: link its lines, take each line's paid price
    from the order, and put every price through the rule. Idempotent for a created intent."""
    outcome = Outcome()
    if po.state == CREATED:
        if po.external_id != order.order_id:  # one reference, two orders: the platform made it twice
            message = msg.DUPLICATE_REFERENCE(first=po.external_id, second=order.order_id, reference=po.client_ref)
            if raise_alarm(s, f"duplicate-ref:{po.id}:{order.order_id}", "duplicate", po, message, now,
                           external_id=order.order_id):
                outcome.problems.append((None, message))
                outcome.alarms.append(message)
        return outcome  # recorded already (the create's answer and a look-up can both bring it)
    _move(po, CREATED, by=by)
    po.external_id, po.raw_status = order.order_id, order.status
    po.goods_amount, po.delivery_amount = order.goods_amount, order.delivery_amount
    po.total_amount, po.modified_at, po.synced_at = order.total_amount, order.modified_at, now
    po.next_check_at = None
    planned = {il.line: il for il in intent_lines(po)}
    lines = _claimed(s, po)
    if len(lines) < len(planned):  # released meanwhile: claim again what is still free
        lines += _reclaim(s, po, [i for i in planned if i not in {li.id for li in lines}], order, outcome, now)
    deliveries = split_amount(order.delivery_amount, len(lines)) if lines else []
    remote = list(order.lines)
    target = mapping.get(order.status, st.BOOKED)
    for line, delivery in zip(sorted(lines, key=lambda li: li.line_num), deliveries, strict=True):
        match = next((r for r in remote if line.external_line_id and r.line_id == line.external_line_id), None) \
            or next((r for r in remote if same_goods(r.item_id, r.sku_id, line)), None)
        old = {"status": line.status, "purch_price": line.purch_price, "purch_delivery": line.purch_delivery,
               "vend_purch_id": line.vend_purch_id}
        if match is not None:
            remote.remove(match)
            line.purch_price = match.unit_price
            line.external_line_id = match.line_id
            if check_after and match.quantity != line.qty:
                outcome.problems.append((line.id, msg.QTY_DIFFERS(line=line.line_num, booked=match.quantity,
                                                                ordered=line.qty)))
        elif check_after:
            outcome.problems.append((line.id, msg.NOT_IN_ORDER(line=line.line_num, external=order.order_id)))
        line.purch_delivery = delivery
        line.vend_purch_id, line.account = order.order_id, po.account
        line.unbound_from = None
        set_line_status(s, line, target, source="booking", actor=by, at=now, note=f"order {order.order_id}")
        audit(s, actor, "line.book", "order_line", line.id, old,
              {"status": line.status, "purch_price": line.purch_price, "purch_delivery": line.purch_delivery,
               "vend_purch_id": order.order_id,
               "account": line.account, "client_ref": po.client_ref, "activity": activity_id}, now)
        outcome.linked += 1
        price_rule(s, po, line, planned.get(line.id), threshold, actor, now, outcome)
    if check_after:
        for r in remote:
            outcome.problems.append((None, msg.EXTRA_ITEM(external=order.order_id, item=r.item_id)))
    return outcome


def price_rule(s: Session, po: PO, line: OrderLine, planned: IntentLine | None, threshold: Decimal,
               actor: Actor, now: datetime, outcome: Outcome, *, raised_from: Decimal | None = None) -> bool:
    """The actual purchase price against the customer price (`price_cust`, what is due now):
    within the rule, or no higher than what a person confirmed. Anything else is flagged,
    audited and told; never silent. True when the price is within.

    After the booking (`record_created`) and again whenever synchronisation brings a price the
    marketplace raised since (`raised_from`, the price known before): each raised price above
    the rule is an alarm of its own, so a second raise is never hidden behind the first."""
    paid_price = line.purch_price
    if paid_price is None:
        return True
    if auto_confirm(line.price_cust, paid_price, threshold, MODE_LOWER_PRICE):
        return True
    if planned is not None and planned.confirmed and paid_price <= planned.price:
        return True
    ceiling = planned.price if planned is not None and planned.confirmed else None
    limit = (msg.LIMIT_CONFIRMED(price=ceiling) if ceiling is not None
             else msg.LIMIT_RULE(threshold=threshold, price=line.price_cust))
    key = f"above_rule:{line.id}:{po.external_id}"
    old: dict[str, object] = {"price_cust": line.price_cust}
    if raised_from is None:
        message = msg.ABOVE_RULE(line=line.line_num, paid=paid_price, external=po.external_id, limit=limit,
                                 customer=line.price_cust)
    else:
        message = msg.PRICE_RAISED_ABOVE_RULE(order=line.order_id, line=line.line_num, old=raised_from,
                                              new=paid_price, external=po.external_id, limit=limit,
                                              customer=line.price_cust)
        key, old["purch_price"] = f"{key}:{paid_price}", raised_from
    audit(s, actor, "line.above_rule", "order_line", line.id, old,
          {"purch_price": paid_price, "accepted": planned.price if planned else None,
           "confirmed": bool(planned and planned.confirmed), "vend_purch_id": po.external_id}, now)
    raise_alarm(s, key, "above_rule", po, message, now, line_id=line.id)
    outcome.problems.append((line.id, message))
    outcome.alarms.append(message)
    return False


def _reclaim(s: Session, po: PO, line_ids: Iterable[int], order: ProviderOrder, outcome: Outcome,
             now: datetime) -> list[OrderLine]:
    got = []
    for line_id in line_ids:
        line = s.get(OrderLine, line_id)
        if line is None:
            continue
        if line.provider_order_id is None and line.status in BOOKABLE:
            line.provider_order_id = po.id
            got.append(line)
            continue
        other = s.get(PO, line.provider_order_id) if line.provider_order_id else None
        where = (msg.WHERE_OTHER_ORDER(external=other.external_id or other.client_ref) if other is not None
                 else msg.WHERE_STATUS(status=st.status(line.status).name.lower()))
        message = msg.DUPLICATE_LINE(external=order.order_id, reference=po.client_ref, order=line.order_id,
                                   line=line.line_num, where=where)
        raise_alarm(s, f"duplicate:{po.id}:{line.id}", "duplicate", po, message, now, line_id=line.id)
        outcome.problems.append((line.id, message))
        outcome.alarms.append(message)
    return got


def raise_alarm(s: Session, key: str, kind: str, po: PO | None, message: msg.Message | str, now: datetime, *,
                line_id: int | None = None, provider: str = "", account: str = "", external_id: str = "") -> bool:
    """Record a money alarm once per key (services/alerts.py keeps them); True when it is new."""
    return raise_alert(s, key, kind, message, now, provider=po.provider if po else provider,
                       account=po.account if po else account, line_id=line_id,
                       external_id=(po.external_id if po else external_id) or "",
                       provider_order_id=po.id if po else None)


def _claimed(s: Session, po: PO) -> list[OrderLine]:
    return list(s.scalars(select(OrderLine).where(OrderLine.provider_order_id == po.id).order_by(OrderLine.line_num)))


def _aware(moment: datetime, like: datetime) -> datetime:
    if moment.tzinfo is None and like.tzinfo is not None:
        return moment.replace(tzinfo=like.tzinfo)
    return moment
