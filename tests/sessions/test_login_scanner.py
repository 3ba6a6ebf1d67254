"""The keyboard-wedge scanner stands aside while a login dialog is open: a person's (or a password
manager's) fast typing reaches the page instead of becoming a "scan"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget

from tests.helpers.sessions import webengine
from tests.scanner.test_wedge import Form, Keyboard, collect, form, wedge  # noqa: F401 - fixtures
from workstation.runner.tasks import TaskRunner
from workstation.scanner.wedge import WedgeScanner
from workstation.ui.browser import BrowserProfiles
from workstation.ui.dialogs.login import LoginDialog
from workstation.ui.scanner_pause import ScannerPause

BURST = "Pa55word1234567\r"  # typed 8 ms apart: exactly what the wedge takes for a scan


def test_paused_wedge_lets_a_fast_burst_through(form: Form, wedge: WedgeScanner) -> None:  # noqa: F811
    scans, _ = collect(wedge)
    pause = ScannerPause(wedge)
    pause.pause()
    pause.pause()  # a second dialog
    Keyboard().type(form.edit, BURST, gap=8)
    assert scans == [] and form.edit.text() == BURST.strip()
    pause.resume()
    assert not wedge.enabled and pause.paused  # one dialog still open
    pause.resume()
    pause.resume()  # one too many: harmless
    assert wedge.enabled and not pause.paused
    form.edit.clear()
    Keyboard().type(form.edit, BURST, gap=8)
    assert scans == [BURST.strip()] and form.edit.text() == ""  # scanning again


def test_a_scanner_switched_off_before_stays_off(wedge: WedgeScanner) -> None:  # noqa: F811
    wedge.enabled = False
    pause = ScannerPause(wedge)
    pause.pause()
    pause.resume()
    assert wedge.enabled is False


@pytest.fixture
def runner(qapp) -> Iterator[TaskRunner]:  # type: ignore[no-untyped-def]
    made = TaskRunner()
    yield made
    made.shutdown()


@pytest.fixture
def profiles(qapp, tmp_path) -> Iterator[BrowserProfiles]:  # type: ignore[no-untyped-def]
    made = BrowserProfiles(tmp_path / "data")
    yield made
    made.close()


@webengine
def test_login_dialog_pauses_the_wedge_while_open(qtbot, wedge, login_service, runner,  # noqa: F811
                                                  profiles) -> None:
    pause = ScannerPause(wedge)
    calls: list[str] = []

    def make(parent: QWidget | None = None) -> LoginDialog:
        return LoginDialog("1688", login_service, runner, profiles, parent=parent,
                           on_open=lambda: (calls.append("open"), pause.pause()),
                           on_close=lambda: (calls.append("close"), pause.resume()))

    dialog = make()
    assert wedge.enabled and calls == []  # built, not shown: nothing to guard yet
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not wedge.enabled and calls == ["open"]
    dialog.hide()
    dialog.show()  # shown again: still one pause
    assert calls == ["open"]
    dialog.reject()
    assert wedge.enabled and calls == ["open", "close"]
    dialog.deleteLater()

    # deleted with its parent while open: the scanner comes back all the same
    parent = QWidget()
    second = make(parent)
    second.show()
    assert not wedge.enabled
    parent.deleteLater()
    qtbot.waitUntil(lambda: wedge.enabled, timeout=5000)
    assert calls == ["open", "close", "open", "close"]
    qtbot.wait(1)
