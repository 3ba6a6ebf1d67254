"""Make docs/settings-station.png: Settings -> This station after "Back up now", on a real
migrated SQLite database (docs/settings-station-pseudo.png with --pseudo, -ru with --lang=ru).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/make_station_screenshot.py [--pseudo] [--lang=ru]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def main() -> None:
    from PySide6.QtCore import QSettings
    from shots import settle, start

    from workstation import i18n
    from workstation.config import Config
    from workstation.core import open_database
    from workstation.runner.tasks import TaskRunner
    from workstation.services.audit import Actor
    from workstation.services.secrets import MemorySecretStore
    from workstation.services.settings import SettingsService
    from workstation.services.upkeep import UpkeepService
    from workstation.ui.dialogs.settings import SettingsDialog
    from workstation.ui.dialogs.settings.station import StationPage
    from workstation.ui.upkeep import UpkeepTimer

    shots = start(HERE)
    language = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--lang=")), None)
    if language:
        i18n.install(shots.app, language)
        shots.suffix += f"-{language}"
    tmp = Path(tempfile.mkdtemp())
    config = Config(tmp, f"sqlite:///{tmp / 'workstation.sqlite3'}")
    db = open_database(config)
    service = SettingsService(db, MemorySecretStore(), Actor("demo", "ws"))
    runner = TaskRunner()
    ini = QSettings(str(tmp / "workstation.ini"), QSettings.Format.IniFormat)
    timer = UpkeepTimer(UpkeepService(config), runner, ini)
    dialog = SettingsDialog(service, runner, station_page_factory=lambda: StationPage(ini, timer, runner))
    dialog.show()
    dialog.show_page("station")
    page = dialog.station_page
    assert page is not None
    settle(shots.app, 0.3, until=lambda: page.last.text() != "")
    page.back_up_now()
    settle(shots.app, 0.5, until=lambda: "…" not in page.result.text() and page.result.text() != ""
           and page.back_up_button.isEnabled())
    settle(shots.app, 0.5, until=lambda: ".sqlite3" in page.last.text())
    path = shots.path("settings-station")
    dialog.grab().save(str(path))
    print(path)
    runner.shutdown()
    db.dispose()


if __name__ == "__main__":
    main()
