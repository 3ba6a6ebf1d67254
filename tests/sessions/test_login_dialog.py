"""The login dialog on the sandbox's real login page in a real QtWebEngine view."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlencode

import pytest
from PySide6.QtWidgets import QDialog

from tests.helpers.sessions import webengine
from tests.sessions.helpers import DEMO, offer_id
from tests.sessions.qt_helpers import fill_login_form, run_js
from workstation.runner.tasks import TaskRunner
from workstation.services.login import RETURN_URL
from workstation.ui.browser import BrowserProfiles
from workstation.ui.dialogs.login import LoginDialog

pytestmark = [webengine, pytest.mark.slow]
WAIT = 15_000


@pytest.fixture
def runner(qapp) -> Iterator[TaskRunner]:
    made = TaskRunner()
    yield made
    made.shutdown()


@pytest.fixture
def profiles(qapp, tmp_path) -> Iterator[BrowserProfiles]:
    made = BrowserProfiles(tmp_path / "data")
    yield made
    made.close()


@pytest.fixture
def open_dialog(qtbot, login_service, runner, profiles) -> Iterator:
    dialogs: list[LoginDialog] = []

    def open_(provider: str, hint: str | None = None) -> LoginDialog:
        dialog = LoginDialog(provider, login_service, runner, profiles, account_hint=hint)
        dialogs.append(dialog)
        dialog.show()
        with qtbot.waitSignal(dialog.page.loadFinished, timeout=WAIT) as loaded:
            dialog.start()
        assert loaded.args == [True]
        assert run_js(qtbot, dialog.page, "!!document.querySelector('input[name=password]')")
        return dialog

    yield open_
    for dialog in dialogs:  # pages go before their profiles (the profiles fixture closes later)
        dialog.reject()
        dialog.deleteLater()
    qtbot.wait(1)


def test_log_in_through_the_embedded_browser(qtbot, open_dialog, sessions, connectors, profiles):
    dialog = open_dialog("1688")
    new_dir = profiles.live_paths()[0]
    account, password = DEMO["1688"][0]
    assert profiles.accounts("1688") == []  # a new account's profile belongs to nobody yet

    with qtbot.waitSignal(dialog.logged_in, timeout=WAIT) as done:
        fill_login_form(dialog.page, account, password)

    row = done.args[0]
    assert (row.provider, row.account, row.state) == ("1688", account, "valid")
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert [(r.provider, r.account) for r in sessions.list()] == [("1688", account)]
    token = sessions.token("1688", account)
    assert connectors("1688").get_offer(token, offer_id("1688")).available
    # the new login's browser profile (with its cookies) now belongs to the account
    assert profiles.path_of("1688", account) == new_dir and new_dir.is_dir()


def test_error_paths_show_a_banner_and_retry_starts_again(qtbot, open_dialog, sessions, login_service):
    dialog = open_dialog("taobao")
    account, password = DEMO["taobao"][0]

    # a wrong password: the marketplace shows its form again, nothing is stored
    with qtbot.waitSignal(dialog.page.loadFinished, timeout=WAIT):
        fill_login_form(dialog.page, account, "wrong")
    assert run_js(qtbot, dialog.page, "document.getElementById('error') !== null")
    assert dialog.isVisible() and dialog.banner.isHidden() and sessions.list() == []

    # Deny: error=access_denied comes back and is shown, with Retry
    fill_login_form(dialog.page, account, "", button="deny")
    qtbot.waitUntil(lambda: dialog.banner.isVisible(), timeout=WAIT)
    assert "denied" in dialog.banner_text.text() and dialog.retry_button.isVisible()
    assert sessions.list() == []

    # Retry: a fresh attempt on the login page
    first_state = dialog._request.state
    with qtbot.waitSignal(dialog.page.loadFinished, timeout=WAIT):
        dialog.retry_button.click()
    assert dialog.banner.isHidden() and dialog._request.state != first_state

    # a redirect carrying another attempt's state is refused
    forged = RETURN_URL + "?" + urlencode({"code": "stolen", "state": first_state})
    dialog.page.runJavaScript(f"location.href = '{forged}';")
    qtbot.waitUntil(lambda: dialog.banner.isVisible(), timeout=WAIT)
    assert "security check" in dialog.banner_text.text() and sessions.list() == []

    # and after all that, a retry still logs in: on the new attempt's own form (a late load
    # event of the refused navigation must not be taken for it)
    with qtbot.waitSignal(dialog.page.loadFinished, timeout=WAIT):
        dialog.retry_button.click()
    attempt = dialog._request.state
    assert attempt != first_state
    qtbot.waitUntil(lambda: attempt in dialog.page.url().toString()
                    and run_js(qtbot, dialog.page, "document.querySelector('input[name=password]') !== null"),
                    timeout=WAIT)
    with qtbot.waitSignal(dialog.logged_in, timeout=WAIT):
        fill_login_form(dialog.page, account, password)
    assert [r.account for r in sessions.list()] == [account]


def test_cancel_discards_the_new_login_profile(qtbot, open_dialog, profiles, sessions):
    dialog = open_dialog("1688")
    new_dir = profiles.live_paths()[0]
    dialog.reject()
    assert profiles.live_paths() == [] and profiles.accounts("1688") == [] and sessions.list() == []
    # gone now, or at the latest at the next start (Chromium may still be writing in it)
    qtbot.waitUntil(lambda: BrowserProfiles(profiles.root.parent) and not new_dir.exists(),
                    timeout=WAIT)


def test_logging_a_known_account_in_again_uses_its_own_profile(qtbot, open_dialog, profiles):
    account, password = DEMO["1688"][1]
    dialog = open_dialog("1688", hint=account)
    assert profiles.live_paths() == [profiles.path_of("1688", account)] != [None]
    assert account in dialog.windowTitle()
    with qtbot.waitSignal(dialog.logged_in, timeout=WAIT):
        fill_login_form(dialog.page, account, password)
    assert profiles.is_live("1688", account)
