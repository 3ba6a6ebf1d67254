"""Shared looks: status colours, thumbnail placeholders, money and time formats. GUI thread only."""

from __future__ import annotations

import zlib
from datetime import datetime
from decimal import Decimal
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPixmap

from workstation.domain import statuses
from workstation.domain.money import format_yuan

PROBLEM_COLOUR = "#e65100"  # text of something that needs a look: a scanner gone, the platform not answering


def attention_bar_style(object_name: str) -> str:
    """The pale orange bar of something waiting for a person (a held parcel, unsent changes)."""
    return f"QWidget#{object_name} {{ background:#fff3e0; border:1px solid #ffb74d; border-radius:4px; }}"


_GROUP_COLOURS = {
    "unpaid": "#eceff1",
    "ready": "#e3f2fd",
    "booked": "#fff8e1",
    "purchased": "#f3e5f5",
    "warehouse": "#e8f5e9",
    "closed": "#f5f5f5",
}
_CANCELLED = "#ffebee"


@lru_cache(maxsize=64)
def status_brush(code: str) -> QBrush:
    if not code:
        return QBrush()
    s = statuses.status(code)
    colour = _CANCELLED if code in (statuses.CANCELLED, statuses.NOT_AVAILABLE) else _GROUP_COLOURS[s.group]
    return QBrush(QColor(colour))


def status_name(code: str) -> str:
    return QCoreApplication.translate("Statuses", statuses.status(code).name) if code else ""


def money(amount: Decimal | None) -> str:
    return format_yuan(amount)


def due_text(balance: Decimal) -> str:
    """An order's balance in words: what the customer owes, or is owed back."""
    if balance > 0:
        return QCoreApplication.translate("Money", "The customer owes {0} on this order").format(money(balance))
    if balance < 0:
        return QCoreApplication.translate("Money", "The customer is owed {0} on this order").format(money(-balance))
    return QCoreApplication.translate("Money", "Nothing is owed on this order")


def when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


@lru_cache(maxsize=512)
def thumbnail(key: str, title: str, size: int = 40) -> QPixmap:
    """A placeholder for the item image: a calm colour of the item and its first character."""
    hue = zlib.crc32(key.encode()) % 360
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor.fromHsl(hue, 110, 215))
    painter.setPen(QColor.fromHsl(hue, 90, 170))
    painter.drawRoundedRect(QRect(1, 1, size - 2, size - 2), 6, 6)
    font = QFont()
    font.setPixelSize(int(size * 0.5))
    painter.setFont(font)
    painter.setPen(QColor.fromHsl(hue, 120, 70))
    glyph = next((ch for ch in title if "\u4e00" <= ch <= "\u9fff"), title[:1])
    painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    return pixmap
