"""Synchronisation of one account: statuses through the mapping, marketplace order ids,
waybills per line, purchase prices and weight. One-sided: nothing is sent to the provider.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sqlalchemy import or_, select

from workstation.domain import messages as msg
from workstation.domain import statuses as st
from workstation.providers.base import AuthExpired, ProviderError, ProviderOrder, Token
from workstation.services.activities import Context
from workstation.services.alerts import LINE_CANCELLED, raise_alert
from workstation.services.audit import Actor, audit, set_line_status
from workstation.services.purchase import ledger
from workstation.services.purchase.common import AccountHandler, same_goods
from workstation.store.models import OrderLine
from workstation.store.models import ProviderOrder as PO  # noqa: N817 - the ORM row, kept apart from the connector's ProviderOrder

FIRST_SYNC_DAYS = 30
OVERLAP = timedelta(minutes=5)
PROGRESS_EVERY = 25  # orders between progress writes  # re-read a little before the cursor: clocks and commits lag
# Lines in these statuses follow the provider; the others were settled here (warehouse, operator).
FOLLOWS_PROVIDER = (st.BOOKED, st.PURCHASED, st.SENT_BY_SELLER, st.READY, st.PRICE_CONFIRMATION,
                    st.OUTCOME_UNKNOWN)
REFERENCE_PREFIX = "WS"  # our client references (booking.py)


class SyncHandler(AccountHandler):
    def _run(self, ctx: Context, token: Token) -> None:
        provider, account = ctx.activity.provider, ctx.activity.account
        connector = self.d.connector(provider)
        settings = self.d.settings.get(provider)
        mapping, threshold = settings.status_mapping, settings.overpayment_threshold_percent
        cursor = self.d.sessions.sync_cursor(provider, account)
        since = (cursor - OVERLAP) if cursor else self.d.clock() - timedelta(days=FIRST_SYNC_DAYS)
        orders = list(connector.list_orders_modified(token, since))
        ctx.progress(found_provider_orders=len(orders))
        newest = cursor
        changed = matched = 0
        for index, order in enumerate(orders):
            ctx.check_cancelled()
            try:
                result = self._apply(ctx, connector, token, order, mapping, threshold)
            except AuthExpired:
                raise
            except ProviderError as exc:
                ctx.error(msg.SYNC_ORDER_ERROR(order=order.order_id, error=str(exc)),
                          key=f"sync-error:{order.order_id}:{exc}")
                continue
            if result is not None:
                matched += 1
                changed += result
            if order.modified_at and (newest is None or order.modified_at > newest):
                newest = order.modified_at
            if (index + 1) % PROGRESS_EVERY == 0 or index + 1 == len(orders):  # a write each: batch them
                ctx.progress(percent=100 * (index + 1) // max(1, len(orders)), found_lines=changed)
        summary = msg.SYNC_SUMMARY(orders=len(orders), ours=matched, changed=changed)
        ctx.info(summary, key="summary")
        self.d.sessions.record_sync(provider, account, summary.english, newest)

    def _apply(self, ctx: Context, connector, token, order: ProviderOrder,  # type: ignore[no-untyped-def]
               mapping: dict[str, str], threshold: Decimal) -> int | None:
        provider = ctx.activity.provider
        with self.d.db.read() as s:
            found = s.execute(select(PO.id, PO.state, PO.external_id).where(PO.provider == provider, or_(
                PO.external_id == order.order_id,
                (PO.client_ref == order.client_ref) if order.client_ref else False))).first()
        if found is None:
            if order.client_ref and order.client_ref.startswith(REFERENCE_PREFIX):
                self._foreign_reference(ctx, order)
            return None
        po_id = found.id
        if found.state != ledger.CREATED or found.external_id != order.order_id:
            # An order carrying one of our references: linked to its intent's lines whatever the
            # intent's state (unknown, absent, even given up); a line bought meanwhile raises an alarm.
            report = self.d.reconciler.found(po_id, order, by="synchronisation")
            for alarm in report.alarm_messages:
                ctx.error(alarm, key=f"alarm:{alarm}"[:200])
        with self.d.db.read() as s:
            lines = list(s.scalars(select(OrderLine).where(OrderLine.provider_order_id == po_id)))
        waybill_of: dict[str, str] = {}
        shipped = mapping.get(order.status) == st.SENT_BY_SELLER or any(
            mapping.get(remote.status or order.status) == st.SENT_BY_SELLER for remote in order.lines)
        # Logistics cost a call (or two) per order: ask only while one of our lines lacks its waybill.
        if shipped and any(not line.vend_purch_waybill for line in lines):
            for waybill in connector.waybills(token, order.order_id):
                for line_id in waybill.line_ids:
                    waybill_of[line_id] = waybill.waybill_no
        now = self.d.clock()
        changed = 0
        unmapped: set[str] = set()
        cancelled: list[str] = []
        outcome = ledger.Outcome()  # prices raised above the rule
        # what the marketplace brought is audited as the synchronisation of this account, at this station
        by = Actor(f"sync:{ctx.activity.account}", self.d.actor.workstation)
        with self.d.db.write() as s:
            po = s.get(PO, po_id)
            assert po is not None
            if po.state != ledger.CREATED:
                return None  # not ours to settle (a duplicate reference: the alarm above says it)
            po.raw_status = order.status
            po.goods_amount, po.delivery_amount, po.total_amount = (order.goods_amount, order.delivery_amount,
                                                                    order.total_amount)
            po.modified_at, po.synced_at = order.modified_at, now
            if order.weight_kg is not None:
                po.weight_kg = order.weight_kg
            remote = list(order.lines)
            planned = {il.line: il for il in ledger.intent_lines(po)}
            for line in s.scalars(select(OrderLine).where(OrderLine.provider_order_id == po_id)):
                match = next((r for r in remote if line.external_line_id and r.line_id == line.external_line_id),
                             None) or next((r for r in remote if same_goods(r.item_id, r.sku_id, line)), None)
                before = (line.status, line.vend_purch_waybill, line.purch_price, line.vend_purch_id)
                line.vend_purch_id = order.order_id
                if match is not None:
                    remote.remove(match)
                    line.external_line_id = match.line_id
                    was = line.purch_price
                    if was != match.unit_price:
                        audit(s, by, "line.purchase_price", "order_line", line.id, {"purch_price": was},
                              {"purch_price": match.unit_price, "vend_purch_id": order.order_id,
                               "status_there": match.status or order.status, "activity": ctx.id}, now)
                    line.purch_price = match.unit_price
                    if was is None or match.unit_price > was:
                        # A price the marketplace raised after the booking (or the first one known) goes
                        # through the booking's rule: above it is a money alarm, audited, never silent.
                        ledger.price_rule(s, po, line, planned.get(line.id), threshold, by, now, outcome,
                                          raised_from=was)
                    waybill = waybill_of.get(match.line_id) or (match.waybills[0] if match.waybills else None)
                    if waybill:
                        line.vend_purch_waybill = waybill
                raw = match.status if match is not None and match.status else order.status
                target = mapping.get(raw) or mapping.get(order.status)
                if target is None:
                    unmapped.add(raw)
                elif line.status in FOLLOWS_PROVIDER:
                    if target == st.CANCELLED and line.status != st.CANCELLED:
                        cancelled.append(f"#{line.line_num}")
                        # never silent: the customer's line was cancelled by what the marketplace says
                        raise_alert(s, f"cancelled:{line.id}:{order.order_id}", LINE_CANCELLED,
                                    msg.SYNC_LINE_CANCELLED(order=line.order_id, line=line.line_num,
                                                          external=order.order_id, status=raw), now,
                                    provider=provider, account=ctx.activity.account, line_id=line.id,
                                    external_id=order.order_id, provider_order_id=po_id)
                    set_line_status(s, line, target, source="sync", actor=f"sync:{ctx.activity.account}",
                                    at=now, note=f"{order.order_id}: {raw}")
                if before != (line.status, line.vend_purch_waybill, line.purch_price, line.vend_purch_id):
                    changed += 1
        for line_id, problem in outcome.problems:  # logged after the transaction: one writer at a time
            ctx.error(problem, key=f"price-raised:{line_id}:{problem}", line_id=line_id)
        for raw in sorted(unmapped):
            ctx.warning(msg.SYNC_UNMAPPED(status=raw, order=order.order_id), key=f"unmapped:{raw}")
        if cancelled:
            ctx.warning(msg.SYNC_CANCELLED(order=order.order_id, status=order.status, lines=", ".join(cancelled)),
                        key=f"cancelled:{order.order_id}:{order.status}")
        lines_count = len(lines)
        if changed:
            ctx.info(msg.SYNC_UPDATED(order=order.order_id, changed=changed, lines=lines_count, status=order.status),
                     key=f"synced:{order.order_id}:{order.status}:{order.modified_at}")
        return changed

    def _foreign_reference(self, ctx: Context, order: ProviderOrder) -> None:
        """An order carries a reference in our format that no intent here has: bought by another
        installation, or from a database restored from before it. Never silent."""
        message = msg.FOREIGN_REFERENCE(order=order.order_id, reference=order.client_ref)
        with self.d.db.write() as s:
            new = ledger.raise_alarm(s, f"foreign:{ctx.activity.provider}:{order.order_id}", "foreign_reference",
                                     None, message, self.d.clock(), provider=ctx.activity.provider,
                                     account=ctx.activity.account, external_id=order.order_id)
        if new:
            ctx.error(message, key=f"foreign:{order.order_id}")
