"""The commands of `workstation-cli` (parsed in `workstation.cli`, which imports this module only
once a command is to run: `--help` and a mistyped option stay quick).

Every command prints plain text, or JSON with --json. Expected problems (bad input,
unusable database) print one clear line on stderr and exit 2; bugs exit 1 with the
traceback in the log file. The activity commands (book, sync, bind, unbind, answer,
resume, reconcile) exit with what happened to the money: see EXIT_* below and the README.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import sys
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

from workstation.config import ConfigError, load_config
from workstation.core import Core, build_core
from workstation.domain.statuses import status
from workstation.providers.base import ProviderError
from workstation.services import demo
from workstation.services.activities import ActivityInfo
from workstation.services.errors import InvalidInput, UserFacingError
from workstation.services.orders import OrderFilter
from workstation.services.warehouse.scanning import FOUND, JournalFilter
from workstation.store.database import DatabaseProblem

log = logging.getLogger(__name__)

EXIT_OK = 0  # done; for book: at least one marketplace order was created
EXIT_BUG = 1  # unexpected error, traceback in the log
EXIT_INPUT = 2  # bad input or unusable database: one line on stderr
EXIT_NOT_FOUND = 3  # lookup found nothing
EXIT_FAILED = 4  # the activity failed or was aborted
EXIT_WAITING = 5  # waiting for a person (a question), or an order's outcome is still being checked
EXIT_NOTHING = 6  # book: nothing was bought
EXIT_DUPLICATE = 7  # a possible duplicate purchase or a line bought above the rule needs a person


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: _jsonable(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _emit(args: argparse.Namespace, payload: Any, text: Callable[[], str]) -> None:
    if args.json:
        print(json.dumps(_jsonable(payload), ensure_ascii=False, indent=2))
    else:
        print(text())


def cmd_demo(core: Core, args: argparse.Namespace) -> int:
    summary = demo.generate(core.db, orders=args.orders,
                            seed=demo.DEFAULT_SEED if args.seed is None else args.seed)
    result: dict[str, Any] = {"orders": summary.orders, "lines": summary.lines,
                              "first_order": summary.first_order, "last_order": summary.last_order}
    text = (f"Added {summary.orders} demo orders ({summary.lines} lines): "
            f"{summary.first_order} .. {summary.last_order}")
    if core.config.uses_sandbox and not args.no_sandbox:
        from workstation.services import demo_sandbox

        prepared = demo_sandbox.prepare(core.db, core.settings, core.sessions, core.connectors,
                                        core.config.sandbox_dir, live=core.connectors.is_live)
        result["accounts"], result["sandbox_orders"] = prepared.accounts, prepared.orders_linked
        text += (f"\nLogged in on the sandbox: {', '.join(prepared.accounts)}; "
                 f"{prepared.orders_linked} booked demo orders created there.")
    _emit(args, result, lambda: text)
    return 0


def _messages(args: argparse.Namespace) -> Any:
    """The engine's messages in `--lang` (services/translations.py)."""
    from workstation.services.translations import Renderer

    return Renderer(getattr(args, "lang", None))


def _print_activity(core: Core, args: argparse.Namespace, info: ActivityInfo) -> int:
    def text() -> str:
        said = _messages(args)
        out = [f"{info.id}  {info.kind} {info.provider}/{info.account}  {info.state}  "
               f"lines {info.found_lines}, provider orders {info.found_provider_orders}"]
        for step in info.steps:
            mark = {"error": "ERROR", "warning": "warn", "question": "ASK"}.get(step.type, "info")
            answer = f" -> {step.answer}" if step.answer else ""
            out.append(f"  [{step.time_from_start:>4}s] {mark:5} {said.text(step)}{answer}")
        question = info.pending_question
        if question is not None:
            out.append("Waiting for an answer: workstation-cli answer " + info.id + " CHOICE, where CHOICE is one of:")
            out.extend(f"  {c.id:8} {c.label}" for c in question.choices)
        return "\n".join(out)

    _emit(args, info, text)
    return exit_code(core, info)


def exit_code(core: Core, info: ActivityInfo) -> int:
    """One activity's result as an exit code (EXIT_*): alarms first, then people, then money."""
    from sqlalchemy import func, select

    from workstation.services.purchase import ledger
    from workstation.store.models import Alarm, ProviderOrder

    with core.db.read() as s:
        intents = dict(s.execute(select(ProviderOrder.state, func.count()).where(
            ProviderOrder.activity_id == info.id).group_by(ProviderOrder.state)).all())
        alarms = s.scalar(select(func.count()).select_from(Alarm).where(
            Alarm.resolved_at.is_(None), Alarm.created_at >= info.created_at)) or 0
    if alarms:
        return EXIT_DUPLICATE
    if info.state in ("failed", "aborted"):
        return EXIT_FAILED
    if info.state == "waiting" or any(intents.get(state) for state in ledger.OPEN):
        return EXIT_WAITING
    if info.kind == "booking" and not intents.get(ledger.CREATED):
        return EXIT_NOTHING
    return EXIT_OK


def _ids(raw: str | None, core: Core | None = None, order_id: str = "") -> list[int]:
    """Line ids from --lines: ids (12), line numbers of the order (#3) or labels (LN...), comma-separated."""
    if not raw:
        return []
    parts = [part.strip() for part in raw.replace(";", ",").split(",") if part.strip()]
    if core is not None and any(not part.isdigit() for part in parts):
        lines = core.orders.order_detail(order_id.strip().upper()).lines
        by_num = {f"#{li.line_num}": li.id for li in lines}
        by_label = {li.label.upper(): li.id for li in lines}
        unknown = [p for p in parts if not p.isdigit() and p not in by_num and p.upper() not in by_label]
        if unknown:
            raise InvalidInput(f"--lines: {', '.join(unknown)} is not a line of {order_id.strip().upper()} "
                               f"(lines are #1..#{len(lines)}, their labels, or ids)")
        return [int(p) if p.isdigit() else by_num.get(p) or by_label[p.upper()] for p in parts]
    try:
        return [int(part) for part in parts]
    except ValueError:
        raise InvalidInput(f"--lines: {raw!r} is not a list of lines like 12,13 or #1,#3") from None


def cmd_sessions(core: Core, args: argparse.Namespace) -> int:
    rows = core.sessions.list()
    _emit(args, rows, lambda: "\n".join(
        f"{r.provider:6} {r.account:20} {r.state:8} expires {r.expires_at:%Y-%m-%d %H:%M} "
        f"last sync {r.last_sync_at:%Y-%m-%d %H:%M} {r.last_sync_result}" if r.last_sync_at else
        f"{r.provider:6} {r.account:20} {r.state:8} expires {r.expires_at:%Y-%m-%d %H:%M}" for r in rows)
        or "No sessions; log an account in first (workstation-cli demo logs the sandbox's demo accounts in).")
    return 0


def cmd_book(core: Core, args: argparse.Namespace) -> int:
    activity_id = core.purchase.start_booking(args.order_id, args.account, _ids(args.lines, core, args.order_id), args.warehouse)
    return _print_activity(core, args, core.purchase.run(activity_id))


def cmd_sync(core: Core, args: argparse.Namespace) -> int:
    return _print_activity(core, args, core.purchase.run(core.purchase.start_sync(args.account)))


def cmd_bind(core: Core, args: argparse.Namespace) -> int:
    activity_id = core.purchase.start_bind(args.order_id, args.provider_order_id, args.account)
    return _print_activity(core, args, core.purchase.run(activity_id))


def cmd_unbind(core: Core, args: argparse.Namespace) -> int:
    activity_id = core.purchase.start_unbind(args.order_id, args.account, _ids(args.lines, core, args.order_id), force=args.force)
    return _print_activity(core, args, core.purchase.run(activity_id))


def cmd_recalc(core: Core, args: argparse.Namespace) -> int:
    both = not (args.price or args.delivery)
    changes = core.purchase.recalculate(args.order_id, _ids(args.lines, core, args.order_id), price=args.price or both,
                                        delivery=args.delivery or both)
    o = core.orders.order_detail(args.order_id.strip().upper()).order
    totals = {"goods_amount": o.goods_amount, "delivery_amount": o.delivery_amount, "paid_amount": o.paid_amount,
              "balance_due": o.balance_due}
    due = (f"the customer owes {o.balance_due}" if o.balance_due > 0 else
           f"the customer is owed {-o.balance_due}" if o.balance_due < 0 else "nothing is owed either way")
    _emit(args, {"changes": changes, "order": totals}, lambda: "\n".join(
        [f"#{c.line_num}: price {c.old_price} -> {c.new_price}, delivery {c.old_delivery} -> {c.new_delivery}"
         for c in changes] + [f"{o.id}: goods {o.goods_amount}, delivery {o.delivery_amount}, "
                              f"paid {o.paid_amount}; {due}"]))
    return 0


def cmd_activities(core: Core, args: argparse.Namespace) -> int:
    rows = core.activities.list(states=[args.state] if args.state else [], kind=args.kind or "",
                                account=args.account or "")
    said = _messages(args)
    _emit(args, rows, lambda: "\n".join(
        f"{a.id}  {a.created_at:%Y-%m-%d %H:%M}  {a.kind:9} {a.account:18} {a.state:20} {said.description(a)}"
        for a in rows) or "No activities.")
    return 0


def cmd_activity(core: Core, args: argparse.Namespace) -> int:
    return _print_activity(core, args, core.activities.get(args.activity_id))


def cmd_answer(core: Core, args: argparse.Namespace) -> int:
    from workstation.domain.roles import Permission
    from workstation.services.people import require

    require(core.actor, Permission.PRICES)  # a question's answer decides what is bought, at which price
    core.activities.answer(args.activity_id, args.choice, core.actor.user)
    return _print_activity(core, args, core.purchase.run(args.activity_id))


def cmd_cancel(core: Core, args: argparse.Namespace) -> int:
    return _print_activity(core, args, core.activities.cancel(args.activity_id))


def cmd_resume(core: Core, args: argparse.Namespace) -> int:
    """Drive every queued activity (and any left running by a dead process) as far as it goes,
    then look up every order whose outcome is due for a look-up."""
    results = [core.purchase.run(activity_id) for activity_id in core.activities.resumable()]
    report = _reconciler(core).run()
    _emit(args, {"activities": results, "reconciliation": report}, lambda: "\n".join(
        [f"{a.id} {a.kind} {a.state}" for a in results] + _report_lines(report)) or "Nothing to resume.")
    codes = [exit_code(core, a) for a in results if exit_code(core, a) not in (EXIT_NOTHING,)]
    return max([*codes, _report_code(core, report)], default=EXIT_OK)


def _reconciler(core: Core):  # type: ignore[no-untyped-def]
    assert core.reconciler is not None
    return core.reconciler


def _report_lines(report) -> list[str]:  # type: ignore[no-untyped-def]
    out = []
    if report.linked:
        out.append("found and linked: " + ", ".join(report.linked))
    if report.absent:
        out.append("not created (absent after the settle period), lines free again: " + ", ".join(report.absent))
    if report.unknown:
        out.append("outcome still unknown, lines reserved: " + ", ".join(report.unknown))
    out.extend(f"look-up problem: {e}" for e in report.errors)
    out.extend(f"ALARM: {a}" for a in report.alarms)
    return out


def _report_code(core: Core, report) -> int:  # type: ignore[no-untyped-def]
    if report.alarms or open_alarms(core):
        return EXIT_DUPLICATE
    return EXIT_WAITING if report.unknown or _reconciler(core).open_intents() else EXIT_OK


def open_alarms(core: Core) -> list:  # type: ignore[type-arg]
    """Open money alarms (notices such as a cancelled line never make an exit code)."""
    from sqlalchemy import select

    from workstation.services.alerts import MONEY_KINDS
    from workstation.store.models import Alarm

    with core.db.read() as s:
        return list(s.scalars(select(Alarm).where(Alarm.resolved_at.is_(None), Alarm.kind.in_(MONEY_KINDS))
                              .order_by(Alarm.id)))


def cmd_reconcile(core: Core, args: argparse.Namespace) -> int:
    """Look up orders whose outcome is unknown (all of them now with --now)."""
    report = _reconciler(core).run(account=args.account, force=args.now)
    _emit(args, report, lambda: "\n".join([f"{report.checked} order(s) looked up"] + _report_lines(report)))
    return _report_code(core, report)


def cmd_intents(core: Core, args: argparse.Namespace) -> int:
    """Orders sent without an outcome yet, and the alarms a person must look at; give up or link one."""
    reconciler = _reconciler(core)
    if args.action == "give-up":
        if not args.ref:
            raise InvalidInput("intents give-up REFERENCE")
        freed = reconciler.give_up(args.ref)
        _emit(args, {"freed_lines": freed}, lambda: f"{args.ref}: given up; {len(freed)} line(s) ready for purchase.")
        return EXIT_OK
    if args.action == "link":
        if not args.ref or not args.order:
            raise InvalidInput("intents link REFERENCE MARKETPLACE_ORDER")
        intent = next((i for i in reconciler.open_intents() if i.client_ref == args.ref), None)
        account = intent.account if intent else _intent_account(core, args.ref)
        provider = core.sessions.provider_of(account)
        connector = core.connectors(provider)
        token = core.sessions.token(provider, account, refresh=connector.refresh)
        report = reconciler.link(args.ref, args.order, connector, token)
        _emit(args, report, lambda: "\n".join([f"{args.ref}: linked to {args.order}"] + _report_lines(report)))
        return EXIT_DUPLICATE if report.alarms else EXIT_OK
    if args.action == "resolve-alarm":
        if not args.ref:
            raise InvalidInput("intents resolve-alarm ALARM_ID")
        resolve_alarm(core, int(args.ref))
        _emit(args, {"resolved": int(args.ref)}, lambda: f"Alarm {args.ref} resolved.")
        return EXIT_OK
    intents, alarms = reconciler.open_intents(), open_alarms(core)
    payload = {"open": intents, "alarms": [{"id": a.id, "kind": a.kind, "message": a.message,
                                            "external_id": a.external_id, "created_at": a.created_at}
                                           for a in alarms]}
    _emit(args, payload, lambda: "\n".join(
        [f"{i.client_ref}  {i.provider}/{i.account}  {i.state:10} since {i.created_at:%Y-%m-%d %H:%M}  "
         f"{i.checks} look-up(s)  lines {','.join(map(str, i.line_ids))}  {i.error}" for i in intents]
        + [f"ALARM {a.id} {a.kind}: {_messages(args).text(a)}" for a in alarms]) or "No open orders and no alarms.")
    return EXIT_DUPLICATE if alarms else (EXIT_WAITING if intents else EXIT_OK)


def _intent_account(core: Core, ref: str) -> str:
    from sqlalchemy import select

    from workstation.store.models import ProviderOrder

    with core.db.read() as s:
        account = s.scalar(select(ProviderOrder.account).where(ProviderOrder.client_ref == ref))
    if account is None:
        raise InvalidInput(f"No booking intent has the reference {ref!r}.")
    return account


def resolve_alarm(core: Core, alarm_id: int) -> None:
    from datetime import UTC
    from datetime import datetime as dt

    from workstation.services.audit import audit
    from workstation.store.models import Alarm

    with core.db.write() as s:
        alarm = s.get(Alarm, alarm_id)
        if alarm is None or alarm.resolved_at is not None:
            raise InvalidInput(f"Alarm {alarm_id} is not open.")
        alarm.resolved_at, alarm.resolved_by = dt.now(UTC), core.actor.user
        audit(s, core.actor, "alarm.resolve", "alarm", alarm_id, {"message": alarm.message},
              {"resolved_by": core.actor.user})


def cmd_settings(core: Core, args: argparse.Namespace) -> int:
    if args.action == "set":
        if args.key is None or args.value is None:
            raise InvalidInput("settings set PROVIDER KEY VALUE")
        core.settings.set(args.provider, args.key, args.value)
    values = core.settings.as_dict(args.provider)
    values["warehouses"] = core.settings.warehouses(args.provider)
    _emit(args, values, lambda: "\n".join(f"{k:32} {v}" for k, v in values.items() if k != "warehouses")
          + "".join(f"\nwarehouse {w.id}{' (default)' if w.is_default else ''}: {w.one_line()}"
                    for w in values["warehouses"]))
    return 0


MARKETPLACE_FLAGS = {"mode": "--mode", "base_url": "--base-url", "app_key": "--app-key",
                     "app_secret": "--app-secret-stdin", "authorize_url": "--authorize-url",
                     "redirect_uri": "--redirect-uri", "min_interval": "--min-interval",
                     "timeout": "--timeout"}


def _read_secret() -> str:
    """The app secret from standard input: one line, or typed without echo at a terminal."""
    if sys.stdin is None:
        raise InvalidInput("--app-secret-stdin: there is no standard input to read the secret from")
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass("App secret (not shown): ")
    return sys.stdin.readline()


def cmd_marketplace(core: Core, args: argparse.Namespace) -> int:
    """A provider's connection: show it, set it (audited; the secret from stdin), test it."""
    from workstation.services.connection import (
        LABELS,
        MODE_NAMES,
        PROVIDER_NAMES,
        ConnectionInputError,
    )

    service = core.connectors.connection
    if service is None:
        raise InvalidInput("this program keeps no marketplace connection settings")
    provider = args.provider
    if args.action == "test":
        check = core.connectors.test(provider)
        fix = f"\nSetting to fix: {LABELS.get(check.setting, check.setting)}" + (
            f" ({MARKETPLACE_FLAGS[check.setting]})" if check.setting in MARKETPLACE_FLAGS else "")
        _emit(args, dict(dataclasses.asdict(check), setting_label=check.setting_label),
              lambda: check.message + ("" if check.ok or not check.setting else fix))
        return EXIT_OK if check.ok else EXIT_FAILED
    if args.action == "set":
        changes = {field: getattr(args, field) for field in MARKETPLACE_FLAGS
                   if field != "app_secret" and getattr(args, field) is not None}
        secret = _read_secret() if args.app_secret_stdin else None
        if not changes and secret is None:
            raise InvalidInput("marketplace set PROVIDER: give at least one of " + ", ".join(MARKETPLACE_FLAGS.values()))
        try:
            service.update(provider, changes, secret)
        except ConnectionInputError as exc:
            raise InvalidInput("; ".join(f"{message} ({MARKETPLACE_FLAGS.get(field, field)})"
                                         for field, message in exc.errors.items())) from None
    values = service.as_dict(provider)
    values.pop("secret_changed_at", None)

    def text() -> str:
        rows = [f"{PROVIDER_NAMES[provider]} connection: {MODE_NAMES[values['mode']]}"]
        shown = {**values, "mode": MODE_NAMES[values["mode"]],
                 "app_secret": "(set, kept in the secret store)" if values["app_secret_set"] else "(not set)",
                 "min_interval": f"{values['min_interval']:g} s between two calls of one account",
                 "timeout": f"{values['timeout']:g} s per request"}
        rows += [f"  {LABELS[field]:18} {shown[field]}" for field in MARKETPLACE_FLAGS]
        if values["mode"] != "live":
            rows.append("  (the Live values are kept for when the mode is Live; the sandbox needs none)")
        return "\n".join(rows)

    _emit(args, values, text)
    return EXIT_OK


def cmd_warehouse(core: Core, args: argparse.Namespace) -> int:
    row = core.settings.add_warehouse(args.provider, name=args.name, mobile=args.mobile,
                                      postal_code=args.postal_code, province=args.province, city=args.city,
                                      district=args.district, address=args.address, phone=args.phone or "",
                                      is_default=args.default)
    _emit(args, row, lambda: f"Added warehouse {row.id}: {row.one_line()}")
    return 0


def cmd_orders(core: Core, args: argparse.Namespace) -> int:
    rows = core.orders.list_orders(OrderFilter(args.search or ""), limit=args.limit)
    _emit(args, rows, lambda: "\n".join(
        f"{r.id}  {r.provider:6}  {r.customer_name:24.24}  {r.line_count:2} lines  "
        f"{r.paid_amount:>10}  {r.status_summary}" for r in rows) or "No orders.")
    return 0


def cmd_lines(core: Core, args: argparse.Namespace) -> int:
    detail = core.orders.order_detail(args.order_id.strip().upper())
    _emit(args, detail, lambda: "\n".join(
        f"{li.line_num:2} {li.label}  {li.title_orig}  [{li.config_text_orig}]  x{li.qty}  "
        f"{li.price_cust}  {status(li.status).name}  {li.vend_purch_id or ''} "
        f"{li.vend_purch_waybill or ''}".rstrip() for li in detail.lines))
    return 0


def cmd_lookup(core: Core, args: argparse.Namespace) -> int:
    result = core.orders.lookup(args.code)
    from workstation.domain.layouts import AS_TYPED, LAYOUT_NAMES

    folded = f" (found as typed through the {LAYOUT_NAMES[result.layout]})" if result.layout != AS_TYPED else ""
    _emit(args, result, lambda: f"{result.code}: {result.kind}, {len(result.lines)} line(s){folded}\n" + "\n".join(
        f"  {li.order_id} #{li.line_num} {li.title_orig} x{li.qty} {status(li.status).name}"
        for li in result.lines))
    return 0 if result.lines else 3


def _since(raw: str | None) -> datetime | None:
    """--since: an ISO date or time (local unless it names its zone), or 30m / 12h / 7d ago."""
    from datetime import UTC, timedelta

    if not raw:
        return None
    text = raw.strip().lower()
    units = {"m": "minutes", "h": "hours", "d": "days"}
    if text[:-1].isdigit() and text[-1:] in units:
        return datetime.now(UTC) - timedelta(**{units[text[-1]]: int(text[:-1])})
    if text == "today":
        return datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)
    try:
        moment = datetime.fromisoformat(raw.strip())
    except ValueError:
        raise InvalidInput(f"--since: {raw!r} is not a date (2026-12-01, 2026-12-01T08:00) "
                           "nor an age (30m, 12h, 7d, today)") from None
    return (moment if moment.tzinfo else moment.astimezone()).astimezone(UTC)


def cmd_scans(core: Core, args: argparse.Namespace) -> int:
    """The scan journal, newest first; with --unconfirmed, exit 5 while any is waiting."""
    assert core.scans is not None
    flt = JournalFilter(verdicts=tuple(args.verdict or ()), sources=tuple(args.source or ()),
                        since=_since(args.since), text=args.search or "", unconfirmed=args.unconfirmed)
    total = core.scans.count(flt)
    rows = core.scans.list(flt, limit=args.limit)
    waiting = core.scans.unconfirmed_lines([r.id for r in rows if r.verdict == FOUND])
    payload = {"total": total, "scans": [dict(dataclasses.asdict(r), unconfirmed_line_ids=list(waiting.get(r.id, ())))
                                         for r in rows]}

    def text() -> str:
        if not rows:
            return "No scans." if not args.unconfirmed else "No found scan is waiting to be confirmed."
        out = [f"{'id':>7}  {'time (UTC)':19}  {'verdict':16} {'source':6} {'station':12} {'clerk':10} "
               f"{'code':22} orders / lines"]
        for r in rows:
            pending = waiting.get(r.id, ())
            mark = f"  NOT CONFIRMED: lines {','.join(map(str, pending))}" if pending else ""
            out.append(f"{r.id:>7}  {r.scanned_at:%Y-%m-%d %H:%M:%S}  {r.verdict:16} {r.source:6} "
                       f"{r.station[:12]:12} {r.clerk[:10]:10} {r.code[:22]:22} {','.join(r.order_ids)}"
                       f"{' / ' + ','.join(map(str, r.line_ids)) if r.line_ids else ''}{mark}")
        if total > len(rows):
            out.append(f"... {total - len(rows)} more (--limit)")
        return "\n".join(out)

    _emit(args, payload, text)
    return EXIT_WAITING if args.unconfirmed and total else EXIT_OK


def cmd_audit(core: Core, args: argparse.Namespace) -> int:
    """Who changed what that touches money, newest first: an order, some lines, or everything."""
    from workstation.services.audit import AuditFilter, AuditService, to_csv

    service = AuditService(core.db)
    order = (args.order or "").strip().upper()
    if order.removeprefix("ORD-").isdigit():
        order = f"ORD-{int(order.removeprefix('ORD-')):010d}"
    if order and not core.orders.count_orders(OrderFilter(order)):
        print(f"workstation-cli: there is no order {order}", file=sys.stderr)
        return EXIT_NOT_FOUND
    specs = [part for raw in args.line or () for part in raw.replace(";", ",").split(",")]
    lines = service.resolve_lines(specs, order) if specs else ()
    flt = AuditFilter(order_id=order, line_ids=lines, since=_since(args.since), until=_since(args.until),
                      actions=tuple(args.action or ()), text=args.search or "")
    total = service.count(flt)
    rows = service.list(flt, limit=args.limit)
    if args.csv:
        sys.stdout.write(to_csv(rows))
    else:
        def text() -> str:
            if not rows:
                return "No audit rows."
            out = [f"{'time (UTC)':19}  {'user':14} {'station':14} {'order':14} {'line':5} {'what':34} changes"]
            out.extend(f"{r.at:%Y-%m-%d %H:%M:%S}  {r.user[:14]:14} {r.station[:14]:14} {r.order_id[:14]:14} "
                       f"{r.line_text:5} {r.action_name[:34]:34} {r.summary()}" for r in rows)
            if total > len(rows):
                out.append(f"... {total - len(rows)} more (--limit)")
            return "\n".join(out)

        _emit(args, {"total": total, "rows": [dict(dataclasses.asdict(r), action_name=r.action_name,
                                                   changes=[dataclasses.asdict(c) for c in r.changes(plain=True)])
                                              for r in rows]}, text)
    return EXIT_OK if rows else EXIT_NOT_FOUND


def cmd_migrate(core: Core, args: argparse.Namespace) -> int:
    from workstation.store.migrate import current_revision

    _emit(args, {"revision": current_revision(core.db)},
          lambda: f"Schema at revision {current_revision(core.db)}.")
    return 0


def _backup_or_restore(config, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    """`backup` and `restore` work on the file itself, before anything opens it: a damaged
    database can still be restored."""
    from pathlib import Path

    from workstation.config import ensure_data_dir
    from workstation.core import open_database, sqlite_path
    from workstation.logsetup import setup_logging
    from workstation.store import backup as bk
    from workstation.store.migrate import known_revisions

    if not config.is_sqlite:
        raise InvalidInput(bk.PG_POINTER)
    ensure_data_dir(config)
    setup_logging(config.log_dir)
    db_file = sqlite_path(config.db_url)
    assert db_file is not None
    if args.command == "backup":
        target = Path(args.file) if args.file else bk.default_backup_path(config.data_dir)
        info = bk.backup(db_file, target)
        pruned = bk.prune(target.parent, args.keep) if args.keep else []
        log.info("backup of %s written to %s (%d bytes)", db_file, info.path, info.size)
        _emit(args, {"file": str(info.path), "bytes": info.size, "schema": info.revision,
                     "pruned": [str(p) for p in pruned]},
              lambda: f"Backup written to {info.path} ({info.size:,} bytes, schema {info.revision}, "
                      f"integrity checked)." + (f" {len(pruned)} older automatic backup(s) removed." if pruned else ""))
        return EXIT_OK
    if not args.yes:
        raise InvalidInput(f"restore replaces everything in {db_file} with {args.file}; the current database is "
                           "kept as a backup first. Run again with --yes to go on.")
    info, kept = bk.restore(Path(args.file), db_file, known_revisions(), config.data_dir / bk.BACKUP_DIR)
    log.warning("database %s restored from %s; the previous one is kept as %s", db_file, info.path, kept)
    db = open_database(config)  # upgrades a backup of an older schema
    try:
        from workstation.core import assemble

        core = assemble(config, db, maintenance=False)  # nothing requeued: see abort_restored
        from workstation.domain.messages import RESTORED

        aborted = core.activities.abort_restored(RESTORED(backup=str(info.path)))
        due = _reconciler(core).make_all_due()
        core.close()
    finally:
        db.dispose()
    _emit(args, {"restored_from": str(info.path), "schema": info.revision, "previous_kept_as": str(kept),
                 "orders_to_look_up": due, "activities_aborted": aborted},
          lambda: f"Restored from {info.path} (schema {info.revision}). The database before the restore is "
                  f"kept as {kept}." + (f" {due} marketplace order(s) sent without an outcome are looked up "
                                        "again at once (workstation-cli reconcile)." if due else "")
                  + (f" {aborted} activit(ies) open in the backup were aborted, not run again." if aborted else "")
                  + " Orders bought after the backup are not in it: synchronise every account (workstation-cli "
                    "sync) before booking, so they are found by their reference.")
    return EXIT_OK


def _db_copy(config, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    """`db copy --to URL`: this station's database into an empty PostgreSQL database."""
    from workstation.config import ensure_data_dir
    from workstation.core import open_database
    from workstation.logsetup import setup_logging
    from workstation.store.copy import copy_database
    from workstation.store.database import Database, create_db_engine

    if not args.to.startswith("postgresql"):
        raise InvalidInput("--to: give the PostgreSQL database to copy into, postgresql+psycopg://user@host/name")
    ensure_data_dir(config)
    setup_logging(config.log_dir)
    source = open_database(config)
    target = Database(create_db_engine(args.to))
    last = [""]

    def progress(table: str, done: int, total: int) -> None:
        if not args.json and (table != last[0] or done == total or done % 50_000 == 0):
            print(f"  {table}: {done:,} of {total:,}", file=sys.stderr, flush=True)
            last[0] = table

    try:
        report = copy_database(source, target, progress=progress)
    finally:
        source.dispose()
        target.dispose()
    shown = target.engine.url.render_as_string(hide_password=True)
    _emit(args, {"tables": report.tables, "rows": report.rows, "skipped": list(report.skipped),
                 "counts": report.counts, "setting": f"WORKSTATION_DB_URL={shown}"},
          lambda: f"Copied {report.rows:,} rows in {report.tables} tables"
                  + (f" ({len(report.skipped)} complete from an earlier run)" if report.skipped else "")
                  + f"; every count matches. On each station set WORKSTATION_DB_URL={shown} "
                    "(or start it with --db ...). This SQLite file is left as it was.")
    return EXIT_OK


def _otapi_needs_person(core: Core, args: argparse.Namespace) -> None:
    """The OT API's operators act as the person who starts `otapi serve` (their role decides what
    the operators may do); with people defined, someone must be named."""
    if args.command == "otapi" and getattr(args, "instance_action", "") in ("create", "revoke"):
        from workstation.domain.roles import Permission
        from workstation.services.people import require

        require(core.actor, Permission.KEYS)  # an instance key lets a shop's system in
    if args.command == "otapi" and getattr(args, "otapi_command", "") == "serve" and not core.actor.signed_in:
        raise InvalidInput("People are defined: start the OT API as the person its operators act for, "
                           "e.g. workstation-cli --user LOGIN otapi serve (a purchaser can book and bind; "
                           "an administrator can do everything).")


def _command(args: argparse.Namespace) -> Callable[[Core, argparse.Namespace], int]:
    """The parser names the command functions of this module by name (it imports none of them);
    the OT API's and the sandbox's commands come as functions."""
    func = args.func
    return globals()[func] if isinstance(func, str) else func


def run(args: argparse.Namespace) -> int:
    """Run the parsed command (`workstation.cli` parsed it without importing any of this)."""
    if args.command == "db":
        try:
            return _db_copy(load_config(args.data_dir, args.db), args)
        except (ConfigError, DatabaseProblem, UserFacingError) as exc:
            print(f"workstation-cli: {exc}", file=sys.stderr)
            return 2
    if args.command in ("backup", "restore"):
        try:
            return _backup_or_restore(load_config(args.data_dir, args.db), args)
        except (ConfigError, DatabaseProblem, UserFacingError) as exc:
            print(f"workstation-cli: {exc}", file=sys.stderr)
            return 2
    try:
        config = load_config(args.data_dir, args.db)
        if getattr(args, "sandbox", False):
            from workstation.sandbox import cli as sandbox_cli

            return sandbox_cli.run_command(args, config.sandbox_dir)
        from workstation.cli import reads_only

        core = build_core(config, console_log=False, maintenance=not reads_only(args))
    except (ConfigError, DatabaseProblem, UserFacingError) as exc:
        print(f"workstation-cli: {exc}", file=sys.stderr)
        return 2
    try:
        from workstation import cli_people

        cli_people.sign_in(core, args)  # --user / --token; nobody (reads only) when people exist
        _otapi_needs_person(core, args)
    except UserFacingError as exc:
        core.close()
        print(f"workstation-cli: {exc}", file=sys.stderr)
        return 2
    try:
        result = int(_command(args)(core, args))
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return result
    except BrokenPipeError:
        raise
    except (UserFacingError, ConfigError, ProviderError) as exc:
        print(f"workstation-cli: {exc}", file=sys.stderr)
        return 2
    except Exception:
        log.exception("unexpected error in %s", args.command)
        print(f"workstation-cli: unexpected error; details in {config.log_dir}", file=sys.stderr)
        return 1
    finally:
        core.close()

