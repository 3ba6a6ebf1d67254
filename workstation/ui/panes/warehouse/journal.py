"""The scan journal in the Warehouse pane: every scan with its verdict, filterable, newest first.

Filters: verdict, source, period and text (code, order, station, clerk), plus the saved
filter "Arrived but never confirmed" (found scans whose lines have no receipt since).
Rows are fetched in pages on the runner; a new journal row (the router's `journalled`)
reloads the view shortly after, once for a run of scans. GUI thread only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.runner.tasks import TaskRunner
from workstation.services.warehouse.matching import UnmatchedParcel
from workstation.services.warehouse.scanning import (
    ALREADY,
    DUPLICATE,
    FAILED,
    FOUND,
    NOT_FOUND,
    SERIAL,
    TYPED,
    UNMATCHED_VERDICTS,
    WEDGE,
    JournalFilter,
    JournalRow,
    ScanService,
)
from workstation.ui.table import Column, PagedTableModel
from workstation.ui.views import make_table

log = logging.getLogger(__name__)
RELOAD_DELAY_MS = 300
SEARCH_DELAY_MS = 250


def _tr(text: str) -> str:
    return QCoreApplication.translate("Warehouse", text)


VERDICT_NAMES = {FOUND: "Found", ALREADY: "Already received", NOT_FOUND: "Not found",
                 DUPLICATE: "Scanned twice", FAILED: "Lookup failed"}
VERDICT_COLOURS = {FOUND: "#e8f5e9", ALREADY: "#fff8e1", NOT_FOUND: "#ffebee", DUPLICATE: "#eceff1",
                   FAILED: "#ffcdd2"}
SOURCE_NAMES = {WEDGE: "Scanner (keyboard)", SERIAL: "Scanner (serial)", TYPED: "Typed"}
PERIODS = (("Today", 0), ("Last 7 days", 7), ("Last 30 days", 30), ("Any time", -1))
UNCONFIRMED_COLOUR = QBrush(QColor("#fff3e0"))


@dataclass(frozen=True)
class JournalItem:
    """A journal row with the lines of a found scan still waiting for a receipt."""

    row: JournalRow
    waiting: tuple[int, ...] = ()
    kept: UnmatchedParcel | None = None  # what became of a code that found nothing


def _verdict(item: JournalItem) -> str:
    text = _tr(VERDICT_NAMES.get(item.row.verdict, item.row.verdict))
    if item.waiting:
        text += _tr(", not confirmed")
    return text


def _verdict_brush(item: JournalItem) -> QBrush:
    if item.waiting:
        return UNCONFIRMED_COLOUR
    return QBrush(QColor(VERDICT_COLOURS.get(item.row.verdict, "#ffffff")))


def _moment(at: datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _detail(item: JournalItem, *, long: bool = False) -> str:
    kept = item.kept
    if kept is None:
        return item.row.detail
    if kept.matched_at is None:
        fate = _tr("kept as unmatched")
    elif long:
        fate = _tr("matched later to {0} at {1}").format(kept.matched_order_id or "?", _moment(kept.matched_at))
    else:
        fate = _tr("matched later: {0}").format(kept.matched_order_id or "?")
    return "; ".join(t for t in (fate, item.row.detail) if t)


def _lines(item: JournalItem) -> str:
    ids = item.row.line_ids
    text = ", ".join(map(str, ids[:6])) + (f" +{len(ids) - 6}" if len(ids) > 6 else "")
    return text


JOURNAL_COLUMNS: tuple[Column[JournalItem], ...] = (
    Column("time", "Time", lambda i: _moment(i.row.scanned_at), width=150),
    Column("verdict", "Verdict", _verdict, width=190, background=_verdict_brush,
           tooltip=lambda i: (_tr("Lines without a receipt since this scan: {0}")
                              .format(", ".join(map(str, i.waiting))) if i.waiting else "")),
    Column("code", "Code", lambda i: i.row.code.replace("\x1d", "<GS>"), width=230,
           tooltip=lambda i: i.row.code.replace("\x1d", "<GS>")),
    Column("orders", "Orders", lambda i: ", ".join(i.row.order_ids), width=160,
           tooltip=lambda i: "\n".join(i.row.order_ids)),
    Column("lines", "Lines", _lines, width=135, tooltip=lambda i: ", ".join(map(str, i.row.line_ids))),
    Column("source", "Source", lambda i: _tr(SOURCE_NAMES.get(i.row.source, i.row.source)), width=135),
    Column("station", "Station", lambda i: i.row.station, width=100),
    Column("clerk", "Clerk", lambda i: i.row.clerk, width=90),
    Column("detail", "Detail", _detail, width=200, stretch=True, tooltip=lambda i: _detail(i, long=True)),
)


class JournalView(QWidget):
    """The "Scans" tab. `clock` gives aware UTC datetimes (the period filter counts from it)."""

    def __init__(self, scans: ScanService, runner: TaskRunner, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)):
        super().__init__(parent)
        self._scans, self._clock = scans, clock
        self.verdict = QComboBox()
        self.verdict.addItem(self.tr("Every verdict"), "")
        for code, name in VERDICT_NAMES.items():
            self.verdict.addItem(_tr(name), code)
        self.source = QComboBox()
        self.source.addItem(self.tr("Every source"), "")
        for code, name in SOURCE_NAMES.items():
            self.source.addItem(_tr(name), code)
        self.period = QComboBox()
        for name, days in PERIODS:
            self.period.addItem(_tr(name), days)
        self.period.setCurrentIndex(1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Code, order, station or clerk"))
        self.search.setClearButtonEnabled(True)
        self.unconfirmed = QPushButton(self.tr("Arrived but never confirmed"))
        self.unconfirmed.setCheckable(True)
        self.unconfirmed.setToolTip(self.tr("Saved filter: found scans whose lines have not been "
                                            "received since (the parcel may be on a shelf uncounted)"))
        self.count = QLabel()
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count.setMinimumWidth(180)
        self.model = PagedTableModel(JOURNAL_COLUMNS, runner, self._count, self._fetch, parent=self)
        self.table = make_table(self.model)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("QLabel { color:#546e7a; font-size:15px; }")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(RELOAD_DELAY_MS)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_DELAY_MS)
        self._filter = JournalFilter()
        self._build_layout()
        self._connect_signals()
        self.apply_filter()

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.verdict)
        bar.addWidget(self.source)
        bar.addWidget(self.period)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.unconfirmed)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

    def _connect_signals(self) -> None:
        for combo in (self.verdict, self.source, self.period):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.unconfirmed.toggled.connect(self._on_unconfirmed_toggled)
        self.search.textChanged.connect(lambda _text: self._typing.start())
        self.search.returnPressed.connect(self.apply_filter)
        self._typing.timeout.connect(self.apply_filter)
        self._reload.timeout.connect(self.model.refresh)
        self.model.loaded.connect(self._on_model_loaded)
        self.model.failed.connect(self._on_model_failed)

    # -- filtering ----------------------------------------------------------------------

    def current_filter(self) -> JournalFilter:
        days = self.period.currentData()
        since = None
        if days is not None and days >= 0:
            local_midnight = self._clock().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
            since = (local_midnight - timedelta(days=days)).astimezone(UTC)
        verdict, source = self.verdict.currentData(), self.source.currentData()
        return JournalFilter(verdicts=(verdict,) if verdict else (), sources=(source,) if source else (),
                             since=since, text=self.search.text().strip(),
                             unconfirmed=self.unconfirmed.isChecked())

    def apply_filter(self) -> None:
        self._typing.stop()
        self._filter = self.current_filter()
        self.model.set_query(self._filter)

    def show_unconfirmed(self) -> None:
        """The saved filter "Arrived but never confirmed", over any time."""
        self.period.setCurrentIndex(len(PERIODS) - 1)
        self.unconfirmed.setChecked(True)

    def _on_unconfirmed_toggled(self, on: bool) -> None:
        self.verdict.setEnabled(not on)  # the saved filter is about found scans only
        self.apply_filter()

    def on_journalled(self, _journal_id: int = 0) -> None:
        """A scan was journalled: reload once the run of scans pauses."""
        self._reload.start()

    # -- loading (workers) --------------------------------------------------------------

    def _count(self, flt: JournalFilter) -> int:
        return self._scans.count(flt)

    def _fetch(self, flt: JournalFilter, offset: int, limit: int) -> list[JournalItem]:
        rows = self._scans.list(flt, offset, limit)
        waiting = self._scans.unconfirmed_lines([r.id for r in rows if r.verdict == FOUND])
        kept = self._scans.unmatched_of([r.id for r in rows if r.verdict in UNMATCHED_VERDICTS])
        return [JournalItem(r, waiting.get(r.id, ()), kept.get(r.id)) for r in rows]

    # -- GUI thread ---------------------------------------------------------------------

    def _on_model_loaded(self, _loaded: int, total: int) -> None:
        flt = self._filter  # late pages of older filters never arrive (the model drops them)
        narrowed = bool(flt.verdicts or flt.sources or flt.text or flt.unconfirmed)
        if total:
            self.count.setText(self.tr("%n scan(s)", "", total))
            self.stack.setCurrentWidget(self.table)
            return
        self.count.setText(self.tr("No scans"))
        if flt.unconfirmed:
            self.empty.setText(self.tr("Every parcel found in this period was received. Nothing is "
                                       "waiting on a shelf uncounted."))
        elif narrowed:
            self.empty.setText(self.tr("No scans match these filters."))
        else:
            self.empty.setText(self.tr("No scans in this period yet. Every scan, typed code and "
                                       "repeat is recorded here with its verdict."))
        self.stack.setCurrentWidget(self.empty)

    def _on_model_failed(self, message: str) -> None:
        log.error("the scan journal could not be read: %s", message)
        self.count.setText(self.tr("Could not load the journal"))
        self.empty.setText(self.tr("The scan journal could not be read just now; it is tried again "
                                   "with the next scan. Details are in the log."))
        self.stack.setCurrentWidget(self.empty)
