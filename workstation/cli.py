"""`workstation-cli`: the headless face of the same services the window uses.

Every command prints plain text, or JSON with --json (before or after the command). Expected
problems (bad input, unusable database) print one clear line on stderr and exit 2; bugs exit 1
with the traceback in the log file. The activity commands (book, sync, bind, unbind, answer,
resume, reconcile) exit with what happened to the money: see EXIT_* in `cli_commands` and the
README.

This module only parses: it imports the services (`workstation.cli_commands`) once a command is
to run, so `workstation-cli --help` starts as fast as argparse does.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence

from workstation.domain.scans import SOURCES, VERDICTS


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="workstation-cli", description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", help="data directory (default: the platform's user data dir; "
                                           "or WORKSTATION_DATA_DIR)")
    parser.add_argument("--db", help="database URL (default: SQLite in the data directory)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--lang", help="language of the engine's messages (activity steps, alarms): en, ru, "
                                       "zh_CN (default: en; JSON keeps English with each message's key)")
    from workstation import cli_people

    cli_people.add_global_options(parser)  # --user LOGIN, --token BADGE
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("demo", help="add deterministic demo orders; log the sandbox's demo accounts in")
    p.add_argument("--orders", type=int, default=60)
    p.add_argument("--seed", type=int, default=None, help="default: the demo's own seed (the same orders every time)")
    p.add_argument("--no-sandbox", action="store_true", help="only the local orders; leave the sandbox alone")
    p.set_defaults(func="cmd_demo")

    p = sub.add_parser("orders", help="list orders, newest first")
    p.add_argument("search", nargs="?", help="order id, customer or provider")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func="cmd_orders")

    p = sub.add_parser("lines", help="the lines of an order")
    p.add_argument("order_id")
    p.set_defaults(func="cmd_lines")

    p = sub.add_parser("lookup", help="what a scan of CODE finds (waybill, marketplace order, label)")
    p.add_argument("code")
    p.set_defaults(func="cmd_lookup")

    p = sub.add_parser("scans", help="the scan journal: every scan with its verdict, newest first")
    p.add_argument("search", nargs="?", help="part of the code, an order id, a station or clerk")
    p.add_argument("--since", help="ISO date/time, or an age: 30m, 12h, 7d, today")
    p.add_argument("--verdict", action="append",
                   choices=VERDICTS)
    p.add_argument("--source", action="append", choices=SOURCES)
    p.add_argument("--unconfirmed", action="store_true",
                   help="arrived but never confirmed: found scans whose lines have no receipt since "
                        "(exit 5 while there are any)")
    p.add_argument("--limit", type=int, default=100)
    p.set_defaults(func="cmd_scans")

    p = sub.add_parser("audit", help="who changed money-touching values, when, where, old and new; newest first")
    p.add_argument("--order", help="one order (ORD-0000001001, or its number)")
    p.add_argument("--line", action="append",
                   help="lines: #3 or 3 (with --order), a label LN..., or an id; repeat or comma-separate")
    p.add_argument("--since", help="ISO date/time, or an age: 30m, 12h, 7d, today")
    p.add_argument("--until", help="before this ISO date/time or age")
    p.add_argument("--action", action="append", help="e.g. line.price_confirm; line. for every line action")
    p.add_argument("--search", help="part of the user, the station or the action")
    p.add_argument("--csv", action="store_true", help="CSV, one row per changed field")
    p.add_argument("--limit", type=int, default=500)
    p.set_defaults(func="cmd_audit")

    p = sub.add_parser("migrate", help="upgrade the database schema and print its revision")
    p.set_defaults(func="cmd_migrate")

    sub.add_parser("sessions", help="logged-in provider accounts").set_defaults(func="cmd_sessions")

    p = sub.add_parser("book", help="book an order's lines on the marketplace")
    p.add_argument("order_id")
    p.add_argument("--lines", help="lines: #1,#3, labels or ids, comma-separated (default: every line ready "
                                   "for purchase)")
    p.add_argument("--account", required=True)
    p.add_argument("--warehouse", type=int, help="warehouse address id (default: the provider's default)")
    p.set_defaults(func="cmd_book")

    p = sub.add_parser("sync", help="synchronise an account's marketplace orders")
    p.add_argument("--account", required=True)
    p.set_defaults(func="cmd_sync")

    p = sub.add_parser("bind", help="bind a marketplace order bought by hand to a customer order")
    p.add_argument("order_id")
    p.add_argument("provider_order_id")
    p.add_argument("--account", required=True)
    p.set_defaults(func="cmd_bind")

    p = sub.add_parser("unbind", help="remove the marketplace link of lines (all bound lines by default)")
    p.add_argument("order_id")
    p.add_argument("--lines")
    p.add_argument("--account", required=True)
    p.add_argument("--force", action="store_true",
                   help="unbind even though the marketplace order still exists there (audited)")
    p.set_defaults(func="cmd_unbind")

    p = sub.add_parser("recalc", help="set customer price and/or delivery to the purchase figures")
    p.add_argument("order_id")
    p.add_argument("--lines", required=True)
    p.add_argument("--price", action="store_true")
    p.add_argument("--delivery", action="store_true")
    p.set_defaults(func="cmd_recalc")

    p = sub.add_parser("activities", help="list activities")
    p.add_argument("--state")
    p.add_argument("--kind")
    p.add_argument("--account")
    p.set_defaults(func="cmd_activities")

    p = sub.add_parser("activity", help="one activity with its steps and pending question")
    p.add_argument("activity_id")
    p.set_defaults(func="cmd_activity")

    p = sub.add_parser("answer", help="answer an activity's question and let it go on")
    p.add_argument("activity_id")
    p.add_argument("choice")
    p.set_defaults(func="cmd_answer")

    p = sub.add_parser("cancel", help="cancel an activity")
    p.add_argument("activity_id")
    p.set_defaults(func="cmd_cancel")

    sub.add_parser("resume", help="drive queued and interrupted activities, then look up unknown orders"
                   ).set_defaults(func="cmd_resume")

    p = sub.add_parser("reconcile", help="look up orders whose outcome is unknown")
    p.add_argument("--account")
    p.add_argument("--now", action="store_true", help="look every open one up now, whatever the schedule")
    p.set_defaults(func="cmd_reconcile")

    p = sub.add_parser("db", help="db copy --to postgresql+psycopg://...: move this station's data to PostgreSQL")
    p.add_argument("action", choices=("copy",))
    p.add_argument("--to", required=True, help="an empty PostgreSQL database (or an interrupted copy)")

    p = sub.add_parser("backup", help="copy the SQLite database while the program runs (integrity checked)")
    p.add_argument("file", nargs="?", help="default: DATA_DIR/backups/workstation-YYYYmmdd-HHMMSS.sqlite3")
    p.add_argument("--keep", type=int, default=0,
                   help="then keep only this many automatic backups (workstation-*.sqlite3) in that folder")

    p = sub.add_parser("restore", help="replace the database with a backup (the current one is kept first)")
    p.add_argument("file")
    p.add_argument("--yes", action="store_true", help="yes, replace the current data")

    p = sub.add_parser("intents", help="orders without an outcome yet, and alarms; give up or link one")
    p.add_argument("action", nargs="?", default="list", choices=("list", "give-up", "link", "resolve-alarm"))
    p.add_argument("ref", nargs="?", help="our reference (WS...), or the alarm id for resolve-alarm")
    p.add_argument("order", nargs="?", help="the marketplace order number, for link")
    p.set_defaults(func="cmd_intents")

    p = sub.add_parser("settings", help="show or set a provider's settings")
    p.add_argument("action", choices=("show", "set"))
    p.add_argument("provider", choices=("taobao", "1688"))
    p.add_argument("key", nargs="?")
    p.add_argument("value", nargs="?")
    p.set_defaults(func="cmd_settings")

    p = sub.add_parser("marketplace", help="a provider's marketplace connection: sandbox or live gateway")
    p.add_argument("action", choices=("show", "set", "test"))
    p.add_argument("provider", choices=("1688", "taobao"))
    p.add_argument("--mode", help="sandbox (the embedded demo) or live")
    p.add_argument("--base-url", dest="base_url", help="gateway base URL (live)")
    p.add_argument("--app-key", dest="app_key", help="the application's app key (live)")
    p.add_argument("--app-secret-stdin", dest="app_secret_stdin", action="store_true",
                   help="read the app secret from standard input (never give it as an argument)")
    p.add_argument("--authorize-url", dest="authorize_url", help="OAuth authorize page (live)")
    p.add_argument("--redirect-uri", dest="redirect_uri", help="OAuth redirect URI registered with the app")
    p.add_argument("--min-interval", dest="min_interval", help="seconds between two calls of one account")
    p.add_argument("--timeout", help="seconds per request")
    p.set_defaults(func="cmd_marketplace")

    p = sub.add_parser("warehouse", help="add a warehouse address in China")
    p.add_argument("provider", choices=("taobao", "1688"))
    for name in ("name", "mobile", "postal-code", "province", "city", "district", "address"):
        p.add_argument(f"--{name}", required=True)
    p.add_argument("--phone", help="landline (1688)")
    p.add_argument("--default", action="store_true")
    p.set_defaults(func="cmd_warehouse")

    _add_sandbox(sub)
    from workstation.otapi.server import cli as otapi_cli

    otapi_cli.add_commands(sub)
    cli_people.add_commands(sub)  # users list | add | disable | enable | password | role | badge | revoke-badges
    return parser


def _add_sandbox(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    try:
        from workstation.sandbox import cli as sandbox_cli
    except ImportError:  # the sandbox is optional in a stripped build
        return
    p = sub.add_parser("sandbox", help="the embedded sandbox marketplace")
    sandbox_cli.add_commands(p.add_subparsers(dest="sandbox_command", required=True, metavar="ACTION"))
    p.set_defaults(func=None, sandbox=True)


# Commands that only read: they never write the database (no retention purge, no requeue), so
# they work on a read-only copy or while another station holds the write lock.
READ_ONLY_COMMANDS = frozenset({"orders", "lines", "lookup", "scans", "audit", "activities", "activity",
                                "sessions"})


def reads_only(args: argparse.Namespace) -> bool:
    if args.command in READ_ONLY_COMMANDS:
        return True
    if args.command in ("settings", "marketplace"):
        return getattr(args, "action", None) == "show"
    if args.command == "intents":
        return getattr(args, "action", "list") == "list"
    if args.command == "users":
        return getattr(args, "action", "list") == "list"
    return False


def _json_anywhere(parser: argparse.ArgumentParser) -> None:
    """`--json` before the command (`workstation-cli --json orders`) or after it (`orders --json`)."""
    for action in parser._actions:  # argparse has no public walk over subparsers
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                if not any("--json" in a.option_strings for a in child._actions):
                    child.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                                       help="print JSON")
                _json_anywhere(child)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:  # `workstation-cli orders | head`: the reader has gone, not an error of ours
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # nothing more reaches the closed pipe at exit
        return 141  # as a shell reports a process ended by SIGPIPE


def _main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    _json_anywhere(parser)
    args = parser.parse_args(argv)
    from workstation import cli_commands

    return cli_commands.run(args)


if __name__ == "__main__":
    raise SystemExit(main())
