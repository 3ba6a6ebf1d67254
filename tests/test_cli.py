"""`workstation-cli` as a user runs it: real processes, real files, JSON out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workstation.cli import main


def run_cli(*args: str, data_dir: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workstation.cli", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})},
    )


def test_demo_then_orders_lines_and_lookup_as_json(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = run_cli("--json", "demo", "--orders", "25", "--seed", "3", "--no-sandbox", data_dir=data)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["orders"] == 25

    orders = json.loads(run_cli("--json", "orders", "--limit", "100", data_dir=data).stdout)
    assert len(orders) == 25 and all(o["id"].startswith("ORD-") for o in orders)
    order_id = orders[0]["id"]

    detail = json.loads(run_cli("--json", "lines", order_id.lower(), data_dir=data).stdout)
    assert detail["order"]["id"] == order_id
    assert detail["lines"] and all("price_cust" in li for li in detail["lines"])

    label = detail["lines"][0]["label"]
    found = run_cli("--json", "lookup", label, data_dir=data)
    assert found.returncode == 0
    assert json.loads(found.stdout)["kind"] == "label"


def test_unknown_code_and_unknown_order_are_clear(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "lookup", "XX-NOTHING"]) == 3
    assert "none, 0 line(s)" in capsys.readouterr().out
    assert main(["--data-dir", data, "lines", "ORD-0000004242"]) == 2
    err = capsys.readouterr().err
    assert "ORD-0000004242" in err and "Traceback" not in err


def test_a_corrupt_database_is_one_clear_line_and_stays_untouched(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db_file = data / "workstation.sqlite3"
    db_file.write_bytes(b"\x00garbage" * 500)
    done = run_cli("orders", data_dir=data)
    assert done.returncode == 2
    assert "not a workstation database" in done.stderr
    assert "Traceback" not in done.stderr
    assert db_file.read_bytes() == b"\x00garbage" * 500


def test_environment_variables_choose_data_dir_and_database(tmp_path: Path) -> None:
    other = tmp_path / "elsewhere.sqlite3"
    env = {"WORKSTATION_DATA_DIR": str(tmp_path / "envdata"), "WORKSTATION_DB_URL": f"sqlite:///{other}"}
    done = subprocess.run([sys.executable, "-m", "workstation.cli", "demo", "--orders", "2", "--no-sandbox"],
                          capture_output=True, text=True, timeout=120, env={**os.environ, **env})
    assert done.returncode == 0, done.stderr
    assert other.exists()
    assert (tmp_path / "envdata" / "logs" / "workstation.log").exists()
