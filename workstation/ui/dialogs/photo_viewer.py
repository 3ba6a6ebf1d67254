"""The photo viewer: the photos kept with an unmatched parcel, zoomed to fit or at actual size.

Reading and decoding happen on a worker (`decode_photo`, run on the TaskRunner's read
lane by the caller): only a QImage crosses back, and the GUI thread turns it into a pixmap.
The dialog shows "Loading photo…" until `set_photos` or `set_error` is called. GUI thread only
(except `decode_photo`, which is thread-safe and touches no widget).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class DecodedPhoto:
    image: QImage  # never null
    source: str  # where it came from (a file, a camera)


def decode_image(data: bytes) -> QImage:
    """`data` (JPEG, PNG...) decoded, EXIF orientation applied; a null QImage when it is not
    an image. Any thread."""
    raw = QByteArray(data)
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    image = reader.read()
    buffer.close()
    return image


def decode_photos(photos: list) -> list[DecodedPhoto]:  # type: ignore[type-arg]
    """Decode services' `Photo`s (data, mime, source), skipping what is not an image. Any thread."""
    out = []
    for photo in photos:
        image = decode_image(photo.data)
        if not image.isNull():
            out.append(DecodedPhoto(image, photo.source))
    return out


class PhotoViewer(QDialog):
    """One parcel's photos; Zoom to fit (the default) or Actual size, Previous/Next for several."""

    def __init__(self, code: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Photo of {0}").format(code))
        self.resize(900, 680)
        self._photos: list[DecodedPhoto] = []
        self._index = 0
        self._fit = True
        self.image_label = QLabel(self.tr("Loading photo\u2026"))
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea()
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setWidget(self.image_label)
        self.scroll.setWidgetResizable(True)
        self.scroll.setStyleSheet("QScrollArea { background:#263238; } QLabel { color:#eceff1; }")
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.fit_button = QPushButton(self.tr("Zoom to fit"))
        self.actual_button = QPushButton(self.tr("Actual size"))
        for button in (self.fit_button, self.actual_button):
            button.setCheckable(True)
            button.setEnabled(False)
        self.fit_button.setChecked(True)
        self.previous_button = QPushButton(self.tr("Previous"))
        self.next_button = QPushButton(self.tr("Next"))
        self.previous_button.hide()
        self.next_button.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        bar = QHBoxLayout()
        bar.addWidget(self.fit_button)
        bar.addWidget(self.actual_button)
        bar.addSpacing(12)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.caption)
        layout.addLayout(bar)
        self.fit_button.clicked.connect(lambda: self.set_fit(True))
        self.actual_button.clicked.connect(lambda: self.set_fit(False))
        self.previous_button.clicked.connect(lambda: self.show_photo(self._index - 1))
        self.next_button.clicked.connect(lambda: self.show_photo(self._index + 1))
        buttons.rejected.connect(self.reject)

    def photos(self) -> list[DecodedPhoto]:
        return list(self._photos)

    def set_photos(self, photos: list[DecodedPhoto]) -> None:
        """The decoded photos arrived (from the worker)."""
        self._photos = list(photos)
        if not self._photos:
            self.set_error(self.tr("This parcel has no photo that can be shown."))
            return
        for button in (self.fit_button, self.actual_button):
            button.setEnabled(True)
        several = len(self._photos) > 1
        self.previous_button.setVisible(several)
        self.next_button.setVisible(several)
        self.show_photo(0)

    def set_error(self, text: str) -> None:
        self.image_label.setPixmap(QPixmap())
        self.image_label.setText(text)
        self.caption.setText(text)

    def set_fit(self, fit: bool) -> None:
        self._fit = fit
        self.fit_button.setChecked(fit)
        self.actual_button.setChecked(not fit)
        self._render()

    def show_photo(self, index: int) -> None:
        if not self._photos:
            return
        self._index = index % len(self._photos)
        photo = self._photos[self._index]
        size = photo.image.size()
        text = self.tr("{0} \u00d7 {1} px, from {2}").format(size.width(), size.height(), photo.source or "?")
        if len(self._photos) > 1:
            text = self.tr("Photo {0} of {1}: ").format(self._index + 1, len(self._photos)) + text
        self.caption.setText(text)
        self._pixmap = QPixmap.fromImage(photo.image)
        self._render()

    def shown_size(self) -> tuple[int, int]:
        """The pixmap's size as shown (0, 0 while none)."""
        pixmap = self.image_label.pixmap()
        return (pixmap.width(), pixmap.height()) if pixmap is not None and not pixmap.isNull() else (0, 0)

    def _render(self) -> None:
        if not self._photos:
            return
        if self._fit:
            self.scroll.setWidgetResizable(True)
            room = self.scroll.viewport().size()
            pixmap = self._pixmap
            if pixmap.width() > room.width() or pixmap.height() > room.height():
                pixmap = pixmap.scaled(room, Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation)
            self.image_label.setPixmap(pixmap)
        else:
            self.scroll.setWidgetResizable(False)
            self.image_label.setPixmap(self._pixmap)
            self.image_label.resize(self._pixmap.size())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._fit:
            self._render()
