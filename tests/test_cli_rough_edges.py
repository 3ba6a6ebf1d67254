"""The CLI as people type it (issue 15, point 9): `--json` after the command too, lines named the
way the window shows them (#3, the label) and a closed pipe (`| head`) without a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.test_cli import run_cli


def _demo(data: Path) -> dict:  # type: ignore[type-arg]
    done = run_cli("--json", "demo", "--orders", "30", "--seed", "5", "--no-sandbox", data_dir=data)
    assert done.returncode == 0, done.stderr
    orders = json.loads(run_cli("orders", "--json", "--limit", "100", data_dir=data).stdout)
    return next(o for o in orders if o["line_count"] >= 2)


def test_json_is_accepted_before_and_after_the_command(tmp_path: Path) -> None:
    data = tmp_path / "data"
    order = _demo(data)
    before = run_cli("--json", "lines", order["id"], data_dir=data)
    after = run_cli("lines", order["id"], "--json", data_dir=data)
    assert before.returncode == after.returncode == 0, after.stderr
    assert json.loads(before.stdout) == json.loads(after.stdout)
    nested = run_cli("otapi", "instance", "list", "--json", data_dir=data)
    assert nested.returncode == 0, nested.stderr
    assert isinstance(json.loads(nested.stdout), list)
    plain = run_cli("lines", order["id"], data_dir=data)
    assert not plain.stdout.lstrip().startswith("{")  # without it: text, as before


def test_lines_are_named_by_number_label_or_id(tmp_path: Path) -> None:
    data = tmp_path / "data"
    order = _demo(data)
    lines = json.loads(run_cli("--json", "lines", order["id"], data_dir=data).stdout)["lines"]
    first, second = lines[0], lines[1]
    # recalculation names the lines it could not take: the same lines whichever way they are named
    for spelling in ("#1,#2", f"{first['label']},{second['label'].lower()}", f"{first['id']},{second['id']}"):
        done = run_cli("recalc", order["id"], "--lines", spelling, data_dir=data)
        assert done.returncode in (0, 2) and "Traceback" not in done.stderr, spelling
        if done.returncode == 2:
            assert "not a line" not in done.stderr, (spelling, done.stderr)
    wrong = run_cli("recalc", order["id"], "--lines", "#1,#99", data_dir=data)
    assert wrong.returncode == 2 and "#99 is not a line of " + order["id"] in wrong.stderr


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = run_cli("demo", "--orders", "400", "--no-sandbox", data_dir=data)
    assert done.returncode == 0, done.stderr
    # 400 orders as JSON are far more than a pipe holds: the writer meets the closed pipe
    cli = subprocess.Popen([sys.executable, "-m", "workstation.cli", "--data-dir", str(data), "--json",
                            "orders", "--limit", "400"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert cli.stdout is not None and cli.stderr is not None
    cli.stdout.read(10)  # what `head -c 10` reads, then it goes away
    cli.stdout.close()
    err = cli.stderr.read().decode()
    assert cli.wait(timeout=120) == 141  # as a shell reports a writer ended by SIGPIPE
    assert "Traceback" not in err and "BrokenPipe" not in err, err


def test_a_bad_retention_setting_keeps_the_default_and_never_deletes_everything(tmp_path: Path) -> None:
    from workstation.core import DEFAULT_RETENTION_DAYS, retention_days_from_env

    for raw in ("abc", "-1", "0", "99999", " "):
        assert retention_days_from_env(raw) == DEFAULT_RETENTION_DAYS, raw
    assert retention_days_from_env("7") == 7
    data = tmp_path / "data"
    done = run_cli("orders", data_dir=data, env={"WORKSTATION_ACTIVITY_RETENTION_DAYS": "abc"})
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr


def test_read_only_commands_work_on_a_read_only_database_and_write_nothing(tmp_path: Path) -> None:
    import stat

    data = tmp_path / "data"
    order = _demo(data)
    db_file = data / "workstation.sqlite3"
    before = db_file.read_bytes()
    db_file.chmod(stat.S_IRUSR)
    try:
        # (root writes anywhere: then the unchanged bytes below are what proves it)
        for args in (["orders"], ["lines", order["id"]], ["activities"], ["audit"], ["scans"], ["intents"],
                     ["settings", "show", "1688"], ["sessions"]):
            result = run_cli(*args, data_dir=data)
            assert result.returncode in (0, 3, 5), (args, result.stderr)  # 3: nothing found, 5: waiting
            assert "Traceback" not in result.stderr and "readonly" not in result.stderr.lower(), (args, result.stderr)
        assert db_file.read_bytes() == before
    finally:
        db_file.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_a_fresh_data_directory_is_for_its_owner_only(tmp_path: Path) -> None:
    import stat

    data = tmp_path / "fresh"
    assert run_cli("orders", data_dir=data).returncode == 0
    mode = lambda p: stat.S_IMODE(p.stat().st_mode)  # noqa: E731
    assert mode(data) == 0o700 and mode(data / "logs") == 0o700
    assert mode(data / "workstation.sqlite3") == 0o600
    assert all(mode(p) == 0o600 for p in (data / "logs").iterdir())
    for extra in ("workstation.sqlite3-wal", "workstation.sqlite3-shm"):
        if (data / extra).exists():
            assert mode(data / extra) == 0o600, extra


def test_forty_starts_at_once_never_refuse_each_other(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_cli("orders", data_dir=data).returncode == 0
    starts = [subprocess.Popen([sys.executable, "-m", "workstation.cli", "--data-dir", str(data), "orders"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for _ in range(40)]
    errors = [(p.wait(timeout=300), p.stderr.read().decode()) for p in starts]  # type: ignore[union-attr]
    assert [e for e in errors if e[0] != 0] == []


def test_read_only_commands_never_start_a_write(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """In-process: the writers a start used to run (purge, requeue) are not called for reads, so
    a read-only database file (or one another process holds) cannot make `orders` fail."""
    from workstation.cli import main
    from workstation.services.activities import ActivityService

    data = tmp_path / "data"
    _demo(data)
    called: list[str] = []
    monkeypatch.setattr(ActivityService, "purge", lambda self, *a, **k: called.append("purge") or 0)
    monkeypatch.setattr(ActivityService, "requeue_dead", lambda self, *a, **k: called.append("requeue"))
    for args in (["orders"], ["activities"], ["settings", "show", "1688"], ["intents"], ["sessions"]):
        assert main(["--data-dir", str(data), *args]) in (0, 3, 5), args
    assert called == []
    main(["--data-dir", str(data), "migrate"])  # a command that writes keeps the maintenance
    assert called == ["requeue", "purge"]


def test_parsing_imports_none_of_the_services() -> None:
    """`--help` and a mistyped option answer without the database layer (issue 16: 75x a bare
    interpreter before, about 5x now; benchmarks/bench_cli_start.py)."""
    probe = ("import sys\nfrom workstation.cli import build_parser, _json_anywhere\n"
             "parser = build_parser(); _json_anywhere(parser); parser.parse_args(['orders', '--json'])\n"
             "heavy = [m for m in ('sqlalchemy', 'httpx', 'PySide6', 'lxml', 'workstation.core') if m in sys.modules]\n"
             "print(','.join(heavy))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
