"""Booking (export to provider): check every line, ask about discrepancies, then create one
provider order per seller, each after a recorded intent, never twice.

Replay-safe: a resumed run first reconciles this activity's unfinished intents with the
provider (looked up by our reference), then re-checks lines still open; answered questions
are not asked again.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select, update

from workstation.domain import statuses as st
from workstation.domain.pricing import auto_confirm, difference
from workstation.providers.base import (
    AuthExpired,
    BookingLimitReached,
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
from workstation.services.activities import Abort, Context
from workstation.services.audit import audit, set_line_status
from workstation.services.purchase.common import (
    ABORT,
    CANCEL_PRODUCT,
    CONFIRM,
    SKIP,
    AccountHandler,
    same_goods,
    sku_of,
    split_amount,
)
from workstation.store.models import OrderLine
from workstation.store.models import ProviderOrder as PO

log = logging.getLogger(__name__)
BOOKABLE = (st.READY, st.PRICE_CONFIRMATION)
OPEN_INTENTS = ("submitting", "unknown")


@dataclass(frozen=True)
class Accepted:
    line_id: int
    item_id: str
    sku_id: str | None
    qty: int
    price: Decimal  # the purchase price accepted for it
    seller_id: str
    seller_nick: str


class BookingHandler(AccountHandler):
    def _run(self, ctx: Context, token: Token) -> None:
        p = ctx.params
        connector = self.d.connector(ctx.activity.provider)
        settings = self.d.settings.get(ctx.activity.provider)
        warehouse = self.d.settings.warehouse(int(p["warehouse_id"]))
        self._reconcile_intents(ctx, connector, token)
        lines = self._open_lines(ctx, p["order_id"], p.get("line_ids") or [])
        ctx.progress(found_lines=len(lines))
        if not lines and not self._booked_here(ctx):
            ctx.warning("No line is left to book: they were booked by another booking meanwhile, "
                        "or are no longer ready for purchase.", key="nothing-left")
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
                ctx.warning("Booking stopped; the remaining lines stay ready for purchase.", key="stopped")
                return

    # ------------------------------------------------------------ lines

    def _open_lines(self, ctx: Context, order_id: str, line_ids: list[int]) -> list[OrderLine]:
        """Lines still to book: this order's chosen lines, ready, and not claimed by any booking."""
        with self.d.db.read() as s:
            query = select(OrderLine).where(OrderLine.order_id == order_id, OrderLine.status.in_(BOOKABLE),
                                            OrderLine.provider_order_id.is_(None)).order_by(OrderLine.line_num)
            if line_ids:
                query = query.where(OrderLine.id.in_(line_ids))
            return list(s.scalars(query))

    def _booked_here(self, ctx: Context) -> bool:
        with self.d.db.read() as s:
            return s.scalar(select(PO.id).where(PO.activity_id == ctx.id, PO.state == "submitted").limit(1)) is not None

    def _check_lines(self, ctx: Context, connector: Provider, token: Token, lines: list[OrderLine],
                     settings) -> list[Accepted]:  # type: ignore[no-untyped-def]
        offers: dict[str, Offer | None] = {}
        accepted: list[Accepted] = []
        for line in lines:
            ctx.check_cancelled()
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

    def _check_line(self, ctx: Context, line: OrderLine, offer: Offer | None, settings) -> Accepted | None:  # type: ignore[no-untyped-def]
        what = f"#{line.line_num} {line.title_orig} [{line.config_text_orig}]"
        details = {"title": line.title_orig, "title_en": line.title, "config": line.config_text_orig,
                   "item_id": line.item_id, "qty": line.qty, "customer_price": str(line.price_cust)}
        if offer is None or not offer.available:
            choice = ctx.ask(f"missing:{line.id}", f"{what}: the item is no longer available.",
                             [SKIP, CANCEL_PRODUCT, ABORT], line_id=line.id, details=details)
            return self._apply(ctx, line, choice, None)
        sku = sku_of(offer, line.config_id)
        if line.config_id and sku is None:
            choice = ctx.ask(f"config:{line.id}", f"{what}: this configuration no longer exists.",
                             [SKIP, CANCEL_PRODUCT, ABORT], line_id=line.id,
                             details={**details, "available": [s.config_text for s in offer.skus]})
            return self._apply(ctx, line, choice, None)
        regular = sku.price if sku else offer.price
        promo = sku.promotion_price if sku else offer.promotion_price
        if offer.is_tmall and promo is not None and not settings.tmall_promotions_allowed:
            choice = ctx.ask(f"tmall:{line.id}", f"{what}: a Tmall promotion, and those are not allowed.",
                             [SKIP, CANCEL_PRODUCT, ABORT], line_id=line.id, details=details)
            return self._apply(ctx, line, choice, None)
        price = promo if promo is not None else regular
        stock = sku.stock if sku else offer.stock
        if stock < line.qty:
            choice = ctx.ask(f"stock:{line.id}:{stock}",
                             f"{what}: only {stock} in stock, {line.qty} needed.",
                             [SKIP, CANCEL_PRODUCT, ABORT], line_id=line.id, details={**details, "stock": stock})
            return self._apply(ctx, line, choice, None)
        if not auto_confirm(line.price_cust, price, settings.overpayment_threshold_percent,
                            settings.price_confirmation_mode):
            diff, percent = difference(line.price_cust, price)
            self._mark(line, st.PRICE_CONFIRMATION, ctx)
            choice = ctx.ask(
                f"price:{line.id}:{price}",
                f"{what}: the price is now ¥{price} (paid ¥{line.price_cust}, "
                f"{'+' if diff >= 0 else ''}{diff} ¥{f', {percent}%' if percent is not None else ''}).",
                [CONFIRM, SKIP, CANCEL_PRODUCT, ABORT], line_id=line.id,
                details={**details, "new_price": str(price), "difference": str(diff),
                         "difference_percent": str(percent), "threshold_percent":
                         str(settings.overpayment_threshold_percent), "mode": settings.price_confirmation_mode})
            if choice != CONFIRM.id:
                return self._apply(ctx, line, choice, None)
            ctx.info(f"{what}: new price ¥{price} confirmed.", line_id=line.id)
        return self._apply(ctx, line, "accept", Accepted(line.id, offer.item_id, sku.sku_id if sku else None,
                                                        line.qty, price, offer.seller_id, offer.seller_nick))

    def _apply(self, ctx: Context, line: OrderLine, choice: str, accepted: Accepted | None) -> Accepted | None:
        if choice == ABORT.id:
            raise Abort("aborted by the operator")
        if choice == CANCEL_PRODUCT.id:
            with self.d.db.write() as s:
                fresh = s.get(OrderLine, line.id)
                if fresh is not None and fresh.status in BOOKABLE and fresh.provider_order_id is None:
                    old = fresh.status
                    set_line_status(s, fresh, st.CANCELLED, source="booking", actor=self.d.actor.user,
                                    note=f"cancelled during booking {ctx.id}")
                    audit(s, self.d.actor, "line.cancel", "order_line", line.id, {"status": old},
                          {"status": st.CANCELLED, "activity": ctx.id})
            ctx.warning(f"#{line.line_num} cancelled.", line_id=line.id)
            return None
        if choice == SKIP.id:
            self._mark(line, st.READY, ctx)
            ctx.info(f"#{line.line_num} skipped; it stays ready for purchase.", line_id=line.id)
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
        with self.d.db.write() as s:
            po = PO(provider=ctx.activity.provider, account=ctx.activity.account, client_ref=client_ref,
                    seller_id=seller_id, seller_nick=group[0].seller_nick, state="submitting",
                    created_at=self.d.clock(), activity_id=ctx.id)
            s.add(po)
            s.flush()
            claimed = []
            for a in group:
                # The guarded update is what makes a line bookable once: the loser of a race
                # finds provider_order_id already set and claims nothing.
                won = s.execute(update(OrderLine).where(
                    OrderLine.id == a.line_id, OrderLine.provider_order_id.is_(None),
                    OrderLine.status.in_(BOOKABLE)).values(
                        provider_order_id=po.id, order_item_id=a.item_id, order_sku_id=a.sku_id,
                        version=OrderLine.version + 1)).rowcount
                if won:
                    claimed.append(a)
            if not claimed:
                s.delete(po)
            po_id = po.id
        for a in group:
            if a not in claimed:
                ctx.warning(f"Line {a.line_id} is already being booked elsewhere; left alone.",
                            key=f"taken:{a.line_id}", line_id=a.line_id)
        if not claimed:
            return False
        request = OrderRequest(client_ref=client_ref, seller_id=seller_id, address=address,
                               lines=tuple(OrderRequestLine(a.item_id, a.sku_id, a.qty, a.price) for a in claimed))
        try:
            order = connector.create_order(token, request)
        except TransportError as exc:
            if not exc.outcome_unknown:
                self._fail(ctx, po_id, f"not sent: {exc}")
                return False
            self._set_intent(po_id, "unknown", str(exc))
            ctx.warning(f"The marketplace did not answer clearly ({exc}); looking the order up by {client_ref}.",
                        key=f"unknown:{client_ref}")
            return self._reconcile(ctx, connector, token, po_id, client_ref, check_after)
        except BookingLimitReached as exc:
            self._fail(ctx, po_id, f"booking limit reached: {exc.message}")
            return True
        except AuthExpired:
            self._fail(ctx, po_id, "session expired")
            raise
        except ProviderError as exc:
            self._fail(ctx, po_id, str(exc))
            return False
        self._complete(ctx, connector, token, po_id, order, check_after)
        return False

    def _reconcile_intents(self, ctx: Context, connector: Provider, token: Token) -> None:
        with self.d.db.read() as s:
            pending = s.execute(select(PO.id, PO.client_ref).where(PO.activity_id == ctx.id,
                                                                   PO.state.in_(OPEN_INTENTS))).all()
        settings = self.d.settings.get(ctx.activity.provider)
        for po_id, client_ref in pending:
            ctx.info(f"Resuming: looking up order {client_ref} before anything is sent again.",
                     key=f"resume:{client_ref}")
            self._reconcile(ctx, connector, token, po_id, client_ref, settings.check_order_after_export)

    def _reconcile(self, ctx: Context, connector: Provider, token: Token, po_id: int, client_ref: str,
                   check_after: bool) -> bool:
        try:
            found = connector.find_by_reference(token, client_ref)
        except AuthExpired:
            raise
        except ProviderError as exc:
            self._set_intent(po_id, "unknown", str(exc))
            ctx.error(f"Order {client_ref}: outcome still unknown ({exc}); its lines stay reserved and "
                      "will be looked up again when this activity resumes.", key=f"still-unknown:{client_ref}")
            return True
        if found is None:
            # Not an error: the order was never made, its lines are free and are booked again.
            self._fail(ctx, po_id, "the marketplace has no order with our reference; it was not created",
                       as_error=False)
            return False
        self._complete(ctx, connector, token, po_id, found, check_after)
        return False

    def _set_intent(self, po_id: int, state: str, error: str = "") -> None:
        with self.d.db.write() as s:
            s.execute(update(PO).where(PO.id == po_id).values(state=state, error=error))

    def _fail(self, ctx: Context, po_id: int, why: str, *, as_error: bool = True) -> None:
        with self.d.db.write() as s:
            po = s.get(PO, po_id)
            assert po is not None
            po.state, po.error = "failed", why
            lines = s.scalars(select(OrderLine).where(OrderLine.provider_order_id == po_id)).all()
            for line in lines:
                line.provider_order_id = None
        log_step = ctx.error if as_error else ctx.warning
        log_step(f"Order for seller {po.seller_nick or po.seller_id} was not booked: {why}", key=f"failed:{po_id}")

    def _complete(self, ctx: Context, connector: Provider, token: Token, po_id: int, order: ProviderOrder,
                  check_after: bool) -> None:
        if check_after:
            try:
                order = connector.get_order(token, order.order_id)
            except ProviderError as exc:
                ctx.warning(f"Order {order.order_id} was booked but could not be read back: {exc}",
                            key=f"readback:{order.order_id}")
        mapping = self.d.settings.get(ctx.activity.provider).status_mapping
        now = self.d.clock()
        problems: list[tuple[int, str]] = []
        with self.d.db.write() as s:
            po = s.get(PO, po_id)
            assert po is not None
            lines = list(s.scalars(select(OrderLine).where(OrderLine.provider_order_id == po_id)
                                   .order_by(OrderLine.line_num)))
            po.state, po.external_id, po.raw_status = "submitted", order.order_id, order.status
            po.goods_amount, po.delivery_amount = order.goods_amount, order.delivery_amount
            po.total_amount, po.modified_at, po.synced_at = order.total_amount, order.modified_at, now
            deliveries = split_amount(order.delivery_amount, len(lines))
            remote = list(order.lines)
            for line, delivery in zip(lines, deliveries, strict=True):
                match = next((r for r in remote if same_goods(r.item_id, r.sku_id, line)), None)
                old = {"status": line.status, "purch_price": line.purch_price}
                if match is not None:
                    remote.remove(match)
                    line.purch_price = match.unit_price
                    line.external_line_id = match.line_id
                    if check_after and match.quantity != line.qty:
                        problems.append((line.id, f"#{line.line_num}: booked {match.quantity}, ordered {line.qty}"))
                elif check_after:
                    problems.append((line.id, f"#{line.line_num}: not found in marketplace order {order.order_id}"))
                line.purch_delivery = delivery
                line.vend_purch_id, line.account = order.order_id, ctx.activity.account
                set_line_status(s, line, mapping.get(order.status, st.BOOKED), source="booking",
                                actor=self.d.actor.user, at=now, note=f"order {order.order_id}")
                audit(s, self.d.actor, "line.book", "order_line", line.id, old,
                      {"status": line.status, "purch_price": line.purch_price, "vend_purch_id": order.order_id,
                       "account": line.account, "activity": ctx.id}, now)
            if check_after:
                for r in remote:
                    problems.append((0, f"marketplace order {order.order_id} holds an extra item {r.item_id}"))
        for line_id, message in problems:
            ctx.error(f"Check after export: {message}", key=f"check:{po_id}:{message}", line_id=line_id or None)
        self._check_prices(ctx, po_id)
        with self.d.db.read() as s:
            booked = s.scalar(select(func.count()).select_from(PO)
                              .where(PO.activity_id == ctx.id, PO.state == "submitted")) or 0
        ctx.progress(found_provider_orders=booked)
        ctx.info(f"Booked marketplace order {order.order_id} ({len(order.lines)} item(s), ¥{order.total_amount}).",
                 key=f"booked:{po_id}")

    def _check_prices(self, ctx: Context, po_id: int) -> None:
        """A booked price above the accepted one (e.g. booked without the discount) is an error."""
        with self.d.db.read() as s:
            lines = s.scalars(select(OrderLine).where(OrderLine.provider_order_id == po_id)).all()
        answers = ctx.answers  # the confirmed prices are in the question keys
        for line in lines:
            confirmed = [Decimal(k.split(":")[2]) for k, v in answers.items()
                         if k.startswith(f"price:{line.id}:") and v == CONFIRM.id]
            ceiling = max(confirmed) if confirmed else None
            if ceiling is not None and line.purch_price is not None and line.purch_price > ceiling:
                ctx.error(f"#{line.line_num}: booked at ¥{line.purch_price}, above the confirmed ¥{ceiling}.",
                          key=f"price-check:{line.id}", line_id=line.id)
