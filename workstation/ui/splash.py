"""The start-up screen: painted within a few hundred milliseconds of the process starting, before
the database, the services and the panes load (benchmarks/bench_startup.py), and replaced by the
window once it is ready. Only QtWidgets: nothing here may pull the rest of the program in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workstation import __version__

WIDTH, HEIGHT = 520, 200


def _tr(text: str) -> str:
    return QCoreApplication.translate("StartupScreen", text)


def _picture() -> QPixmap:
    ratio = QGuiApplication.primaryScreen().devicePixelRatio() if QGuiApplication.primaryScreen() else 1.0
    pixmap = QPixmap(int(WIDTH * ratio), int(HEIGHT * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor("#1f3b57"))
    painter = QPainter(pixmap)
    try:
        painter.setPen(QColor("white"))
        title = QFont(painter.font())
        title.setPointSizeF(20)
        title.setBold(True)
        painter.setFont(title)
        painter.drawText(28, 30, WIDTH - 56, 48, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         _tr("Warehouse workstation"))
        small = QFont(painter.font())
        small.setPointSizeF(10)
        small.setBold(False)
        painter.setFont(small)
        painter.setPen(QColor("#c9d6e3"))
        painter.drawText(28, 78, WIDTH - 56, 24, Qt.AlignmentFlag.AlignLeft, _tr("Version {0}").format(__version__))
    finally:
        painter.end()
    return pixmap


class StartupScreen(QWidget):
    """`opening_database()` and `loading_orders()` say what is loading; `finish(window)` closes it once the window shows.

    A plain frameless window rather than QSplashScreen, whose show() waits up to a second for the
    window system to report the window exposed (a second lost where that report never comes)."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self.setWindowTitle(_tr("Warehouse workstation"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picture = QLabel()
        picture.setPixmap(_picture())
        self.step = QLabel(picture)
        self.step.setStyleSheet("color: white; background: transparent;")
        self.step.setGeometry(28, HEIGHT - 44, WIDTH - 56, 24)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(picture)
        self.setFixedSize(WIDTH, HEIGHT)
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            self.move(screen.availableGeometry().center() - self.rect().center())

    def opening_database(self) -> None:
        self._show_step(_tr("Opening the database…"))

    def loading_orders(self) -> None:
        self._show_step(_tr("Loading the orders…"))

    def _show_step(self, text: str) -> None:
        self.step.setText(text)
        self.repaint()  # painted now: the work that follows holds the GUI thread
        QCoreApplication.processEvents()

    def finish(self, window: QWidget) -> None:
        del window  # QSplashScreen's signature: closed once the window is shown
        self.close()
