"""The audit log and line status changes: written inside the caller's transaction."""

from __future__ import annotations

import builtins
import getpass
import json
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy.orm import Session

from workstation.domain import statuses
from workstation.domain.money import format_yuan
from workstation.domain.roles import ADMINISTRATOR
from workstation.store.models import AuditEntry, LineStatusChange, OrderLine


@dataclass(eq=False)
class Actor:
    """Who does it (a person's login; the OS user while no people are defined), with which role,
    from which workstation. The composition root's actor is one object every service holds: a
    sign-in or a badge switch changes it in place (`become`), so each service, pane and audit
    row names the person signed in now."""

    user: str
    workstation: str
    role: str = ADMINISTRATOR
    name: str = ""  # the person's display name; "" for the implicit administrator
    signed_in: bool = True  # False: the station waits at its sign-in, nobody may act

    @classmethod
    def local(cls) -> Actor:
        """The implicit administrator of a station with no people defined (the OS user)."""
        try:
            user = getpass.getuser()
        except Exception:  # noqa: BLE001 - no login name in some containers
            user = "unknown"
        return cls(user, station_name())

    def become(self, user: str, role: str, name: str = "", *, signed_in: bool = True) -> None:
        """Who is at this station from now on (GUI thread, or the CLI before its command)."""
        self.user, self.role, self.name, self.signed_in = user, role, name, signed_in

    def copy(self) -> Actor:
        """The person as they are now, for work that must keep them whoever signs in next."""
        return Actor(self.user, self.workstation, self.role, self.name, self.signed_in)


def station_name() -> str:
    """This station's name in the audit and the scan journal: WORKSTATION_STATION (e.g. "Packing
    table 2") when set, else the host name."""
    name = " ".join(os.environ.get("WORKSTATION_STATION", "").split())[:100]
    return name or socket.gethostname()


def audit(s: Session, actor: Actor, action: str, entity: str, entity_id: object,
          old: dict[str, Any], new: dict[str, Any], at: datetime | None = None) -> None:
    s.add(AuditEntry(at=at or datetime.now(UTC), actor=actor.user, workstation=actor.workstation,
                     action=action, entity=entity, entity_id=str(entity_id),
                     old_json=json.dumps(old, ensure_ascii=False, default=str),
                     new_json=json.dumps(new, ensure_ascii=False, default=str)))


def set_line_status(s: Session, line: OrderLine, new: str, *, source: str, actor: str = "",
                    note: str = "", at: datetime | None = None) -> bool:
    """Move a line to `new` with a history entry; False when it already was there."""
    statuses.status(new)  # unknown codes fail loudly
    if line.status == new:
        return False
    moment = at or datetime.now(UTC)
    s.add(LineStatusChange(line_id=line.id, old_status=line.status, new_status=new, changed_at=moment,
                           source=source, actor=actor, note=note))
    line.status = new
    line.status_changed_at = moment
    return True


# ------------------------------------------------------------------ reading the audit

# What each action is called where people read the audit (the window, `workstation-cli audit`).
ACTION_NAMES = {
    "line.book": "Booked on the marketplace",
    "line.price_confirm": "Price confirmed by a person",
    "line.configuration": "Configuration changed",
    "line.purchase_price": "Purchase price from sync",
    "line.above_rule": "Bought above the price rule",
    "line.recalculate": "Customer price recalculated",
    "order.recalculate": "Order totals after recalculation",
    "order.update": "Order totals after a line was changed",
    "line.update": "Line changed by an operator (OT API)",
    "line.purchase_info": "Purchase information set by an operator (OT API)",
    "line.cancel": "Line cancelled",
    "line.bind": "Bound to a marketplace order",
    "line.purchase_delivery": "Purchase delivery shared again (a line bound to the same order)",
    "line.unbind": "Unbound from its marketplace order",
    "intent.absent": "Order not created (absent)",
    "intent.given_up": "Order given up by a person",
    "receive": "Received at the warehouse",
    "alarm.resolve": "Alarm resolved",
    "setting": "Setting changed",
    "setting.secret": "Secret setting changed",
    "warehouse.add": "Warehouse address added",
    "warehouse.update": "Warehouse address changed",
    "warehouse.delete": "Warehouse address deleted",
    "warehouse.default": "Default warehouse address",
    "user.add": "Person added",
    "user.update": "Person changed",
    "user.password": "Password changed",
    "user.disable": "Person disabled",
    "user.enable": "Person enabled again",
    "badge.issue": "Badge issued",
    "badge.revoke": "Badge revoked",
    "otmode.connect": "Connected to an OT Box instance",
    "otmode.disconnect": "Disconnected from the OT Box instance",
    "outbox.retry": "Change for OT Box sent again by a person",
    "outbox.discard": "Change for OT Box discarded by a person",
    "outbox.follow_edit": "Unsent parcel for OT Box follows an edit",
}
FIELD_NAMES = {
    "price_cust": "customer price", "delivery_cust": "customer delivery", "purch_price": "purchase price",
    "purch_delivery": "purchase delivery", "confirmed_price": "confirmed price", "status": "status",
    "vend_purch_id": "marketplace order", "config_text_orig": "configuration", "config_id": "configuration id",
    "difference_per_unit": "difference per unit", "difference_line": "difference for the line",
    "offered_price": "price on offer", "account": "account", "client_ref": "our reference", "qty": "quantity",
    "accepted_price": "price accepted to buy", "customer_price": "customer price", "sku_id": "SKU id",
    "status_there": "status on the marketplace",
    "goods_amount": "goods", "delivery_amount": "delivery", "paid_amount": "paid",
    "balance_due": "customer owes (negative: is owed)",
}
MONEY_FIELDS = frozenset({"price_cust", "delivery_cust", "purch_price", "purch_delivery", "accepted_price",
                          "customer_price", "confirmed_price", "offered_price", "difference_per_unit",
                          "difference_line", "goods_amount", "delivery_amount", "paid_amount", "balance_due"})
CONTEXT_ONLY = ("activity", "question")  # kept for tracing (CSV, JSON), not worth a purchaser's eye
CSV_COLUMNS = ("time_utc", "user", "station", "action", "order", "line", "label", "field", "old", "new",
               "entity", "entity_id")


@dataclass(frozen=True)
class AuditFilter:
    """Which audit rows: all by default; an order, some lines, a time span, actions or a text."""

    order_id: str = ""
    line_ids: tuple[int, ...] = ()
    since: datetime | None = None
    until: datetime | None = None
    actions: tuple[str, ...] = ()  # exact names, or "line." for every line action
    text: str = ""  # part of the user, the station or the action


@dataclass(frozen=True)
class Change:
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    user: str
    station: str
    action: str
    entity: str
    entity_id: str
    order_id: str
    line_num: int | None
    line_label: str
    line_title: str
    old: dict[str, Any]
    new: dict[str, Any]

    @property
    def action_name(self) -> str:
        return ACTION_NAMES.get(self.action, self.action)

    @property
    def line_text(self) -> str:
        return f"#{self.line_num}" if self.line_num is not None else ""

    def changes(self, *, everything: bool = False, plain: bool = False) -> list[Change]:
        """Old and new of every field that changed, then what the row adds (context) as new only;
        tracing ids (`CONTEXT_ONLY`) only with `everything`; amounts as bare numbers when `plain`
        (for CSV and JSON), else as ¥."""
        out = []
        for key in [*self.old, *(k for k in self.new if k not in self.old)]:
            if key in CONTEXT_ONLY and not everything:
                continue
            old, new = self.old.get(key), self.new.get(key)
            if key in self.old and old == new:
                continue
            out.append(Change(FIELD_NAMES.get(key, key), _text(key, old, plain) if key in self.old else "",
                              _text(key, new, plain) if key in self.new else ""))
        return out

    def summary(self) -> str:
        return "; ".join(f"{c.field}: {c.old or '—'} → {c.new or '—'}" if c.old or not c.new
                         else f"{c.field}: {c.new}" for c in self.changes())


def _text(key: str, value: Any, plain: bool = False) -> str:
    if value is None:
        return ""
    if key == "status" and isinstance(value, str) and statuses.is_known(value):
        return statuses.status(value).name
    if key in MONEY_FIELDS and not plain:
        try:
            return format_yuan(Decimal(str(value)))
        except (InvalidOperation, ValueError):
            return str(value)
    return str(value)


class AuditService:
    """The audit log as people read it: filtered in SQL, newest first, in pages. Any thread."""

    def __init__(self, db: Any):
        self._db = db

    def _query(self, flt: AuditFilter) -> Any:
        from sqlalchemy import String, cast, or_, select

        query = select(AuditEntry)
        if flt.order_id or flt.line_ids:
            lines = select(cast(OrderLine.id, String))
            lines = lines.where(OrderLine.id.in_(flt.line_ids)) if flt.line_ids else lines
            lines = lines.where(OrderLine.order_id == flt.order_id) if flt.order_id else lines
            scope = (AuditEntry.entity == "order_line") & AuditEntry.entity_id.in_(lines)
            if flt.order_id and not flt.line_ids:
                scope = scope | ((AuditEntry.entity == "order") & (AuditEntry.entity_id == flt.order_id))
            query = query.where(scope)
        if flt.since is not None:
            query = query.where(AuditEntry.at >= flt.since)
        if flt.until is not None:
            query = query.where(AuditEntry.at < flt.until)
        if flt.actions:
            query = query.where(or_(*(AuditEntry.action.startswith(a) if a.endswith(".") else AuditEntry.action == a
                                      for a in flt.actions)))
        text = flt.text.strip()
        if text:
            like = f"%{text}%"
            query = query.where(or_(AuditEntry.actor.ilike(like), AuditEntry.workstation.ilike(like),
                                    AuditEntry.action.ilike(like)))
        return query

    def count(self, flt: AuditFilter = AuditFilter()) -> int:
        from sqlalchemy import func, select

        with self._db.read() as s:
            return int(s.scalar(select(func.count()).select_from(self._query(flt).subquery())) or 0)

    def list(self, flt: AuditFilter = AuditFilter(), offset: int = 0, limit: int = 200) -> list[AuditRow]:
        from sqlalchemy import select

        with self._db.read() as s:
            entries = list(s.scalars(self._query(flt).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
                                     .offset(offset).limit(limit)))
            ids = {int(e.entity_id) for e in entries if e.entity == "order_line" and e.entity_id.isdigit()}
            lines = {row.id: row for row in s.execute(
                select(OrderLine.id, OrderLine.order_id, OrderLine.line_num, OrderLine.label, OrderLine.title_orig)
                .where(OrderLine.id.in_(ids)))} if ids else {}
            out = []
            for e in entries:
                line = lines.get(int(e.entity_id)) if e.entity == "order_line" and e.entity_id.isdigit() else None
                out.append(AuditRow(
                    id=e.id, at=e.at, user=e.actor, station=e.workstation, action=e.action, entity=e.entity,
                    entity_id=e.entity_id, order_id=line.order_id if line else (e.entity_id if e.entity == "order"
                                                                               else ""),
                    line_num=line.line_num if line else None, line_label=line.label if line else "",
                    line_title=line.title_orig if line else "", old=_loads(e.old_json), new=_loads(e.new_json)))
            return out

    def actions(self) -> builtins.list[str]:
        """Every action the log holds, for a filter's choices."""
        from sqlalchemy import select

        with self._db.read() as s:
            return sorted(s.scalars(select(AuditEntry.action).distinct()))

    def resolve_lines(self, specs: builtins.list[str], order_id: str = "") -> tuple[int, ...]:
        """Lines as people name them: `#3` or `3` (within `order_id`), a label (LN...), or an id."""
        from sqlalchemy import select

        from workstation.services.errors import InvalidInput

        found: list[int] = []
        with self._db.read() as s:
            for raw in specs:
                spec = raw.strip()
                if not spec:
                    continue
                number = spec.removeprefix("#")
                line_id = None
                if spec.startswith("#") and not order_id:
                    raise InvalidInput(f"--line {spec}: a line number needs its order (--order ORD-...).")
                if order_id and number.isdigit():  # the number people see first, then an id in this order
                    line_id = s.scalar(select(OrderLine.id).where(OrderLine.order_id == order_id,
                                                                 OrderLine.line_num == int(number)))
                    if line_id is None and not spec.startswith("#"):
                        line_id = s.scalar(select(OrderLine.id).where(OrderLine.order_id == order_id,
                                                                     OrderLine.id == int(number)))
                elif number.isdigit():
                    line_id = s.scalar(select(OrderLine.id).where(OrderLine.id == int(number)))
                else:
                    line_id = s.scalar(select(OrderLine.id).where(OrderLine.label == spec.upper()))
                if line_id is None:
                    where = f" in {order_id}" if order_id else ""
                    raise InvalidInput(f"--line {spec}: no such line{where}.")
                found.append(int(line_id))
        return tuple(found)


def _loads(raw: str) -> dict[str, Any]:
    try:
        value = json.loads(raw or "{}")
    except ValueError:
        return {"value": raw}
    return value if isinstance(value, dict) else {"value": value}


def to_csv(rows: list[AuditRow]) -> str:
    """The rows as CSV, one line per changed field, so old and new stand side by side."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for r in rows:
        moment = r.at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
        for c in r.changes(everything=True, plain=True) or [Change("", "", "")]:
            writer.writerow((moment, r.user, r.station, r.action, r.order_id, r.line_text, r.line_label,
                             c.field, c.old, c.new, r.entity, r.entity_id))
    return out.getvalue()
