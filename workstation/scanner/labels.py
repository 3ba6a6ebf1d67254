"""Code 128 labels for received lines and for parcels, drawn dot-exact for 203 dpi thermal stock.

python-barcode encodes the code into modules; we paint each module as a whole number of
printer dots (a fractional module width is what makes thermal labels unreadable), with
the text (Chinese titles included) above it. A tall label (100 x 150 mm) is laid out as a
shipping label over the whole page: bands for the parcel and its weight, the recipient
and address, a tall barcode with its number, and the orders, separated by rules. Out come a QImage at the printer's
resolution, a PNG, or a PDF page per label. GUI thread (or any thread with a
QGuiApplication; QPainter on a QImage is thread-safe).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from barcode import Code128
from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QSaveFile, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

QUIET_MODULES = 10  # Code 128 needs a quiet zone of ten modules each side
MAX_BAR_MM = 22.0
TALL_MM = 100.0  # stock at least this tall gets the full-page layout
MAX_TALL_BAR_MM = 45.0
MIN_DOTS = 2  # one dot per module is too fine for most scanners at 203 dpi
FONT_FAMILIES = ["Noto Sans", "Noto Sans CJK SC", "DejaVu Sans", "Sans Serif"]


@dataclass(frozen=True)
class LabelStock:
    """A roll of thermal labels: size in millimetres, printer resolution in dots per inch."""

    name: str
    width_mm: float
    height_mm: float
    dpi: int = 203
    margin_mm: float = 2.0

    def dots(self, mm: float) -> int:
        return int(mm * self.dpi / 25.4)

    @property
    def width_dots(self) -> int:
        return self.dots(self.width_mm)

    @property
    def height_dots(self) -> int:
        return self.dots(self.height_mm)


STOCK_58 = LabelStock("58 x 40 mm", 58, 40)
STOCK_100x150 = LabelStock("100 x 150 mm", 100, 150)
STOCKS = (STOCK_58, STOCK_100x150)


@dataclass(frozen=True)
class LineLabel:
    """The internal label stuck on a received line: scanning it finds the line."""

    code: str  # the line's label, LN + order number + line number
    order_id: str
    line_num: int
    title: str
    configuration: str = ""
    qty: int = 1


@dataclass(frozen=True)
class ParcelLabel:
    """The label on a parcel formed for a customer."""

    code: str  # the outgoing tracking number, or the parcel's own number
    order_id: str
    customer: str
    parcel_id: int
    weight: str = ""  # already formatted, e.g. "1.25 kg"
    lines: int = 0
    address: str = ""  # the customer's delivery address, one line


@dataclass(frozen=True)
class BadgeLabel:
    """A person's badge (services/people.py): scanning it signs them in at a station. The code is
    a token, never the password; revoking the badge makes the label worthless."""

    code: str  # WSB + 24 base32 characters
    name: str
    login: str
    role: str  # the role's name, as printed


def modules(code: str) -> str:
    """The Code 128 bar pattern of `code`, '1' = bar, '0' = space (no quiet zone)."""
    return Code128(code).build()[0]


def module_dots(code: str, width_dots: int) -> int:
    """The widest whole number of dots per module for which the code fits `width_dots`."""
    total = len(modules(code)) + 2 * QUIET_MODULES
    dots = width_dots // total
    if dots < MIN_DOTS:
        raise ValueError(f"the code {code!r} is too long for this label ({total} modules, "
                         f"{width_dots} dots)")
    return min(dots, 4)


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def _text_lines(label: LineLabel | ParcelLabel | BadgeLabel) -> list[tuple[str, float, bool, int]]:
    """(text, relative size, bold, max lines) from the top of the label downwards."""
    if isinstance(label, BadgeLabel):
        return [(label.name, 1.4, True, 1), (f"{label.role}  ·  {label.login}", 1.0, False, 1)]
    if isinstance(label, LineLabel):
        head = f"{label.order_id}  #{label.line_num}  x{label.qty}"
        return [(head, 1.25, True, 1), (label.title, 1.0, False, 2), (label.configuration, 0.9, False, 1)]
    head = f"{label.order_id}  P{label.parcel_id}"
    count = QCoreApplication.translate("Labels", "%n line(s)", "", label.lines) if label.lines else ""
    tail = "  ".join(t for t in (label.weight, count) if t)
    return [(head, 1.25, True, 1), (label.customer, 1.0, False, 2), (tail, 0.9, False, 1)]


def render(label: LineLabel | ParcelLabel | BadgeLabel, stock: LabelStock) -> QImage:
    """The label as a 1:1 image at the printer's resolution (white background, black ink)."""
    width, height = stock.width_dots, stock.height_dots
    margin = stock.dots(stock.margin_mm)
    image = QImage(width, height, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    dots_per_metre = round(stock.dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    if stock.height_mm >= TALL_MM:
        _render_tall(image, label, stock)
        return image
    base = max(18, height // 14) if stock.height_mm < 60 else max(18, width // 22)
    painter = QPainter(image)
    try:
        painter.setPen(QColor("black"))
        y = margin
        inner = width - 2 * margin
        for text, scale, bold, max_lines in _text_lines(label):
            if not text:
                continue
            font = _font(int(base * scale), bold)
            metrics = QFontMetrics(font)
            painter.setFont(font)
            box_height = metrics.lineSpacing() * max_lines
            rect = QRect(margin, y, inner, box_height)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            if max_lines > 1:
                painter.drawText(rect, flags | Qt.TextFlag.TextWordWrap, text)
                used = painter.boundingRect(rect, flags | Qt.TextFlag.TextWordWrap, text).height()
                y += min(box_height, used) + base // 4
            else:
                painter.drawText(rect, flags, metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner))
                y += metrics.lineSpacing() + base // 4
        code_font = _font(base, True)
        code_height = QFontMetrics(code_font).lineSpacing()
        bar_top = y + base // 4
        # Tall enough for a hand scanner's sweep, no taller: the rest of a big label stays free.
        bar_bottom = min(height - margin - code_height, bar_top + stock.dots(MAX_BAR_MM))
        _draw_bars(painter, label.code, QRect(0, bar_top, width, max(bar_bottom - bar_top, 40)))
        painter.setFont(code_font)
        painter.drawText(QRect(margin, bar_bottom, inner, code_height), Qt.AlignmentFlag.AlignHCenter,
                         label.code)
    finally:
        painter.end()
    return image


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Labels", text, "", n)


def _bands(label: LineLabel | ParcelLabel | BadgeLabel) -> list[list[tuple[str, float, bool, int]]]:
    """The text bands of a tall label above and below the barcode: ([above...], [below...]).
    Each entry is (text, relative size, bold, max lines)."""
    if isinstance(label, BadgeLabel):
        return [[(label.role, 1.6, True, 1), ("", 1.0, False, 1)], [(label.name, 2.4, True, 2)],
                [(label.login, 1.3, False, 1), (_tr("Scan to sign in at a station"), 1.0, False, 2)]]
    if isinstance(label, LineLabel):
        top = [(f"{label.order_id}  #{label.line_num}", 1.6, True, 1), (f"\u00d7 {label.qty}", 2.6, True, 1)]
        return [top, [(label.title, 1.3, False, 5)], [(label.configuration, 1.3, False, 3)]]
    top = [(f"P{label.parcel_id}", 2.6, True, 1), (label.weight, 2.0, True, 1)]
    to = [(_tr("To:"), 0.9, False, 1), (label.customer, 1.8, True, 2), (label.address, 1.1, False, 4)]
    count = _tr("%n line(s)", label.lines) if label.lines else ""
    orders = [(_tr("Orders:"), 0.9, False, 1), (label.order_id, 1.1, True, 4), (count, 1.0, False, 1)]
    return [top, to, orders]


def _band_height(band: list[tuple[str, float, bool, int]], base: int, inner: int) -> int:
    height = 0
    for text, scale, bold, max_lines in band:
        if text:
            metrics = QFontMetrics(_font(int(base * scale), bold))
            used = metrics.boundingRect(QRect(0, 0, inner, metrics.lineSpacing() * max_lines),
                                        int(Qt.TextFlag.TextWordWrap), text).height()
            height += min(used, metrics.lineSpacing() * max_lines) + base // 4
    return height


def _draw_band(painter: QPainter, band: list[tuple[str, float, bool, int]], base: int, left: int, top: int,
               inner: int, *, side_by_side: bool = False) -> None:
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    if side_by_side:  # the first entry on the left, the second on the right, on one baseline
        fonts = [_font(int(base * scale), bold) for _t, scale, bold, _n in band]
        baseline = top + max(QFontMetrics(f).ascent() for f in fonts)
        for (text, _s, _b, _n), font, right in zip(band, fonts, (False, True), strict=False):
            painter.setFont(font)
            x = left + inner - QFontMetrics(font).horizontalAdvance(text) if right else left
            painter.drawText(x, baseline, text)
        return
    y = top
    for text, scale, bold, max_lines in band:
        if not text:
            continue
        font = _font(int(base * scale), bold)
        metrics = QFontMetrics(font)
        painter.setFont(font)
        box = QRect(left, y, inner, metrics.lineSpacing() * max_lines)
        if max_lines == 1:
            painter.drawText(box, flags, metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner))
            used = metrics.lineSpacing()
        else:
            painter.drawText(box, flags | Qt.TextFlag.TextWordWrap, text)
            used = min(box.height(), painter.boundingRect(box, flags | Qt.TextFlag.TextWordWrap, text).height())
        y += used + base // 4


def _render_tall(image: QImage, label: LineLabel | ParcelLabel | BadgeLabel, stock: LabelStock) -> None:
    """A 100 x 150 label over its whole page: bands, rules, a tall barcode, nothing left blank."""
    width, height = stock.width_dots, stock.height_dots
    margin = stock.dots(3.0)
    inner = width - 2 * margin
    base = max(18, width // 22)
    top, middle, bottom = _bands(label)
    top_h = max(QFontMetrics(_font(int(base * s), b)).lineSpacing() for _t, s, b, _n in top)
    middle_h = _band_height(middle, base, inner)
    bottom_h = _band_height(bottom, base, inner)
    code_font = _font(int(base * 1.5), True)
    code_h = QFontMetrics(code_font).lineSpacing()
    rule = max(3, stock.dots(0.6))
    gap = stock.dots(2.5)
    rules = 3 if bottom_h else 2
    fixed = 2 * margin + top_h + middle_h + bottom_h + code_h + rules * (rule + 2 * gap) + gap
    bar_h = max(stock.dots(15), min(stock.dots(MAX_TALL_BAR_MM), height - fixed))
    spare = max(0, height - fixed - bar_h) // 4  # what the bars leave goes evenly between the bands
    painter = QPainter(image)
    try:
        black = QColor("black")
        painter.setPen(black)
        y = margin
        _draw_band(painter, top, base, margin, y, inner, side_by_side=True)
        y += top_h + gap + spare
        painter.fillRect(margin, y, inner, rule, black)
        y += rule + gap
        _draw_band(painter, middle, base, margin, y, inner)
        y += middle_h + gap + spare
        painter.fillRect(margin, y, inner, rule, black)
        y += rule + gap + spare // 2
        _draw_bars(painter, label.code, QRect(0, y, width, bar_h))
        y += bar_h + gap // 2
        painter.setFont(code_font)
        painter.drawText(QRect(margin, y, inner, code_h), Qt.AlignmentFlag.AlignHCenter, label.code)
        y += code_h + gap + spare // 2
        if bottom_h:
            painter.fillRect(margin, y, inner, rule, black)
            y += rule + gap
            _draw_band(painter, bottom, base, margin, y + spare // 2, inner)
    finally:
        painter.end()


def _draw_bars(painter: QPainter, code: str, area: QRect) -> None:
    pattern = modules(code)
    dots = module_dots(code, area.width())
    x = area.left() + (area.width() - len(pattern) * dots) // 2
    black = QColor("black")
    run_start = -1
    for i, bit in enumerate(pattern + "0"):
        if bit == "1" and run_start < 0:
            run_start = i
        elif bit == "0" and run_start >= 0:
            painter.fillRect(x + run_start * dots, area.top(), (i - run_start) * dots, area.height(), black)
            run_start = -1


def save_png(image: QImage, path: Path) -> None:
    """Write atomically (QSaveFile): a half-written label file never replaces a good one."""
    out = QSaveFile(str(path))
    if not out.open(QSaveFile.OpenModeFlag.WriteOnly):
        raise OSError(f"cannot write {path}: {out.errorString()}")
    if not image.save(out, "PNG") or not out.commit():
        raise OSError(f"cannot write {path}: {out.errorString()}")


def save_pdf(labels: Sequence[LineLabel | ParcelLabel | BadgeLabel], stock: LabelStock, path: Path) -> None:
    """One PDF page per label, the page the size of the stock, bars at the printer's dots."""
    if not labels:
        raise ValueError("no labels to save")
    tmp = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(tmp))
    writer.setResolution(stock.dpi)
    writer.setPageLayout(QPageLayout(
        QPageSize(QSizeF(stock.width_mm, stock.height_mm), QPageSize.Unit.Millimeter, stock.name),
        QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle("Labels")
    painter = QPainter(writer)
    try:
        for n, label in enumerate(labels):
            if n:
                writer.newPage()
            painter.drawImage(0, 0, render(label, stock))
    finally:
        painter.end()
    tmp.replace(path)
