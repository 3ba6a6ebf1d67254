"""The `workstation` program as a process: starts, shows, quits; refuses bad databases clearly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def run_app(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "workstation", *args], capture_output=True,
                          text=True, timeout=timeout, env=env)


def test_quit_after_starts_with_demo_data_and_exits_zero(tmp_path: Path) -> None:
    from workstation.sandbox.launcher import stop_running

    shot = tmp_path / "window.png"
    try:
        done = run_app("--data-dir", str(tmp_path / "d"), "--quit-after", "4", "--screenshot", str(shot))
    finally:
        stop_running(tmp_path / "d" / "sandbox")  # the first start launched the sandbox marketplace
    assert done.returncode == 0, done.stderr
    assert shot.exists() and shot.stat().st_size > 10_000
    log = (tmp_path / "d" / "logs" / "workstation.log").read_text()
    assert "added 60 demo orders" in log
    assert "sandbox demo preparation failed" not in log
    assert not (tmp_path / "d" / "crash.txt").exists()


@pytest.mark.parametrize("content", [b"not a database at all" * 50, b"SQLite format 3\x00" + b"\xff" * 4000])
def test_a_bad_database_file_gives_a_message_not_a_traceback(tmp_path: Path, content: bytes) -> None:
    data = tmp_path / "d"
    data.mkdir()
    (data / "workstation.sqlite3").write_bytes(content)
    done = run_app("--data-dir", str(data), "--quit-after", "1")
    assert done.returncode == 2
    assert done.stderr.startswith("workstation: ") and "Traceback" not in done.stderr
    assert (data / "workstation.sqlite3").read_bytes() == content


def test_an_unwritable_data_dir_gives_a_message(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    done = run_app("--data-dir", str(blocker / "data"), "--quit-after", "1")
    assert done.returncode == 2
    assert "cannot be written" in done.stderr and "Traceback" not in done.stderr


def test_a_crash_report_from_the_last_run_is_kept_and_logged(tmp_path: Path) -> None:
    data = tmp_path / "d"
    data.mkdir()
    (data / "crash.txt").write_text("Fatal Python error: Segmentation fault\n")
    done = run_app("--data-dir", str(data), "--quit-after", "2", "--no-demo")
    assert done.returncode == 0, done.stderr
    kept = list(data.glob("crash-*.txt"))
    assert len(kept) == 1 and "Segmentation fault" in kept[0].read_text()
    assert "previous run crashed" in (data / "logs" / "workstation.log").read_text()
