"""Screenshot of Settings -> Sessions in the composed window (run under Xvfb):

    QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox xvfb-run -a -s "-screen 0 1600x1000x24" \\
        .venv/bin/python docs/make_sessions_screenshot.py [OUT_DIR] [--pseudo]

The sandbox's demo accounts of 1688 logged in, the tab following the provider at the top, one
account selected with "Start synchronisation" pressed (docs/sessions-tab.png).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from shots import settle, start  # noqa: E402


def main() -> None:
    from PySide6.QtCore import QSettings

    from tests.helpers.engine import ACCOUNT, make_world
    from workstation.app import _build_window
    from workstation.runner.tasks import TaskRunner
    from workstation.ui.errors import ErrorReporter

    shots = start(HERE)
    app, out, suffix = shots.app, shots.out, shots.suffix
    tmp = Path(tempfile.mkdtemp())
    worlds = make_world(tmp, f"sqlite:///{tmp / 'shot.sqlite3'}")  # kept: closing it closes the world
    world = next(worlds)
    runner = TaskRunner()
    reporter = ErrorReporter(None)
    reporter.interactive = False
    window, stop = _build_window(app, world.core, runner, QSettings(str(tmp / "ui.ini"), QSettings.Format.IniFormat),
                                 "shot", reporter)
    window.show()
    window.settings_action.trigger()
    dialog = window.settings_dialog
    pane = dialog.sessions_widget
    dialog.tabs.setCurrentWidget(pane)
    dialog.chooser.setCurrentIndex(dialog.chooser.findData("1688"))
    settle(app, 1.0, until=lambda: {r.provider for r in pane.model.rows()} == {"1688"})
    pane.view.selectRow(next(i for i, r in enumerate(pane.model.rows()) if r.account == ACCOUNT["1688"]))
    pane.sync_button.click()
    settle(app, 1.5, until=lambda: "started" in pane.status.text() or "~" in pane.status.text())
    dialog.grab().save(str(out / f"sessions-tab{suffix}.png"))
    stop()
    runner.shutdown()
    print("saved to", out)


if __name__ == "__main__":
    main()
