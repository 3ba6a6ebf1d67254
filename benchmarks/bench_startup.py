"""Startup: process start to the window's first paint, median of several runs.

    .venv/bin/python benchmarks/bench_startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import median, table


def one_start(data_dir: Path, probe: Path) -> float:
    probe.unlink(missing_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKSTATION_STARTUP_PROBE": str(probe)}
    started = time.time()
    done = subprocess.run([sys.executable, "-m", "workstation", "--data-dir", str(data_dir),
                           "--quit-after", "0.5"], env=env, capture_output=True, text=True, timeout=120)
    if done.returncode != 0 or not probe.exists():
        raise SystemExit(f"start failed ({done.returncode}): {done.stderr[-2000:]}")
    return float(probe.read_text()) - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data, probe = Path(tmp) / "data", Path(tmp) / "probe"
        from workstation.sandbox.launcher import stop_running

        try:
            first = one_start(data, probe)  # creates the database and the demo orders
            warm = [one_start(data, probe) for _ in range(args.runs)]
        finally:
            stop_running(data / "sandbox")  # the first start launched the sandbox
    print(table([
        ("first start (schema + 60 demo orders)", f"{first * 1000:.0f} ms"),
        (f"start to window painted, median of {args.runs}", f"{median(warm) * 1000:.0f} ms"),
        ("min / max", f"{min(warm) * 1000:.0f} / {max(warm) * 1000:.0f} ms"),
    ]))


if __name__ == "__main__":
    main()
