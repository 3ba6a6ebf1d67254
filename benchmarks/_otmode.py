"""Shared by the OT mode benchmarks: a demo data directory served by a real `workstation-cli
otapi serve` process, a stand-in for the link (what `Mirror` needs of `OtLinkService`), and the
mirror's own SQLite file filled from the server.

Layout of a kept directory (`--keep DIR`): DIR/server (the served data directory), DIR/mirror.sqlite3.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _common import ROOT


@dataclass
class Served:
    process: subprocess.Popen[bytes]
    url: str
    key: str
    operator: tuple[str, str]
    data_dir: Path

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()


def cli(data_dir: Path, *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "workstation.cli", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)
    if done.returncode != 0:
        raise SystemExit(f"workstation-cli {' '.join(args)} failed:\n{done.stderr}")
    return done.stdout


def fill_server(data_dir: Path, lines: int) -> int:
    """The served data directory with at least `lines` demo lines (up to 5 a order); its count."""
    from sqlalchemy import func, select

    from workstation.config import load_config
    from workstation.core import open_database
    from workstation.services import demo
    from workstation.store.models import OrderLine

    data_dir.mkdir(parents=True, exist_ok=True)
    db = open_database(load_config(str(data_dir), None))
    try:
        with db.read() as s:
            have = s.scalar(select(func.count()).select_from(OrderLine)) or 0
        if have < lines:
            t0 = time.perf_counter()
            demo.generate(db, orders=max(1, (lines - have) // 3), max_lines=5,
                          progress=lambda n: print(f"\r  server: {n} demo orders", end="", flush=True))
            print(f"\r  server: demo filled in {time.perf_counter() - t0:.1f} s")
        with db.read() as s:
            return s.scalar(select(func.count()).select_from(OrderLine)) or 0
    finally:
        db.dispose()


def serve(data_dir: Path, threads: int = 4) -> Served:
    """A new instance key on `data_dir` and `otapi serve` over it (its log in a file, never a pipe)."""
    import socket

    raw = json.loads(cli(data_dir, "--json", "otapi", "instance", "create"))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = data_dir / "serve.log"
    out = log.open("wb")
    process = subprocess.Popen([sys.executable, "-m", "workstation.cli", "--data-dir", str(data_dir), "otapi",
                                "serve", "--port", str(port), "--threads", str(threads)],
                               cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, env=dict(os.environ))
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while url + "/" not in log.read_text(errors="replace"):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise SystemExit(f"otapi serve did not start:\n{log.read_text(errors='replace')}")
        time.sleep(0.1)
    return Served(process, url, raw["instanceKey"], (raw["operator"]["login"], raw["operator"]["password"]),
                  data_dir)


class Link:
    """What `Mirror` needs of `OtLinkService`, with every call it makes noted in `calls`."""

    def __init__(self, served: Served):
        self.served = served
        self.calls: list[tuple[str, dict[str, str]]] = []
        self._table: dict[int, str] | None = None

    def client(self) -> Any:
        from workstation.otapi.client import OtapiClient

        link = self

        class Noting(OtapiClient):
            def call(self, method: str, params: Any = None, **kw: Any) -> dict[str, Any]:
                link.calls.append((method, dict(params or {})))
                return super().call(method, params, **kw)

        return Noting(self.served.url, self.served.key, operator=self.served.operator)

    def bare_client(self) -> Any:
        from workstation.otapi.client import OtapiClient

        return OtapiClient(self.served.url, self.served.key, operator=self.served.operator)

    def status_table(self) -> dict[int, str]:
        from workstation.otapi.codes import status_table

        if self._table is None:
            with self.bare_client() as c:
                self._table = status_table(c.result("GetOrderLineStatusList")["Content"])
        return self._table

    def record_refresh(self, *, full: bool, error: str = "") -> None:
        if error:
            print(f"  refresh error: {error}")


def open_mirror(path: Path) -> Any:
    from workstation.config import Config
    from workstation.core import open_database

    return open_database(Config(path.parent, f"sqlite:///{path}"))


def replay(link: Link, calls: list[tuple[str, dict[str, str]]]) -> float:
    """The same calls again on a bare client, the answers parsed (XML, through the hardened
    parser) and nothing written: seconds."""
    t0 = time.perf_counter()
    with link.bare_client() as client:
        for method, params in calls:
            client.call(method, params)
    return time.perf_counter() - t0
