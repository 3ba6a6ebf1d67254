"""pytest-qt: the Activities pane shows a remote activity's question, the question dialog answers
it, and the remote activity on the platform (`workstation-cli otapi serve`) finishes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.otapi import Instance, Server, cli, create_instance, demo_dir, start_server  # noqa: F401 - fixture
from tests.otmode.test_remote import (
    Link,
    account_of,
    fast_sleep,
    fresh_order,
    lines_of,
    remote_info,
)
from workstation.config import Config
from workstation.core import open_database
from workstation.otapi.client import OtapiClient
from workstation.runner.activities import ActivityRunner
from workstation.runner.tasks import TaskRunner
from workstation.services.activities import ActivityService
from workstation.services.otmode.remote import RemoteActivities
from workstation.ui.panes.activities.pane import ActivitiesPane


@pytest.fixture(scope="module")
def instance(demo_dir: Path) -> Instance:  # noqa: F811 - fixture use
    cli(demo_dir, "settings", "set", "taobao", "price_confirmation_mode", "no")  # every price is asked
    return create_instance(demo_dir)


@pytest.fixture(scope="module")
def server(demo_dir: Path, instance: Instance) -> Iterator[Server]:  # noqa: F811 - fixture use
    srv = start_server(demo_dir)
    yield srv
    if srv.alive():
        srv.stop()


def test_the_pane_shows_a_remote_question_and_the_dialog_answers_it(
        tmp_path: Path, server: Server, instance: Instance, qtbot: QtBot) -> None:
    db = open_database(Config(tmp_path, f"sqlite:///{tmp_path / 'station.sqlite3'}"))
    remote = RemoteActivities(db, Link(server, instance), sleep=fast_sleep)
    activities = ActivityService(db, remote.handlers(), owner="test-station")
    runner = ActivityRunner(activities, max_parallel=3)  # as workstation/app.py builds it
    tasks = TaskRunner()
    pane = ActivitiesPane(activities, runner, tasks)
    qtbot.addWidget(pane)
    pane.show()
    dialog = pane.questions
    try:
        with OtapiClient(server.url, instance.key, operator=instance.operator, customer=instance.customer) as client:
            order_id = fresh_order(client, instance)
            aid = activities.create("booking", "taobao", account_of(client, "taobao"),
                                    {"order_id": order_id, "line_ids": [], "warehouse_id": None},
                                    description=f"Booking {order_id}")
            runner.submit(aid)
            qtbot.waitUntil(lambda: dialog.isVisible() and dialog.current() == aid and dialog.panel.isEnabled(),
                            timeout=30_000)
            question = activities.get(aid).pending_question
            assert question is not None and (question.question_key or "").startswith("ot:")
            panel = dialog.panel
            assert panel.message.text() == question.message and panel.message.isVisible()
            assert panel.title.text() == question.message  # no engine details: the platform's sentence
            assert set(panel.buttons) == {c.id for c in question.choices} and "confirm" in panel.buttons

            qtbot.mouseClick(panel.buttons["confirm"], Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: getattr(runner.latest(aid), "state", None) == "finished", timeout=30_000)
            info = activities.get(aid)
            assert [s.answer for s in info.steps if s.type == "question"] == ["confirm"]
            row = remote.row(aid)
            assert row is not None and row.remote_id
            assert remote_info(client, row.remote_id)["IsFinished"] == "true"
            assert all(li["StatusId"] == "5" and li["VendPurchId"] for li in lines_of(client, order_id))
    finally:
        dialog.close()
        assert runner.shutdown(15_000)
        tasks.shutdown()
        db.dispose()

