"""Stations see each other's changes: another process's booking and scan reach this window's panes
through change records (LISTEN/NOTIFY on PostgreSQL, PRAGMA data_version on SQLite), with no
refresh by hand and no pane polling for them."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.engine.test_two_stations import station
from tests.helpers.db import pg_database
from tests.helpers.engine import ACCOUNT, World, make_world, plain_items
from workstation.app import _build_window
from workstation.domain import statuses as st
from workstation.runner.tasks import TaskRunner
from workstation.services.changes import ChangeRecord
from workstation.ui.errors import ErrorReporter

SCAN = ("import sys\n"
        "from workstation.config import load_config\n"
        "from workstation.core import build_core\n"
        "core = build_core(load_config(sys.argv[1], sys.argv[2]))\n"
        "core.scans.scan(sys.argv[3], source='typed', actor=core.actor)\n"
        "core.close()\n")


@pytest.fixture
def pg_world(tmp_path: Path) -> Iterator[World]:
    for url in pg_database():
        yield from make_world(tmp_path, url)


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "WORKSTATION_STATION": "Station A"}


def _cli(data: Path, db_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "workstation.cli", "--data-dir", str(data), "--db", db_url, *args],
                          capture_output=True, text=True, timeout=300, env=_env())


def _window(qtbot: QtBot, world: World, tmp_path: Path) -> tuple[Any, Any, TaskRunner]:
    runner = TaskRunner()
    reporter = ErrorReporter(None)
    reporter.interactive = False
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window, stop = _build_window(QApplication.instance(), world.core, runner, settings, "test db", reporter)
    qtbot.addWidget(window)
    window.show()
    listener = window.change_refresher.bridge.listener
    qtbot.waitUntil(listener.listening.is_set, timeout=10_000)  # a thread connects; the GUI never waits
    return window, stop, runner


def _booked_elsewhere_is_seen(qtbot: QtBot, world: World, tmp_path: Path) -> tuple[Any, list[ChangeRecord]]:
    items = plain_items("1688")
    oid = world.add_order("1688", [(items[0], 0, 1, None), (items[3], 0, 2, None)])
    window, stop, runner = _window(qtbot, world, tmp_path)
    seen: list[ChangeRecord] = []
    window.change_refresher.applied.connect(seen.append)
    try:
        pane = window.orders_pane
        qtbot.waitUntil(lambda: pane._open[0] == oid, timeout=10_000)  # the only order, opened
        assert {r.status for r in pane.goods_model.rows() if r.order_id == oid} == {st.READY}
        db_url = world.core.db.engine.url.render_as_string(hide_password=False)
        proc = _cli(station(world, "station-a"), db_url, "book", oid, "--account", ACCOUNT["1688"])
        assert proc.returncode == 0, proc.stdout + proc.stderr

        # no one refreshes this window: the other process's change record does
        qtbot.waitUntil(lambda: {r.status for r in pane.goods_model.rows() if r.order_id == oid} == {st.BOOKED},
                        timeout=15_000)
        qtbot.waitUntil(lambda: {line.status for line in pane.detail.model.rows()} == {st.BOOKED}, timeout=10_000)
        assert pane._open[0] == oid  # the open order stayed open
        remote = [r for r in seen if r.origin == "Station A"]
        assert remote and any(r.touches("lines") for r in remote)
        assert all(r.source != world.core.changes.token for r in remote)
        return window, seen
    finally:
        stop()
        runner.shutdown()


@pytest.mark.postgres
def test_a_booking_on_another_station_turns_booked_here_through_notify(
        qtbot: QtBot, pg_world: World, tmp_path: Path) -> None:
    window, _seen = _booked_elsewhere_is_seen(qtbot, pg_world, tmp_path)
    assert window.change_refresher.bridge.listener.__class__.__name__ == "PgListener"


def test_a_booking_by_a_cli_process_is_seen_by_the_window_through_data_version(
        qtbot: QtBot, world: World, tmp_path: Path) -> None:
    window, _seen = _booked_elsewhere_is_seen(qtbot, world, tmp_path)
    assert window.change_refresher.bridge.listener.__class__.__name__ == "SqliteWatcher"


def _scan_elsewhere_is_seen(qtbot: QtBot, world: World, tmp_path: Path) -> None:
    window, stop, runner = _window(qtbot, world, tmp_path)
    try:
        journal = window.warehouse_pane.journal
        qtbot.waitUntil(lambda: not journal.model.is_loading, timeout=10_000)
        assert journal.model.rows() == []
        db_url = world.core.db.engine.url.render_as_string(hide_password=False)
        proc = subprocess.run([sys.executable, "-c", SCAN, str(station(world, "station-a")), db_url,
                               "SF3082881968622"], capture_output=True, text=True, timeout=120, env=_env())
        assert proc.returncode == 0, proc.stderr
        qtbot.waitUntil(lambda: [r.row.code for r in journal.model.rows()] == ["SF3082881968622"], timeout=15_000)
        assert journal.model.rows()[0].row.station == "Station A"
    finally:
        stop()
        runner.shutdown()


@pytest.mark.postgres
def test_a_scan_on_another_station_shows_in_this_journal(qtbot: QtBot, pg_world: World, tmp_path: Path) -> None:
    _scan_elsewhere_is_seen(qtbot, pg_world, tmp_path)


def test_a_scan_by_another_process_shows_in_this_journal_on_sqlite(
        qtbot: QtBot, world: World, tmp_path: Path) -> None:
    _scan_elsewhere_is_seen(qtbot, world, tmp_path)
