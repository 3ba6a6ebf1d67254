"""Item pictures in the composed window: a slow image server never blocks it, pictures replace the
letter placeholder when they arrive, the disk cache serves the next start, a broken one falls
back and is not asked for again and again (ui/thumbnails.py, services/images.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from tests.helpers.db import FIXED_NOW
from tests.helpers.engine import World, plain_items
from tests.helpers.ui_activities import start_booking
from tests.pictures import SlowImageServer, slow_image_server
from workstation.app import _build_window
from workstation.runner.activities import ActivityRunner
from workstation.runner.tasks import TaskRunner
from workstation.sandbox.constants import IMAGE_URL
from workstation.sandbox.images import picture
from workstation.services import demo
from workstation.services.images import ImageCache, ImageService
from workstation.services.orders import OrderFilter
from workstation.store.models import OrderLine
from workstation.ui.errors import ErrorReporter
from workstation.ui.panes.activities.pane import ActivitiesPane
from workstation.ui.thumbnails import Thumbnails

ITEM = 1  # the item column of the order's lines


def expected_colour(name: str) -> QColor:
    """The product's colour in the picture the server sends for `name` (inside every shape)."""
    return QImage.fromData(picture("1688", name)).pixelColor(60, 100)


def close(a: QColor, b: QColor, tolerance: int = 30) -> bool:
    return all(abs(x - y) <= tolerance for x, y in ((a.red(), b.red()), (a.green(), b.green()),
                                                     (a.blue(), b.blue())))


def painted_colour(table: QTableView, row: int) -> QColor:
    """What the table shows at the product's spot of row `row`'s item picture, as painted."""
    index = table.model().index(row, ITEM)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    table.itemDelegateForIndex(index).initStyleOption(option, index)
    spot = table.style().subElementRect(QStyle.SubElement.SE_ItemViewItemDecoration, option, table)
    shot = table.viewport().grab().toImage()
    ratio = shot.devicePixelRatio()
    x = spot.x() + spot.width() * 60 // 160
    y = spot.y() + spot.height() * 100 // 160
    return shot.pixelColor(int(x * ratio), int(y * ratio))


def open_window(world: World, tmp_path: Path, name: str) -> tuple:  # type: ignore[type-arg]
    app = QApplication.instance()
    runner = TaskRunner()
    reporter = ErrorReporter(None)
    reporter.interactive = False
    settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
    window, stop = _build_window(app, world.core, runner, settings, "test db", reporter)
    window.resize(1400, 900)
    return window, stop, runner, reporter


def show_order(qtbot: QtBot, window, oid: str, lines: int) -> QTableView:  # type: ignore[no-untyped-def]
    pane = window.orders_pane
    qtbot.waitUntil(lambda: pane.orders_model.total > 0 and not pane.orders_model.is_loading, timeout=10_000)
    row = next(i for i, r in enumerate(pane.orders_model.rows()) if r.id == oid)
    pane.orders_table.selectRow(row)
    table = pane.detail.table
    qtbot.waitUntil(lambda: table.model().rowCount() == lines
                    and table.model().row(0).order_id == oid, timeout=10_000)
    return table


def ticking(server: SlowImageServer) -> tuple[QTimer, Callable[[], int]]:
    """A timer that counts its ticks while the image server holds requests unanswered."""
    timer = QTimer()
    timer.setInterval(10)
    ticks = [0]

    def tick() -> None:
        if server.held:
            ticks[0] += 1

    timer.timeout.connect(tick)
    timer.start()
    return timer, lambda: ticks[0]


def test_pictures_from_a_slow_server_arrive_without_blocking_the_window_and_stay_on_disk(
        qtbot: QtBot, world: World, tmp_path: Path) -> None:
    core = world.core
    demo.generate(core.db, orders=12, now=FIXED_NOW)
    order = next(o for o in core.orders.list_orders(OrderFilter(), 0, 12) if o.line_count >= 4)
    lines = core.orders.order_detail(order.id).lines
    with slow_image_server() as server:
        urls = {li.id: server.url("ok", f"line{li.line_num}") for li in lines}
        urls[lines[0].id] = server.url("broken", "first")  # a server answering garbage as image/png
        urls[lines[2].id] = urls[lines[3].id] = server.url("ok", "shared")  # one picture, two lines
        with core.db.write() as s:
            s.execute(update(OrderLine).values(image_url=""))  # the other orders' lines: no picture
            for line_id, url in urls.items():
                s.execute(update(OrderLine).where(OrderLine.id == line_id).values(image_url=url))
        good = {row: url for row, url in enumerate(urls[li.id] for li in lines) if "/ok/" in url}

        window, stop, runner, reporter = open_window(world, tmp_path, "first")
        qtbot.addWidget(window)
        window.show()
        thumbs = window.thumbnails
        failures: list[str] = []
        thumbs.failed.connect(failures.append)
        timer, ticks = ticking(server)
        try:
            table = show_order(qtbot, window, order.id, len(lines))
            qtbot.waitUntil(lambda: server.held >= 3, timeout=10_000)  # requests hang on the server...
            held_at = ticks()
            qtbot.waitUntil(lambda: ticks() >= held_at + 20, timeout=10_000)  # ...and the window runs on
            assert not any(thumbs.has(url) for url in urls.values())
            name = good[1].rsplit("/", 1)[1].removesuffix(".png")
            assert not close(painted_colour(table, 1), expected_colour(name))  # the letter placeholder
            placeholder = painted_colour(table, 0)

            server.release()
            qtbot.waitUntil(lambda: all(thumbs.has(url) for url in good.values()), timeout=20_000)
            for row, url in good.items():  # painted in place of the placeholder
                colour = expected_colour(url.rsplit("/", 1)[1].removesuffix(".png"))
                qtbot.waitUntil(lambda row=row, colour=colour: close(painted_colour(table, row), colour),
                                timeout=10_000)
            assert server.requests["/ok/shared.png"] == 1  # two rows, one request

            broken = urls[lines[0].id]
            qtbot.waitUntil(lambda: broken in failures, timeout=10_000)
            for _ in range(5):  # painted again and again: the failure is remembered
                table.viewport().repaint()
                qtbot.waitUntil(lambda: not thumbs.pending(), timeout=10_000)
            assert server.requests["/broken/first.png"] == 1  # not asked for again and again
            assert painted_colour(table, 0) == placeholder  # the letter placeholder stays
            assert reporter.shown == []
        finally:
            timer.stop()
            server.release()
            stop()
            runner.shutdown()
            window.close()
        cached = list((world.data_dir / "thumbnails").iterdir())
        assert len(cached) == len(set(good.values()))  # the broken one is not kept

        # the next start: the pictures come from the disk cache, the server is never asked
        server.hold()
        fetched = sum(n for path, n in server.requests.items() if path.startswith("/ok/"))
        window, stop, runner, reporter = open_window(world, tmp_path, "second")
        qtbot.addWidget(window)
        window.show()
        try:
            table = show_order(qtbot, window, order.id, len(lines))
            qtbot.waitUntil(lambda: all(window.thumbnails.has(url) for url in good.values()), timeout=20_000)
            assert sum(n for path, n in server.requests.items() if path.startswith("/ok/")) == fetched
            qtbot.waitUntil(lambda: close(painted_colour(table, 1), expected_colour(name)), timeout=10_000)
        finally:
            server.release()
            stop()
            runner.shutdown()
            window.close()


def test_the_question_shows_the_sandbox_picture_of_its_item(world: World, qtbot: QtBot, tmp_path: Path) -> None:
    """The sandbox draws the picture the demo names (`sandbox://img/...`); the question shows it."""
    from decimal import Decimal

    item = plain_items("1688")[0]
    paid = (item.skus[0].price / Decimal("1.25")).quantize(Decimal("0.01"))
    oid = world.add_order("1688", [(item, 0, 1, paid)])
    url = IMAGE_URL.format(provider="1688", item_id=item.item_id)
    with world.core.db.write() as s:
        s.execute(update(OrderLine).where(OrderLine.order_id == oid).values(image_url=url))
    tasks = TaskRunner()
    runner = ActivityRunner(world.core.activities, max_parallel=1)
    service = ImageService(ImageCache(tmp_path / "thumbs"), sandbox_url=lambda: world.base_url)
    thumbs = Thumbnails(service.read, tasks)
    pane = ActivitiesPane(world.core.activities, runner, tasks)
    qtbot.addWidget(pane)
    pane.questions.panel.set_thumbnails(thumbs)
    pane.show()
    try:
        aid = start_booking(world, oid)
        runner.submit(aid)
        panel = pane.questions.panel
        qtbot.waitUntil(lambda: pane.questions.isVisible() and "#1" in panel.line.text(), timeout=20_000)
        qtbot.waitUntil(lambda: thumbs.has(url), timeout=20_000)
        expected = QImage.fromData(picture("1688", item.item_id)).pixelColor(60, 100)

        def shown() -> QColor:
            image = panel.thumb.pixmap().toImage()
            size = QSize(image.width(), image.height())
            return image.pixelColor(size.width() * 60 // 160, size.height() * 100 // 160)

        qtbot.waitUntil(lambda: close(shown(), expected), timeout=10_000)
        assert (tmp_path / "thumbs").is_dir() and len(list((tmp_path / "thumbs").iterdir())) == 1
    finally:
        pane.questions.close()
        assert runner.shutdown(15_000)
        tasks.shutdown()
        service.close()

