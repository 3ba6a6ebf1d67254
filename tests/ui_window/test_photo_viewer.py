"""Kept photos in the composed window: opened from the unmatched list in the viewer (fit and
actual size), read and decoded on a worker while the window keeps processing events; and the
keep dialog without a camera (QMediaDevices listing none) still takes a photo from a file.

Set WORKSTATION_SHOTS=/some/dir to keep the viewer's screenshot for a look.
"""

from __future__ import annotations

import os
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QThread, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.engine import World
from workstation.app import _build_window
from workstation.runner.tasks import TaskRunner
from workstation.services.warehouse import Photo
from workstation.ui.dialogs import keep_unmatched, photo_viewer
from workstation.ui.errors import ErrorReporter
from workstation.ui.panes.warehouse import unmatched as unmatched_module


def big_image(width: int, height: int) -> QImage:
    """A parcel-like picture with detail (stripes and text), so it does not compress to nothing."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#c8a165"))
    painter = QPainter(image)
    for x in range(0, width, 37):
        painter.setPen(QColor((x * 7) % 256, (x * 3) % 256, (x * 5) % 256))
        painter.drawLine(x, 0, width - x, height)
    painter.setPen(QColor("#1a237e"))
    font = painter.font()
    font.setPixelSize(max(24, height // 12))
    painter.setFont(font)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, "SF 3082881968622")
    painter.end()
    return image


def jpeg(image: QImage) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPEG", 90)
    return bytes(data.data())


class Ticks:
    """Counts GUI-thread timer ticks: they only come while the event loop runs."""

    def __init__(self) -> None:
        self.count = 0
        self.timer = QTimer()
        self.timer.setInterval(2)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.count += 1


@pytest.fixture
def composed(qtbot: QtBot, world: World, tmp_path: Path) -> Iterator[Any]:
    app = QApplication.instance()
    runner = TaskRunner()
    reporter = ErrorReporter(None)
    reporter.interactive = False
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window, stop = _build_window(app, world.core, runner, settings, "test db", reporter)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    try:
        yield window
        assert reporter.shown == []
    finally:
        stop()
        runner.shutdown()


def decoded_off_the_gui_thread(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[bool]:
    """Wrap `module.name` so each call records whether it ran away from the GUI thread."""
    real = getattr(module, name)
    gui = QApplication.instance().thread()
    calls: list[bool] = []

    def wrapped(*args: Any) -> Any:
        calls.append(QThread.currentThread() is not gui)
        return real(*args)

    monkeypatch.setattr(module, name, wrapped)
    return calls


def test_a_kept_photo_opens_in_the_viewer_from_the_unmatched_list(
        qtbot: QtBot, world: World, composed: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    image = big_image(4000, 3000)  # larger than any screen: fit has to scale it down
    kept = world.core.receiving.keep_unmatched(
        "JT0000000000888", clerk="anna", workstation="ws-1", note="box dented, no waybill",
        photo=Photo(jpeg(image), "image/jpeg", "/home/anna/parcel.jpg"))
    calls = decoded_off_the_gui_thread(monkeypatch, unmatched_module, "decode_photos")
    pane = composed.warehouse_pane
    composed.panes.setCurrentWidget(pane)
    listing = pane.unmatched
    pane.tabs.setCurrentWidget(pane.tabs.widget(1))
    listing.refresh()
    qtbot.waitUntil(lambda: any(r.id == kept.id for r in listing.model.rows()), timeout=10_000)
    row = next(n for n, r in enumerate(listing.model.rows()) if r.id == kept.id)
    assert not listing.photo_button.isEnabled()  # nothing selected yet
    listing.table.selectRow(row)
    assert listing.photo_button.isEnabled()

    ticks = Ticks()
    ticks.timer.start()
    index = listing.model.index(row, 0)
    listing.table.scrollTo(index)
    centre = listing.table.visualRect(index).center()
    # a real double-click is press, release, then the double-click event
    qtbot.mouseClick(listing.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(listing.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    viewer = listing.viewer
    assert viewer is not None and viewer.isVisible()
    assert viewer.photos() == [] and "Loading" in viewer.image_label.text()  # it opened before the decode
    qtbot.waitUntil(lambda: len(viewer.photos()) == 1, timeout=20_000)
    ticks.timer.stop()
    assert calls == [True]  # read and decoded on a worker, not on the GUI thread
    assert ticks.count >= 1  # the GUI went on processing events while it loaded

    # zoom to fit (the default): the whole photo inside the view, its proportions kept
    room = viewer.scroll.viewport().size()
    width, height = viewer.shown_size()
    assert 0 < width <= room.width() and 0 < height <= room.height() and width < 4000
    assert abs(width / height - 4 / 3) < 0.01
    assert "4000 \u00d7 3000 px" in viewer.caption.text() and "parcel.jpg" in viewer.caption.text()
    shots = os.environ.get("WORKSTATION_SHOTS")
    if shots:
        qtbot.waitUntil(lambda: viewer.shown_size()[0] > 0, timeout=2_000)
        viewer.grab().save(str(Path(shots) / "photo-viewer.png"))
    # actual size: every pixel, scrollable
    viewer.actual_button.click()
    assert viewer.shown_size() == (4000, 3000) and viewer.actual_button.isChecked()
    assert viewer.scroll.horizontalScrollBar().maximum() > 0
    viewer.fit_button.click()
    assert viewer.shown_size()[0] <= viewer.scroll.viewport().width()
    viewer.reject()
    qtbot.waitUntil(lambda: listing.viewer is None, timeout=2_000)

    # the "Photo" button opens it too
    listing.table.selectRow(row)
    assert listing.photo_button.isEnabled()
    listing.photo_button.click()
    assert listing.viewer is not None
    qtbot.waitUntil(lambda: listing.viewer is not None and len(listing.viewer.photos()) == 1, timeout=20_000)
    listing.viewer.reject()


def test_a_large_photo_file_loads_on_a_worker_while_the_window_runs(
        qtbot: QtBot, world: World, composed: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "large.png"
    assert big_image(6000, 4500).save(str(path))  # 27 megapixels: decoded, scaled and encoded
    calls = decoded_off_the_gui_thread(monkeypatch, keep_unmatched, "read_photo")
    pane = composed.warehouse_pane
    composed.panes.setCurrentWidget(pane)
    pane.code_field.setText("JT0000000000999")
    with qtbot.waitSignal(pane.router.outcome, timeout=20_000):
        pane.find_button.click()
    panel = pane.receiving
    qtbot.waitUntil(lambda: panel.keep_button.isEnabled(), timeout=10_000)
    panel.keep_button.click()
    dialog = panel.keep_dialog
    assert dialog is not None
    dialog.note_edit.setPlainText("no label")
    ticks = Ticks()
    ticks.timer.start()
    with qtbot.waitSignal(dialog.photo_loaded, timeout=60_000) as loaded:
        dialog.load_photo(path)
        assert dialog.loading and not dialog.ok_button.isEnabled()  # no OK with half a photo
        assert "Loading large.png" in dialog.preview.text()
    ticks.timer.stop()
    assert loaded.args == [True] and calls == [True] and ticks.count >= 1
    photo = dialog.photo()
    assert photo is not None and QImage.fromData(photo.data).width() == keep_unmatched.PHOTO_SIDE
    assert dialog.ok_button.isEnabled() and dialog.remove_button.isEnabled()
    dialog.reject()


class FakeMultimedia(types.ModuleType):
    """Stands in for PySide6.QtMultimedia, whose QMediaDevices lists `cameras` (this machine's
    QtMultimedia cannot load at all: libpulse is missing, and it has no camera)."""

    def __init__(self, cameras: list[Any]):
        super().__init__("PySide6.QtMultimedia")
        self.QMediaDevices = type("QMediaDevices", (), {"videoInputs": staticmethod(lambda: list(cameras))})


def test_without_a_camera_the_button_says_so_and_a_file_still_works(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = TaskRunner()
    path = tmp_path / "p.png"
    assert big_image(800, 600).save(str(path))
    try:
        # this machine as it is: no camera (QtMultimedia listing none, or not loading at all)
        here = keep_unmatched.KeepUnmatchedDialog("JT0", runner=runner, use_camera=True)
        qtbot.addWidget(here)
        assert here.camera_button.text() == "No camera found" and not here.camera_button.isEnabled()

        # QMediaDevices loads and returns no cameras
        monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", FakeMultimedia([]))
        dialog = keep_unmatched.KeepUnmatchedDialog("JT1", runner=runner, use_camera=True)
        qtbot.addWidget(dialog)
        assert dialog.cameras == []
        assert dialog.camera_button.text() == "No camera found" and not dialog.camera_button.isEnabled()
        assert dialog.camera_button.isVisible() or not dialog.isVisible()
        assert dialog.file_button.isEnabled()
        with qtbot.waitSignal(dialog.photo_loaded, timeout=20_000) as loaded:
            dialog.load_photo(path)
        assert loaded.args == [True] and dialog.photo() is not None

        # a camera listed: the button offers to take a photo (not pressed: there is none to start)
        monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", FakeMultimedia([object()]))
        with_camera = keep_unmatched.KeepUnmatchedDialog("JT2", runner=runner, use_camera=True)
        qtbot.addWidget(with_camera)
        assert with_camera.camera_button.text() == "Take photo" and with_camera.camera_button.isEnabled()
    finally:
        runner.shutdown()


def test_decode_image_reads_bytes_and_refuses_what_is_not_an_image() -> None:
    image = big_image(320, 240)
    assert photo_viewer.decode_image(jpeg(image)).size() == image.size()
    assert photo_viewer.decode_image(b"not an image").isNull()
    assert [p.source for p in photo_viewer.decode_photos(
        [Photo(b"junk", "image/png", "a"), Photo(jpeg(image), "image/jpeg", "b")])] == ["b"]
