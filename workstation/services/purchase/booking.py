"""Booking (export to provider): check every line, ask about discrepancies, then create one
provider order per seller, each after a recorded intent, never twice.

Every intent and line claim goes through the booking ledger (ledger.py). Replay-safe: a
resumed run first looks this activity's open intents up by our reference (a look-up that
finds nothing settles nothing: reconcile.py), then re-checks lines still open; answered
questions are not asked again. An order whose outcome stays unknown keeps its lines reserved
and is asked about at the end, while reconciliation goes on by itself.
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workstation.domain import messages as msg
from workstation.domain import statuses as st
from workstation.domain.money import FEN
from workstation.domain.pricing import auto_confirm, difference, percent_shown
from workstation.providers.base import (
    AuthExpired,
    BookingLimitReached,
    MalformedResponse,
    NotFound,
    Offer,
    OrderRequest,
    OrderRequestLine,
    Provider,
    ProviderError,
    ProviderOrder,
    Token,
    TransportError,
)
from workstation.services.activities import Abort, Choice, Context, fit_key
from workstation.services.audit import Actor, audit, set_line_status
from workstation.services.purchase import ledger
from workstation.services.purchase.common import (
    ABORT,
    CANCEL_PRODUCT,
    CONFIRM,
    SKIP,
    AccountHandler,
    sku_of,
)
from workstation.services.purchase.ledger import BOOKABLE, IntentLine
from workstation.store.models import ActivityAnswer, ActivityStep, AuditEntry, OrderLine
from workstation.store.models import ProviderOrder as PO  # noqa: N817 - the ORM row, kept apart from the connector's ProviderOrder

log = logging.getLogger(__name__)
KEEP_CHECKING = Choice("keep", "Keep checking in the background")
NO_ORDER = Choice("no_order", "I checked on the marketplace: no order was created")
BUY_AGAIN = Choice("buy_again", "Buy it again")
PICK_PREFIX = "sku:"  # a configuration question's answer "sku:<sku id>": book that configuration instead
# Where a person sees an item on the marketplace, when the line has no URL of its own.
ITEM_PAGES = {"1688": "https://detail.1688.com/offer/{}.html", "taobao": "https://item.taobao.com/item.htm?id={}"}


@dataclass(frozen=True)
class Accepted:
    line_id: int
    item_id: str
    sku_id: str | None
    qty: int
    price: Decimal  # the purchase price accepted for it
    seller_id: str
    seller_nick: str
    confirmed: bool = False  # a person confirmed that price in a question
    line_num: int = 0  # the #N people see, for messages


class BookingHandler(AccountHandler):
    def _run(self, ctx: Context, token: Token) -> None:
        p = ctx.params
        connector = self.d.connector(ctx.activity.provider)
        settings = self.d.settings.get(ctx.activity.provider)
        warehouse = self.d.settings.warehouse(int(p["warehouse_id"]))
        try:
            self._settle_own_intents(ctx, connector, token)
            lines = self._open_lines(p["order_id"], p.get("line_ids") or [])
            # the whole booking's lines: a resumed run finds only those still open
            ctx.progress(found_lines=max(len(lines), ctx.activity.found_lines))
            if not lines and not self._touched_here(ctx):
                ctx.warning(msg.NOTHING_LEFT(), key="nothing-left")
                return
            accepted = self._check_lines(ctx, connector, token, lines, settings)
            groups: dict[str, list[Accepted]] = {}
            for a in accepted:
                groups.setdefault(a.seller_id, []).append(a)
            for index, (seller_id, group) in enumerate(sorted(groups.items())):
                ctx.check_cancelled()
                ctx.progress(percent=50 + 50 * index // max(1, len(groups)))
                stop = self._book_group(ctx, connector, token, seller_id, group, warehouse.to_address(),
                                        settings.check_order_after_export)
                if stop:
                    ctx.warning(msg.BOOKING_STOPPED(), key="stopped")
                    break
            self._ask_about_unknowns(ctx)
        except Abort:
            self.ended(ctx.id)
            raise

    def ended(self, activity_id: str) -> None:
        """The booking was aborted or cancelled: a line it left waiting for a price confirmation
        goes back to ready for purchase (the next booking asks again)."""
        with self.d.db.write() as s:
            keys = s.scalars(select(ActivityStep.question_key).where(
                ActivityStep.activity_id == activity_id, ActivityStep.question_key.like("price:%"))).all()
            line_ids = {int(k.split(":")[1]) for k in keys if k}
            for line in s.scalars(select(OrderLine).where(OrderLine.id.in_(line_ids),
                                                          OrderLine.status == st.PRICE_CONFIRMATION,
                                                          OrderLine.provider_order_id.is_(None))):
                set_line_status(s, line, st.READY, source="booking", actor=self.d.actor.user,
                                note=f"booking {activity_id} ended before the price was settled")

    # ------------------------------------------------------------ lines

    def _open_lines(self, order_id: str, line_ids: list[int]) -> list[OrderLine]:
        """Lines still to book: this order's chosen lines, ready, and not claimed by any booking."""
        with self.d.db.read() as s:
            query = select(OrderLine).where(OrderLine.order_id == order_id, OrderLine.status.in_(BOOKABLE),
                                            OrderLine.provider_order_id.is_(None)).order_by(OrderLine.line_num)
            if line_ids:
                query = query.where(OrderLine.id.in_(line_ids))
            return list(s.scalars(query))

    def _touched_here(self, ctx: Context) -> bool:
        """Did this activity already write an intent (a replay finds its lines claimed)?"""
        with self.d.db.read() as s:
            return s.scalar(select(PO.id).where(PO.activity_id == ctx.id).limit(1)) is not None

    def _check_lines(self, ctx: Context, connector: Provider, token: Token, lines: list[OrderLine],
                     settings) -> list[Accepted]:  # type: ignore[no-untyped-def]
        offers: dict[str, Offer | None] = {}
        accepted: list[Accepted] = []
        for line in lines:
            ctx.check_cancelled()
            if line.unbound_from and not self._rebuy_allowed(ctx, connector, token, line, settings):
                continue
            if line.item_id not in offers:
                try:
                    offers[line.item_id] = connector.get_offer(token, line.item_id)
                except NotFound:
                    offers[line.item_id] = None
            offer = offers[line.item_id]
            result = self._check_line(ctx, line, offer, settings)
            if result is not None:
                accepted.append(result)
        return accepted

    @staticmethod
    def _what(line: OrderLine) -> str:
        return f"#{line.line_num} {line.title_orig} [{line.config_text_orig}]"

    @staticmethod
    def _details(line: OrderLine) -> dict:  # type: ignore[type-arg]
        """What a question shows about its line: which line, the goods, and where to see them."""
        page = ITEM_PAGES.get(line.provider, "")
        return {"title": line.title_orig, "title_en": line.title, "config": line.config_text_orig,
                "item_id": line.item_id, "qty": line.qty, "customer_price": str(line.price_cust),
                "order_id": line.order_id, "line_num": line.line_num, "label": line.label,
                "line_id": line.id, "image_url": line.image_url, "provider": line.provider,
                "item_url": line.item_url or (page.format(line.item_id) if page else "")}

    def _rebuy_allowed(self, ctx: Context, connector: Provider, token: Token, line: OrderLine,
                       settings) -> bool:  # type: ignore[no-untyped-def]
        """The line was unbound from a marketplace order that still lived: buying it again is a
        second purchase unless that order is cancelled by now. Ask first."""
        previous = line.unbound_from or ""
        try:
            order = connector.get_order(token, previous)
        except NotFound:
            return True
        except AuthExpired:
            raise
        except ProviderError as exc:
            state = msg.REBUY_UNREADABLE(error=str(exc))
        else:
            if settings.status_mapping.get(order.status) == st.CANCELLED:
                return True
            state = msg.REBUY_STATUS(status=order.status)
        choice = ctx.ask(f"rebuy:{line.id}:{previous}",
                         msg.REBUY_QUESTION(what=self._what(line), previous=previous, state=state),
                         [BUY_AGAIN, SKIP, CANCEL_PRODUCT, ABORT], line_id=line.id,
                         details={**self._details(line), "previous_order": previous,
                                  "previous_status": state.english})
        if choice == BUY_AGAIN.id:
            ctx.info(msg.REBUY_DONE(line=line.line_num, previous=previous),
                     key=f"rebuy:{line.id}", line_id=line.id)
            return True
        self._apply(ctx, line, choice, None)
        return False

    def _check_line(self, ctx: Context, line: OrderLine, offer: Offer | None, settings) -> Accepted | None:  # type: ignore[no-untyped-def]
        what = self._what(line)
        details = self._details(line)
        if offer is None or not offer.available:
            choice = ctx.ask(f"missing:{line.id}", msg.ITEM_MISSING(what=what),
                             [SKIP, CANCEL_PRODUCT, ABORT], line_id=line.id, details=details)
            return self._apply(ctx, line, choice, None)
        sku = sku_of(offer, line.config_id)
        if line.config_id and sku is None:
            # The seed's way out: choose another configuration. One question; the answer names it.
            offered = [{"choice": f"{PICK_PREFIX}{s.sku_id}", "config": s.config_text, "stock": s.stock,
                        "price": str(s.promotion_price if s.promotion_price is not None else s.price),
                        "pickable": s.stock >= line.qty} for s in offer.skus]
            picks = [Choice(o["choice"], f"{o['config']}: ¥{o['price']}") for o in offered if o["pickable"]]
            choice = ctx.ask(f"config:{line.id}:{line.config_id}", msg.CONFIG_MISSING(what=what),
                             [*picks, SKIP, CANCEL_PRODUCT, ABORT], line_id=line.id,
                             details={**details, "available": [s.config_text for s in offer.skus],
                                      "offered": offered})
            if not choice.startswith(PICK_PREFIX):
                return self._apply(ctx, line, choice, None)
            sku = offer.sku(choice[len(PICK_PREFIX):])
            if sku is None or not self._reconfigure(ctx, line, sku, f"config:{line.id}:{line.config_id}"):
                ctx.warning(msg.CONFIG_GONE(line=line.line_num), key=f"pick-gone:{line.id}:{choice}", line_id=line.id)
                return self._apply(ctx, line, SKIP.id, None)
            what, details = self._what(line), self._details(line)
        regular = sku.price if sku else offer.price
        promo = sku.promotion_price if sku else offer.promotion_price
        if offer.is_tmall and promo is not None and not settings.tmall_promotions_allowed:
            choice = ctx.ask(f"tmall:{line.id}", msg.TMALL_PROMOTION(what=what),
                             [SKIP, CANCEL_PRODUCT, ABORT], line_id=line.id, details=details)
            return self._apply(ctx, line, choice, None)
        price = promo if promo is not None else regular
        stock = sku.stock if sku else offer.stock
        if stock < line.qty:
            choice = ctx.ask(f"stock:{line.id}:{stock}",
                             msg.LOW_STOCK(what=what, stock=stock, needed=line.qty),
                             [SKIP, CANCEL_PRODUCT, ABORT], line_id=line.id, details={**details, "stock": stock})
            return self._apply(ctx, line, choice, None)
        confirmed = False
        threshold = settings.overpayment_threshold_percent
        diff, _rounded = difference(line.price_cust, price)
        percent = percent_shown(line.price_cust, price, threshold)
        sign = "+" if diff >= 0 else ""
        change = (msg.PRICE_CHANGE_PERCENT(sign=sign, difference=diff, percent=percent) if percent
                  else msg.PRICE_CHANGE(sign=sign, difference=diff))
        if not auto_confirm(line.price_cust, price, threshold, settings.price_confirmation_mode):
            self._mark(line, st.PRICE_CONFIRMATION, ctx)
            key = f"price:{line.id}:{price}"
            choice = ctx.ask(
                key, msg.PRICE_QUESTION(what=what, price=price, paid=line.price_cust, change=change),
                [CONFIRM, SKIP, CANCEL_PRODUCT, ABORT], line_id=line.id,
                details={**details, "new_price": str(price), "difference": str(diff),
                         "line_difference": str(diff * line.qty), "difference_percent": str(percent),
                         "threshold_percent": str(threshold), "mode": settings.price_confirmation_mode,
                         "threshold_price": str((line.price_cust * (100 + threshold) / 100)
                                                              .quantize(FEN, rounding=ROUND_DOWN))})
            if choice != CONFIRM.id:
                return self._apply(ctx, line, choice, None)
            self._audit_confirmed(ctx, line, price, key)
            ctx.info(msg.PRICE_CONFIRMED(what=what, price=price), line_id=line.id)
            confirmed = True
        elif price != line.price_cust:
            ctx.info(msg.PRICE_AUTO(what=what, price=price, paid=line.price_cust, change=change, threshold=threshold),
                     key=f"auto-price:{line.id}:{price}", line_id=line.id)
        return self._apply(ctx, line, "accept", Accepted(line.id, offer.item_id, sku.sku_id if sku else None,
                                                        line.qty, price, offer.seller_id, offer.seller_nick,
                                                        confirmed, line.line_num))

    def _answerer(self, ctx: Context, question_key: str) -> Actor:
        """Who answered a question: the name stored with the answer (the CLI stores it), else this
        station's person: an answer given in the window is run on by the window's own process."""
        with self.d.db.read() as s:
            who = s.scalar(select(ActivityAnswer.answered_by).where(
                ActivityAnswer.activity_id == ctx.id, ActivityAnswer.question_key == fit_key(question_key)))
        return Actor(who or self.d.actor.user, self.d.actor.workstation)

    def _audit_confirmed(self, ctx: Context, line: OrderLine, price: Decimal, question_key: str) -> None:
        """A person confirmed a price: one audit row per confirmation (a replay writes none)."""
        actor = self._answerer(ctx, question_key)
        with self.d.db.write() as s:
            done = s.scalar(select(AuditEntry.id).where(
                AuditEntry.entity == "order_line", AuditEntry.entity_id == str(line.id),
                AuditEntry.action == "line.price_confirm",
                AuditEntry.new_json.contains(f'"question": {json.dumps(question_key)}'),
                AuditEntry.new_json.contains(f'"activity": {json.dumps(ctx.id)}')).limit(1))
            if done is None:
                # the price the line may be bought at: the customer's until a person accepted more
                audit(s, actor, "line.price_confirm", "order_line", line.id, {"accepted_price": line.price_cust},
                      {"accepted_price": price, "customer_price": line.price_cust,
                       "difference_per_unit": price - line.price_cust,
                       "difference_line": (price - line.price_cust) * line.qty, "qty": line.qty,
                       "activity": ctx.id, "question": question_key})

    def _reconfigure(self, ctx: Context, line: OrderLine, sku, question_key: str) -> bool:  # type: ignore[no-untyped-def]
        """The person picked another configuration: the line now names it (audited, old values
        kept). False when the line is no longer this booking's to change."""
        actor = self._answerer(ctx, question_key)
        with self.d.db.write() as s:
            fresh = s.get(OrderLine, line.id)
            if fresh is None or fresh.status not in BOOKABLE or fresh.provider_order_id is not None:
                return False
            old = {"config_id": fresh.config_id, "config_text_orig": fresh.config_text_orig,
                   "config_text": fresh.config_text, "price_cust": fresh.price_cust}
            # the customer's kind of id: Taobao's own SKU id there, the order API's id on 1688 (demo.py)
            fresh.config_id = (sku.native_sku_id or sku.sku_id) if fresh.provider == "taobao" else sku.sku_id
            fresh.config_text_orig = fresh.config_text = sku.config_text
            audit(s, actor, "line.configuration", "order_line", line.id, old,
                  {"config_id": fresh.config_id, "config_text_orig": sku.config_text, "sku_id": sku.sku_id,
                   "offered_price": sku.promotion_price if sku.promotion_price is not None else sku.price,
                   "activity": ctx.id, "question": question_key})
        line.config_id, line.config_text_orig, line.config_text = fresh.config_id, sku.config_text, sku.config_text
        ctx.info(msg.CONFIG_CHANGED(line=line.line_num, config=sku.config_text),
                 key=f"picked:{line.id}:{sku.sku_id}", line_id=line.id)
        return True

    def _apply(self, ctx: Context, line: OrderLine, choice: str, accepted: Accepted | None) -> Accepted | None:
        if choice == ABORT.id:
            raise Abort(msg.REASON_ABORTED())
        if choice == CANCEL_PRODUCT.id:
            with self.d.db.write() as s:
                fresh = s.get(OrderLine, line.id)
                if fresh is not None and fresh.status in BOOKABLE and fresh.provider_order_id is None:
                    old = fresh.status
                    set_line_status(s, fresh, st.CANCELLED, source="booking", actor=self.d.actor.user,
                                    note=f"cancelled during booking {ctx.id}")
                    audit(s, self.d.actor, "line.cancel", "order_line", line.id, {"status": old},
                          {"status": st.CANCELLED, "activity": ctx.id})
            ctx.warning(msg.LINE_CANCELLED(line=line.line_num), line_id=line.id)
            return None
        if choice == SKIP.id:
            self._mark(line, st.READY, ctx)
            ctx.info(msg.LINE_SKIPPED(line=line.line_num), line_id=line.id)
            return None
        return accepted

    def _mark(self, line: OrderLine, status: str, ctx: Context) -> None:
        if line.status == status:
            return
        with self.d.db.write() as s:
            fresh = s.get(OrderLine, line.id)
            if fresh is not None and fresh.status in BOOKABLE and fresh.provider_order_id is None:
                set_line_status(s, fresh, status, source="booking", actor=self.d.actor.user)
        line.status = status

    # ------------------------------------------------------------ orders

    def _book_group(self, ctx: Context, connector: Provider, token: Token, seller_id: str,
                    group: list[Accepted], address, check_after: bool) -> bool:  # type: ignore[no-untyped-def]
        """Create one provider order for a seller's lines. True when booking must stop."""
        client_ref = f"WS{uuid.uuid4().hex[:18].upper()}"
        planned = [IntentLine(a.line_id, a.item_id, a.sku_id, a.qty, a.price, a.confirmed) for a in group]
        # Ledger writes are pure database work: retried whole on a PostgreSQL conflict (T16);
        # the create call stays outside every transaction.
        po_id, claimed_ids = self.d.db.transaction(lambda s: ledger.open_intent(
            s, provider=ctx.activity.provider, account=ctx.activity.account, client_ref=client_ref,
            seller_id=seller_id, seller_nick=group[0].seller_nick, activity_id=ctx.id, lines=planned,
            now=self.d.clock()))
        claimed = [a for a in group if a.line_id in claimed_ids]
        for a in group:
            if a not in claimed:
                ctx.warning(msg.LINE_TAKEN(line=a.line_num), key=f"taken:{a.line_id}", line_id=a.line_id)
        if po_id is None:
            return False
        request = OrderRequest(client_ref=client_ref, seller_id=seller_id, address=address,
                               lines=tuple(OrderRequestLine(a.item_id, a.sku_id, a.qty, a.price) for a in claimed))
        try:
            order = connector.create_order(token, request)
        except TransportError as exc:
            if not exc.outcome_unknown:
                self._fail(ctx, po_id, msg.NOT_SENT(error=str(exc)))
                return False
            return self._unknown(ctx, connector, token, po_id, client_ref, str(exc))  # the platform's words
        except MalformedResponse as exc:  # it may well have been created: the answer is unreadable
            return self._unknown(ctx, connector, token, po_id, client_ref, msg.UNREADABLE_ANSWER(error=str(exc)))
        except BookingLimitReached as exc:
            self._fail(ctx, po_id, msg.LIMIT_REACHED(error=exc.message))
            return True
        except AuthExpired:
            self._fail(ctx, po_id, msg.WHY_SESSION_EXPIRED())
            raise
        except ProviderError as exc:
            self._fail(ctx, po_id, str(exc))
            return False
        self._complete(ctx, connector, token, po_id, order, check_after)
        return False

    def _unknown(self, ctx: Context, connector: Provider, token: Token, po_id: int, client_ref: str,
                 why: msg.Message | str) -> bool:
        """No clear answer: the intent is unknown, its lines stay reserved; look it up once now.
        True (stop booking) when even the look-up failed: the marketplace is not answering."""
        self.d.db.transaction(lambda s: ledger.mark_unknown(s, ledger.lock(s, po_id), str(why), self.d.clock(),
                                                            by=self.d.actor.user))
        ctx.warning(msg.UNCLEAR_ANSWER(why=why, reference=client_ref),
                    key=f"unknown:{client_ref}")
        report = self.d.reconciler.check(po_id, connector, token, sender_alive_ok=True)
        self._count_booked(ctx)
        return bool(report.errors)

    def _settle_own_intents(self, ctx: Context, connector: Provider, token: Token) -> None:
        """Before anything is sent again: look up what this activity sent and never heard back."""
        for intent in self.d.reconciler.open_intents(activity_id=ctx.id):
            ctx.info(msg.RESUMING(reference=intent.client_ref),
                     key=f"resume:{intent.client_ref}")
            self.d.reconciler.check(intent.id, connector, token, sender_alive_ok=True)
        self._count_booked(ctx)

    def _ask_about_unknowns(self, ctx: Context) -> None:
        """Each order of this booking still without an outcome: tell the person, and let them settle it."""
        settings = self.d.settings.get(ctx.activity.provider)
        for intent in self.d.reconciler.open_intents(activity_id=ctx.id):
            if intent.state != ledger.UNKNOWN:
                continue
            minutes = max(1, settings.unknown_settle_seconds // 60)
            choice = ctx.ask(
                f"unknown:{intent.client_ref}",
                msg.UNKNOWN_QUESTION(reference=intent.client_ref, lines=len(intent.line_ids), minutes=minutes,
                                   order=ctx.params["order_id"]),
                [KEEP_CHECKING, NO_ORDER],
                details={"title": f"{ctx.params['order_id']}: order {intent.client_ref}",
                         "title_en": f"Seller {intent.seller}",
                         "client_ref": intent.client_ref, "seller": intent.seller, "lines": list(intent.line_ids),
                         "error": intent.error, "settle_seconds": settings.unknown_settle_seconds})
            if choice == NO_ORDER.id and intent.client_ref in {
                    i.client_ref for i in self.d.reconciler.open_intents(activity_id=ctx.id)}:
                self.d.reconciler.give_up(intent.client_ref, by=self._answered_by(ctx, intent.client_ref))

    def _answered_by(self, ctx: Context, client_ref: str) -> str:
        with self.d.db.read() as s:
            who = s.scalar(select(ActivityAnswer.answered_by).where(
                ActivityAnswer.activity_id == ctx.id, ActivityAnswer.question_key == f"unknown:{client_ref}"))
        return who or self.d.actor.user

    def _fail(self, ctx: Context, po_id: int, why: msg.Message | str) -> None:
        """The platform refused the create, or it was never sent: the lines are bookable again."""
        def release(s: Session) -> str:
            po = ledger.lock(s, po_id)
            ledger.release(s, po, ledger.FAILED, str(why), actor=self.d.actor, by=self.d.actor.user, now=self.d.clock())
            return po.seller_nick or po.seller_id

        seller = self.d.db.transaction(release)
        ctx.error(msg.NOT_BOOKED(seller=seller, why=why), key=f"failed:{po_id}")

    def _complete(self, ctx: Context, connector: Provider, token: Token, po_id: int, order: ProviderOrder,
                  check_after: bool) -> None:
        if check_after:
            try:
                order = connector.get_order(token, order.order_id)
            except ProviderError as exc:
                ctx.warning(msg.READBACK_FAILED(order=order.order_id, error=str(exc)),
                            key=f"readback:{order.order_id}")
        # Every line's actual price goes through the rule here, check after export on or off.
        self.d.reconciler.found(po_id, order, by="create answer", check_after=check_after, announce=False)
        self._count_booked(ctx)
        ctx.info(msg.BOOKED(order=order.order_id, items=len(order.lines), total=order.total_amount),
                 key=f"booked:{po_id}")

    def _count_booked(self, ctx: Context) -> None:
        with self.d.db.read() as s:
            booked = s.scalar(select(func.count()).select_from(PO)
                              .where(PO.activity_id == ctx.id, PO.state == ledger.CREATED)) or 0
        ctx.progress(found_provider_orders=booked)
