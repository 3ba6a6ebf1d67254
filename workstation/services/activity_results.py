"""What an activity came to: bought N, bought nothing, waiting, errors, or interrupted.

Computed from what the engine already records (the activity row, its steps and the booking
ledger's provider orders), a few grouped queries for a whole list, never one per activity.
No schema of its own. Plain Python; `summarise` runs on whatever thread calls it (the GUI
calls it on a worker).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from workstation.domain.messages import params_from_json
from workstation.services.activities import DONE_STATES, QUEUED, RUNNING, WAITING, ActivityInfo
from workstation.services.purchase.ledger import CREATED, OPEN
from workstation.store.database import Database
from workstation.store.models import Activity, ActivityStep
from workstation.store.models import ProviderOrder as PO  # noqa: N817 - the ORM row, kept apart from the connector's ProviderOrder

# outcomes, in the words of the issue: a service decides, the panes only render
OUT_QUEUED, OUT_RUNNING, OUT_INTERRUPTED, OUT_WAITING = "queued", "running", "interrupted", "waiting"
OUT_BOUGHT, OUT_NOTHING, OUT_ERRORS, OUT_DONE = "bought", "nothing", "errors", "done"
OUTCOMES = (OUT_QUEUED, OUT_RUNNING, OUT_INTERRUPTED, OUT_WAITING, OUT_BOUGHT, OUT_NOTHING, OUT_ERRORS, OUT_DONE)


@dataclass(frozen=True)
class ActivityResult:
    activity_id: str
    outcome: str  # one of OUTCOMES
    lines_bought: int = 0  # order lines in marketplace orders this booking created
    orders_bought: int = 0
    amount_bought: Decimal = Decimal("0.00")  # their total on the marketplace, yuan
    orders_unknown: int = 0  # sent without a clear answer yet: the reconciler looks them up
    errors: int = 0
    warnings: int = 0
    waiting_for: str = ""  # "you" (a question) or "marketplace" (orders of unknown outcome)
    station: str = ""  # interrupted: the workstation that held it
    aborted: bool = False
    failed: bool = False
    last_problem: str = ""  # the newest error or warning message (English), for a tooltip
    last_problem_key: str | None = None  # its engine message (domain/messages.py), when it has one
    last_problem_params: dict[str, Any] = field(default_factory=dict)

    @property
    def bought_something(self) -> bool:
        return self.lines_bought > 0


def station_of(owner: str) -> str:
    """The workstation named by an activity owner "host:pid" (core.assemble writes it)."""
    host, sep, pid = owner.rpartition(":")
    return host if sep and pid.isdigit() else owner


def is_stale(state: str, owner: str | None, lease_until: datetime | None, now: datetime,
             is_alive: Callable[[str], bool] | None) -> bool:
    """Running in the database, but nobody runs it: its lease ran out (the engine renews it
    every lease/3 while alive), or its owner is a process of this host that is gone."""
    if state != RUNNING:
        return False
    if lease_until is not None and lease_until < now:
        return True
    return bool(owner) and is_alive is not None and not is_alive(owner or "")


def summarise(db: Database, infos: Sequence[ActivityInfo], now: datetime,
              is_alive: Callable[[str], bool] | None = None) -> dict[str, ActivityResult]:
    """The result of each activity in `infos`, by id."""
    ids = [a.id for a in infos]
    if not ids:
        return {}
    with db.read() as s:
        leases = {r[0]: (r[1], r[2]) for r in s.execute(
            select(Activity.id, Activity.owner, Activity.lease_until)
            .where(Activity.id.in_(ids), Activity.state == RUNNING))}
        counts: dict[str, dict[str, int]] = {}
        newest: dict[str, dict[str, int]] = {}  # the newest error, else the newest warning
        for activity_id, type_, n, step_id in s.execute(
                select(ActivityStep.activity_id, ActivityStep.type, func.count(), func.max(ActivityStep.id))
                .where(ActivityStep.activity_id.in_(ids), ActivityStep.type.in_(("error", "warning")))
                .group_by(ActivityStep.activity_id, ActivityStep.type)):
            counts.setdefault(activity_id, {})[type_] = n
            newest.setdefault(activity_id, {})[type_] = step_id
        picked = {a: t.get("error") or t["warning"] for a, t in newest.items()}
        problems = {r[0]: (r[1], r[2], params_from_json(r[3])) for r in s.execute(
            select(ActivityStep.activity_id, ActivityStep.message, ActivityStep.message_key,
                   ActivityStep.message_params).where(ActivityStep.id.in_(list(picked.values()))))} if picked else {}
        orders: dict[str, list[tuple[str, str, Decimal | None]]] = {}
        for activity_id, state, lines_json, total in s.execute(
                select(PO.activity_id, PO.state, PO.lines_json, PO.total_amount).where(PO.activity_id.in_(ids))):
            orders.setdefault(activity_id, []).append((state, lines_json, total))
    out = {}
    for a in infos:
        owner, lease_until = leases.get(a.id, (None, None))
        stale = is_stale(a.state, owner, lease_until, now, is_alive) if a.id in leases else False
        out[a.id] = _result(a, counts.get(a.id, {}), problems.get(a.id, ("", None, {})), orders.get(a.id, []),
                            station_of(owner) if stale and owner else ("?" if stale else ""), stale)
    return out


def _result(a: ActivityInfo, counts: dict[str, int], problem: tuple[str, str | None, dict[str, Any]],
            orders: list[tuple[str, str, Decimal | None]], station: str, stale: bool) -> ActivityResult:
    created = [(lines, total) for state, lines, total in orders if state == CREATED]
    lines_bought = sum(len(json.loads(lines or "[]")) for lines, _total in created)
    amount = sum((total or Decimal("0.00") for _lines, total in created), Decimal("0.00"))
    unknown = sum(1 for state, _l, _t in orders if state in OPEN)
    errors, warnings = counts.get("error", 0), counts.get("warning", 0)
    if stale:
        outcome = OUT_INTERRUPTED
    elif a.state == RUNNING:
        outcome = OUT_RUNNING
    elif a.state == QUEUED:
        outcome = OUT_QUEUED
    elif a.state == WAITING:
        outcome = OUT_WAITING
    elif errors or a.state == "failed":
        outcome = OUT_ERRORS
    elif unknown:
        outcome = OUT_WAITING  # ended, but some of its orders are still being looked up
    elif a.kind == "booking":
        outcome = OUT_BOUGHT if lines_bought else OUT_NOTHING
    else:
        outcome = OUT_DONE
    waiting_for = "you" if a.state == WAITING else ("marketplace" if unknown and a.state in DONE_STATES else "")
    return ActivityResult(
        activity_id=a.id, outcome=outcome, lines_bought=lines_bought, orders_bought=len(created),
        amount_bought=amount, orders_unknown=unknown, errors=errors, warnings=warnings, waiting_for=waiting_for,
        station=station, aborted=a.state == "aborted", failed=a.state == "failed", last_problem=problem[0],
        last_problem_key=problem[1], last_problem_params=problem[2])
