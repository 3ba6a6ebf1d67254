"""The launcher starts a detached server process once per directory and reuses it."""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time

import httpx
import pytest

from workstation.sandbox.constants import PORT_FILE
from workstation.sandbox.launcher import ensure_running, health, running_url


def _gone(pid: int) -> bool:
    try:  # our own child: reap it, or it lingers as a zombie
        return os.waitpid(pid, os.WNOHANG)[0] == pid
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def _stop(pid: int) -> None:
    """Terminate a server this test started (by its pid) and wait until it is gone."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        if _gone(pid):
            return
        time.sleep(0.02)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


@pytest.fixture
def started():
    pids: list[int] = []
    yield pids
    for pid in set(pids):
        _stop(pid)


def test_starts_once_and_reuses(tmp_path, started):
    directory = tmp_path / "sb"
    url = ensure_running(directory)
    info = health(url)
    started.append(info["pid"])
    assert info["pid"] != os.getpid() and info["dir"] == str(directory)
    assert (directory / PORT_FILE).read_text().strip() == url.rsplit(":", 1)[1]
    assert ensure_running(directory) == url and health(url)["pid"] == info["pid"]
    # it really is the sandbox: the login page answers
    assert httpx.get(url + "/1688/oauth/authorize").status_code == 400  # no client_id
    _stop(info["pid"])
    assert running_url(directory) is None
    url2 = ensure_running(directory)  # a stale port file is replaced by a new server
    started.append(health(url2)["pid"])
    assert health(url2)["pid"] != info["pid"]


def test_two_callers_at_once_share_one_server(tmp_path, started):
    directory = tmp_path / "sb"
    urls: list[str] = []
    threads = [threading.Thread(target=lambda: urls.append(ensure_running(directory))) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(15)
    assert len(urls) == 2 and urls[0] == urls[1]
    started.append(health(urls[0])["pid"])
