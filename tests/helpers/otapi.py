"""A real `workstation-cli otapi serve` over a data directory with the demo, on loopback."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from workstation.otapi.client import OtapiClient

ROOT = Path(__file__).resolve().parents[2]


def cli(data_dir: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "-m", "workstation.cli", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    if check and done.returncode != 0:
        raise AssertionError(f"workstation-cli {' '.join(args)} -> {done.returncode}\n{done.stderr}")
    return done


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    process: subprocess.Popen[str]
    url: str
    data_dir: Path

    def alive(self) -> bool:
        return self.process.poll() is None

    def peak_rss_mb(self) -> float:
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        return int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024  # type: ignore[union-attr]

    def stop(self) -> str:
        self.process.send_signal(signal.SIGTERM)
        out, _ = self.process.communicate(timeout=30)
        return out


def start_server(data_dir: Path, *extra: str, port: int | None = None) -> Server:
    """`otapi serve` over `data_dir` on a free port (or `port`: the same server started again)."""
    port = port or free_port()
    process = subprocess.Popen([sys.executable, "-m", "workstation.cli", "--data-dir", str(data_dir), "otapi",
                                "serve", "--port", str(port), *extra], cwd=ROOT, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=dict(os.environ))
    assert process.stdout is not None
    deadline = time.monotonic() + 60
    line = ""
    while time.monotonic() < deadline:
        line = process.stdout.readline()  # blocks until the server says it listens (or dies)
        if f"http://127.0.0.1:{port}/" in line or not line:
            break
    if f"http://127.0.0.1:{port}/" not in line:
        process.kill()
        raise AssertionError(f"otapi serve did not start: {line!r} {process.stdout.read()}")
    return Server(process, f"http://127.0.0.1:{port}", data_dir)


@dataclass
class Instance:
    key: str
    secret: str | None
    operator: tuple[str, str]
    customer: tuple[str, str]
    customer_id: str
    delivery: str


def create_instance(data_dir: Path, *extra: str) -> Instance:
    raw = json.loads(cli(data_dir, "--json", "otapi", "instance", "create", *extra).stdout)
    assert set(raw) == {"instanceKey", "secret", "operator", "customer", "deliveryModeId"}
    return Instance(raw["instanceKey"], raw["secret"], (raw["operator"]["login"], raw["operator"]["password"]),
                    (raw["customer"]["login"], raw["customer"]["password"]), raw["customer"]["id"],
                    raw["deliveryModeId"])


@pytest.fixture(scope="session")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    from workstation.config import load_config
    from workstation.sandbox.launcher import start_or_reuse, stop_started

    data = tmp_path_factory.mktemp("otapi-data")
    sandbox_dir = load_config(str(data), None).sandbox_dir
    _url, process = start_or_reuse(sandbox_dir)  # ours, so that it is stopped at the end
    try:
        cli(data, "demo", "--orders", "30")
        yield data
    finally:
        if process is not None:
            stop_started(process, sandbox_dir)


@pytest.fixture(scope="session")
def instance(demo_dir: Path) -> Instance:
    return create_instance(demo_dir)


@pytest.fixture(scope="session")
def signed_instance(demo_dir: Path) -> Instance:
    return create_instance(demo_dir, "--with-secret")


@pytest.fixture(scope="session")
def server(demo_dir: Path, instance: Instance, signed_instance: Instance) -> Iterator[Server]:
    srv = start_server(demo_dir)
    yield srv
    if srv.alive():
        srv.stop()


@pytest.fixture
def client(server: Server, instance: Instance) -> Iterator[OtapiClient]:
    with OtapiClient(server.url, instance.key, operator=instance.operator, customer=instance.customer) as c:
        yield c


def connect_station(station: Path, server: Server, instance: Instance) -> subprocess.CompletedProcess[str]:
    """`workstation-cli otapi connect` as a user types it (OT mode), the password on stdin."""
    return subprocess.run(
        [sys.executable, "-m", "workstation.cli", "--data-dir", str(station), "otapi", "connect", server.url,
         "--instance-key", instance.key, "--operator", instance.operator[0], "--password-stdin"],
        input=instance.operator[1] + "\n", capture_output=True, text=True, cwd=ROOT, timeout=300,
        env=dict(os.environ))
