"""Startup: process start to the first paint, against an empty PySide6 window (a tab widget and a
table) started the same way, interleaved, medians and the ratio (issue 16's target: at most 2x).
Two figures for the workstation: its first paint (the start-up screen, painted before the database
and the services load) and the window's first paint (panes built, orders being fetched). Plus the
very first start, which creates the schema and the demo orders.

    .venv/bin/python benchmarks/bench_startup.py [--runs 7]

Each process writes the time of its paints to probe files: the reference from a zero-timer after
`show()`; the workstation to `WORKSTATION_STARTUP_PROBE` once the start-up screen has painted and
to `WORKSTATION_READY_PROBE` from a zero-timer after the window's `show()`. The start counts from
just before the process is spawned.
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

EMPTY_WINDOW = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTabWidget
app = QApplication(sys.argv)
window = QMainWindow()
tabs = QTabWidget()
tabs.addTab(QTableWidget(20, 8), "Orders")
window.setCentralWidget(tabs)
window.resize(1400, 900)
window.show()
QTimer.singleShot(0, lambda: Path(sys.argv[1]).write_text(repr(time.time())))
QTimer.singleShot(500, window.close)
sys.exit(app.exec())
"""


def _environment(**extra: str) -> dict[str, str]:
    """The caller's environment, but with byte-code caching on, as an installed program has it: with
    PYTHONDONTWRITEBYTECODE set (this project's sessions have it) every start compiles the
    workstation's ~140 modules from source again, about 1.6 s that no user pays."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "QT_QPA_PLATFORM": "offscreen", **extra}


def _timed(command: list[str], probe: Path, env: dict[str, str]) -> float:
    probe.unlink(missing_ok=True)
    started = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    if done.returncode != 0 or not probe.exists():
        raise SystemExit(f"start failed ({done.returncode}): {' '.join(command)}\n{done.stderr[-2000:]}")
    return float(probe.read_text()) - started


def one_start(data_dir: Path, probe: Path) -> tuple[float, float]:
    """(first paint, window painted) in seconds from the spawn."""
    ready = probe.with_name("ready")
    ready.unlink(missing_ok=True)
    env = _environment(WORKSTATION_STARTUP_PROBE=str(probe), WORKSTATION_READY_PROBE=str(ready))
    started = time.time()
    first = _timed([sys.executable, "-m", "workstation", "--data-dir", str(data_dir), "--quit-after", "0.5"],
                   probe, env)
    return first, float(ready.read_text()) - started


def empty_window(script: Path, probe: Path) -> float:
    return _timed([sys.executable, str(script), str(probe)], probe, _environment())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data, probe, script = Path(tmp) / "data", Path(tmp) / "probe", Path(tmp) / "empty_window.py"
        script.write_text(EMPTY_WINDOW)
        from workstation.sandbox.launcher import stop_running

        try:
            _, first = one_start(data, probe)  # creates the database and the demo orders (and the .pyc files)
            empty_window(script, probe)  # warms the Qt libraries' pages for the reference too
            painted: list[float] = []
            warm: list[float] = []
            bare: list[float] = []
            for _ in range(args.runs):  # interleaved: both see the same load
                bare.append(empty_window(script, probe))
                paint, window = one_start(data, probe)
                painted.append(paint)
                warm.append(window)
        finally:
            stop_running(data / "sandbox")  # the first start launched the sandbox
    reference = median(bare)
    print(table([
        ("first start (schema + 60 demo orders), window painted", f"{first * 1000:.0f} ms"),
        (f"empty PySide6 window (tab + table), median of {args.runs}", f"{reference * 1000:.0f} ms (1.0x)"),
        (f"workstation, start to first paint (start-up screen), median of {args.runs}",
         f"{median(painted) * 1000:.0f} ms ({median(painted) / reference:.1f}x; target at most 2x)"),
        (f"workstation, start to window painted, median of {args.runs}",
         f"{median(warm) * 1000:.0f} ms ({median(warm) / reference:.1f}x)"),
        ("window painted, min / max", f"{min(warm) * 1000:.0f} / {max(warm) * 1000:.0f} ms"),
    ]))


if __name__ == "__main__":
    main()
