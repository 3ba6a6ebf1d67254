"""`workstation-cli otapi ...`: instance keys and the OT API server."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("otapi", help="the OT API: instance keys and the server")
    actions = p.add_subparsers(dest="otapi_command", required=True, metavar="ACTION")

    inst = actions.add_parser("instance", help="create, list or revoke instance keys")
    inst_actions = inst.add_subparsers(dest="instance_action", required=True, metavar="ACTION")
    create = inst_actions.add_parser("create", help="a new key with an operator, a customer and a delivery mode")
    create.add_argument("--with-secret", action="store_true", help="require signed requests")
    inst_actions.add_parser("list", help="the keys")
    revoke = inst_actions.add_parser("revoke", help="block a key (its sessions end)")
    revoke.add_argument("key")
    inst.set_defaults(func=_run("cmd_instance"))

    serve = actions.add_parser("serve", help="serve the OT API until SIGTERM")
    serve.add_argument("--port", type=int, required=True)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--session-ttl", type=float, default=12 * 3600, help="seconds a session lasts (12 h)")
    serve.add_argument("--threads", type=int, default=4)
    serve.set_defaults(func=_run("cmd_serve"))

    connect = actions.add_parser("connect", help="OT mode: connect this station to an OT Box instance")
    connect.add_argument("url", help="the OT API's address, e.g. https://otapi.example.com")
    connect.add_argument("--instance-key", dest="instance_key", required=True)
    connect.add_argument("--operator", required=True, help="the operator's login")
    connect.add_argument("--password-stdin", dest="password_stdin", action="store_true", required=True,
                         help="read the operator's password from standard input (its first line)")
    connect.add_argument("--secret-stdin", dest="secret_stdin", action="store_true",
                         help="the instance's secret for signed calls, on the second line of standard input")
    connect.add_argument("--language", default="en", help="the language of OT's texts (default: en)")
    connect.set_defaults(func=_run("cmd_connect"))
    disconnect = actions.add_parser("disconnect", help="OT mode: remove the mirror and go back to local mode")
    disconnect.add_argument("--discard-unsent", dest="discard_unsent", action="store_true",
                            help="even with warehouse changes the platform has not accepted yet (they are lost)")
    disconnect.set_defaults(func=_run("cmd_disconnect"))
    actions.add_parser("status", help="OT mode: the instance this station mirrors, or local mode"
                       ).set_defaults(func=_run("cmd_status"))
    refresh = actions.add_parser("refresh", help="OT mode: send the warehouse's changes, read the sessions and "
                                                  "the orders again now (--full: every order's lines)")
    refresh.add_argument("--full", action="store_true", help="read every order's lines, not only the changed and open ones")
    refresh.set_defaults(func=_run("cmd_refresh"))


def _run(name: str) -> Callable[[Any, argparse.Namespace], int]:
    """The command `name` of `cli_run`, imported when it runs (not when the parser is built)."""

    def run(core: Any, args: argparse.Namespace) -> int:
        from workstation.otapi.server import cli_run

        return int(getattr(cli_run, name)(core, args))

    run.__name__ = name
    return run
