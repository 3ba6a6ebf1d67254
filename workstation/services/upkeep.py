"""This station's upkeep: how long finished activities are kept, and the daily automatic backup
(issues 15 and 17). No Qt: ui/upkeep.py runs it on a worker, the settings page edits it.

The settings live in the station's workstation.ini (not the database: each station has its own):
`[maintenance] retention_days` (1..3650, default 30; WORKSTATION_ACTIVITY_RETENTION_DAYS still
wins when set), `[backup] daily` (default true), `[backup] keep` (1..365, default 7).

A backup is due when the newest automatic backup in <data dir>/backups is 24 hours old or more,
or there is none. Backups are SQLite's (store/backup.py: online copy, integrity-checked before it
is kept); on PostgreSQL nothing runs here: pg_dump is the way (store/backup.py PG_POINTER).
"""

from __future__ import annotations

import configparser
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import make_url

from workstation.config import Config
from workstation.services.errors import InvalidInput, UserFacingError
from workstation.store import backup as store_backup
from workstation.store.database import DatabaseProblem

RETENTION_ENV = "WORKSTATION_ACTIVITY_RETENTION_DAYS"
RETENTION_KEY = "maintenance/retention_days"
DAILY_KEY = "backup/daily"
KEEP_KEY = "backup/keep"
DUE_AFTER = timedelta(hours=24)
_STAMP = re.compile(rf"^{re.escape(store_backup.AUTO_PREFIX)}(\d{{8}}-\d{{6}})\.sqlite3$")


@dataclass(frozen=True)
class Limit:
    label: str  # the field's name, as the page shows it (translated in the UI's "SettingsDialog" context)
    low: int
    high: int
    default: int


RETENTION = Limit("Keep finished activities (days)", 1, 3650, 30)
KEEP = Limit("Automatic backups kept", 1, 365, 7)
LIMITS = {RETENTION_KEY: RETENTION, KEEP_KEY: KEEP}


@dataclass(frozen=True)
class UpkeepSettings:
    retention_days: int = RETENTION.default
    daily: bool = True
    keep: int = KEEP.default


def whole_number(key: str, raw: object) -> int:
    """`raw` as the setting `key` holds it; InvalidInput naming the field otherwise."""
    limit = LIMITS[key]
    try:
        value = int(str(raw).strip())
    except ValueError:
        value = None
    if value is None or not limit.low <= value <= limit.high:
        raise InvalidInput(f"{limit.label}: a whole number from {limit.low} to {limit.high} "
                           f"(not “{str(raw).strip()}”).")
    return value


def _flag(raw: object) -> bool | None:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    return {"true": True, "1": True, "yes": True, "on": True,
            "false": False, "0": False, "no": False, "off": False}.get(text)


def parse(values: Mapping[str, object]) -> tuple[UpkeepSettings, dict[str, str]]:
    """The settings from INI values (`section/key` -> raw; missing keys take the default), and
    per key at fault its message (that key keeps its default: never "delete everything")."""
    problems: dict[str, str] = {}
    numbers: dict[str, int] = {}
    for key, limit in LIMITS.items():
        raw = values.get(key)
        numbers[key] = limit.default
        if raw is None or str(raw).strip() == "":
            continue
        try:
            numbers[key] = whole_number(key, raw)
        except InvalidInput as exc:
            problems[key] = str(exc)
    daily = True
    if values.get(DAILY_KEY) is not None:
        flag = _flag(values[DAILY_KEY])
        if flag is None:
            problems[DAILY_KEY] = f"Daily automatic backup: true or false (not “{values[DAILY_KEY]}”)."
        else:
            daily = flag
    return UpkeepSettings(numbers[RETENTION_KEY], daily, numbers[KEEP_KEY]), problems


def read_ini(path: Path) -> tuple[UpkeepSettings, dict[str, str]]:
    """`parse` of the station's workstation.ini as QSettings writes it; a missing file: defaults."""
    ini = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        ini.read(path, encoding="utf-8")
    except configparser.Error as exc:
        return UpkeepSettings(), {"": f"{path} cannot be read: {exc}"}
    values: dict[str, object] = {}
    for key in (*LIMITS, DAILY_KEY):
        section, option = key.split("/")
        if ini.has_option(section, option):
            values[key] = ini.get(section, option)
    return parse(values)


def startup_retention_days(ini_path: Path, environ: Mapping[str, str] = os.environ) -> int | None:
    """What app.py hands build_core: None when the environment variable is set (core.py reads
    and checks it), else the INI's value (its default when absent or at fault)."""
    if (environ.get(RETENTION_ENV) or "").strip():
        return None
    return read_ini(ini_path)[0].retention_days


@dataclass(frozen=True)
class BackupFile:
    path: Path
    size: int
    at: datetime  # UTC, from the name (the moment it was taken)


@dataclass(frozen=True)
class BackupResult:
    saved: BackupFile
    pruned: tuple[Path, ...]


def _utcnow() -> datetime:
    return datetime.now(UTC)


class UpkeepService:
    """Backups of this station's SQLite database into <data dir>/backups. Any thread; each call
    reads the folder afresh (another process may have written a backup meanwhile)."""

    def __init__(self, config: Config, clock: Callable[[], datetime] = _utcnow):
        self._config = config
        self._clock = clock

    @property
    def folder(self) -> Path:
        return self._config.data_dir / store_backup.BACKUP_DIR

    @property
    def available(self) -> bool:
        """False on PostgreSQL: its server's own tools back it up."""
        return self._config.is_sqlite and self._db_path() is not None

    @property
    def unavailable_reason(self) -> str:
        return store_backup.PG_POINTER

    def _db_path(self) -> Path | None:
        if not self._config.is_sqlite:
            return None
        database = make_url(self._config.db_url).database
        return Path(database) if database and database != ":memory:" else None

    def last_backup(self) -> BackupFile | None:
        """The newest automatic backup, or None."""
        if not self.folder.is_dir():
            return None
        stamped = []
        for path in self.folder.glob(f"{store_backup.AUTO_PREFIX}*.sqlite3"):
            match = _STAMP.match(path.name)
            if match:
                stamped.append((datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC), path))
        if not stamped:
            return None
        at, path = max(stamped)
        try:
            size = path.stat().st_size
        except FileNotFoundError:  # pruned by another process just now
            return None
        return BackupFile(path, size, at)

    def due(self) -> bool:
        """A daily backup is due: SQLite, and none yet or the newest is 24 hours old or more."""
        if not self.available:
            return False
        last = self.last_backup()
        return last is None or self._clock() - last.at >= DUE_AFTER

    def back_up(self, keep: int) -> BackupResult:
        """Back up now, then keep only the newest `keep` automatic backups. UserFacingError on
        PostgreSQL (nothing done) or when the copy failed (nothing kept)."""
        keep = whole_number(KEEP_KEY, keep)
        db_path = self._db_path()
        if db_path is None:
            raise UserFacingError(store_backup.PG_POINTER)
        now = self._clock()
        target = store_backup.default_backup_path(self._config.data_dir, now)
        try:
            info = store_backup.backup(db_path, target)  # checked before it is kept
            pruned = store_backup.prune(self.folder, keep)
        except DatabaseProblem as exc:
            raise UserFacingError(str(exc)) from exc
        except OSError as exc:  # a full disk, a folder that cannot be written
            raise UserFacingError(f"The backup to {target} failed: {exc.strerror or exc}.") from exc
        return BackupResult(BackupFile(info.path, info.size, now.replace(microsecond=0)), tuple(pruned))

    def run_if_due(self, settings: UpkeepSettings) -> BackupResult | None:
        """The daily check: a backup when switched on and due; None otherwise."""
        if not settings.daily or not self.due():
            return None
        return self.back_up(settings.keep)


__all__ = ["DAILY_KEY", "KEEP", "KEEP_KEY", "RETENTION", "RETENTION_ENV", "RETENTION_KEY", "BackupFile",
           "BackupResult", "UpkeepService", "UpkeepSettings", "parse", "read_ini", "startup_retention_days",
           "whole_number"]
