"""The session list: states, the "+" login through the real dialog, Forget with confirmation."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from tests.helpers.sessions import webengine
from tests.sessions.helpers import DEMO
from tests.sessions.qt_helpers import fill_login_form
from workstation.providers.base import Token
from workstation.runner.tasks import TaskRunner
from workstation.services.login import LoginService
from workstation.services.sessions import SessionService
from workstation.ui.browser import BrowserProfiles
from workstation.ui.panes.sessions import SessionsPane
from workstation.ui.panes.sessions.model import SESSION_COLUMNS

pytestmark = [webengine]
NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
WAIT = 15_000


def token(account: str, hours: float) -> Token:
    return Token(f"access-{account}", f"refresh-{account}", NOW + timedelta(hours=hours), None, account)


@pytest.fixture
def clocked(sqlite_db, secrets) -> SessionService:
    return SessionService(sqlite_db, secrets, clock=lambda: NOW)


@pytest.fixture
def pane(qtbot, qapp, tmp_path, clocked, connectors) -> Iterator[SessionsPane]:
    runner = TaskRunner()
    profiles = BrowserProfiles(tmp_path / "data")
    made = SessionsPane(clocked, LoginService(clocked, connectors), runner, profiles)
    qtbot.addWidget(made)
    yield made
    if made.login_dialog is not None:
        made.login_dialog.reject()
    qtbot.wait(1)
    runner.shutdown()
    profiles.close()


def shown(qtbot, pane: SessionsPane) -> list:
    with qtbot.waitSignal(pane.loaded, timeout=WAIT):
        pane.show() if not pane.isVisible() else pane.refresh()
    return pane.model.rows()


def texts(pane: SessionsPane, row: int) -> dict[str, str]:
    return {c.key: pane.model.index(row, i).data() for i, c in enumerate(SESSION_COLUMNS)}


def test_states_and_columns(qtbot, qtmodeltester, pane, clocked, sqlite_db):
    clocked.store("1688", token("a_valid", 5))
    clocked.store("1688", token("b_expiring", 0.5))
    clocked.store("taobao", token("c_expired", -1))
    clocked.record_sync("1688", "a_valid", "12 orders updated", None)
    rows = shown(qtbot, pane)
    assert [(r.account, r.state) for r in rows] == [
        ("a_valid", "valid"), ("b_expiring", "expiring"), ("c_expired", "expired")]
    first, last = texts(pane, 0), texts(pane, 2)
    assert first["state"] == "Valid" and first["result"] == "12 orders updated"
    assert first["provider"] == "1688.com" and first["balance"] == "—" and first["synced"] != "never"
    assert texts(pane, 1)["state"] == "Expires within an hour"
    assert last["state"] == "Expired: log in again" and last["synced"] == "never"
    qtmodeltester.check(pane.model)

    pane.filter.setCurrentIndex(pane.filter.findData("taobao"))
    qtbot.waitUntil(lambda: [r.account for r in pane.model.rows()] == ["c_expired"], timeout=WAIT)
    assert pane.hint.isHidden()


def test_empty_list_says_what_to_do(qtbot, pane):
    assert shown(qtbot, pane) == []
    assert pane.hint.isVisible() and "+" in pane.hint.text()
    assert not pane.forget_button.isEnabled()


def test_forget_asks_first_then_drops_session_tokens_and_profile(qtbot, pane, clocked, secrets,
                                                                 monkeypatch):
    clocked.store("1688", token("a_valid", 5))
    clocked.store("taobao", token("b_valid", 5))
    shown(qtbot, pane)
    pane.view.selectRow(0)
    profile_dir = pane._profiles.handle("1688", "a_valid").path

    monkeypatch.setattr(pane, "confirm_forget", lambda row: False)
    pane.forget_button.click()
    assert len(shown(qtbot, pane)) == 2  # cancelled: nothing happened

    monkeypatch.setattr(pane, "confirm_forget", lambda row: row.account == "a_valid")
    pane.view.selectRow(0)
    with qtbot.waitSignal(pane.session_forgotten, timeout=WAIT) as forgotten:
        pane.forget_button.click()
    assert forgotten.args == ["1688", "a_valid"]
    qtbot.waitUntil(lambda: [r.account for r in pane.model.rows()] == ["b_valid"], timeout=WAIT)
    assert "token:1688:a_valid" not in secrets.data and "token:taobao:b_valid" in secrets.data
    assert pane._profiles.path_of("1688", "a_valid") is None
    assert not pane._profiles.is_live("1688", "a_valid")
    qtbot.waitUntil(lambda: BrowserProfiles(pane._profiles.root.parent) and not profile_dir.exists(),
                    timeout=WAIT)


@pytest.mark.slow
def test_plus_logs_an_account_in_and_the_list_shows_it(qtbot, pane):
    assert shown(qtbot, pane) == []
    dialog = pane.open_login("taobao")
    assert dialog.isVisible() and dialog.isModal()
    qtbot.waitUntil(lambda: "Log in on the page" in dialog.status.text(), timeout=WAIT)
    account, password = DEMO["taobao"][0]
    with qtbot.waitSignal(pane.session_added, timeout=WAIT), \
            qtbot.waitSignal(pane.loaded, timeout=WAIT):
        fill_login_form(dialog.page, account, password)
    assert [(r.provider, r.account) for r in pane.model.rows()] == [("taobao", account)]
    qtbot.waitUntil(lambda: pane.login_dialog is None, timeout=WAIT)  # closed and deleted


def test_the_state_says_how_long_is_left_and_a_new_login_clears_the_expiry_text(qtbot, pane, clocked):
    from workstation.ui.panes.sessions.model import state_text

    row = clocked.store("1688", token("a_valid", 5))
    assert state_text(row, now=NOW) == "Valid, 5 h 0 min left"
    soon = clocked.store("1688", token("b_soon", 0.5))
    assert state_text(soon, now=NOW).endswith("30 min left")
    clocked.mark_expired("1688", "a_valid", "session expired: log in again")
    assert clocked.get("1688", "a_valid").last_sync_result == "session expired: log in again"
    clocked.store("1688", token("a_valid", 10))  # logged in again
    again = clocked.get("1688", "a_valid")
    assert again.state == "valid" and again.last_sync_result == ""  # the old text is gone
