"""Item pictures in the tables and the question dialog, fetched off the GUI thread.

`Thumbnails` keeps the pictures decoded so far (small QImages, least recently used dropped) and
asks for the others on the TaskRunner's `images` lane: `ImageService.read` (services/images.py)
looks in the disk cache, else fetches the marketplace's image URL; the worker decodes the bytes
with QImageReader (refusing garbage and giant canvases) and scales them down, so the GUI thread
only turns a small QImage into a pixmap. One request per URL at a time, the newest asked first,
a few at once; a URL that failed is not asked again for `retry_after` seconds, and meanwhile
the letter placeholder (look.thumbnail) stays.

`ThumbnailDelegate` is the item column's delegate: painting a row asks for its picture and
shows it once it is here; when it arrives, the rows that asked are repainted. `attach(view,
thumbnails)` puts it on a view's "item" column. GUI thread only.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QImage, QImageReader, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

from workstation.runner.tasks import TaskRunner

log = logging.getLogger(__name__)

# [thumbnails] in workstation.ini: the disk cache's limit in megabytes (DATA_DIR/thumbnails/)
CACHE_LIMIT_KEY = "thumbnails/cache_mb"
CACHE_LIMIT_DEFAULT_MB = 200
KEPT_PIXELS = 128  # pictures are kept scaled down to this; the dialog shows 96, the tables 36
MAX_CANVAS = 6000  # px per side: a larger "picture" is refused before it is decoded
Read = Callable[[str, Callable[[bytes], QImage | None]], QImage]


def decode(data: bytes) -> QImage | None:
    """The picture in `data`, scaled to at most KEPT_PIXELS; None when it is not a picture.
    Thread-safe (QImage, not QPixmap): runs on the worker."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if not reader.canRead() or size.width() > MAX_CANVAS or size.height() > MAX_CANVAS:
        return None
    image = reader.read()
    if image.isNull():
        return None
    if image.width() > KEPT_PIXELS or image.height() > KEPT_PIXELS:
        image = image.scaled(KEPT_PIXELS, KEPT_PIXELS, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


class Thumbnails(QObject):
    """Pictures by URL: `pixmap(url, size)` now, or None and `arrived(url)` later."""

    arrived = Signal(str)  # the picture of this URL is here: repaint what shows it
    failed = Signal(str)  # this URL has no picture (for now): the placeholder stays

    def __init__(self, read: Read, runner: TaskRunner, parent: QObject | None = None, *,
                 at_once: int = 6, kept: int = 800, queued: int = 300, retry_after: float = 300.0,
                 clock: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self._read = read
        self._runner = runner
        self._at_once = at_once  # requests handed to the runner at a time
        self._kept = kept
        self._queued = queued
        self._retry_after = retry_after
        self._clock = clock
        self._images: OrderedDict[str, QImage] = OrderedDict()
        self._pixmaps: OrderedDict[tuple[str, int, int, float], QPixmap] = OrderedDict()
        self._wanted: OrderedDict[str, None] = OrderedDict()  # newest last, asked first
        self._running: set[str] = set()
        self._failed: dict[str, float] = {}  # URL -> when it failed

    def pixmap(self, url: str, size: QSize, ratio: float = 1.0) -> QPixmap | None:
        """The picture of `url` fitted into `size` (rounded corners, as the placeholder), or
        None while it is not here (and then it is asked for)."""
        image = self._images.get(url)
        if image is None:
            self.request(url)
            return None
        self._images.move_to_end(url)
        key = (url, size.width(), size.height(), ratio)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = self._pixmaps[key] = _rounded(image, size, ratio)
            while len(self._pixmaps) > self._kept:
                self._pixmaps.popitem(last=False)
        else:
            self._pixmaps.move_to_end(key)
        return pixmap

    def has(self, url: str) -> bool:
        return url in self._images

    def has_failed(self, url: str) -> bool:
        when = self._failed.get(url)
        return when is not None and self._clock() - when < self._retry_after

    def pending(self) -> int:
        """Requests waiting or under way."""
        return len(self._wanted) + len(self._running)

    def request(self, url: str) -> None:
        if not url or url in self._images or url in self._running or self.has_failed(url):
            return
        self._wanted.pop(url, None)
        self._wanted[url] = None  # painted again: to the front of the queue
        while len(self._wanted) > self._queued:
            self._wanted.popitem(last=False)  # scrolled past long ago; asked again if painted
        self._pump()

    def _pump(self) -> None:
        while self._wanted and len(self._running) < self._at_once:
            url, _ = self._wanted.popitem(last=True)
            self._running.add(url)
            self._runner.run(lambda url=url, read=self._read: read(url, decode),
                             lambda image, url=url: self._on_read(url, image),
                             lambda exc, _tb, url=url: self._on_failed(url, exc), lane="images")

    def _on_read(self, url: str, image: QImage) -> None:
        self._running.discard(url)
        self._failed.pop(url, None)
        self._images[url] = image
        while len(self._images) > self._kept:
            dropped, _ = self._images.popitem(last=False)
            for key in [k for k in self._pixmaps if k[0] == dropped]:
                del self._pixmaps[key]
        self.arrived.emit(url)
        self._pump()

    def _on_failed(self, url: str, exc: BaseException) -> None:
        self._running.discard(url)
        self._failed[url] = self._clock()
        log.info("no picture from %s: %s", url[:200], exc)
        self.failed.emit(url)
        self._pump()


def _rounded(image: QImage, size: QSize, ratio: float) -> QPixmap:
    """`image` fitted and centred in `size`, with the placeholder's rounded corners."""
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    w, h = size.width(), size.height()
    fitted = image.scaled(size * ratio, Qt.AspectRatioMode.KeepAspectRatio,
                          Qt.TransformationMode.SmoothTransformation)
    fw, fh = fitted.width() / ratio, fitted.height() / ratio
    target = QRectF((w - fw) / 2, (h - fh) / 2, fw, fh)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    path = QPainterPath()
    path.addRoundedRect(target.adjusted(0.5, 0.5, -0.5, -0.5), 6 * w / 40, 6 * h / 40)
    painter.setClipPath(path)
    painter.drawImage(target, fitted)
    painter.end()
    return pixmap


class ThumbnailDelegate(QStyledItemDelegate):
    """The item column: the row's picture (its `image_url`) instead of the letter placeholder."""

    def __init__(self, thumbnails: Thumbnails, view: QAbstractItemView, column: int):
        super().__init__(view)
        self._thumbnails = thumbnails
        self._view = view
        self._column = column
        self._waiting: dict[str, list[QPersistentModelIndex]] = {}  # URL -> rows painted without it
        thumbnails.arrived.connect(self._on_thumbnails_arrived)
        thumbnails.failed.connect(self._on_thumbnails_failed)

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        url = getattr(index.data(Qt.ItemDataRole.UserRole), "image_url", "") or ""
        if not url or index.column() != self._column:
            return
        pixmap = self._thumbnails.pixmap(url, self._view.iconSize(), self._view.devicePixelRatioF())
        if pixmap is None:
            if not self._thumbnails.has_failed(url):
                waiting = self._waiting.setdefault(url, [])
                persistent = QPersistentModelIndex(index)
                if persistent not in waiting:
                    waiting.append(persistent)
            return
        option.icon = QIcon(pixmap)  # type: ignore[attr-defined]
        option.decorationSize = self._view.iconSize()  # type: ignore[attr-defined]
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration  # type: ignore[attr-defined]

    def _on_thumbnails_arrived(self, url: str) -> None:
        for index in self._waiting.pop(url, ()):
            if index.isValid():
                self._view.update(QModelIndex(index))

    def _on_thumbnails_failed(self, url: str) -> None:
        self._waiting.pop(url, None)


def attach(view: QAbstractItemView, thumbnails: Thumbnails, key: str = "item") -> ThumbnailDelegate | None:
    """Show pictures in `view`'s column `key` (its model declares `columns`, ui/table.py)."""
    columns = getattr(view.model(), "columns", ())
    column = next((i for i, c in enumerate(columns) if c.key == key), None)
    if column is None:
        return None
    delegate = ThumbnailDelegate(thumbnails, view, column)
    view.setItemDelegateForColumn(column, delegate)
    return delegate
