"""`workstation-cli otapi ...`: instance keys and the OT API server."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from datetime import timedelta
from typing import Any

from workstation.services.errors import InvalidInput

log = logging.getLogger(__name__)


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
    inst.set_defaults(func=cmd_instance)

    serve = actions.add_parser("serve", help="serve the OT API until SIGTERM")
    serve.add_argument("--port", type=int, required=True)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--session-ttl", type=float, default=12 * 3600, help="seconds a session lasts (12 h)")
    serve.add_argument("--threads", type=int, default=4)
    serve.set_defaults(func=cmd_serve)


def _instances(core: Any, ttl: float | None = None) -> Any:
    from workstation.services.otapi.instances import SESSION_TTL, InstanceService

    return InstanceService(core.db, core.secrets, session_ttl=timedelta(seconds=ttl) if ttl else SESSION_TTL)


def cmd_instance(core: Any, args: argparse.Namespace) -> int:
    service = _instances(core)
    if args.instance_action == "create":
        new = service.create(with_secret=args.with_secret)
        payload = {"instanceKey": new.instance_key, "secret": new.secret,
                   "operator": {"login": new.operator.login, "password": new.operator.password},
                   "customer": {"login": new.customer.login, "password": new.customer.password,
                                "id": new.customer_id},
                   "deliveryModeId": new.delivery_mode_id}
        if args.json:
            print(json.dumps(payload, indent=2))
        else:
            print(f"instance key   {new.instance_key}\nsecret         {new.secret or '(none: unsigned calls)'}\n"
                  f"operator       {new.operator.login} / {new.operator.password}\n"
                  f"customer       {new.customer.login} / {new.customer.password} (id {new.customer_id})\n"
                  f"delivery mode  {new.delivery_mode_id}\nThe passwords are shown only now.")
        return 0
    if args.instance_action == "list":
        rows = service.list()
        if args.json:
            print(json.dumps([{"instanceKey": r.key, "hasSecret": r.has_secret, "deliveryModeId": r.delivery_mode_id,
                               "createdAt": r.created_at.isoformat(),
                               "revokedAt": r.revoked_at.isoformat() if r.revoked_at else None} for r in rows],
                             indent=2))
        else:
            print("\n".join(f"{r.key}  {'signed' if r.has_secret else 'unsigned'}  created {r.created_at:%Y-%m-%d %H:%M}"
                            + (f"  REVOKED {r.revoked_at:%Y-%m-%d %H:%M}" if r.revoked_at else "") for r in rows)
                  or "No instance keys; create one: workstation-cli otapi instance create")
        return 0
    if not service.revoke(args.key):
        raise InvalidInput(f"No active instance key {args.key!r}.")
    print(json.dumps({"revoked": args.key}) if args.json else f"Instance key {args.key} revoked.")
    return 0


def cmd_serve(core: Any, args: argparse.Namespace) -> int:
    from workstation.otapi.server.app import Platform, serve

    if not 0 <= args.port <= 65535:
        raise InvalidInput(f"--port {args.port}: not a port number")
    platform = Platform(core, _instances(core, args.session_ttl))

    def ready(url: str) -> None:
        log.info("OT API serving on %s", url)
        print(f"OT API listening on {url} (XML: {url}service/<Method>, JSON: {url}service-json/<Method>)", flush=True)

    try:
        serve(platform, args.host, args.port, ready=ready, threads=args.threads)
    except OSError as exc:
        raise InvalidInput(f"Cannot listen on {args.host}:{args.port}: {exc.strerror or exc}") from None
    print("OT API stopped.", file=sys.stderr)
    return 0
