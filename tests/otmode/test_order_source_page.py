"""Settings -> Order source against a real `otapi serve` on loopback: Connect on the network lane,
the result line, the field at fault, Disconnect, "Restart now"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot

from tests.helpers import otapi as ot_helpers
from tests.helpers.otapi import Instance, Server
from workstation.runner.tasks import TaskRunner
from workstation.services.audit import Actor
from workstation.services.otmode.link import OtLinkService
from workstation.services.secrets import MemorySecretStore
from workstation.store.database import Database
from workstation.ui.dialogs.settings.order_source import OrderSourcePage, add_order_source_page

demo_dir, instance, server = ot_helpers.demo_dir, ot_helpers.instance, ot_helpers.server
signed_instance = ot_helpers.signed_instance


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


@pytest.fixture
def link(sqlite_db: Database) -> OtLinkService:
    return OtLinkService(sqlite_db, MemorySecretStore(), Actor("tester", "desk 1"))


@pytest.fixture
def page(qtbot: QtBot, link: OtLinkService, runner: TaskRunner) -> Iterator[OrderSourcePage]:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    found = add_order_source_page(tabs, link, runner)
    assert tabs.tabText(tabs.indexOf(found)) == "Order source"
    tabs.show()
    qtbot.waitUntil(lambda: found.state_line.text() != "", timeout=5000)
    yield found  # the tabs (the page's parent) live as long as the test


def fill(page: OrderSourcePage, server: Server, inst: Instance, password: str | None = None) -> None:
    page.ot_radio.setChecked(True)
    page.url.setText(server.url)
    page.instance_key.setText(inst.key)
    page.operator.setText(inst.operator[0])
    page.password.setText(inst.operator[1] if password is None else password)


def connect_and_wait(qtbot: QtBot, page: OrderSourcePage) -> bool:
    with qtbot.waitSignal(page.result_shown, timeout=30_000) as blocker:
        page.connect_button.click()
    return bool(blocker.args[0])


def test_connect_through_the_page(qtbot: QtBot, page: OrderSourcePage, link: OtLinkService, server: Server,
                                  instance: Instance) -> None:
    assert page.local_radio.isChecked() and not page.connect_button.isEnabled()
    assert page.state_line.text() == "This workstation keeps its own orders."
    fill(page, server, instance, password="wrong")
    assert page.password.echoMode() == page.password.EchoMode.Password
    assert not connect_and_wait(qtbot, page)
    assert "password" in page.result.text() and "#b3261e" in page.result.styleSheet()
    assert page.rows["password"].message and not page.rows["url"].message
    assert link.status() is None and page.restart_box.isHidden()

    fill(page, server, instance)
    assert connect_and_wait(qtbot, page)
    qtbot.waitUntil(lambda: "Connected: 30 orders will be mirrored" in page.result.text(), timeout=5000)
    status = link.status()
    assert status is not None and status.base_url == server.url
    assert page.password.text() == "" and page.password.placeholderText() == "stored (type to replace)"
    assert page.connect_button.text() == "Connect again" and page.disconnect_button.isEnabled()
    assert not page.restart_box.isHidden()
    with qtbot.waitSignal(page.restart_requested, timeout=1000):
        page.restart_button.click()

    # Connect again with the password field empty: the stored one is used.
    assert connect_and_wait(qtbot, page)

    page.confirm_disconnect = lambda _status: True  # type: ignore[method-assign]
    with qtbot.waitSignal(page.result_shown, timeout=10_000) as blocker:
        page.disconnect_button.click()
    assert blocker.args == [True] and link.status() is None
    assert page.local_radio.isChecked() and "Disconnected" in page.result.text()


def test_an_unreachable_url_is_shown_on_its_field(qtbot: QtBot, page: OrderSourcePage, server: Server,
                                                  instance: Instance) -> None:
    fill(page, server, instance)
    page.url.setText(f"http://127.0.0.1:{ot_helpers.free_port()}")
    assert not connect_and_wait(qtbot, page)
    assert "cannot be reached" in page.result.text() and page.rows["url"].message
    page.url.setText("ftp://nowhere")
    assert not connect_and_wait(qtbot, page)
    assert page.result.text().startswith("URL") and page.rows["url"].message
