"""What `workstation-cli otapi ...` runs (the parser is in `cli.py`, which imports none of this,
so `workstation-cli --help` stays light)."""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import sys
from datetime import timedelta
from typing import Any

from workstation.services.errors import InvalidInput

log = logging.getLogger("workstation.otapi.server.cli")


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


# ---------------------------------------------------------------- OT mode: connect, disconnect, status

def _link(core: Any) -> Any:
    from workstation.services.otmode.link import OtLinkService

    return OtLinkService(core.db, core.secrets, core.actor)


def _read_credentials(with_secret: bool) -> tuple[str, str | None]:
    """The password (first line of standard input) and the secret (second line); typed without
    echo at a terminal. Neither is ever printed."""
    if sys.stdin is None:
        raise InvalidInput("--password-stdin: there is no standard input to read the password from")
    if sys.stdin.isatty():
        import getpass

        password = getpass.getpass("Operator password (not shown): ")
        secret = getpass.getpass("Instance secret (not shown): ") if with_secret else None
    else:
        password = sys.stdin.readline().rstrip("\r\n")
        secret = sys.stdin.readline().rstrip("\r\n") if with_secret else None
    if not password:
        raise InvalidInput("--password-stdin: the first line of standard input (the operator's password) is empty")
    if with_secret and not secret:
        raise InvalidInput("--secret-stdin: the second line of standard input (the instance's secret) is empty")
    return password, secret


def _status_payload(status: Any) -> dict[str, Any]:
    if status is None:
        return {"mode": "local", "connected": False}
    out: dict[str, Any] = {"mode": "ot", "connected": True}
    for name, value in dataclasses.asdict(status).items():
        out[name] = value.isoformat() if hasattr(value, "isoformat") else value
    out["unsent"] = status.unsent
    return out


def _status_text(status: Any) -> str:
    if status is None:
        return "Local mode: this station keeps its own orders (connect: workstation-cli otapi connect URL ...)."

    def when(moment: Any) -> str:
        return f"{moment:%Y-%m-%d %H:%M:%S} UTC" if moment else "never"

    rows = [f"OT mode: mirroring OT Box at {status.base_url}",
            f"  instance key     {status.instance_key}",
            f"  operator         {status.operator} (password in the secret store)",
            f"  signed calls     {'yes (secret in the secret store)' if status.has_secret else 'no'}",
            f"  language         {status.language}",
            f"  connected        {when(status.connected_at)} by {status.connected_by}",
            f"  last refresh     {when(status.last_refresh_at)} (all details: {when(status.last_full_refresh_at)})",
            f"  mirror           {status.mirrored_orders} orders, {status.mirrored_lines} lines",
            "  outbox           " + (", ".join(f"{n} {state}" for state, n in sorted(status.outbox.items()))
                                     or "empty")]
    if status.last_error:
        rows.append(f"  last error       {status.last_error} ({when(status.last_error_at)})")
    return "\n".join(rows)


def cmd_connect(core: Any, args: argparse.Namespace) -> int:
    password, secret = _read_credentials(args.secret_stdin)
    status = _link(core).connect(args.url, args.instance_key, args.operator, password, secret, args.language)
    if args.json:
        print(json.dumps(_status_payload(status), indent=2, ensure_ascii=False))
        return 0
    lines = [f"Connected to OT Box at {status.base_url} as {status.operator}."]
    if status.removed_demo_orders:
        lines.append(f"The {status.removed_demo_orders} demo orders of this database were removed.")
    if status.platform_orders is not None:
        lines.append(f"{status.platform_orders} orders will be mirrored (the first refresh reads them).")
    lines.append("Restart the workstation to switch the order source.")
    print("\n".join(lines))
    return 0


def cmd_disconnect(core: Any, args: argparse.Namespace) -> int:
    link = _link(core)
    before = link.status()
    link.disconnect(discard_unsent=args.discard_unsent)
    if args.json:
        print(json.dumps({"disconnected": before.base_url if before else None, "mode": "local"}, indent=2))
    else:
        print(f"Disconnected from {before.base_url if before else 'the OT Box instance'}; the mirror was removed. "
              "Restart the workstation to switch the order source.")
    return 0


def cmd_status(core: Any, args: argparse.Namespace) -> int:
    status = _link(core).status()
    print(json.dumps(_status_payload(status), indent=2, ensure_ascii=False) if args.json else _status_text(status))
    return 0


def cmd_refresh(core: Any, args: argparse.Namespace) -> int:
    """What the window's "Refresh now" does, from a terminal or a scheduler: the outbox sent,
    the provider sessions and the orders read again (the changed and open ones; --full: all)."""
    platform = core.platform
    if not platform.is_remote:
        raise InvalidInput("This station is not connected to an OT Box instance (workstation-cli otapi connect ...).")
    drained = platform.outbox.drain(at_once=True)
    platform.sessions.refresh()
    result = platform.mirror.refresh(full=args.full)
    if result.error:
        raise InvalidInput(result.error)
    payload = {"sent": drained.sent, "refused": drained.refused, "notSent": drained.failed,
               "ordersListed": result.orders_listed, "ordersRead": result.orders_read,
               "linesWritten": result.lines_written, "linesChanged": result.lines_changed,
               "ordersRemoved": result.orders_removed, "seconds": round(result.seconds, 2)}
    if args.json:
        print(json.dumps(payload, indent=2))
    else:
        print(f"Sent {drained.sent} warehouse change(s) ({drained.refused} refused, {drained.failed} not sent); "
              f"{result.orders_listed} orders listed, {result.orders_read} read, {result.lines_written} new and "
              f"{result.lines_changed} changed lines, {result.orders_removed} removed, in {result.seconds:.1f} s.")
    return 0
