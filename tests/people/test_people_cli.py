"""`workstation-cli` with people defined, as processes: --user with the password on stdin or in
WORKSTATION_PASSWORD, --token with a badge, and a clerk refused a settings change."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage


def cli(*args: str, data_dir: Path, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("WORKSTATION_PASSWORD", "WORKSTATION_TOKEN")}
    return subprocess.run([sys.executable, "-m", "workstation.cli", "--data-dir", str(data_dir), *args],
                          input=stdin, capture_output=True, text=True, timeout=120,
                          env={**environment, **(env or {})})


def _threshold(data: Path) -> str:
    shown = cli("--json", "settings", "show", "1688", data_dir=data)
    assert shown.returncode == 0, shown.stderr
    return str(json.loads(shown.stdout)["overpayment_threshold_percent"])


def test_a_clerk_is_refused_a_settings_change_in_the_cli(tmp_path: Path) -> None:
    data = tmp_path / "data"
    # nobody defined: the implicit administrator, as before
    assert cli("settings", "set", "1688", "overpayment_threshold_percent", "12", data_dir=data).returncode == 0
    added = cli("users", "add", "olga", "--role", "administrator", "--name", "Olga Admin", "--password-stdin",
                data_dir=data, stdin="admin-pass\n")
    assert added.returncode == 0, added.stderr
    # from now on a person must be named; the admin's password, then the new person's, on stdin
    clerk = cli("--user", "olga", "users", "add", "anna", "--role", "clerk", "--name", "Anna Clerk",
                "--password-stdin", data_dir=data, stdin="admin-pass\nclerk-pass\n")
    assert clerk.returncode == 0, clerk.stderr

    refused = cli("--user", "anna", "settings", "set", "1688", "overpayment_threshold_percent", "40",
                  data_dir=data, stdin="clerk-pass\n")
    assert refused.returncode == 2
    assert "Anna Clerk (clerk) may not change settings" in refused.stderr and "Traceback" not in refused.stderr
    secret = cli("--user", "anna", "marketplace", "set", "1688", "--mode", "live", "--app-key", "1234567",
                 data_dir=data, env={"WORKSTATION_PASSWORD": "clerk-pass"})
    assert secret.returncode == 2 and "API keys" in secret.stderr
    anonymous = cli("settings", "set", "1688", "overpayment_threshold_percent", "40", data_dir=data)
    assert anonymous.returncode == 2 and "Nobody is signed in" in anonymous.stderr
    wrong = cli("--user", "olga", "settings", "set", "1688", "overpayment_threshold_percent", "40",
                data_dir=data, stdin="clerk-pass\n")
    assert wrong.returncode == 2 and "Wrong login or password" in wrong.stderr
    assert _threshold(data) == "12"  # nothing was changed by any of them

    done = cli("--user", "olga", "settings", "set", "1688", "overpayment_threshold_percent", "40",
               data_dir=data, env={"WORKSTATION_PASSWORD": "admin-pass"})
    assert done.returncode == 0, done.stderr
    assert _threshold(data) == "40"
    audit = json.loads(cli("--json", "audit", "--action", "setting", data_dir=data).stdout)
    # newest first: the person who changed it, after the implicit administrator (the OS user) of before
    assert [row["user"] for row in audit["rows"]][0] == "olga" and len(audit["rows"]) == 2


def test_a_badge_token_signs_the_cli_in_until_it_is_revoked(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert cli("users", "add", "olga", "--role", "administrator", "--password-stdin", data_dir=data,
               stdin="admin-pass\n").returncode == 0
    admin = {"WORKSTATION_PASSWORD": "admin-pass"}
    assert cli("--user", "olga", "users", "add", "ivan", "--role", "purchaser", "--password-stdin",
               data_dir=data, env=admin, stdin="ivan-pass\n").returncode == 0
    label = tmp_path / "ivan.png"
    badge = cli("--json", "--user", "olga", "users", "badge", "ivan", "--label", str(label), data_dir=data, env=admin)
    assert badge.returncode == 0, badge.stderr
    code = json.loads(badge.stdout)["badge"]
    image = QImage(str(label))
    assert code.startswith("WSB") and not image.isNull() and image.width() > 400  # a 58 mm label at 203 dpi

    listed = json.loads(cli("--json", "--token", code, "users", "list", data_dir=data).stdout)
    assert {p["login"]: (p["role"], p["badges"]) for p in listed} == {"olga": ("administrator", 0),
                                                                      "ivan": ("purchaser", 1)}
    # a purchaser may not manage people, even by badge
    refused = cli("--token", code, "users", "disable", "olga", data_dir=data)
    assert refused.returncode == 2 and "may not manage people" in refused.stderr
    assert cli("--user", "olga", "users", "revoke-badges", "ivan", data_dir=data, env=admin).returncode == 0
    gone = cli("--token", code, "orders", data_dir=data)
    assert gone.returncode == 2 and "badge is not valid" in gone.stderr
    log = (data / "logs" / "workstation.log").read_text()
    assert code not in log and "admin-pass" not in log
