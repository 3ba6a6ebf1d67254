"""Binding a marketplace order bought by hand to a customer order, and unbinding lines."""

from __future__ import annotations

from sqlalchemy import select

from workstation.domain import messages as msg
from workstation.domain import statuses as st
from workstation.providers.base import AuthExpired, NotFound, ProviderError, Token
from workstation.services.activities import Abort, Choice, Context
from workstation.services.audit import audit, set_line_status
from workstation.services.purchase import ledger
from workstation.services.purchase.common import (
    ABORT,
    SKIP,
    AccountHandler,
    PurchaseDeps,
    same_goods,
    sku_of,
    split_amount,
)
from workstation.store.models import OrderLine
from workstation.store.models import ProviderOrder as PO  # noqa: N817 - the ORM row, kept apart from the connector's ProviderOrder

BIND_ANYWAY = Choice("bind", "Bind anyway")
# OT mode: the platform refused to unbind a line whose marketplace order still lives (`--force` here)
FORCE_UNBIND = Choice("force", "Unbind anyway")
KEEP_BOUND = Choice("keep_bound", "Keep it bound")
# The same answer as a booking's abort (same id, same key in the dialog), named for what it stops.
ABORT_BINDING = Choice(ABORT.id, "Abort binding")
UNBINDABLE = (st.CANCELLED, st.NOT_AVAILABLE, st.RECEIVED, st.PACKED, st.SENT_TO_CUSTOMER)
UNBIND_RESETS = (st.BOOKED, st.PURCHASED, st.SENT_BY_SELLER, st.PRICE_CONFIRMATION)


class BindHandler(AccountHandler):
    def _run(self, ctx: Context, token: Token) -> None:
        provider, account = ctx.activity.provider, ctx.activity.account
        order_id, external_id = ctx.params["order_id"], str(ctx.params["provider_order_id"]).strip()
        connector = self.d.connector(provider)
        try:
            remote = connector.get_order(token, external_id)
        except NotFound:
            ctx.error(msg.BIND_NO_ORDER(account=account, external=external_id))
            return
        except AuthExpired:
            raise
        except ProviderError as exc:
            ctx.error(msg.BIND_UNREADABLE(external=external_id, error=str(exc)))
            return
        with self.d.db.read() as s:
            ours = s.scalar(select(PO.id).where(PO.provider == provider, PO.client_ref == remote.client_ref,
                                                PO.state != ledger.CREATED)) if remote.client_ref else None
        if ours is not None:
            # The order one of our bookings sent without a clear answer: binding it settles that intent.
            report = self.d.reconciler.found(ours, remote, by=f"bound by {self.d.actor.user}")
            for alarm in report.alarm_messages:
                ctx.error(alarm, key=f"alarm:{alarm}"[:200])
            ctx.info(msg.BIND_OUR_REFERENCE(external=external_id, reference=remote.client_ref), key="bound-intent")
            return
        with self.d.db.read() as s:
            existing = s.scalar(select(PO).where(PO.provider == provider, PO.external_id == external_id))
            if existing is not None:
                other = s.scalars(select(OrderLine.order_id).where(OrderLine.provider_order_id == existing.id)).all()
                if other and any(o != order_id for o in other):
                    ctx.error(msg.BIND_ALREADY(external=external_id, orders=", ".join(sorted(set(other)))))
                    return
            free = list(s.scalars(select(OrderLine).where(
                OrderLine.order_id == order_id, OrderLine.provider_order_id.is_(None),
                OrderLine.status.not_in(UNBINDABLE)).order_by(OrderLine.line_num)))
        ctx.progress(found_provider_orders=1, found_lines=len(free))
        ids = self._order_ids(connector, token, free)
        pairs: list[tuple[int, object]] = []
        for r in remote.lines:
            same_item = [li for li in free if ids.get(li.id) == (r.item_id, r.sku_id or None)
                         or same_goods(r.item_id, r.sku_id, li)]
            exact = next((li for li in same_item if li.qty == r.quantity), None)
            what = f"{r.title or r.item_id} [{r.config_text}] x{r.quantity}"
            if exact is not None:
                free.remove(exact)
                pairs.append((exact.id, r))
            elif same_item:
                line = same_item[0]
                choice = ctx.ask(f"qty:{r.line_id}", msg.BIND_QTY_QUESTION(what=what, line=line.line_num, qty=line.qty),
                                 [BIND_ANYWAY, SKIP, ABORT_BINDING], line_id=line.id)
                if choice == ABORT.id:
                    raise Abort(msg.REASON_ABORTED())
                if choice == BIND_ANYWAY.id:
                    free.remove(line)
                    pairs.append((line.id, r))
            else:
                choice = ctx.ask(f"nomatch:{r.line_id}", msg.BIND_NO_MATCH_QUESTION(what=what, order=order_id),
                                 [SKIP, ABORT_BINDING])
                if choice == ABORT.id:
                    raise Abort(msg.REASON_ABORTED())
        if not pairs:
            ctx.error(msg.BIND_NOTHING(order=order_id, external=external_id))
            return
        target = self.d.settings.get(provider).status_mapping.get(remote.status, st.BOOKED)
        now = self.d.clock()
        with self.d.db.write() as s:
            po = s.scalar(select(PO).where(PO.provider == provider, PO.external_id == external_id))
            if po is None:
                po = PO(provider=provider, account=account, client_ref=None, external_id=external_id,
                        seller_id=remote.seller_id, state="created", created_at=now, activity_id=ctx.id)
                s.add(po)
            po.raw_status, po.goods_amount, po.delivery_amount = remote.status, remote.goods_amount, remote.delivery_amount
            po.total_amount, po.modified_at, po.synced_at = remote.total_amount, remote.modified_at, now
            s.flush()
            bound: list[tuple[OrderLine, dict[str, object]]] = []
            for line_id, r in pairs:
                line = s.get(OrderLine, line_id)
                assert line is not None
                if line.provider_order_id is not None:
                    continue  # taken meanwhile
                old = {"status": line.status, "vend_purch_id": line.vend_purch_id, "purch_price": line.purch_price,
                       "purch_delivery": line.purch_delivery}
                line.provider_order_id, line.vend_purch_id, line.account = po.id, external_id, account
                line.external_line_id, line.purch_price = r.line_id, r.unit_price  # type: ignore[attr-defined]
                line.order_item_id, line.order_sku_id = r.item_id, r.sku_id  # type: ignore[attr-defined]
                set_line_status(s, line, target, source="binding", actor=self.d.actor.user, at=now,
                                note=f"bound to {external_id}")
                bound.append((line, old))
            # The marketplace order's delivery, shared by its lines as booking shares it (also lines
            # bound to it before), so recalculation can take a purchase delivery for hand-bound lines.
            s.flush()
            of_po = list(s.scalars(select(OrderLine).where(OrderLine.provider_order_id == po.id)
                                   .order_by(OrderLine.order_id, OrderLine.line_num)))
            newly = {line.id for line, _old in bound}
            for line, delivery in zip(of_po, split_amount(remote.delivery_amount, len(of_po)), strict=True):
                if line.id not in newly and line.purch_delivery != delivery:
                    audit(s, self.d.actor, "line.purchase_delivery", "order_line", line.id,
                          {"purch_delivery": line.purch_delivery},
                          {"purch_delivery": delivery, "vend_purch_id": external_id, "activity": ctx.id}, now)
                line.purch_delivery = delivery
            for line, old in bound:
                audit(s, self.d.actor, "line.bind", "order_line", line.id, old,
                      {"status": line.status, "vend_purch_id": external_id, "purch_price": line.purch_price,
                       "purch_delivery": line.purch_delivery, "activity": ctx.id}, now)
        ctx.info(msg.BOUND(lines=len(pairs), order=order_id, external=external_id), key="bound")


    @staticmethod
    def _order_ids(connector, token, lines: list[OrderLine]) -> dict[int, tuple[str, str | None]]:  # type: ignore[no-untyped-def]
        """The order-API ids of each line's goods (Taobao Global's differ from Taobao's own)."""
        offers: dict[str, object] = {}
        out: dict[int, tuple[str, str | None]] = {}
        for line in lines:
            if line.order_item_id:
                out[line.id] = (line.order_item_id, line.order_sku_id)
                continue
            if line.item_id not in offers:
                try:
                    offers[line.item_id] = connector.get_offer(token, line.item_id)
                except ProviderError:
                    offers[line.item_id] = None
            offer = offers[line.item_id]
            if offer is not None:
                sku = sku_of(offer, line.config_id)  # type: ignore[arg-type]
                out[line.id] = (offer.item_id, sku.sku_id if sku else None)  # type: ignore[attr-defined]
        return out


def order_lives(raw_status: str, mapping: dict[str, str]) -> bool:
    """Does a bound marketplace order still stand (not cancelled or closed there)?"""
    return mapping.get(raw_status) != st.CANCELLED


class UnbindHandler:
    def __init__(self, deps: PurchaseDeps):
        self.d = deps

    def run(self, ctx: Context) -> None:
        order_id, line_ids = ctx.params["order_id"], ctx.params.get("line_ids") or []
        force = bool(ctx.params.get("force"))
        mapping = self.d.settings.get(ctx.activity.provider).status_mapping
        now = self.d.clock()
        refused: list[msg.Message] = []
        with self.d.db.write() as s:
            query = select(OrderLine).where(OrderLine.order_id == order_id, OrderLine.provider_order_id.is_not(None))
            if line_ids:
                query = query.where(OrderLine.id.in_(line_ids))
            lines = []
            for line in s.scalars(query.order_by(OrderLine.line_num)):
                po = s.get(PO, line.provider_order_id)
                if po is not None and po.state in ledger.OPEN:
                    # its booking has not settled yet: unbinding now would free a line that may be bought
                    refused.append(msg.UNBIND_OPEN(line=line.line_num, reference=po.client_ref, state=po.state))
                    continue
                lives = po is not None and order_lives(po.raw_status, mapping)
                if lives and not force:
                    refused.append(msg.UNBIND_LIVES(line=line.line_num, external=po.external_id))
                    continue
                old = {"status": line.status, "vend_purch_id": line.vend_purch_id,
                       "vend_purch_waybill": line.vend_purch_waybill, "account": line.account}
                previous = line.vend_purch_id
                line.provider_order_id = line.vend_purch_id = line.vend_purch_waybill = None
                line.external_line_id = line.account = None
                line.order_item_id = line.order_sku_id = None
                line.unbound_from = previous if lives else None
                if line.status in UNBIND_RESETS:
                    set_line_status(s, line, st.READY, source="unbinding", actor=self.d.actor.user, at=now)
                audit(s, self.d.actor, "line.unbind", "order_line", line.id, old,
                      {"status": line.status, "activity": ctx.id, "order_still_exists": lives,
                       "marketplace_status": po.raw_status if po else "", "forced": force}, now)
                lines.append(line)
        if refused:
            ctx.error(msg.UNBIND_REFUSED(lines=refused), key="refused")  # each refusal rendered in its reader's language
        ctx.progress(found_lines=len(lines))
        if lines:
            ctx.info(msg.UNBOUND(count=len(lines), lines=", ".join(f"#{li.line_num}" for li in lines)), key="unbound")
        elif not refused:
            ctx.warning(msg.UNBIND_NONE(order=order_id), key="none")
