"""A sandbox marketplace in a process of its own, set up as a *live* gateway; loopback servers
that answer as broken networks do (an HTML page, a proxy wanting a password, a wrong clock);
and `workstation-cli` run as a process, as an administrator runs it."""

from __future__ import annotations

import contextlib
import http.server
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from workstation.sandbox.constants import (
    APP_KEY_1688,
    APP_KEY_TAOBAO_GLOBAL,
    AUTH_1688,
    AUTH_TAOBAO_GLOBAL,
    GATEWAY_1688,
    GATEWAY_TAOBAO_GLOBAL,
    HEALTH,
)

# No OS keyring in the CLI processes: the owner-only secrets file of the data directory.
CLI_ENV = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "NO_PROXY": "", "no_proxy": "",
           "HTTPS_PROXY": "", "HTTP_PROXY": "", "https_proxy": "", "http_proxy": ""}


@dataclass(frozen=True)
class Sandbox:
    """The sandbox process: its base URL and state directory."""

    url: str
    directory: Path

    def gateway(self, provider: str) -> str:
        return self.url + (GATEWAY_1688 if provider == "1688" else GATEWAY_TAOBAO_GLOBAL)

    def authorize(self, provider: str) -> str:
        return self.url + (AUTH_1688 if provider == "1688" else AUTH_TAOBAO_GLOBAL)

    @staticmethod
    def app_key(provider: str) -> str:
        return APP_KEY_1688 if provider == "1688" else APP_KEY_TAOBAO_GLOBAL

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])


@contextlib.contextmanager
def sandbox_running(directory: Path) -> Iterator[Sandbox]:
    """`python -m workstation.sandbox serve` in its own process, as someone would run
    a gateway elsewhere; the workstation knows it only by its URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "workstation.sandbox", "serve", "--dir", str(directory), "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # "sandbox serving on http://127.0.0.1:PORT (state in ...)"
        assert "serving on" in line, line
        url = line.split("serving on ", 1)[1].split()[0]
        deadline = time.monotonic() + 10
        while not _healthy(url):
            assert time.monotonic() < deadline, "the sandbox process does not answer"
            time.sleep(0.05)
        yield Sandbox(url, directory)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


@pytest.fixture(scope="session")
def sandbox_process(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sandbox]:
    """One sandbox process for the session's live tests (its clock is never moved)."""
    with sandbox_running(tmp_path_factory.mktemp("market")) as sandbox:
        yield sandbox


def _healthy(url: str) -> bool:
    import urllib.request

    try:
        with urllib.request.urlopen(url + HEALTH, timeout=1) as reply:
            return json.loads(reply.read()).get("sandbox") is True
    except OSError:
        return False


def run_cli(data_dir: Path, *args: str, stdin: str | None = None,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workstation.cli", "--data-dir", str(data_dir), *args],
        input=stdin if stdin is not None else "", capture_output=True, text=True, timeout=120,
        env={**os.environ, **CLI_ENV, **(env or {})})


# ---------------------------------------------------------------- loopback servers


@dataclass
class Canned:
    """What a loopback server answers to every request."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (a gateway that hangs)
    requests: list[str] = field(default_factory=list)


@contextlib.contextmanager
def loopback(answer: Canned) -> Iterator[str]:
    """A tiny HTTP server on 127.0.0.1 answering `answer`; yields its base URL."""
    stop = threading.Event()

    class Handler(http.server.BaseHTTPRequestHandler):
        def _reply(self) -> None:
            answer.requests.append(f"{self.command} {self.path}")
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            if answer.delay:
                stop.wait(answer.delay)
            self.send_response(answer.status)
            for name, value in answer.headers.items():
                if name != "Date":  # send_response sent it (date_time_string below)
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            self.wfile.write(answer.body)

        do_GET = do_POST = do_CONNECT = _reply  # noqa: N815 - http.server's names

        def date_time_string(self, timestamp: float | None = None) -> str:
            return answer.headers.get("Date") or super().date_time_string(timestamp)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        stop.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


def free_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


HTML_PAGE = Canned(200, b"<!DOCTYPE html><html><head><title>Hotel Wi-Fi - please log in</title></head>"
                   b"<body><h1>Welcome</h1><p>Accept the terms to use the internet.</p></body></html>",
                   {"Content-Type": "text/html; charset=utf-8"})
PROXY_407 = Canned(407, b"<html><body><h1>407 Proxy Authentication Required</h1></body></html>",
                   {"Content-Type": "text/html", "Proxy-Authenticate": 'Basic realm="office proxy"'})


def set_live(data_dir: Path, provider: str, base_url: str, app_key: str, secret: str,
             *extra: str, authorize: str | None = None) -> subprocess.CompletedProcess[str]:
    """`workstation-cli marketplace set PROVIDER --mode live ...` with the secret on stdin."""
    args = ["marketplace", "set", provider, "--mode", "live", "--base-url", base_url, "--app-key", app_key,
            "--app-secret-stdin", *extra]
    if authorize:
        args += ["--authorize-url", authorize]
    return run_cli(data_dir, *args, stdin=secret + "\n")

