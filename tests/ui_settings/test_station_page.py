"""Settings -> This station in the window as app.py composes it (issues 15 and 17): activity
retention saved to workstation.ini and used by the next start; a bad value refused naming the
field; "Back up now" writes an integrity-checked backup on a worker and prunes to N; the daily
decision (due / not due) with a given clock; PostgreSQL points to pg_dump and does nothing."""

from __future__ import annotations

import configparser
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers import engine
from tests.helpers.engine import World
from tests.helpers.ui_settings import save, save_refused
from workstation.app import _build_window
from workstation.config import Config
from workstation.core import build_core
from workstation.runner.tasks import TaskRunner
from workstation.services import upkeep
from workstation.services.errors import UserFacingError
from workstation.store.backup import check_backup, default_backup_path
from workstation.store.database import Database
from workstation.store.models import Activity
from workstation.ui.dialogs.settings import SettingsDialog
from workstation.ui.dialogs.settings.station import StationPage
from workstation.ui.errors import ErrorReporter
from workstation.ui.mainwindow import MainWindow
from workstation.ui.upkeep import UpkeepTimer

world = engine.world  # the composed window needs the engine's world (a sandbox on loopback)


class Composed:
    def __init__(self, window: MainWindow, ini: QSettings, ini_path: Path, reporter: ErrorReporter):
        self.window, self.ini, self.ini_path, self.reporter = window, ini, ini_path, reporter

    def open_page(self, qtbot: QtBot) -> tuple[SettingsDialog, StationPage]:
        """AutoPurchase -> Settings…, then the This station tab, its last backup shown."""
        self.window.settings_action.trigger()
        dialog = self.window.settings_dialog
        assert isinstance(dialog, SettingsDialog) and dialog.station_page is not None
        qtbot.waitUntil(lambda: all(e.loaded is not None for e in dialog.editors.values()), timeout=10_000)
        dialog.show_page("station")
        page = dialog.station_page
        qtbot.waitUntil(lambda: page.last.text() != "", timeout=10_000)
        return dialog, page


@pytest.fixture
def composed(qtbot: QtBot, world: World) -> Iterator[Composed]:
    app = QApplication.instance()
    runner = TaskRunner()
    reporter = ErrorReporter(None)
    reporter.interactive = False
    ini_path = world.core.config.data_dir / "workstation.ini"  # where app.py's main keeps it
    ini = QSettings(str(ini_path), QSettings.Format.IniFormat)
    window, stop = _build_window(app, world.core, runner, ini, "test db", reporter)
    qtbot.addWidget(window)
    window.show()
    try:
        yield Composed(window, ini, ini_path, reporter)
    finally:
        stop()
        runner.shutdown()


def _finished_activity(db: Database, days_ago: int) -> str:
    at = datetime.now(UTC) - timedelta(days=days_ago)
    activity_id = str(uuid.uuid4())
    with db.write() as s:
        s.add(Activity(id=activity_id, kind="sync", provider="1688", state="finished", created_at=at,
                       started_at=at, finished_at=at))
    return activity_id


def _exists(db: Database, activity_id: str) -> bool:
    with db.read() as s:
        return s.get(Activity, activity_id) is not None


def _ini_values(path: Path) -> dict[str, str]:
    ini = configparser.ConfigParser(interpolation=None)
    ini.read(path, encoding="utf-8")
    return {f"{section}/{key}": value for section in ini.sections() for key, value in ini[section].items()}


def test_retention_is_saved_to_the_ini_and_used_by_the_next_start(qtbot: QtBot, composed: Composed,
                                                                   world: World, monkeypatch) -> None:
    monkeypatch.delenv(upkeep.RETENTION_ENV, raising=False)
    dialog, page = composed.open_page(qtbot)
    assert page.retention.value() == 30 and page.daily.isChecked() and page.keep.value() == 7  # the defaults
    page.retention.setValue(90)
    page.keep.setValue(3)
    assert dialog.has_unsaved_changes()
    save(qtbot, dialog)
    assert not dialog.has_unsaved_changes()
    values = _ini_values(composed.ini_path)  # on disk, as another program (or the next start) reads it
    assert values["maintenance/retention_days"] == "90" and values["backup/keep"] == "3"
    assert upkeep.startup_retention_days(composed.ini_path) == 90

    # a command that writes (the CLI builds its core so): it keeps what the station keeps
    kept, gone = _finished_activity(world.core.db, 60), _finished_activity(world.core.db, 120)
    core = build_core(world.core.config)
    core.close()
    assert _exists(world.core.db, kept) and not _exists(world.core.db, gone)
    # the next start (app.py main's call)
    core = build_core(world.core.config, retention_days=upkeep.startup_retention_days(composed.ini_path))
    core.close()
    assert _exists(world.core.db, kept)

    # the environment variable still decides when set
    monkeypatch.setenv(upkeep.RETENTION_ENV, "45")
    assert upkeep.startup_retention_days(composed.ini_path) is None
    core = build_core(world.core.config, retention_days=upkeep.startup_retention_days(composed.ini_path))
    core.close()
    assert not _exists(world.core.db, kept)


def test_a_bad_value_is_refused_naming_the_field(qtbot: QtBot, composed: Composed) -> None:
    dialog, page = composed.open_page(qtbot)
    page.retention.setValue(0)
    save_refused(qtbot, dialog)
    assert dialog.tabs.currentWidget() is page
    message = page.retention_row.error.text()
    assert "Keep finished activities (days)" in message and "1 to 3650" in message, message
    assert not composed.ini_path.exists() or "maintenance/retention_days" not in _ini_values(composed.ini_path)
    page.retention.setValue(5000)
    page.keep.setValue(400)
    save_refused(qtbot, dialog)
    assert "3650" in page.retention_row.error.text()
    assert "Automatic backups kept" in page.keep_row.error.text() and "365" in page.keep_row.error.text()
    # Cancel over the unsaved edit warns first, as on the other pages
    dialog.cancel_button.click()
    assert dialog.isVisible() and "Cancel" in dialog.status.text()
    page.retention.setValue(14)
    page.keep.setValue(7)
    assert page.retention_row.error.text() == "" or page.retention_row.error.isHidden()
    save(qtbot, dialog)
    assert _ini_values(composed.ini_path)["maintenance/retention_days"] == "14"


def test_back_up_now_writes_a_checked_backup_on_a_worker_and_prunes(qtbot: QtBot, composed: Composed,
                                                                    world: World) -> None:
    folder = world.core.config.data_dir / "backups"
    folder.mkdir()
    old = [default_backup_path(world.core.config.data_dir, datetime(2026, 1, day, tzinfo=UTC)) for day in (1, 2, 3)]
    for path in old:
        path.write_bytes(b"an older automatic backup")
    other = folder / "before-restore-20260101-000000.sqlite3"  # not an automatic one: never pruned
    other.write_bytes(b"kept")
    dialog, page = composed.open_page(qtbot)
    assert page.folder.text() == str(folder)
    assert "workstation-20260103-000000.sqlite3" in page.last.text()

    timer: UpkeepTimer = composed.window.upkeep
    threads: list[threading.Thread] = []
    real = timer.service.back_up

    def recorded(keep: int) -> upkeep.BackupResult:
        threads.append(threading.current_thread())
        return real(keep)

    timer.service.back_up = recorded  # type: ignore[method-assign]
    page.keep.setValue(2)
    with qtbot.waitSignal(timer.backup_saved, timeout=30_000) as saved:
        page.back_up_button.click()
        assert not page.back_up_button.isEnabled()  # the GUI goes on: the click returned before the copy
    result: upkeep.BackupResult = saved.args[0]
    assert threads and threads[0] is not threading.main_thread()  # on a worker, never the GUI thread
    assert check_backup(result.saved.path)  # intact, a workstation schema inside
    assert sorted(p.name for p in folder.glob("workstation-*.sqlite3")) == sorted(
        [old[2].name, result.saved.path.name])  # pruned to the two newest
    assert other.exists() and {p.name for p in result.pruned} == {old[0].name, old[1].name}
    assert "Backup saved" in page.result.text() and result.saved.path.name in page.result.text()
    assert composed.window.statusBar().currentMessage().startswith("Backup saved: ")
    qtbot.waitUntil(lambda: result.saved.path.name in page.last.text(), timeout=10_000)
    assert composed.reporter.shown == []


def test_a_failed_backup_is_said_in_the_status_bar_and_the_log(qtbot: QtBot, composed: Composed, world: World,
                                                               caplog) -> None:
    (world.core.config.data_dir / "backups").write_text("a file where the folder should be")
    dialog, page = composed.open_page(qtbot)
    timer: UpkeepTimer = composed.window.upkeep
    with qtbot.waitSignal(timer.backup_failed, timeout=30_000):
        page.back_up_button.click()
    assert page.result.text().startswith("The backup failed: ")
    assert composed.window.statusBar().currentMessage().startswith("The backup failed: ")
    assert any("the backup failed" in r.getMessage() for r in caplog.records if r.levelname == "ERROR")
    assert page.back_up_button.isEnabled()


# ------------------------------------------------------------------ the daily decision (service)

class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def station(tmp_path: Path, sqlite_db: Database) -> Config:
    return Config(tmp_path, str(sqlite_db.engine.url))


def test_a_daily_backup_is_due_when_none_or_the_newest_is_a_day_old(station: Config) -> None:
    clock = Clock(datetime(2026, 3, 1, 8, 0, tzinfo=UTC))
    service = upkeep.UpkeepService(station, clock)
    assert service.available and service.last_backup() is None and service.due()  # none yet
    settings = upkeep.UpkeepSettings(daily=True, keep=2)
    first = service.run_if_due(settings)
    assert first is not None and check_backup(first.saved.path)
    assert service.last_backup() == upkeep.BackupFile(first.saved.path, first.saved.size, clock.now)
    clock.now += timedelta(hours=23, minutes=59)
    assert not service.due() and service.run_if_due(settings) is None  # not a day yet
    clock.now += timedelta(minutes=1)
    assert service.due()
    assert service.run_if_due(upkeep.UpkeepSettings(daily=False)) is None  # switched off: nothing
    for _ in range(3):
        assert service.run_if_due(settings) is not None
        clock.now += timedelta(days=1)
    assert len(list(service.folder.glob("workstation-*.sqlite3"))) == 2  # keep N


def test_the_window_timer_checks_on_a_worker_and_backs_up_once(qtbot: QtBot, station: Config) -> None:
    ini = QSettings(str(station.data_dir / "workstation.ini"), QSettings.Format.IniFormat)
    runner = TaskRunner()
    messages: list[str] = []
    timer = UpkeepTimer(upkeep.UpkeepService(station), runner, ini, lambda text, _ms: messages.append(text),
                        first_check_ms=0)
    try:
        with qtbot.waitSignal(timer.checked, timeout=30_000) as first:
            timer.start()
        assert first.args == [True] and messages[0].startswith("Backup saved: ")
        with qtbot.waitSignal(timer.checked, timeout=30_000) as second:
            timer.check()  # an hour later, say: the backup of today exists
        assert second.args == [False] and len(messages) == 1
        ini.setValue(upkeep.DAILY_KEY, False)
        for path in station.data_dir.glob("backups/workstation-*.sqlite3"):
            path.unlink()
        with qtbot.waitSignal(timer.checked, timeout=5_000) as off:
            timer.check()
        assert off.args == [False] and not list(station.data_dir.glob("backups/workstation-*.sqlite3"))
    finally:
        timer.stop()
        runner.shutdown()


def test_on_postgresql_pg_dump_is_the_way_and_nothing_is_done(tmp_path: Path) -> None:
    service = upkeep.UpkeepService(Config(tmp_path, "postgresql+psycopg://postgres@127.0.0.1:1/ws"))
    assert not service.available and not service.due()
    assert service.run_if_due(upkeep.UpkeepSettings()) is None
    with pytest.raises(UserFacingError, match="pg_dump"):
        service.back_up(7)
    assert not (tmp_path / "backups").exists()


def test_ini_values_at_fault_keep_the_default_and_name_the_field(tmp_path: Path) -> None:
    ini = tmp_path / "workstation.ini"
    assert upkeep.read_ini(ini) == (upkeep.UpkeepSettings(), {})  # no file: the defaults
    ini.write_text("[maintenance]\nretention_days=0\n[backup]\ndaily=false\nkeep=abc\n")
    settings, problems = upkeep.read_ini(ini)
    assert settings == upkeep.UpkeepSettings(retention_days=30, daily=False, keep=7)
    assert problems[upkeep.RETENTION_KEY].startswith("Keep finished activities (days): ")
    assert problems[upkeep.KEEP_KEY].startswith("Automatic backups kept: ")
    assert upkeep.startup_retention_days(ini, {}) == 30
    ini.write_text("[maintenance]\nretention_days=12\n")
    assert upkeep.startup_retention_days(ini, {}) == 12
    assert upkeep.startup_retention_days(ini, {upkeep.RETENTION_ENV: "5"}) is None  # core.py reads it
