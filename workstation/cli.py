"""`workstation-cli`: the headless face of the same services the window uses.

Every command prints plain text, or JSON with --json. Expected problems (bad input,
unusable database) print one clear line on stderr and exit 2; bugs exit 1 with the
traceback in the log file.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from workstation.config import ConfigError, load_config
from workstation.core import Core, build_core
from workstation.domain.statuses import status
from workstation.services import demo
from workstation.services.errors import UserFacingError
from workstation.services.orders import OrderFilter
from workstation.store.database import DatabaseProblem

log = logging.getLogger(__name__)


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
    summary = demo.generate(core.db, orders=args.orders, seed=args.seed)
    _emit(args, summary, lambda: f"Added {summary.orders} demo orders ({summary.lines} lines): "
                               f"{summary.first_order} .. {summary.last_order}")
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
    _emit(args, result, lambda: f"{result.code}: {result.kind}, {len(result.lines)} line(s)\n" + "\n".join(
        f"  {li.order_id} #{li.line_num} {li.title_orig} x{li.qty} {status(li.status).name}"
        for li in result.lines))
    return 0 if result.lines else 3


def cmd_migrate(core: Core, args: argparse.Namespace) -> int:
    from workstation.store.migrate import current_revision

    _emit(args, {"revision": current_revision(core.db)},
          lambda: f"Schema at revision {current_revision(core.db)}.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="workstation-cli", description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", help="data directory (default: the platform's user data dir; "
                                           "or WORKSTATION_DATA_DIR)")
    parser.add_argument("--db", help="database URL (default: SQLite in the data directory)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("demo", help="add deterministic demo orders")
    p.add_argument("--orders", type=int, default=60)
    p.add_argument("--seed", type=int, default=demo.DEFAULT_SEED)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("orders", help="list orders, newest first")
    p.add_argument("search", nargs="?", help="order id, customer or provider")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_orders)

    p = sub.add_parser("lines", help="the lines of an order")
    p.add_argument("order_id")
    p.set_defaults(func=cmd_lines)

    p = sub.add_parser("lookup", help="what a scan of CODE finds (waybill, marketplace order, label)")
    p.add_argument("code")
    p.set_defaults(func=cmd_lookup)

    p = sub.add_parser("migrate", help="upgrade the database schema and print its revision")
    p.set_defaults(func=cmd_migrate)

    _add_sandbox(sub)
    return parser


def _add_sandbox(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    try:
        from workstation.providers.sandbox import cli as sandbox_cli
    except ImportError:  # the sandbox is optional in a stripped build
        return
    p = sub.add_parser("sandbox", help="the embedded sandbox marketplace")
    sandbox_cli.add_commands(p.add_subparsers(dest="sandbox_command", required=True, metavar="ACTION"))
    p.set_defaults(func=None, sandbox=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        config = load_config(args.data_dir, args.db)
        if getattr(args, "sandbox", False):
            from workstation.providers.sandbox import cli as sandbox_cli

            return sandbox_cli.run_command(args, config.sandbox_dir)
        core = build_core(config, console_log=False)
    except (ConfigError, DatabaseProblem, UserFacingError) as exc:
        print(f"workstation-cli: {exc}", file=sys.stderr)
        return 2
    try:
        return int(args.func(core, args))
    except UserFacingError as exc:
        print(f"workstation-cli: {exc}", file=sys.stderr)
        return 2
    except Exception:
        log.exception("unexpected error in %s", args.command)
        print(f"workstation-cli: unexpected error; details in {config.log_dir}", file=sys.stderr)
        return 1
    finally:
        core.close()


if __name__ == "__main__":
    raise SystemExit(main())
