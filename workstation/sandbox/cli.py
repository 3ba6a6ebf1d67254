"""The `sandbox` commands: serve, pay, cancel, advance, reset, orders, status.

The lead's `workstation-cli sandbox ...` calls `add_commands(subparsers)` on the
subparsers of its `sandbox` command and later `run_command(args, sandbox_dir)`;
`python -m workstation.sandbox ...` runs the same commands standalone
(`main`). Commands other than `serve` work on the state file directly, so they
act on a running server's sandbox too. Plain text by default, JSON with `--json`.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

# Parsing needs none of the marketplace: `workstation-cli --help` lists these commands without
# importing the server, the market or the catalogue; each command imports what it uses.
if TYPE_CHECKING:
    from workstation.sandbox.market import Market


def _market(directory: Path) -> Market:
    from workstation.sandbox import market

    return market.Market(directory)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dir", type=Path, default=None, help="sandbox state directory")
    parser.add_argument("--json", action="store_true", help="print JSON")


def add_commands(subparsers) -> None:
    """Register the sandbox commands on an argparse subparsers object."""
    p = subparsers.add_parser("serve", help="run the sandbox server in the foreground")
    _common(p)
    p.add_argument("--port", type=int, default=0, help="port (0 = any free port)")
    p.add_argument("--seed", type=int, default=None, help="default: the catalogue's own seed")
    p.set_defaults(sandbox_func=cmd_serve)
    p = subparsers.add_parser("pay", help="pay a provider order awaiting payment")
    _common(p)
    p.add_argument("order_id", metavar="PROVIDER_ORDER_ID")
    p.set_defaults(sandbox_func=cmd_pay)
    p = subparsers.add_parser("cancel", help="cancel an unpaid provider order")
    _common(p)
    p.add_argument("order_id", metavar="PROVIDER_ORDER_ID")
    p.set_defaults(sandbox_func=cmd_cancel)
    p = subparsers.add_parser("advance", help="move the sandbox clock forward")
    _common(p)
    p.add_argument("hours", type=float)
    p.set_defaults(sandbox_func=cmd_advance)
    p = subparsers.add_parser("reset", help="forget every order and token, back to the catalogue")
    _common(p)
    p.add_argument("--seed", type=int, default=None)
    p.set_defaults(sandbox_func=cmd_reset)
    p = subparsers.add_parser("orders", help="list the sandbox's provider orders")
    _common(p)
    p.add_argument("--provider", choices=("1688", "taobao"), default=None)
    p.set_defaults(sandbox_func=cmd_orders)
    p = subparsers.add_parser("status", help="sandbox time and settings")
    _common(p)
    p.set_defaults(sandbox_func=cmd_status)


def run_command(args: argparse.Namespace, sandbox_dir: Path | None = None) -> int:
    """Run the parsed command on `args.dir`, else `sandbox_dir`; returns the exit status."""
    directory = getattr(args, "dir", None) or sandbox_dir
    if directory is None:
        print("sandbox: no state directory (give --dir)", file=sys.stderr)
        return 2
    from workstation.sandbox.market import MarketError

    try:
        return args.sandbox_func(args, Path(directory))
    except MarketError as exc:
        _out(args, {"error": exc.kind, "message": exc.message}, f"error: {exc.message}", sys.stderr)
        return 1


def _out(args, payload, text: str, stream=None) -> None:
    stream = stream or sys.stdout
    print(json.dumps(payload, ensure_ascii=False, indent=2) if args.json else text, file=stream)


def _time(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds")


def _order_text(order: dict) -> str:
    bills = ", ".join(f"{w['waybill']} ({w['company']})" for w in order["waybills"]) or "-"
    return (f"{order['provider']:<7} {order['order_id']:<20} {order['state']:<16} "
            f"{order['total_amount']:>10} {order['account']:<18} ref={order['client_ref'] or '-'} "
            f"lines={len(order['lines'])} waybills={bills}")


def cmd_serve(args, directory: Path) -> int:
    from workstation.sandbox.catalogue import DEFAULT_SEED
    from workstation.sandbox.launcher import remove_port_file, write_port_file
    from workstation.sandbox.server import make_server

    server = make_server(directory, port=args.port, seed=DEFAULT_SEED if args.seed is None else args.seed)
    port = server.server_address[1]
    write_port_file(directory, port)
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: server.stop())
    print(f"sandbox serving on {server.base_url} (state in {directory})", flush=True)
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        remove_port_file(directory, port)
        server.server_close()
    return 0


def cmd_pay(args, directory: Path) -> int:
    order = _market(directory).pay(args.order_id).to_json()
    _out(args, order, f"paid: {_order_text(order)}")
    return 0


def cmd_cancel(args, directory: Path) -> int:
    order = _market(directory).cancel(args.order_id, enforce_too_fast=False).to_json()
    _out(args, order, f"cancelled: {_order_text(order)}")
    return 0


def cmd_advance(args, directory: Path) -> int:
    market = _market(directory)
    now = market.advance(args.hours)
    _out(args, market.settings(), f"sandbox time is now {_time(now)}")
    return 0


def cmd_reset(args, directory: Path) -> int:
    market = _market(directory)
    market.reset(args.seed)
    _out(args, market.settings(), f"sandbox reset (seed {market.seed})")
    return 0


def cmd_orders(args, directory: Path) -> int:
    orders = [o.to_json() for o in _market(directory).find_orders(args.provider)]
    _out(args, orders, "\n".join(_order_text(o) for o in orders) or "no orders")
    return 0


def cmd_status(args, directory: Path) -> int:
    settings = _market(directory).settings()
    text = (f"sandbox time {_time(settings['now'])}, seed {settings['seed']}, latency "
            f"{settings['latency_ms']} ms, qps limit {settings['qps_limit'] or 'none'}, "
            f"booking limit {settings['booking_limit']}/day")
    _out(args, settings, text)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m workstation.sandbox",
                                     description="The sandbox marketplace (1688 + Taobao Global).")
    subparsers = parser.add_subparsers(dest="command", required=True)
    add_commands(subparsers)
    args = parser.parse_args(argv)
    return run_command(args)
