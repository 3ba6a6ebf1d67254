"""Start the sandbox server (or find the one already running) for a state directory.

`ensure_running` is what the application calls: it reuses a live server on the
directory's port file, or starts `python -m workstation.sandbox serve`
as a detached process that outlives the caller (the CLI's next call reuses it).
`start_or_reuse` also says whether this process started it, so the window can
`stop_started` that one at quit and leave alone a sandbox someone else started.
A lock file makes two callers at once agree on one server. `serve_in_thread` runs a real server on a real
loopback port inside the current process, for tests.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

from workstation.providers.http import SystemClock
from workstation.sandbox.catalogue import DEFAULT_SEED
from workstation.sandbox.constants import HEALTH, PORT_FILE
from workstation.sandbox.server import make_server

LOCK_FILE = "sandbox.lock"
LOG_FILE = "sandbox.log"


class SandboxStartError(RuntimeError):
    """The sandbox server did not come up; the message carries the end of its log."""


def health(base_url: str, timeout: float = 1.0) -> dict | None:
    """The /health answer of a sandbox at `base_url`, None when nothing sandbox-like answers."""
    try:
        with urllib.request.urlopen(base_url + HEALTH, timeout=timeout) as reply:
            data = json.loads(reply.read().decode("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("sandbox") is True else None


def running_url(state_dir: Path) -> str | None:
    """The base URL of the live server for `state_dir`, if one answers."""
    state_dir = Path(state_dir)
    try:
        port = int((state_dir / PORT_FILE).read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    url = f"http://127.0.0.1:{port}"
    answer = health(url)
    if answer is None or Path(answer.get("dir", "")).resolve() != state_dir.resolve():
        return None
    return url


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    with open(path, "a+b") as handle:
        if os.name == "nt":  # pragma: no cover - exercised on Windows only
            import msvcrt
            while True:
                try:
                    msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
                    break
                except OSError:
                    time.sleep(0.05)
            try:
                yield
            finally:
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def sandbox_command() -> list[str]:
    """How to start the sandbox program: `python -m workstation.sandbox`, or in a frozen build
    (packaging/workstation.spec) the `workstation-sandbox` executable beside this one."""
    if getattr(sys, "frozen", False):
        name = "workstation-sandbox" + (".exe" if os.name == "nt" else "")
        return [str(Path(sys.executable).with_name(name))]
    return [sys.executable, "-m", "workstation.sandbox"]


def ensure_running(state_dir: Path, seed: int = DEFAULT_SEED, timeout: float = 10.0) -> str:
    """The base URL (`http://127.0.0.1:PORT`) of the sandbox for `state_dir`, started if needed."""
    return start_or_reuse(state_dir, seed, timeout)[0]


def start_or_reuse(state_dir: Path, seed: int = DEFAULT_SEED,
                   timeout: float = 10.0) -> tuple[str, subprocess.Popen[bytes] | None]:
    """(base URL, the process when this call started it; None when a live one was reused)."""
    state_dir = Path(state_dir)
    state_dir.mkdir(parents=True, exist_ok=True)
    url = running_url(state_dir)
    if url:
        return url, None
    with _locked(state_dir / LOCK_FILE):
        url = running_url(state_dir)  # another caller may have started it meanwhile
        if url:
            return url, None
        with contextlib.suppress(FileNotFoundError):
            (state_dir / PORT_FILE).unlink()
        log_path = state_dir / LOG_FILE
        command = [*sandbox_command(), "serve", "--dir", str(state_dir), "--port", "0", "--seed", str(seed)]
        kwargs: dict = {}
        if os.name == "nt":  # pragma: no cover
            kwargs["creationflags"] = subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP
        else:
            kwargs["start_new_session"] = True
        with open(log_path, "ab") as log:
            process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                       close_fds=True, **kwargs)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            url = running_url(state_dir)
            if url:
                return url, process
            if process.poll() is not None:
                break
            time.sleep(0.05)
        if process.poll() is None:
            process.terminate()
        tail = log_path.read_text(errors="replace")[-2000:] if log_path.exists() else ""
        raise SandboxStartError(f"sandbox server did not start within {timeout} s:\n{tail}")


def write_port_file(state_dir: Path, port: int) -> None:
    """Atomically record the port (temp file + os.replace)."""
    target = Path(state_dir) / PORT_FILE
    temp = target.with_suffix(f".{os.getpid()}.tmp")
    temp.write_text(f"{port}\n")
    os.replace(temp, target)


def remove_port_file(state_dir: Path, port: int) -> None:
    """Remove the port file if it still names `port` (a newer server may own it)."""
    target = Path(state_dir) / PORT_FILE
    with contextlib.suppress(OSError, ValueError, IndexError):
        if int(target.read_text().split()[0]) == port:
            target.unlink()


def serve_in_thread(state_dir: Path, seed: int = DEFAULT_SEED, port: int = 0,
                    write_port: bool = False) -> tuple[str, Callable[[], None]]:
    """A real server on loopback in a daemon thread: (base URL, stop function)."""
    server = make_server(Path(state_dir), port=port, seed=seed)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              name="sandbox-server", daemon=True)
    thread.start()
    bound = server.server_address[1]
    if write_port:
        write_port_file(state_dir, bound)

    def stop() -> None:
        server.stopping.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
        if write_port:
            remove_port_file(state_dir, bound)

    return server.base_url, stop


class SandboxClock(SystemClock):
    """The connectors' clock when they talk to the sandbox: real monotonic time and sleeps, but
    "now" is the sandbox's clock (which tests and `sandbox advance` move ahead), as a real
    platform's requests would carry the platform's own time."""

    def __init__(self, base_url: str):
        self._base_url = base_url.rstrip("/")

    def now_ms(self) -> int:
        answer = health(self._base_url)
        if answer and isinstance(answer.get("now"), str):
            try:
                return int(datetime.fromisoformat(answer["now"]).timestamp() * 1000)
            except ValueError:
                pass
        return int(time.time() * 1000)


def stop_running(state_dir: Path, timeout: float = 5.0) -> bool:
    """Ask the sandbox serving `state_dir` to stop; True when one was running."""
    url = running_url(state_dir)
    if url is None:
        return False
    try:
        request = urllib.request.Request(url + "/__sandbox/shutdown", data=b"{}", method="POST")
        urllib.request.urlopen(request, timeout=timeout).close()
    except OSError:
        pass
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and health(url, timeout=0.5) is not None:
        time.sleep(0.05)
    return True


def stop_started(process: subprocess.Popen[bytes], state_dir: Path, timeout: float = 5.0) -> bool:
    """Stop the sandbox `process` that `start_or_reuse` started; True when it was still running.

    Asked politely first (its shutdown call, so it removes its port file), only when the
    server answering for `state_dir` is that very process; terminated if it does not go."""
    if process.poll() is not None:
        return False
    url = running_url(state_dir)
    answer = health(url) if url else None
    if url and answer and answer.get("pid") == process.pid:
        try:
            request = urllib.request.Request(url + "/__sandbox/shutdown", data=b"{}", method="POST")
            urllib.request.urlopen(request, timeout=timeout).close()
        except OSError:
            pass
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.terminate()
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout)
    return True
