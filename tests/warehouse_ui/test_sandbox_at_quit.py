"""Quitting the program stops the sandbox marketplace it started, and only that one (real processes)."""

from __future__ import annotations

import os
import re
from pathlib import Path

from tests.test_app import run_app
from workstation.sandbox.launcher import health, running_url, start_or_reuse, stop_running


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def sandboxes_serving(state_dir: Path) -> list[int]:
    """Pids of sandbox server processes for `state_dir`, from /proc (whoever started them)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            args = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"workstation.sandbox" in args and str(state_dir).encode() in args:
            found.append(int(entry.name))
    return found


def test_the_sandbox_this_run_started_stops_at_quit(tmp_path: Path) -> None:
    data = tmp_path / "d"
    sandbox = data / "sandbox"
    try:
        done = run_app("--data-dir", str(data), "--quit-after", "4")
        assert done.returncode == 0, done.stderr
        log = (data / "logs" / "workstation.log").read_text()
        match = re.search(r"the sandbox marketplace this program started \(pid (\d+)\) is stopped", log)
        assert match, log[-3000:]
        assert not alive(int(match[1]))
        assert running_url(sandbox) is None and sandboxes_serving(sandbox) == []
        assert not (sandbox / "sandbox.port").exists()
    finally:
        stop_running(sandbox)


def test_a_sandbox_found_running_is_left_running(tmp_path: Path) -> None:
    data = tmp_path / "d"
    sandbox = data / "sandbox"
    url, process = start_or_reuse(sandbox)  # someone else's sandbox, started before the program
    assert process is not None
    try:
        done = run_app("--data-dir", str(data), "--quit-after", "4")
        assert done.returncode == 0, done.stderr
        log = (data / "logs" / "workstation.log").read_text()
        assert "sandbox demo preparation failed" not in log  # it did use the running sandbox
        assert "this program started" not in log
        answer = health(url)
        assert answer is not None and answer["pid"] == process.pid and process.poll() is None
    finally:
        stop_running(sandbox)
        process.wait(10)
