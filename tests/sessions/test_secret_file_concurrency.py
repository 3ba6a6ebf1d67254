"""The owner-only secret file loses nothing when several processes write at once: the
read-modify-write holds an exclusive lock on a sibling lock file."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workstation.services.secrets import FileSecretStore

ROOT = Path(__file__).resolve().parents[2]
WRITERS = 4
KEYS = 40

CHILD = r"""
import sys, time
from pathlib import Path
from workstation.services.secrets import FileSecretStore

path, gate, me, keys = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
store = FileSecretStore(path, warn_on_write=False)
(gate.parent / f"ready-{me}").touch()
deadline = time.monotonic() + 120
while not gate.exists():  # all writers start together, so their writes really overlap
    if time.monotonic() > deadline:
        sys.exit("the start gate never opened")
    time.sleep(0.005)
for n in range(keys):
    store.set(f"{me}:{n}", f"value {me} {n}")
    if n % 10 == 0:
        store.delete(f"{me}:absent")  # deletes take the same lock
"""


def test_four_processes_writing_at_once_keep_every_key(tmp_path: Path) -> None:
    path = tmp_path / "secrets" / "secrets.json"
    gate = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    children = [subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(gate), f"w{i}", str(KEYS)],
                                 env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for i in range(WRITERS)]
    try:
        deadline = time.monotonic() + 120
        while len(list(tmp_path.glob("ready-*"))) < WRITERS:
            if time.monotonic() > deadline or any(c.poll() is not None for c in children):
                pytest.fail("a writer did not start: " + "; ".join(c.stderr.read() for c in children
                                                                     if c.poll() is not None))
            time.sleep(0.01)
        gate.touch()
        for child in children:
            _, err = child.communicate(timeout=120)
            assert child.returncode == 0, err
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()

    data = json.loads(path.read_text(encoding="utf-8"))
    expected = {f"w{i}:{n}": f"value w{i} {n}" for i in range(WRITERS) for n in range(KEYS)}
    assert data == expected, f"{len(data)} of {len(expected)} kept"
    store = FileSecretStore(path, warn_on_write=False)
    assert store.get("w3:39") == "value w3 39"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.with_name("secrets.json.lock").stat().st_mode) == 0o600
    assert not list(path.parent.glob(".secrets-*"))  # no temp file left behind
