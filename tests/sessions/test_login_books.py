"""End to end: an account logged in through the real QtWebEngine view on the sandbox's login page
is a stored session the workstation books with (issue 6, "ends with a stored session that books")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.engine import World, plain_items
from tests.helpers.sessions import webengine
from tests.sessions.helpers import DEMO
from tests.sessions.qt_helpers import fill_login_form, run_js
from workstation.config import Config
from workstation.core import assemble, open_database
from workstation.domain import statuses as st
from workstation.runner.tasks import TaskRunner
from workstation.services.demo_sandbox import DEMO_WAREHOUSE
from workstation.services.login import LoginService
from workstation.services.secrets import MemorySecretStore
from workstation.ui.browser import BrowserProfiles
from workstation.ui.dialogs.login import LoginDialog

pytestmark = [webengine, pytest.mark.slow]
WAIT = 15_000


@pytest.fixture
def workstation(sandbox, tmp_path: Path) -> Iterator[World]:
    """The workstation's own services over the sandbox, with no account logged in yet."""
    base_url, market = sandbox
    data = tmp_path / "data"
    data.mkdir()
    config = Config(data, f"sqlite:///{data / 'workstation.sqlite3'}")
    core = assemble(config, open_database(config), secrets=MemorySecretStore(), sandbox_url=base_url,
                    connector_timeout=2.0)
    for provider in ("1688", "taobao"):
        core.settings.add_warehouse(provider, is_default=True, **DEMO_WAREHOUSE)
    try:
        yield World(core, market, base_url, data)
    finally:
        core.close()


@pytest.fixture
def runner(qapp) -> Iterator[TaskRunner]:  # type: ignore[no-untyped-def]
    made = TaskRunner()
    yield made
    made.shutdown()


@pytest.fixture
def profiles(qapp, tmp_path: Path) -> Iterator[BrowserProfiles]:  # type: ignore[no-untyped-def]
    made = BrowserProfiles(tmp_path / "profiles")
    yield made
    made.close()


@pytest.mark.parametrize("provider", ["1688", "taobao"])
def test_an_account_logged_in_in_the_browser_books(qtbot, workstation: World, runner: TaskRunner,
                                                   profiles: BrowserProfiles, provider: str) -> None:
    core = workstation.core
    assert core.sessions.list(provider) == []
    # the same wiring as the app: the login service stores into the workstation's sessions
    login = LoginService(core.sessions, core.connectors)
    dialog = LoginDialog(provider, login, runner, profiles)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.page.loadFinished, timeout=WAIT):
        dialog.start()
    assert run_js(qtbot, dialog.page, "!!document.querySelector('input[name=password]')")
    account, password = DEMO[provider][1]
    with qtbot.waitSignal(dialog.logged_in, timeout=WAIT) as done:
        fill_login_form(dialog.page, account, password)
    assert done.args[0].account == account
    assert [(r.account, r.state) for r in core.sessions.list(provider)] == [(account, "valid")]

    items = plain_items(provider)
    oid = workstation.add_order(provider, [(items[0], 0, 1, None), (items[0], 1, 2, None)])
    info = core.purchase.run(core.purchase.start_booking(oid, account))  # a test: the GUI may wait

    assert info.state == "finished", [s.message for s in info.steps]
    lines = workstation.lines(oid)
    assert {li.status for li in lines} == {st.BOOKED}
    assert all(li.account == account and li.vend_purch_id for li in lines)
    remote = workstation.market.find_orders(provider, account)
    assert {o.order_id for o in remote} == {li.vend_purch_id for li in lines}
    assert all(o.login == account for o in remote)
    assert workstation.market.find_orders(provider, DEMO[provider][0][0]) == []  # nobody else's
