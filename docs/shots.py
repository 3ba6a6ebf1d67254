"""What the screenshot scripts share (docs/make_*.py, tests/*/make_screenshots.py): the output
folder and `--pseudo` from the command line, the application with the pseudo-long translator
installed, and `settle`, which lets the event loop run until something shows.

With --pseudo every translated word is a third longer (placeholders like %1 kept), as a
Russian translation is, and the files get a `-pseudo` suffix: to look for cut texts.
"""

from __future__ import annotations

import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any


def longer(text: str) -> str:
    """Each word a third longer (placeholders like %1 kept), as a Russian translation is."""
    return re.sub(r"(?<![%\w])([A-Za-z]{2,})",
                  lambda m: m.group(1) + m.group(1)[: max(1, round(len(m.group(1)) / 3))], text)


@dataclass
class Shots:
    app: Any  # QApplication
    out: Path  # where the PNGs go
    suffix: str  # "" or "-pseudo"
    translator: Any = None

    def path(self, name: str) -> Path:
        return self.out / f"{name}{self.suffix}.png"


def start(default_out: Path, argv: list[str] | None = None) -> Shots:
    """The QApplication (made if needed), OUT_DIR (the first argument, else `default_out`) and
    the pseudo-long translator when --pseudo is given."""
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    argv = sys.argv[1:] if argv is None else argv
    args = [a for a in argv if not a.startswith("--")]
    app = QApplication.instance() or QApplication([])
    shots = Shots(app, Path(args[0]) if args else default_out, "")
    shots.out.mkdir(parents=True, exist_ok=True)
    if "--pseudo" in argv:
        class Longer(QTranslator):
            def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
                return longer(source) if source else source

        shots.translator = Longer(app)
        app.installTranslator(shots.translator)
        shots.suffix = "-pseudo"
    return shots


def settle(app: Any, seconds: float = 0.6, until: Any = None) -> None:
    """Run the event loop `seconds`; with `until`, first until it holds (20 s at most)."""
    deadline = time.monotonic() + 20
    end = time.monotonic() + seconds
    while time.monotonic() < (deadline if until is not None else end):
        app.processEvents()
        time.sleep(0.02)
        if until is not None and until():
            until = None
            end = time.monotonic() + seconds
            deadline = end
