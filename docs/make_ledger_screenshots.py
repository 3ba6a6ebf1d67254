"""Screenshots of what a purchaser sees when an order's outcome is unknown (run under Xvfb):

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/make_ledger_screenshots.py OUT_DIR

A demo data directory; the sandbox answers a create with 502 and its look-ups with 502 too;
`workstation-cli book` leaves the order "Outcome unknown: checking"; then the real window
(`python -m workstation`) opens on it: the Purchase pane and the booking's question.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "workstation.cli", "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=300)


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0] if args else tempfile.mkdtemp())
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp())
    from sqlalchemy import select

    from workstation.config import load_config
    from workstation.core import build_core
    from workstation.domain import statuses as st
    from workstation.sandbox.launcher import stop_running
    from workstation.sandbox.market import Market
    from workstation.store.models import Order, OrderLine

    print(cli(data, "demo").stdout)
    core = build_core(load_config(data, None))
    with core.db.read() as s:
        oid = s.scalar(select(Order.id).join(OrderLine).where(
            Order.provider == "1688", Order.is_paid.is_(True), OrderLine.status == st.READY)
            .group_by(Order.id).order_by(Order.id))
    account = next(r.account for r in core.sessions.list("1688"))
    core.close()
    market = Market(data / "sandbox")
    market.faults.add("alibaba.trade.createCrossOrder", "http_502", 5)
    market.faults.add("alibaba.trade.getBuyerOrderList", "http_502", 200)
    booked = cli(data, "book", oid, "--account", account)
    print(booked.returncode, booked.stdout[-2000:])
    if "--alarm" in sys.argv:  # how an alarm looks (a line bought above the rule, say)
        from datetime import UTC, datetime

        from workstation.services.purchase import ledger

        core = build_core(load_config(data, None))
        with core.db.write() as s:
            ledger.raise_alarm(s, "screenshot", "above_rule", None, f"{oid} #1 was bought above the rule: ¥50.21 in "
                               "marketplace order 231000000015000045, above the rule (10% over ¥40.17).",
                               datetime.now(UTC), provider="1688", account=account)
        core.close()
    proc = subprocess.Popen([sys.executable, "-m", "workstation", "--data-dir", str(data)])
    try:
        time.sleep(8)
        subprocess.run(["import", "-window", "root", str(out / "unknown-orders.png")], check=True)
        subprocess.run(["xdotool", "mousemove", "600", "400", "click", "1"], check=False)  # focus the window
        subprocess.run(["xdotool", "key", "ctrl+f"], check=False)  # find an order
        subprocess.run(["xdotool", "type", "--delay", "150", oid], check=False)
        subprocess.run(["xdotool", "key", "Return"], check=False)
        time.sleep(2.5)
        subprocess.run(["xdotool", "mousemove", "104", "32", "click", "1"], check=False)  # Purchase
        time.sleep(2.0)
        subprocess.run(["import", "-window", "root", str(out / "unknown-purchase.png")], check=True)
        subprocess.run(["xdotool", "mousemove", "215", "32", "click", "1"], check=False)  # Activities
        time.sleep(1.5)
        subprocess.run(["xdotool", "key", "F9"], check=False)  # work through the questions
        time.sleep(2.0)
        subprocess.run(["import", "-window", "root", str(out / "unknown-question.png")], check=True)
    finally:
        proc.terminate()
        proc.wait(30)
        stop_running(data / "sandbox")
    print("saved in", out, "order", oid)


if __name__ == "__main__":
    main()
