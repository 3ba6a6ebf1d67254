"""Notifications a person must acknowledge: the money alarms (a possible duplicate purchase, a line
bought above the price rule, an order with our reference that no intent has) and the notices
(a line cancelled by the marketplace or by synchronisation, a session that can no longer be
renewed). Each is stored once per fact (the `alarms` table) and stays open until someone
acknowledges it; the acknowledgement is audited with who, station and when.

Money alarms also decide the CLI's "possible duplicate" exit code and the status bar's red
entry; notices never do. Thread-safe: each call opens its own session.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workstation.domain import messages as msg
from workstation.services.audit import Actor, audit
from workstation.services.errors import InvalidInput
from workstation.store.database import Database
from workstation.store.models import Alarm, OrderLine

log = logging.getLogger(__name__)

DUPLICATE, ABOVE_RULE, FOREIGN_REFERENCE = "duplicate", "above_rule", "foreign_reference"
LINE_CANCELLED, SESSION_EXPIRING = "line_cancelled", "session_expiring"
MONEY_KINDS = (DUPLICATE, ABOVE_RULE, FOREIGN_REFERENCE)
NOTICE_KINDS = (LINE_CANCELLED, SESSION_EXPIRING)
# What each kind is called in the notifications list (translated by the UI).
KIND_NAMES = {
    DUPLICATE: "Possible duplicate purchase",
    ABOVE_RULE: "Bought above the price rule",
    FOREIGN_REFERENCE: "Order with our reference, not booked here",
    LINE_CANCELLED: "Line cancelled",
    SESSION_EXPIRING: "Session cannot be renewed",
}


@dataclass(frozen=True)
class AlertRow:
    id: int
    kind: str
    money: bool  # a money alarm (duplicate, above the rule, foreign reference)
    message: str  # English; `message_key` and `message_params` render it in another language
    created_at: datetime
    provider: str
    account: str
    external_id: str  # the marketplace order, if any
    order_id: str  # the customer order, if the alert is about a line
    line_num: int | None
    message_key: str | None = None  # domain/messages.py; None: `message` is all there is
    message_params: dict[str, Any] = field(default_factory=dict)

    @property
    def kind_name(self) -> str:
        return KIND_NAMES.get(self.kind, self.kind)


def raise_alert(s: Session, key: str, kind: str, message: msg.Message | str, now: datetime, *, provider: str = "",
                account: str = "", line_id: int | None = None, external_id: str = "",
                provider_order_id: int | None = None) -> bool:
    """Record an alert once per `key` (a fact: raising it again does nothing); True when new."""
    key = key[:200]
    if s.scalar(select(Alarm.id).where(Alarm.key == key)) is not None:
        return False
    message_key, message_params = msg.key_and_params(message)
    s.add(Alarm(key=key, kind=kind, provider=provider, account=account, provider_order_id=provider_order_id,
                line_id=line_id, external_id=external_id, message=msg.english_of(message), message_key=message_key,
                message_params=message_params, created_at=now))
    log.warning("alert %s: %s", kind, message)
    return True


class AlertService:
    def __init__(self, db: Database, actor: Actor, clock: Callable[[], datetime]):
        self._db = db
        self._actor = actor
        self._clock = clock

    def open(self, kinds: Sequence[str] = ()) -> list[AlertRow]:
        """Open alerts, money alarms first, then the newest."""
        with self._db.read() as s:
            query = (select(Alarm, OrderLine.order_id, OrderLine.line_num)
                     .outerjoin(OrderLine, OrderLine.id == Alarm.line_id).where(Alarm.resolved_at.is_(None)))
            if kinds:
                query = query.where(Alarm.kind.in_(kinds))
            rows = [AlertRow(a.id, a.kind, a.kind in MONEY_KINDS, a.message, a.created_at, a.provider, a.account,
                             a.external_id, order_id or "", line_num, a.message_key,
                             msg.params_from_json(a.message_params))
                    for a, order_id, line_num in s.execute(query.order_by(Alarm.created_at.desc(), Alarm.id.desc()))]
        return sorted(rows, key=lambda r: not r.money)  # stable: newest first within each group

    def counts(self) -> tuple[int, int]:
        """(open money alarms, open notices)."""
        with self._db.read() as s:
            by_kind = dict(s.execute(select(Alarm.kind, func.count()).where(Alarm.resolved_at.is_(None))
                                     .group_by(Alarm.kind)).all())
        money = sum(n for k, n in by_kind.items() if k in MONEY_KINDS)
        return money, sum(by_kind.values()) - money

    def acknowledge(self, alert_ids: Sequence[int]) -> int:
        """Close these alerts (someone has seen and handled them); audited. How many were open."""
        if not alert_ids:
            raise InvalidInput("Choose the notifications to acknowledge.")
        now = self._clock()
        done = 0
        with self._db.write() as s:
            for alert_id in alert_ids:
                alarm = s.get(Alarm, alert_id)
                if alarm is None:
                    raise InvalidInput(f"Notification {alert_id} does not exist.")
                if alarm.resolved_at is not None:
                    continue  # acknowledged meanwhile (another station, another window)
                alarm.resolved_at, alarm.resolved_by = now, self._actor.user
                audit(s, self._actor, "alarm.resolve", "alarm", alarm.id,
                      {"kind": alarm.kind, "message": alarm.message}, {"resolved_by": self._actor.user}, now)
                done += 1
        return done

    def session_refused(self, provider: str, account: str, expires_at: datetime, reason: str) -> None:
        """A session that can no longer be renewed: one notice per token (a new login is a new one)."""
        with self._db.write() as s:
            raise_alert(s, f"session:{provider}:{account}:{expires_at.isoformat()}", SESSION_EXPIRING,
                        msg.SESSION_NOT_RENEWABLE(account=account, provider=provider,
                                                ends=f"{expires_at:%Y-%m-%d %H:%M}", reason=reason),
                        self._clock(), provider=provider, account=account)


__all__ = ["ABOVE_RULE", "DUPLICATE", "FOREIGN_REFERENCE", "KIND_NAMES", "LINE_CANCELLED", "MONEY_KINDS",
           "NOTICE_KINDS", "SESSION_EXPIRING", "AlertRow", "AlertService", "raise_alert"]
