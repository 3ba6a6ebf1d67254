"""Reconciliation: every open intent is settled by the marketplace or by a person, never by one
look-up that found nothing.

It runs by itself (the window's background timer, `workstation-cli resume` and `reconcile`),
and a booking runs it for its own intents before it sends anything again. Network calls are
made outside any database transaction; each result is written in a short one through the
ledger (services/purchase/ledger.py).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from workstation.domain import messages as msg
from workstation.providers.base import AuthExpired, Provider, ProviderError, ProviderOrder, Token
from workstation.services.activities import RUNNING, ActivityService
from workstation.services.alerts import MONEY_KINDS
from workstation.services.errors import InvalidInput, NotFoundError, UserFacingError
from workstation.services.purchase import ledger
from workstation.services.purchase.common import PurchaseDeps
from workstation.store.models import Activity, Alarm, OrderLine
from workstation.store.models import ProviderOrder as PO  # noqa: N817 - the ORM row, kept apart from the connector's ProviderOrder

log = logging.getLogger(__name__)


@dataclass
class Report:
    checked: int = 0
    linked: list[str] = field(default_factory=list)  # our references found and linked
    absent: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)  # still open after this round
    errors: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)  # English, as `alarm_messages` has them
    alarm_messages: list[msg.Message] = field(default_factory=list, repr=False)  # for an activity's log

    def merge(self, other: Report) -> None:
        for name in ("linked", "absent", "unknown", "errors", "alarms", "alarm_messages"):
            getattr(self, name).extend(getattr(other, name))
        self.checked += other.checked


@dataclass(frozen=True)
class OpenIntent:
    id: int
    client_ref: str
    provider: str
    account: str
    state: str
    seller: str
    created_at: datetime
    checks: int
    next_check_at: datetime | None
    activity_id: str | None
    line_ids: tuple[int, ...]
    error: str


class Reconciler:
    def __init__(self, deps: PurchaseDeps, activities: ActivityService):
        self.d = deps
        self._activities = activities

    # ------------------------------------------------------------ reading

    def open_intents(self, *, provider: str | None = None, account: str | None = None,
                     activity_id: str | None = None) -> list[OpenIntent]:
        with self.d.db.read() as s:
            query = select(PO).where(PO.state.in_(ledger.OPEN)).order_by(PO.created_at)
            if provider:
                query = query.where(PO.provider == provider)
            if account:
                query = query.where(PO.account == account)
            if activity_id:
                query = query.where(PO.activity_id == activity_id)
            rows = list(s.scalars(query))
            return [OpenIntent(po.id, po.client_ref or "", po.provider, po.account, po.state,
                               po.seller_nick or po.seller_id, po.created_at, po.checks, po.next_check_at,
                               po.activity_id, tuple(il.line for il in ledger.intent_lines(po)), po.error)
                    for po in rows]

    def _live(self, activity_id: str | None, now: datetime) -> bool:
        """Is the intent's booking still running in a live process (inside its create call)?"""
        if not activity_id:
            return False
        with self.d.db.read() as s:
            row = s.execute(select(Activity.state, Activity.lease_until).where(Activity.id == activity_id)).first()
        if row is None or row.state != RUNNING or row.lease_until is None:
            return False
        lease = row.lease_until if row.lease_until.tzinfo else row.lease_until.replace(tzinfo=now.tzinfo)
        return lease > now

    def make_all_due(self) -> int:
        """Every open intent is looked up at the next round (after a restore: what the marketplace
        did since the backup is learnt, never assumed). How many there are."""
        with self.d.db.write() as s:
            rows = list(s.scalars(select(PO).where(PO.state.in_(ledger.OPEN))))
            for po in rows:
                po.next_check_at = None
        return len(rows)

    def due(self, now: datetime | None = None, *, force: bool = False) -> list[OpenIntent]:
        """Open intents to look up now: unknown ones whose next look-up is due, and submitting ones
        whose sender is gone. `force` ignores the schedule (a person asked)."""
        now = now or self.d.clock()
        out = []
        for intent in self.open_intents():
            if intent.state == ledger.SUBMITTING:
                if not self._live(intent.activity_id, now):
                    out.append(intent)
            elif force or intent.next_check_at is None or _aware(intent.next_check_at, now) <= now:
                out.append(intent)
        return out

    def attention(self) -> tuple[int, tuple[str, ...]]:
        """(orders without an outcome yet, messages of the open money alarms) for the status bar."""
        with self.d.db.read() as s:
            unknown = s.scalar(select(func.count()).select_from(PO).where(PO.state.in_(ledger.OPEN))) or 0
            alarms = tuple(s.scalars(select(Alarm.message).where(Alarm.resolved_at.is_(None),
                                                                 Alarm.kind.in_(MONEY_KINDS)).order_by(Alarm.id)))
        return unknown, alarms

    # ------------------------------------------------------------ checking

    def run(self, *, provider: str | None = None, account: str | None = None, force: bool = False) -> Report:
        """One round over the due intents (optionally of one account)."""
        report = Report()
        by_account: dict[tuple[str, str], list[OpenIntent]] = {}
        for intent in self.due(force=force):
            if (provider and intent.provider != provider) or (account and intent.account != account):
                continue
            by_account.setdefault((intent.provider, intent.account), []).append(intent)
        for (prov, acct), intents in by_account.items():
            connector = self.d.connector(prov)
            try:
                token = self.d.sessions.token(prov, acct, refresh=connector.refresh)
            except (UserFacingError, ProviderError) as exc:
                report.errors.append(f"{acct}: {exc}")
                report.unknown.extend(i.client_ref for i in intents)
                continue
            for intent in intents:
                try:
                    report.merge(self.check(intent.id, connector, token))
                except AuthExpired as exc:
                    report.errors.append(f"{acct}: session expired ({exc})")
                    report.unknown.append(intent.client_ref)
                    break
        return report

    def check(self, po_id: int, connector: Provider, token: Token, *, sender_alive_ok: bool = False) -> Report:
        """Look one intent up by our reference and record what that proves. `sender_alive_ok`:
        the caller is the intent's own booking (it knows its create call is over)."""
        report = Report(checked=1)
        with self.d.db.read() as s:
            po = s.get(PO, po_id)
        if po is None or po.state not in ledger.OPEN:
            return Report()
        now = self.d.clock()
        if po.state == ledger.SUBMITTING and not sender_alive_ok and self._live(po.activity_id, now):
            return Report()  # its booking is inside the create call: not ours to judge
        ref = po.client_ref or ""
        try:
            found = connector.find_by_reference(token, ref)
        except AuthExpired:
            raise
        except ProviderError as exc:
            why = f"look-up failed: {exc}"

            def failed(s: Session) -> None:
                fresh = ledger.lock(s, po_id)
                if fresh.state in ledger.OPEN:
                    ledger.mark_unknown(s, fresh, why, now, by="reconciliation")
                    ledger.lookup_failed(fresh, now)

            self.d.db.transaction(failed)
            self._note(po.activity_id, "warning", msg.LOOKUP_FAILED(reference=ref, error=str(exc)),
                       key=f"lookup-failed:{ref}:{_minute(now)}")
            report.errors.append(f"{ref}: {exc}")
            report.unknown.append(ref)
            return report
        if found is not None:
            report.merge(self.found(po_id, found, by="look-up"))
            return report
        settle = self.settle_period(po.provider)
        def missed(s: Session) -> tuple[bool, int, datetime | None] | None:
            fresh = ledger.lock(s, po_id)
            if fresh.state not in ledger.OPEN:
                return None
            ledger.mark_unknown(s, fresh, fresh.error or "no answer to the create", now, by="reconciliation")
            settled = ledger.lookup_missed(fresh, now, settle)
            if settled:
                ledger.release(s, fresh, ledger.ABSENT,
                               f"not on the marketplace after {fresh.checks} look-ups over {_span(settle)}",
                               actor=self.d.actor, by="reconciliation", now=now)
            return settled, fresh.checks, fresh.next_check_at

        result = self.d.db.transaction(missed)
        if result is None:
            return report
        settled, checks, next_at = result
        if settled:
            self._note(po.activity_id, "warning",
                       msg.ABSENT(reference=ref, seller=po.seller_nick or po.seller_id, checks=checks),
                       key=f"absent:{ref}")
            self._settle_question(po.activity_id, ref)
            report.absent.append(ref)
        else:
            self._note(po.activity_id, "information",
                       msg.NOT_YET(reference=ref, checks=checks, next_at=f"{next_at:%H:%M:%S}") if next_at
                       else msg.NOT_FOUND_YET(reference=ref),
                       key=f"not-yet:{ref}:{checks}")
            report.unknown.append(ref)
        return report

    def found(self, po_id: int, order: ProviderOrder, *, by: str, check_after: bool | None = None,
              announce: bool = True) -> Report:
        """The marketplace holds the intent's order: link it (whatever the intent's state)."""
        report = Report()
        now = self.d.clock()
        with self.d.db.read() as s:
            provider = s.scalar(select(PO.provider).where(PO.id == po_id))
        settings = self.d.settings.get(provider)
        def record(s: Session) -> tuple[str, ledger.Outcome, str, str | None]:
            po = ledger.lock(s, po_id)
            was = po.state
            outcome = ledger.record_created(
                s, po, order, mapping=settings.status_mapping,
                check_after=settings.check_order_after_export if check_after is None else check_after,
                threshold=settings.overpayment_threshold_percent, actor=self.d.actor, by=by, now=now,
                activity_id=po.activity_id)
            return was, outcome, po.client_ref or "", po.activity_id

        was, outcome, ref, activity_id = self.d.db.transaction(record)
        if was != ledger.CREATED:
            report.linked.append(ref)
        if was != ledger.CREATED and announce:
            self._note(activity_id, "information",
                       msg.FOUND(reference=ref, by=by, order=order.order_id, lines=outcome.linked,
                               total=order.total_amount), key=f"linked:{ref}")
            self._settle_question(activity_id, ref)
        for line_id, message in outcome.problems:
            self._note(activity_id, "error", message, key=f"problem:{ref}:{message}"[:200], line_id=line_id)
        report.alarms.extend(a.english for a in outcome.alarms)
        report.alarm_messages.extend(outcome.alarms)
        return report

    # ------------------------------------------------------------ a person decides

    def give_up(self, client_ref: str, *, by: str | None = None) -> list[int]:
        """"I checked on the marketplace: no order was created." The lines are bookable again."""
        now = self.d.clock()
        who = by or self.d.actor.user
        with self.d.db.write() as s:
            po = s.scalar(select(PO).where(PO.client_ref == client_ref.strip()))
            if po is None:
                raise NotFoundError(f"No booking intent has the reference {client_ref!r}.")
            if po.state not in ledger.OPEN:
                raise InvalidInput(f"Order {client_ref} is {po.state.replace('_', ' ')}, not waiting for a decision.")
            if po.state == ledger.SUBMITTING and self._live(po.activity_id, now):
                raise InvalidInput(f"Order {client_ref} is being sent right now; decide once its booking answers.")
            if po.state == ledger.SUBMITTING:
                ledger.mark_unknown(s, po, "the sender stopped", now, by=who)
            freed = ledger.release(s, po, ledger.GIVEN_UP, "a person checked on the marketplace: no order",
                                   actor=self.d.actor, by=who, now=now)
            activity_id = po.activity_id
        self._note(activity_id, "warning", msg.GIVEN_UP(reference=client_ref, who=who, lines=len(freed)),
                   key=f"given-up:{client_ref}")
        self._settle_question(activity_id, client_ref.strip())
        return freed

    def link(self, client_ref: str, external_id: str, connector: Provider, token: Token) -> Report:
        """"Link marketplace order N": read N and record it as the intent's order."""
        with self.d.db.read() as s:
            po = s.scalar(select(PO).where(PO.client_ref == client_ref.strip()))
        if po is None:
            raise NotFoundError(f"No booking intent has the reference {client_ref!r}.")
        order = connector.get_order(token, external_id.strip())
        if order.client_ref and order.client_ref != po.client_ref:
            raise InvalidInput(f"Marketplace order {external_id} carries the reference {order.client_ref}, "
                               f"not {client_ref}.")
        return self.found(po.id, order, by=f"linked by {self.d.actor.user}")

    # ------------------------------------------------------------ settings and notes

    def settle_period(self, provider: str) -> timedelta:
        return timedelta(seconds=self.d.settings.get(provider).unknown_settle_seconds)

    def _note(self, activity_id: str | None, type_: str, message: msg.Message | str, *, key: str,
              line_id: int | None = None) -> None:
        if not activity_id:
            log.info("reconciliation: %s", message)
            return
        try:
            self._activities.note(activity_id, type_, message, key=key, line_id=line_id)
        except NotFoundError:  # the booking was purged: the log file keeps it
            log.info("reconciliation: %s", message)

    def _settle_question(self, activity_id: str | None, client_ref: str) -> None:
        if activity_id:
            self._activities.settle_question(activity_id, f"unknown:{client_ref}", "settled", by="reconciliation")


def lines_of_open_intents(db, line_ids: list[int]) -> dict[int, str]:  # type: ignore[no-untyped-def]
    """line id -> reference of the open intent holding it (for unbind and booking checks)."""
    if not line_ids:
        return {}
    with db.read() as s:
        rows = s.execute(select(OrderLine.id, PO.client_ref, PO.state).join(PO, OrderLine.provider_order_id == PO.id)
                         .where(OrderLine.id.in_(line_ids), or_(*(PO.state == x for x in ledger.OPEN)))).all()
    return {r[0]: r[1] for r in rows}


def _aware(moment: datetime, like: datetime) -> datetime:
    return moment if moment.tzinfo or like.tzinfo is None else moment.replace(tzinfo=like.tzinfo)


def _minute(now: datetime) -> str:
    return now.strftime("%Y%m%d%H%M")


def _span(period: timedelta) -> str:
    seconds = int(period.total_seconds())
    return f"{seconds // 60} min" if seconds >= 120 else f"{seconds} s"
