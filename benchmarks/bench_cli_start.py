"""`workstation-cli --help` and `workstation-cli orders` (a command that opens the database) as
whole processes, against a bare `python -c pass`, interleaved, median of N runs each; ratios.

    .venv/bin/python benchmarks/bench_cli_start.py [--runs 11] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import table


def timed(args: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        cli = [sys.executable, "-m", "workstation.cli", "--data-dir", str(data)]
        subprocess.run([*cli, "demo", "--orders", "20", "--no-sandbox"], check=True, stdout=subprocess.DEVNULL)
        paths = {"python -c pass": [sys.executable, "-c", "pass"], "workstation-cli --help": [*cli, "--help"],
                 "workstation-cli orders": [*cli, "orders"]}
        times: dict[str, list[float]] = {name: [] for name in paths}
        for _ in range(args.runs):  # interleaved: each sees the same machine
            for name, command in paths.items():
                times[name].append(timed(command))
    bare = statistics.median(times["python -c pass"])
    figures = {name: {"median_ms": round(statistics.median(v) * 1000, 1),
                      "ratio": round(statistics.median(v) / bare, 1)} for name, v in times.items()}
    if args.json:
        print(json.dumps(figures))
    else:
        print(table([(name, f"{f['median_ms']} ms  ({f['ratio']}x)") for name, f in figures.items()]))


if __name__ == "__main__":
    main()
