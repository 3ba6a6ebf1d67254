"""The "Keep as unmatched" dialog: a note (required) and a photo of a parcel the clerk cannot receive.

The photo comes from a camera through QtMultimedia where one exists (the module loads
and lists a video input), else from a file; either way it is scaled to at most
`PHOTO_SIDE` pixels and kept as JPEG bytes, so it can live in the shared database. A file
is read, decoded, scaled and encoded on a worker (`read_photo` on the TaskRunner's read
lane): a large photo never freezes the window; `photo_loaded` says when it is done. Without
a camera the camera button says "No camera found" and the file is the way. The dialog only
gathers; the caller keeps the parcel through ReceivingService. GUI thread only (except
`read_photo` and `photo_from_image`, which touch no widget).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.runner.tasks import TaskRunner
from workstation.services.warehouse import Photo

log = logging.getLogger(__name__)
PHOTO_SIDE = 1600  # pixels on the long side: a label stays readable, the row stays small
JPEG_QUALITY = 85


def photo_from_image(image: QImage, source: str) -> Photo:
    """`image` scaled down to PHOTO_SIDE and encoded as JPEG."""
    if image.isNull():
        raise ValueError("not an image")
    if max(image.width(), image.height()) > PHOTO_SIDE:
        image = image.scaled(PHOTO_SIDE, PHOTO_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.convertToFormat(QImage.Format.Format_RGB888).save(buffer, "JPEG", JPEG_QUALITY):
        raise ValueError("the image could not be encoded")
    buffer.close()
    return Photo(bytes(data.data()), "image/jpeg", source)


class NotAnImage(ValueError):
    """The file cannot be read as an image (its name is the message's subject)."""


def read_photo(path: Path) -> Photo:
    """The image file at `path` as a kept photo; NotAnImage when it is none. Any thread."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # EXIF orientation, as a phone took it
    image = reader.read()
    if image.isNull():
        raise NotAnImage(reader.errorString())
    return photo_from_image(image, str(path))


def _cameras() -> list[Any]:
    """The machine's cameras, or [] when QtMultimedia is missing or cannot load (no camera)."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except (ImportError, OSError) as exc:  # e.g. libpulse missing: no multimedia at all
        log.info("no camera: QtMultimedia is not available (%s)", exc)
        return []
    return list(QMediaDevices.videoInputs())


class KeepUnmatchedDialog(QDialog):
    """`note()` and `photo()` once accepted; OK stays disabled until a note is written (and
    while a photo is loading)."""

    photo_loaded = Signal(bool)  # a file chosen through load_photo was read (True) or was no image

    def __init__(self, code: str, found: str = "", parent: QWidget | None = None, *, use_camera: bool = True,
                 runner: TaskRunner | None = None):
        super().__init__(parent)
        self._runner = runner
        self._loading: Path | None = None
        self.setWindowTitle(self.tr("Keep {0} as an unmatched parcel").format(code))
        self._photo: Photo | None = None
        self._camera: Any = None  # (session, camera, capture) once the camera is started
        self._wanted = False  # a picture was asked for before the camera was ready
        self.heading = QLabel(found or self.tr("The parcel goes to the unmatched shelf. Say what is in it "
                                               "or why it cannot be received; add a photo if you can."))
        self.heading.setWordWrap(True)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("e.g. line 2 was cancelled but the seller sent it; "
                                                  "box dented; no waybill label"))
        self.note_edit.setMinimumHeight(80)
        self.preview = QLabel(self.tr("No photo"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(320, 200)
        self.preview.setStyleSheet("QLabel { background:#eceff1; color:#546e7a; border:1px solid #cfd8dc; }")
        self.cameras = _cameras() if use_camera else []
        self.camera_button = QPushButton(self.tr("Take photo") if self.cameras else self.tr("No camera found"))
        self.camera_button.setEnabled(bool(self.cameras))
        if not self.cameras:
            self.camera_button.setToolTip(self.tr("No camera is connected (or camera support cannot be loaded "
                                                  "here); choose a photo from a file"))
        self.file_button = QPushButton(self.tr("Photo from file\u2026"))
        self.remove_button = QPushButton(self.tr("Remove photo"))
        self.remove_button.setEnabled(False)
        self.error = QLabel()
        self.error.setStyleSheet("color:#b71c1c;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Keep as unmatched"))
        self.ok_button.setEnabled(False)
        photo_buttons = QHBoxLayout()
        photo_buttons.addWidget(self.camera_button)
        photo_buttons.addWidget(self.file_button)
        photo_buttons.addWidget(self.remove_button)
        photo_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(QLabel(self.tr("Note:")))
        layout.addWidget(self.note_edit)
        layout.addWidget(QLabel(self.tr("Photo:")))
        layout.addWidget(self.preview, 1)
        layout.addLayout(photo_buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.note_edit.textChanged.connect(self._update_ok)
        self.file_button.clicked.connect(self._on_file_clicked)
        self.camera_button.clicked.connect(self._on_camera_clicked)
        self.remove_button.clicked.connect(lambda: self.set_photo(None))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def photo(self) -> Photo | None:
        return self._photo

    def set_photo(self, photo: Photo | None) -> None:
        self._photo = photo
        self.remove_button.setEnabled(photo is not None)
        if photo is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No photo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(photo.data)
        self.preview.setPixmap(pixmap.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))
        self.error.clear()

    def load_photo(self, path: Path) -> None:
        """A photo from an image file, read and decoded on a worker; `photo_loaded` tells the
        outcome (False, and said so, when it is not an image). Without a runner it runs here."""
        self._loading = path
        self.preview.setPixmap(QPixmap())
        self.preview.setText(self.tr("Loading {0}\u2026").format(path.name))
        self.error.clear()
        for button in (self.file_button, self.remove_button):
            button.setEnabled(False)
        self._update_ok()
        if self._runner is None:
            try:
                photo = read_photo(path)
            except Exception as exc:  # noqa: BLE001 - reported in the dialog as for a worker
                self._on_photo_failed(path, exc, "")
            else:
                self._on_photo_read(path, photo)
            return
        self._runner.run(lambda: read_photo(path), lambda photo: self._on_photo_read(path, photo),
                         lambda exc, tb: self._on_photo_failed(path, exc, tb), lane="read")

    @property
    def loading(self) -> bool:
        return self._loading is not None

    def _on_photo_read(self, path: Path, photo: Photo) -> None:
        if self._loading != path:  # another file was chosen meanwhile
            return
        self._loading = None
        self.file_button.setEnabled(True)
        self.set_photo(photo)
        self._update_ok()
        self.photo_loaded.emit(True)

    def _on_photo_failed(self, path: Path, exc: BaseException, tb: str) -> None:
        if self._loading != path:
            return
        self._loading = None
        if not isinstance(exc, ValueError):
            log.error("photo %s could not be read: %s\n%s", path, exc, tb)
        self.file_button.setEnabled(True)
        self.set_photo(self._photo)  # what was there before stays
        self.error.setText(self.tr("{0} is not an image this program can read.").format(path.name))
        self._update_ok()
        self.photo_loaded.emit(False)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.note()) and self._loading is None)

    def _on_file_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Photo of the parcel"), "",
                                                    self.tr("Images (*.jpg *.jpeg *.png *.bmp *.webp)"))
        if path:
            self.load_photo(Path(path))

    def _on_camera_clicked(self) -> None:
        """Take one picture from the first camera (QtMultimedia)."""
        from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession

        if self._camera is None:
            device = self.cameras[0]
            session = QMediaCaptureSession(self)
            camera = QCamera(device, self)
            capture = QImageCapture(self)
            session.setCamera(camera)
            session.setImageCapture(capture)
            capture.imageCaptured.connect(
                lambda _id, image: self.set_photo(photo_from_image(image, f"camera: {device.description()}")))
            capture.errorOccurred.connect(lambda _id, _err, text: self.error.setText(text))
            # the first click starts the camera; the picture is taken once it is ready
            capture.readyForCaptureChanged.connect(lambda ready: self._capture_if_wanted(ready))
            self._camera = (session, camera, capture)
            self._wanted = True
            camera.start()
            return
        capture = self._camera[2]
        self._wanted = not capture.isReadyForCapture()
        if not self._wanted:
            capture.capture()

    def _capture_if_wanted(self, ready: bool) -> None:
        if ready and self._camera is not None and self._wanted:
            self._wanted = False
            self._camera[2].capture()

    def done(self, result: int) -> None:  # Qt override: the camera stops with the dialog
        if self._camera is not None:
            self._camera[1].stop()
        super().done(result)
